"""An assessment's or a referral's fields as a person typed them, checked, before any store is looked at.

Kept apart from the service so the demo can check its assessments and referrals when it reads its files
(safetyworker/demo/loader.py), and a broken one is found before anything is written. Bad input raises
``InvalidInput`` naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records.reader import Reader
from safetyworker.risk import scoring
from safetyworker.risk.templates import RiskTemplate
from safetyworker.services.risk_templates import pick_template
from safetyworker.store.vault import utc_now

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


def check_referral(data: Any, today: date) -> dict[str, Any]:
    """A referral's fields as a person typed them, checked (nothing is saved); made ``today`` (the store's)
    unless it says when."""
    r = Reader(data)
    referred_on = r.date("referred_on") or today
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
