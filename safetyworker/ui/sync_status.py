"""The sync status in the main window's status bar: always in view, so a laptop that has not been to the office
for a while says so ("Not sent for 9 days", in the warning style after a week).

Built from ``sync.status.status``; the days are counted in calendar days of the store's time zone, so a bundle
made last night is "yesterday", not "today". Counting the changes waiting for the office takes seconds on a
laptop holding thousands of cases, so after a case is saved the status is worked out again only where that is
quick; otherwise it waits for the next bundle or the regular refresh.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.session import Session

# more days than this without a bundle to the office shows the status in the warning style
WARN_AFTER_DAYS = 7
# a status that took longer than this to work out is not worked out again after every saved case
QUICK_SECONDS = 0.15
# after a case is saved, wait this long for more changes before working the status out again
SETTLE_MS = 1500


class SyncStatusLabel(QLabel):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.session = session
        # the moment the status is for (aware); None means the real clock. Tests set it.
        self.now: datetime | None = None
        self.warn = False
        self.report: dict[str, Any] = {}
        self.cost = 0.0  # seconds the last status() took
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SETTLE_MS)
        self._soon.timeout.connect(self.refresh)

    def refresh_soon(self) -> None:
        """After a case changed: once things settle, if the status is quick to work out."""
        if self.cost <= QUICK_SECONDS:
            self._soon.start()

    def forget(self) -> None:
        """The app is locking: nothing more to work out or show."""
        self._soon.stop()
        self.report = {}
        self.clear()
        self.setToolTip("")

    def refresh(self) -> None:
        sync = self.session.sync
        if sync is None:
            return
        started = time.perf_counter()
        try:
            self.report = sync.status()
        except SafetyWorkerError as exc:  # a store that cannot say: show that, not a traceback
            self._show(str(exc), True, "")
            return
        finally:
            self.cost = time.perf_counter() - started
        text, warn, tip = self.describe(self.report, self.now or datetime.now(UTC), ZoneInfo(self.session.timezone))
        self._show(text, warn, tip)

    def _show(self, text: str, warn: bool, tip: str) -> None:
        self.warn = warn
        self.setText(text)
        self.setToolTip(tip)
        self.setProperty("role", "warning" if warn else "")
        self.style().unpolish(self)
        self.style().polish(self)

    # -- wording ---------------------------------------------------------------------------------------------
    def describe(self, report: dict[str, Any], now: datetime, zone: ZoneInfo) -> tuple[str, bool, str]:
        """(text, warn, tooltip) for a ``status()`` report."""
        if report.get("role") == "office":
            return self._office(report)
        if not report.get("enrolled"):
            return (
                self.tr("Office sync not set up"),
                False,
                self.tr("This caseload was not set up from an office enrolment file, so it stays on this laptop."),
            )
        if report.get("enrolment_refused"):
            return self.tr("Enrolment refused: call the office"), True, report.get("enrolment_problem") or ""
        pending = report.get("pending_changes") or 0
        unsent = report.get("unsent_changes", pending) or 0
        sent, warn = self._sent(report.get("last_sent_at"), now, zone, pending)
        # Two different things: changes no bundle has carried yet ("not sent yet": make a bundle), and changes
        # sent but not yet acknowledged (nothing to do: the office's next bundle to this laptop confirms them).
        if pending == 0:
            waiting = self.tr("the office has everything")
        elif unsent == 0:
            waiting = self.tr("nothing new to send")
        else:
            waiting = self.tr("%n change(s) not sent yet", "", unsent)
        words = report.get("device_fingerprint") or ""
        tips = []
        if pending > unsent:
            tips.append(
                self.tr(
                    "%n change(s) sent, waiting for the office to confirm it has them (its next bundle to this "
                    "laptop does)",
                    "",
                    pending - unsent,
                )
            )
        tips += [
            self.tr("This laptop's words (the office confirms them): {words}").format(words=words),
            self.tr("Office: {name}").format(name=report.get("office_name") or ""),
            self.tr("Bundles made for the office: {n}").format(n=report.get("bundles_sent") or 0),
        ]
        if report.get("gaps"):
            tips.append(
                self.tr("Bundles from the office that have not arrived: {list}").format(
                    list=", ".join(map(str, report["gaps"]))
                )
            )
        if not report.get("bundles_received"):
            # Until the office has answered, it may still need to confirm this laptop: keep the words in view.
            return (
                f"{sent} · {waiting} · " + self.tr("This laptop's words: {words}").format(words=words),
                warn,
                "\n".join(tips),
            )
        return f"{sent} · {waiting}", warn, "\n".join(tips)

    def _sent(self, last_sent: str | None, now: datetime, zone: ZoneInfo, pending: int) -> tuple[str, bool]:
        if not last_sent:  # a warning once there is something the office does not have
            return self.tr("Never sent to the office"), pending > 0
        days = (now.astimezone(zone).date() - datetime.fromisoformat(last_sent).astimezone(zone).date()).days
        if days <= 0:
            return self.tr("Sent to the office today"), False
        if days == 1:
            return self.tr("Sent to the office yesterday"), False
        return self.tr("Not sent for %n day(s)", "", days), days > WARN_AFTER_DAYS

    def _office(self, report: dict[str, Any]) -> tuple[str, bool, str]:
        conflicts = report.get("open_conflicts") or 0
        name = report.get("office_name") or ""
        if conflicts == 0:
            text = self.tr("Office {name} · no conflicts").format(name=name)
        else:
            text = self.tr("Office {name} · %n conflict(s) to look at", "", conflicts).format(name=name)
        alerts = report.get("alerts") or []
        waiting = report.get("waiting_for_words") or []
        if alerts:
            text += " · " + self.tr("%n alert(s): an enrolment used by two laptops", "", len(alerts))
        if waiting:
            text += " · " + self.tr("%n laptop(s) waiting for the words to be confirmed", "", len(waiting))
        lines = [alert["message"] for alert in alerts]
        lines.append(self.tr("Office fingerprint: {words}").format(words=report.get("fingerprint") or ""))
        for worker in report.get("workers", []):
            values = {
                "name": worker["name"],
                "cases": self.tr("%n case(s)", "", worker["cases"]),  # each count takes its own plural form
                "bundles": self.tr("%n bundle(s) in", "", worker["bundles_received"]),
            }
            if worker.get("gaps"):  # whole sentences, never glued from pieces
                line = self.tr("{name}: {cases}, {bundles}, bundles {list} not arrived")
                values["list"] = ", ".join(map(str, worker["gaps"]))
            else:
                line = self.tr("{name}: {cases}, {bundles}")
            lines.append(line.format(**values))
        return text, conflicts > 0 or bool(alerts), "\n".join(lines)
