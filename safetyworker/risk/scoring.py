"""Scoring an assessment against its template: the score, the level the rules give, the worker's judgement,
and whether the case calls for a MARAC referral (a first or a repeat one).

Pure functions over plain values, so every threshold edge can be tested without a store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.risk.templates import ANSWERS, RiskTemplate

MAX_NOTE = 4000
MAX_REASON = 4000


@dataclass(frozen=True)
class Judgement:
    level: str
    reason: str


@dataclass(frozen=True)
class Outcome:
    score: int
    rules_level: str  # the level the score gives
    level: str  # the level that stands: the judgement's where that is higher
    refer: bool  # the level or score calls for a MARAC referral
    repeat: bool  # heard at MARAC within the template's months, and a new incident: refer again whatever the score


def check_answers(template: RiskTemplate, answers: Any, notes: Any = None) -> tuple[dict[str, str], dict[str, str]]:
    """Answers and notes as the template knows them; an unknown question id or answer word names the field.

    Questions left out are ``not_asked``: an assessment may be saved part done (the worker asks the rest next
    time) and a question never answered never counts."""
    if not isinstance(answers, dict):
        raise InvalidInput("answers", _("must be an object: question id to answer"))
    ids = template.question_ids()
    out = dict.fromkeys(ids, "not_asked")
    for qid, word in answers.items():
        if qid not in ids:
            raise InvalidInput(f"answers.{qid}", _("is not a question of the checklist '{t}'").format(t=template.id))
        if word not in ANSWERS:
            raise InvalidInput(f"answers.{qid}", _("must be one of: {c}").format(c=", ".join(ANSWERS)))
        out[qid] = word
    kept: dict[str, str] = {}
    if notes is not None:
        if not isinstance(notes, dict):
            raise InvalidInput("notes", _("must be an object: question id to note"))
        for qid, text in notes.items():
            if qid not in ids:
                raise InvalidInput(f"notes.{qid}", _("is not a question of the checklist '{t}'").format(t=template.id))
            if not isinstance(text, str):
                raise InvalidInput(f"notes.{qid}", _("must be text"))
            text = text.strip()
            if len(text) > MAX_NOTE:
                raise InvalidInput(f"notes.{qid}", _("is too long (at most {n} characters)").format(n=MAX_NOTE))
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidInput(f"notes.{qid}", _("contains a character that is not valid text")) from None
            if text:
                kept[qid] = text
    return out, kept


def score(template: RiskTemplate, answers: dict[str, str]) -> int:
    return sum(template.points.get(word, 0) for word in answers.values())


def rules_level(template: RiskTemplate, value: int) -> str:
    """The highest level whose threshold the score reaches (levels reached only by judgement never are)."""
    name = template.levels[0].name
    for level in template.levels:
        if level.min_score is not None and value >= level.min_score:
            name = level.name
    return name


def check_judgement(template: RiskTemplate, data: Any, from_rules: str) -> Judgement | None:
    """The worker's professional judgement: it may raise the level, never lower it, and always has a reason."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise InvalidInput("judgement", _("must be an object with a level and a reason"))
    unknown = sorted(set(data) - {"level", "reason"})
    if unknown:
        raise InvalidInput(f"judgement.{unknown[0]}", _("is not a known field (check the spelling)"))
    level = data.get("level")
    reason = data.get("reason")
    if level in (None, "") and reason in (None, ""):
        return None
    if not isinstance(level, str) or template.rank(level) < 0:
        names = ", ".join(lvl.name for lvl in template.levels)
        raise InvalidInput("judgement.level", _("must be one of: {c}").format(c=names))
    if not isinstance(reason, str) or not reason.strip():
        raise InvalidInput("judgement.reason", _("a professional judgement always needs a written reason"))
    if len(reason.strip()) > MAX_REASON:
        raise InvalidInput("judgement.reason", _("is too long (at most {n} characters)").format(n=MAX_REASON))
    if template.rank(level) < template.rank(from_rules):
        raise InvalidInput(
            "judgement.level",
            _(
                "'{j}' is lower than '{r}', the level the answers give: judgement may raise a level, never lower it"
            ).format(j=level, r=from_rules),
        )
    return Judgement(level, reason.strip())


def heard_recently(heard_on: list[date], on: date, months: int) -> bool:
    """Whether the case was heard at a MARAC within ``months`` before ``on`` (the day itself counts)."""
    if months <= 0:
        return False
    start = _months_back(on, months)
    return any(start <= d <= on for d in heard_on)


def _months_back(on: date, months: int) -> date:
    year, month = divmod(on.year * 12 + on.month - 1 - months, 12)
    month += 1
    for day in (on.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def outcome(
    template: RiskTemplate,
    answers: dict[str, str],
    judgement: Judgement | None = None,
    *,
    heard_on: list[date] | None = None,
    new_incident: bool = False,
    on: date | None = None,
) -> Outcome:
    """Score, level and referral for a set of answers."""
    value = score(template, answers)
    from_rules = rules_level(template, value)
    level = from_rules
    if judgement is not None and template.rank(judgement.level) > template.rank(from_rules):
        level = judgement.level
    stands = template.level(level)
    refer = bool(stands and stands.refer) or (
        template.refer_from_score is not None and value >= template.refer_from_score
    )
    repeat = new_incident and heard_recently(heard_on or [], on or date.today(), template.repeat_months)
    return Outcome(value, from_rules, level, refer or repeat, repeat)
