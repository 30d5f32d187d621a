"""Reports a service can hand its funders (issue 19; docs/reports.md): caseload, timeliness, contacts, support
given and information-sharing actions, over a period.

Figures only, never names: counts keyed by the words the case JSON uses (``{"by_status": {"active": 2}}``), and
workers by their id. At the office the reports cover every worker's cases (they arrive in bundles), or one
worker's (``worker``: the cases given to them); on a laptop, the worker's own caseload.

A period is two dates, both inclusive, read as days in the store's time zone (Europe/London for an English or
Welsh service): a contact logged at 00:30 on 1 April British Summer Time is a 1 April contact although it is
stored as 23:30 UTC on 31 March. Counts of things that stand at a moment (cases by status, contacts and actions
overdue) are as at the end of the period, or today when the period runs on past today.

The CSV (``csv_bytes``) is what leaves the service: with ``suppress`` (the default) every count under 5 is
written ``<5``, a share whose base is under 5 is left out, and a closing reason given for fewer than 5 cases is
counted under "other reasons", so a reason typed for one person never leaves the office.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records import org_settings
from safetyworker.records import support as support_rules
from safetyworker.records.dates import typed_date
from safetyworker.records.model import CASE_STATUSES, LOG_CHANNELS
from safetyworker.records.report_words import MINUTE_FIGURES, REPORTS
from safetyworker.services import support
from safetyworker.services.contacts import SUCCESSFUL_OUTCOMES
from safetyworker.services.risk import RiskService
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.sync import files
from safetyworker.timetable import inform, planner, working_days

#: Cases still being worked (the caseload by risk level counts these).
OPEN_STATUSES = ("referred", "contacted", "active")
NOT_ASSESSED = "not_assessed"
#: Under this many, a count is written ``<5`` in a suppressed CSV.
SMALL = 5
SUPPRESSED = "<5"
#: The item a closing reason given for fewer than SMALL cases is counted under in a suppressed CSV.
OTHER_REASONS = "other_reasons"
#: A share and the count it is a share of (a share of fewer than SMALL is left out of a suppressed CSV).
SHARES = {"share": ("programme_starts", "due")}
CSV_HEADER = ("report", "figure", "item", "value")


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date
    as_at: date

    def holds(self, day: date | None) -> bool:
        return day is not None and (self.start is None or day >= self.start) and day <= self.end


def parse_period(start: str | None, end: str | None, today: date) -> tuple[date | None, date]:
    """Typed dates (DD/MM/YYYY or YYYY-MM-DD; ``--from``, ``--to``): no start is from the beginning, no end is
    today. A start after the end is refused."""
    first = typed_date(start or "", "--from")
    last = typed_date(end or "", "--to")
    start_day = date.fromisoformat(first) if first else None
    end_day = date.fromisoformat(last) if last else today
    if start_day is not None and start_day > end_day:
        raise InvalidInput("--from", _("the period starts after it ends"))
    return start_day, end_day


def quarter_of(day: date) -> tuple[date, date]:
    """The calendar quarter holding ``day`` (the desktop's default period is the last whole one)."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    end = date(day.year + 1, 1, 1) if first_month == 10 else date(day.year, first_month + 3, 1)
    return start, date.fromordinal(end.toordinal() - 1)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


class ReportService:
    """The five reports, as figures (``report``) and as a CSV to hand on (``csv_bytes``)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- scope ---------------------------------------------------------------------------------------------
    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self.store.timezone)

    def _day(self, moment: str | None) -> date | None:
        """The day a stored UTC moment fell on in the store's time zone (None for one no form wrote)."""
        if not moment:
            return None
        try:
            when = datetime.fromisoformat(moment.replace("Z", "+00:00"))
        except ValueError:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return when.astimezone(self._zone()).date()

    def today(self) -> date:
        return datetime.now(self._zone()).date()

    def workers(self) -> list[str]:
        """Office: the worker ids a report may be limited to (names are for the desktop's menu, not here)."""
        if self.store.role != "office":
            return []
        return [r[0] for r in self.store.db.execute("SELECT peer_id FROM sync_peer WHERE role = 'worker' ORDER BY 1")]

    def _scope(self, worker: str | None) -> tuple[str, set[str]]:
        """(scope word, the ids of the cases the report covers)."""
        cases = {r[0] for r in self.store.db.execute("SELECT id FROM case_record WHERE deleted_hlc IS NULL")}
        if self.store.role == "office":
            if not worker:
                return "office", cases
            if worker not in self.workers():
                raise InvalidInput("--worker", _("{id} is not a worker enrolled here").format(id=worker))
            held = {
                r[0] for r in self.store.db.execute("SELECT case_id FROM sync_assignment WHERE peer_id = ?", (worker,))
            }
            return "worker", cases & held
        if worker and worker != (self.store.meta("worker_id") or ""):
            raise InvalidInput("--worker", _("only the office reports on another worker's cases"))
        return ("laptop" if self.store.meta("worker_id") else "store"), cases

    # -- the reports ---------------------------------------------------------------------------------------
    def report(
        self, name: str, start: date | None = None, end: date | None = None, worker: str | None = None
    ) -> dict[str, Any]:
        """The figures of report ``name`` for the days ``start``..``end`` (inclusive; no start: from the
        beginning; no end: today)."""
        if name not in REPORTS:
            raise InvalidInput("report", _("must be one of: {k}").format(k=", ".join(REPORTS)))
        today = self.today()
        end = end or today
        if start is not None and start > end:
            raise InvalidInput("--from", _("the period starts after it ends"))
        period = Period(start, end, min(end, today))
        scope, cases = self._scope(worker)
        doc: dict[str, Any] = {
            "report": name,
            "from": start.isoformat() if start else None,
            "to": end.isoformat(),
            "as_at": period.as_at.isoformat(),
            "scope": scope,
            "worker": worker or None,
        }
        figures = getattr(self, "_" + name)(period, cases)
        doc.update(figures)
        return doc

    def _caseload(self, period: Period, cases: set[str]) -> dict[str, Any]:
        statuses: Counter[str] = Counter()
        referrals = closed = 0
        reasons: dict[str, int] = {}
        forms: dict[str, str] = {}
        open_ids = set()
        for case_id, status, referral, reason, closed_at, updated in self.store.db.execute(
            "SELECT id, status, referral_date, closed_reason, closed_at, updated_hlc FROM case_record "
            "WHERE deleted_hlc IS NULL ORDER BY closed_at, id"
        ):
            if case_id not in cases:
                continue
            statuses[status] += 1
            if status in OPEN_STATUSES:
                open_ids.add(case_id)
            try:
                if period.holds(date.fromisoformat(referral or "")):
                    referrals += 1
            except ValueError:
                pass
            if status == "closed" and period.holds(self._day(closed_at) or _hlc_day(updated)):
                closed += 1
                text = " ".join((reason or "").split())
                key = text.casefold()
                forms.setdefault(key, text)
                reasons[forms[key]] = reasons.get(forms[key], 0) + 1
        levels: Counter[str] = Counter()
        risk = RiskService(self.store).caseload(period.as_at)
        for case_id in open_ids:
            level = risk[case_id].level if case_id in risk else None
            levels[level or NOT_ASSESSED] += 1
        return {
            "by_status": {s: statuses[s] for s in CASE_STATUSES if statuses[s]},
            "open_cases": len(open_ids),
            "by_risk_level": dict(sorted(levels.items())),
            "referrals_in": referrals,
            "closed": closed,
            "closed_reasons": dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        }

    def _reached_days(self, cases: set[str]) -> dict[str, list[date]]:
        """Each case's days of contact that reached the person (the latest of each correction chain)."""
        out: dict[str, list[date]] = defaultdict(list)
        marks = ",".join("?" * len(SUCCESSFUL_OUTCOMES))
        for case_id, at in self.store.db.execute(
            "SELECT case_id, at FROM contact_log l WHERE NOT EXISTS (SELECT 1 FROM contact_log c WHERE "
            f"c.corrects_id = l.id) AND outcome IN ({marks})",
            SUCCESSFUL_OUTCOMES,
        ):
            day = self._day(at)
            if case_id in cases and day is not None:
                out[case_id].append(day)
        return out

    def _timeliness(self, period: Period, cases: set[str]) -> dict[str, Any]:
        # The first contact that reached the person, before the programme of the person causing harm started.
        starts: dict[str, date] = {}
        for case_id, start in self.store.db.execute(
            "SELECT h.case_id, p.programme_start_date FROM harm_link h JOIN person_causing_harm p ON p.id = "
            "h.person_id WHERE h.deleted_hlc IS NULL AND p.deleted_hlc IS NULL AND p.programme_start_date IS NOT NULL"
        ):
            try:
                day = date.fromisoformat(start)
            except ValueError:
                continue
            if case_id in cases and period.holds(day):
                starts[case_id] = min(day, starts.get(case_id, day))
        reached = self._reached_days(set(starts))
        before = sum(1 for c, start in starts.items() if reached.get(c) and min(reached[c]) < start)
        overdue: Counter[str] = Counter()
        inform_due = in_time = late = 0
        for case_id, kind, due, status, done_at, case_status in self.store.db.execute(
            "SELECT p.case_id, p.kind, p.due_date, p.status, p.done_at, c.status FROM planned_contact p "
            "JOIN case_record c ON c.id = p.case_id WHERE p.deleted_hlc IS NULL AND c.deleted_hlc IS NULL"
        ):
            if case_id not in cases:
                continue
            try:
                due_day = date.fromisoformat(due)
            except ValueError:
                continue
            done_day = self._day(done_at) if status == planner.DONE else None
            # Overdue as things stood at the end of the period: still planned then (done only later counts).
            was_open = status == planner.PLANNED_STATUS or (done_day is not None and done_day > period.as_at)
            if case_status != "closed" and was_open and due_day < period.as_at:
                overdue[kind] += 1
            if kind == inform.KIND and status != planner.CANCELLED and period.holds(due_day):
                inform_due += 1
                if done_day is not None and done_day <= due_day:
                    in_time += 1
                elif done_day is not None:
                    late += 1
        return {
            "initial_contact": {
                "programme_starts": len(starts),
                "before_start": before,
                "share": _share(before, len(starts)),
            },
            "contacts_overdue": {"total": sum(overdue.values()), "by_kind": dict(sorted(overdue.items()))},
            "inform": {
                "working_days": org_settings.number(self.store, org_settings.INFORM_WORKING_DAYS),
                "due": inform_due,
                "made_in_time": in_time,
                "made_late": late,
                "not_made": inform_due - in_time - late,
                "share": _share(in_time, inform_due),
            },
        }

    def _contacts(self, period: Period, cases: set[str]) -> dict[str, Any]:
        by_channel = {c: {"attempted": 0, "made": 0} for c in LOG_CHANNELS}
        for case_id, at, channel, outcome in self.store.db.execute(
            "SELECT case_id, at, channel, outcome FROM contact_log l WHERE NOT EXISTS "
            "(SELECT 1 FROM contact_log c WHERE c.corrects_id = l.id)"
        ):
            if case_id not in cases or not period.holds(self._day(at)):
                continue
            counts = by_channel.setdefault(channel, {"attempted": 0, "made": 0})
            counts["attempted"] += 1
            if outcome in SUCCESSFUL_OUTCOMES:
                counts["made"] += 1
        return {
            "attempted": sum(c["attempted"] for c in by_channel.values()),
            "made": sum(c["made"] for c in by_channel.values()),
            "by_channel": {k: v for k, v in by_channel.items() if v["attempted"]},
        }

    def _support(self, period: Period, cases: set[str]) -> dict[str, Any]:
        devices = support.workers_by_device(self.store)
        total = minutes_travel = entries = 0
        by_kind: Counter[str] = Counter()
        by_worker: Counter[str] = Counter()
        for _src, case_id, at, minutes, travel, kinds, device in support.work_rows(self.store):
            if case_id not in cases or not period.holds(self._day(at)):
                continue
            kinds_list = support_rules.stored_kinds(kinds)
            if not (minutes or travel or kinds_list):
                continue  # a log entry that recorded no time or support (not zero: not recorded)
            total += minutes
            minutes_travel += travel
            entries += 1
            for kind in kinds_list:
                by_kind[kind] += minutes
            by_worker[devices.get(device, device)] += minutes
        return {
            "total_minutes": total,
            "travel_minutes": minutes_travel,
            "entries": entries,
            "by_kind": dict(sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0]))),
            "by_worker": dict(sorted(by_worker.items())),
        }

    def _actions(self, period: Period, cases: set[str]) -> dict[str, Any]:
        region = working_days.region(self.store)
        open_count = 0
        overdue = {"worker": 0, "agency": 0}
        due = in_time = late = 0
        for case_id, owner, due_on, done_on, case_status in self.store.db.execute(
            "SELECT a.case_id, a.owner_contact_id, a.due_on, a.done_on, c.status FROM sharing_action a "
            "JOIN case_record c ON c.id = a.case_id WHERE a.deleted_hlc IS NULL AND c.deleted_hlc IS NULL"
        ):
            if case_id not in cases:
                continue
            try:
                due_day = date.fromisoformat(due_on)
                done_day = date.fromisoformat(done_on) if done_on else None
            except ValueError:
                continue
            if period.holds(due_day):
                due += 1
                if done_day is not None and done_day <= due_day:
                    in_time += 1
                elif done_day is not None:
                    late += 1
            if case_status == "closed" or (done_day is not None and done_day <= period.as_at):
                continue
            open_count += 1
            if working_days.working_days_late(due_day, period.as_at, region) > 0:
                overdue["agency" if owner else "worker"] += 1
        return {
            "open": open_count,
            "overdue": sum(overdue.values()),
            "overdue_by_owner": overdue,
            "due": due,
            "done_in_time": in_time,
            "done_late": late,
            "not_done": due - in_time - late,
        }

    # -- the CSV -------------------------------------------------------------------------------------------
    def save_csv(self, doc: dict[str, Any], path: Path, *, suppress: bool = True, force: bool = False) -> Path:
        """The figures as CSV in ``path``, through sync/files.py (never over a file without ``force``, never
        in a store folder)."""
        target = files.new_file(Path(path), force=force)
        data = self.csv_bytes(doc, suppress)
        files.write_private(target, data)
        return target

    def csv_bytes(self, doc: dict[str, Any], suppress: bool = True) -> bytes:
        """A report's figures as CSV (``report,figure,item,value``): the period first, then every figure. With
        ``suppress``, counts under 5 are ``<5``, shares of under 5 are left out, and closing reasons given
        fewer than 5 times are counted together. Audited (a copy of figures leaving the store)."""
        rows = csv_rows(doc, suppress)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(rows)
        with self.store.transaction():
            audit.record(self.store, "report.csv", "", f"{doc['report']}.{'suppressed' if suppress else 'full'}")
        return out.getvalue().encode("utf-8")


def _hlc_day(hlc: str) -> date | None:
    try:
        return datetime.fromtimestamp(int(hlc.split("-", 1)[0]) / 1000, UTC).date()
    except (ValueError, OverflowError):
        return None


def _cell(text: str) -> str:
    """A spreadsheet never runs a cell as a formula (a typed closing reason is the only free text here)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _count(value: int, suppress: bool) -> str:
    return SUPPRESSED if suppress and value < SMALL else str(value)


def csv_rows(doc: dict[str, Any], suppress: bool = True) -> list[tuple[str, str, str, str]]:
    """The rows of ``csv_bytes`` (for the desktop's table and the tests)."""
    name = doc["report"]
    rows: list[tuple[str, str, str, str]] = []
    for key in ("from", "to", "as_at", "scope", "worker"):
        rows.append((name, "period" if key in ("from", "to", "as_at") else "scope", key, str(doc.get(key) or "")))
    rows.append((name, "suppressed", "", "yes" if suppress else "no"))
    for figure, value in doc.items():
        if figure in ("report", "from", "to", "as_at", "scope", "worker"):
            continue
        minutes = name == "support" and figure in MINUTE_FIGURES
        if figure == "closed_reasons":
            value = _pooled(value) if suppress else value
            for reason, n in value.items():
                rows.append((name, figure, _cell(reason), _count(n, suppress)))
            continue
        for item, cell in _flat(value, figure):
            rows.append((name, figure, item, _render(item, cell, value, suppress, minutes)))
    return rows


def _pooled(reasons: dict[str, int]) -> dict[str, int]:
    kept = {r: n for r, n in reasons.items() if n >= SMALL}
    rest = sum(n for n in reasons.values() if n < SMALL)
    if rest:
        kept[OTHER_REASONS] = rest
    return kept


def _flat(value: Any, figure: str, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        out: list[tuple[str, Any]] = []
        for k, v in value.items():
            out.extend(_flat(v, figure, f"{prefix}.{k}" if prefix else str(k)))
        return out
    return [(prefix, value)]


def _render(item: str, cell: Any, group: Any, suppress: bool, minutes: bool) -> str:
    if cell is None:
        return ""
    leaf = item.rsplit(".", 1)[-1]
    if leaf in SHARES:
        parent = group
        for part in item.split(".")[:-1]:
            parent = parent[part]
        base = next((parent[k] for k in SHARES[leaf] if k in parent), 0)
        return "" if suppress and base < SMALL else f"{cell:.3f}"
    if isinstance(cell, bool) or not isinstance(cell, int):
        return str(cell)
    if minutes or leaf == "working_days":
        return str(cell)
    return _count(cell, suppress)
