"""One service in the directory, added or changed in the desktop (issue 19): every field of an entry, saved
through the same ``DirectoryService.add``/``update`` the command line uses, so the same rules (records/directory.py)
and the same rights (a laptop changes only its own worker's entries) hold. A problem is shown under its field and
nothing is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.records import phone
from safetyworker.records.directory_words import SERVES
from safetyworker.services.session import Session
from safetyworker.timetable import planner
from safetyworker.ui.field_errors import FieldErrors
from safetyworker.ui.forms.ui_directory_entry_dialog import Ui_DirectoryEntryDialog
from safetyworker.ui.record_text import date_input, qdate
from safetyworker.ui.remembered_dialog import RememberedDialog
from safetyworker.ui.support_widgets import SupportKinds, TickBoxes, tr


def _split(text: str) -> list[str]:
    """A list typed with ; (or new lines) between its parts, as in the directory spreadsheet."""
    return [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]


class DirectoryEntryDialog(RememberedDialog):
    """Add a service (``entry`` None) or change one (``entry``: its document from ``DirectoryService``).
    ``entry_id`` is the saved entry's id once accepted."""

    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(self, parent: QWidget | None, session: Session, entry: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DirectoryEntryDialog()
        self.ui.setupUi(self)
        date_input(self.ui.checked)
        self._session = session
        self.entry_id: str | None = entry["id"] if entry else None
        self.errors = FieldErrors()
        ui = self.ui
        self.kinds = SupportKinds(ui.kindsBox)
        self.serves = TickBoxes(ui.servesBox, SERVES, "serves", lambda label: tr("For: {who}").format(who=label))
        ui.hasChecked.toggled.connect(ui.checked.setEnabled)
        ui.checkedToday.clicked.connect(self._checked_today)
        ui.checked.setMaximumDate(self._today())
        ui.errorLabel.hide()
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        if entry is None:
            self.setWindowTitle(self.tr("Add a service to the directory"))
            self.serves.set_chosen(["any"])
            self._set_checked(None)
        else:
            self.setWindowTitle(self.tr("Change {name}").format(name=entry["name"]))
            self._fill(entry)
        if session.role == "office":
            ui.intro.setText(self.tr("The office's list: every laptop gets the change with its next sync."))
        else:
            ui.intro.setText(
                self.tr(
                    "A service you add here is yours: it goes to the office with your next sync, and only you or "
                    "the office change it."
                )
            )
        ui.name.setFocus()
        self.restore_geometry()

    # -- the form ------------------------------------------------------------------------------------------
    def _fill(self, e: dict[str, Any]) -> None:
        ui = self.ui
        ui.name.setText(e["name"])
        self.kinds.set_kinds(e["kinds"])
        self.serves.set_chosen(e["serves"])
        ui.areas.setText("; ".join(e["areas"]))
        ui.outreach.setChecked(bool(e["outreach"]))
        ui.welshLanguage.setChecked(bool(e["welsh_language"]))
        ui.hours.setText(e["hours"])
        ui.phone.setText(phone.display(e["phone"]) if e["phone"] else "")
        ui.email.setText(e["email"])
        ui.languages.setText("; ".join(e["languages"]))
        ui.referral.setPlainText(e["referral"])
        self._set_checked(e["checked"])

    def _set_checked(self, iso: str | None) -> None:
        ui = self.ui
        ui.hasChecked.setChecked(iso is not None)
        ui.checked.setEnabled(iso is not None)
        ui.checked.setDate(QDate.fromString(iso, "yyyy-MM-dd") if iso else self._today())

    def _today(self) -> QDate:
        """The store's today (planner.local_today), never the laptop's date."""
        return qdate(planner.local_today(self._session))

    def _checked_today(self) -> None:
        self._set_checked(self._today().toString("yyyy-MM-dd"))

    def data(self) -> dict[str, Any]:
        """The entry as the JSON of docs/interchange.md (what ``directory add FILE`` reads)."""
        ui = self.ui
        return {
            "name": ui.name.text(),
            "kinds": self.kinds.kinds(),
            "serves": self.serves.chosen(),
            "areas": _split(ui.areas.text()),
            "outreach": ui.outreach.isChecked(),
            "hours": ui.hours.text(),
            "phone": ui.phone.text(),
            "email": ui.email.text().strip(),
            "languages": _split(ui.languages.text()),
            "welsh_language": ui.welshLanguage.isChecked(),
            "referral": ui.referral.toPlainText(),
            "checked": ui.checked.date().toString("yyyy-MM-dd") if ui.hasChecked.isChecked() else None,
        }

    def _widget_for(self, field: str) -> QWidget:
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "name": ui.name,
            "kinds": ui.kindsBox,
            "serves": ui.servesBox,
            "areas": ui.areas,
            "hours": ui.hours,
            "phone": ui.phone,
            "email": ui.email,
            "languages": ui.languages,
            "referral": ui.referral,
            "checked": ui.checked,
        }
        return widgets.get(field.split("[")[0].split(".")[0], ui.name)

    # -- saving --------------------------------------------------------------------------------------------
    def accept(self) -> None:
        service = self._session.directory
        if service is None:
            return
        self.errors.clear()
        self.ui.errorLabel.hide()
        try:
            if self.entry_id is None:
                self.entry_id = service.add(self.data())
            else:
                service.update(self.entry_id, self.data())
        except SafetyWorkerError as exc:
            message = str(getattr(exc, "problem", exc))
            message = message[:1].upper() + message[1:]
            field = getattr(exc, "field", "")
            if field:
                widget = self._widget_for(field)
                self.errors.show(widget, message)
                widget.setFocus()
            else:
                self.ui.errorLabel.setText(message)
                self.ui.errorLabel.show()
            return
        super().accept()
