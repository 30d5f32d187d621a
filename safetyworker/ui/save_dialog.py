"""Choosing a file or folder: Qt's own file dialog, never the system's, because system dialogs add the file to
"recent documents" lists that another user of the laptop can read (a bundle, a caseload file, a copy of a plan).

Qt's own dialog keeps a trace too: when it closes it writes the folders it visited ("history", "lastVisited") to
Qt's settings file (QtProject.conf under the user's config folder). Every dialog here takes those two entries out
again once it has gone, so no file on the laptop says where the worker keeps their bundles; the folder is
remembered only in memory while the app runs. Every chooser gives None after a lock (the dialog or the window
that opened it deleted while it was open), so nothing carries on for a window that is gone.

The save dialog asks before replacing a file, so a path it gives may be written over (``force``) by
sync/files.py."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from safetyworker.ui.remembered_dialog import dispose

# the settings Qt's file dialog writes when it closes (see qfiledialog.cpp, saveSettings)
QT_SETTINGS = "QtProject"
QT_GROUP = "FileDialog"
# where it has been: the folders it names are taken out; how it looks (column widths, view) stays
TRACES = ("history", "lastVisited")


def choose_save_path(parent: QWidget, title: str, name_filter: str, suffix: str, suggested: str) -> Path | None:
    """The path chosen, or None when the worker cancelled (or the app locked while the dialog was open)."""
    dialog = _dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested)
    return _run(parent, dialog)


def choose_open_path(parent: QWidget, title: str, name_filter: str) -> Path | None:
    """An existing file to read (a bundle, an enrolment or recovery answer, a CSV), or None as above."""
    dialog = _dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    return _run(parent, dialog)


def choose_folder(parent: QWidget, title: str) -> Path | None:
    """An existing folder (where backups or a bundle go), or None as above."""
    dialog = _dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(parent, dialog)


def _dialog(parent: QWidget, title: str) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])  # nothing from an older version of the app that wrote the folders down
    return dialog


def _run(parent: QWidget, dialog: QFileDialog) -> Path | None:
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted or not shiboken6.isValid(dialog) or not shiboken6.isValid(parent):
            return None
        selected = dialog.selectedFiles()
        return Path(selected[0]) if selected else None
    finally:
        dispose(dialog)  # it writes its settings as it goes...
        forget_folders_visited()  # ...so the traces come out after


def forget_folders_visited() -> None:
    """Take the folders Qt's file dialog wrote down out of its settings file (nothing else in it changes)."""
    settings = QSettings(QSettings.Scope.UserScope, QT_SETTINGS)
    settings.beginGroup(QT_GROUP)
    for key in TRACES:
        settings.remove(key)
    settings.endGroup()
    settings.sync()
