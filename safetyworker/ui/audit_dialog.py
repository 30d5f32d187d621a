"""The Audit view: the trail's events, whether it is intact, and a CSV copy for an investigation (docs/audit.md).

A laptop shows its own trail; the office its own and each worker's laptop trail as their bundles brought it.
Reading a trail is itself recorded (``audit.list``), once per trail shown: the record and date fields filter
what was read, without reading again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.records.dates import typed_date
from safetyworker.services.session import Session
from safetyworker.ui.audit_model import DETAIL, RECORD, SEQ, WHAT, WHEN, AuditFilter, AuditModel
from safetyworker.ui.forms.ui_audit_dialog import Ui_AuditDialog
from safetyworker.ui.remembered_dialog import RememberedDialog
from safetyworker.ui.save_dialog import choose_save_path

# A record number's letters (a ULID): the Record column is as wide as one.
RECORD_LETTERS = 26
RECORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class AuditDialog(RememberedDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self.session = session
        self.model = AuditModel(session.timezone, self)
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # Nothing scrolls sideways at 1366 px: the number, the time and the words of "What" are whole; a record
        # number gets the room of one (a longer one is shortened in its middle, whole in its tooltip); the detail
        # takes what is left. The chosen event is shown in full under the table.
        for column, mode in (
            (SEQ, QHeaderView.ResizeMode.ResizeToContents),
            (WHEN, QHeaderView.ResizeMode.ResizeToContents),
            (WHAT, QHeaderView.ResizeMode.ResizeToContents),
            (RECORD, QHeaderView.ResizeMode.Fixed),
            (DETAIL, QHeaderView.ResizeMode.Stretch),
        ):
            header.setSectionResizeMode(column, mode)
        letter = table.fontMetrics().horizontalAdvance(RECORD_ALPHABET) / len(RECORD_ALPHABET)
        header.resizeSection(RECORD, round(letter * RECORD_LETTERS * 1.15) + 24)
        table.sortByColumn(SEQ, Qt.SortOrder.DescendingOrder)  # the newest first
        table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_details())

        audit = session.unlocked(session.audit)
        self._trails = audit.trails()
        for trail in self._trails:
            self.ui.trail.addItem(trail.name + (" ⚠" if trail.problem else ""), trail.id)
        office = session.role == "office"
        self.ui.trail.setVisible(office)
        self.ui.trailLabel.setVisible(office)
        self.ui.trail.currentIndexChanged.connect(lambda _i: self.load())
        self.ui.caseFilter.textChanged.connect(self._filter)
        self.ui.since.textChanged.connect(self._filter)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.exportButton.clicked.connect(self.choose_export)
        self.ui.closeButton.clicked.connect(self.accept)
        self.restore_geometry()
        self.load()

    # -- what is shown -----------------------------------------------------------------------------------------
    def trail_id(self) -> str:
        return str(self.ui.trail.currentData() or "")

    def load(self) -> None:
        audit = self.session.audit
        if audit is None:
            self.forget()
            return
        self.model.set_events(audit.events(trail=self.trail_id()))
        self._filter()
        self.verify()

    def verify(self) -> None:
        audit = self.session.audit
        if audit is None:
            return
        doc = audit.verify(self.trail_id())
        if doc["intact"]:
            self.ui.verdict.setProperty("role", "safe")
            self.ui.verdict.setText(
                self.tr(
                    "Intact: %n event(s), each linked to the one before, and none missing from the end.",
                    "",
                    doc["events"],
                )
            )
        else:
            # whole sentences: the core's message is one already (it names the event where there is one)
            problem = doc["problem"] or {}
            self.ui.verdict.setProperty("role", "warning")
            self.ui.verdict.setText(
                self.tr("NOT intact. {problem} Keep a copy (Save as CSV) and report it.").format(
                    problem=problem.get("message", "")
                )
            )
        self.ui.verdict.style().unpolish(self.ui.verdict)
        self.ui.verdict.style().polish(self.ui.verdict)

    def _show_details(self) -> None:
        """The chosen event in full: its words, its code, the whole record number and detail (the table may
        shorten them)."""
        index = self.ui.table.currentIndex()
        if not index.isValid():
            self.ui.details.setText(self.tr("Choose an event to read it in full here."))
            return
        row = self.proxy.mapToSource(index).row()
        event = self.model.event_at(row)
        when = self.model.index(row, WHEN).data()
        lines = [
            self.tr("{what}, {when} (event {seq}, code {code})").format(
                what=event["meaning"], when=when, seq=self.model.index(row, SEQ).data(), code=event["action"]
            )
        ]
        if event["target_id"] and event.get("record") not in (None, "", event["target_id"]):
            # a worker, named in the table: the whole id here
            lines.append(
                self.tr("Worker: {name} (record {record})").format(name=event["record"], record=event["target_id"])
            )
        elif event["target_id"]:
            lines.append(self.tr("Record: {record}").format(record=event["target_id"]))
        if event["detail"]:
            lines.append(self.tr("Detail: {detail}").format(detail=event["detail"]))
        self.ui.details.setText("\n".join(lines))

    def _since(self) -> str | None:
        try:
            return typed_date(self.ui.since.text(), "since")
        except InvalidInput:
            return None

    def _filter(self) -> None:
        text = self.ui.since.text().strip()
        day = self._since()
        self.ui.since.setProperty("invalid", bool(text) and day is None)
        self.ui.since.style().unpolish(self.ui.since)
        self.ui.since.style().polish(self.ui.since)
        self.proxy.set_record(self.ui.caseFilter.text())
        self.proxy.set_since(day)
        self.ui.shown.setText(
            self.tr("%n event(s) shown", "", self.proxy.rowCount())
            if self.proxy.rowCount() == self.model.rowCount()
            else self.tr("{shown} of {all} events shown").format(shown=self.proxy.rowCount(), all=self.model.rowCount())
        )
        self.ui.exportButton.setEnabled(self.proxy.rowCount() > 0)
        self._show_details()

    # -- CSV -------------------------------------------------------------------------------------------------------
    def choose_export(self) -> None:
        chosen = choose_save_path(
            self, self.tr("Save the audit trail as CSV"), self.tr("CSV files (*.csv)"), "csv", "audit-trail.csv"
        )
        if chosen is not None:
            self.export_to(chosen, force=True)  # the save dialog asked before replacing a file

    def export_to(self, path: Path, force: bool = False) -> Path | None:
        audit = self.session.audit
        if audit is None:
            return None
        try:
            written, n = audit.export_csv(
                path,
                force=force,
                case_id=self.ui.caseFilter.text().strip().upper() or None,
                since=self._since(),
                trail=self.trail_id(),
            )
        except (SafetyWorkerError, OSError) as exc:
            self.ui.shown.setText(str(exc))
            return None
        self.ui.shown.setText(self.tr("Saved %n event(s) in {file}.", "", n).format(file=written.name))
        return written

    def forget(self) -> None:
        """Drop what is shown (the app is locking)."""
        self.model.clear()
        self.ui.verdict.clear()
        self.ui.details.clear()
