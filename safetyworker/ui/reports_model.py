"""The figures of a report as a table (figure, item, value), and what its chart shows. The figures are the
service's (services/reports.py); this module only words them for the screen. No names reach it: the service's
figures are counts keyed by words, and workers by id (the dialog shows the office's names for its own menu)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from safetyworker.records import words
from safetyworker.records.report_words import MINUTE_FIGURES
from safetyworker.records.support import SUPPORT_KINDS, hours_text
from safetyworker.services.reports import csv_rows
from safetyworker.ui import record_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_META = ("period", "scope", "suppressed")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


report_names = words.report_names


def figure_labels() -> dict[str, str]:
    return {
        "by_status": tr("Cases by status"),
        "open_cases": tr("Open cases"),
        "by_risk_level": tr("Open cases by risk level"),
        "referrals_in": tr("Referrals in"),
        "closed": tr("Cases closed"),
        "closed_reasons": tr("Reasons for closing"),
        "initial_contact": tr("First contact before the programme started"),
        "contacts_overdue": tr("Contacts overdue"),
        "inform": tr("Inform contacts within the set working days"),
        "attempted": tr("Contacts attempted"),
        "made": tr("Contacts that reached the person"),
        "by_channel": tr("By channel"),
        "total_minutes": tr("Time with or for the person"),
        "travel_minutes": tr("Travel"),
        "entries": tr("Entries"),
        "by_kind": tr("Time by kind of support"),
        "by_worker": tr("Time by worker"),
        "open": tr("Open actions"),
        "overdue": tr("Actions overdue"),
        "overdue_by_owner": tr("Overdue, by who passes it on"),
        "due": tr("Actions due in the period"),
        "done_in_time": tr("Done by the day due"),
        "done_late": tr("Done late"),
        "not_done": tr("Not done"),
    }


def item_labels() -> dict[str, str]:
    """The words of the figures' items (statuses, channels, kinds) as the rest of the desktop shows them."""
    return {
        **record_text.contact_kinds(),
        **record_text.log_channels(),
        **record_text.case_statuses(),
        **dict(SUPPORT_KINDS.items()),
        **words.report_items(),
    }


class FiguresModel(QAbstractTableModel):
    """One row per figure of the report shown (with small counts as they are: the screen stays in the
    service; the CSV that leaves it is suppressed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, Any]] = []

    def set_report(self, doc: dict[str, Any] | None, workers: dict[str, str] | None = None) -> None:
        """``workers``: worker id -> name, for the office's own screen (the CSV keeps the ids)."""
        self.beginResetModel()
        self._rows = []
        if doc is not None:
            labels = figure_labels()
            words = {**item_labels(), **(workers or {})}
            for _name, figure, item, value in csv_rows(doc, suppress=False):
                if figure in _META:
                    continue
                minutes = doc["report"] == "support" and figure in MINUTE_FIGURES
                shown = value
                if minutes and value.isdigit():
                    shown = hours_text(int(value))
                elif item.endswith("share") and value:
                    shown = f"{float(value):.0%}"
                item_text = ", ".join(words.get(part, part) for part in item.split(".")) if item else ""
                if figure == "closed_reasons":
                    item_text = words.get(item, item)
                self._rows.append((labels.get(figure, figure), item_text, shown, _sort_key(value)))
        self.endResetModel()

    def clear(self) -> None:
        self.set_report(None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row[index.column()]
        if role == SORT_ROLE:
            return row[3] if index.column() == 2 else row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (tr("Figure"), tr("Item"), tr("Value"))[section]
        return None


def _sort_key(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return -1.0


def chart_data(doc: dict[str, Any]) -> tuple[str, list[str], list[tuple[str, list[float]]]]:
    """(title, categories, [(bar set label, values)]) for a report's chart: its main breakdown."""
    name = doc["report"]
    words = item_labels()
    if name == "caseload":
        statuses = doc["by_status"]
        return (
            tr("Cases by status"),
            [words.get(s, s) for s in statuses],
            [(tr("Cases"), [float(v) for v in statuses.values()])],
        )
    if name == "timeliness":
        first, inform = doc["initial_contact"], doc["inform"]
        cats = [tr("First contact before the start"), tr("Inform contacts in time")]
        values = [100.0 * (first["share"] or 0), 100.0 * (inform["share"] or 0)]
        return tr("Timeliness (per cent)"), cats, [(tr("Per cent"), values)]
    if name == "contacts":
        channels = doc["by_channel"]
        return (
            tr("Contacts by channel"),
            [words.get(c, c) for c in channels],
            [
                (tr("Attempted"), [float(c["attempted"]) for c in channels.values()]),
                (tr("Reached the person"), [float(c["made"]) for c in channels.values()]),
            ],
        )
    if name == "support":
        kinds = doc["by_kind"]
        return (
            tr("Hours by kind of support"),
            [words.get(k, k) for k in kinds],
            [(tr("Hours"), [m / 60 for m in kinds.values()])],
        )
    cats = [tr("Open"), tr("Overdue"), tr("Done by the day due"), tr("Done late")]
    values = [float(doc[k]) for k in ("open", "overdue", "done_in_time", "done_late")]
    return tr("Information-sharing actions"), cats, [(tr("Actions"), values)]
