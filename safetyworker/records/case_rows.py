"""Mapping between the case record types and their table rows (one mapping, used for reads and writes)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from safetyworker.records.model import (
    DAYS,
    PHONE_KINDS,
    Case,
    Child,
    ContactMethod,
    Period,
    PersonCausingHarm,
    Programme,
    WeeklyWindow,
)
from safetyworker.records.tables import Table

if TYPE_CHECKING:
    from safetyworker.store.serial import SerialConnection

CASE = Table(
    "case_record",
    (
        "preferred_name",
        "legal_name",
        "phone_name",
        "pronouns",
        "date_of_birth",
        "languages",
        "access_needs",
        "address_lines",
        "postcode",
        "safe_to_visit",
        "safe_to_post",
        "locality",
        "transport",
        "status",
        "referral_source",
        "referral_date",
        "referral_programme",
        "consent_status",
        "consent_date",
        "consent_sharing",
        "allocated_worker",
        "closed_reason",
        "closed_at",
    ),
)
METHOD = Table(
    "contact_method",
    (
        "case_id",
        "position",
        "kind",
        "value",
        "safe_to_call",
        "safe_to_text",
        "voicemail_allowed",
        "withhold_number",
        "ask_for",
        "who_else_may_answer",
        "if_someone_else_answers",
        "code_word",
        "safe_windows",
        "one_off_windows",
        "blackout_windows",
        "notes",
    ),
)
CHILD = Table(
    "child",
    ("case_id", "name", "age", "school", "lives_with", "contact_arrangements", "safety_steps", "views"),
)
PERSON = Table(
    "person_causing_harm",
    (
        "name",
        "custody_status",
        "release_date",
        "licence_conditions",
        "exclusion_zones",
        "order_end",
        "probation_officer",
        "programme_name",
        "programme_start_date",
        "sessions_attended",
        "programme_status",
        "reference",
        "breach_date",
    ),
)
HARM_LINK = Table("harm_link", ("case_id", "person_id", "relationship"))
PLANNED = Table(
    "planned_contact",
    ("case_id", "kind", "due_date", "window_end", "status", "source", "note", "done_at", "log_id", "cancel_reason"),
)


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def read_date(value: Any) -> date | None:
    """A stored date; one that cannot be read is no date (``doctor`` names it; reading never crashes)."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _j(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# -- to rows -----------------------------------------------------------------------------------------------


def case_values(case: Case) -> dict[str, Any]:
    return {
        "preferred_name": case.preferred_name,
        "legal_name": case.legal_name,
        "phone_name": case.phone_name,
        "pronouns": case.pronouns,
        "date_of_birth": _d(case.date_of_birth),
        "languages": _j(case.languages),
        "access_needs": case.access_needs,
        "address_lines": _j(case.address_lines),
        "postcode": case.postcode,
        "safe_to_visit": int(case.safe_to_visit),
        "safe_to_post": int(case.safe_to_post),
        "locality": case.locality,
        "transport": case.transport,
        "status": case.status,
        "referral_source": case.referral_source,
        "referral_date": _d(case.referral_date),
        "referral_programme": case.referral_programme,
        "consent_status": case.consent_status,
        "consent_date": _d(case.consent_date),
        "consent_sharing": case.consent_sharing,
        "allocated_worker": case.allocated_worker,
        "closed_reason": case.closed_reason,
    }


def method_values(method: ContactMethod, case_id: str, position: int) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "position": position,
        "kind": method.kind,
        "value": method.value,
        "safe_to_call": int(method.safe_to_call),
        "safe_to_text": int(method.safe_to_text),
        "voicemail_allowed": int(method.voicemail_allowed),
        "withhold_number": int(method.withhold_number),
        "ask_for": method.ask_for,
        "who_else_may_answer": method.who_else_may_answer,
        "if_someone_else_answers": method.if_someone_else_answers,
        "code_word": method.code_word,
        "safe_windows": _j([w.to_json() for w in method.safe_windows]),
        "one_off_windows": _j([w.to_json() for w in method.one_off_windows]),
        "blackout_windows": _j([w.to_json() for w in method.blackout_windows]),
        "notes": method.notes,
    }


def child_values(child: Child, case_id: str) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "name": child.name,
        "age": child.age,
        "school": child.school,
        "lives_with": child.lives_with,
        "contact_arrangements": child.contact_arrangements,
        "safety_steps": child.safety_steps,
        "views": child.views,
    }


def person_values(person: PersonCausingHarm) -> dict[str, Any]:
    programme = person.programme or Programme()
    return {
        "name": person.name,
        "custody_status": person.custody_status,
        "release_date": _d(person.release_date),
        "licence_conditions": person.licence_conditions,
        "exclusion_zones": person.exclusion_zones,
        "order_end": _d(person.order_end),
        "probation_officer": person.probation_officer,
        "programme_name": programme.name,
        "programme_start_date": _d(programme.start_date),
        "sessions_attended": programme.sessions_attended,
        "programme_status": programme.status,
        "reference": person.reference,
        "breach_date": _d(programme.breach_date),
    }


# -- from rows ---------------------------------------------------------------------------------------------


def _rows(conn: SerialConnection, sql: str, args: tuple[Any, ...]) -> list[dict[str, Any]]:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _window(doc: dict[str, Any]) -> WeeklyWindow:
    days = doc["days"]
    if not isinstance(days, list) or not all(d in DAYS for d in days):
        raise ValueError("days")
    return WeeklyWindow(tuple(days), time.fromisoformat(doc["start"]), time.fromisoformat(doc["end"]))


def _period(doc: dict[str, Any]) -> Period:
    return Period(datetime.fromisoformat(doc["start"]), datetime.fromisoformat(doc["end"]))


# Reading never crashes on a stored value no form would take (an older version's, a damaged one): such a value
# is read the safe way, and ``doctor`` names the record (sync/stored_check.py). The safe way decides the
# defaults: never "voicemail allowed", never "safe to call", always "withhold our number".


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _flag(value: Any, safe: bool) -> bool:
    """A stored 0/1; anything else is read as the safe choice."""
    if type(value) is int and value in (0, 1):
        return bool(value)
    return safe


def _texts(value: Any) -> list[str]:
    try:
        items = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return []
    return [v for v in items if isinstance(v, str)] if isinstance(items, list) else []


def _whole(value: Any, default: int | None) -> int | None:
    return value if type(value) is int else default


def _windows(m: dict[str, Any]) -> tuple[list[WeeklyWindow], list[Period], list[Period]] | None:
    """A number's windows, or None when any cannot be read (a blackout lost would make a time look safe)."""
    try:
        return (
            [_window(w) for w in json.loads(m["safe_windows"])],
            [_period(w) for w in json.loads(m["one_off_windows"])],
            [_period(w) for w in json.loads(m["blackout_windows"])],
        )
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


def _method(m: dict[str, Any]) -> ContactMethod:
    windows = _windows(m)
    kind, value = _text(m["kind"]), _text(m["value"])
    # a number not in the form local input stores it was not checked: it is shown, never offered as safe
    checked = kind not in PHONE_KINDS or re.fullmatch(r"\+[0-9]{6,15}", value) is not None
    callable_ = windows is not None and checked
    safe, one_off, blackout = windows or ([], [], [])
    return ContactMethod(
        id=m["id"],
        kind=kind,
        value=value,
        safe_to_call=callable_ and _flag(m["safe_to_call"], False),
        safe_to_text=callable_ and _flag(m["safe_to_text"], False),
        voicemail_allowed=_flag(m["voicemail_allowed"], False),
        withhold_number=_flag(m["withhold_number"], True),
        ask_for=_text(m["ask_for"]),
        who_else_may_answer=_text(m["who_else_may_answer"]),
        if_someone_else_answers=_text(m["if_someone_else_answers"]),
        code_word=_text(m["code_word"]),
        safe_windows=safe,
        one_off_windows=one_off,
        blackout_windows=blackout,
        notes=_text(m["notes"]),
    )


def load_case(conn: SerialConnection, case_id: str) -> Case | None:
    rows = _rows(conn, "SELECT * FROM case_record WHERE id = ? AND deleted_hlc IS NULL", (case_id,))
    if not rows:
        return None
    row = rows[0]
    case = Case(
        id=row["id"],
        preferred_name=_text(row["preferred_name"]),
        legal_name=_text(row["legal_name"]),
        phone_name=_text(row["phone_name"]),
        pronouns=_text(row["pronouns"]),
        date_of_birth=read_date(row["date_of_birth"]),
        languages=_texts(row["languages"]),
        access_needs=_text(row["access_needs"]),
        address_lines=_texts(row["address_lines"]),
        postcode=_text(row["postcode"]),
        safe_to_visit=_flag(row["safe_to_visit"], False),
        safe_to_post=_flag(row["safe_to_post"], False),
        locality=_text(row["locality"]),
        transport=_text(row["transport"]),
        status=_text(row["status"]),
        closed_reason=_text(row["closed_reason"]),
        referral_source=_text(row["referral_source"]),
        referral_date=read_date(row["referral_date"]),
        referral_programme=_text(row["referral_programme"]),
        consent_status=_text(row["consent_status"]),
        consent_date=read_date(row["consent_date"]),
        consent_sharing=_text(row["consent_sharing"]),
        allocated_worker=_text(row["allocated_worker"]),
    )
    for m in _rows(
        conn,
        "SELECT * FROM contact_method WHERE case_id = ? AND deleted_hlc IS NULL ORDER BY position, id",
        (case_id,),
    ):
        case.contact_methods.append(_method(m))
    for c in _rows(
        conn, "SELECT * FROM child WHERE case_id = ? AND deleted_hlc IS NULL ORDER BY created_hlc", (case_id,)
    ):
        case.children.append(
            Child(
                id=c["id"],
                name=_text(c["name"]),
                age=_whole(c["age"], None),
                school=_text(c["school"]),
                lives_with=_text(c["lives_with"]),
                contact_arrangements=_text(c["contact_arrangements"]),
                safety_steps=_text(c["safety_steps"]),
                views=_text(c["views"]),
            )
        )
    links = _rows(
        conn,
        "SELECT l.relationship, p.* FROM harm_link l JOIN person_causing_harm p ON p.id = l.person_id "
        "WHERE l.case_id = ? AND l.deleted_hlc IS NULL AND p.deleted_hlc IS NULL ORDER BY l.created_hlc LIMIT 1",
        (case_id,),
    )
    if links:
        p = links[0]
        programme = None
        if p["programme_name"]:
            programme = Programme(
                name=_text(p["programme_name"]),
                start_date=read_date(p["programme_start_date"]),
                sessions_attended=_whole(p["sessions_attended"], 0) or 0,
                status=_text(p["programme_status"]),
                breach_date=read_date(p["breach_date"]),
            )
        case.person_causing_harm = PersonCausingHarm(
            id=p["id"],
            name=_text(p["name"]),
            relationship=_text(p["relationship"]),
            custody_status=_text(p["custody_status"]),
            release_date=read_date(p["release_date"]),
            licence_conditions=_text(p["licence_conditions"]),
            exclusion_zones=_text(p["exclusion_zones"]),
            order_end=read_date(p["order_end"]),
            probation_officer=_text(p["probation_officer"]),
            programme=programme,
            reference=_text(p["reference"]),
        )
    return case
