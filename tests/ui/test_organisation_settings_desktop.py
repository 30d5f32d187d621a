"""The organisation's settings in the desktop (they were CLI-only): the office's coordinator changes them in
Settings → Organisation, through the same check and audit as ``settings set``; a laptop shows the office's
values and cannot change them ("set by your office")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from safetyworker.services.audit import AuditService
from safetyworker.services.session import Session
from safetyworker.ui.settings_dialog import SettingsDialog
from tests.ui.test_sync_desktop import Stores, open_window  # noqa: F401  (a fixture)


@pytest.fixture
def stores(tmp_path):
    made = Stores(tmp_path, confirm=False)
    yield made
    made.close()


def press_ok(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_office_changes_the_organisations_settings_from_the_window(qtbot, stores, open_window):  # noqa: F811
    window = open_window(stores.office)
    window.resize(1366, 768)
    window.show()
    seen: list[SettingsDialog] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog)
        ui = dialog.ui
        assert ui.organisationGroup.isVisible() and ui.region.isEnabled()
        assert ui.retentionYears.minimum() == 1 and ui.retentionYears.maximum() == 100
        assert ui.informDays.minimum() == 0 and ui.informDays.maximum() == 20
        assert ui.noSessionWeeks.minimum() == 1 and ui.noSessionWeeks.maximum() == 26
        assert ui.region.currentData() == "england_wales" and ui.retentionYears.value() == 6
        dialog.grab().save("/tmp/y2-settings-office.png")
        ui.region.setFocus()
        qtbot.keyClick(ui.region, Qt.Key.Key_Down)  # England and Wales -> Scotland
        for _ in range(3):
            qtbot.keyClick(ui.informDays, Qt.Key.Key_Up)  # 2 -> 5
        ui.retentionYears.selectAll()
        qtbot.keyClicks(ui.retentionYears, "7")
        press_ok(qtbot, dialog)

    QTimer.singleShot(0, choose)
    window.ui.actionSettings.trigger()
    assert seen, "Settings opened"
    kept = Session(stores.office).settings
    assert kept is not None
    values = kept.organisation()
    assert values["bank_holiday_region"] == "scotland"
    assert values["inform_working_days"] == 5 and values["retention_years"] == 7
    assert values["inform_no_session_weeks"] == 3, "untouched: not written"
    changes = [e for e in AuditService(stores.office).events() if e["action"] == "settings.change"]
    assert sorted(e["detail"] for e in changes) == [
        "bank_holiday_region=scotland",
        "inform_working_days=5",
        "retention_years=7",
    ], "audited as the CLI does: the name and the value, one entry each"


def test_a_laptop_shows_the_offices_choice_and_cannot_change_it(qtbot, stores):
    office = Session(stores.office).settings
    assert office is not None
    office.set_organisation("retention_years", "8")
    laptop = Session(stores.laptop).settings
    assert laptop is not None
    dialog = SettingsDialog(None, stores.laptop.folder, None, laptop)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    ui = dialog.ui
    assert ui.organisationGroup.isVisible()
    assert "Set by your office" in ui.organisationHint.text()
    assert not ui.region.isEnabled()
    assert ui.retentionYears.value() == 6, "the laptop has not had the office's bundle yet"
    for spin in (ui.retentionYears, ui.informDays, ui.noSessionWeeks):
        assert spin.isReadOnly()
    ui.retentionYears.selectAll()
    qtbot.keyClicks(ui.retentionYears, "9")
    qtbot.keyClick(ui.retentionYears, Qt.Key.Key_Up)
    dialog.grab().save("/tmp/y2-settings-laptop.png")
    press_ok(qtbot, dialog)
    assert laptop.organisation()["retention_years"] == 6
    assert not [e for e in AuditService(stores.laptop).events() if e["action"] == "settings.change"]


def test_without_a_caseload_the_organisation_part_hides(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.ui.organisationGroup.isHidden()


def test_the_bottom_hint_says_what_the_settings_are_about_at_the_office_and_on_a_laptop(qtbot, stores):
    office = SettingsDialog(None, stores.office.folder, None, Session(stores.office).settings)
    laptop = SettingsDialog(None, stores.laptop.folder, None, Session(stores.laptop).settings)
    alone = SettingsDialog()
    for dialog in (office, laptop, alone):
        qtbot.addWidget(dialog)
    at_office = office.ui.hint.text()
    assert "on this laptop" not in at_office, "the office is not a laptop"
    assert "the organisation's settings every worker's laptop takes from the office" in at_office
    assert "on this laptop" in laptop.ui.hint.text() and "set by your office" in laptop.ui.hint.text()
    assert alone.ui.hint.text().startswith("Settings are about how the app looks and behaves on this laptop.")
    for dialog in (office, laptop, alone):
        assert "No case details are kept in them." in dialog.ui.hint.text()
