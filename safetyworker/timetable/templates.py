"""Programme templates: which contacts with the victim-survivor a perpetrator programme calls for, and when.

Templates are data (JSON), not code: the ones shipped in ``resources/programmes/`` and an organisation's own in
``<store>/programmes/``. An organisation's template with the same ``id`` as a shipped one replaces it. The format
is described in docs/programmes.md. A bad file is refused with a message naming the file and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records.reader import Reader
from safetyworker.resources import read_data_file, resource

#: Contact kinds a template may plan, in programme order.
PROGRAMME_KINDS = ("initial", "mid_point", "end", "follow_up")
ANCHORS = ("start", "end")
MAX_TEMPLATE_BYTES = 64 * 1024
MAX_REVIEWS = 60


@dataclass(frozen=True)
class ContactRule:
    kind: str
    offset_days: int
    anchor: str  # "start": the first session; "end": the last session


@dataclass(frozen=True)
class ProgrammeTemplate:
    id: str
    name: str
    aliases: tuple[str, ...]
    sessions: int
    weeks_between_sessions: int
    contacts: tuple[ContactRule, ...]
    about: str = ""
    source: str = ""
    #: A review contact every so many weeks from the start until the end (one-to-one work, a community order).
    review_every_weeks: int = 0
    #: Whether probation records attended sessions (not for a community order without a programme): only then
    #: does a stretch without one tell the victim-survivor that sessions have stopped (timetable/inform.py).
    sessions_recorded: bool = True

    def last_session(self, start: date) -> date:
        return start + timedelta(weeks=(self.sessions - 1) * self.weeks_between_sessions)

    def names(self) -> set[str]:
        return {_fold(n) for n in (self.id, self.name, *self.aliases)}

    def review_dates(self, start: date, until: date) -> list[date]:
        """The review contacts' dates: every ``review_every_weeks`` weeks after ``start``, before ``until``."""
        if not self.review_every_weeks:
            return []
        step = timedelta(weeks=self.review_every_weeks)
        dates: list[date] = []
        due = start + step
        while due < until and len(dates) < MAX_REVIEWS:
            dates.append(due)
            due += step
        return dates

    def rule(self, kind: str) -> ContactRule | None:
        return next((r for r in self.contacts if r.kind == kind), None)

    @classmethod
    def from_json(cls, data: Any, source: str = "") -> ProgrammeTemplate:
        r = Reader(data, source)
        template_id = r.template_id("id", "idap")
        name = r.text("name", required=True, max_len=200)
        about = r.text("about", multiline=True)
        aliases_raw = r.raw("aliases", [])
        if not isinstance(aliases_raw, list) or not all(isinstance(a, str) and a.strip() for a in aliases_raw):
            raise r.fail("aliases", _('must be a list of names, for example ["IDAP"]'))
        sessions = r.raw("sessions")
        if not _is_int(sessions) or not 1 <= sessions <= 500:
            raise r.fail("sessions", _("must be a whole number from 1 to 500"))
        weeks = r.raw("weeks_between_sessions", 1)
        if not _is_int(weeks) or not 1 <= weeks <= 52:
            raise r.fail("weeks_between_sessions", _("must be a whole number from 1 to 52"))
        review_every = r.raw("review_every_weeks", 0)
        if not _is_int(review_every) or not 0 <= review_every <= 52:
            raise r.fail("review_every_weeks", _("must be a whole number from 0 (none) to 52"))
        recorded = r.boolean("sessions_recorded", True)
        rules: list[ContactRule] = []
        contacts = r.raw("contacts")
        if not isinstance(contacts, list) or not contacts:
            raise r.fail("contacts", _("must be a list of at least one contact"))
        for i, item in enumerate(contacts):
            c = Reader(item, r.where(f"contacts[{i}]"))
            kind = c.choice("kind", PROGRAMME_KINDS)
            if any(rule.kind == kind for rule in rules):
                raise c.fail("kind", _("'{kind}' is planned twice; each kind may appear once").format(kind=kind))
            offset = c.raw("offset_days")
            if not _is_int(offset) or not -3660 <= offset <= 3660:
                raise c.fail("offset_days", _("must be a whole number of days (negative for before)"))
            anchor = c.choice("from", ANCHORS)
            c.finish()
            rules.append(ContactRule(kind, offset, anchor))
        r.finish()
        return cls(
            id=template_id,
            name=name,
            aliases=tuple(a.strip() for a in aliases_raw),
            sessions=sessions,
            weeks_between_sessions=weeks,
            contacts=tuple(rules),
            about=about,
            source=source,
            review_every_weeks=review_every,
            sessions_recorded=recorded,
        )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def read_template(path: Path) -> ProgrammeTemplate:
    data = read_data_file(path, _("is too large to be a programme template"), MAX_TEMPLATE_BYTES)
    return ProgrammeTemplate.from_json(data, path.name)


def builtin_dir() -> Path:
    return resource("programmes")


def load_templates(*folders: Path | None) -> list[ProgrammeTemplate]:
    """The shipped templates, then those in ``folders`` (later ones replace earlier ones with the same id).
    Two different templates answering to the same name is an error: the plan would depend on file order."""
    by_id: dict[str, ProgrammeTemplate] = {}
    for folder in (builtin_dir(), *folders):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            template = read_template(path)
            by_id[template.id] = template
    owner: dict[str, ProgrammeTemplate] = {}
    for template in by_id.values():
        for name in template.names():
            other = owner.setdefault(name, template)
            if other is not template:
                raise InvalidInput(
                    template.source,
                    _("the name '{name}' is also used by the programme template {other}").format(
                        name=name, other=other.source
                    ),
                )
    return list(by_id.values())


def find_template(templates: list[ProgrammeTemplate], programme_name: str) -> ProgrammeTemplate | None:
    """The template a case's programme name refers to (its id, name or an alias, ignoring case), if any."""
    wanted = _fold(programme_name)
    return next((t for t in templates if wanted in t.names()), None)
