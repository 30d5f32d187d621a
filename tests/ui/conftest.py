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
    # prefs.settings() names the organisation and app, so it uses the native format (not the default one): on
    # Linux that is an INI file under ~/.config, redirected here too
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def english(qapp):
    """The app's English catalogue (its plural forms), installed as the app installs it at start."""
    from safetyworker.ui.look import install_language

    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp):
    """Windows a test closed are deleted before the next test starts. qtbot closes them and asks Qt to delete
    them later, but "later" only comes when an event loop runs: without this, a closed main window (its session
    already locked) lived on into later tests, and a test that restyled the whole app (text size) crashed in
    it now and then."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):  # deleting a window can post the deletion of its children
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def no_app_outlives_its_test(monkeypatch):
    """Every app a test started is shut down when the test ends, failed or not. A test that failed before its own
    ``controller.shutdown()`` left a main window open, with its reminders running; every later test then found
    that window's case names on screen and failed too, hiding which test was really wrong."""
    from safetyworker.ui.controller import AppController

    started: list[AppController] = []
    original = AppController.__init__

    def remember(self, *args, **kwargs):
        original(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(AppController, "__init__", remember)
    yield
    for controller in started:
        if controller.window is not None or controller.dialog is not None or controller.cover is not None:
            controller.shutdown()
