"""Risk assessments of a case: add one (append-only), read them, review dates, MARAC referrals, the referral PDF.

Every write is one transaction with what hangs off it: the next review date kept in step as a planned contact
(kind ``review``, source ``risk``, so Today lists it and a successful contact fulfils it) and an audit event.
Reading an assessment for a person, and every referral PDF, are audited too; audit events never hold answers,
notes or scores. ``RiskService`` is what the front ends use (``session.risk``); the work is split by job:

- ``risk_templates``: the checklists a store can use, and the office publishing its own;
- ``risk_checks``: what a person typed, checked before any store is looked at (the demo uses it too);
- ``risk_assessment``: the assessment record, written once and read back;
- ``risk_referrals``: MARAC referrals and their hearing dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.records import case_rows
from safetyworker.records.reader import parse_date
from safetyworker.risk import scoring
from safetyworker.risk.templates import RiskTemplate
from safetyworker.services import contacts, risk_assessment, risk_referrals, risk_templates
from safetyworker.services.risk_assessment import Assessment
from safetyworker.services.risk_checks import check_assessment, check_referral
from safetyworker.services.risk_referrals import Referral
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.timetable import planner

SOURCE_RISK = "risk"
PLANNED_STATUS = "planned"
#: What a person causing harm's record may change that calls for a new look at the risk (DESIGN.md).
_TRIGGER_FIELDS = ("release_date", "custody_status", "programme_status")
_TRIGGER_STATUSES = ("dropped_out", "breached")


@dataclass
class CaseRisk:
    """What the caseload shows: the current level, and whether a review is due."""

    level: str | None = None
    level_label: str = ""
    score: int | None = None
    review_due: str | None = None  # the earliest still-planned risk review date
    overdue: bool = False
    refer: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class RiskService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- templates -----------------------------------------------------------------------------------
    # -- templates -----------------------------------------------------------------------------------
    def templates(self) -> list[RiskTemplate]:
        """Every checklist a worker may use, the shipped default first."""
        return risk_templates.templates(self.store)

    def readable_templates(self) -> tuple[dict[str, RiskTemplate], list[InvalidInput]]:
        """The checklists that can be read, by id, and what is wrong with any organisation file that cannot: for
        reading (the caseload, earlier assessments, the referral), which a broken file must never stop."""
        return risk_templates.readable_templates(self.store)

    def template(self, template_id: Any) -> RiskTemplate:
        return risk_templates.pick_template(self.templates(), template_id)

    def template_or_none(self, template_id: str) -> RiskTemplate | None:
        return self.readable_templates()[0].get(template_id)

    def publish_template(self, path: Path) -> RiskTemplate:
        """Office: check a checklist file and keep it; the next bundle for each worker carries it."""
        return risk_templates.publish_template(self.store, path)

    # -- adding --------------------------------------------------------------------------------------
    def add(self, case_id: str, data: Any, assessor: str = "") -> Assessment:
        """Save a new assessment. Bad input raises ``InvalidInput`` naming the field and saves nothing."""
        c = check_assessment(data, self.templates(), assessor)
        template, judgement, corrects, next_review = c.template, c.judgement, c.corrects, c.next_review
        with self.store.transaction() as db:
            status = db.execute(
                "SELECT status FROM case_record WHERE id = ? AND deleted_hlc IS NULL", (case_id,)
            ).fetchone()
            if status is None:
                raise _no_case(case_id)
            if status[0] == "closed":
                raise InvalidInput("status", _("this case is closed: its risk assessments can be read, not added to"))
            if (
                corrects is not None
                and not db.execute(
                    "SELECT 1 FROM risk_assessment WHERE id = ? AND case_id = ?", (corrects, case_id)
                ).fetchone()
            ):
                raise InvalidInput("corrects", _("is not an assessment of this case"))
            result = scoring.outcome(
                template,
                c.answers,
                judgement,
                heard_on=risk_referrals.heard_on(self.store, case_id),
                new_incident=c.new_incident,
                on=date.fromisoformat(c.assessed_at[:10]),
            )
            assessment_id = risk_assessment.insert(self.store, case_id, c, result)
            contacts.keep_review_in_step(self.store, case_id, SOURCE_RISK, next_review)
            audit.record(self.store, "risk.add", case_id, assessment_id)
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        # the one just saved, which need not be the latest: one typed in from paper takes its place in the history
        return next(a for a in self.assessments(case_id) if a.id == assessment_id)

    # -- reading -------------------------------------------------------------------------------------
    def _check_case(self, case_id: str) -> None:
        if not self.store.db.execute(
            "SELECT 1 FROM case_record WHERE id = ? AND deleted_hlc IS NULL", (case_id,)
        ).fetchone():
            raise _no_case(case_id)

    def assessments(self, case_id: str) -> list[Assessment]:
        """Every assessment of the case, oldest first (by when it was done, then by clock stamp), numbered 1..n.
        Not audited on its own: the desktop audits opening one (``show``)."""
        self._check_case(case_id)
        heard = risk_referrals.heard_on(self.store, case_id)
        known = self.readable_templates()[0]
        rows = risk_assessment.rows(self.store, case_id)
        return [risk_assessment.from_row(row, n, heard, known) for n, row in enumerate(rows, start=1)]

    def latest(self, case_id: str) -> Assessment | None:
        found = self.assessments(case_id)
        return found[-1] if found else None

    def history(self, case_id: str) -> list[dict[str, Any]]:
        """Score and level over time, oldest first (what the chart and ``risk history`` show)."""
        return [
            {"id": a.id, "version": a.version, "assessed_at": a.assessed_at, "score": a.score, "level": a.level}
            for a in self.assessments(case_id)
        ]

    def show(self, case_id: str, version: int | None = None) -> Assessment | None:
        """One assessment for a person to read (the latest by default); the view is audited, without content."""
        found = self.assessments(case_id)
        if version is None:
            chosen = found[-1] if found else None
        else:
            if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= len(found):
                raise RecordNotFound(_("This case has no risk assessment {n}.").format(n=version))
            chosen = found[version - 1]
        if chosen is not None:
            with self.store.transaction():
                audit.record(self.store, "risk.view", case_id, chosen.id)
        return chosen

    # -- the caseload and the prompt -----------------------------------------------------------------
    def caseload(self, today: date | None = None) -> dict[str, CaseRisk]:
        """Every open case's current level and earliest risk review still planned, in two statements."""
        today = today or date.today()
        out: dict[str, CaseRisk] = {}
        labels = {(t.id, lvl.name): lvl for t in self.readable_templates()[0].values() for lvl in t.levels}
        for case_id, template, level, score in self.store.db.execute(
            "SELECT r.case_id, r.template, r.level, r.score FROM risk_assessment r WHERE r.id = ("
            "SELECT id FROM risk_assessment x WHERE x.case_id = r.case_id "
            "ORDER BY x.assessed_at DESC, x.created_hlc DESC, x.id DESC LIMIT 1)"
        ):
            lvl = labels.get((template, level))
            label = lvl.label if lvl else level.capitalize()
            out[case_id] = CaseRisk(level, label, score, refer=bool(lvl and lvl.refer))
        for case_id, due in self.store.db.execute(
            "SELECT case_id, min(due_date) FROM planned_contact WHERE kind = ? AND source = ? AND status = ? "
            "AND deleted_hlc IS NULL GROUP BY case_id",
            (contacts.REVIEW_KIND, SOURCE_RISK, PLANNED_STATUS),
        ):
            risk = out.setdefault(case_id, CaseRisk())
            risk.review_due = due
            risk.overdue = due <= today.isoformat()
        return out

    def review_prompt(self, case_id: str) -> str | None:
        """Why the risk assessment should be looked at again, or None: since the latest assessment, the person
        causing harm's release date or custody changed, their programme was dropped out of or breached, or the
        log records a new incident. With no assessment yet, any of these asks for a first one."""
        latest = self.store.db.execute(
            "SELECT max(created_hlc) FROM risk_assessment WHERE case_id = ?", (case_id,)
        ).fetchone()
        since = latest[0] or ""
        people = [r[0] for r in self.store.db.execute(
            "SELECT person_id FROM harm_link WHERE case_id = ? AND deleted_hlc IS NULL", (case_id,)
        )]  # fmt: skip
        for person in people:
            row = self.store.db.execute(
                "SELECT release_date, custody_status, programme_status FROM person_causing_harm WHERE id = ?",
                (person,),
            ).fetchone()
            if row is None:
                continue
            for name, hlc in self.store.db.execute(
                "SELECT field, hlc FROM field_stamp WHERE tbl = 'person_causing_harm' AND record_id = ? "
                f"AND field IN ({', '.join('?' * len(_TRIGGER_FIELDS))})",
                (person, *_TRIGGER_FIELDS),
            ):
                if hlc <= since:
                    continue
                if name == "release_date" and row[0]:
                    return _("a release date was set or moved")
                if name == "custody_status" and since:
                    return _("their custody changed")
                if name == "programme_status" and row[2] in _TRIGGER_STATUSES:
                    return _("the programme was dropped out of or breached")
        incident = self.store.db.execute(
            "SELECT 1 FROM contact_log WHERE case_id = ? AND incident = 1 AND created_hlc > ? LIMIT 1",
            (case_id, since),
        ).fetchone()
        if incident:
            return _("a new incident was logged")
        return None

    # -- referrals -----------------------------------------------------------------------------------
    def referrals(self, case_id: str) -> list[Referral]:
        self._check_case(case_id)
        return risk_referrals.referrals(self.store, case_id)

    def check_referral(self, data: Any) -> dict[str, Any]:
        """A referral's fields as a person typed them, checked (nothing is saved)."""
        return check_referral(data, planner.local_today(self.store))

    def refer(self, case_id: str, data: Any) -> Referral:
        """Record a referral to a MARAC, tied to the latest assessment."""
        values = self.check_referral(data)
        latest = self.latest(case_id)
        referral_id = risk_referrals.record(self.store, case_id, latest.id if latest else None, values)
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return next(r for r in self.referrals(case_id) if r.id == referral_id)

    def heard(self, case_id: str, referral_id: str, heard_on: str) -> Referral:
        """Add the date the MARAC heard the case: it then counts for the repeat-referral rule."""
        when = parse_date(heard_on, "heard_on")
        if not any(r.id == referral_id for r in self.referrals(case_id)):
            raise RecordNotFound(_("This case has no referral {id}.").format(id=referral_id))
        risk_referrals.record_heard(self.store, case_id, referral_id, when)
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return next(r for r in self.referrals(case_id) if r.id == referral_id)

    def render_referral(self, case_id: str, data: Any, action: str = "risk.referral_pdf") -> bytes:
        """The MARAC referral (worker copy) as a PDF in memory, from the case and its latest assessment; ``data``
        holds what the form asks (MARAC, consent, the person's wishes). Audited, without content."""
        values = self.check_referral(data)
        case = case_rows.load_case(self.store.db, case_id)
        if case is None:
            raise _no_case(case_id)
        latest = self.latest(case_id)
        if latest is None:
            raise InvalidInput("assessment", _("this case has no risk assessment yet: complete one first"))
        from safetyworker.printing.referral_pdf import render_referral

        windows = risk_referrals.safe_times(case)
        pdf = render_referral(case, latest, values, windows, self.template_or_none(latest.template))
        with self.store.transaction():
            audit.record(self.store, action, case_id, values["consent"])
        return pdf


def _no_case(case_id: str) -> RecordNotFound:
    return RecordNotFound(_("There is no case with the id {id}.").format(id=case_id))
