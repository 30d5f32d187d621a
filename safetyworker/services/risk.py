"""Risk assessments of a case: add one (append-only), read them, review dates, MARAC referrals, the referral PDF.

Every write is one transaction with what hangs off it: the next review date kept in step as a planned contact
(kind ``review``, source ``risk``, so Today lists it and a successful contact fulfils it) and an audit event.
Reading an assessment for a person, and every referral PDF, are audited too; audit events never hold answers,
notes or scores. Checklist templates are data (safetyworker/risk/templates.py); the office sends its own to
laptops as reference data (``risk:<id>`` rows of ``reference_data``), so they travel in bundles like the
helplines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.records import case_rows, tables
from safetyworker.records.reader import Reader, parse_date
from safetyworker.risk import scoring
from safetyworker.risk.templates import RiskTemplate, load_templates, read_template
from safetyworker.services import contacts
from safetyworker.store import audit
from safetyworker.store.vault import Store, new_id, utc_now

SOURCE_RISK = "risk"
PLANNED_STATUS = "planned"
#: reference_data ids of office-sent checklists start with this.
REFERENCE_PREFIX = "risk:"
REFERENCE = tables.Table("reference_data", ("body", "checked"))
REFERRAL = tables.Table(
    "marac_referral",
    ("case_id", "assessment_id", "referred_on", "marac", "consent", "consent_reason", "wishes", "heard_on"),
)
CONSENT = ("given", "refused", "not_asked")
ADD_FIELDS = (
    "template",
    "answers",
    "notes",
    "seen_alone",
    "judgement",
    "next_review",
    "assessed_at",
    "what_changed",
    "new_incident",
    "corrects",
    "assessor",
)
MAX_TEXT = 4000
FUTURE_SLACK = timedelta(days=2)
_COLUMNS = (
    "id, case_id, template, template_version, questions_json, answers_json, notes_json, score, level, rules_level, "
    "judgement_level, judgement_reason, seen_alone, new_incident, what_changed, next_review, assessor, assessed_at, "
    "corrects_id, device_id, created_hlc"
)
_ORDER = "ORDER BY assessed_at, created_hlc, id"
#: What a person causing harm's record may change that calls for a new look at the risk (DESIGN.md).
_TRIGGER_FIELDS = ("release_date", "custody_status", "programme_status")
_TRIGGER_STATUSES = ("dropped_out", "breached")


@dataclass(frozen=True)
class Assessment:
    id: str
    case_id: str
    template: str
    template_version: int
    questions: list[dict[str, str]]
    answers: dict[str, str]
    notes: dict[str, str]
    score: int
    level: str
    rules_level: str
    judgement: dict[str, str] | None
    seen_alone: bool | None
    new_incident: bool
    what_changed: str
    next_review: str | None
    assessor: str
    assessed_at: str
    corrects: str | None
    device_id: str
    version: int = 0
    refer: bool = False
    repeat: bool = False
    level_label: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case_id": self.case_id,
            "version": self.version,
            "template": self.template,
            "template_version": self.template_version,
            "score": self.score,
            "level": self.level,
            "rules_level": self.rules_level,
            "judgement": self.judgement,
            "answers": self.answers,
            "notes": self.notes,
            "seen_alone": self.seen_alone,
            "new_incident": self.new_incident,
            "what_changed": self.what_changed,
            "next_review": self.next_review,
            "assessor": self.assessor,
            "assessed_at": self.assessed_at,
            "corrects": self.corrects,
            "referral": {"advised": self.refer, "repeat": self.repeat},
        }

    def yes_answers(self) -> list[tuple[str, str]]:
        """(question text, note) of every factor answered yes, in checklist order."""
        return [(q["text"], self.notes.get(q["id"], "")) for q in self.questions if self.answers.get(q["id"]) == "yes"]


@dataclass(frozen=True)
class Referral:
    id: str
    case_id: str
    assessment_id: str | None
    referred_on: str
    marac: str
    consent: str
    consent_reason: str
    wishes: str
    heard_on: str | None

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


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
    def _office_templates(self) -> list[RiskTemplate]:
        out = []
        for record_id, body in self.store.db.execute(
            "SELECT id, body FROM reference_data WHERE id LIKE ? AND deleted_hlc IS NULL ORDER BY id",
            (REFERENCE_PREFIX + "%",),
        ):
            try:
                out.append(RiskTemplate.from_json(json.loads(body), record_id, "office"))
            except (InvalidInput, ValueError):
                continue  # checked on the way in (stored_check); doctor names one that is not
        return out

    def templates(self) -> list[RiskTemplate]:
        """Every checklist a worker may use, the shipped default first."""
        return list(load_templates(self.store.folder, self._office_templates()).values())

    def readable_templates(self) -> tuple[dict[str, RiskTemplate], list[InvalidInput]]:
        """The checklists that can be read, by id, and what is wrong with any organisation file that cannot: for
        reading (the caseload, earlier assessments, the referral), which a broken file must never stop."""
        problems: list[InvalidInput] = []
        found = load_templates(self.store.folder, self._office_templates(), problems)
        return found, problems

    def template(self, template_id: Any) -> RiskTemplate:
        return pick_template(self.templates(), template_id)

    def publish_template(self, path: Path) -> RiskTemplate:
        """Office: check a checklist file and keep it; the next bundle for each worker carries it."""
        from safetyworker.sync.enrolment import require_office

        require_office(self.store)
        template = read_template(path, "office")
        body = json.dumps(template.to_json(), ensure_ascii=False, sort_keys=True)
        record_id = REFERENCE_PREFIX + template.id
        with self.store.transaction():
            if tables.current(self.store, REFERENCE, record_id) is None:
                tables.insert(self.store, REFERENCE, {"body": body, "checked": utc_now()[:10]}, record_id=record_id)
            else:
                tables.update(self.store, REFERENCE, record_id, {"body": body, "checked": utc_now()[:10]})
            audit.record(self.store, "office.risk_template", record_id, str(template.version))
        return template

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
                heard_on=self._heard_on(case_id),
                new_incident=c.new_incident,
                on=date.fromisoformat(c.assessed_at[:10]),
            )
            assessment_id = new_id()
            db.execute(
                f"INSERT INTO risk_assessment ({_COLUMNS}) VALUES ({', '.join('?' * 21)})",
                (
                    assessment_id,
                    case_id,
                    template.id,
                    template.version,
                    _dump([{"id": q.id, "text": q.text} for q in template.questions]),
                    _dump(c.answers),
                    _dump(c.notes),
                    result.score,
                    result.level,
                    result.rules_level,
                    judgement.level if judgement else "",
                    judgement.reason if judgement else "",
                    None if c.seen_alone is None else int(c.seen_alone),
                    int(c.new_incident),
                    c.what_changed,
                    next_review.isoformat() if next_review else None,
                    c.assessor,
                    c.assessed_at,
                    corrects,
                    self.store.device_id,
                    self.store.clock.now(),
                ),
            )
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

    def _rows(self, case_id: str) -> list[tuple[Any, ...]]:
        return self.store.db.execute(
            f"SELECT {_COLUMNS} FROM risk_assessment WHERE case_id = ? {_ORDER}", (case_id,)
        ).fetchall()

    def assessments(self, case_id: str) -> list[Assessment]:
        """Every assessment of the case, oldest first (by when it was done, then by clock stamp), numbered 1..n.
        Not audited on its own: the desktop audits opening one (``show``)."""
        self._check_case(case_id)
        heard = self._heard_on(case_id)
        known = self.readable_templates()[0]
        return [self._assessment(row, n, heard, known) for n, row in enumerate(self._rows(case_id), start=1)]

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

    def _assessment(
        self, row: tuple[Any, ...], number: int, heard: list[date], templates: dict[str, RiskTemplate]
    ) -> Assessment:
        (aid, case_id, template, tversion, questions, answers, notes, score, level, rules_level, j_level) = row[:11]
        (j_reason, seen_alone, new_incident, what_changed, next_review, assessor, assessed_at, corrects) = row[11:19]
        device = row[19]
        known = templates.get(template)
        lvl = known.level(level) if known else None
        refer = bool(lvl and lvl.refer) or bool(
            known and known.refer_from_score is not None and score >= known.refer_from_score
        )
        repeat = (
            bool(new_incident)
            and bool(known)
            and scoring.heard_recently(heard, _day(assessed_at), known.repeat_months if known else 0)
        )
        return Assessment(
            id=aid,
            case_id=case_id,
            template=template,
            template_version=tversion,
            questions=_load(questions, []),
            answers=_load(answers, {}),
            notes=_load(notes, {}),
            score=score,
            level=level,
            rules_level=rules_level,
            judgement={"level": j_level, "reason": j_reason} if j_level else None,
            seen_alone=None if seen_alone is None else bool(seen_alone),
            new_incident=bool(new_incident),
            what_changed=what_changed,
            next_review=next_review,
            assessor=assessor,
            assessed_at=assessed_at,
            corrects=corrects,
            device_id=device,
            version=number,
            refer=refer or repeat,
            repeat=repeat,
            level_label=lvl.label if lvl else level.capitalize(),
        )

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
    def _heard_on(self, case_id: str) -> list[date]:
        out = []
        for (value,) in self.store.db.execute(
            "SELECT heard_on FROM marac_referral WHERE case_id = ? AND heard_on IS NOT NULL AND deleted_hlc IS NULL",
            (case_id,),
        ):
            try:
                out.append(date.fromisoformat(value))
            except (TypeError, ValueError):
                continue
        return out

    def referrals(self, case_id: str) -> list[Referral]:
        self._check_case(case_id)
        return [
            Referral(*row)
            for row in self.store.db.execute(
                "SELECT id, case_id, assessment_id, referred_on, marac, consent, consent_reason, wishes, heard_on "
                "FROM marac_referral WHERE case_id = ? AND deleted_hlc IS NULL ORDER BY referred_on, created_hlc",
                (case_id,),
            )
        ]

    def check_referral(self, data: Any) -> dict[str, Any]:
        """A referral's fields as a person typed them, checked (nothing is saved)."""
        return check_referral(data)

    def refer(self, case_id: str, data: Any) -> Referral:
        """Record a referral to a MARAC, tied to the latest assessment."""
        values = self.check_referral(data)
        latest = self.latest(case_id)
        with self.store.transaction():
            referral_id = tables.insert(
                self.store,
                REFERRAL,
                {"case_id": case_id, "assessment_id": latest.id if latest else None, **values},
            )
            audit.record(self.store, "risk.referral", case_id, values["consent"])
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return next(r for r in self.referrals(case_id) if r.id == referral_id)

    def heard(self, case_id: str, referral_id: str, heard_on: str) -> Referral:
        """Add the date the MARAC heard the case: it then counts for the repeat-referral rule."""
        when = parse_date(heard_on, "heard_on")
        if not any(r.id == referral_id for r in self.referrals(case_id)):
            raise RecordNotFound(_("This case has no referral {id}.").format(id=referral_id))
        with self.store.transaction():
            tables.update(self.store, REFERRAL, referral_id, {"heard_on": when.isoformat()})
            audit.record(self.store, "risk.heard", case_id, referral_id)
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

        windows = case_rows_safe_times(case)
        pdf = render_referral(case, latest, values, windows, self.template_or_none(latest.template))
        with self.store.transaction():
            audit.record(self.store, action, case_id, values["consent"])
        return pdf

    def template_or_none(self, template_id: str) -> RiskTemplate | None:
        return self.readable_templates()[0].get(template_id)


@dataclass(frozen=True)
class CheckedAssessment:
    """An assessment's fields as a person typed them, checked against its checklist (nothing saved yet)."""

    template: RiskTemplate
    answers: dict[str, str]
    notes: dict[str, str]
    judgement: scoring.Judgement | None
    seen_alone: bool | None
    new_incident: bool
    what_changed: str
    assessor: str
    next_review: date | None
    corrects: str | None
    assessed_at: str


def check_referral(data: Any) -> dict[str, Any]:
    """A referral's fields as a person typed them, checked (nothing is saved)."""
    r = Reader(data)
    referred_on = r.date("referred_on") or date.today()
    marac = r.text("marac", required=True, max_len=200)
    consent = r.choice("consent", CONSENT, "not_asked")
    reason = r.text("consent_reason", max_len=MAX_TEXT)
    if consent == "refused" and not reason:
        raise r.fail("consent_reason", _("say why the referral goes ahead without the person's consent"))
    wishes = r.text("wishes", max_len=MAX_TEXT)
    heard_on = r.date("heard_on")
    r.finish()
    return {
        "referred_on": referred_on.isoformat(),
        "marac": marac,
        "consent": consent,
        "consent_reason": reason,
        "wishes": wishes,
        "heard_on": heard_on.isoformat() if heard_on else None,
    }


def pick_template(templates: list[RiskTemplate], template_id: Any) -> RiskTemplate:
    """The checklist of that id among ``templates``; any other names the ones there are."""
    found = {t.id: t for t in templates}
    if not isinstance(template_id, str) or template_id not in found:
        raise InvalidInput("template", _("must be one of: {c}").format(c=", ".join(found)))
    return found[template_id]


def check_assessment(data: Any, templates: list[RiskTemplate], assessor: str = "") -> CheckedAssessment:
    """Every check ``RiskService.add`` makes before it looks at the case, without a store: the demo checks its
    assessments with it when it reads its files, so a broken one is found before anything is written."""
    if not isinstance(data, dict):
        raise InvalidInput("", _("an assessment must be an object with named fields"))
    unknown = sorted(set(data) - set(ADD_FIELDS))
    if unknown:
        raise InvalidInput(unknown[0], _("is not a known field (check the spelling)"))
    template = pick_template(templates, data.get("template"))
    answers, notes = scoring.check_answers(template, data.get("answers"), data.get("notes"))
    if "answers" not in data:
        raise InvalidInput("answers", _("is required"))
    r = Reader({k: v for k, v in data.items() if k not in ("template", "answers", "notes", "judgement")})
    seen_alone = data.get("seen_alone")
    if seen_alone is not None and not isinstance(seen_alone, bool):
        raise InvalidInput("seen_alone", _("must be true or false"))
    r.raw("seen_alone", None)
    new_incident = r.boolean("new_incident", False)
    what_changed = r.text("what_changed", max_len=MAX_TEXT)
    assessor = r.text("assessor", max_len=200) or assessor.strip()[:200]
    next_review = r.date("next_review")
    corrects = r.text("corrects", max_len=100) or None
    assessed_at = _moment(data.get("assessed_at"))
    from_rules = scoring.rules_level(template, scoring.score(template, answers))
    judgement = scoring.check_judgement(template, data.get("judgement"), from_rules)
    return CheckedAssessment(
        template,
        answers,
        notes,
        judgement,
        seen_alone,
        new_incident,
        what_changed,
        assessor,
        next_review,
        corrects,
        assessed_at,
    )


def case_rows_safe_times(case: Any) -> list[str]:
    """When each contact method may be used, in words, for the referral."""
    out = []
    for m in case.contact_methods:
        times = "; ".join(str(w) for w in m.safe_windows) if m.safe_windows else ""
        out.append(times)
    return out


def _no_case(case_id: str) -> RecordNotFound:
    return RecordNotFound(_("There is no case with the id {id}.").format(id=case_id))


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _load(text: str, default: Any) -> Any:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return default
    return value if isinstance(value, type(default)) else default


def _day(moment: str) -> date:
    try:
        return date.fromisoformat(moment[:10])
    except ValueError:
        return date.today()


def _moment(value: Any) -> str:
    """When the assessment was done (UTC, ISO); now when not given. A date alone means that day."""
    if value is None or value == "":
        return utc_now()
    if not isinstance(value, str) or len(value) > 40:
        raise InvalidInput("assessed_at", _("must be a date and time"))
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput("assessed_at", _("must be a date and time")) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed.astimezone(UTC) - datetime.now(UTC) > FUTURE_SLACK:  # a laptop's clock may run a day ahead
        raise InvalidInput("assessed_at", _("{value} is in the future").format(value=value))
    return parsed.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
