"""Unlocking and the first run, as a worker meets them."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from safetyworker.keys import device_secret
from safetyworker.store.vault import DB_NAME, Store, store_exists
from safetyworker.ui.first_run import FirstRunDialog
from safetyworker.ui.unlock_dialog import UnlockDialog, pause_after
from tests.conftest import PASSPHRASE, LockedKeyring


def test_pause_grows_after_each_failure_and_is_capped():
    assert [pause_after(n) for n in range(0, 8)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_unlock_with_the_right_passphrase(qtbot, demo_store_dir):
    dialog = UnlockDialog(demo_store_dir)
    qtbot.addWidget(dialog)
    assert "keyring" in dialog.ui.protection.text()
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert dialog.session is not None and not dialog.session.locked
    assert dialog.ui.passphrase.text() == "", "the passphrase does not linger in the widget"
    dialog.session.lock()


def test_wrong_passphrase_says_so_and_waits(qtbot, demo_store_dir):
    dialog = UnlockDialog(demo_store_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.passphrase, "not the right one at all")
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.failures == 1, timeout=10_000)
    assert "not right" in dialog.ui.error.text()
    assert not dialog.ui.unlockButton.isEnabled(), "a pause follows a wrong passphrase"
    qtbot.waitUntil(dialog.ui.unlockButton.isEnabled, timeout=5_000)
    assert dialog.session is None and dialog.result() == 0


def test_reduced_protection_is_visible(qtbot, tmp_path):
    keyring.set_keyring(fail.Keyring())
    Store.create(tmp_path / "s", PASSPHRASE).close()
    dialog = UnlockDialog(tmp_path / "s")
    qtbot.addWidget(dialog)
    assert "Reduced protection" in dialog.ui.protection.text()


def test_damaged_store_shows_the_core_message(qtbot, demo_store_dir):
    db = demo_store_dir / DB_NAME
    db.write_bytes(db.read_bytes()[:5000])
    dialog = UnlockDialog(demo_store_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(w in dialog.ui.error.text() for w in ("damaged", "cut short")), timeout=10_000)
    assert "Traceback" not in dialog.ui.error.text()
    assert dialog.session is None


@pytest.mark.parametrize(
    ("first", "second", "enabled"),
    [("short", "short", False), (PASSPHRASE, "something else", False), (PASSPHRASE, PASSPHRASE, True)],
)
def test_first_run_create_needs_a_strong_repeated_passphrase(qtbot, tmp_path, first, second, enabled):
    dialog = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.createChoice, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.passphrase, first)
    qtbot.keyClicks(dialog.ui.repeat, second)
    assert dialog.ui.createButton.isEnabled() is enabled
    assert dialog.ui.strength.text(), "a plain strength hint is shown"


def test_first_run_creates_a_store(qtbot, tmp_path):
    dialog = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(dialog)
    assert dialog.ui.enrolChoice.isEnabled(), "setting up from an office enrolment file is offered"
    qtbot.mouseClick(dialog.ui.createChoice, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.ui.repeat, PASSPHRASE)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.session is not None
    dialog.session.lock()
    Store.unlock(tmp_path / "new", PASSPHRASE).close()


def _unlock_with_locked_keyring(qtbot, folder, memory_keyring):
    """The keyring is locked (its entry is still there): the dialog keeps the passphrase and offers three ways."""
    keyring.set_keyring(LockedKeyring(memory_keyring.entries))
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.keyringPanel.isVisible() or dialog.session is not None, timeout=10_000)
    return dialog


def test_a_locked_keyring_is_said_and_trying_again_opens_as_before(qtbot, demo_store_dir, memory_keyring):
    dialog = _unlock_with_locked_keyring(qtbot, demo_store_dir, memory_keyring)
    dialog.grab().save("/tmp/keys-notes/unlock-keyring-locked.png")
    assert dialog.session is None
    assert "locked" in dialog.ui.keyringMessage.text()
    assert dialog.ui.passphrase.text() == PASSPHRASE, "kept for the next try"
    assert not (demo_store_dir / device_secret.FILE_NAME).exists()
    keyring.set_keyring(memory_keyring)  # the worker unlocked the keyring
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ui.keyringRetryButton, Qt.MouseButton.LeftButton)
    store = dialog.session.store
    assert (store.recovered, store.keyring_skipped, store.protection.level) == (False, False, "os-keyring")
    dialog.session.lock()


def test_the_passphrase_alone_this_time_opens_and_moves_nothing(qtbot, demo_store_dir, memory_keyring):
    dialog = _unlock_with_locked_keyring(qtbot, demo_store_dir, memory_keyring)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ui.keyringOnceButton, Qt.MouseButton.LeftButton)
    assert dialog.session.store.keyring_skipped
    assert not (demo_store_dir / device_secret.FILE_NAME).exists()
    dialog.session.lock()


def test_the_secret_goes_to_a_file_only_on_the_workers_click(qtbot, demo_store_dir, memory_keyring):
    dialog = _unlock_with_locked_keyring(qtbot, demo_store_dir, memory_keyring)
    assert "reduced protection" in dialog.ui.keyringFileHint.text()
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ui.keyringFileButton, Qt.MouseButton.LeftButton)
    assert dialog.session.store.protection.level == "reduced"
    assert (demo_store_dir / device_secret.FILE_NAME).exists()
    dialog.session.lock()


def test_first_run_with_a_locked_keyring_asks_before_using_a_file(qtbot, tmp_path):
    keyring.set_keyring(LockedKeyring({}))
    folder = tmp_path / "new"
    dialog = FirstRunDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.createChoice, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.ui.repeat, PASSPHRASE)
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.ui.keyringFileButton.isVisible, timeout=10_000)
    assert "keyring" in dialog.ui.error.text() and dialog.session is None
    dialog.grab().save("/tmp/keys-notes/first-run-keyring-locked.png")
    assert not store_exists(folder)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ui.keyringFileButton, Qt.MouseButton.LeftButton)
    assert dialog.session.store.protection.level == "reduced"
    dialog.session.lock()


@pytest.mark.parametrize("weak", ["password123", "1234567890"])
def test_first_run_shows_the_estimate_as_the_worker_types_and_refuses_a_weak_one(qtbot, tmp_path, weak):
    dialog = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.createChoice, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.passphrase, weak)
    qtbot.keyClicks(dialog.ui.repeat, weak)
    assert not dialog.ui.createButton.isEnabled()
    assert "unrelated word" in dialog.ui.strength.text()
    assert 0 < dialog.ui.strengthMeter.value() <= 3, "a short red bar"
    qtbot.keyClicks(dialog.ui.passphrase, " kettle orchard")
    assert dialog.ui.strengthMeter.value() >= 4, "the meter follows each key"
    assert dialog.ui.strength.text() != "" and "Too easy" not in dialog.ui.strength.text()
    assert not (tmp_path / "new").exists()
