"""Killing the process in the middle of a backup leaves no half file under a backup's name, and the store whole."""

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
from safetyworker.store import backup
from safetyworker.store.vault import Store

WORKER = Path(__file__).with_name("backup_fault_worker.py")
PASSPHRASE = "first passphrase here"


@pytest.fixture
def file_keyring():
    """Child processes cannot see the in-memory keyring: use the file fallback in parent and child."""
    keyring.set_keyring(fail.Keyring())


def run_and_kill(store: Path, folder: Path, delay: float) -> None:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    repo = Path(__file__).resolve().parents[1]
    env["PYTHONPATH"] = str(repo)
    with subprocess.Popen(
        [sys.executable, str(WORKER), str(store), str(folder)], stdout=subprocess.PIPE, env=env, text=True
    ) as child:
        assert child.stdout is not None
        child.stdout.readline()  # one backup written: the child is in its loop
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.stdout.read()


@pytest.mark.slow
def test_killed_mid_backup(tmp_path, file_keyring):
    rng = random.Random(20261207)
    store, folder = tmp_path / "store", tmp_path / "backups"
    folder.mkdir()
    with Store.create(store, PASSPHRASE) as opened:
        service = CaseService(opened)
        for i in range(150):
            service.add({"preferred_name": f"Person {i}", "access_needs": "x" * 2000})
    for _trial in range(4):
        run_and_kill(store, folder, rng.uniform(0, 0.15))
        names = [p.name for p in folder.iterdir()]
        finished = [n for n in names if backup.NAME_PATTERN.fullmatch(n)]
        assert finished, "at least the first backup was written"
        assert all(n in finished or n.startswith(backup.PARTIAL_PREFIX) for n in names), names
        for name in finished:  # every file under a backup's name is whole and opens
            assert backup.verify(folder / name, PASSPHRASE).store_id
        with door.open_session(store, PASSPHRASE) as session:
            report = session.unlocked(session.settings).check()
            assert report["healthy"] and report["cases"] == 150
