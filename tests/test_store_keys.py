"""The store fails closed: wrong passphrases, lost keyrings and damaged files never cost data or
change a byte."""

from __future__ import annotations

import hashlib
import json

import keyring
import pytest
from keyring.backends import fail, null

from safetyworker.errors import (
    KeyringUnavailable,
    NotAStore,
    StoreDamaged,
    StoreExists,
    StoreNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from safetyworker.keys import device_secret
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import DB_NAME, FILE, SLOTS_NAME, Store, change_passphrase

from .conftest import PASSPHRASE

CASE = {"preferred_name": "Morgan", "locality": "Tregaron"}


def snapshot(folder):
    """Every file's hash, but the plain count of failed unlocks (a wrong passphrase adds one: docs/audit.md)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "unlock-failures"
    }


def make_store(folder, case=CASE):
    with Store.create(folder, PASSPHRASE) as store:
        CaseService(store).add(case)


def names_in(folder, passphrase=PASSPHRASE):
    with Store.unlock(folder, passphrase) as store:
        return (
            # read straight from the table: listing through the service is recorded in the audit trail
            [
                r[0]
                for r in store.db.execute(
                    "SELECT preferred_name FROM case_record WHERE status != 'closed' ORDER BY preferred_name"
                )
            ],
            store.recovered,
            store.protection.level,
        )


def test_create_and_unlock_round_trip(store_dir, memory_keyring):
    make_store(store_dir)
    assert names_in(store_dir) == (["Morgan"], False, "os-keyring")
    assert memory_keyring.entries, "the device secret is in the OS keyring"
    assert not (store_dir / device_secret.FILE_NAME).exists()


def test_wrong_passphrase_changes_no_byte(store_dir):
    make_store(store_dir)
    before = snapshot(store_dir)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        Store.unlock(store_dir, "not the passphrase at all")
    assert snapshot(store_dir) == before
    assert (store_dir / "unlock-failures").read_bytes() == b"1", "only a count, for the trail at the next unlock"


def test_wrong_passphrase_on_recovery_path_changes_no_byte(store_dir, memory_keyring):
    make_store(store_dir)
    memory_keyring.entries.clear()
    before = snapshot(store_dir)
    with pytest.raises(WrongPassphrase):
        Store.unlock(store_dir, "not the passphrase at all")
    assert snapshot(store_dir) == before
    assert not memory_keyring.entries


def test_create_refuses_existing_store(store_dir):
    make_store(store_dir)
    before = snapshot(store_dir)
    with pytest.raises(StoreExists):
        Store.create(store_dir, "another long passphrase")
    assert snapshot(store_dir) == before
    assert names_in(store_dir)[0] == ["Morgan"]


def test_weak_passphrase_refused_before_anything_is_written(store_dir):
    with pytest.raises(WeakPassphrase, match="at least 10"):
        Store.create(store_dir, "short")
    with pytest.raises(WeakPassphrase):
        Store.create(store_dir, "aaaaaaaaaaaaaaa")
    assert not store_dir.exists()


def test_missing_store_is_not_a_first_run(store_dir):
    with pytest.raises(StoreNotFound, match="safetyworker init"):
        Store.unlock(store_dir, PASSPHRASE)
    assert not store_dir.exists()


def test_deleted_keyring_entry_is_recovered_by_passphrase(store_dir, memory_keyring):
    make_store(store_dir)
    slots_before = json.loads((store_dir / SLOTS_NAME).read_text())
    memory_keyring.entries.clear()
    names, recovered, level = names_in(store_dir)
    assert (names, recovered, level) == (["Morgan"], True, "os-keyring")
    assert memory_keyring.entries, "a new device secret went back into the keyring"
    slots_after = json.loads((store_dir / SLOTS_NAME).read_text())
    assert slots_after["slots"]["recovery"] == slots_before["slots"]["recovery"], "the data key was not replaced"
    assert slots_after["slots"]["everyday"] != slots_before["slots"]["everyday"]
    assert names_in(store_dir)[1] is False, "the next unlock uses the everyday slot again"


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring], ids=["fail", "null"])
def test_unusable_keyring_falls_back_to_a_file(store_dir, backend):
    keyring.set_keyring(backend())
    make_store(store_dir)
    secret_file = store_dir / device_secret.FILE_NAME
    assert secret_file.exists()
    assert secret_file.stat().st_mode & 0o777 == 0o600
    before = snapshot(store_dir)
    assert names_in(store_dir) == (["Morgan"], False, "reduced")
    assert snapshot(store_dir)[DB_NAME] == before[DB_NAME]
    assert snapshot(store_dir)[SLOTS_NAME] == before[SLOTS_NAME], "the key was not regenerated"


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring], ids=["fail", "null"])
def test_keyring_that_goes_away_never_loses_data(store_dir, backend):
    make_store(store_dir)  # device secret in the (memory) OS keyring
    keyring.set_keyring(backend())  # the backend changed: None or an error, never "first run"
    before = snapshot(store_dir)
    with pytest.raises(KeyringUnavailable):  # and never a silent move into a file: the worker is asked
        names_in(store_dir)
    assert snapshot(store_dir) == before
    with Store.unlock(store_dir, PASSPHRASE, without_keyring=FILE) as store:  # the worker agreed
        assert (CaseService(store).count(), store.recovered, store.protection.level) == (1, True, "reduced")
    assert names_in(store_dir)[1] is False


def test_change_passphrase_rewraps_without_touching_the_database(store_dir, memory_keyring):
    make_store(store_dir)
    db_before = snapshot(store_dir)[DB_NAME]
    change_passphrase(store_dir, PASSPHRASE, "a brand new passphrase")
    assert snapshot(store_dir)[DB_NAME] == db_before
    with pytest.raises(WrongPassphrase):
        Store.unlock(store_dir, PASSPHRASE)
    assert names_in(store_dir, "a brand new passphrase")[0] == ["Morgan"]
    memory_keyring.entries.clear()  # the recovery slot moved to the new passphrase too
    assert names_in(store_dir, "a brand new passphrase")[:2] == (["Morgan"], True)


def test_change_passphrase_with_wrong_old_one_changes_nothing(store_dir):
    make_store(store_dir)
    before = snapshot(store_dir)
    with pytest.raises(WrongPassphrase):
        change_passphrase(store_dir, "not the passphrase at all", "a brand new passphrase")
    assert snapshot(store_dir) == before


def test_plaintext_sqlite_file_is_refused(store_dir):
    import sqlite3

    make_store(store_dir)
    (store_dir / DB_NAME).unlink()
    conn = sqlite3.connect(store_dir / DB_NAME)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = snapshot(store_dir)
    with pytest.raises(NotAStore, match="unencrypted SQLite file"):
        Store.unlock(store_dir, PASSPHRASE)
    assert snapshot(store_dir) == before


@pytest.mark.parametrize("keep", [0, 100, 4096, 4096 * 3 + 17])
def test_truncated_database_gives_a_clear_error(store_dir, keep):
    make_store(store_dir, [{"preferred_name": f"Person {i}", "access_needs": "x" * 400} for i in range(60)])
    db = store_dir / DB_NAME
    db.write_bytes(db.read_bytes()[:keep])
    before = snapshot(store_dir)
    with pytest.raises(StoreDamaged, match=r"damaged or incomplete|cut short"):
        Store.unlock(store_dir, PASSPHRASE)
    assert snapshot(store_dir) == before


def test_flipped_bytes_are_reported_as_damage(store_dir):
    make_store(store_dir, [{"preferred_name": f"Person {i}", "access_needs": "x" * 400} for i in range(60)])
    db = store_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[100:132] = bytes(b ^ 0xFF for b in data[100:132])  # inside page 1 (the schema)
    db.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged):
        Store.unlock(store_dir, PASSPHRASE)


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "something else"}', b"[]"])
def test_damaged_key_file_gives_a_clear_error(store_dir, content):
    make_store(store_dir)
    (store_dir / SLOTS_NAME).write_bytes(content)
    with pytest.raises(StoreDamaged, match="key file"):
        Store.unlock(store_dir, PASSPHRASE)


def test_key_file_edited_to_weaker_settings_does_not_open(store_dir):
    make_store(store_dir)
    doc = json.loads((store_dir / SLOTS_NAME).read_text())
    doc["slots"]["everyday"]["kdf"]["t"] = 2
    (store_dir / SLOTS_NAME).write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        Store.unlock(store_dir, PASSPHRASE)


def test_test_kdf_store_is_refused_outside_tests(store_dir, monkeypatch):
    make_store(store_dir)
    monkeypatch.delenv("SAFETYWORKER_INSECURE_FAST_KDF")
    with pytest.raises(StoreDamaged, match="test settings"):
        Store.unlock(store_dir, PASSPHRASE)


def test_missing_database_with_key_file(store_dir):
    make_store(store_dir)
    (store_dir / DB_NAME).unlink()
    with pytest.raises(StoreDamaged, match="missing"):
        Store.unlock(store_dir, PASSPHRASE)


def test_connection_settings(store):
    db = store.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert int(db.execute("PRAGMA cipher_memory_security").fetchone()[0]) == 0  # off unless the store says on
    assert db.execute("PRAGMA cipher_version").fetchone()[0]


def test_store_files_are_private(store_dir, store):
    assert store_dir.stat().st_mode & 0o777 == 0o700
    for name in (DB_NAME, SLOTS_NAME):
        assert (store_dir / name).stat().st_mode & 0o077 == 0, name
