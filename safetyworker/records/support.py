"""Kinds of support a worker gives, and the time it takes: one list for the contact log, support entries, the
directory (what a service does) and the reports a service hands its funders (issue 19).

The kinds are data, not code paths: a new kind is one line here (and its Welsh), and every front end, check and
report follows. The words stored are the keys below; what a person reads is the label, translated.
"""

from __future__ import annotations

import json
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import N_, TranslatedMapping, _

#: The kinds of support, in the order they are offered.
SUPPORT_KINDS = TranslatedMapping(
    {
        "safety_planning": N_("Safety planning"),
        "emotional": N_("Emotional support"),
        "housing": N_("Housing"),
        "benefits_money": N_("Benefits and money"),
        "legal_court": N_("Legal and court"),
        "children_schools": N_("Children and schools"),
        "health": N_("Health"),
        "transport": N_("Transport"),
        "immigration": N_("Immigration"),
        "other": N_("Other"),
    }
)

#: Minutes one entry may record (a whole day and night is the most a single piece of work takes).
MAX_MINUTES = 24 * 60


def parse_kinds(value: Any, field: str = "support") -> list[str]:
    """Support kinds from a list, or from text written ``housing,legal_court`` (the command line): each known,
    none twice, kept in the order of ``SUPPORT_KINDS``."""
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(field, _("must be a list of kinds of support"))
    unknown = [v for v in value if v not in SUPPORT_KINDS]
    if unknown:
        raise InvalidInput(
            field,
            _("'{kind}' is not a kind of support; use: {kinds}").format(
                kind=unknown[0], kinds=", ".join(SUPPORT_KINDS)
            ),
        )
    return [k for k in SUPPORT_KINDS if k in value]


def parse_minutes(value: Any, field: str, *, required: bool = False) -> int | None:
    """Minutes as a whole number from 0 to a day; None when not given (and not required)."""
    if value is None or value == "":
        if required:
            raise InvalidInput(field, _("say how many minutes it took"))
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_MINUTES:
        raise InvalidInput(field, _("must be a whole number of minutes from 0 to {n}").format(n=MAX_MINUTES))
    return value


def kinds_json(kinds: list[str]) -> str:
    """How a list of kinds is stored (a JSON list)."""
    return json.dumps(kinds, separators=(",", ":"))


def stored_kinds(text: Any) -> list[str]:
    """The kinds a stored column holds ([] for anything unreadable: checked on arrival, never trusted blindly)."""
    try:
        value = json.loads(text) if isinstance(text, str) else []
    except ValueError:
        return []
    return [k for k in value if isinstance(k, str) and k in SUPPORT_KINDS] if isinstance(value, list) else []


def kind_labels(kinds: list[str]) -> str:
    """The kinds as a person reads them, joined."""
    return ", ".join(SUPPORT_KINDS[k] for k in kinds if k in SUPPORT_KINDS)


def hours_text(minutes: int) -> str:
    """Minutes as "2 h 15 min" (or "45 min")."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _("{m} min").format(m=rest)
    if not rest:
        return _("{h} h").format(h=hours)
    return _("{h} h {m} min").format(h=hours, m=rest)
