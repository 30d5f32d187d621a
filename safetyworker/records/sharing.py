"""Agencies, their contacts, and information sharing on a case: the words, the tables and the one check of each
value, whether a person typed it (``agency add``, ``share add``, the desktop's dialogs) or a bundle brought it
(``sync/stored_check.py``).

Why here (records, below sync): the bundle checks and the service must refuse the same values the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from safetyworker.i18n import N_, TranslatedMapping, _
from safetyworker.records import phone, tables
from safetyworker.records.reader import Reader, parse_date

AGENCY = tables.Table("agency", ("name", "kind", "phone", "email", "added_by"))
CONTACT = tables.Table("agency_contact", ("agency_id", "name", "role", "phone", "email"))
CASE_LINK = tables.Table("case_agency_contact", ("case_id", "contact_id"))
SHARING = tables.Table(
    "sharing_record",
    ("case_id", "direction", "contact_id", "shared_on", "summary", "basis", "reason", "recorded_by"),
)
ACTION = tables.Table(
    "sharing_action",
    (
        "case_id",
        "sharing_id",
        "what",
        "owner_contact_id",
        "to_contact_id",
        "due_on",
        "done_on",
        "done_how",
        "done_by",
    ),
)

#: The kinds of agency a safety service works with (DESIGN.md), with the words shown for them.
AGENCY_KINDS = TranslatedMapping(
    {
        "probation": N_("Probation delivery unit"),
        "programme": N_("Programme team"),
        "police": N_("Police domestic abuse or public protection unit"),
        "childrens_services": N_("Children's services"),
        "marac": N_("MARAC coordinator"),
        "health": N_("Health"),
        "housing": N_("Housing"),
        "other": N_("Other"),
    }
)
DIRECTIONS = TranslatedMapping({"received": N_("Received from"), "shared": N_("Shared with")})
BASES = TranslatedMapping(
    {"consent": N_("With the person's consent"), "safeguarding": N_("Safeguarding, without consent")}
)
#: The longest an action may be given to become due, in working days (a quarter of a year).
MAX_DUE_DAYS = 65
MAX_TEXT = 4000
_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+")
_ID_LENGTH = 100


def email(r: Reader, name: str) -> str:
    """A (secure) email address, or '' when none: one @, a domain with a dot, no spaces."""
    value = r.text(name, max_len=254)
    if value and not _EMAIL.fullmatch(value):
        raise r.fail(name, _("is not an email address"))
    return value


def phone_number(r: Reader, name: str) -> str:
    """A phone number in its checked (E.164) form, or '' when none."""
    value = r.text(name, max_len=40)
    return phone.normalise(value, r.where(name)) if value else ""


def record_id(r: Reader, name: str, required: bool = True) -> str | None:
    value = r.raw(name) if required else r.raw(name, None)
    if value is None or (value == "" and not required):
        return None
    if not isinstance(value, str) or not 0 < len(value) <= _ID_LENGTH:
        raise r.fail(name, _("must be the id of a record"))
    return value


# -- agencies ---------------------------------------------------------------------------------------------


@dataclass
class ContactIn:
    name: str
    role: str
    phone: str
    email: str
    id: str | None = None

    def values(self, agency_id: str) -> dict[str, Any]:
        return {"agency_id": agency_id, "name": self.name, "role": self.role, "phone": self.phone, "email": self.email}


@dataclass
class AgencyIn:
    name: str
    kind: str
    phone: str
    email: str
    contacts: list[ContactIn]
    id: str | None = None

    def values(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "phone": self.phone, "email": self.email}


def read_contact(r: Reader) -> ContactIn:
    contact = ContactIn(
        id=record_id(r, "id", required=False),
        name=r.text("name", required=True, max_len=200),
        role=r.text("role", max_len=200),
        phone=phone_number(r, "phone"),
        email=email(r, "email"),
    )
    r.finish()
    return contact


def read_agency(data: Any, path: str = "") -> AgencyIn:
    """An agency as ``agency add`` takes it (docs/interchange.md): name, kind, phone, email, contacts."""
    r = Reader(data, path)
    agency = AgencyIn(
        id=record_id(r, "id", required=False),
        name=r.text("name", required=True, max_len=200),
        kind=r.choice("kind", tuple(AGENCY_KINDS), "other"),
        phone=phone_number(r, "phone"),
        email=email(r, "email"),
        contacts=[read_contact(c) for c in r.objects("contacts")],
    )
    r.finish()
    return agency


def check_agency_row(row: dict[str, Any]) -> None:
    r = Reader(row)
    r.text("name", required=True, max_len=200)
    r.choice("kind", tuple(AGENCY_KINDS), "other")
    _stored_phone(r, "phone")
    email(r, "email")
    r.text("added_by", max_len=_ID_LENGTH)


def check_contact_row(row: dict[str, Any]) -> None:
    r = Reader(row)
    record_id(r, "agency_id")
    r.text("name", required=True, max_len=200)
    r.text("role", max_len=200)
    _stored_phone(r, "phone")
    email(r, "email")


def _stored_phone(r: Reader, name: str) -> None:
    value = r.text(name, max_len=40)
    if value and phone.normalise(value, r.where(name)) != value:
        raise r.fail(name, _("is not stored as a checked phone number"))


# -- sharing records and actions ---------------------------------------------------------------------------


@dataclass
class ActionIn:
    what: str
    owner_contact_id: str | None
    to_contact_id: str | None
    due_on: date | None
    due_in_working_days: int | None


@dataclass
class SharingIn:
    direction: str
    contact_id: str
    shared_on: date
    summary: str
    basis: str
    reason: str
    recorded_by: str
    actions: list[ActionIn]


def read_action(r: Reader) -> ActionIn:
    action = ActionIn(
        what=r.text("what", required=True, max_len=MAX_TEXT, multiline=True),
        owner_contact_id=record_id(r, "owner_contact_id", required=False),
        to_contact_id=record_id(r, "to_contact_id", required=False),
        due_on=r.date("due"),
        due_in_working_days=r.integer("due_in_working_days", 0, MAX_DUE_DAYS),
    )
    if (action.due_on is None) == (action.due_in_working_days is None):
        raise r.fail("due", _("give either due (a date) or due_in_working_days (a number), one of them"))
    r.finish()
    return action


def read_sharing(data: Any, today: date) -> SharingIn:
    """A sharing record as ``share add`` takes it (docs/interchange.md). A safeguarding share without the
    person's consent must say why: it is what the service answers for later."""
    r = Reader(data)
    record = SharingIn(
        direction=r.choice("direction", tuple(DIRECTIONS)),
        contact_id=record_id(r, "contact_id") or "",
        shared_on=r.date("date", latest=today) or today,
        summary=r.text("summary", required=True, max_len=MAX_TEXT, multiline=True),
        basis=r.choice("basis", tuple(BASES)),
        reason=r.text("reason", max_len=MAX_TEXT, multiline=True),
        recorded_by=r.text("recorded_by", max_len=200),
        actions=[read_action(a) for a in r.objects("actions")],
    )
    if record.basis == "safeguarding" and not record.reason:
        raise r.fail("reason", _("say why this was shared without the person's consent"))
    r.finish()
    return record


def check_sharing_row(row: dict[str, Any]) -> None:
    r = Reader(row)
    r.choice("direction", tuple(DIRECTIONS))
    record_id(r, "contact_id")
    parse_date(r.raw("shared_on"), "shared_on")
    r.text("summary", required=True, max_len=MAX_TEXT, multiline=True)
    basis = r.choice("basis", tuple(BASES))
    reason = r.text("reason", max_len=MAX_TEXT, multiline=True)
    if basis == "safeguarding" and not reason:
        raise r.fail("reason", _("say why this was shared without the person's consent"))
    r.text("recorded_by", max_len=200)


def check_action_row(row: dict[str, Any]) -> None:
    r = Reader(row)
    record_id(r, "sharing_id")
    r.text("what", required=True, max_len=MAX_TEXT, multiline=True)
    record_id(r, "owner_contact_id", required=False)
    record_id(r, "to_contact_id", required=False)
    parse_date(r.raw("due_on"), "due_on")
    done = r.date("done_on")
    how = r.text("done_how", max_len=MAX_TEXT, multiline=True)
    if done is not None and not how:
        raise r.fail("done_how", _("say how it was done"))
    r.text("done_by", max_len=200)


def check_link_row(row: dict[str, Any]) -> None:
    record_id(Reader(row), "contact_id")


def kind_label(kind: str) -> str:
    return AGENCY_KINDS.get(kind, AGENCY_KINDS["other"])


def direction_label(direction: str) -> str:
    return DIRECTIONS.get(direction, direction)


def basis_label(basis: str) -> str:
    return BASES.get(basis, basis)
