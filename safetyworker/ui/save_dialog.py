"""Where to save a file the worker asked for: Qt's own save dialog, never the system's, because system dialogs
add the file to "recent documents" lists that another user of the laptop can read. The dialog asks before
replacing a file, so a path it gives may be written over (``force``) by sync/files.py."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from safetyworker.ui.remembered_dialog import dispose


def choose_save_path(parent: QWidget, title: str, name_filter: str, suffix: str, suggested: str) -> Path | None:
    """The path chosen, or None when the worker cancelled (or the app locked while the dialog was open)."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not shiboken6.isValid(dialog):
            return None
        selected = dialog.selectedFiles()
        return Path(selected[0]) if selected else None
    finally:
        dispose(dialog)
