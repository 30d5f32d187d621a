"""The Today view, shown first after unlock: who can be called now, later today, what is overdue, releases and
reviews coming up (``services.agenda``). Built from the store each time ``refresh()`` runs.

The agenda is worked out off the GUI thread (over a large caseload it takes a moment): the view says so at
once and shows the result when it comes; a result that arrives after the app locked is dropped."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safetyworker.protocol.call_safety import describe_moment
from safetyworker.services.session import Session
from safetyworker.ui.call_card_dialog import CallCardDialog
from safetyworker.ui.forms.ui_today import Ui_TodayWidget
from safetyworker.ui.record_text import contact_kinds, day_text, when_text
from safetyworker.ui.remembered_dialog import dispose, run_dialog
from safetyworker.ui.worker import Worker

# how far ahead releases and reviews are shown
DAYS_AHEAD = 42


class TodayWidget(QWidget):
    # a case id: the worker chose a case to open in the record
    open_case = Signal(str)
    # the view shows a fresh agenda (``data``)
    refreshed = Signal()
    # the worker asked for the day's visits (lone working)
    show_visits = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayWidget()
        self.ui.setupUi(self)
        self.session = session
        # the moment the view is for (aware); None means the real clock. Tests set it.
        self.now: datetime | None = None
        self.data: dict = {}
        self._asked = 0  # agendas asked for; only the newest is shown
        self._answered = 0
        self._worker = Worker(self)
        self._worker.finished.connect(self._worked_out)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.visitsButton.clicked.connect(self.show_visits)

    def _now(self) -> datetime:
        return self.now or datetime.now(UTC)

    # -- building ----------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Take every case off the view (the app is locking); an agenda still being worked out is dropped."""
        self._answered = self._asked = self._asked + 1
        self._clear_sections()
        self.ui.dateLabel.clear()
        self.ui.refreshButton.setEnabled(True)

    def _clear_sections(self) -> None:
        self.data = {}
        layout = self.ui.sectionsLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    @property
    def busy(self) -> bool:
        """An agenda is being worked out."""
        return self._asked != self._answered

    def refresh(self) -> None:
        """Work the agenda out afresh, off the GUI thread; ``refreshed`` when it is shown."""
        service = self.session.agenda
        if service is None:
            return
        self._asked += 1
        asked, at = self._asked, self._now()
        self.ui.dateLabel.setText(self.tr("Working out today's calls…"))
        self.ui.refreshButton.setEnabled(False)

        def work() -> tuple[int, datetime, dict | None]:
            try:
                return asked, at, service.agenda(at, DAYS_AHEAD)
            except Exception:  # the app locked meanwhile, or a fault: the view says it could not be done
                return asked, at, None

        self._worker.run(work)

    def _worked_out(self, result: tuple[int, datetime, dict | None]) -> None:
        asked, at, data = result
        del result
        if asked != self._asked or self.session.locked:  # a newer one is coming, or the app locked
            return
        self._answered = asked
        self.ui.refreshButton.setEnabled(True)
        self._clear_sections()
        if data is None:
            self.ui.dateLabel.setText(self.tr("Today's calls could not be worked out. Try Refresh."))
        else:
            self._show(at, data)
        self.refreshed.emit()

    def _show(self, at: datetime, data: dict) -> None:
        zone = ZoneInfo(self.session.timezone)
        self.data = data
        today = date.fromisoformat(self.data["today"])
        self.ui.dateLabel.setText(when_text(at.astimezone(zone)))

        def clock(stamp: str | None) -> str:
            return describe_moment(datetime.fromisoformat(stamp).astimezone(zone), today) if stamp else ""

        layout = self.ui.sectionsLayout
        rows = [
            (
                e,
                self.tr("{number} · safe until {end}").format(
                    number=e["number_display"] or "", end=clock(e["window_end"])
                ),
                True,
            )
            for e in self.data["calls_now"]
        ]
        self._section("callsNow", self.tr("Calls you can make now"), rows, self.tr("No calls to make right now"))
        rows = [
            (
                e,
                self.tr("Safe from {start} to {end}").format(
                    start=clock(e["window_start"]), end=clock(e["window_end"])
                ),
                False,
            )
            for e in self.data["later_today"]
        ]
        self._section("laterToday", self.tr("Later today"), rows, self.tr("Nothing later today"))
        rows = [
            (e, self.tr("No safe time left today · next: {start}").format(start=clock(e["window_start"])), False)
            if e.get("window_start")
            else (e, self.tr("No safe time agreed to call"), False)
            for e in self.data.get("due_no_safe_time_today", [])
        ]
        if rows:  # shown only when there is something: a due contact that cannot be made by phone today
            self._section("noSafeTime", self.tr("Due, but no safe time to call today"), rows, "")
        rows = [(e, self._overdue_text(e), False) for e in self.data["overdue"]]
        self._section("overdue", self.tr("Overdue"), rows, self.tr("Nothing overdue"))
        rows = [(e, self._release_text(e), False) for e in self.data["releases"]]
        self._section("releases", self.tr("Releases coming up"), rows, self.tr("No releases in the next six weeks"))
        rows = [(e, self._review_text(e), False) for e in self.data["reviews"]]
        self._section("reviews", self.tr("Reviews due"), rows, self.tr("No reviews due"))
        rows = [(e, self._action_text(e), False) for e in self.data.get("actions", [])]
        self._section("actions", self.tr("Actions to pass on"), rows, self.tr("No open actions from sharing"))
        layout.addStretch(1)
        # Tab goes from Refresh through the names and call cards in the order they are read (new buttons would
        # otherwise join the focus chain after everything else in the window, out of Tab's reach)
        previous: QWidget = self.ui.refreshButton
        for button in self.ui.sectionsHost.findChildren(QPushButton):
            QWidget.setTabOrder(previous, button)
            previous = button

    def _overdue_text(self, entry: dict) -> str:
        days = entry["days_overdue"]
        late = self.tr("%n day(s) overdue", "", days)
        return f"{self._what(entry)} · {late}"

    def _review_text(self, entry: dict) -> str:
        return self.tr("{what} · due {date}").format(what=self._what(entry), date=day_text(entry["due"]))

    def _what(self, entry: dict) -> str:
        """Which contact it is; for a review, whose: the risk assessment's, the safety plan's, or one planned by
        hand (an overdue risk review must not read as any other review)."""
        if entry["kind"] == "review":
            named = {"risk": self.tr("Risk assessment review"), "plan": self.tr("Safety plan review")}
            return named.get(entry.get("source", ""), self._kind(entry["kind"]))
        return self._kind(entry["kind"])

    def _release_text(self, entry: dict) -> str:
        days = entry["days_until"]
        if days == 0:
            return self.tr("Release today ({date})").format(date=day_text(entry["release_date"]))
        return self.tr("Release in %n day(s) ({date})", "", days).format(date=day_text(entry["release_date"]))

    def _action_text(self, entry: dict) -> str:
        """What to pass on, to whom, who does it (when not this worker) and when it is due or how late it is."""
        parts = [" ".join(entry["what"].split())]
        if entry.get("to"):
            parts.append(self.tr("to {to}").format(to=entry["to"]))
        if entry.get("owner_contact_id") or (self.session.role == "office" and entry.get("owner")):
            parts.append(self.tr("by {owner}").format(owner=entry["owner"] or self.tr("the office")))
        if entry.get("overdue"):
            parts.append(self.tr("overdue by %n working day(s)", "", entry["days_late"]))
        else:
            parts.append(self.tr("due {date}").format(date=day_text(entry["due_on"])))
        return " · ".join(parts)

    def _kind(self, kind: str) -> str:
        return contact_kinds().get(kind, kind)

    def _section(self, name: str, title: str, rows: list[tuple[dict, str, bool]], empty: str) -> None:
        frame = QFrame(self.ui.sectionsHost)
        frame.setObjectName(name)
        frame.setProperty("role", "card")
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 8, 14, 10)
        box.setSpacing(4)
        heading = QLabel(title, frame)
        heading.setProperty("role", "section")
        box.addWidget(heading)
        if not rows:
            hint = QLabel(empty, frame)
            hint.setProperty("role", "hint")
            box.addWidget(hint)
        for entry, detail, with_card in rows:
            line = QHBoxLayout()
            name_button = QPushButton(entry["preferred_name"], frame)
            name_button.setFlat(True)
            name_button.setCursor(Qt.CursorShape.PointingHandCursor)
            name_button.setToolTip(self.tr("Open this case"))
            name_button.setProperty("case_id", entry["case_id"])
            name_button.clicked.connect(lambda _c=False, cid=entry["case_id"]: self.open_case.emit(cid))
            line.addWidget(name_button)
            text = QLabel(detail, frame)
            if "what" in entry:  # an action: its words may be long; they wrap rather than widen Today
                text.setWordWrap(True)
            if entry.get("overdue"):  # an action past its working-day deadline: red, and the words say so too
                text.setProperty("role", "error")
            line.addWidget(text, 1)
            if with_card:
                card = QPushButton(self.tr("Call card…"), frame)
                card.setProperty("primary", True)
                card.setProperty("case_id", entry["case_id"])
                # a screen reader hears whose card it is, not the same "Call card…" on every line
                card.setAccessibleName(self.tr("Call card for {name}").format(name=entry["preferred_name"]))
                card.clicked.connect(lambda _c=False, cid=entry["case_id"]: self.show_call_card(cid))
                line.addWidget(card)
            box.addLayout(line)
            for note in self._tell(entry):
                # what the person must be told (an inform contact's note), under the name, where it is seen
                told = QLabel(note, frame)
                told.setProperty("role", "warning")
                told.setWordWrap(True)
                told.setAccessibleName(self.tr("What to tell {name}").format(name=entry["preferred_name"]))
                box.addWidget(told)
        self.ui.sectionsLayout.addWidget(frame)

    @staticmethod
    def _tell(entry: dict) -> list[str]:
        """The notes of the inform contacts of a row (a call's contacts, or one overdue contact)."""
        contacts = entry.get("contacts", [entry])
        return [c["note"] for c in contacts if c.get("kind") == "inform" and c.get("note")]

    def section_texts(self, name: str) -> list[str]:
        """The texts shown in one section (for tests and for reading out). The section is looked for in the
        layout, not among the host's children: a refresh's old sections stay children until Qt deletes them
        later, and findChild could read one of them (the list before a call was logged)."""
        layout = self.ui.sectionsLayout
        shown = (layout.itemAt(i).widget() for i in range(layout.count()))
        frame = next((w for w in shown if isinstance(w, QFrame) and w.objectName() == name), None)
        if frame is None:
            return []
        return [w.text() for w in frame.children() if isinstance(w, (QLabel, QPushButton))]

    # -- the call card -----------------------------------------------------------------------------------
    def call_card(self, case_id: str) -> CallCardDialog:
        return CallCardDialog(self.session, case_id, self, now=self.now)

    def show_call_card(self, case_id: str) -> None:
        dialog = self.call_card(case_id)
        try:
            run_dialog(dialog)
        finally:
            dispose(dialog)
