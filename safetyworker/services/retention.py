"""Retention: keeping nothing about a person longer than the service needs it (docs/data-protection.md).

The schedule is the organisation setting ``retention_years`` (records/org_settings.py), so the office sets it
once and its bundles carry it to every laptop; a store that never heard from an office uses the documented
default. The rules:

- **a laptop** (a store enrolled with an office) takes a closed case off once the office holds every change to
  it: the rule sync has always followed (sync/purge.py); the run only applies it again and says what waits;
- **the office** (and a store of its own, never enrolled) erases a case closed at least ``closed_case_years``
  ago (default 6), with everything that hangs off it (contact methods, children, plans, the log, notes, risk
  assessments, referrals, a person causing harm linked to no other case). It erases the way ``office erase``
  does: the erasure is remembered (``sync_erased``) and sent on, so no late or old bundle brings it back.

The audit trail gets one ``retention.erase`` per case (the case id, never a name) and one ``retention.run``
with the counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import N_, TranslatedMapping
from safetyworker.records import org_settings
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.sync import changes, purge
from safetyworker.sync.enrolment import require_office

DEFAULT_YEARS = int(org_settings.SETTINGS[org_settings.RETENTION_YEARS].default)
#: meta key: the day (the store's own date) the desktop last ran the schedule at unlock.
LAST_RUN_KEY = "retention_last_run"

#: Why a case goes (or waits), as codes in the JSON and the audit; words for a person in ``REASON_WORDS``.
CLOSED_YEARS = "closed_for_years"
ACKNOWLEDGED = "closed_and_held_by_office"
WAITING = "closed_waiting_for_office"
REASON_WORDS = TranslatedMapping(
    {
        CLOSED_YEARS: N_("closed longer than the schedule keeps a case"),
        ACKNOWLEDGED: N_("closed, and the office holds every change to it"),
        WAITING: N_("closed; stays until the office has this laptop's last changes"),
    }
)
#: The counts in words, for a person.
COUNT_WORDS = TranslatedMapping(
    {
        "case_record": N_("cases"),
        "contact_method": N_("contact methods"),
        "child": N_("children"),
        "person_causing_harm": N_("people causing harm"),
        "planned_contact": N_("planned contacts"),
        "contact_log": N_("contact log entries"),
        "case_note": N_("notes"),
        "safety_plan_version": N_("safety plan versions"),
        "risk_assessment": N_("risk assessments"),
        "marac_referral": N_("MARAC referrals"),
    }
)

#: What the counts name, in the order a person reads them.
COUNTED = (
    "case_record",
    "contact_method",
    "child",
    "person_causing_harm",
    "planned_contact",
    "contact_log",
    "case_note",
    "safety_plan_version",
    "risk_assessment",
    "marac_referral",
)


@dataclass(frozen=True)
class Schedule:
    closed_case_years: int = DEFAULT_YEARS
    #: "default" (the documented default) or "office" (the office set it)
    source: str = "default"

    def to_json(self) -> dict[str, Any]:
        return {"closed_case_years": self.closed_case_years, "source": self.source}


@dataclass(frozen=True)
class Removal:
    """One case that goes (or, in a dry run, would go), or waits (``counts`` empty), and why."""

    case_id: str
    reason: str
    closed_on: str
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "reason": self.reason, "closed_on": self.closed_on, "counts": self.counts}


@dataclass
class RetentionReport:
    dry_run: bool
    rule: str  # "laptop" or "office"
    schedule: Schedule
    today: date
    removed: list[Removal] = field(default_factory=list)
    waiting: list[Removal] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        out = {name: 0 for name in COUNTED}
        for removal in self.removed:
            for name, n in removal.counts.items():
                out[name] = out.get(name, 0) + n
        return {name: n for name, n in out.items() if n}

    def to_json(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "rule": self.rule,
            "schedule": self.schedule.to_json(),
            "today": self.today.isoformat(),
            "removed": [r.to_json() for r in self.removed],
            "waiting": [r.to_json() for r in self.waiting],
            "totals": self.totals(),
        }


def schedule(store: Store) -> Schedule:
    """The schedule in force in this store: the office's (the organisation setting ``retention_years``, which
    its bundles carry to every laptop), or the default when none came."""
    years = org_settings.number(store, org_settings.RETENTION_YEARS)
    return Schedule(years, "office" if org_settings.is_set(store, org_settings.RETENTION_YEARS) else "default")


def set_years(store: Store, years: Any) -> Schedule:
    """Office: keep the schedule; the next bundle for each worker carries it. Audited (the number only)."""
    require_office(store)
    with store.transaction():
        n = org_settings.write(store, org_settings.RETENTION_YEARS, years)
        audit.record(store, "settings.change", detail=f"{org_settings.RETENTION_YEARS}={n}")
    assert isinstance(n, int)
    return Schedule(n, "office")


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _closed_on(closed_at: str | None, updated_hlc: str) -> date:
    """The day a case was closed; a case closed before the date was kept (an old import) counts from its last
    change."""
    if closed_at:
        try:
            return datetime.fromisoformat(closed_at.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    millis = int(updated_hlc.split("-", 1)[0])
    return datetime.fromtimestamp(millis / 1000, UTC).date()


def _counts(store: Store, case_id: str) -> dict[str, int]:
    scope = changes.case_scope(store, {case_id})
    scope["person_causing_harm"] -= {
        r[0] for r in store.db.execute("SELECT person_id FROM harm_link WHERE case_id != ?", (case_id,))
    }
    return {name: len(scope.get(name, ())) for name in COUNTED if scope.get(name)}


def _is_laptop(store: Store) -> bool:
    return store.role == "worker" and bool(store.meta("worker_id"))


def _closed(store: Store) -> list[tuple[str, date]]:
    return [
        (case_id, _closed_on(closed_at, updated))
        for case_id, closed_at, updated in store.db.execute(
            "SELECT id, closed_at, updated_hlc FROM case_record WHERE status = 'closed' ORDER BY closed_at, id"
        )
    ]


def run(store: Store, *, dry_run: bool, today: date | None = None, note_day: bool = False) -> RetentionReport:
    """Apply the schedule (or, ``dry_run``, say what it would do and change nothing but the audit trail).
    Everything it erases goes in one transaction: all of it or nothing. ``note_day``: also note ``today`` as
    the day the desktop's daily run happened, in that same transaction (``run_if_due``)."""
    today = today or datetime.now(UTC).date()
    laptop = _is_laptop(store)
    report = RetentionReport(dry_run, "laptop" if laptop else "office", schedule(store), today)
    if laptop:
        ready, waiting = purge.closed_cases_ready(store)
        closed = dict(_closed(store))
        report.removed = [Removal(c, ACKNOWLEDGED, closed[c].isoformat(), _counts(store, c)) for c in ready]
        report.waiting = [Removal(c, WAITING, closed[c].isoformat()) for c in waiting]
    else:
        cutoff = years_before(today, report.schedule.closed_case_years)
        report.removed = [
            Removal(c, CLOSED_YEARS, on.isoformat(), _counts(store, c)) for c, on in _closed(store) if on <= cutoff
        ]
    with store.transaction():
        if not dry_run:
            for removal in report.removed:
                if laptop:
                    purge.purge_case(store, removal.case_id)
                else:
                    purge.erase_case(store, removal.case_id)
                    store.db.execute("DELETE FROM sync_assignment WHERE case_id = ?", (removal.case_id,))
                audit.record(store, "retention.erase", removal.case_id, removal.reason)
        detail = f"{'dry_run' if dry_run else 'run'},cases={len(report.removed)},waiting={len(report.waiting)}"
        audit.record(store, "retention.run", detail=detail)
        if note_day:
            store.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (LAST_RUN_KEY, today.isoformat()),
            )
    if report.removed and not dry_run:
        store.events.emit(CASES_CHANGED, ids=[r.case_id for r in report.removed])
    return report


def run_if_due(store: Store, today: date | None = None) -> RetentionReport | None:
    """The desktop's once-a-day run at unlock: the schedule applied, unless it already ran today. The run and
    the note of its day are one transaction: a crash between them no longer runs (and audits) it twice."""
    today = today or datetime.now(UTC).date()
    if store.meta(LAST_RUN_KEY) == today.isoformat():
        return None
    return run(store, dry_run=False, today=today, note_day=True)


class RetentionService:
    """The retention schedule of the store a session holds, and its runs."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def schedule(self) -> Schedule:
        return schedule(self._store)

    def rule(self) -> str:
        """ "laptop" (closed cases go once the office holds them) or "office" (erased after the years)."""
        return "laptop" if _is_laptop(self._store) else "office"

    def set_years(self, years: Any) -> Schedule:
        return set_years(self._store, years)

    def run(self, dry_run: bool = False, today: date | None = None) -> RetentionReport:
        return run(self._store, dry_run=dry_run, today=today)

    def run_if_due(self, today: date | None = None) -> RetentionReport | None:
        return run_if_due(self._store, today)
