"""Settings of the app on this laptop (no case data)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from safetyworker import i18n
from safetyworker.ui import prefs
from safetyworker.ui.forms.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        prefs.restore_geometry(self)
        self.ui.idleMinutes.setValue(prefs.idle_minutes())
        for code, name in i18n.LANGUAGES.items():  # each language in its own words: never translated
            self.ui.language.addItem(name, code)
        self._language = prefs.language()
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(self._language)))
        self.ui.languageHint.setVisible(False)
        self.ui.language.currentIndexChanged.connect(self._language_changed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _language_changed(self) -> None:
        self.ui.languageHint.setVisible(self.ui.language.currentData() != self._language)

    def accept(self) -> None:
        prefs.set_idle_minutes(self.ui.idleMinutes.value())
        chosen = self.ui.language.currentData()
        if chosen != self._language or prefs.chosen_language():
            prefs.set_language(chosen)  # remembered; untouched, the app keeps following the system
        super().accept()

    def done(self, result: int) -> None:
        prefs.save_geometry(self)
        super().done(result)
