"""Office: confirm a laptop before its first bundle is applied, by typing the six words the worker reads out
from their own screen. Opened when an import was held for that reason; words that do not match are said in the
dialog and change nothing, so the coordinator can ask again or stop (docs/sync.md, "Confirming a laptop")."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.session import Session
from safetyworker.ui import look
from safetyworker.ui.forms.ui_confirm_words_dialog import Ui_ConfirmWordsDialog
from safetyworker.ui.remembered_dialog import RememberedDialog


class ConfirmWordsDialog(RememberedDialog):
    def __init__(self, session: Session, worker_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConfirmWordsDialog()
        self.ui.setupUi(self)
        self.session = session
        self.worker_id = worker_id
        self.setWindowTitle(self.tr("Confirm {name}'s laptop").format(name=name))
        self.ui.intro.setText(
            self.tr(
                "A first bundle from {name}'s laptop is waiting. Before the office takes it, make sure it is "
                "really {name}'s laptop: ask {name}, in person or on the number you know, to read out the six "
                "words their laptop shows (in its sync status, at the bottom of the window). Do not use words "
                "written on or sent with the bundle."
            ).format(name=name)
        )
        self.words = self.ui.words
        self.problem = self.ui.problem
        look.say(self.problem, "")
        buttons = self.ui.buttonBox
        self.confirm_button = buttons.addButton(self.tr("Confirm and import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirmButton")
        buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        self.adjustSize()
        self.restore_geometry()  # the size it was left at, cut to the screen

    def check(self) -> None:
        """Accept only words the core takes; otherwise say why, here, and change nothing."""
        sync = self.session.sync
        if sync is None:
            self.reject()
            return
        try:
            sync.confirm(self.worker_id, self.words.text())
        except SafetyWorkerError as exc:
            text = getattr(exc, "problem", None) or str(exc)
            look.say(self.problem, text[:1].upper() + text[1:], problem=True)
            self.words.setFocus()
            return
        self.accept()
