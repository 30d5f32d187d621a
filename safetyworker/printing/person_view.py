"""The person's own copy of their plan as it is shown on the screen to them ("Show to the person").

It is made by the same rules as the printed copy (``printing/personal.py``): only the items marked for their
copy (for agreed words, the words alone), the printed words of their language, helplines under their neutral
labels. Nothing about the case, the worker, the person causing harm or any other case is read here, so the
screen cannot show it. Kept apart from ``personal.py`` so showing the plan does not load reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass

from safetyworker.plans.model import SECTIONS, PersonalEntry, PlanVersion, personal_entries
from safetyworker.printing.options import LANGS
from safetyworker.printing.strings import Helplines, format_date, words


@dataclass(frozen=True)
class PersonView:
    """What the screen shows: every word of it, in the person's language."""

    case_id: str
    version_id: str
    lang: str
    title: str
    #: every section, in the plan's order, as the person's copy names it
    section_titles: tuple[tuple[str, str], ...]
    entries: tuple[PersonalEntry, ...]
    review_line: str  # "" when the plan has no review date
    numbers_heading: str
    #: (neutral label, number) of the helplines on the person's copy
    numbers: tuple[tuple[str, str], ...]
    emergency_tip: str


def person_view(plan: PlanVersion, lang: str, lines: Helplines) -> PersonView:
    """The person's copy of ``plan`` in ``lang`` ("en" or "cy")."""
    if lang not in LANGS:
        raise ValueError(lang)
    w = words(lang)
    review = w["review_date"].format(date=format_date(plan.review_date, w)) if plan.review_date else ""
    numbers = tuple((w["lines"][h.neutral_label], h.number) for h in lines.for_person() if h.neutral_label)
    return PersonView(
        case_id=plan.case_id,
        version_id=plan.id,
        lang=lang,
        title=w["title"],
        section_titles=tuple((s, w["sections"][s]) for s in SECTIONS),
        entries=tuple(personal_entries(plan)),
        review_line=review,
        numbers_heading=w["numbers_heading"],
        numbers=numbers,
        emergency_tip=w["emergency_tip"],
    )
