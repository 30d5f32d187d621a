"""The contact log and the notes of a case: append-only, newest first.

Entries are written straight away (they are not part of Save) and never changed: "Correct…" adds a new entry
that names the one it corrects, and the old one is shown as corrected.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.records.support import kind_labels
from safetyworker.services.session import Session
from safetyworker.ui.directory_dialog import DirectoryDialog
from safetyworker.ui.forms.ui_contact_log import Ui_ContactLog
from safetyworker.ui.forms.ui_log_correction_dialog import Ui_LogCorrectionDialog
from safetyworker.ui.forms.ui_note_dialog import Ui_NoteDialog
from safetyworker.ui.forms.ui_notes import Ui_Notes
from safetyworker.ui.log_entry_form import LogEntryForm
from safetyworker.ui.narrow import StackWhenNarrow
from safetyworker.ui.record_text import log_channels, log_outcomes, when_text
from safetyworker.ui.remembered_dialog import RememberedDialog, dispose, run_dialog
from safetyworker.ui.support_widgets import SupportEntryDialog, hours_text, summary_text

_ID = Qt.ItemDataRole.UserRole
_CORRECTED = QColor("#8a94a0")


def _when(stamp: str, session: Session | None) -> str:
    """A stored UTC time to read on the store's clock (its zone from the session), never the laptop's."""
    zone = session.timezone if session is not None else "Europe/London"
    return when_text(datetime.fromisoformat(stamp.replace("Z", "+00:00")), zone)


class LogCorrectionDialog(RememberedDialog):
    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(
        self,
        parent: QWidget | None,
        methods: list[dict],
        entry: dict,
        planned: list[dict] | None = None,
        timezone: str = "Europe/London",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LogCorrectionDialog()
        self.ui.setupUi(self)
        self.ui.entryForm.timezone = timezone  # the entry's time shown and read back on the store's clock
        self.ui.entryForm.set_methods(methods)
        self.ui.entryForm.set_planned(planned or [])
        self.ui.entryForm.set_entry(entry)
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.restore_geometry()

    def accept(self) -> None:
        problem = self.ui.entryForm.problem()
        if problem:
            self.ui.errorLabel.setText(problem)
            self.ui.errorLabel.show()
            return
        super().accept()


class NoteDialog(RememberedDialog):
    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(self, parent: QWidget | None, text: str) -> None:
        super().__init__(parent)
        self.ui = Ui_NoteDialog()
        self.ui.setupUi(self)
        self.ui.text.setPlainText(text)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        ok = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Ok)
        self.ui.text.textChanged.connect(lambda: ok.setEnabled(bool(self.ui.text.toPlainText().strip())))
        self.restore_geometry()


class _WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text needs (Qt's own size hint does not know the column's width)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        width = self.view.columnWidth(index.column()) - 12
        text = str(index.data() or "")
        if width <= 0 or not text:
            return base
        box = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(base.width(), max(base.height(), box.height() + 12))


class ContactLogPanel(QWidget):
    """The log: an area to add an entry, and the entries, newest first."""

    # case id, after an entry was added (the record reloads the history)
    appended = Signal(str)
    # case id, after a service from the directory was added to its safety plan
    plan_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactLog()
        self.ui.setupUi(self)
        self._session: Session | None = None
        self._case_id: str | None = None
        self._methods: list[dict] = []
        self._log: list[dict] = []
        # where the person lives (their locality), to search the directory near it
        self.case_place = ""
        ui = self.ui
        header = ui.logTree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        ui.logTree.setColumnWidth(0, 180)
        ui.logTree.setColumnWidth(1, 110)
        ui.logTree.setColumnWidth(2, 240)
        # a long note wraps onto more lines instead of being cut to "…" (the chosen entry also shows in full below)
        ui.logTree.setWordWrap(True)
        ui.logTree.setUniformRowHeights(False)
        ui.logTree.setTextElideMode(Qt.TextElideMode.ElideNone)
        ui.logTree.setItemDelegate(_WrapDelegate(ui.logTree))
        header.sectionResized.connect(lambda *_a: ui.logTree.doItemsLayout())
        ui.logTree.setMinimumHeight(150)  # a few entries in view even on a short screen (the tab scrolls)
        # Larger text on a 1366 laptop: the buttons go under the heading, and one above the other if they must
        # (side by side they made the log 106 px wider than the record has room for)
        self.headerFits = [StackWhenNarrow(self, row) for row in (ui.logHeader, ui.logButtons)]
        ui.addError.hide()
        ui.entryDetail.hide()
        ui.addEntry.clicked.connect(self.add_entry)
        ui.recordSupport.clicked.connect(self.record_support)
        ui.findService.clicked.connect(self.find_service)
        ui.correctEntry.clicked.connect(self.correct_entry)
        ui.logTree.currentItemChanged.connect(lambda *_a: self._selection_changed())
        ui.logTree.itemDoubleClicked.connect(lambda *_a: self.correct_entry())
        ui.entryForm.changed.connect(ui.addError.hide)
        self._held = ""  # why support and the directory wait (a bundle is being imported), or ""
        self._tips = {b: b.toolTip() for b in (ui.recordSupport, ui.findService)}
        self._update_buttons()

    # -- in and out ----------------------------------------------------------------------------------------
    def bind(self, session: Session) -> None:
        self._session = session
        self.ui.entryForm.timezone = session.timezone

    def set_case(self, case_id: str | None, methods: list[dict], log: list[dict]) -> None:
        self._case_id = case_id
        self._methods = [dict(m) for m in methods]
        self.ui.entryForm.set_methods(self._methods)
        self.ui.entryForm.reset()
        self.refresh_planned()
        self.show_log(log)

    def _proposals(self, corrects_id: str | None = None) -> list[dict]:
        """The open planned contacts an entry could complete (read, not a view of its own: not audited)."""
        if self._case_id is None or self._session is None or self._session.contacts is None:
            return []
        return self._session.contacts.proposals(self._case_id, datetime.now(UTC), corrects_id)

    def refresh_planned(self) -> None:
        """Offer the case's open planned contacts in the form (after an entry, a cancel or a new one)."""
        self.ui.entryForm.set_planned(self._proposals())

    def show_log(self, log: list[dict]) -> None:
        self._log = list(log)
        self._fill_log()
        self._selection_changed()
        self.refresh_support()

    def refresh_support(self) -> None:
        """The case's time and support given (this month, since the referral), above the log."""
        support = self._session.support if self._session is not None else None
        if self._case_id is None or support is None:
            self.ui.supportSummary.setText("")
            return
        try:
            self.ui.supportSummary.setText(summary_text(support.summary(self._case_id)))
        except SafetyWorkerError:
            self.ui.supportSummary.setText("")

    def clear(self) -> None:
        self._case_id = None
        self._methods = []
        self._log = []
        self.ui.entryForm.clear()
        self.ui.entryForm.set_planned([])
        self.ui.logTree.clear()
        self.ui.entryDetail.setText("")
        self.ui.entryDetail.hide()
        self.ui.addError.setText("")
        self.ui.addError.hide()
        self.ui.supportSummary.setText("")
        self._update_buttons()

    def entries(self) -> list[dict]:
        return list(self._log)

    # -- showing -------------------------------------------------------------------------------------------
    def _describe(self, entry: dict, corrected: set[str]) -> tuple[str, str]:
        """What happened, and the note (with the reason when it was outside the call plan: outside the safe times,
        or to a number not marked safe to call or text)."""
        what = log_outcomes().get(entry["outcome"], entry["outcome"])
        if entry.get("corrects_id"):
            what = self.tr("Correction: {what}").format(what=what)
        if entry["id"] in corrected:
            what = self.tr("{what} (corrected)").format(what=what)
        note = entry.get("note") or ""
        if entry.get("override_reason"):
            reason = self.tr("Outside the call plan: {reason}").format(reason=entry["override_reason"])
            note = f"{reason}. {note}" if note else reason
        return what, note

    def _fill_log(self) -> None:
        tree = self.ui.logTree
        tree.clear()
        channels = log_channels()
        corrected = {e["corrects_id"] for e in self._log if e.get("corrects_id")}
        for entry in reversed(self._log):
            what, note = self._describe(entry, corrected)
            item = QTreeWidgetItem(
                [_when(entry["at"], self._session), channels.get(entry["channel"], entry["channel"]), what, note]
            )
            item.setData(0, _ID, entry["id"])
            item.setToolTip(3, note)
            item.setSizeHint(0, QSize(0, 28))
            if entry["id"] in corrected:
                for column in range(4):
                    font = QFont(tree.font())
                    font.setStrikeOut(column != 2)
                    font.setItalic(True)
                    item.setFont(column, font)
                    item.setForeground(column, _CORRECTED)
            tree.addTopLevelItem(item)
        if not self._log:
            item = QTreeWidgetItem(["", "", self.tr("Nothing logged yet."), ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)

    def _selection_changed(self) -> None:
        entry = self._selected_entry()
        detail = ""
        if entry is not None:
            corrected = {e["corrects_id"] for e in self._log if e.get("corrects_id")}
            what, note = self._describe(entry, corrected)
            channel = log_channels().get(entry["channel"], entry["channel"])
            detail = f"{_when(entry['at'], self._session)} · {channel} · {what}"
            work = []
            if entry.get("minutes"):
                work.append(hours_text(entry["minutes"]))
            if entry.get("travel_minutes"):
                work.append(self.tr("travel {time}").format(time=hours_text(entry["travel_minutes"])))
            if entry.get("support"):
                work.append(kind_labels(entry["support"]))
            if work:
                detail += " · " + ", ".join(work)
            if note:
                detail += f"\n{note}"
        self.ui.entryDetail.setText(detail)
        self.ui.entryDetail.setVisible(bool(detail))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_case = self._case_id is not None
        self.ui.addEntry.setEnabled(has_case)
        self.ui.recordSupport.setEnabled(has_case and not self._held)
        self.ui.findService.setEnabled(has_case and not self._held)
        entry = self._selected_entry()
        corrected = {e["corrects_id"] for e in self._log if e.get("corrects_id")}
        self.ui.correctEntry.setEnabled(has_case and entry is not None and entry["id"] not in corrected)

    def _selected_entry(self) -> dict | None:
        item = self.ui.logTree.currentItem()
        entry_id = item.data(0, _ID) if item is not None else None
        return next((e for e in self._log if e["id"] == entry_id), None)

    def select_entry(self, entry_id: str) -> None:
        tree = self.ui.logTree
        for i in range(tree.topLevelItemCount()):
            if tree.topLevelItem(i).data(0, _ID) == entry_id:
                tree.setCurrentItem(tree.topLevelItem(i))
                return

    # -- adding --------------------------------------------------------------------------------------------
    def _append(self, form: LogEntryForm | None = None, **entry) -> str | None:
        """Add the entry; a problem is shown at its field in ``form`` when it has one, else above the form."""
        if self._case_id is None or self._session is None or self._session.cases is None:
            return None
        try:
            entry_id = self._session.cases.append_log(self._case_id, **entry)
        except InvalidInput as exc:
            if form is None or not form.show_problem(exc.field, exc.problem):
                self.ui.addError.setText(exc.problem)
                self.ui.addError.show()
            return None
        except SafetyWorkerError as exc:
            self.ui.addError.setText(str(getattr(exc, "problem", exc)))
            self.ui.addError.show()
            return None
        self.refresh_planned()
        self.appended.emit(self._case_id)
        return entry_id

    def has_draft(self) -> bool:
        """An entry is being written (a note or reason typed) and has not been added to the log."""
        return self._case_id is not None and self.ui.entryForm.has_writing()

    def discard_draft(self) -> None:
        self.ui.entryForm.reset()

    def add_entry(self) -> bool:
        """Add the entry in the form; False (with the problem shown) when it was not added."""
        form = self.ui.entryForm
        problem = form.problem()
        if problem:
            self.ui.addError.setText(problem)
            self.ui.addError.show()
            return False
        if self._append(form, **form.entry()) is None:
            return False
        form.reset()
        return True

    def hold(self, reason: str) -> None:
        """While a bundle is imported, support work and the directory wait (``reason`` says so on the buttons;
        "" gives them back): each reads or writes the store on the window's thread, which would freeze the
        window until the import is done. A log entry is only ever added and is kept open (docs/store.md)."""
        self._held = reason
        for button, tip in self._tips.items():
            button.setToolTip(reason or tip)
        self._update_buttons()

    def record_support(self) -> None:
        """Work done without the person: asked for in a dialog, kept by the support service."""
        support = self._session.support if self._session is not None else None
        if self._case_id is None or support is None or self._held:
            return
        dialog = SupportEntryDialog(self, self.ui.entryForm.timezone)
        try:
            while run_dialog(dialog):
                try:
                    support.add(self._case_id, **dialog.entry())
                except SafetyWorkerError as exc:
                    dialog.show_problem(str(getattr(exc, "problem", exc)))
                    continue
                self.refresh_support()
                break
        finally:
            dispose(dialog)

    def find_service(self) -> None:
        """The services directory, searching near the case's place."""
        if self._case_id is None or self._session is None or self._held:
            return
        dialog = DirectoryDialog(self, self._session, self._case_id, self.case_place)
        try:
            run_dialog(dialog)
            if dialog.added:
                self.plan_changed.emit(self._case_id)
        finally:
            dispose(dialog)

    def correct_entry(self) -> None:
        entry = self._selected_entry()
        if entry is None or self._case_id is None:
            return
        dialog = LogCorrectionDialog(
            self, self._methods, entry, self._proposals(entry["id"]), timezone=self.ui.entryForm.timezone
        )
        try:
            if run_dialog(dialog):
                new_id = self._append(**dialog.ui.entryForm.entry(), corrects_id=entry["id"])
                if new_id is not None:
                    self.select_entry(new_id)
        finally:
            dispose(dialog)


class NotesPanel(QWidget):
    """Notes about the case: add one, and read them newest first."""

    # case id, after a note was added
    appended = Signal(str)
    # case id, after a service from the directory was added to its safety plan
    plan_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Notes()
        self.ui.setupUi(self)
        self._session: Session | None = None
        self._case_id: str | None = None
        self._notes: list[dict] = []
        self.ui.addNote.clicked.connect(self.add_note)
        self.ui.correctNote.clicked.connect(self.correct_note)
        self.ui.notesList.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.ui.notesList.itemDoubleClicked.connect(lambda _i: self.correct_note())
        self.ui.newNote.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def bind(self, session: Session) -> None:
        self._session = session

    def set_case(self, case_id: str | None, notes: list[dict]) -> None:
        self._case_id = case_id
        self.ui.newNote.setPlainText("")
        self.show_notes(notes)

    def show_notes(self, notes: list[dict]) -> None:
        self._notes = list(notes)
        lst = self.ui.notesList
        lst.clear()
        corrected = {n["corrects_id"] for n in self._notes if n.get("corrects_id")}
        for note in reversed(self._notes):
            heading = _when(note["at"], self._session)
            if note.get("corrects_id"):
                heading = self.tr("{when} · correction").format(when=heading)
            if note["id"] in corrected:
                heading = self.tr("{when} · corrected").format(when=heading)
            item = QListWidgetItem(f"{heading}\n{note['text']}")
            item.setData(_ID, note["id"])
            if note["id"] in corrected:
                font = QFont(lst.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(_CORRECTED)
            lst.addItem(item)
        if not self._notes:
            item = QListWidgetItem(self.tr("No notes yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            lst.addItem(item)
        self._update_buttons()

    def clear(self) -> None:
        self._case_id = None
        self._notes = []
        self.ui.notesList.clear()
        self.ui.newNote.setPlainText("")
        self._update_buttons()

    def _selected_note(self) -> dict | None:
        item = self.ui.notesList.currentItem()
        note_id = item.data(_ID) if item is not None else None
        return next((n for n in self._notes if n["id"] == note_id), None)

    def _update_buttons(self) -> None:
        ui = self.ui
        has_case = self._case_id is not None
        ui.addNote.setEnabled(has_case and bool(ui.newNote.toPlainText().strip()))
        note = self._selected_note()
        corrected = {n["corrects_id"] for n in self._notes if n.get("corrects_id")}
        ui.correctNote.setEnabled(has_case and note is not None and note["id"] not in corrected)

    def _append(self, text: str, corrects_id: str | None = None) -> bool:
        if self._case_id is None or self._session is None or self._session.cases is None:
            return False
        self._session.cases.append_note(self._case_id, text, corrects_id=corrects_id)
        self.appended.emit(self._case_id)
        return True

    def add_note(self) -> None:
        text = self.ui.newNote.toPlainText().strip()
        if text and self._append(text):
            self.ui.newNote.setPlainText("")

    def correct_note(self) -> None:
        note = self._selected_note()
        if note is None or self._case_id is None:
            return
        dialog = NoteDialog(self, note["text"])
        try:
            if run_dialog(dialog):
                text = dialog.ui.text.toPlainText().strip()
                if text:
                    self._append(text, corrects_id=note["id"])
        finally:
            dispose(dialog)
