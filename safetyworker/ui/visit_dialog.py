"""Planning a visit (lone working, docs/lone-working.md): the case's safety flags first, then where and when.

"At their home address" can be chosen only when the case's address is marked safe to visit; otherwise it is
greyed out and the flags say why, and the visit is somewhere neutral. The back-in-touch time follows the end
of the visit plus the travel back (until the worker changes it themselves). The rules are the service's
(``VisitService.plan``): what it refuses is shown under the form, and nothing is saved.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.session import Session
from safetyworker.services.visits import Visit
from safetyworker.ui import look
from safetyworker.ui.forms.ui_visit_dialog import Ui_PlanVisitDialog
from safetyworker.ui.record_text import date_input
from safetyworker.ui.remembered_dialog import RememberedDialog

# a first back-in-touch time: the end of the visit, the travel back, and a little time to ring in
MARGIN = timedelta(minutes=15)


def _qt(moment: datetime, zone: ZoneInfo) -> QDateTime:
    local = moment.astimezone(zone)
    return QDateTime.fromString(local.strftime("%Y-%m-%dT%H:%M:00"), "yyyy-MM-ddTHH:mm:ss")


def _py(value: QDateTime, zone: ZoneInfo) -> datetime:
    return datetime.fromisoformat(value.toString("yyyy-MM-ddTHH:mm:00")).replace(tzinfo=zone)


class PlanVisitDialog(RememberedDialog):
    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(
        self, session: Session, case_id: str | None = None, now: datetime | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanVisitDialog()
        self.ui.setupUi(self)
        date_input(self.ui.start, self.ui.backBy)
        self.session = session
        self.visits = session.unlocked(session.visits)
        self.zone = ZoneInfo(session.timezone)
        self.saved: Visit | None = None
        self._back_touched = False
        now = now or datetime.now(UTC)
        # the next quarter hour, an hour from now: a visit is planned before leaving
        start = (now + timedelta(hours=1)).replace(second=0, microsecond=0)
        start -= timedelta(minutes=start.minute % 15)
        for edit in (self.ui.start, self.ui.backBy):
            edit.setTimeZone(QTimeZone(self.zone.key.encode()))
        self.ui.start.setDateTime(_qt(start, self.zone))
        self._follow()

        cases = session.unlocked(session.cases).search()
        for case in sorted(cases, key=lambda c: c.preferred_name.casefold()):
            self.ui.caseBox.addItem(case.preferred_name, case.id)
        if case_id is not None:
            index = self.ui.caseBox.findData(case_id)
            if index >= 0:
                self.ui.caseBox.setCurrentIndex(index)
        self.ui.caseBox.currentIndexChanged.connect(self._case_changed)
        self.ui.start.dateTimeChanged.connect(self._follow)
        self.ui.minutes.valueChanged.connect(self._follow)
        self.ui.travel.valueChanged.connect(self._follow)
        self.ui.backBy.dateTimeChanged.connect(self._back_changed)
        self.ui.atNeutral.toggled.connect(self._where_changed)
        self.ui.place.textChanged.connect(lambda _t: look.say(self.ui.errorLabel, ""))
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Plan the visit"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        look.say(self.ui.errorLabel, "")
        self._case_changed()
        self.restore_geometry()

    def case_id(self) -> str | None:
        data = self.ui.caseBox.currentData()
        return str(data) if data else None

    def _case_changed(self, *_args: object) -> None:
        case_id = self.case_id()
        look.say(self.ui.errorLabel, "")
        if case_id is None:
            self.ui.flags.setText(self.tr("Choose a case."))
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        day = _py(self.ui.start.dateTime(), self.zone).date()
        flags = self.visits.flags(case_id, day)
        self.ui.flags.setText("\n".join(f"• {f.text}" for f in flags))
        unsafe = any(f.stop for f in flags)
        self.ui.atHome.setEnabled(not unsafe)
        self.ui.atHome.setToolTip(self.tr("The address is not marked safe to visit") if unsafe else "")
        if unsafe:
            self.ui.atNeutral.setChecked(True)
        self._where_changed()

    def _where_changed(self, *_args: object) -> None:
        self.ui.place.setEnabled(self.ui.atNeutral.isChecked())

    def _follow(self, *_args: object) -> None:
        """The back-in-touch time follows the visit until the worker sets it themselves."""
        if self._back_touched:
            return
        start = _py(self.ui.start.dateTime(), self.zone)
        back = start + timedelta(minutes=self.ui.minutes.value() + self.ui.travel.value()) + MARGIN
        self.ui.backBy.blockSignals(True)
        self.ui.backBy.setDateTime(_qt(back, self.zone))
        self.ui.backBy.blockSignals(False)

    def _back_changed(self, *_args: object) -> None:
        self._back_touched = True
        look.say(self.ui.errorLabel, "")

    def accept(self) -> None:
        case_id = self.case_id()
        if case_id is None:
            return
        place = self.ui.place.text().strip() if self.ui.atNeutral.isChecked() else None
        if self.ui.atNeutral.isChecked() and not place:
            look.say(self.ui.errorLabel, self.tr("Say where you will meet."), True)
            self.ui.place.setFocus()
            return
        try:
            self.saved = self.visits.plan(
                case_id,
                at=_py(self.ui.start.dateTime(), self.zone),
                minutes=self.ui.minutes.value(),
                travel_minutes=self.ui.travel.value(),
                back_by=_py(self.ui.backBy.dateTime(), self.zone),
                place=place,
            )
        except SafetyWorkerError as exc:
            names = {
                "at": self.tr("Starts"),
                "minutes": self.tr("Lasts"),
                "travel_minutes": self.tr("Travel"),
                "back_by": self.tr("Back in touch by"),
                "where": self.tr("Where"),
            }
            field = names.get(getattr(exc, "field", ""), "")
            problem = str(getattr(exc, "problem", exc))
            look.say(self.ui.errorLabel, f"{field}: {problem}" if field else problem, True)
            return
        super().accept()
