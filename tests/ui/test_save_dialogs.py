"""Every file the worker saves from the desktop is chosen in the one save dialog (ui/save_dialog.py).

Qt's own dialog, never the system's: a system dialog adds the file to "recent documents" lists that another user
of the laptop can read (a CSV of the audit trail, the figures, a recovery request). The audit trail's CSV, the
reports' CSV and the recovery request were the last three saves that still called Qt's static
``QFileDialog.getSaveFileName`` (issue 13's leftovers). The one dialog also gives nothing after a lock.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from safetyworker.services.session import Session
from safetyworker.ui.audit_dialog import AuditDialog
from safetyworker.ui.recovery_dialog import RecoveryDialog
from safetyworker.ui.reports_dialog import ReportsDialog
from tests.ui.test_sync_desktop import Stores, stores  # noqa: F401 (fixtures)

UI = Path(__file__).resolve().parents[2] / "safetyworker" / "ui"


def test_no_window_opens_the_systems_save_dialog():
    calls = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "getSaveFileName":
                calls.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert calls == [], f"use ui/save_dialog.choose_save_path instead: {calls}"


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
