"""SQLCipher's memory wiping (``cipher_memory_security``): off by default, on for a store whose service wants
it, and ``doctor`` says which is in force. The pragma is process-wide and cannot be turned off again once on,
so the "on" journey runs the real CLI in child processes and leaves this test process alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from safetyworker.store import settings
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE


def test_memory_wiping_is_off_by_default(store):
    assert str(store.db.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "0"
    assert settings.memory_security(store) is False


def test_a_bad_value_names_the_setting(cli_store):
    code, _out, err = cli_store("settings", "set", "memory-security", "maybe")
    assert code == 2 and "memory-security" in err and "on" in err


@pytest.mark.slow
def test_a_service_turns_it_on_and_doctor_says_so(tmp_path):
    folder = tmp_path / "store"
    env = dict(os.environ, SAFETYWORKER_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")

    def run(*argv: str) -> tuple[int, str]:
        done = subprocess.run(
            [sys.executable, "-m", "safetyworker", "--store", str(folder), *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "Traceback" not in done.stderr
        return done.returncode, done.stdout

    assert run("init")[0] == 0
    code, out = run("doctor", "--json")
    assert code == 0 and json.loads(out)["memory_security"] == {"setting": "off", "in_force": False}
    assert "Memory wiping" in run("doctor")[1] and "off (the default" in run("doctor")[1]

    assert run("settings", "set", "memory-security", "on")[0] == 0
    code, out = run("doctor", "--json")
    assert code == 0 and json.loads(out)["memory_security"] == {"setting": "on", "in_force": True}
    assert json.loads(run("settings", "show", "--json")[1])["memory-security"] == "on"
    assert "on (SQLCipher wipes" in run("doctor")[1]

    assert run("settings", "set", "memory-security", "off")[0] == 0
    code, out = run("doctor", "--json")
    assert json.loads(out)["memory_security"] == {"setting": "off", "in_force": False}
    with Store.unlock(folder, PASSPHRASE) as store:  # the setting is off again: this process stays as it was
        changes = store.db.execute("SELECT detail FROM audit_event WHERE action = 'settings.change'").fetchall()
    assert [d for (d,) in changes] == ["memory-security=on", "memory-security=off"]
