"""What a worker expects around the passphrase: Caps Lock said, "Show passphrase", labels that stay visible,
changing it in Settings, and "Forgotten it? Your office can help" on the unlock screen."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from safetyworker.errors import WrongPassphrase
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store
from safetyworker.sync import enrolment, recovery
from safetyworker.ui.change_passphrase_dialog import ChangePassphraseDialog
from safetyworker.ui.first_run import FirstRunDialog
from safetyworker.ui.passphrase_field import caps_lock_from
from safetyworker.ui.recovery_dialog import RecoveryDialog
from safetyworker.ui.settings_dialog import SettingsDialog
from safetyworker.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE

NEW = "kettle orchard violet train"


def test_caps_lock_is_read_from_what_is_typed():
    assert caps_lock_from("A", shift=False) is True
    assert caps_lock_from("a", shift=True) is True
    assert caps_lock_from("a", shift=False) is False
    assert caps_lock_from("A", shift=True) is False
    assert caps_lock_from("7", shift=False) is None and caps_lock_from("", shift=False) is None


def test_unlock_warns_of_caps_lock_and_can_show_the_passphrase(qtbot, demo_store_dir):
    dialog = UnlockDialog(demo_store_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.passphraseLabel.isVisible() and ui.passphraseLabel.buddy() is ui.passphrase, "a label, not a placeholder"
    qtbot.keyClicks(ui.passphrase, "CORRECT")  # capitals without Shift: Caps Lock is on
    assert ui.capsLock.isVisible() and "Caps Lock" in ui.capsLock.text()
    qtbot.keyClicks(ui.passphrase, "x")
    assert not ui.capsLock.isVisible()
    assert ui.passphrase.echoMode() == QLineEdit.EchoMode.Password
    ui.showPassphrase.setFocus()
    qtbot.keyClick(ui.showPassphrase, Qt.Key.Key_Space)
    assert ui.passphrase.echoMode() == QLineEdit.EchoMode.Normal


def test_first_run_labels_stay_and_show_covers_both_fields(qtbot, tmp_path):
    dialog = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.createChoice, Qt.MouseButton.LeftButton)
    ui = dialog.ui
    qtbot.keyClicks(ui.passphrase, "kettle")
    assert ui.passphraseLabel.isVisible() and ui.repeatLabel.isVisible()
    assert not ui.passphrase.placeholderText() and not ui.repeat.placeholderText()
    qtbot.keyClicks(ui.repeat, "K")
    assert ui.capsLock.isVisible()
    ui.showPassphrase.setChecked(True)
    assert ui.passphrase.echoMode() == ui.repeat.echoMode() == QLineEdit.EchoMode.Normal


def _type_new(qtbot, new_widget, passphrase: str) -> None:
    qtbot.keyClicks(new_widget.passphrase, passphrase)
    qtbot.keyClicks(new_widget.repeat, passphrase)


def test_change_passphrase_from_settings(qtbot, demo_store_dir):
    settings = SettingsDialog(folder=demo_store_dir)
    qtbot.addWidget(settings)
    seen = []

    def drive():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        assert isinstance(dialog, ChangePassphraseDialog)
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        qtbot.keyClicks(dialog.new.passphrase, "password123")
        assert not dialog.changeButton.isEnabled(), "the first-run strength rules apply"
        dialog.new.passphrase.clear()
        _type_new(qtbot, dialog.new, NEW)
        assert dialog.changeButton.isEnabled()
        qtbot.mouseClick(dialog.changeButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
        seen.append(dialog.result())

    QTimer.singleShot(0, drive)
    qtbot.mouseClick(settings.ui.changePassphraseButton, Qt.MouseButton.LeftButton)
    assert seen[-1] == 1 and not shiboken6.isValid(seen[0]), "accepted, then disposed of"
    with pytest.raises(WrongPassphrase):
        Store.unlock(demo_store_dir, PASSPHRASE)
    Store.unlock(demo_store_dir, NEW).close()


def test_a_wrong_current_passphrase_changes_nothing(qtbot, demo_store_dir):
    before = (demo_store_dir / "keyslots.json").read_bytes()
    dialog = ChangePassphraseDialog(demo_store_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current, "not my passphrase at all")
    _type_new(qtbot, dialog.new, NEW)
    qtbot.mouseClick(dialog.changeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not your current passphrase" in dialog.error.text(), timeout=20_000)
    assert (demo_store_dir / "keyslots.json").read_bytes() == before
    assert dialog.result() == 0


@pytest.fixture
def enrolled(tmp_path):
    office = enrolment.create_office(tmp_path / "office", PASSPHRASE, "North office")
    (tmp_path / "enrol.json").write_bytes(enrolment.enrolment_bytes(enrolment.enrol_worker(office, "Ash")))
    laptop = enrolment.create_laptop(tmp_path / "laptop", PASSPHRASE, enrolment.read_enrolment(tmp_path / "enrol.json"))
    case_id = CaseService(laptop).add({"preferred_name": "Robin Example"})[0]
    laptop.close()
    yield office, tmp_path / "laptop", case_id
    office.close()


def test_forgotten_passphrase_through_the_office_from_the_unlock_screen(qtbot, enrolled, tmp_path):
    office, laptop_dir, case_id = enrolled
    unlock = UnlockDialog(laptop_dir)
    qtbot.addWidget(unlock)
    unlock.show()
    assert "office can help" in unlock.ui.forgotButton.text()
    seen = []

    def drive():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        assert isinstance(dialog, RecoveryDialog) and dialog.steps.isVisible()
        assert not dialog.finishButton.isEnabled()
        assert dialog.save_request(tmp_path / "request.json")  # step 1: the file for the office
        answer, words = recovery.answer(office, tmp_path / "request.json")  # at the office
        (tmp_path / "answer.json").write_bytes(answer)
        dialog.use_answer(tmp_path / "answer.json")  # step 2: the answer file and the code by phone
        qtbot.keyClicks(dialog.code, "apple apple apple apple apple apple")
        _type_new(qtbot, dialog.new, NEW)  # step 3
        qtbot.mouseClick(dialog.finishButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "does not match" in dialog.error.text(), timeout=30_000)
        dialog.code.clear()
        qtbot.keyClicks(dialog.code, words)
        qtbot.mouseClick(dialog.finishButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
        seen.append(dialog.result())

    QTimer.singleShot(0, drive)
    qtbot.mouseClick(unlock.ui.forgotButton, Qt.MouseButton.LeftButton)
    assert seen[-1] == 1 and not shiboken6.isValid(seen[0]), "accepted, then disposed of"
    assert "new passphrase is set" in unlock.ui.error.text()
    with Store.unlock(laptop_dir, NEW) as laptop:
        assert CaseService(laptop).get(case_id).preferred_name == "Robin Example"


def test_a_caseload_without_office_recovery_says_so_plainly(qtbot, demo_store_dir):
    dialog = RecoveryDialog(demo_store_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.steps.isVisible() and not dialog.finishButton.isVisible()
    assert "nobody can open this caseload" in dialog.intro.text()
