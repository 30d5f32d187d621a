"""The Visits view (lone working, docs/lone-working.md): the day's visits with their back-in-touch times.

On a laptop it is the worker's plan for the day: plan a visit (the case's safety flags first), mark back safe,
log the visit, save the visit sheet for the office. At the office it is the welfare list: every worker's
visits, overdue ones first, said in words and highlighted, for the person who makes the welfare call; the
office can mark a worker back safe when they ring in.

``now`` is the moment "overdue" is judged at (None: the real clock); tests set it. The view reads the visits
afresh when shown, when a bundle changed cases, and every minute, so a visit turns overdue on screen.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.session import Session
from safetyworker.services.visits import Visit, overdue_line
from safetyworker.ui import look
from safetyworker.ui.forms.ui_visits import Ui_VisitsWidget
from safetyworker.ui.pdf_save import save_pdf
from safetyworker.ui.record_text import date_input, qdate
from safetyworker.ui.remembered_dialog import dispose, run_dialog
from safetyworker.ui.visit_dialog import PlanVisitDialog
from safetyworker.ui.visits_model import VisitsFilter, VisitsModel


class VisitsWidget(QWidget):
    # a visit was planned or marked back safe (the caseload may show it)
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitsWidget()
        self.ui.setupUi(self)
        date_input(self.ui.dayEdit)
        self.session = session
        self.office = session.role == "office"
        self.zone = ZoneInfo(session.timezone)
        # the moment the view is for (aware); None means the real clock. Tests set it.
        self.now: datetime | None = None
        # the case open in the record when the view was shown: the one a new visit is for, at first
        self.case_id: str | None = None
        self.model = VisitsModel(self)
        self.model.office = self.office
        self.proxy = VisitsFilter(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.visitTable
        table.setModel(self.proxy)
        table.setSortingEnabled(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(32)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VisitsModel.WHERE, QHeaderView.ResizeMode.Stretch)
        table.setColumnHidden(VisitsModel.WORKER, not self.office)
        table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.ui.intro.setText(
            self.tr(
                "Every worker's visits. A visit whose back-in-touch time has passed without a 'back safe' is "
                "overdue: it is shown first, in red. Ring the worker."
            )
            if self.office
            else self.tr(
                "Plan each visit before you leave, then make a bundle for the office (Sync) or save the visit "
                "sheet for them. Mark yourself back safe when you are."
            )
        )
        self.ui.planButton.setVisible(not self.office)
        self.ui.logButton.setVisible(not self.office)
        self.ui.sheetButton.setVisible(not self.office)
        self.ui.dayEdit.setDate(qdate(self._today()))
        self.ui.dayEdit.dateChanged.connect(lambda _d: self.refresh())
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.planButton.clicked.connect(self.plan)
        self.ui.backButton.clicked.connect(self.back_safe)
        self.ui.logButton.clicked.connect(self.log_visit)
        self.ui.sheetButton.clicked.connect(self.save_sheet)
        look.say(self.ui.messageLabel, "")
        self.ui.overdueLabel.hide()
        self._held = ""  # why nothing is planned, logged or read afresh just now (a bundle is imported), or ""
        self._tips = {b: b.toolTip() for b in self._held_controls()}
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(60_000)
        self._update_buttons()

    # -- time ----------------------------------------------------------------------------------------
    def _now(self) -> datetime:
        return self.now or datetime.now(UTC)

    def _today(self) -> date:
        return self._now().astimezone(self.zone).date()

    def day(self) -> date:
        d = self.ui.dayEdit.date()
        return date(d.year(), d.month(), d.day())

    def show_day(self, day: date) -> None:
        self.ui.dayEdit.setDate(qdate(day))  # refreshes when it changes
        self.refresh()

    def _tick(self) -> None:
        if self.isVisible() and not self._held:
            self.refresh()

    # -- while a bundle is imported --------------------------------------------------------------------
    def _held_controls(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (ui.planButton, ui.backButton, ui.logButton, ui.sheetButton, ui.refreshButton, ui.dayEdit)

    def hold(self, reason: str) -> None:
        """``reason``: a bundle is being imported, so nothing here is planned, marked, logged or read afresh
        until ``hold("")`` (each would wait for the import's hold on the store with the window frozen). The
        list stays on screen and the reason is said above it; "" gives it all back and reads the list afresh."""
        was = self._held
        self._held = reason
        for control, tip in self._tips.items():
            control.setToolTip(reason or tip)
        self.ui.dayEdit.setEnabled(not reason)
        self.ui.refreshButton.setEnabled(not reason)
        if reason:
            look.say(self.ui.messageLabel, reason)
        elif was and self.ui.messageLabel.text() == was:
            look.say(self.ui.messageLabel, "")
        self._update_buttons()
        if was and not reason and self.isVisible():
            self.refresh()

    @property
    def held(self) -> bool:
        return bool(self._held)

    # -- reading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self.session.visits
        if service is None:  # locked
            self.clear()
            return
        if self._held:  # read again when the import has ended (hold(""))
            return
        selected = self.selected()
        visits = service.day(self.day(), self._now())
        self.model.set_visits(visits, self.zone)
        self.proxy.sort(0)
        overdue = sum(1 for v in visits if v.overdue)
        # the office: whom to ring; the worker's own laptop: what to do (mark back safe, or 999 / the office)
        self.ui.overdueLabel.setText(overdue_line(visits, self.office))
        self.ui.overdueLabel.setVisible(bool(overdue))
        if not visits:
            look.say(self.ui.messageLabel, self.tr("No visits planned for this day."))
        elif self.ui.messageLabel.text() == self.tr("No visits planned for this day."):
            look.say(self.ui.messageLabel, "")
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def clear(self) -> None:
        """Take every visit off the view (the app is locking)."""
        self.model.clear()
        self.ui.overdueLabel.hide()
        look.say(self.ui.messageLabel, "")

    def selected(self) -> Visit | None:
        rows = self.ui.visitTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.visit(self.proxy.mapToSource(rows[0]).row())

    def select(self, visit_id: str) -> None:
        row = self.proxy.row_of(visit_id)
        if row is None:
            return
        self.ui.visitTable.selectionModel().select(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.visitTable.setCurrentIndex(self.proxy.index(row, 0))

    def _update_buttons(self) -> None:
        visit = self.selected()
        free = not self._held
        self.ui.planButton.setEnabled(free)
        self.ui.backButton.setEnabled(free and visit is not None and visit.back_at is None)
        self.ui.logButton.setEnabled(free and visit is not None and visit.log_id is None)
        self.ui.sheetButton.setEnabled(free and self.model.rowCount() > 0)

    # -- actions -------------------------------------------------------------------------------------
    def plan(self) -> Visit | None:
        if self._held:
            return None
        dialog = PlanVisitDialog(self.session, self.case_id, self._now(), self)
        try:
            if not run_dialog(dialog) or not shiboken6.isValid(dialog) or dialog.saved is None:
                return None
            saved = dialog.saved
        finally:
            dispose(dialog)
        day = datetime.fromisoformat(saved.at.replace("Z", "+00:00")).astimezone(self.zone).date()
        self.show_day(day)
        self.select(saved.id)
        look.say(
            self.ui.messageLabel,
            self.tr("Planned. Make a bundle for the office before you leave, or save the visit sheet for them."),
        )
        self.changed.emit()
        return saved

    def back_safe(self) -> None:
        visit = self.selected()
        service = self.session.visits
        if visit is None or service is None or self._held:
            return
        try:
            done = service.back(visit.id, now=self._now())
        except SafetyWorkerError as exc:
            look.say(self.ui.messageLabel, str(getattr(exc, "problem", exc)), True)
            return
        self.refresh()
        self.select(done.id)
        look.say(self.ui.messageLabel, self.tr("Marked back safe. Thank you."))
        self.changed.emit()

    def log_visit(self) -> None:
        visit = self.selected()
        service = self.session.visits
        if visit is None or service is None or self._held:
            return
        try:
            service.log(visit.id)
        except SafetyWorkerError as exc:
            look.say(self.ui.messageLabel, str(getattr(exc, "problem", exc)), True)
            return
        self.refresh()
        look.say(
            self.ui.messageLabel,
            self.tr("The visit is in the case's contact log: open the case to add what happened."),
        )
        self.changed.emit()

    def save_sheet(self, path: Path | None = None) -> bool:
        """The visit sheet as a PDF, never over a file unless the save dialog asked, never in a store folder."""
        service = self.session.visits
        if service is None or self._held:
            return False
        day, now = self.day(), self._now()
        return save_pdf(
            self,
            self.ui.messageLabel,
            path,
            title=self.tr("Save the visit sheet as a PDF"),
            suggested=self.tr("visits.pdf"),
            make=lambda: service.sheet(day, now),
            saved=self.tr("Saved as {name}. Print it for the office."),
        )
