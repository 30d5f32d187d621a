"""A safety plan as the worker writes it: items under fixed sections, each marked for the person's own copy or
for the worker's copy only. Every save is a new, numbered version; old versions are kept to read.

``parse_plan`` takes an untrusted object (a ``plan set`` file, the editor's output) and returns a whole, valid
draft or raises ``InvalidInput`` naming the field, as the case records do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import N_, TranslatedMapping, _
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
SECTION_TITLES = TranslatedMapping(
    {
        "people_to_contact": N_("People to contact (besides the police)"),
        "safe_places": N_("Safe places and ways out"),
        "children": N_("Children's plan"),
        "emergency_bag": N_("Emergency bag"),
        "documents": N_("Documents"),
        "code_words": N_("Code words"),
        "phone_online": N_("Phone and online safety"),
        "leaving_plan": N_("Leaving plan"),
        "after_leaving": N_("After leaving"),
        "pets": N_("Pets"),
        "local_services": N_("Local services"),
        "review": N_("Review"),
    }
)

#: The sections whose items on the person's copy also go on the pocket card.
CARD_SECTIONS = ("people_to_contact", "code_words")

MAX_ITEMS = 300
MAX_TEXT = 2000
EARLIEST_REVIEW = date(2000, 1, 1)
LATEST_REVIEW = date(2100, 12, 31)


#: The section whose items are agreed words: the words themselves may print, what they mean never does.
CODE_WORDS = "code_words"


@dataclass(frozen=True)
class PlanItem:
    """One thing agreed. ``text`` is what may be printed for the person (for agreed words: the words alone);
    ``meaning`` is for the worker copy only (for agreed words: what they mean and who they go to), because a
    card or copy that gives the meaning away hands the code to whoever finds it."""

    section: str
    text: str
    personal_copy: bool = False
    meaning: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "text": self.text,
            "personal_copy": self.personal_copy,
            "meaning": self.meaning,
        }

    @classmethod
    def from_stored(cls, data: dict[str, Any]) -> PlanItem:
        """An item as saved (already checked when it was saved), read by the same rule as ``parse_plan``."""
        section, text, meaning = data["section"], data["text"], data.get("meaning")
        if meaning is None:
            text, meaning = _legacy_words(section, text)
        return cls(section, text, bool(data["personal_copy"]), meaning)


def _legacy_words(section: str, text: str) -> tuple[str, str]:
    """(words, meaning) of an item written before agreed words had two parts (it has no ``meaning``).

    Such an item was one text, often "words = what they mean", sometimes naming who the words go to. No rule
    can split every way of writing that safely, so an agreed-words item is read whole as its meaning: it stays
    on the worker copy and nothing of it prints for the person until a worker writes the words alone (see
    docs/interchange.md). Items in other sections are read as they are.
    """
    if section == CODE_WORDS and text.strip():
        return "", text
    return text, ""


@dataclass(frozen=True)
class PlanDraft:
    """What a worker saves: the template it started from, the items and the next review date."""

    template: str
    items: tuple[PlanItem, ...] = ()
    review_date: date | None = None
    #: Helplines chosen for this person (ids in the office's list); empty: the list's default set.
    helplines: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "template": self.template,
            "items": [item.to_json() for item in self.items],
            "review_date": self.review_date.isoformat() if self.review_date else None,
            "helplines": list(self.helplines),
        }

    def personal_items(self, section: str | None = None) -> list[PlanItem]:
        """The items printed for the person: marked for their copy and with words to print (an agreed-words
        item whose words are not written yet prints nothing)."""
        return [
            i for i in self.items if i.personal_copy and i.text.strip() and (section is None or i.section == section)
        ]

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
        personal = item.boolean("personal_copy", False)
        # no "meaning" at all: an item written before agreed words had two parts (see _legacy_words)
        # (null is read as left out)
        meaning = (
            item.text("meaning", max_len=MAX_TEXT, multiline=True) if item.raw("meaning", None) is not None else None
        )
        text = item.text("text", required=meaning is None or not meaning.strip(), max_len=MAX_TEXT, multiline=True)
        item.finish()
        if meaning is None:
            text, meaning = _legacy_words(section, text)
        items.append(PlanItem(section, text, personal, meaning))
    if len(items) > MAX_ITEMS:
        raise r.fail("items", _("has too many entries (at most {n})").format(n=MAX_ITEMS))
    review = r.date("review_date", earliest=EARLIEST_REVIEW, latest=LATEST_REVIEW)
    chosen = parse_helpline_ids(r.raw("helplines", []), r.where("helplines"))
    r.finish()
    return PlanDraft(template, tuple(items), review, chosen)


_HELPLINE_ID = re.compile(r"[a-z0-9_]{1,40}")
MAX_HELPLINES = 30


def parse_helpline_ids(value: Any, where: str = "helplines") -> tuple[str, ...]:
    """A plan's chosen helplines: a list of distinct helpline ids (whether each is in the office's list is
    checked where the list is known: services/plans.py)."""
    if value is None:
        return ()
    if (
        not isinstance(value, list)
        or len(value) > MAX_HELPLINES
        or not all(isinstance(v, str) and _HELPLINE_ID.fullmatch(v) for v in value)
        or len(set(value)) != len(value)
    ):
        raise InvalidInput(where, _('must be a list of helpline ids, for example ["emergency", "mens_advice_line"]'))
    return tuple(value)


@dataclass(frozen=True)
class PersonalEntry:
    """One item of the person's own copy as it is shown to them and edited with them: its section and the words
    they see. ``index`` is its place in the saved version's items (None: an item added together)."""

    section: str
    text: str
    index: int | None = None


def personal_entries(plan: PlanDraft) -> list[PersonalEntry]:
    """The items of ``plan`` the person may see, in the order of the sections (as their copy prints them).
    Only the words: an agreed-words item's meaning, and every item not marked for their copy, stay out."""
    shown = [(i, item) for i, item in enumerate(plan.items) if item.personal_copy and item.text.strip()]
    return [
        PersonalEntry(item.section, item.text, i)
        for section in SECTIONS
        for i, item in shown
        if item.section == section
    ]


def with_personal(plan: PlanDraft, entries: list[PersonalEntry]) -> PlanDraft:
    """``plan`` with its person's items replaced by ``entries`` (edited with the person); every item they do not
    see is kept as it is, in its place.

    An entry keeps the meaning of the item it came from. An item the person no longer wants is taken off their
    copy: removed, unless it has a worker-only meaning, which the worker keeps (the item then stays on the
    worker copy only). New entries go after the last item of their section (at the end if it has none). Raises
    ``InvalidInput`` for an entry that points at an item the person could not see, so a view can never change
    a worker-only item."""
    visible = {e.index for e in personal_entries(plan)}
    edits: dict[int, str] = {}
    added: list[PersonalEntry] = []
    for n, entry in enumerate(entries):
        if entry.section not in SECTIONS:
            raise InvalidInput(f"items[{n}].section", _("is not a section of the plan"))
        if entry.index is None:
            if entry.text.strip():
                added.append(entry)
        elif entry.index not in visible or entry.index in edits:
            raise InvalidInput(f"items[{n}]", _("is not an item of the person's own copy"))
        else:
            edits[entry.index] = entry.text.strip()
    items: list[PlanItem] = []
    for i, item in enumerate(plan.items):
        if i not in visible:
            items.append(item)
        elif edits.get(i):
            items.append(PlanItem(item.section, edits[i], True, item.meaning))
        elif item.meaning.strip():
            items.append(PlanItem(item.section, item.text, False, item.meaning))
    for entry in added:
        new = PlanItem(entry.section, entry.text.strip(), True, "")
        last = max((n for n, item in enumerate(items) if item.section == entry.section), default=len(items) - 1)
        items.insert(last + 1, new)
    return PlanDraft(plan.template, tuple(items), plan.review_date)


#: Fields of ``plan personal --json`` that ``plan personal-set`` ignores, so the output can be edited and given back.
PERSONAL_READ_ONLY = ("case_id", "lang", "title", "review", "numbers_heading", "numbers", "emergency_tip")


def parse_personal(data: Any) -> tuple[str, list[PersonalEntry]]:
    """(the version shown, the person's items as edited) from untrusted input (``plan personal-set``)."""
    r = Reader(data, ignore=PERSONAL_READ_ONLY)
    version_id = r.text("version_id", required=True, max_len=100)
    entries = []
    for item in r.objects("items", ignore=("section_title",)):
        section = item.choice("section", SECTIONS)
        text = item.text("text", max_len=MAX_TEXT, multiline=True)
        index = item.integer("index", 0, MAX_ITEMS - 1, None)
        item.finish()
        entries.append(PersonalEntry(section, text, index))
    if len(entries) > MAX_ITEMS:
        raise r.fail("items", _("has too many entries (at most {n})").format(n=MAX_ITEMS))
    r.finish()
    return version_id, entries
