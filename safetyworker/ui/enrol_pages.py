"""The first-run pages for setting a laptop up from an office enrolment file.

Fingerprint words are the one defence against a swapped file (someone else's "office"), so the check is a
step of its own that must be confirmed, and this laptop's words are shown at the end to be read back to the
office. The passphrase step between them is the first-run dialog's own, with the same strength rules.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from safetyworker.sync.enrolment import Enrolment
from safetyworker.ui.forms.ui_enrol_check import Ui_EnrolCheckPage
from safetyworker.ui.forms.ui_enrol_done import Ui_EnrolDonePage


def spaced_words(words: str) -> str:
    """Six fingerprint words as two rows of three, easy to read aloud and compare by eye."""
    parts = words.split()
    return "\n".join("   ".join(parts[i : i + 3]) for i in range(0, len(parts), 3))


class EnrolCheckPage(QWidget):
    """The office's name and fingerprint from the file; Continue waits for "the words match"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EnrolCheckPage()
        self.ui.setupUi(self)
        self.ui.matchBox.toggled.connect(self.ui.continueButton.setEnabled)
        self.show_enrolment(None)

    def show_enrolment(self, enrolment: Enrolment | None) -> None:
        self.ui.matchBox.setChecked(False)
        self.ui.continueButton.setEnabled(False)
        if enrolment is None:
            self.ui.officeLine.clear()
            self.ui.fingerprint.clear()
            return
        self.ui.officeLine.setText(
            self.tr("This file sets up this laptop for {worker}, to sync with the office <b>{office}</b>.").format(
                worker=_html(enrolment.worker_name), office=_html(enrolment.office_name)
            )
        )
        self.ui.fingerprint.setText(spaced_words(enrolment.office_fingerprint))


class EnrolDonePage(QWidget):
    """This laptop's fingerprint to read back, and the advice to delete the enrolment file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EnrolDonePage()
        self.ui.setupUi(self)
        self.enrolment_file: Path | None = None
        self.ui.deleteFileButton.clicked.connect(self._delete_file)

    def show_laptop(self, device_words: str, enrolment_file: Path | None) -> None:
        self.ui.fingerprint.setText(spaced_words(device_words))
        self.enrolment_file = enrolment_file
        self.ui.fileStatus.clear()
        self.ui.deleteFileButton.setEnabled(enrolment_file is not None and enrolment_file.exists())
        if enrolment_file is not None:
            self.ui.deleteFileButton.setToolTip(str(enrolment_file))

    def _delete_file(self) -> None:
        if self.enrolment_file is None:
            return
        try:
            self.enrolment_file.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            self.ui.fileStatus.setText(
                self.tr("It could not be deleted ({reason}). Delete it by hand.").format(reason=exc.strerror or exc)
            )
            return
        self.ui.deleteFileButton.setEnabled(False)
        self.ui.fileStatus.setText(self.tr("Deleted."))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
