"""Office: withdraw a lost or stolen laptop (the CLI's ``office revoke``): its bundles are refused from then on
and nothing more is made for it. Also how the office starts again after an enrolment file was copied (the
alert says so).

The worker is chosen from the same list as "Make a bundle for a worker" (ui/sync_worker_dialog.py); withdrawing
cannot be undone, so a second question names the worker and says what follows before anything changes."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QMessageBox, QWidget

from safetyworker.services.session import Session
from safetyworker.ui.sync_worker_dialog import SyncWorkerDialog


class WithdrawDialog(SyncWorkerDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("WithdrawDialog")
        self._words(
            self.tr("Withdraw a laptop"),
            self.tr("Which laptop was lost or stolen?"),
            self.tr(
                "Once withdrawn, bundles from that laptop are refused and the office makes none for it. The "
                "worker's cases stay here at the office: give them to another worker from each case's More menu."
            ),
            self.tr("This cannot be undone: the worker will need a new enrolment file."),
            self.tr("Withdraw this laptop…"),
        )

    def _choosable(self, worker: dict) -> bool:
        return bool(worker["status"] != "revoked")

    def _line(self, worker: dict, zone: ZoneInfo) -> str:
        if worker["status"] == "revoked":
            return self.tr("{name}: withdrawn").format(name=worker["name"])
        cases = self.tr("%n case(s)", "", worker["cases"])
        return self.tr("{name}: {cases}").format(name=worker["name"], cases=cases)

    def accept(self) -> None:
        """Ask once more, naming the worker; No keeps the dialog open."""
        chosen = self.chosen()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw {name}'s laptop?").format(name=chosen[1]),
            self.tr(
                "Withdraw {name}'s laptop? Its bundles will be refused from now on. This cannot be undone: to "
                "work again, {name} needs a new enrolment file handed over in person."
            ).format(name=chosen[1]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            super().accept()
