"""Import a caseload from a spreadsheet in the desktop app: the CLI's rule (all or nothing, every problem row
by row, people already on the caseload refused unless the worker says they are different people), in a dialog
reached from the main window's toolbar."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from safetyworker.ui.csv_import_dialog import CsvImportDialog
from safetyworker.ui.main_window import MainWindow

HEADER = "preferred_name,date_of_birth,phone\n"


def _names(window: MainWindow) -> set[str]:
    proxy = window.proxy
    return {proxy.index(r, 0).data() for r in range(proxy.rowCount())}


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_spreadsheet_is_imported_row_by_row_from_the_toolbar(qtbot, session, bridge, tmp_path):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.show()
    sheet = tmp_path / "caseload.csv"
    sheet.write_text(HEADER + "Dana Newperson,02/03/1990,07700 900777\nEli Badrow,31/02/1990,\n", encoding="utf-8")
    seen: list[CsvImportDialog] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CsvImportDialog)
        seen.append(dialog)
        dialog.use_file(sheet)
        _click(qtbot, dialog.importButton)
        qtbot.waitUntil(lambda: "Nothing was imported" in dialog.summary.text(), timeout=10_000)
        assert "Line 3, date_of_birth" in dialog.messages.toPlainText()
        assert "Dana Newperson" not in _names(window), "all or nothing"
        dialog.skipBad.setChecked(True)
        _click(qtbot, dialog.importButton)
        qtbot.waitUntil(lambda: "Imported 1 case" in dialog.summary.text(), timeout=10_000)
        assert "skipped" in dialog.summary.text()
        dialog.reject()

    QTimer.singleShot(0, drive)
    window.ui.actionImportCsv.trigger()
    assert seen and not shiboken6.isValid(seen[0]), "its messages name cases: gone once closed"
    qtbot.waitUntil(lambda: "Dana Newperson" in _names(window), timeout=5_000)


def test_someone_already_on_the_caseload_is_refused_until_the_worker_says_they_differ(qtbot, session, tmp_path):
    sheet = tmp_path / "caseload.csv"
    sheet.write_text(HEADER + "Dana Newperson,02/03/1990,07700 900777\n", encoding="utf-8")
    dialog = CsvImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.use_file(sheet)
    _click(qtbot, dialog.importButton)
    qtbot.waitUntil(lambda: "Imported 1 case" in dialog.summary.text(), timeout=10_000)
    again = CsvImportDialog(session)
    qtbot.addWidget(again)
    again.use_file(sheet)
    _click(qtbot, again.importButton)
    qtbot.waitUntil(lambda: "Nothing was imported" in again.summary.text(), timeout=10_000)
    text = again.messages.toPlainText()
    assert "already open as case" in text and "different people" in text and "--allow-duplicates" not in text
    again.allowDuplicates.setChecked(True)
    _click(qtbot, again.importButton)
    qtbot.waitUntil(lambda: "Imported 1 case" in again.summary.text(), timeout=10_000)
    assert sum(1 for s in session.cases.search("Dana Newperson") if s.preferred_name == "Dana Newperson") == 2


def test_a_file_that_is_not_a_spreadsheet_says_why_and_adds_nothing(qtbot, session, tmp_path):
    sheet = tmp_path / "photo.csv"
    sheet.write_bytes(b"\xff\xd8\xff\xe0 not text")
    dialog = CsvImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.use_file(sheet)
    _click(qtbot, dialog.importButton)
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.summary.text(), timeout=10_000)
    assert "UTF-8" in dialog.summary.text()


def test_locking_closes_the_import_dialog_and_its_messages(qtbot, demo_store_dir, tmp_path):
    from safetyworker.ui.controller import AppController
    from tests.ui.test_app_and_lock import start

    controller = start(qtbot, demo_store_dir)
    sheet = tmp_path / "caseload.csv"
    sheet.write_text(HEADER + "Eli Badrow,31/02/1990,\n", encoding="utf-8")
    seen: list[CsvImportDialog] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CsvImportDialog)
        seen.append(dialog)
        dialog.use_file(sheet)
        _click(qtbot, dialog.importButton)
        qtbot.waitUntil(lambda: "Line 2" in dialog.messages.toPlainText(), timeout=10_000)
        controller.lock()  # idle lock, Ctrl+L or the laptop sleeping, with the dialog open

    QTimer.singleShot(0, drive)
    controller.window.ui.actionImportCsv.trigger()
    qtbot.waitUntil(lambda: not shiboken6.isValid(seen[0]), timeout=5_000)
    assert isinstance(controller, AppController) and controller.window is None
    controller.shutdown()
