"""The assessment record: one row of ``risk_assessment``, written once and read back as an ``Assessment``.

Assessments are append-only (a correction is a new one that names the one it corrects). The questions are kept
with the answers, so an assessment reads as it was done even after its checklist changes; whether it advises a
referral is worked out when it is read, from its checklist and the MARAC hearings since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from safetyworker.risk import scoring
from safetyworker.risk.templates import RiskTemplate
from safetyworker.services.risk_checks import CheckedAssessment
from safetyworker.store.vault import Store, new_id

COLUMNS = (
    "id, case_id, template, template_version, questions_json, answers_json, notes_json, score, level, rules_level, "
    "judgement_level, judgement_reason, seen_alone, new_incident, what_changed, next_review, assessor, assessed_at, "
    "corrects_id, device_id, created_hlc"
)
ORDER = "ORDER BY assessed_at, created_hlc, id"


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


def insert(store: Store, case_id: str, c: CheckedAssessment, result: scoring.Outcome) -> str:
    """Write the checked assessment with its score; inside the caller's transaction. Returns its id."""
    template, judgement, next_review = c.template, c.judgement, c.next_review
    assessment_id = new_id()
    store.db.execute(
        f"INSERT INTO risk_assessment ({COLUMNS}) VALUES ({', '.join('?' * 21)})",
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
            c.corrects,
            store.device_id,
            store.clock.now(),
        ),
    )
    return assessment_id


def rows(store: Store, case_id: str) -> list[tuple[Any, ...]]:
    """The case's assessment rows, oldest first."""
    return store.db.execute(f"SELECT {COLUMNS} FROM risk_assessment WHERE case_id = ? {ORDER}", (case_id,)).fetchall()


def from_row(row: tuple[Any, ...], number: int, heard: list[date], templates: dict[str, RiskTemplate]) -> Assessment:
    """The assessment of a row; ``number`` is its place in the case's history, ``heard`` the MARAC hearings."""
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
