"""Settings of the app on this laptop (no case data): idle lock, text size; changing the passphrase; the
caseload's backups (folder, schedule, how many to keep: kept in the store, see services/backups.py); and the
organisation's settings (records/org_settings.py): changed at the office, through the same check and audit as
the CLI's ``settings set``, and shown read-only on a laptop, which takes them from the office's bundles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox, QSpinBox, QVBoxLayout, QWidget

from safetyworker import i18n
from safetyworker.errors import SafetyWorkerError
from safetyworker.records import org_settings
from safetyworker.services.backups import DAILY, OFF, WEEKLY, BackupService
from safetyworker.services.settings import SettingsService
from safetyworker.ui import look, prefs
from safetyworker.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from safetyworker.ui.remembered_dialog import dispose, run_dialog
from safetyworker.ui.save_dialog import choose_folder
from safetyworker.ui.scroll_areas import VerticalScroll


class SettingsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        folder: Path | None = None,
        backups: BackupService | None = None,
        organisation: SettingsService | None = None,
    ) -> None:
        """``folder``: the open caseload, whose passphrase "Change passphrase…" changes (none: the button hides);
        ``backups``: its backup settings (none: the backup rows hide); ``organisation``: the store's settings
        service, for the organisation's settings (none: the Organisation part hides)."""
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
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
        self.backups = backups
        self.backup_folder: Path | None = backups.folder() if backups is not None else None
        schedules = {OFF: self.tr("Off"), DAILY: self.tr("Every day"), WEEKLY: self.tr("Every week")}
        for key, label in schedules.items():
            self.ui.backupSchedule.addItem(label, key)
        if backups is not None:
            self.ui.backupSchedule.setCurrentIndex(max(0, self.ui.backupSchedule.findData(backups.schedule())))
            self.ui.backupKeep.setValue(backups.keep())
        self._show_backup_folder()
        for widget in (
            self.ui.backupFolderLabel,
            self.ui.backupFolder,
            self.ui.backupFolderButton,
            self.ui.backupScheduleLabel,
            self.ui.backupSchedule,
            self.ui.backupKeepLabel,
            self.ui.backupKeep,
            self.ui.backupHint,
        ):
            widget.setVisible(backups is not None)
        self.ui.backupFolderButton.clicked.connect(self._choose_backup_folder)
        self.organisation = organisation
        self._show_organisation()
        self._scroll_when_cramped()
        if not prefs.restore_geometry(self):
            self.resize(self.sizeHint())  # as big as what it shows: the form's own size would leave a blank below
        self.ui.buttonBox.accepted.connect(self.accept)
        look.grow_to_fit(self)  # the backup rows and their hint, whole at any text size
        self.ui.buttonBox.rejected.connect(self.reject)

    def _scroll_when_cramped(self) -> None:
        """The settings scroll (the hint and the buttons stay put) when they need more height than a small
        laptop has: at the office, with the backups and the organisation's settings at the larger text sizes."""
        ui = self.ui
        inner = QWidget(self)
        inner.setObjectName("settingsInner")
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        ui.layout.removeItem(ui.form)
        inner_layout.addLayout(ui.form)
        ui.layout.removeWidget(ui.organisationGroup)
        inner_layout.addWidget(ui.organisationGroup)
        inner_layout.addStretch(1)
        ui.layout.insertWidget(0, VerticalScroll(inner, "settingsScroll", self.tr("Settings"), self), 1)

    def _organisation_fields(self) -> dict[str, QComboBox | QSpinBox]:
        return {
            org_settings.BANK_HOLIDAY_REGION: self.ui.region,
            org_settings.INFORM_WORKING_DAYS: self.ui.informDays,
            org_settings.INFORM_NO_SESSION_WEEKS: self.ui.noSessionWeeks,
            org_settings.RETENTION_YEARS: self.ui.retentionYears,
        }

    def _show_organisation(self) -> None:
        """The organisation's four settings with the values they allow; editable only at the office."""
        service = self.organisation
        self.ui.organisationGroup.setVisible(service is not None)
        if service is None:
            return
        regions = {
            "england_wales": self.tr("England and Wales"),
            "scotland": self.tr("Scotland"),
            "northern_ireland": self.tr("Northern Ireland"),
        }
        for code in org_settings.REGIONS:
            self.ui.region.addItem(regions.get(code, code), code)
        current = service.organisation()
        office = service.at_office()
        for name, field in self._organisation_fields().items():
            declared = org_settings.SETTINGS[name]
            field.setToolTip(i18n._(declared.about))
            if isinstance(field, QSpinBox):
                field.setRange(declared.low, declared.high)
                field.setValue(int(current[name]))
                field.setReadOnly(not office)
                if not office:
                    field.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            else:
                field.setCurrentIndex(max(0, field.findData(current[name])))
                field.setEnabled(office)
        self.ui.organisationHint.setText(
            self.tr("These are the same for every worker. Each laptop takes them from its next bundle.")
            if office
            else self.tr("Set by your office for every worker: this laptop takes them from the office's bundles.")
        )
        # the bottom hint: the form's own words are for a laptop without the organisation's part
        self.ui.hint.setText(
            self.tr(
                "Settings are about how the app looks and behaves on this computer, and the organisation's settings "
                "every worker's laptop takes from the office. No case details are kept in them."
            )
            if office
            else self.tr(
                "Settings are about how the app looks and behaves on this laptop; the organisation's settings are "
                "set by your office. No case details are kept in them."
            )
        )

    def _save_organisation(self) -> bool:
        """Keep the organisation's settings that changed (office only), each through the same check and audit
        as ``settings set``; a value refused is said plainly and the dialog stays open."""
        service = self.organisation
        if service is None or not service.at_office():
            return True
        current = service.organisation()
        try:
            for name, field in self._organisation_fields().items():
                chosen = field.value() if isinstance(field, QSpinBox) else field.currentData()
                if chosen != current[name]:
                    service.set_organisation(name, str(chosen))
        except SafetyWorkerError as exc:
            QMessageBox.warning(self, self.tr("Organisation"), str(exc))
            return False
        return True

    def _show_backup_folder(self) -> None:
        folder = self.backup_folder
        self.ui.backupFolder.setText(str(folder) if folder else "")
        self.ui.backupFolder.setToolTip(str(folder) if folder else "")

    def ask_folder(self) -> Path | None:
        """The folder the worker chooses (tests answer for them: an attribute that is not a bound method, so no
        reference cycle keeps this object for the garbage collector to free on some other thread)."""
        return choose_folder(self, self.tr("Where should backups go?"))

    def _choose_backup_folder(self) -> None:
        chosen = self.ask_folder()
        if chosen is not None:
            self.backup_folder = chosen
            self._show_backup_folder()

    def _save_backups(self) -> bool:
        """Keep the backup settings; a folder that cannot be used (inside the caseload's folder, gone) is said
        plainly and the dialog stays open."""
        backups = self.backups
        if backups is None:
            return True
        try:
            if self.backup_folder != backups.folder():
                backups.set_folder(self.backup_folder)
            schedule = self.ui.backupSchedule.currentData()
            if schedule != backups.schedule():
                backups.set_schedule(schedule)
            if self.ui.backupKeep.value() != backups.keep():
                backups.set_keep(self.ui.backupKeep.value())
        except SafetyWorkerError as exc:
            QMessageBox.warning(self, self.tr("Backups"), str(exc))
            return False
        if schedule != OFF and self.backup_folder is None:
            QMessageBox.information(
                self, self.tr("Backups"), self.tr("Choose a folder too: automatic backups need somewhere to go.")
            )
            return False
        return True

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
        if not self._save_backups() or not self._save_organisation():
            return
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
