"""Office: choose whose laptop a bundle is for. Only workers whose laptop has sent its first bundle can be
chosen (the office learns the laptop's keys from it); the others are listed, greyed, with the reason."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from safetyworker.services.session import Session
from safetyworker.sync.confirmation import COPIED
from safetyworker.ui.forms.ui_sync_worker import Ui_SyncWorkerDialog
from safetyworker.ui.record_text import day_text
from safetyworker.ui.remembered_dialog import RememberedDialog

WORKER_ID = Qt.ItemDataRole.UserRole
WORKER_NAME = Qt.ItemDataRole.UserRole + 1


class SyncWorkerDialog(RememberedDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncWorkerDialog()
        self.ui.setupUi(self)
        assert session.office is not None
        zone = ZoneInfo(session.timezone)
        for worker in session.office.workers():
            item = QListWidgetItem(self._line(worker, zone), self.ui.workers)
            item.setData(WORKER_ID, worker["worker_id"])
            item.setData(WORKER_NAME, worker["name"])
            if not self._choosable(worker):
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed by the style sheet (role "workers")
                item.setToolTip(item.text())
        if self.ui.workers.count() == 0:
            self.ui.note.setText(self.tr("No workers are enrolled yet."))
        for row in range(self.ui.workers.count()):
            if self.ui.workers.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.ui.workers.setCurrentRow(row)
                break
        self.ui.workers.currentItemChanged.connect(self._changed)
        self.ui.workers.itemDoubleClicked.connect(lambda _item: self.accept())
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.chooseButton.clicked.connect(self.accept)
        self._changed()
        self.restore_geometry()

    def _choosable(self, worker: dict) -> bool:
        """A bundle can be made only for a laptop whose keys the office has (from its first bundle)."""
        return worker["status"] in ("active", COPIED)

    def _line(self, worker: dict, zone: ZoneInfo) -> str:
        if worker["status"] == "revoked":
            return self.tr("{name}: withdrawn, so no bundle can be made for their laptop").format(name=worker["name"])
        if worker["status"] == COPIED:
            return self.tr("{name}: enrolment used by two laptops; choose to make a notice for their laptop").format(
                name=worker["name"]
            )
        if worker["status"] != "active":
            return self.tr("{name}: waiting for the laptop's first bundle").format(name=worker["name"])
        cases = self.tr("%n case(s)", "", worker["cases"])
        if worker["last_received_at"]:
            when = day_text(datetime.fromisoformat(worker["last_received_at"]).astimezone(zone).date())
            last = self.tr("last bundle received {date}").format(date=when)
        else:
            last = self.tr("no bundle received yet")
        return self.tr("{name}: {cases}, {last}").format(name=worker["name"], cases=cases, last=last)

    def _words(self, window_title: str, question: str, intro: str, note: str, choose: str) -> None:
        """The words of a dialog that chooses a worker from this list for something else (give a case,
        withdraw a laptop): the list, its greying and the choice stay as they are here."""
        self.setWindowTitle(window_title)
        self.ui.title.setText(question)
        self.ui.intro.setText(intro)
        self.ui.note.setText(note)
        self.ui.chooseButton.setText(choose)

    def _changed(self, *_args: object) -> None:
        self.ui.chooseButton.setEnabled(self.chosen() is not None)

    def chosen(self) -> tuple[str, str] | None:
        """(worker id, name) of the chosen worker."""
        item = self.ui.workers.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(WORKER_ID), item.data(WORKER_NAME)
