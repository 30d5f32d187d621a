"""Killing the process in the middle of a restore leaves no store, or a restored store whose audit trail says
it was restored: never a restored store with no trace of the restore (issue 16 §3).

The ``backup.restore`` entry is written into the checked copy before it is moved into place; it used to be
written after the restored store had been opened (a key derivation later), so a crash in between lost it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from safetyworker.services import door
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import FILE, Store, store_exists

WORKER = Path(__file__).with_name("restore_fault_worker.py")
PASSPHRASE = "first passphrase here"
TRIALS = 8


@pytest.fixture
def file_keyring():
    """Child processes cannot see the in-memory keyring: use the file fallback in parent and child."""
    keyring.set_keyring(fail.Keyring())


def run_and_kill(made: Path, target: Path, delay: float) -> tuple[bool, float]:
    """Restore ``made`` into ``target`` in a child, killed ``delay`` seconds after it starts (if still going):
    whether it finished, and how long it ran."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    with subprocess.Popen(
        [sys.executable, str(WORKER), str(made), str(target)], stdout=subprocess.PIPE, env=env, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline() == "starting\n"
        began = time.monotonic()
        if delay >= 0:
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        return "done" in rest, time.monotonic() - began


def restore_entries(target: Path) -> list[str]:
    with door.open_session(target, PASSPHRASE, without_keyring=FILE) as session:
        assert session.store is not None
        assert session.unlocked(session.settings).check()["healthy"]
        return [
            r[0]
            for r in session.store.db.execute("SELECT action FROM audit_event ORDER BY seq")
            if r[0] == "backup.restore"
        ]


@pytest.mark.slow
def test_killed_mid_restore_the_store_is_not_there_or_says_it_was_restored(tmp_path, file_keyring):
    rng = random.Random(20261208)
    store = tmp_path / "store"
    with Store.create(store, PASSPHRASE) as opened:
        service = CaseService(opened)
        for i in range(60):
            service.add({"preferred_name": f"Person {i}", "access_needs": "x" * 2000})
    (tmp_path / "backups").mkdir()
    with door.open_session(store, PASSPHRASE, without_keyring=FILE) as session:
        made = session.unlocked(session.backups).back_up(tmp_path / "backups").path
    finished, whole = run_and_kill(made, tmp_path / "whole", -1)
    assert finished and restore_entries(tmp_path / "whole") == ["backup.restore"]
    kept = without = 0
    for trial in range(TRIALS):
        target = tmp_path / f"target-{trial}"
        run_and_kill(made, target, whole * (trial + rng.random()) / TRIALS)  # spread over the restore
        if not store_exists(target):  # killed before the store was in place: a retry starts afresh
            assert run_and_kill(made, target, -1)[0], f"trial {trial}: the restore could not be tried again"
            assert restore_entries(target) == ["backup.restore"]
            continue
        entries = restore_entries(target)
        kept += 1
        without += not entries
        assert entries == ["backup.restore"], f"trial {trial}: a restored store without its restore entry"
    print(f"restore took {whole:.2f} s; {kept} of {TRIALS} killed restores left a store, {without} without entry")
