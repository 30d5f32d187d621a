"""Reading the demo caseload from resources/demo/ (cases.json, history.json, plans.json, risk.json), checked the
way local input is checked, so a broken demo file is found when it is read, with its file and entry named, before
anything is written to a store.

- every case goes through ``Case.from_json``, as a case typed in or imported does;
- every log entry through the call protocol a worker's own entry meets (``call_safety.check_log_entry``), at
  the time it will carry: on the case's first phone number that is safe to call, inside its safe windows unless
  the entry gives its reason, and a message left only where the record allows voicemail;
- every plan version through ``parse_plan`` with the shipped templates;
- every risk assessment and MARAC referral through the checks ``RiskService.add`` and ``refer`` make
  (``check_assessment``, ``check_referral``) with the shipped checklists, on a case that is not closed.

The files are read through ``safetyworker.resources``, so the same code works from a source checkout, a wheel
and the frozen app. Dates in them are relative to today (safetyworker/demo/dates.py).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.plans.model import parse_plan
from safetyworker.plans.templates import load_templates
from safetyworker.protocol import call_safety
from safetyworker.records.model import LOG_CHANNELS, LOG_OUTCOMES, Case, ContactMethod
from safetyworker.records.reader import Reader
from safetyworker.resources import read_data_file, resource
from safetyworker.risk.templates import load_templates as load_risk_templates
from safetyworker.services.risk_checks import check_assessment, check_referral
from safetyworker.timetable.planner import ALL_KINDS

from . import dates

#: The demo files are ours, not an organisation's, but are read with a limit all the same.
MAX_FILE_BYTES = 256 * 1024
#: The time zone the entries are checked in when the caller has no store (yet) to take one from.
DEFAULT_ZONE = "Europe/London"


@dataclass(frozen=True)
class LogEntry:
    """One demo contact log entry, ready for ``CaseService.append_log``."""

    at: datetime
    outcome: str
    note: str = ""
    channel: str = "phone"
    override_reason: str = ""
    #: the kind of planned contact it completes when that is not the earliest due (a call made a little early);
    #: None: a successful entry completes the earliest due, as the app proposes
    fulfils: str | None = None
    #: whether it was made on the case's first phone number that is safe to call (see ``first_phone``)
    on_phone: bool = False


@dataclass(frozen=True)
class History:
    log: list[LogEntry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Risk:
    """One demo case's risk assessments (oldest first, as ``RiskService.add`` takes them, ``assessed_at`` an aware
    time) and MARAC referrals (as ``RiskService.refer`` takes them), all checked."""

    assessments: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class DemoData:
    """The demo caseload: case documents in the interchange format, each case's history, plan versions and risk
    assessments (keyed by preferred name, unique in the demo), all with today's dates."""

    cases: list[dict[str, Any]]
    history: dict[str, History]
    plans: dict[str, list[dict[str, Any]]]
    risk: dict[str, Risk] = field(default_factory=dict)


def first_phone(case: Case) -> ContactMethod | None:
    """The number the demo's calls are logged against: the case's first phone number that is safe to call."""
    return next((m for m in case.contact_methods if m.is_phone and m.safe_to_call), None)


@contextmanager
def _entry(label: str) -> Iterator[None]:
    """Name the file and the entry in front of the field a problem is in."""
    try:
        yield
    except InvalidInput as exc:
        raise InvalidInput(f"{label}, {exc.field}" if exc.field else label, exc.problem) from None


def _read(name: str, key: str) -> Any:
    """The ``key`` part of resources/demo/``name`` (each file also says what it is in ``about``)."""
    label = f"demo/{name}"
    try:
        data = read_data_file(resource("demo", name), _("is too large for a demo file"), MAX_FILE_BYTES)
    except InvalidInput as exc:
        raise InvalidInput(label, exc.problem) from None
    with _entry(label):
        r = Reader(data)
        r.text("about")
        value = r.raw(key)
        r.finish()
    return value


def _named(value: Any, label: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput(label, _("expected an object with an entry for each case, by preferred name"))
    return value


def _cases(today: date) -> tuple[list[dict[str, Any]], dict[str, Case]]:
    label = "demo/cases.json"
    docs = _read("cases.json", "cases")
    if not isinstance(docs, list):
        raise InvalidInput(label, _("expected a list of cases"))
    resolved, parsed = [], {}
    for n, doc in enumerate(docs, start=1):
        name = doc.get("preferred_name") if isinstance(doc, dict) else None
        with _entry(_("{file}, case {n} ({name})").format(file=label, n=n, name=name)):
            doc = dates.resolve(doc, today)
            case = Case.from_json(doc, today=today)
            if case.preferred_name in parsed:
                raise InvalidInput("preferred_name", _("is used by an earlier case; demo names must be unique"))
        resolved.append(doc)
        parsed[case.preferred_name] = case
    return resolved, parsed


def _log_entry(r: Reader, case: Case, today: date, zone: ZoneInfo) -> LogEntry:
    when = r.raw("at")
    if not (isinstance(when, dict) and set(when) == {"days", "time"}):
        raise r.fail("at", _('must be a day and a time, for example {"days": -15, "time": "10:30"}'))
    local = datetime.fromisoformat(dates.resolve(when, today, r.where("at")))
    entry = LogEntry(
        at=local,
        outcome=r.choice("outcome", LOG_OUTCOMES),
        note=r.text("note"),
        channel=r.choice("channel", LOG_CHANNELS, "phone"),
        override_reason=r.text("override_reason"),
        fulfils=r.choice("fulfils", ALL_KINDS) if r.raw("fulfils", None) is not None else None,
    )
    r.finish()
    # the case's own numbers get stand-in ids here; the real ones are made when the case is stored
    checked = copy.deepcopy(case)
    for i, method in enumerate(checked.contact_methods):
        method.id = f"demo-{i}"
    phone = first_phone(checked) if entry.channel == "phone" else None
    on_phone = phone is not None
    if phone is not None and not entry.override_reason:
        local = dates.into_window(local, list(phone.safe_windows), r.where("at"))
    at = local.replace(tzinfo=zone)
    try:
        call_safety.check_log_entry(
            checked,
            entry.channel,
            entry.outcome,
            at,
            entry.override_reason,
            phone.id if phone is not None else None,
            zone,
        )
    except InvalidInput as exc:
        raise InvalidInput(r.where(exc.field), exc.problem) from None
    return replace(entry, at=at, on_phone=on_phone)


def _history(cases: dict[str, Case], today: date, zone: ZoneInfo) -> dict[str, History]:
    label = "demo/history.json"
    result = {}
    for name, raw in _named(_read("history.json", "history"), label).items():
        with _entry(f"{label}, {name}"):
            if name not in cases:
                raise InvalidInput("", _("there is no demo case of that name"))
            r = Reader(raw)
            # oldest first, as written when two are on the same day (before any is moved into a safe window)
            dated = []
            for e in r.objects("log"):
                entry = _log_entry(e, cases[name], today, zone)
                dated.append((e.data["at"]["days"], entry))
            log = [entry for _days, entry in sorted(dated, key=lambda pair: pair[0])]
            notes = r.text_list("notes")
            r.finish()
        result[name] = History(log, notes)
    return result


def _plans(cases: dict[str, Case], today: date) -> dict[str, list[dict[str, Any]]]:
    label = "demo/plans.json"
    templates = tuple(load_templates())
    result: dict[str, list[dict[str, Any]]] = {}
    for name, versions in _named(_read("plans.json", "plans"), label).items():
        if name not in cases:
            raise InvalidInput(f"{label}, {name}", _("there is no demo case of that name"))
        if not isinstance(versions, list) or not versions:
            raise InvalidInput(f"{label}, {name}", _("expected a list of plan versions, oldest first"))
        result[name] = []
        for n, version in enumerate(versions, start=1):
            with _entry(_("{file}, {name}, version {n}").format(file=label, name=name, n=n)):
                version = dates.resolve(version, today)
                parse_plan(version, templates)
            result[name].append(version)
    return result


@contextmanager
def _within(r: Reader) -> Iterator[None]:
    """Put the path of the object ``r`` reads in front of the field a check names."""
    try:
        yield
    except InvalidInput as exc:
        raise InvalidInput(r.where(exc.field) if exc.field else r.path, exc.problem) from None


def _assessment(raw: dict[str, Any], today: date, zone: ZoneInfo, where: str) -> dict[str, Any]:
    when = raw.get("assessed_at")
    if not (isinstance(when, dict) and set(when) == {"days", "time"}):
        raise InvalidInput(
            f"{where}.assessed_at", _('must be a day and a time, for example {"days": -15, "time": "10:30"}')
        )
    doc: dict[str, Any] = dates.resolve(raw, today, where)
    doc["assessed_at"] = datetime.fromisoformat(doc["assessed_at"]).replace(tzinfo=zone).isoformat()
    return doc


def _risk(cases: dict[str, Case], today: date, zone: ZoneInfo) -> dict[str, Risk]:
    label = "demo/risk.json"
    templates = list(load_risk_templates().values())
    result = {}
    for name, raw in _named(_read("risk.json", "risk"), label).items():
        with _entry(f"{label}, {name}"):
            if name not in cases:
                raise InvalidInput("", _("there is no demo case of that name"))
            if cases[name].status == "closed":
                raise InvalidInput("", _("this case is closed: its risk assessments can be read, not added to"))
            r = Reader(raw)
            assessments = []
            for a in r.objects("assessments"):
                doc = _assessment(a.data, today, zone, a.path)
                with _within(a):
                    check_assessment(doc, templates)
                assessments.append(doc)
            referrals = []
            for f in r.objects("referrals"):
                doc = dates.resolve(f.data, today, f.path)
                with _within(f):
                    check_referral(doc, today)
                referrals.append(doc)
            r.finish()
            if referrals and not assessments:
                raise InvalidInput("referrals", _("a referral needs an assessment before it"))
        result[name] = Risk(assessments, referrals)
    return result


def load_demo(today: date | None = None, zone: ZoneInfo | None = None) -> DemoData:
    """The demo caseload, checked, with dates worked out from ``today`` (the local date by default) and log
    times in ``zone`` (the store's time zone; Europe/London by default). Raises ``InvalidInput`` naming the
    file and the entry when a demo file is broken. A new object each call, so a caller may change it freely."""
    today = today or date.today()
    zone = zone or ZoneInfo(DEFAULT_ZONE)
    docs, cases = _cases(today)
    return DemoData(docs, _history(cases, today, zone), _plans(cases, today), _risk(cases, today, zone))
