"""The fields of one contact log entry: when, how, which number, what happened, a note, the reason when it
was outside the safe times, and the time spent and support given (issue 19). Used for a new entry and, in a
dialog, for a correction.

"Left a message" is offered only for a phone call to a number whose record allows voicemail: the default is
never to leave one.

For an outcome that reached the person (spoke, visit done) the form proposes the planned contact it completes:
the earliest due by the day of the entry; the worker may pick another, or "None of these". For an attempt that
did not reach the person the choice is hidden: it completes nothing (services/contacts.py).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from safetyworker.records.model import PHONE_KINDS
from safetyworker.services.contacts import SUCCESSFUL_OUTCOMES
from safetyworker.timetable import planner
from safetyworker.ui.forms.ui_log_entry_form import Ui_LogEntryForm
from safetyworker.ui.narrow import FoldGrid
from safetyworker.ui.record_text import (
    contact_kinds,
    date_input,
    day_text,
    log_channels,
    log_outcomes,
    method_kinds,
    qdatetime,
    typed_moment,
)
from safetyworker.ui.support_widgets import SupportKindsButton

_MESSAGE = "left_message"


class LogEntryForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LogEntryForm()
        self.ui.setupUi(self)
        date_input(self.ui.when)
        # "when" is typed and shown on the store's clock, never the laptop's (a UTC laptop's is an hour behind
        # London's in summer); the contact log sets the zone from the session
        self.timezone = "Europe/London"
        self._methods: list[dict] = []
        self._planned: list[dict] = []
        for key, text in log_channels().items():
            self.ui.channel.addItem(text, key)
        self.ui.methodWarning.setWordWrap(True)  # a long warning wraps rather than widening the record
        self.ui.grid.setColumnStretch(1, 1)
        self.ui.grid.setColumnStretch(3, 1)
        # a problem with the reason (the core's InvalidInput "override_reason"), shown just under that field
        self.overrideError = QLabel(self)
        self.overrideError.setObjectName("overrideError")
        self.overrideError.setProperty("role", "error")
        self.overrideError.setWordWrap(True)
        self.overrideError.hide()
        self.ui.grid.addWidget(self.overrideError, 5, 1, 1, 3)
        # two columns, not four, where narrow (Larger text, 1366); one, a label above its field, where narrower still
        self.fold = FoldGrid(self, self.ui.grid, one_column=True)
        self.ui.overrideReason.textEdited.connect(lambda _t: self.clear_problem())
        self.ui.channel.currentIndexChanged.connect(self._channel_changed)
        self.ui.method.currentIndexChanged.connect(self._method_changed)
        self.ui.outcome.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.ui.outcome.currentIndexChanged.connect(lambda _i: self._fill_fulfils())
        self.ui.when.dateChanged.connect(lambda _d: self._fill_fulfils())
        self.changed.connect(self.clear_problem)
        self.support = SupportKindsButton(self.ui.supportButton)
        self.reset()

    # -- a problem the core found, shown at its field ----------------------------------------------------------
    def show_problem(self, field: str, message: str) -> bool:
        """Show ``message`` at the field it is about; False when this form has no such field."""
        text = message[:1].upper() + message[1:]
        if field == "contact_method_id":
            self.ui.methodWarning.setText(text if text.endswith(".") else text + ".")
            self.ui.methodWarning.show()
            return True
        if field != "override_reason":
            return False
        self.overrideError.setText(text if text.endswith(".") else text + ".")
        self.overrideError.show()
        self._mark(True)
        self.ui.overrideReason.setFocus()
        return True

    def clear_problem(self) -> None:
        if self.overrideError.isVisible() or self.ui.overrideReason.property("invalid"):
            self.overrideError.hide()
            self.overrideError.clear()
            self._mark(False)

    def _mark(self, invalid: bool) -> None:
        field = self.ui.overrideReason
        field.setProperty("invalid", invalid)
        field.style().unpolish(field)
        field.style().polish(field)

    # -- the case's phone numbers -----------------------------------------------------------------------------
    def set_methods(self, methods: list[dict]) -> None:
        """The case's saved contact methods (``ContactMethod.to_json()`` form, with ids)."""
        self._methods = [m for m in methods if m.get("kind") in PHONE_KINDS and m.get("id")]
        self._fill_methods()

    def _fill_methods(self) -> None:
        combo = self.ui.method
        combo.blockSignals(True)
        combo.clear()
        kinds = method_kinds()
        for method in self._methods:
            number = method.get("display") or method["value"]
            combo.addItem(f"{kinds.get(method['kind'], method['kind'])}  {number}", method["id"])
        combo.setCurrentIndex(self._default_method_row())
        combo.blockSignals(False)
        self._channel_changed()

    def _chosen_method(self) -> dict | None:
        method_id = self.ui.method.currentData()
        return next((m for m in self._methods if m["id"] == method_id), None)

    # -- the planned contact it completes ---------------------------------------------------------------------
    def set_planned(self, rows: list[dict]) -> None:
        """The case's open planned contacts (``ContactService.proposals``: ``id``, ``kind``, ``due``)."""
        self._planned = [dict(r) for r in rows]
        self._fill_fulfils()

    def _day(self) -> date:
        return self.ui.when.date().toPython()

    def _fill_fulfils(self) -> None:
        combo = self.ui.fulfils
        shown = self.ui.outcome.currentData() in SUCCESSFUL_OUTCOMES and bool(self._planned)
        self.ui.fulfilsLabel.setVisible(shown)
        combo.setVisible(shown)
        combo.blockSignals(True)
        combo.clear()
        day = self._day().isoformat()
        kinds = contact_kinds()
        proposed = -1
        for row in sorted(self._planned, key=lambda r: (r["due"], r["id"])):
            due = day_text(row["due"])
            if row["due"] <= day:
                text = self.tr("{kind}, due {date}").format(kind=kinds.get(row["kind"], row["kind"]), date=due)
                if proposed < 0:
                    proposed = combo.count()
            else:
                text = self.tr("{kind}, not due until {date}").format(
                    kind=kinds.get(row["kind"], row["kind"]), date=due
                )
            combo.addItem(text, row["id"])
        combo.addItem(self.tr("None of these"), None)
        combo.setCurrentIndex(proposed if proposed >= 0 else combo.count() - 1)
        combo.blockSignals(False)

    def fulfils(self) -> str | None:
        """The planned contact chosen (None: none, or the outcome completes nothing)."""
        if self.ui.outcome.currentData() not in SUCCESSFUL_OUTCOMES or not self._planned:
            return None
        return self.ui.fulfils.currentData()

    # -- reacting -------------------------------------------------------------------------------------------
    def _uses_phone(self) -> bool:
        return self.ui.channel.currentData() in ("phone", "text")

    def _channel_changed(self) -> None:
        uses_phone = self._uses_phone() and bool(self._methods)
        self.ui.methodLabel.setVisible(uses_phone)
        self.ui.method.setVisible(uses_phone)
        if uses_phone:  # a call offers the number safe to call first, a text the number safe to text
            self.ui.method.blockSignals(True)
            self.ui.method.setCurrentIndex(self._default_method_row())
            self.ui.method.blockSignals(False)
        self._method_changed()

    def _default_method_row(self) -> int:
        key = "safe_to_text" if self.ui.channel.currentData() == "text" else "safe_to_call"
        for row, method in enumerate(self._methods):
            if method.get(key):
                return row
        return 0 if self._methods else -1

    def _method_changed(self) -> None:
        method = self._chosen_method() if self._uses_phone() else None
        channel = self.ui.channel.currentData()
        warning = ""
        if self._uses_phone() and not self._methods:
            warning = self.tr("This case has no phone number yet: add it to the case first, then log the contact.")
        elif method is not None and channel == "phone" and not method.get("safe_to_call"):
            warning = self.tr("This number is marked not safe to call: say below why it was called.")
        elif method is not None and channel == "text" and not method.get("safe_to_text"):
            warning = self.tr("This number is marked not safe to text: say below why it was texted.")
        self.ui.methodWarning.setText(warning)
        self.ui.methodWarning.setVisible(bool(warning))
        self._fill_outcomes(
            allow_message=channel == "phone" and method is not None and bool(method.get("voicemail_allowed"))
        )
        self._fill_fulfils()
        self.changed.emit()

    def _fill_outcomes(self, allow_message: bool) -> None:
        combo = self.ui.outcome
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key, text in log_outcomes().items():
            if key == _MESSAGE and not allow_message:
                continue
            combo.addItem(text, key)
        index = combo.findData(previous)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def offered_outcomes(self) -> list[str]:
        return [self.ui.outcome.itemData(i) for i in range(self.ui.outcome.count())]

    # -- in and out ----------------------------------------------------------------------------------------
    def reset(self) -> None:
        """Ready for the next entry: now, a phone call, nothing written."""
        ui = self.ui
        ui.when.setDateTime(qdatetime(planner.local_now(self)))
        ui.channel.setCurrentIndex(0)
        ui.method.setCurrentIndex(self._default_method_row())
        ui.note.setText("")
        ui.overrideReason.setText("")
        ui.incident.setChecked(False)
        ui.minutes.setValue(0)
        ui.travelMinutes.setValue(0)
        self.support.set_kinds([])
        self._channel_changed()
        ui.outcome.setCurrentIndex(0)
        self.clear_problem()

    def clear(self) -> None:
        self._methods = []
        self._planned = []
        self._fill_methods()
        self.reset()

    def set_entry(self, entry: dict) -> None:
        """Fill in from a log entry as ``CaseService.show`` gives it (``at`` in UTC)."""
        ui = self.ui
        at = planner.local_now(self, datetime.fromisoformat(entry["at"].replace("Z", "+00:00")))
        ui.when.setDateTime(qdatetime(at))
        ui.channel.setCurrentIndex(max(ui.channel.findData(entry.get("channel")), 0))
        self._channel_changed()
        row = ui.method.findData(entry.get("contact_method_id"))
        if row >= 0:  # the number the entry names (a correction keeps it unless changed)
            ui.method.setCurrentIndex(row)
        if entry.get("outcome") == _MESSAGE and ui.outcome.findData(_MESSAGE) < 0:
            ui.outcome.addItem(log_outcomes()[_MESSAGE], _MESSAGE)  # what was recorded stays choosable
        ui.outcome.setCurrentIndex(max(ui.outcome.findData(entry.get("outcome")), 0))
        ui.note.setText(entry.get("note", ""))
        ui.overrideReason.setText(entry.get("override_reason", ""))
        ui.minutes.setValue(entry.get("minutes") or 0)
        ui.travelMinutes.setValue(entry.get("travel_minutes") or 0)
        self.support.set_kinds(entry.get("support") or [])

    def entry(self) -> dict:
        """Keyword arguments for ``CaseService.append_log`` (``at`` as an aware UTC time)."""
        ui = self.ui
        method = self._chosen_method() if self._uses_phone() else None
        return {
            "at": typed_moment(ui.when, self.timezone),
            "channel": ui.channel.currentData(),
            "outcome": ui.outcome.currentData(),
            "note": ui.note.text().strip(),
            "override_reason": ui.overrideReason.text().strip(),
            "contact_method_id": method["id"] if method else None,
            "fulfils": self.fulfils(),
            "incident": ui.incident.isChecked(),
            # 0 is shown as "Not recorded": an entry written in a hurry does not claim no time was spent
            "minutes": ui.minutes.value() or None,
            "travel_minutes": ui.travelMinutes.value() or None,
            "support": self.support.kinds(),
        }

    def has_writing(self) -> bool:
        """Something was typed into the entry (a note or a reason) that has not been added yet."""
        return bool(self.ui.note.text().strip() or self.ui.overrideReason.text().strip())

    def problem(self) -> str:
        """What stops this entry being added, in plain words ('' when nothing does)."""
        if self.ui.when.dateTime().toPython() > planner.local_now(self) + timedelta(minutes=5):
            return self.tr("The time is in the future. Log a contact once it has happened.")
        return ""
