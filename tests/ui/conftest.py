"""Fixtures for the desktop client tests (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest

from safetyworker.demo import populate_demo
from safetyworker.services.session import Session
from safetyworker.store.vault import Store
from tests.conftest import PASSPHRASE


@pytest.fixture
def demo_store_dir(tmp_path):
    folder = tmp_path / "demo-store"
    with Store.create(folder, PASSPHRASE) as store:
        populate_demo(store)
    return folder


@pytest.fixture
def session(demo_store_dir):
    s = Session(Store.unlock(demo_store_dir, PASSPHRASE))
    yield s
    s.lock()


@pytest.fixture
def bridge(session, qtbot):
    from safetyworker.ui.bridge import CoreBridge

    b = CoreBridge(session.store.events)
    yield b
    b.detach()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """QSettings go to a temp folder, so tests never read or write a real user's preferences."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    # QSettings(organisation, application) uses the native format: on Linux that is a file too, redirected here
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
