"""Settings of the app on this laptop (no case data)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from safetyworker.ui import prefs
from safetyworker.ui.forms.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        prefs.restore_geometry(self)
        self.ui.idleMinutes.setValue(prefs.idle_minutes())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        prefs.set_idle_minutes(self.ui.idleMinutes.value())
        super().accept()

    def done(self, result: int) -> None:
        prefs.save_geometry(self)
        super().done(result)
