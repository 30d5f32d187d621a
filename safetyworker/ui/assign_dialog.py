"""Office: give a case to a worker, or move it to another (the CLI's ``office assign``), from the case itself.

The coordinator chose the worker from the same list as "Make a bundle for a worker" (ui/sync_worker_dialog.py),
so one form serves both. Any enrolled worker can be chosen, also one whose laptop has not sent its first
bundle yet (the case goes with the first bundle made for them); a withdrawn laptop cannot, and the worker who
holds the case now is marked, so "move" is never a guess."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from safetyworker.services.session import Session
from safetyworker.ui.sync_worker_dialog import SyncWorkerDialog


class AssignDialog(SyncWorkerDialog):
    def __init__(self, session: Session, case_name: str, holder: str | None, parent: QWidget | None = None) -> None:
        self._holder = holder
        super().__init__(session, parent)
        self.setObjectName("AssignDialog")
        self._words(
            self.tr("Give the case to a worker"),
            self.tr("Who should {name}'s case go to?").format(name=case_name),
            self.tr(
                "The next bundle made for that worker carries the whole case. If another worker has it now, the "
                "next bundle made for them takes it off their laptop."
            ),
            self.tr("A withdrawn laptop cannot be given cases."),
            self.tr("Give the case to them"),
        )
        self.ui.title.setWordWrap(True)  # a long name
        self.ui.workers.setAccessibleName(self.tr("Workers"))

    def _choosable(self, worker: dict) -> bool:
        return worker["status"] != "revoked" and worker["worker_id"] != self._holder

    def _line(self, worker: dict, zone: ZoneInfo) -> str:
        if worker["worker_id"] == self._holder:
            return self.tr("{name}: has this case now").format(name=worker["name"])
        if worker["status"] == "revoked":
            return self.tr("{name}: withdrawn, so cannot be given cases").format(name=worker["name"])
        cases = self.tr("%n case(s)", "", worker["cases"])
        return self.tr("{name}: {cases}").format(name=worker["name"], cases=cases)
