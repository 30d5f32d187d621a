"""A keyring that says no is not a lost secret.

Locked, erroring or unreachable: nothing is written and the worker chooses (try again, the passphrase alone
this time, or keep the secret in a file). Only a keyring that answers "no such entry" means the secret is gone;
then the recovery slot opens the store and a new secret goes back into the keyring. The secret of a keyring
store never moves into a file unless the worker agreed.
"""

from __future__ import annotations

import hashlib

import keyring
import pytest
from keyring.backends import fail, null

from safetyworker.errors import KeyringUnavailable, StoreNotFound, WrongPassphrase
from safetyworker.keys import device_secret
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import FILE, ONCE, SLOTS_NAME, Store, change_passphrase, store_exists

from .conftest import PASSPHRASE, ErroringKeyring, LockedKeyring


def snapshot(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def make_store(folder):
    with Store.create(folder, PASSPHRASE) as store:
        CaseService(store).add({"preferred_name": "Morgan"})


TROUBLE = [
    pytest.param(LockedKeyring, device_secret.LOCKED, id="locked"),
    pytest.param(ErroringKeyring, device_secret.UNREACHABLE, id="erroring"),
    pytest.param(lambda _entries: fail.Keyring(), device_secret.UNREACHABLE, id="no-backend"),
]


@pytest.mark.parametrize(("backend", "reason"), TROUBLE)
def test_a_keyring_that_says_no_changes_nothing_and_asks(store_dir, memory_keyring, backend, reason):
    make_store(store_dir)
    before = snapshot(store_dir)
    keyring.set_keyring(backend(memory_keyring.entries))
    with pytest.raises(KeyringUnavailable) as caught:
        Store.unlock(store_dir, PASSPHRASE)
    assert caught.value.reason == reason
    assert "passphrase alone" in str(caught.value)
    assert snapshot(store_dir) == before, "no new secret, no file, no new key slot"
    assert not (store_dir / device_secret.FILE_NAME).exists()
    # the keyring is unlocked again: the same secret opens the everyday slot, nothing was lost or replaced
    keyring.set_keyring(memory_keyring)
    with Store.unlock(store_dir, PASSPHRASE) as store:
        assert (store.recovered, store.protection.level) == (False, "os-keyring")
        assert CaseService(store).count() == 1
    assert snapshot(store_dir)[SLOTS_NAME] == before[SLOTS_NAME]


@pytest.mark.parametrize(("backend", "reason"), TROUBLE)
def test_the_passphrase_alone_this_time_writes_nothing(store_dir, memory_keyring, backend, reason):
    make_store(store_dir)
    before = snapshot(store_dir)
    keyring.set_keyring(backend(memory_keyring.entries))
    with Store.unlock(store_dir, PASSPHRASE, without_keyring=ONCE) as store:
        assert (store.recovered, store.keyring_skipped, store.protection.level) == (True, True, "os-keyring")
        assert [c.preferred_name for c in CaseService(store).search()] == ["Morgan"]
    assert snapshot(store_dir)[SLOTS_NAME] == before[SLOTS_NAME]
    assert not (store_dir / device_secret.FILE_NAME).exists()
    with pytest.raises(KeyringUnavailable):
        Store.unlock(store_dir, PASSPHRASE)  # this time only: the next unlock asks again
    with pytest.raises(WrongPassphrase):
        Store.unlock(store_dir, "not the passphrase at all", without_keyring=ONCE)
    keyring.set_keyring(memory_keyring)
    with Store.unlock(store_dir, PASSPHRASE) as store:
        assert (store.recovered, store.keyring_skipped) == (False, False)


@pytest.mark.parametrize(("backend", "reason"), TROUBLE)
def test_the_secret_moves_to_a_file_only_when_the_worker_agrees(store_dir, memory_keyring, backend, reason):
    make_store(store_dir)
    keyring.set_keyring(backend(memory_keyring.entries))
    with Store.unlock(store_dir, PASSPHRASE, without_keyring=FILE) as store:
        assert (store.recovered, store.protection.level) == (True, "reduced")
    secret_file = store_dir / device_secret.FILE_NAME
    assert secret_file.stat().st_mode & 0o777 == 0o600
    with Store.unlock(store_dir, PASSPHRASE) as store:  # from now on: the file, and no question
        assert (store.recovered, store.protection.level) == (False, "reduced")


def test_a_missing_entry_makes_a_new_secret_in_the_keyring_without_asking(store_dir, memory_keyring):
    make_store(store_dir)
    memory_keyring.entries.clear()  # the keyring answers: no such entry. The secret is gone.
    with Store.unlock(store_dir, PASSPHRASE) as store:
        assert (store.recovered, store.protection.level) == (True, "os-keyring")
    assert memory_keyring.entries and not (store_dir / device_secret.FILE_NAME).exists()


def test_a_keyring_that_cannot_keep_a_new_secret_asks_before_using_a_file(store_dir, memory_keyring):
    make_store(store_dir)
    keyring.set_keyring(null.Keyring())  # answers "no entry" and forgets whatever it is given
    before = snapshot(store_dir)
    with pytest.raises(KeyringUnavailable) as caught:
        Store.unlock(store_dir, PASSPHRASE)
    assert caught.value.reason == device_secret.CANNOT_KEEP and "file" in str(caught.value)
    assert snapshot(store_dir) == before
    with Store.unlock(store_dir, PASSPHRASE, without_keyring=ONCE) as store:
        assert store.keyring_skipped
    assert snapshot(store_dir)[SLOTS_NAME] == before[SLOTS_NAME]
    with Store.unlock(store_dir, PASSPHRASE, without_keyring=FILE) as store:
        assert store.protection.level == "reduced"


def test_a_locked_keyring_at_creation_asks_and_leaves_no_store(store_dir, memory_keyring):
    keyring.set_keyring(LockedKeyring({}))
    with pytest.raises(KeyringUnavailable) as caught:
        Store.create(store_dir, PASSPHRASE)
    assert caught.value.reason == device_secret.LOCKED
    assert not store_exists(store_dir)
    with pytest.raises(StoreNotFound):
        Store.unlock(store_dir, PASSPHRASE)
    with Store.create(store_dir, PASSPHRASE, without_keyring=FILE) as store:  # the worker agreed
        assert store.protection.level == "reduced"


def test_a_laptop_with_no_keyring_at_all_still_gets_a_file_at_creation(store_dir):
    keyring.set_keyring(fail.Keyring())
    with Store.create(store_dir, PASSPHRASE) as store:
        assert store.protection.level == "reduced"  # as DESIGN.md says, and shown to the worker


def test_changing_the_passphrase_with_a_locked_keyring_changes_nothing(store_dir, memory_keyring):
    make_store(store_dir)
    before = snapshot(store_dir)
    keyring.set_keyring(LockedKeyring(memory_keyring.entries))
    with pytest.raises(KeyringUnavailable):
        change_passphrase(store_dir, PASSPHRASE, "a different long passphrase")
    assert snapshot(store_dir) == before


def test_the_command_line_says_how_to_choose(cli_store, memory_keyring, store_dir):
    keyring.set_keyring(LockedKeyring(memory_keyring.entries))
    code, _out, err = cli_store("case", "list")
    assert code == 1 and "locked" in err and "--without-keyring once" in err
    assert not (store_dir / device_secret.FILE_NAME).exists()
    code, out, _err = cli_store("--without-keyring", "once", "case", "list", "--json")
    assert code == 0
    assert not (store_dir / device_secret.FILE_NAME).exists()
    code, out, _err = cli_store("doctor", "--without-keyring", "file")
    assert code == 0 and "reduced protection" in out
    keyring.set_keyring(LockedKeyring(memory_keyring.entries))
    assert cli_store("case", "list")[0] == 0, "the secret is in the file now"
