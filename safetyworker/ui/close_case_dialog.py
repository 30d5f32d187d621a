"""Closing a case: the reason is required (OK stays greyed out until there is one)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safetyworker.ui.forms.ui_close_case_dialog import Ui_CloseCaseDialog
from safetyworker.ui.remembered_dialog import RememberedDialog


class CloseCaseDialog(RememberedDialog):
    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseCaseDialog()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Close case"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reason.textChanged.connect(self._reason_changed)
        self.ui.errorLabel.hide()
        self._reason_changed()
        self.restore_geometry()

    def reason(self) -> str:
        return self.ui.reason.toPlainText().strip()

    def _reason_changed(self) -> None:
        has_reason = bool(self.reason())
        self.ok_button.setEnabled(has_reason)
        self.ui.reasonHint.setVisible(not has_reason)
        self.ui.errorLabel.hide()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def accept(self) -> None:
        if self.reason():
            super().accept()
