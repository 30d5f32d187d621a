"""One way of getting in touch, edited: the number, the phone-safety rules and the safe times.

It holds one contact method in the interchange format (``ContactMethod.to_json()``) and gives it back with
``method()``. The safe defaults are the core's: no voicemail, our number withheld, not safe to text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFormLayout, QListWidget, QListWidgetItem, QWidget

from safetyworker.records.model import DAYS, PHONE_KINDS
from safetyworker.timetable import planner
from safetyworker.ui.clipboard import copy_sensitive
from safetyworker.ui.field_errors import FieldErrors
from safetyworker.ui.forms.ui_contact_method import Ui_ContactMethod
from safetyworker.ui.narrow import FoldGrid, StackWhenNarrow
from safetyworker.ui.record_text import method_kinds
from safetyworker.ui.remembered_dialog import dispose, run_dialog
from safetyworker.ui.safe_windows import (
    PeriodDialog,
    SafeWindowDialog,
    describe_period,
    describe_window,
    period_is_over,
)

_TEXT_FIELDS = ("ask_for", "who_else_may_answer", "if_someone_else_answers", "code_word", "notes")
_LIST_PATH = re.compile(r"(safe_windows|one_off_windows|blackout_windows)\[(\d+)\]")


def empty_method(kind: str = "mobile") -> dict:
    """A new method with the safe defaults."""
    return {
        "kind": kind,
        "value": "",
        "safe_to_call": kind in PHONE_KINDS,
        "safe_to_text": False,
        "voicemail_allowed": False,
        "withhold_number": True,
        "ask_for": "",
        "who_else_may_answer": "",
        "if_someone_else_answers": "",
        "code_word": "",
        "safe_windows": [],
        "one_off_windows": [],
        "blackout_windows": [],
        "notes": "",
    }


class ContactMethodEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactMethod()
        self.ui.setupUi(self)
        # Larger text on a 1366 laptop: the ticks one under another, and the labels above their fields
        self.flagsFit = FoldGrid(self.ui.protocolCard, self.ui.flagsGrid, columns=2)
        self.ui.protocolForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.periodsFit = StackWhenNarrow(self, self.ui.periodsRow)  # the two cards of dates one above the other
        self._loading = False
        self._id: str | None = None
        self._weekly: list[dict] = []
        self._one_off: list[dict] = []
        self._blackout: list[dict] = []
        self.errors = FieldErrors()
        for key, text in method_kinds().items():
            self.ui.kind.addItem(text, key)
        ui = self.ui
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        for box in (ui.safeToCall, ui.safeToText, ui.voicemailAllowed, ui.withholdNumber):
            box.toggled.connect(self._flags_changed)
        for edit in (ui.value, ui.askFor, ui.whoElse, ui.codeWord):
            edit.textChanged.connect(self._edited)
        for edit in (ui.ifSomeoneElse, ui.notes):
            edit.textChanged.connect(self._edited)
        ui.copyNumber.clicked.connect(self._copy_number)
        ui.addWindow.clicked.connect(lambda: self.add_window())
        ui.editWindow.clicked.connect(self._edit_selected_window)
        ui.removeWindow.clicked.connect(self._remove_window)
        ui.windowsList.currentRowChanged.connect(self._window_selected)
        ui.windowsList.itemDoubleClicked.connect(lambda _item: self._edit_selected_window())
        ui.weekGrid.window_clicked.connect(ui.windowsList.setCurrentRow)
        ui.weekGrid.window_activated.connect(self._edit_window)
        ui.weekGrid.empty_activated.connect(self._add_at)
        ui.addOneOff.clicked.connect(self._add_one_off)
        ui.removeOneOff.clicked.connect(lambda: self._remove_period(self._one_off, ui.oneOffList))
        ui.addBlackout.clicked.connect(self._add_blackout)
        ui.removeBlackout.clicked.connect(lambda: self._remove_period(self._blackout, ui.blackoutList))
        ui.oneOffList.currentRowChanged.connect(lambda _r: self._update_buttons())
        ui.blackoutList.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.set_method(empty_method())

    # -- the store's zone ------------------------------------------------------------------------------------
    @property
    def timezone(self) -> str:
        """The store's zone: the week grid's "now", whether a period is over and a new period's first hour are
        read on its clock, never the laptop's. The case record sets it from the session."""
        return self.ui.weekGrid.timezone

    @timezone.setter
    def timezone(self, zone: str) -> None:
        self.ui.weekGrid.timezone = zone
        self.ui.weekGrid.update()
        self._fill_periods()

    # -- in and out ----------------------------------------------------------------------------------------
    def set_method(self, method: dict) -> None:
        self._loading = True
        try:
            self.errors.clear()
            ui = self.ui
            self._id = method.get("id")
            kind = method.get("kind", "mobile")
            ui.kind.setCurrentIndex(max(ui.kind.findData(kind), 0))
            is_phone = kind in PHONE_KINDS
            ui.value.setText(method.get("value", ""))
            ui.safeToCall.setChecked(bool(method.get("safe_to_call", is_phone)))
            ui.safeToText.setChecked(bool(method.get("safe_to_text", False)))
            ui.voicemailAllowed.setChecked(bool(method.get("voicemail_allowed", False)))
            ui.withholdNumber.setChecked(bool(method.get("withhold_number", True)))
            ui.askFor.setText(method.get("ask_for", ""))
            ui.whoElse.setText(method.get("who_else_may_answer", ""))
            ui.ifSomeoneElse.setPlainText(method.get("if_someone_else_answers", ""))
            ui.codeWord.setText(method.get("code_word", ""))
            ui.notes.setPlainText(method.get("notes", ""))
            self._weekly = [dict(w) for w in method.get("safe_windows", [])]
            self._one_off = [dict(p) for p in method.get("one_off_windows", [])]
            self._blackout = [dict(p) for p in method.get("blackout_windows", [])]
            self._fill_windows()
            self._fill_periods()
            self._apply_kind()
        finally:
            self._loading = False

    def method(self) -> dict:
        ui = self.ui
        doc = {
            "kind": ui.kind.currentData(),
            "value": ui.value.text().strip(),
            "safe_to_call": ui.safeToCall.isChecked(),
            "safe_to_text": ui.safeToText.isChecked(),
            "voicemail_allowed": ui.voicemailAllowed.isChecked(),
            "withhold_number": ui.withholdNumber.isChecked(),
            "ask_for": ui.askFor.text().strip(),
            "who_else_may_answer": ui.whoElse.text().strip(),
            "if_someone_else_answers": ui.ifSomeoneElse.toPlainText().strip(),
            "code_word": ui.codeWord.text().strip(),
            "safe_windows": [dict(w) for w in self._weekly],
            "one_off_windows": [dict(p) for p in self._one_off],
            "blackout_windows": [dict(p) for p in self._blackout],
            "notes": ui.notes.toPlainText().strip(),
        }
        if self._id:
            doc = {"id": self._id, **doc}
        return doc

    def clear(self) -> None:
        """Forget the method shown (after a lock nothing may remain, not even in undo history)."""
        self.set_method(empty_method())
        self.ui.weekGrid.set_selected(-1)

    # -- errors --------------------------------------------------------------------------------------------
    def show_error(self, rest: str, message: str) -> None:
        """Show a problem with ``rest`` (the part of the path after ``contact_methods[i].``)."""
        ui = self.ui
        match = _LIST_PATH.match(rest)
        if match:
            which, index = match.group(1), int(match.group(2))
            target = {"safe_windows": ui.windowsList, "one_off_windows": ui.oneOffList}.get(which, ui.blackoutList)
            target.setCurrentRow(index)
            self.errors.show(target, message)
            target.setFocus()
            return
        widgets = {
            "kind": ui.kind,
            "value": ui.value,
            "safe_to_call": ui.safeToCall,
            "safe_to_text": ui.safeToText,
            "voicemail_allowed": ui.voicemailAllowed,
            "withhold_number": ui.withholdNumber,
            "ask_for": ui.askFor,
            "who_else_may_answer": ui.whoElse,
            "if_someone_else_answers": ui.ifSomeoneElse,
            "code_word": ui.codeWord,
            "notes": ui.notes,
        }
        widget = widgets.get(rest.split(".")[0].split("[")[0], ui.value)
        self.errors.show(widget, message)
        widget.setFocus()

    def field_name(self, rest: str) -> str:
        """Plain words for a path inside a method, for the message at the top of the record."""
        match = _LIST_PATH.match(rest)
        if match:
            return {
                "safe_windows": self.tr("Safe times each week"),
                "one_off_windows": self.tr("One-off safe times"),
                "blackout_windows": self.tr("Do not call"),
            }[match.group(1)]
        if rest.startswith("value"):
            return self.ui.valueLabel.text()
        return ""

    # -- reacting --------------------------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _kind_changed(self) -> None:
        if self._loading:
            return
        kind = self.ui.kind.currentData()
        if kind not in PHONE_KINDS:
            self.ui.safeToCall.setChecked(False)
            self.ui.safeToText.setChecked(False)
        self._apply_kind()
        self.changed.emit()

    def _flags_changed(self) -> None:
        self._apply_flags()
        self._edited()

    def _apply_kind(self) -> None:
        ui = self.ui
        kind = ui.kind.currentData()
        is_phone = kind in PHONE_KINDS
        ui.protocolCard.setVisible(is_phone)
        ui.copyNumber.setVisible(is_phone)
        ui.valueLabel.setText(
            {
                "mobile": self.tr("Number"),
                "landline": self.tr("Number"),
                "email": self.tr("Email address"),
                "post": self.tr("Postal address"),
                "visit": self.tr("Where to meet"),
            }.get(kind, self.tr("Details"))
        )
        ui.value.setPlaceholderText(
            {
                "mobile": self.tr("For example 07700 900123"),
                "landline": self.tr("For example 01632 960123"),
                "visit": self.tr("A neutral place, for example the library meeting room"),
            }.get(kind, "")
        )
        ui.timesHeading.setText(self.tr("Safe times each week") if is_phone else self.tr("Good times each week"))
        self._apply_flags()

    def _apply_flags(self) -> None:
        ui = self.ui
        is_phone = ui.kind.currentData() in PHONE_KINDS
        ui.neverCallLabel.setVisible(is_phone and not ui.safeToCall.isChecked())
        ui.neverMessageLabel.setVisible(is_phone and not ui.voicemailAllowed.isChecked())
        ui.numberShownLabel.setVisible(is_phone and not ui.withholdNumber.isChecked())

    def _copy_number(self) -> None:
        number = self.ui.value.text().strip()
        if number:
            copy_sensitive(number)

    # -- weekly safe times --------------------------------------------------------------------------------
    def _fill_windows(self, select: int = -1) -> None:
        lst = self.ui.windowsList
        lst.blockSignals(True)
        lst.clear()
        for window in self._weekly:
            lst.addItem(QListWidgetItem(describe_window(window)))
        lst.blockSignals(False)
        self.ui.weekGrid.set_windows(self._weekly)
        if 0 <= select < lst.count():
            lst.setCurrentRow(select)
        else:
            self.ui.weekGrid.set_selected(-1)
        self._update_buttons()

    def _window_selected(self, row: int) -> None:
        self.ui.weekGrid.set_selected(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_window = ui.windowsList.currentRow() >= 0
        ui.editWindow.setEnabled(has_window)
        ui.removeWindow.setEnabled(has_window)
        ui.removeOneOff.setEnabled(ui.oneOffList.currentRow() >= 0)
        ui.removeBlackout.setEnabled(ui.blackoutList.currentRow() >= 0)

    def add_window(self, preset: dict | None = None) -> None:
        dialog = SafeWindowDialog(self, preset)
        dialog.setWindowTitle(self.tr("Add a safe time"))
        if run_dialog(dialog):
            self._weekly.append(dialog.safe_window())
            self._fill_windows(len(self._weekly) - 1)
            self.changed.emit()
        dispose(dialog)

    def _add_at(self, day: int, hour: int) -> None:
        self.add_window({"days": [DAYS[day]], "start": f"{hour:02d}:00", "end": f"{(hour + 1) % 24:02d}:00"})

    def _edit_selected_window(self) -> None:
        self._edit_window(self.ui.windowsList.currentRow())

    def _edit_window(self, row: int) -> None:
        if not 0 <= row < len(self._weekly):
            return
        dialog = SafeWindowDialog(self, self._weekly[row])
        dialog.setWindowTitle(self.tr("Change a safe time"))
        if run_dialog(dialog):
            self._weekly[row] = dialog.safe_window()
            self._fill_windows(row)
            self.changed.emit()
        dispose(dialog)

    def _remove_window(self) -> None:
        row = self.ui.windowsList.currentRow()
        if 0 <= row < len(self._weekly):
            del self._weekly[row]
            self._fill_windows(min(row, len(self._weekly) - 1))
            self.changed.emit()

    # -- one-off safe times and blackouts -----------------------------------------------------------------
    def _fill_periods(self) -> None:
        for periods, lst, empty in (
            (self._one_off, self.ui.oneOffList, self.tr("None")),
            (self._blackout, self.ui.blackoutList, self.tr("None")),
        ):
            lst.clear()
            now = planner.local_now(self)
            for period in periods:
                item = QListWidgetItem(describe_period(period, now))
                if period_is_over(period, now):
                    item.setForeground(QColor("#8a94a0"))
                lst.addItem(item)
            if not periods:
                placeholder = QListWidgetItem(empty)
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(lst.font())
                font.setItalic(True)
                placeholder.setFont(font)
                lst.addItem(placeholder)
        self._update_buttons()

    def _add_period(self, periods: list[dict], title: str, intro: str) -> None:
        dialog = PeriodDialog(self, intro, title, timezone=self.timezone)
        if run_dialog(dialog):
            periods.append(dialog.period())
            periods.sort(key=lambda p: p["start"])
            self._fill_periods()
            self.changed.emit()
        dispose(dialog)

    def _add_one_off(self) -> None:
        self._add_period(
            self._one_off,
            self.tr("One-off safe time"),
            self.tr("A single time when it is safe to get in touch, as well as the weekly safe times."),
        )

    def _add_blackout(self) -> None:
        self._add_period(
            self._blackout,
            self.tr("Do not call"),
            self.tr("A time when nobody may call or text, even within the weekly safe times."),
        )

    def _remove_period(self, periods: list[dict], lst: QListWidget) -> None:
        row = lst.currentRow()
        if 0 <= row < len(periods):
            del periods[row]
            self._fill_periods()
            self.changed.emit()
