"""Checking stored rows (or rows about to be stored from a sync bundle) with the rules local input passes.

One rule for both: a row is turned back into the interchange document a person would have typed (no parsing,
no repair) and handed to the same ``from_json`` that ``case add`` / ``case update`` use, so a value no form
accepts is refused at the door of a bundle and named by ``doctor`` in a store that already holds one.
Rows that are not part of the case document (planned contacts, the contact log, notes, plan versions) are
checked against the enumerations and limits their services use.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.plans.model import parse_helpline_ids
from safetyworker.records import directory, org_settings, sharing, support
from safetyworker.records.directory import DirectoryEntry
from safetyworker.records.model import (
    LOG_CHANNELS,
    LOG_OUTCOMES,
    PHONE_KINDS,
    Case,
    Child,
    ContactMethod,
    PersonCausingHarm,
)
from safetyworker.records.reader import Reader, parse_date

#: Planned contact statuses (timetable/planner.py) and the shape of a kind (the programme's kinds, release,
#: review, ad hoc, inform, ... : an organisation's programme template may add its own).
PLANNED_STATUSES = ("planned", "done", "cancelled")
_KIND = re.compile(r"[a-z][a-z0-9_]{0,39}")
#: A record made on a laptop whose clock or time zone is ahead (bundle_envelope.MAX_CLOCK_AHEAD_MS allows a day) may
#: carry tomorrow's date as "today": not refused for it.
CLOCK_SLACK = timedelta(days=2)
#: What the tables hold that no case document carries: ids and positions.
_ID_FIELDS = {
    "contact_method": ("case_id",),
    "child": ("case_id",),
    "harm_link": ("case_id", "person_id"),
    "planned_contact": ("case_id",),
    "contact_log": ("case_id", "device_id"),
    "case_note": ("case_id", "device_id"),
    "safety_plan_version": ("case_id", "device_id"),
    "risk_assessment": ("case_id", "device_id"),
    "marac_referral": ("case_id",),
    "case_agency_contact": ("case_id",),
    "sharing_record": ("case_id",),
    "sharing_action": ("case_id",),
    "visit": ("case_id",),
    "support_entry": ("case_id", "device_id"),
}
CHECKED = (
    "case_record",
    "contact_method",
    "child",
    "person_causing_harm",
    "harm_link",
    "planned_contact",
    "contact_log",
    "case_note",
    "safety_plan_version",
    "risk_assessment",
    "marac_referral",
    "visit",
    "reference_data",
    "agency",
    "agency_contact",
    "case_agency_contact",
    "sharing_record",
    "sharing_action",
    "support_entry",
    "directory_entry",
)


@dataclass(frozen=True)
class Problem:
    """A stored (or incoming) value that local input would refuse. Names the record and field, never the value."""

    table: str
    record_id: str
    field: str
    problem: str

    def describe(self) -> str:
        return _("{table} {id}, {field}: {problem}").format(
            table=self.table, id=self.record_id, field=self.field, problem=self.problem
        )

    def to_json(self) -> dict[str, str]:
        return {"table": self.table, "record_id": self.record_id, "field": self.field, "problem": self.problem}


def _flag(value: Any) -> Any:
    """A stored 0/1 as the true/false a person types; anything else as it is, for the reader to refuse."""
    if type(value) is bool:
        return value
    if type(value) is int and value in (0, 1):
        return bool(value)
    return value


def _json(value: Any) -> Any:
    """A JSON column as the list it holds; text that is not JSON as it is, for the reader to refuse."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _case_doc(row: dict[str, Any]) -> dict[str, Any]:
    g = row.get
    return {
        "preferred_name": g("preferred_name"),
        "legal_name": g("legal_name"),
        "phone_name": g("phone_name"),
        "pronouns": g("pronouns"),
        "date_of_birth": g("date_of_birth"),
        "languages": _json(g("languages")),
        "access_needs": g("access_needs"),
        "address": {
            "lines": _json(g("address_lines")),
            "postcode": g("postcode"),
            "safe_to_visit": _flag(g("safe_to_visit")),
            "safe_to_post": _flag(g("safe_to_post")),
        },
        "locality": g("locality"),
        "transport": g("transport"),
        "status": g("status"),
        "closed_reason": g("closed_reason"),
        "referral": {"source": g("referral_source"), "date": g("referral_date"), "programme": g("referral_programme")},
        "consent": {"status": g("consent_status"), "date": g("consent_date"), "sharing": g("consent_sharing")},
        "allocated_worker": g("allocated_worker"),
    }


_METHOD_TEXT = ("kind", "value", "ask_for", "who_else_may_answer", "if_someone_else_answers", "code_word", "notes")
_METHOD_FLAGS = ("safe_to_call", "safe_to_text", "voicemail_allowed", "withhold_number")
_METHOD_JSON = ("safe_windows", "one_off_windows", "blackout_windows")


def _method_doc(row: dict[str, Any]) -> dict[str, Any]:
    doc = {n: row.get(n) for n in _METHOD_TEXT}
    doc.update({n: _flag(row.get(n)) for n in _METHOD_FLAGS})
    doc.update({n: _json(row.get(n)) for n in _METHOD_JSON})
    return doc


def _person_doc(row: dict[str, Any]) -> dict[str, Any]:
    g = row.get
    return {
        "name": g("name"),
        "custody_status": g("custody_status"),
        "release_date": g("release_date"),
        "licence_conditions": g("licence_conditions"),
        "exclusion_zones": g("exclusion_zones"),
        "order_end": g("order_end"),
        "probation_officer": g("probation_officer"),
        "reference": g("reference"),
        # The programme's fields are checked even when no programme is named (its name is then optional).
        "programme": {
            "name": g("programme_name") or "-",
            "start_date": g("programme_start_date"),
            "sessions_attended": g("sessions_attended"),
            "status": g("programme_status"),
            "breach_date": g("breach_date"),
        },
    }


def _check_ids(table: str, row: dict[str, Any]) -> None:
    for name in _ID_FIELDS.get(table, ()):
        if name in row and not (isinstance(row[name], str) and row[name]):
            raise InvalidInput(name, _("must be the id of a record"))


def _optional_id(r: Reader, name: str) -> None:
    value = r.raw(name, None)
    if value is not None and not (isinstance(value, str) and 0 < len(value) <= 100):
        raise r.fail(name, _("must be the id of a record"))


def _moment(r: Reader, name: str) -> None:
    value = r.raw(name)
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise r.fail(name, _("must be a date and time")) from None


def _check_planned(row: dict[str, Any]) -> None:
    r = Reader(row)
    kind = r.raw("kind")
    if not isinstance(kind, str) or not _KIND.fullmatch(kind):
        raise r.fail("kind", _("is not a kind of planned contact"))
    parse_date(r.raw("due_date"), "due_date")
    if r.raw("window_end", None) is not None:
        parse_date(r.raw("window_end"), "window_end")
    r.choice("status", PLANNED_STATUSES, "planned")
    r.text("source", max_len=50)
    r.text("note")


def _check_log(row: dict[str, Any]) -> None:

    r = Reader(row)
    _moment(r, "at")
    r.choice("channel", LOG_CHANNELS)
    r.choice("outcome", LOG_OUTCOMES)
    r.text("override_reason", max_len=1000)
    r.text("note")
    r.text("author", max_len=200)
    _optional_id(r, "contact_method_id")
    _optional_id(r, "corrects_id")
    if r.raw("incident", 0) not in (0, 1) or type(r.raw("incident", 0)) is not int:
        raise r.fail("incident", _("must be 0 or 1"))
    _check_work(r, minutes_required=False)


def _check_work(r: Reader, *, minutes_required: bool) -> None:
    """Time and support given, as ``log add`` and ``support add`` take them (records/support.py)."""
    for name in ("minutes", "travel_minutes"):
        value = r.raw(name, None)
        if value is None and name == "minutes" and minutes_required:
            raise r.fail(name, _("is required"))
        if value is not None and (type(value) is not int or not 0 <= value <= support.MAX_MINUTES):
            raise r.fail(name, _("must be a whole number of minutes from 0 to {n}").format(n=support.MAX_MINUTES))
    kinds = _json(r.raw("support_kinds", "[]"))
    support.parse_kinds(kinds, r.where("support_kinds"))
    if isinstance(kinds, list) and len(set(kinds)) != len(kinds):
        raise r.fail("support_kinds", _("names a kind twice"))


def _check_support(row: dict[str, Any]) -> None:
    r = Reader(row)
    _moment(r, "at")
    _check_work(r, minutes_required=True)
    if not support.stored_kinds(r.raw("support_kinds", "[]")):
        raise r.fail("support_kinds", _("say what kind of support it was"))
    r.text("note", max_len=4000, multiline=True)
    r.text("author", max_len=200)
    _optional_id(r, "corrects_id")


def _check_directory(row: dict[str, Any]) -> None:
    DirectoryEntry.from_json(directory.row_doc(row))
    owner = row.get("owner", "")
    if not isinstance(owner, str) or len(owner) > 100:
        raise InvalidInput("owner", _("must be the id of a record"))


def _check_note(row: dict[str, Any]) -> None:
    r = Reader(row)
    _moment(r, "at")
    r.text("text", required=True, max_len=20_000)
    r.text("author", max_len=200)
    _optional_id(r, "corrects_id")


def _check_plan_version(row: dict[str, Any]) -> None:
    r = Reader(row)
    r.text("template", required=True, max_len=64)
    items = _json(r.raw("items_json", "[]"))
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise r.fail("items_json", _("must be a list of plan items"))
    r.date("review_date")
    parse_helpline_ids(_json(r.raw("helplines_json", "[]")), "helplines_json")
    r.text("author", max_len=200)
    _moment(r, "saved_at")


def check_row(table: str, row: dict[str, Any]) -> None:
    """Raise ``InvalidInput`` naming the field when ``row`` (a row of ``table``, or the part of one a bundle
    brings) holds a value local input would refuse."""
    _check_ids(table, row)
    if table == "case_record":
        Case.from_json(_case_doc(row), today=date.today() + CLOCK_SLACK)
    elif table == "contact_method":
        method = ContactMethod.from_json(Reader(_method_doc(row)))
        if method.kind in PHONE_KINDS and method.value != row.get("value"):
            # local input stores the international form; any other form is not a number local input made
            raise InvalidInput("value", _("is not stored as a checked phone number"))
        if "position" in row and (type(row["position"]) is not int or not 0 <= row["position"] <= 1000):
            raise InvalidInput("position", _("must be a whole number"))
    elif table == "child":
        Child.from_json(Reader({k: row.get(k) for k in _CHILD}))
    elif table == "person_causing_harm":
        PersonCausingHarm.from_json(Reader(_person_doc(row)))
    elif table == "harm_link":
        PersonCausingHarm.from_json(Reader({"name": "-", "relationship": row.get("relationship")}))
    elif table == "planned_contact":
        _check_planned(row)
    elif table == "contact_log":
        _check_log(row)
    elif table == "case_note":
        _check_note(row)
    elif table == "safety_plan_version":
        _check_plan_version(row)
    elif table == "risk_assessment":
        _check_risk_assessment(row)
    elif table == "marac_referral":
        _check_referral(row)
    elif table == "visit":
        _check_visit(row)
    elif table == "reference_data":
        _check_reference(row)
    elif table in _SHARING_CHECKS:
        _SHARING_CHECKS[table](row)
    elif table == "support_entry":
        _check_support(row)
    elif table == "directory_entry":
        _check_directory(row)


def _check_risk_assessment(row: dict[str, Any]) -> None:
    """As ``risk add`` would take it: known answer words, a level and judgement the checklist has (when this
    store holds the checklist; an organisation's own may not have reached it yet), a reason with a judgement."""
    from safetyworker.risk.templates import ANSWERS

    r = Reader(row)
    r.text("template", required=True, max_len=64)
    version = r.raw("template_version")
    if type(version) is not int or version < 1:
        raise r.fail("template_version", _("must be a whole number"))
    questions = _json(r.raw("questions_json", "[]"))
    if not isinstance(questions, list) or not all(
        isinstance(q, dict) and isinstance(q.get("id"), str) and isinstance(q.get("text"), str) for q in questions
    ):
        raise r.fail("questions_json", _("must be a list of questions"))
    ids = {q["id"] for q in questions}
    answers = _json(r.raw("answers_json", "{}"))
    if not isinstance(answers, dict) or set(answers) - ids or not set(answers.values()) <= set(ANSWERS):
        raise r.fail("answers_json", _("must give each question one of: {c}").format(c=", ".join(ANSWERS)))
    notes = _json(r.raw("notes_json", "{}"))
    if not isinstance(notes, dict) or set(notes) - ids or not all(isinstance(v, str) for v in notes.values()):
        raise r.fail("notes_json", _("must be notes on the checklist's questions"))
    score = r.raw("score")
    if type(score) is not int or not 0 <= score <= 100_000:
        raise r.fail("score", _("must be a whole number"))
    for name in ("level", "rules_level"):
        r.text(name, required=True, max_len=40)
    j_level = r.text("judgement_level", max_len=40)
    if j_level and not r.text("judgement_reason", max_len=4000):
        raise r.fail("judgement_reason", _("a professional judgement always needs a written reason"))
    r.text("judgement_reason", max_len=4000)
    for name in ("seen_alone", "new_incident"):
        value = r.raw(name, None)
        if value is not None and (type(value) is not int or value not in (0, 1)):
            raise r.fail(name, _("must be 0 or 1"))
    r.text("what_changed", max_len=4000)
    r.date("next_review")
    r.text("assessor", max_len=200)
    _moment(r, "assessed_at")
    _optional_id(r, "corrects_id")


def _check_referral(row: dict[str, Any]) -> None:
    r = Reader(row)
    r.date("referred_on")
    r.text("marac", max_len=200)
    consent = r.choice("consent", ("given", "refused", "not_asked"), "not_asked")
    if consent == "refused" and not r.text("consent_reason", max_len=4000):
        raise r.fail("consent_reason", _("say why the referral goes ahead without the person's consent"))
    r.text("consent_reason", max_len=4000)
    r.text("wishes", max_len=4000)
    r.date("heard_on")
    _optional_id(r, "assessment_id")


def _check_visit(row: dict[str, Any]) -> None:
    """As ``visit plan`` would take it (services/visits.py): a start, a length and a back-in-touch time after
    the start, a place within the limits, back safe as a moment or not yet."""
    from safetyworker.records.visit_rules import check_stored_visit

    check_stored_visit(row)


def _check_reference(row: dict[str, Any]) -> None:
    """An office-sent risk checklist must be one this program reads, and the organisation's settings values it
    accepts (other reference data is checked where it is used)."""
    record_id = row.get("id")
    if record_id == org_settings.RECORD_ID and "body" in row:
        org_settings.parse_body(_json(row.get("body")))
        return
    if not (isinstance(record_id, str) and record_id.startswith("risk:")) or "body" not in row:
        return
    from safetyworker.risk.templates import RiskTemplate

    body = _json(row.get("body"))
    RiskTemplate.from_json(body, "body", "office")


_SHARING_CHECKS = {
    "agency": sharing.check_agency_row,
    "agency_contact": sharing.check_contact_row,
    "case_agency_contact": sharing.check_link_row,
    "sharing_record": sharing.check_sharing_row,
    "sharing_action": sharing.check_action_row,
}

_CHILD = ("name", "age", "school", "lives_with", "contact_arrangements", "safety_steps", "views")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
        parsed = _json(value)
        if parsed is not value:
            yield from _strings(parsed)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


def _without_values(message: str, row: dict[str, Any]) -> str:
    """The problem in words, without the value itself: a doctor report or an import error may be shown to
    someone who must not read case content (support, a log)."""
    for value in sorted(set(_strings(list(row.values()))), key=len, reverse=True):
        if len(value) >= 3 and value in message:
            message = message.replace(value, "…")
    return message


def problem_with(table: str, record_id: str, row: dict[str, Any]) -> Problem | None:
    """The first value of ``row`` local input would refuse, named without the value; None when all are fine."""
    try:
        check_row(table, row)
    except InvalidInput as exc:
        return Problem(table, record_id, exc.field, _without_values(exc.problem, row))
    return None


def _rows(conn: Any, table: str) -> Iterator[dict[str, Any]]:
    append_only = ("contact_log", "case_note", "safety_plan_version", "risk_assessment", "support_entry")
    where = " WHERE deleted_hlc IS NULL" if table not in append_only else ""
    cur = conn.execute(f"SELECT * FROM {table}{where} ORDER BY id")
    names = [d[0] for d in cur.description]
    for row in cur:
        yield dict(zip(names, row, strict=True))


def store_problems(conn: Any, limit: int = 100) -> list[Problem]:
    """Every stored record a form would refuse (up to ``limit``), for ``doctor``: reading never crashes on them
    (records/case_rows.py reads them the safe way), but a person should put them right."""
    found: list[Problem] = []
    for table in CHECKED:
        for row in _rows(conn, table):
            problem = problem_with(table, str(row["id"]), row)
            if problem:
                found.append(problem)
                if len(found) >= limit:
                    return found
    return found
