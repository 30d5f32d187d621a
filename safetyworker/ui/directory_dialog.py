"""The local services directory in the desktop (issue 19): find a service by place and need ("housing near
Rhayader, comes to you, Welsh"), the ones covering the place first, and put one in the person's safety plan; add a
service, change or remove one, or say it was checked today. The rules (search order, who may change what, the
import) are the core's: services/directory.py, through the same calls as ``safetyworker directory``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.records import phone
from safetyworker.records.dates import numeric_date
from safetyworker.records.directory_words import SERVES
from safetyworker.records.support import SUPPORT_KINDS, kind_labels
from safetyworker.services.directory import COVERS, EVERYWHERE, ImportRefused
from safetyworker.services.session import Session
from safetyworker.ui.directory_entry_dialog import DirectoryEntryDialog
from safetyworker.ui.forms.ui_directory_dialog import Ui_DirectoryDialog
from safetyworker.ui.remembered_dialog import RememberedDialog
from safetyworker.ui.save_dialog import choose_open_path
from safetyworker.ui.support_widgets import tr

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class DirectoryModel(QAbstractTableModel):
    """Search results, in the order the core gave them (the place's entries first)."""

    COLUMNS = ("name", "kinds", "phone", "area", "outreach", "welsh", "checked")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(e) for e in entries]
        self.endResetModel()

    def entry(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": tr("Service"),
            "kinds": tr("What they do"),
            "phone": tr("Phone"),
            "area": tr("Area"),
            "outreach": tr("Comes to them"),
            "welsh": tr("Welsh"),
            "checked": tr("Last checked"),
        }
        return titles[self.COLUMNS[section]] if 0 <= section < len(self.COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ENTRY_ROLE:
            return e["id"]
        if role == Qt.ItemDataRole.ToolTipRole and column == "checked" and e["stale"]:
            return tr("Not checked for over a year: the number or hours may have changed.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "name":
            return e["name"] + (tr(" (added by a worker)") if e["local"] else "")
        if column == "kinds":
            return kind_labels(e["kinds"])
        if column == "phone":
            return phone.display(e["phone"]) if e["phone"] else ""
        if column == "area":
            area = e.get("area")
            return tr("Covers this place") if area == COVERS else tr("Everywhere") if area == EVERYWHERE else ""
        if column == "outreach":
            return tr("Yes") if e["outreach"] else tr("No")
        if column == "welsh":
            return tr("Yes") if e["welsh_language"] else tr("No")
        checked = numeric_date(e["checked"]) or tr("never")  # the UK's date, as in the caseload's columns
        return tr("{date} – check again").format(date=checked) if e["stale"] else checked


class DirectoryDialog(RememberedDialog):
    """Search the directory; with a case, search near it and add a service to its plan."""

    def __init__(self, parent: QWidget | None, session: Session, case_id: str | None = None, near: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_DirectoryDialog()
        self.ui.setupUi(self)
        self._session = session
        self._case_id = case_id
        # services added to the plan while the dialog was open
        self.added: list[str] = []
        self.model = DirectoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        ui = self.ui
        ui.results.setModel(self.proxy)
        ui.results.verticalHeader().hide()
        header = ui.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((300, 220, 120, 130, 120, 60)):
            ui.results.setColumnWidth(column, width)
        ui.need.addItem(tr("Any need"), None)
        for key, label in SUPPORT_KINDS.items():
            ui.need.addItem(label, key)
        ui.serves.addItem(tr("Anyone"), None)
        for key, label in SERVES.items():
            if key != "any":
                ui.serves.addItem(label, key)
        ui.near.setText(near)
        ui.near.textChanged.connect(lambda _t: self.search())
        ui.need.currentIndexChanged.connect(lambda _i: self.search())
        ui.serves.currentIndexChanged.connect(lambda _i: self.search())
        ui.outreach.toggled.connect(lambda _c: self.search())
        ui.welsh.toggled.connect(lambda _c: self.search())
        ui.results.selectionModel().currentRowChanged.connect(lambda *_a: self._chosen_changed())
        ui.addToPlan.clicked.connect(self.add_to_plan)
        ui.addToPlan.setVisible(case_id is not None)
        ui.importList.clicked.connect(self.import_file)
        ui.importList.setVisible(session.role == "office")
        ui.addEntry.clicked.connect(self.add_entry)
        ui.editEntry.clicked.connect(self.edit_entry)
        ui.markChecked.clicked.connect(self.mark_checked)
        ui.removeEntry.clicked.connect(self.remove_entry)
        ui.closeButton.clicked.connect(self.accept)
        ui.message.hide()
        self.restore_geometry()
        self.search()

    # -- searching -------------------------------------------------------------------------------------------
    def search(self) -> None:
        service = self._session.directory
        if service is None:
            return
        ui = self.ui
        entries = service.search(
            near=ui.near.text(),
            need=ui.need.currentData(),
            serves=ui.serves.currentData(),
            outreach=ui.outreach.isChecked(),
            welsh=ui.welsh.isChecked(),
        )
        self.model.set_entries(entries)
        ui.countLabel.setText(tr("{n} found").format(n=len(entries)))
        if entries:
            ui.results.selectRow(0)
        self._chosen_changed()

    def chosen(self) -> dict[str, Any] | None:
        index = self.ui.results.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def _chosen_changed(self) -> None:
        e = self.chosen()
        self.ui.addToPlan.setEnabled(e is not None)
        self._show_rights(e)
        if e is None:
            self.ui.detail.setText(tr("No service matches. Try another place or need, or fewer ticks."))
            return
        lines = [e["name"]]
        if e["phone"] or e["hours"]:
            lines.append(" · ".join(p for p in (phone.display(e["phone"]) if e["phone"] else "", e["hours"]) if p))
        if e["email"]:
            lines.append(tr("Secure email: {email}").format(email=e["email"]))
        serves = ", ".join(SERVES[s] for s in e["serves"] if s in SERVES)
        areas = ", ".join(e["areas"]) or tr("everywhere")
        lines.append(tr("For: {who}. Areas: {areas}").format(who=serves, areas=areas))
        if e["referral"]:
            lines.append(tr("Referral: {how}").format(how=e["referral"]))
        if e["stale"]:
            lines.append(tr("Not checked for over a year: check the number before giving it."))
        self.ui.detail.setText("\n".join(lines))

    def _show_rights(self, e: dict[str, Any] | None) -> None:
        """Edit, Checked today and Remove only for an entry this store may change (the core says: ``editable``);
        greyed out with the reason otherwise, so a worker knows whom to tell."""
        ui = self.ui
        editable = e is not None and bool(e["editable"])
        for button in (ui.editEntry, ui.markChecked, ui.removeEntry):
            button.setEnabled(editable)
        if e is None:
            why = tr("Choose a service first.")
            ui.editEntry.setToolTip(why)
            ui.markChecked.setToolTip(why)
            ui.removeEntry.setToolTip(why)
        elif not editable:
            why = tr("This service is on the office's list: only the office changes it. Tell them what is wrong.")
            ui.editEntry.setToolTip(why)
            ui.markChecked.setToolTip(why)
            ui.removeEntry.setToolTip(why)
        else:
            ui.editEntry.setToolTip(tr("Change the chosen service's details"))
            ui.markChecked.setToolTip(tr("The chosen service's number and hours were checked today: one click"))
            ui.removeEntry.setToolTip(tr("Take the chosen service out of the directory"))

    def _select(self, entry_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.entry(row)["id"] == entry_id:
                self.ui.results.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    # -- changing the directory ------------------------------------------------------------------------------
    def add_entry(self) -> None:
        dialog = DirectoryEntryDialog(self, self._session)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.entry_id:
            name = dialog.ui.name.text().strip()
            self.search()
            self._select(dialog.entry_id)
            self._say(tr("Added {name} to the directory.").format(name=name))

    def edit_entry(self) -> None:
        e = self.chosen()
        if e is None or not e["editable"]:
            return
        dialog = DirectoryEntryDialog(self, self._session, e)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.search()
            self._select(e["id"])
            self._say(tr("Saved the changes to {name}.").format(name=dialog.ui.name.text().strip()))

    def mark_checked(self) -> None:
        e = self.chosen()
        service = self._session.directory
        if e is None or service is None:
            return
        try:
            service.mark_checked(e["id"])
        except SafetyWorkerError as exc:
            self._say(str(getattr(exc, "problem", exc)))
            return
        self.search()
        self._select(e["id"])
        self._say(tr("{name}: marked as checked today.").format(name=e["name"]))

    def remove_entry(self) -> None:
        e = self.chosen()
        service = self._session.directory
        if e is None or service is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Remove a service"),
            tr("Take {name} out of the directory? Safety plans that name it keep it.").format(name=e["name"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.remove(e["id"])
        except SafetyWorkerError as exc:
            self._say(str(getattr(exc, "problem", exc)))
            return
        self.search()
        self._say(tr("Removed {name} from the directory.").format(name=e["name"]))

    # -- acting ----------------------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.ui.message.setText(text)
        self.ui.message.show()

    def add_to_plan(self) -> None:
        e = self.chosen()
        service = self._session.directory
        if e is None or self._case_id is None or service is None:
            return
        try:
            version = service.add_to_plan(self._case_id, e["id"])
        except SafetyWorkerError as exc:
            self._say(str(getattr(exc, "problem", exc)))
            return
        if version is None:
            self._say(tr("The safety plan already has {name}.").format(name=e["name"]))
        else:
            self.added.append(e["id"])
            self._say(
                tr(
                    "Added {name} to the safety plan under Local services (worker's copy: tick it there for "
                    "the person's copy)."
                ).format(name=e["name"])
            )

    def import_file(self) -> None:
        chosen = choose_open_path(self, tr("Import the directory"), tr("CSV files (*.csv)"))
        if chosen is not None:
            self.import_path(chosen)

    def import_path(self, path: Path) -> None:
        service = self._session.directory
        if service is None:
            return
        try:
            counts = service.import_csv(path.read_bytes())
        except ImportRefused as refused:
            rows = "\n".join(
                tr("Line {line}, {field}: {problem}").format(line=p.line, field=p.field, problem=p.message)
                for p in refused.problems[:8]
            )
            self._say(tr("Nothing was imported. Put these rows right and try again:") + "\n" + rows)
            return
        except (SafetyWorkerError, OSError) as exc:
            self._say(str(getattr(exc, "problem", exc)))
            return
        self._say(
            tr("Added {a}, updated {u}, unchanged {n}.").format(
                a=counts["added"], u=counts["updated"], n=counts["unchanged"]
            )
        )
        self.search()
