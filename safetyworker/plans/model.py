"""A safety plan as the worker writes it: items under fixed sections, each marked for the person's own copy or
for the worker's copy only. Every save is a new, numbered version; old versions are kept to read.

``parse_plan`` takes an untrusted object (a ``plan set`` file, the editor's output) and returns a whole, valid
draft or raises ``InvalidInput`` naming the field, as the case records do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from safetyworker.i18n import _
from safetyworker.records.reader import Reader

#: The sections of every plan, in the order they are shown and printed (DESIGN.md, Safety plan).
SECTIONS = (
    "people_to_contact",
    "safe_places",
    "children",
    "emergency_bag",
    "documents",
    "code_words",
    "phone_online",
    "leaving_plan",
    "after_leaving",
    "pets",
    "local_services",
    "review",
)

#: What a worker sees for each section in the app (the printed titles, in English and Welsh, live in
#: resources/print/ so an organisation can correct them).
SECTION_TITLES = {
    "people_to_contact": _("People to contact (besides the police)"),
    "safe_places": _("Safe places and ways out"),
    "children": _("Children's plan"),
    "emergency_bag": _("Emergency bag"),
    "documents": _("Documents"),
    "code_words": _("Code words"),
    "phone_online": _("Phone and online safety"),
    "leaving_plan": _("Leaving plan"),
    "after_leaving": _("After leaving"),
    "pets": _("Pets"),
    "local_services": _("Local services"),
    "review": _("Review"),
}

#: The sections whose items on the person's copy also go on the pocket card.
CARD_SECTIONS = ("people_to_contact", "code_words")

MAX_ITEMS = 300
MAX_TEXT = 2000
EARLIEST_REVIEW = date(2000, 1, 1)
LATEST_REVIEW = date(2100, 12, 31)


@dataclass(frozen=True)
class PlanItem:
    section: str
    text: str
    personal_copy: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"section": self.section, "text": self.text, "personal_copy": self.personal_copy}


@dataclass(frozen=True)
class PlanDraft:
    """What a worker saves: the template it started from, the items and the next review date."""

    template: str
    items: tuple[PlanItem, ...] = ()
    review_date: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "template": self.template,
            "items": [item.to_json() for item in self.items],
            "review_date": self.review_date.isoformat() if self.review_date else None,
        }

    def personal_items(self, section: str | None = None) -> list[PlanItem]:
        return [i for i in self.items if i.personal_copy and (section is None or i.section == section)]

    def section_items(self, section: str) -> list[PlanItem]:
        return [i for i in self.items if i.section == section]


@dataclass(frozen=True)
class PlanVersion(PlanDraft):
    """A saved version: who saved it and when. Versions are never changed; a new save is a new version."""

    case_id: str = ""
    version: int = 0
    id: str = ""
    author: str = ""
    saved_at: str = ""  # UTC ISO time

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case_id": self.case_id,
            "version": self.version,
            "author": self.author,
            "saved_at": self.saved_at,
            **super().to_json(),
        }


def parse_plan(data: Any, templates: tuple[str, ...]) -> PlanDraft:
    """A plan from untrusted input; ``templates`` are the known template ids."""
    r = Reader(data)
    template = r.choice("template", templates)
    items = []
    for item in r.objects("items"):
        section = item.choice("section", SECTIONS)
        text = item.text("text", required=True, max_len=MAX_TEXT, multiline=True)
        personal = item.boolean("personal_copy", False)
        item.finish()
        items.append(PlanItem(section, text, personal))
    if len(items) > MAX_ITEMS:
        raise r.fail("items", _("has too many entries (at most {n})").format(n=MAX_ITEMS))
    review = r.date("review_date", earliest=EARLIEST_REVIEW, latest=LATEST_REVIEW)
    r.finish()
    return PlanDraft(template, tuple(items), review)
