"""Support given in the desktop (issue 19): the kinds as checkboxes (the log form and the support dialog), the
dialog for work done without the person, and the case's totals as one line for the log tab."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QGridLayout, QMenu, QToolButton, QWidget

from safetyworker.records.support import SUPPORT_KINDS
from safetyworker.timetable import planner
from safetyworker.ui.forms.ui_support_entry_dialog import Ui_SupportEntryDialog
from safetyworker.ui.record_text import date_input, qdatetime, typed_moment
from safetyworker.ui.remembered_dialog import RememberedDialog

# Checkboxes per row (the support kinds, and who a service is for: the columns line up).
PER_ROW = 4


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


class TickBoxes:
    """A checkbox per item of ``items`` (key -> label) in ``box`` (a plain widget from a Designer form), ``PER_ROW``
    to a row so the Tab order runs along the rows; ``spoken(label)`` is what a screen reader hears for each."""

    def __init__(self, box: QWidget, items: Mapping[str, str], name: str, spoken: Callable[[str], str]) -> None:
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        for n, (key, label) in enumerate(items.items()):
            check = QCheckBox(label, box)
            check.setObjectName(f"{name}_{key}")
            check.setAccessibleName(spoken(label))
            grid.addWidget(check, n // PER_ROW, n % PER_ROW)
            self.boxes[key] = check

    def chosen(self) -> list[str]:
        return [k for k, b in self.boxes.items() if b.isChecked()]

    def set_chosen(self, keys: list[str]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in keys)


class SupportKinds(TickBoxes):
    """The kinds of support as checkboxes, in the order of records/support.py; ``kinds``/``set_kinds`` as the
    menu button below has them, so a form takes either."""

    def __init__(self, box: QWidget) -> None:
        super().__init__(box, SUPPORT_KINDS, "support", lambda label: tr("Support given: {kind}").format(kind=label))

    def kinds(self) -> list[str]:
        return self.chosen()

    def set_kinds(self, kinds: list[str]) -> None:
        self.set_chosen(kinds)


class SupportKindsButton:
    """The kinds of support as a button with a menu of ticks, for the log form (one row: it must leave "Add
    entry" in view on a 1366x768 laptop). The button shows what is ticked; Space or Enter opens the menu, the
    arrows move and Enter ticks (the menu opens again at the next kind, so several are quick to tick)."""

    def __init__(self, button: QToolButton) -> None:
        self.button = button
        self.menu = QMenu(button)
        self.actions: dict[str, QAction] = {}
        for key, label in SUPPORT_KINDS.items():
            action = self.menu.addAction(label)
            action.setCheckable(True)
            action.setData(key)
            action.toggled.connect(lambda _c: self._show())
            self.actions[key] = action
        button.setMenu(self.menu)
        self._show()

    def _show(self) -> None:
        chosen = self.kinds()
        text = ", ".join(SUPPORT_KINDS[k] for k in chosen) if chosen else tr("None chosen")
        self.button.setText(text)
        self.button.setToolTip(tr("The kinds of support given in this contact: {kinds}").format(kinds=text))

    def kinds(self) -> list[str]:
        return [k for k, a in self.actions.items() if a.isChecked()]

    def set_kinds(self, kinds: list[str]) -> None:
        for key, action in self.actions.items():
            action.setChecked(key in kinds)
        self._show()


def hours_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return tr("{m} min").format(m=rest)
    if not rest:
        return tr("{h} h").format(h=hours)
    return tr("{h} h {m} min").format(h=hours, m=rest)


def summary_text(summary: dict) -> str:
    """The case's time and support given, as the log tab shows it."""
    month, since = summary["this_month"], summary["since_referral"]
    if not (since["minutes"] or since["travel_minutes"] or since["by_kind"]):
        return tr("Time and support given: nothing recorded yet.")
    top = sorted(since["by_kind"].items(), key=lambda kv: -kv[1])[:4]
    kinds = ", ".join(f"{SUPPORT_KINDS[k]} {hours_text(m)}" for k, m in top)
    text = tr(
        "Time and support given: this month {month} (travel {month_travel}); since the referral {since} "
        "(travel {since_travel})."
    ).format(
        month=hours_text(month["minutes"]),
        month_travel=hours_text(month["travel_minutes"]),
        since=hours_text(since["minutes"]),
        since_travel=hours_text(since["travel_minutes"]),
    )
    return f"{text} {kinds}" if kinds else text


class SupportEntryDialog(RememberedDialog):
    """Work done for the person without them there: a call to housing, a letter, a referral."""

    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(self, parent: QWidget | None, timezone: str = "Europe/London") -> None:
        super().__init__(parent)
        self.ui = Ui_SupportEntryDialog()
        self.ui.setupUi(self)
        date_input(self.ui.when)
        self.support = SupportKinds(self.ui.supportBox)
        # "when" on the store's clock (the contact log passes the session's zone), never the laptop's: a UTC
        # laptop's is an hour behind London's in summer
        self.timezone = timezone
        self.ui.when.setDateTime(qdatetime(planner.local_now(self)))
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.restore_geometry()

    def entry(self) -> dict:
        """Keyword arguments for ``SupportService.add``."""
        return {
            "at": typed_moment(self.ui.when, self.timezone),
            "minutes": self.ui.minutes.value(),
            "travel_minutes": self.ui.travelMinutes.value(),
            "support": self.support.kinds(),
            "note": self.ui.note.text().strip(),
        }

    def show_problem(self, message: str) -> None:
        self.ui.errorLabel.setText(message[:1].upper() + message[1:])
        self.ui.errorLabel.show()

    def accept(self) -> None:
        if not self.support.kinds():
            self.show_problem(self.tr("Choose at least one kind of support."))
            return
        if self.ui.minutes.value() <= 0:
            self.show_problem(self.tr("Say how many minutes it took."))
            return
        if self.ui.when.dateTime().toPython() > planner.local_now(self) + timedelta(minutes=5):
            self.show_problem(self.tr("The time is in the future. Record work once it is done."))
            return
        super().accept()
