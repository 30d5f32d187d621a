"""Test set-up shared by every test.

Key derivation runs with cheap parameters (the variable is inherited by CLI subprocesses too, and honoured only
because they run from this source checkout: see ``kdf.fast_allowed``); the one test module that needs the real
parameters clears it. The OS keyring is replaced by a small in-memory backend
unless a test chooses another, so no test touches a real keyring; ``LockedKeyring`` and ``ErroringKeyring`` are
the keyring saying no while its entries are still there.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime

os.environ["SAFETYWORKER_INSECURE_FAST_KDF"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SAFETYWORKER_PASSPHRASE", None)
os.environ["SAFETYWORKER_LANG"] = "en"  # the tests read the English text, whatever the machine's locale
# The machine's clock reads London time, as a worker's laptop does and as the stores' "today" is (their time zone
# is Europe/London). CI machines run in UTC, a day behind London from midnight to 01:00 in summer: tests that took
# the machine's date.today() failed every summer night then, against a product that uses London's date.
os.environ["TZ"] = "Europe/London"  # read by subprocesses at start, and by this one at time.tzset() below

import keyring
import pytest
from hypothesis import settings as hypothesis_settings
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, KeyringLocked

time.tzset()

# CI (`CI=true`, as .ci/run is run) draws the same examples every run, so a landing never fails on a new random
# draw that the developer never saw; locally each run draws afresh and keeps failing examples in .hypothesis/.
hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

PASSPHRASE = "correct horse battery staple"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict: the OS-keyring path without an OS keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


class LockedKeyring(MemoryKeyring):
    """The entries are there, but the keyring is locked (the worker dismissed the unlock prompt)."""

    def __init__(self, entries: dict) -> None:
        super().__init__()
        self.entries = entries

    def get_password(self, service, username):
        raise KeyringLocked("the collection is locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("the collection is locked")


class ErroringKeyring(LockedKeyring):
    """The keyring service did not answer (D-Bus timed out, the daemon crashed)."""

    def get_password(self, service, username):
        raise KeyringError("the keyring service did not answer")

    def set_password(self, service, username, password):
        raise KeyringError("the keyring service did not answer")


def pytest_collection_modifyitems(items):
    """Everything under tests/ui/ needs Qt: mark it, so `pytest -m "not gui"` runs the core alone."""
    for item in items:
        if "ui" in item.path.relative_to(item.config.rootpath).parts[:2]:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def store_dir(tmp_path):
    return tmp_path / "store"


@pytest.fixture
def store(store_dir):
    from safetyworker.store.vault import Store

    s = Store.create(store_dir, PASSPHRASE)
    yield s
    s.close()


@pytest.fixture
def cli(store_dir, monkeypatch, capsys):
    """Run the CLI in-process against the test store; returns (exit code, stdout, stderr)."""
    import io

    from safetyworker.cli.main import main

    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)

    def run(*argv: str, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        code = main(["--store", str(store_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def cli_store(cli):
    """The in-process CLI on a freshly initialised store."""
    assert cli("init")[0] == 0
    return cli


def write(tmp_path, name, data):
    """A JSON (or text) input file for the CLI."""
    import json

    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)
    return str(path)


#: 00:30 on Tuesday 6 July 2027 in London (summer time): still Monday 5 July on a laptop whose clock is set to UTC
LONDON_HALF_PAST_MIDNIGHT = datetime(2027, 7, 5, 23, 30, tzinfo=UTC)


@pytest.fixture
def utc_laptop_after_midnight(monkeypatch):
    """The laptop's zone is UTC (as some IT departments set it) and the moment is 00:30 London summer time.

    The store's clock (``planner.local_today``'s ``datetime.now``) is pinned to the moment; the laptop's own
    ``date.today()`` is not pinned, so code that reads it gets a day that is not the store's 6 July 2027."""
    from safetyworker.timetable import planner

    class PinnedClock(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return LONDON_HALF_PAST_MIDNIGHT.astimezone(tz) if tz else LONDON_HALF_PAST_MIDNIGHT.replace(tzinfo=None)

    monkeypatch.setattr(planner, "datetime", PinnedClock)
    before = os.environ["TZ"]
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        yield LONDON_HALF_PAST_MIDNIGHT
    finally:
        monkeypatch.setenv("TZ", before)
        time.tzset()
