"""Settings of the app on this laptop (no case data): idle lock, text size; and changing the passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from safetyworker import i18n
from safetyworker.ui import look, prefs
from safetyworker.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from safetyworker.ui.remembered_dialog import dispose, run_dialog


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        """``folder``: the open caseload, whose passphrase "Change passphrase…" changes (none: the button hides)."""
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        prefs.restore_geometry(self)
        self.folder = folder
        self.ui.idleMinutes.setValue(prefs.idle_minutes())
        for code, name in i18n.LANGUAGES.items():  # each language in its own words: never translated
            self.ui.language.addItem(name, code)
        self._language = prefs.language()
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(self._language)))
        self.ui.languageHint.setVisible(False)
        self.ui.language.currentIndexChanged.connect(self._language_changed)

        sizes = {"normal": self.tr("Normal"), "large": self.tr("Large"), "larger": self.tr("Larger")}
        for key, label in sizes.items():
            self.ui.textSize.addItem(label, key)
        self.ui.textSize.setCurrentIndex(self.ui.textSize.findData(prefs.text_size()))
        self.ui.changePassphraseButton.setVisible(folder is not None)
        self.ui.passphraseLabel.setVisible(folder is not None)
        self.ui.changePassphraseButton.clicked.connect(self._change_passphrase)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _language_changed(self) -> None:
        self.ui.languageHint.setVisible(self.ui.language.currentData() != self._language)

    def _change_passphrase(self) -> None:
        from safetyworker.ui.change_passphrase_dialog import ChangePassphraseDialog

        assert self.folder is not None  # the button shows only with a caseload open
        dialog = ChangePassphraseDialog(self.folder, self)
        try:
            run_dialog(dialog)
        finally:
            dispose(dialog)

    def accept(self) -> None:
        prefs.set_idle_minutes(self.ui.idleMinutes.value())
        chosen = self.ui.language.currentData()
        if chosen != self._language or prefs.chosen_language():
            prefs.set_language(chosen)  # remembered; untouched, the app keeps following the system
        size = self.ui.textSize.currentData()
        if size != prefs.text_size():
            prefs.set_text_size(size)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                look.apply_text_size(app)
        super().accept()

    def done(self, result: int) -> None:
        prefs.save_geometry(self)
        super().done(result)
