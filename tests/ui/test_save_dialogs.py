"""Every file the worker saves from the desktop is chosen in the one save dialog (ui/save_dialog.py).

Qt's own dialog, never the system's: a system dialog adds the file to "recent documents" lists that another user
of the laptop can read (a CSV of the audit trail, the figures, a recovery request). The audit trail's CSV, the
reports' CSV and the recovery request were the last three saves that still called Qt's static
``QFileDialog.getSaveFileName`` (issue 13's leftovers). The one dialog also gives nothing after a lock.

Files and folders the worker opens (a bundle, an enrolment or recovery answer, a CSV, where backups and bundles go)
are chosen the same way (choose_open_path, choose_folder), and no chooser leaves the folders it visited in Qt's
settings file (QtProject.conf), another trace of where the bundles are kept.
"""

from __future__ import annotations

import ast
import stat
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from safetyworker.services.session import Session
from safetyworker.ui.audit_dialog import AuditDialog
from safetyworker.ui.main_window import MainWindow
from safetyworker.ui.recovery_dialog import RecoveryDialog
from safetyworker.ui.reports_dialog import ReportsDialog
from safetyworker.ui.risk_referral import ReferralDialog
from safetyworker.ui.save_dialog import choose_open_path
from safetyworker.ui.settings_dialog import SettingsDialog
from tests.ui.test_risk_tab import _open, record  # noqa: F401 (fixture)
from tests.ui.test_sync_desktop import Stores, open_window, stores  # noqa: F401 (fixtures)

UI = Path(__file__).resolve().parents[2] / "safetyworker" / "ui"


#: QFileDialog's static choosers: each may open the system's dialog, and none knows about a lock
STATIC_CHOOSERS = {
    "getSaveFileName",
    "getSaveFileUrl",
    "getOpenFileName",
    "getOpenFileNames",
    "getOpenFileUrl",
    "getOpenFileUrls",
    "getOpenFileContent",
    "getExistingDirectory",
    "getExistingDirectoryUrl",
}


def test_no_window_opens_the_systems_file_dialog():
    calls = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in STATIC_CHOOSERS:
                calls.append(f"{path.relative_to(UI)}:{node.lineno} {node.attr}")
    assert calls == [], f"use ui/save_dialog.choose_save_path, choose_open_path or choose_folder instead: {calls}"


def _save_in(target: Path, seen: list[tuple[bool, str]], tries: int = 100) -> None:
    """Answer the save dialog when it opens: note whether it is Qt's own and what it suggested, pick ``target``."""
    widget = QApplication.activeModalWidget()
    if isinstance(widget, QFileDialog):
        seen.append((widget.testOption(QFileDialog.Option.DontUseNativeDialog), widget.defaultSuffix()))
        widget.selectFile(str(target))
        widget.accept()
    elif tries:
        QTimer.singleShot(20, lambda: _save_in(target, seen, tries - 1))


def test_the_audit_trail_csv_is_saved_through_the_one_dialog(qtbot, stores, tmp_path):  # noqa: F811
    dialog = AuditDialog(Session(stores.laptop))
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[tuple[bool, str]] = []
    QTimer.singleShot(0, lambda: _save_in(tmp_path / "trail", seen))
    dialog.choose_export()
    assert seen == [(True, "csv")]
    assert (tmp_path / "trail.csv").read_text(encoding="utf-8-sig").startswith("seq,")
    assert "trail.csv" in dialog.ui.shown.text()


def test_the_reports_csv_is_saved_through_the_one_dialog(qtbot, stores, tmp_path):  # noqa: F811
    dialog = ReportsDialog(Session(stores.office))
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[tuple[bool, str]] = []
    QTimer.singleShot(0, lambda: _save_in(tmp_path / "figures", seen))
    dialog.choose_save()
    assert seen == [(True, "csv")]
    assert (tmp_path / "figures.csv").exists() and "figures.csv" in dialog.ui.saved.text()


def test_the_recovery_request_is_saved_through_the_one_dialog(qtbot, stores, tmp_path):  # noqa: F811
    folder = stores.laptop.folder
    stores.laptop.close()  # the worker has forgotten the passphrase: nothing is unlocked
    dialog = RecoveryDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[tuple[bool, str]] = []
    QTimer.singleShot(0, lambda: _save_in(tmp_path / "request", seen))
    dialog._save_request()
    assert seen == [(True, "json")]
    assert (tmp_path / "request.json").stat().st_size > 0
    assert "request.json" in dialog.requestSaved.text()


def _choose(target: Path, seen: list[tuple[bool, QFileDialog.FileMode]], tries: int = 100) -> None:
    """Answer a file or folder chooser when it opens: note whether it is Qt's own and what it lets the worker
    choose, then pick ``target``."""
    widget = QApplication.activeModalWidget()
    if isinstance(widget, QFileDialog):
        seen.append((widget.testOption(QFileDialog.Option.DontUseNativeDialog), widget.fileMode()))
        if target.is_dir():
            widget.setDirectory(str(target))
        else:
            widget.setDirectory(str(target.parent))
            widget.selectFile(target.name)
        widget.accept()
    elif tries:
        QTimer.singleShot(20, lambda: _choose(target, seen, tries - 1))


def _traces() -> str:
    """What Qt's file dialog has written down about where it has been."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    return " ".join(str(settings.value(f"FileDialog/{key}", "")) for key in ("history", "lastVisited"))


def test_a_bundle_is_opened_through_the_one_file_chooser_and_its_folder_is_not_written_down(
    qtbot,
    stores,  # noqa: F811
    open_window,  # noqa: F811
    tmp_path,
):
    laptop = open_window(stores.laptop)
    stick = tmp_path / "stick-for-the-office"
    stick.mkdir()
    bundle = stick / "not-a-bundle.age"
    bundle.write_bytes(b"not a bundle")
    seen: list[tuple[bool, QFileDialog.FileMode]] = []
    QTimer.singleShot(0, lambda: _choose(bundle, seen))
    with qtbot.waitSignal(laptop.sync.said, timeout=15_000) as said:
        laptop.sync.choose_import()
    assert seen == [(True, QFileDialog.FileMode.ExistingFile)], "Qt's own dialog, for a file that is there"
    assert said.args[0], "the chosen file was read (and refused, in one sentence)"
    for box in list(laptop.sync._boxes):
        box.accept()
    assert "stick-for-the-office" not in _traces()


def test_where_backups_go_is_chosen_in_the_one_folder_chooser(qtbot, tmp_path):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "locked-away"
    folder.mkdir()
    seen: list[tuple[bool, QFileDialog.FileMode]] = []
    QTimer.singleShot(0, lambda: _choose(folder, seen))
    assert dialog.ask_folder() == folder
    assert seen == [(True, QFileDialog.FileMode.Directory)]
    assert "locked-away" not in _traces()


def test_a_chooser_open_at_a_lock_gives_nothing(qtbot, tmp_path):
    window = QWidget()  # not qtbot's: the test deletes it
    window.show()
    (tmp_path / "roster.csv").write_text("name\n", encoding="utf-8")

    def lock(tries: int = 100) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QFileDialog):
            widget.setDirectory(str(tmp_path))
            widget.selectFile("roster.csv")
            shiboken6.delete(window)  # the lock deletes the window that asked, and its chooser with it
        elif tries:
            QTimer.singleShot(20, lambda: lock(tries - 1))

    QTimer.singleShot(0, lock)
    assert choose_open_path(window, "Choose", "CSV files (*.csv)") is None
    assert tmp_path.name not in _traces()


def test_the_referral_and_the_visit_sheet_are_saved_the_one_way(qtbot, session, bridge, record, tmp_path):  # noqa: F811
    """Both one-off PDFs: Qt's own save dialog, written for this user only (like the command line's copies), and
    the place said; a path never asked about is never replaced."""
    case_id, panel = _open(record, session, "Nia")
    assert panel.save()
    referral = ReferralDialog(session, case_id, panel)
    qtbot.addWidget(referral)
    referral.marac.setText("Northshire MARAC")
    referral.consent.setCurrentIndex(referral.consent.findData("given"))
    referral.show()
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.show_visits()
    for save, target, message in (
        (referral.save_pdf, tmp_path / "for-marac", referral.message),
        (window.visits.save_sheet, tmp_path / "today", window.visits.ui.messageLabel),
    ):
        seen: list[tuple[bool, str]] = []
        QTimer.singleShot(0, lambda target=target, seen=seen: _save_in(target, seen))
        assert save(), message.text()
        assert seen == [(True, "pdf")]
        written = target.with_suffix(".pdf")
        assert written.read_bytes().startswith(b"%PDF")
        assert stat.S_IMODE(written.stat().st_mode) == 0o600, "readable by this user only"
        assert f"Saved as {written.name}." in message.text()
        assert not save(written), "never over a file the worker was not asked about"
        assert "already exists" in message.text()
