"""Killing the process in the middle of a write leaves the store whole: each write all or nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from keyring.backends import fail

from safetyworker.errors import StoreNotFound, WrongPassphrase
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store, store_exists

WORKER = Path(__file__).with_name("fault_worker.py")
PASSPHRASES = ("first passphrase here", "second passphrase here")


@pytest.fixture
def file_keyring():
    """Child processes cannot see the in-memory keyring: use the file fallback in parent and child."""
    import keyring

    keyring.set_keyring(fail.Keyring())


def run_and_kill(folder: Path, mode: str, rng: random.Random) -> int:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    with subprocess.Popen(
        [sys.executable, str(WORKER), str(folder), mode], stdout=subprocess.PIPE, env=env, text=True
    ) as child:
        assert child.stdout is not None
        child.stdout.readline()  # at least one write completed: the child is in its write loop
        time.sleep(rng.uniform(0, 0.3))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
    return 1 + rest.count("\n")


@pytest.mark.slow
def test_killed_while_adding_cases(tmp_path, file_keyring):
    rng = random.Random(20261123)
    folder = tmp_path / "store"
    Store.create(folder, PASSPHRASES[0]).close()
    committed = 0
    for _trial in range(12):
        committed += run_and_kill(folder, "add-cases", rng)
        with Store.unlock(folder, PASSPHRASES[0]) as store:
            db = store.db
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            cases = CaseService(store).count()
            assert committed <= cases <= committed + 1, "a commit may land just before its line is printed"
            committed = cases
            orphans = db.execute(
                "SELECT count(*) FROM case_record c WHERE "
                "(SELECT count(*) FROM contact_method m WHERE m.case_id = c.id) != 1 OR "
                "(SELECT count(*) FROM child k WHERE k.case_id = c.id) != 1"
            ).fetchone()[0]
            assert orphans == 0, "every case was written whole, with its contact method and child"
            audits = db.execute("SELECT count(*) FROM audit_event WHERE action = 'case.create'").fetchone()[0]
            assert audits == cases
    assert committed > 12


@pytest.mark.slow
def test_killed_while_changing_passphrase(tmp_path, file_keyring):
    rng = random.Random(7)
    folder = tmp_path / "store"
    with Store.create(folder, PASSPHRASES[0]) as store:
        CaseService(store).add({"preferred_name": "Kept safe"})
    for _trial in range(12):
        run_and_kill(folder, "change-passphrase", rng)
        opened = 0
        for passphrase in PASSPHRASES:
            try:
                with Store.unlock(folder, passphrase) as store:
                    assert [c.preferred_name for c in CaseService(store).search()] == ["Kept safe"]
                    opened += 1
            except WrongPassphrase:
                pass
        assert opened == 1, "exactly one of the two passphrases opens the store"
        # put it back to the first passphrase for the next trial's worker
        for passphrase in PASSPHRASES:
            try:
                if passphrase != PASSPHRASES[0]:
                    from safetyworker.store.vault import change_passphrase

                    change_passphrase(folder, passphrase, PASSPHRASES[0])
            except WrongPassphrase:
                pass


def no_store_or_one_that_opens(folder: Path) -> str:
    """The promise of ``Store.create``: the folder holds no store (and ``init`` works there again), or a store
    that opens with the passphrase. Returns which."""
    if not store_exists(folder):
        with pytest.raises(StoreNotFound):
            Store.unlock(folder, PASSPHRASES[0])
        with Store.create(folder, PASSPHRASES[0]) as store:  # init works again
            assert CaseService(store).count() == 0
        Store.unlock(folder, PASSPHRASES[0]).close()
        return "none"
    with Store.unlock(folder, PASSPHRASES[0]) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert CaseService(store).count() == 0
    Store.unlock(folder, PASSPHRASES[0]).close()  # and again: the first unlock left it whole
    return "store"


def test_creation_stopped_at_every_rename_is_all_or_nothing(tmp_path, file_keyring):
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    seen = []
    for n in range(1, 20):
        folder = tmp_path / f"store-{n}"
        done = subprocess.run(
            [sys.executable, str(WORKER), str(folder), "create-die-at", str(n)], env=env, capture_output=True, text=True
        )
        finished = done.stdout.strip() == "done"
        assert finished or done.returncode == 9, done.stderr
        seen.append(no_store_or_one_that_opens(folder))
        if finished:
            break
    else:
        pytest.fail("Store.create never finished")
    assert seen[0] == "none" and seen[-1] == "store"


@pytest.mark.slow
def test_killed_while_creating_stores(tmp_path, file_keyring):
    rng = random.Random(20261207)
    for trial in range(6):
        root = tmp_path / f"trial-{trial}"
        run_and_kill(root, "create-stores", rng)
        for folder in sorted(p for p in root.iterdir() if p.is_dir()):
            no_store_or_one_that_opens(folder)
