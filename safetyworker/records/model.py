"""The case record and what hangs off it, with validation from the interchange format.

``from_json`` takes an untrusted object (a JSON file, a CSV row turned into one) and either returns a whole,
valid record or raises ``InvalidInput`` naming the field. Missing optional fields take the safe defaults:
no voicemail, number withheld, not safe to visit or post, not safe to text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records import contact_words, phone
from safetyworker.records.reader import Reader, parse_clock_time, parse_local_datetime

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CASE_STATUSES = ("referred", "contacted", "active", "declined", "closed")
CONSENT_STATUSES = ("not_asked", "given", "declined", "withdrawn")
METHOD_KINDS = ("mobile", "landline", "email", "post", "visit")
PHONE_KINDS = ("mobile", "landline")
# What a contact log entry may record: records/contact_words.py.
LOG_CHANNELS, LOG_OUTCOMES = contact_words.LOG_CHANNELS, contact_words.LOG_OUTCOMES
CUSTODY_STATUSES = ("unknown", "community", "in_custody", "on_licence")
PROGRAMME_STATUSES = ("waiting", "started", "completed", "dropped_out", "breached")
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)

#: Fields that ``case show`` prints but ``case add`` / ``case update`` do not take from a file.
READ_ONLY = ("id", "created_at", "updated_at", "planned_contacts", "contact_log", "notes", "display")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _json_value(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    to_json = getattr(value, "to_json", None)
    return to_json() if callable(to_json) else value


def fields_json(record: object, first: tuple[str, ...] = ()) -> dict[str, Any]:
    """A flat record's ``to_json``: each field in declaration order (``first`` ones first) as a JSON value
    (dates as ISO text, nested records through their own ``to_json``). One rule, so a new field cannot be
    forgotten in the interchange format."""
    names = [*first, *(f.name for f in fields(record) if f.name not in first)]  # type: ignore[arg-type]
    return {name: _json_value(getattr(record, name)) for name in names}


_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day(value: object) -> str | None:
    """The short name of a day written as its first three or more letters (mon, Tues, thursday); None for
    anything else ("monkey", "funday")."""
    if not isinstance(value, str):
        return None
    word = value.strip().lower()
    for short, full in zip(DAYS, _DAY_NAMES, strict=True):
        if len(word) >= 3 and full.startswith(word):
            return short
    return None


@dataclass(frozen=True)
class WeeklyWindow:
    """A safe time every week, e.g. Monday to Friday 10:00-12:00. ``end`` before ``start`` crosses midnight."""

    days: tuple[str, ...]
    start: time
    end: time

    @classmethod
    def from_json(cls, r: Reader) -> WeeklyWindow:
        days = r.raw("days")
        if not isinstance(days, list) or not days:
            raise r.fail("days", _('must be a list of days, for example ["mon", "tue"]'))
        clean = []
        for d in days:
            day = _day(d)
            if day is None:
                raise r.fail("days", _("'{day}' is not a day (use mon, tue, wed, thu, fri, sat, sun)").format(day=d))
            clean.append(day)
        start = parse_clock_time(r.raw("start"), r.where("start"))
        end = parse_clock_time(r.raw("end"), r.where("end"))
        if start == end:
            raise r.fail("end", _("must differ from the start"))
        r.finish()
        return cls(tuple(sorted(set(clean), key=DAYS.index)), start, end)

    def to_json(self) -> dict[str, Any]:
        return {
            "days": list(self.days),
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
        }


@dataclass(frozen=True)
class Period:
    """A one-off stretch of local time (a one-off safe window, or a blackout when calls must not happen)."""

    start: datetime
    end: datetime

    @classmethod
    def from_json(cls, r: Reader) -> Period:
        # Kept to the minute (that is how they are stored), so compare what will be kept.
        start = parse_local_datetime(r.raw("start"), r.where("start")).replace(second=0, microsecond=0)
        end = parse_local_datetime(r.raw("end"), r.where("end")).replace(second=0, microsecond=0)
        if end <= start:
            raise r.fail("end", _("must be after the start"))
        r.finish()
        return cls(start, end)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(timespec="minutes"),
            "end": self.end.isoformat(timespec="minutes"),
        }


@dataclass
class ContactMethod:
    kind: str
    value: str
    id: str | None = None
    safe_to_call: bool = True
    safe_to_text: bool = False
    voicemail_allowed: bool = False
    withhold_number: bool = True
    ask_for: str = ""
    who_else_may_answer: str = ""
    if_someone_else_answers: str = ""
    code_word: str = ""
    safe_windows: list[WeeklyWindow] = field(default_factory=list)
    one_off_windows: list[Period] = field(default_factory=list)
    blackout_windows: list[Period] = field(default_factory=list)
    notes: str = ""

    @property
    def is_phone(self) -> bool:
        return self.kind in PHONE_KINDS

    @classmethod
    def from_json(cls, r: Reader) -> ContactMethod:
        kind = r.choice("kind", METHOD_KINDS)
        value = r.text("value", required=True, max_len=500)
        if kind in PHONE_KINDS:
            value = phone.normalise(value, r.where("value"))
        elif kind == "email" and ("@" not in value or " " in value or value.startswith("@") or value.endswith("@")):
            raise r.fail("value", _("'{value}' is not an email address").format(value=value))
        is_phone = kind in PHONE_KINDS
        method = cls(
            kind=kind,
            value=value,
            id=r.text("id") or None,
            safe_to_call=r.boolean("safe_to_call", is_phone),
            safe_to_text=r.boolean("safe_to_text", False),
            voicemail_allowed=r.boolean("voicemail_allowed", False),
            withhold_number=r.boolean("withhold_number", True),
            ask_for=r.text("ask_for", max_len=200),
            who_else_may_answer=r.text("who_else_may_answer", max_len=500, multiline=True),
            if_someone_else_answers=r.text("if_someone_else_answers", max_len=1000, multiline=True),
            code_word=r.text("code_word", max_len=100),
            safe_windows=[WeeklyWindow.from_json(w) for w in r.objects("safe_windows")],
            one_off_windows=[Period.from_json(w) for w in r.objects("one_off_windows")],
            blackout_windows=[Period.from_json(w) for w in r.objects("blackout_windows")],
            notes=r.text("notes", multiline=True),
        )
        if not is_phone and (method.safe_to_call or method.safe_to_text):
            raise r.fail("safe_to_call", _("only a phone number can be safe to call or text"))
        r.finish()
        return method

    def to_json(self) -> dict[str, Any]:
        doc = fields_json(self, first=("id",))
        if self.is_phone:
            doc["display"] = phone.display(self.value)
        return doc


@dataclass
class Child:
    name: str
    id: str | None = None
    age: int | None = None
    school: str = ""
    lives_with: str = ""
    contact_arrangements: str = ""
    safety_steps: str = ""
    views: str = ""

    @classmethod
    def from_json(cls, r: Reader) -> Child:
        child = cls(
            name=r.text("name", required=True, max_len=200),
            id=r.text("id") or None,
            age=r.integer("age", 0, 18),
            school=r.text("school", max_len=200),
            lives_with=r.text("lives_with", max_len=500),
            contact_arrangements=r.text("contact_arrangements", multiline=True),
            safety_steps=r.text("safety_steps", multiline=True),
            views=r.text("views", multiline=True),
        )
        r.finish()
        return child

    def to_json(self) -> dict[str, Any]:
        return fields_json(self)


@dataclass
class Programme:
    name: str = ""
    start_date: date | None = None
    sessions_attended: int = 0
    status: str = "waiting"
    breach_date: date | None = None

    @classmethod
    def from_json(cls, r: Reader) -> Programme:
        programme = cls(
            name=r.text("name", required=True, max_len=200),
            start_date=r.date("start_date", EARLIEST, LATEST),
            sessions_attended=r.integer("sessions_attended", 0, 500, 0) or 0,
            status=r.choice("status", PROGRAMME_STATUSES, "waiting"),
            breach_date=r.date("breach_date", EARLIEST, LATEST),
        )
        r.finish()
        return programme

    def to_json(self) -> dict[str, Any]:
        return fields_json(self)


@dataclass
class PersonCausingHarm:
    name: str
    id: str | None = None
    relationship: str = ""
    custody_status: str = "unknown"
    release_date: date | None = None
    licence_conditions: str = ""
    exclusion_zones: str = ""
    order_end: date | None = None
    probation_officer: str = ""
    programme: Programme | None = None
    #: The probation or court reference the office uses: its updates file is matched on it, never on a name.
    reference: str = ""

    @classmethod
    def from_json(cls, r: Reader) -> PersonCausingHarm:
        programme = r.object("programme")
        person = cls(
            name=r.text("name", required=True, max_len=200),
            id=r.text("id") or None,
            relationship=r.text("relationship", max_len=200),
            custody_status=r.choice("custody_status", CUSTODY_STATUSES, "unknown"),
            release_date=r.date("release_date", EARLIEST, LATEST),
            licence_conditions=r.text("licence_conditions", multiline=True),
            exclusion_zones=r.text("exclusion_zones", multiline=True),
            order_end=r.date("order_end", EARLIEST, LATEST),
            probation_officer=r.text("probation_officer", max_len=200),
            programme=Programme.from_json(programme) if programme else None,
            reference=r.text("reference", max_len=100),
        )
        r.finish()
        return person

    def to_json(self) -> dict[str, Any]:
        return fields_json(self, first=("id",))


def _postcode(r: Reader) -> str:
    # Upper-case first, then check the length: upper-casing can lengthen text ("ß" -> "SS"), and a postcode
    # accepted here must be accepted again when the stored case is read back and changed.
    value = r.text("postcode", max_len=100).upper()
    if len(value) > 12:
        raise r.fail("postcode", _("is too long (at most {n} characters)").format(n=12))
    return value


@dataclass
class Case:
    preferred_name: str
    id: str | None = None
    legal_name: str = ""
    phone_name: str = ""
    pronouns: str = ""
    date_of_birth: date | None = None
    languages: list[str] = field(default_factory=list)
    access_needs: str = ""
    address_lines: list[str] = field(default_factory=list)
    postcode: str = ""
    safe_to_visit: bool = False
    safe_to_post: bool = False
    locality: str = ""
    transport: str = ""
    status: str = "referred"
    closed_reason: str = ""
    referral_source: str = ""
    referral_date: date | None = None
    referral_programme: str = ""
    consent_status: str = "not_asked"
    consent_date: date | None = None
    consent_sharing: str = ""
    allocated_worker: str = ""
    contact_methods: list[ContactMethod] = field(default_factory=list)
    children: list[Child] = field(default_factory=list)
    person_causing_harm: PersonCausingHarm | None = None

    @classmethod
    def from_json(cls, data: object, path: str = "", today: date | None = None) -> Case:
        """``today``: the latest date a birth, referral or consent may have (a stored record is checked with a
        little slack, for a laptop whose clock or time zone is a day ahead)."""
        r = Reader(data, path, ignore=READ_ONLY)
        address = r.object("address") or Reader({}, r.where("address"))
        referral = r.object("referral") or Reader({}, r.where("referral"))
        consent = r.object("consent") or Reader({}, r.where("consent"))
        pch = r.object("person_causing_harm")
        today = today or date.today()
        case = cls(
            preferred_name=r.text("preferred_name", required=True, max_len=200),
            legal_name=r.text("legal_name", max_len=200),
            phone_name=r.text("phone_name", max_len=200),
            pronouns=r.text("pronouns", max_len=50),
            date_of_birth=r.date("date_of_birth", EARLIEST, today),
            languages=r.text_list("languages"),
            access_needs=r.text("access_needs", multiline=True),
            address_lines=address.text_list("lines", max_items=8),
            postcode=_postcode(address),
            safe_to_visit=address.boolean("safe_to_visit", False),
            safe_to_post=address.boolean("safe_to_post", False),
            locality=r.text("locality", max_len=200),
            transport=r.text("transport", max_len=500),
            status=r.choice("status", CASE_STATUSES, "referred"),
            closed_reason=r.text("closed_reason", max_len=1000, multiline=True),
            referral_source=referral.text("source", max_len=200),
            referral_date=referral.date("date", EARLIEST, today),
            referral_programme=referral.text("programme", max_len=200),
            consent_status=consent.choice("status", CONSENT_STATUSES, "not_asked"),
            consent_date=consent.date("date", EARLIEST, today),
            consent_sharing=consent.text("sharing", multiline=True),
            allocated_worker=r.text("allocated_worker", max_len=200),
            contact_methods=[ContactMethod.from_json(m) for m in r.objects("contact_methods", ignore=READ_ONLY)],
            children=[Child.from_json(c) for c in r.objects("children")],
            person_causing_harm=PersonCausingHarm.from_json(pch) if pch else None,
        )
        for sub in (address, referral, consent, r):
            sub.finish()
        if case.status == "closed" and not case.closed_reason:
            raise InvalidInput(r.where("closed_reason"), _("a closed case needs the reason it was closed"))
        return case

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "preferred_name": self.preferred_name,
            "legal_name": self.legal_name,
            "phone_name": self.phone_name,
            "pronouns": self.pronouns,
            "date_of_birth": _iso(self.date_of_birth),
            "languages": list(self.languages),
            "access_needs": self.access_needs,
            "address": {
                "lines": list(self.address_lines),
                "postcode": self.postcode,
                "safe_to_visit": self.safe_to_visit,
                "safe_to_post": self.safe_to_post,
            },
            "locality": self.locality,
            "transport": self.transport,
            "status": self.status,
            "closed_reason": self.closed_reason,
            "referral": {
                "source": self.referral_source,
                "date": _iso(self.referral_date),
                "programme": self.referral_programme,
            },
            "consent": {
                "status": self.consent_status,
                "date": _iso(self.consent_date),
                "sharing": self.consent_sharing,
            },
            "allocated_worker": self.allocated_worker,
            "contact_methods": [m.to_json() for m in self.contact_methods],
            "children": [c.to_json() for c in self.children],
            "person_causing_harm": self.person_causing_harm.to_json() if self.person_causing_harm else None,
        }
