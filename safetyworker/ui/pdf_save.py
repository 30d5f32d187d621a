"""Saving a one-off PDF from a tab or dialog (the MARAC referral, the day's visit sheet): choose where in the one
save dialog, make the pages, write them, and say where they went, in one place.

Written like the command line writes the same files (sync/files.write_private: never inside a store folder,
never over a file the worker was not asked about, readable by this user only, read back). The plan's Save as PDF
and the subject access copy are different jobs (a warning first, a preview, made off the GUI thread and closing
the dialog after) and keep their own steps; they share the same dialog and writer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.sync import files
from safetyworker.ui import look
from safetyworker.ui.save_dialog import choose_save_path


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def save_pdf(
    parent: QWidget,
    message: QLabel,
    path: Path | None,
    *,
    title: str,
    suggested: str,
    make: Callable[[], bytes],
    saved: str,
) -> bool:
    """Write the PDF ``make()`` returns to ``path`` (never over an existing file), or to the file the worker
    chooses under ``title`` (the dialog asked before replacing it); ``saved`` (with ``{name}``) or the problem is
    said in ``message``. True when the file was written."""
    if path is None:
        picked = choose_save_path(parent, title, tr("PDF files (*.pdf)"), "pdf", suggested)
        if picked is None:
            return False
        chosen, force = picked, True  # the save dialog asked before replacing it
    else:
        chosen, force = path, False
    try:
        files.new_file(chosen, force=force)  # said at once, before anything is made (or audited)
        files.write_private(chosen, make())
    except SafetyWorkerError as exc:
        look.say(message, tr("Not saved: {p}").format(p=getattr(exc, "problem", exc)), True)
        return False
    except OSError as exc:
        look.say(message, tr("Not saved: {p}").format(p=exc.strerror or exc), True)
        return False
    look.say(message, saved.format(name=chosen.name))
    return True
