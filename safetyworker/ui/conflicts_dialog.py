"""The office's conflicts screen: one card per detail changed in two places, the values side by side (who, when,
what), "Keep this one" under each, and "Write another value" when neither is right.

Choosing calls ``sync.conflicts.resolve``, which stores the choice as a new edit, so it reaches every laptop
with the next bundles. The dialog holds case details, so it is closed with the main window at lock.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.session import Session
from safetyworker.ui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from safetyworker.ui.record_text import when_text
from safetyworker.ui.remembered_dialog import RememberedDialog


class ConflictsDialog(RememberedDialog):
    # a conflict was resolved (case id, or "" for a record outside a case)
    resolved = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.session = session
        self.conflicts: list[dict[str, Any]] = []
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.message.hide()
        self.ui.listHost.setAutoFillBackground(False)  # QScrollArea turns it on: keep the dialog's colour
        self.restore_geometry()
        self.refresh()

    # -- building ------------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Take every case detail off the dialog (the app is locking)."""
        self.conflicts = []
        layout = self.ui.listLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:  # later: the click that got here may come from inside it
                item.widget().hide()
                item.widget().deleteLater()
        self.ui.message.clear()

    def refresh(self) -> None:
        conflicts = self.session.conflicts
        if conflicts is None:
            self.clear()
            return
        self.clear()
        self.conflicts = conflicts.list()
        zone = ZoneInfo(self.session.timezone)
        if not self.conflicts:
            empty = QLabel(self.tr("No conflicts to look at."), self.ui.listHost)
            empty.setProperty("role", "hint")
            self.ui.listLayout.addWidget(empty)
        for conflict in self.conflicts:
            self.ui.listLayout.addWidget(self._card(conflict, zone))
        self.ui.listLayout.addStretch(1)
        count = len(self.conflicts)
        self.ui.title.setText(
            self.tr("Conflicts to look at ({n})").format(n=count) if count else self.tr("Conflicts to look at")
        )

    def _card(self, conflict: dict[str, Any], zone: ZoneInfo) -> QFrame:
        card = QFrame(self.ui.listHost)
        card.setObjectName(f"conflict-{conflict['id']}")
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 10, 16, 12)
        box.setSpacing(8)
        heading = QLabel(self._what(conflict), card)
        heading.setProperty("role", "section")
        heading.setWordWrap(True)
        box.addWidget(heading)
        now_held = QLabel(
            self.tr("In the record now: {value}").format(value=self._value_text(conflict["current"])), card
        )
        now_held.setProperty("role", "hint")
        now_held.setWordWrap(True)
        box.addWidget(now_held)

        row = QHBoxLayout()
        row.setSpacing(12)
        for value in conflict["values"]:
            row.addWidget(self._value_column(card, conflict, value, zone), 1)
        box.addLayout(row)

        other = QPushButton(self.tr("Write another value"), card)
        other.setObjectName("writeAnother")
        editor = QWidget(card)
        editor.setObjectName("anotherEditor")
        line = QHBoxLayout(editor)
        line.setContentsMargins(0, 0, 0, 0)
        field = QLineEdit(editor)
        field.setObjectName("anotherValue")
        field.setPlaceholderText(self.tr("The right value (leave empty to clear it)"))
        save = QPushButton(self.tr("Keep this value"), editor)
        save.setObjectName("saveAnother")
        save.setProperty("primary", True)
        cancel = QPushButton(self.tr("Cancel"), editor)
        line.addWidget(field, 1)
        line.addWidget(save)
        line.addWidget(cancel)
        editor.hide()

        def edit() -> None:
            other.hide()
            editor.show()
            field.setFocus()

        def cancel_edit() -> None:
            editor.hide()
            field.clear()
            other.show()

        other.clicked.connect(edit)
        cancel.clicked.connect(cancel_edit)
        save.clicked.connect(lambda _c=False, c=conflict, f=field: self._write_another(c, f.text()))
        field.returnPressed.connect(save.click)
        bottom = QHBoxLayout()
        bottom.addWidget(other, 0, Qt.AlignmentFlag.AlignLeft)
        bottom.addWidget(editor, 1)
        box.addLayout(bottom)
        return card

    def _value_column(self, card: QFrame, conflict: dict[str, Any], value: dict[str, Any], zone: ZoneInfo) -> QFrame:
        column = QFrame(card)
        column.setProperty("role", "choice")
        column.setProperty("device_id", value["device_id"])
        inner = QVBoxLayout(column)
        inner.setContentsMargins(12, 8, 12, 10)
        inner.setSpacing(4)
        when = when_text(datetime.fromisoformat(value["written_at"]).astimezone(zone))
        source = value["from"][:1].upper() + value["from"][1:]  # "this office" starts a line here
        who = QLabel(self.tr("{who} · {when}").format(who=source, when=when), column)
        who.setProperty("role", "hint")
        who.setWordWrap(True)
        inner.addWidget(who)
        shown = QLabel(self._value_text(value["value"]), column)
        shown.setObjectName("value")
        shown.setProperty("role", "value")
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(shown, 1)
        keep = QPushButton(self.tr("Keep this one"), column)
        keep.setObjectName("keep")
        keep.clicked.connect(lambda _c=False, c=conflict, d=value["device_id"]: self._keep(c, d))
        inner.addWidget(keep, 0, Qt.AlignmentFlag.AlignLeft)
        return column

    # -- wording ---------------------------------------------------------------------------------------------
    def _what(self, conflict: dict[str, Any]) -> str:
        record = {
            "case_record": self.tr("Case"),
            "person_causing_harm": self.tr("Person causing harm"),
            "contact_method": self.tr("Contact method"),
            "child": self.tr("Child"),
            "harm_link": self.tr("Person causing harm"),
            "planned_contact": self.tr("Planned contact"),
        }.get(conflict["record"], conflict["record"].replace("_", " ").capitalize())
        detail = conflict["field"].replace("_", " ").capitalize()
        if conflict["case_name"]:
            return self.tr("{case} · {record}: {detail}").format(
                case=conflict["case_name"], record=record, detail=detail
            )
        return self.tr("{record}: {detail}").format(record=record, detail=detail)

    def _value_text(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return str(value)

    # -- choosing --------------------------------------------------------------------------------------------
    def _keep(self, conflict: dict[str, Any], device_id: str) -> None:
        self._resolve(conflict, device=device_id)

    def _write_another(self, conflict: dict[str, Any], text: str) -> None:
        text = text.strip()
        value: Any = text or None
        kinds = {type(v["value"]) for v in conflict["values"] if v["value"] is not None}
        if value is not None and kinds == {int}:
            try:
                value = int(text)
            except ValueError:
                self._say(self.tr("Write a whole number here, as the two values are."), error=True)
                return
        self._resolve(conflict, value=value)

    def _resolve(self, conflict: dict[str, Any], *, device: str | None = None, value: Any = None) -> None:
        conflicts = self.session.conflicts
        if conflicts is None:
            return
        try:
            result = conflicts.resolve(conflict["id"], device=device, value=value)
        except SafetyWorkerError as exc:
            self._say(str(exc), error=True)
            return
        self.refresh()
        self._say(
            self.tr("Kept “{value}” for {what}. It goes to every laptop with the next bundles.").format(
                value=self._value_text(result["current"]), what=self._what(conflict)
            )
        )
        self.resolved.emit(conflict["case_id"] or "")

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.message.setText(text)
        self.ui.message.setProperty("role", "error" if error else "safe")
        self.ui.message.style().unpolish(self.ui.message)
        self.ui.message.style().polish(self.ui.message)
        self.ui.message.setVisible(bool(text))
