"""The office's view of every open action across workers (from the laptops' bundles): what must be passed on,
on which case, which worker holds the case, who owns the action and how late it is (in working days)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel
from PySide6.QtWidgets import QHeaderView, QWidget

from safetyworker.services.session import Session
from safetyworker.ui.forms.ui_open_actions_dialog import Ui_OpenActionsDialog
from safetyworker.ui.remembered_dialog import RememberedDialog
from safetyworker.ui.sharing_models import SORT_ROLE, ActionsModel
from safetyworker.ui.sharing_tab import fit_columns


class OpenActionsDialog(RememberedDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OpenActionsDialog()
        self.ui.setupUi(self)
        self.session = session
        self.model = ActionsModel(self, with_case=True)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.table.setModel(self.proxy)
        self.ui.table.verticalHeader().hide()
        # what must be passed on takes the room left, so it is read without scrolling sideways (as on the tab)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.what_column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.ui.table.installEventFilter(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reload()
        self.restore_geometry()

    def reload(self) -> None:
        service = self.session.sharing
        office = self.session.role == "office"
        actions = service.actions(open_only=True, all_workers=office) if service is not None else []
        self.model.set_items(actions)
        late = sum(1 for a in actions if a.days_late)
        self.ui.summary.setText(
            self.tr("%n open action(s) across the workers' cases", "", len(actions))
            + (" · " + self.tr("%n overdue", "", late) if late else "")
        )
        self._fit()

    def _fit(self) -> None:
        fit_columns(self.ui.table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.table and event.type() == QEvent.Type.Resize:
            self._fit()  # the dialog made wider or narrower
        return super().eventFilter(watched, event)
