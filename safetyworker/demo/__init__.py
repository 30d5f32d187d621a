"""A fictional demo caseload, for newcomers trying the app and for screenshots.

The caseload is data, in resources/demo/ (cases.json, history.json, plans.json, risk.json, sharing.json; see
docs/demo.md); this package reads it (loader.py), works out its dates from today (dates.py) and adds it to a store
through the services, like any other front end. Everything in it is invented. Phone numbers come only from
Ofcom's ranges reserved for drama (07700 900xxx and 01632 960xxx), so a slip of the finger rings nobody; street names
are plainly made up ("Ffordd Ffug" is Welsh for "Fake Road") and there are no postcodes, so no address can point at
a real home. The towns are real, because a rural caseload spread across mid Wales and the Marches is what the
app is built for.

The core never imports Qt, and neither does this package: the CLI (``safetyworker demo``) and the desktop app
share it. A second ``populate_demo`` on the same store adds a second copy (new ids, same people): that is what
a trainer wants when they reset a practice store by adding more, and the demo never touches the cases already
there.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from safetyworker.demo.dates import inside as _inside  # noqa: F401 (the demo tests check windows with it)
from safetyworker.demo.dates import resolve
from safetyworker.demo.loader import DemoData, History, _read, first_phone
from safetyworker.demo.loader import load_demo as load_demo  # for the front ends: ``demo.load_demo()``
from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records import case_rows
from safetyworker.services.cases import CaseService
from safetyworker.services.contacts import EARLIEST_DUE
from safetyworker.services.directory import DirectoryService
from safetyworker.services.plans import PlanService
from safetyworker.services.risk import RiskService
from safetyworker.services.session import Session
from safetyworker.services.sharing import SharingService
from safetyworker.store.vault import Store
from safetyworker.timetable import planner

#: Who the demo plans are written by.
AUTHOR = "Demo worker"


def demo_cases() -> list[dict[str, Any]]:
    """About fourteen fictional cases in the interchange format that ``CaseService.add`` accepts.

    A new list each call, so a caller may change it freely. Between them the cases cover what a rural safety
    worker meets: every case status, every stage of a perpetrator programme, a release from custody coming up,
    someone on licence with an exclusion zone, male and non-binary victim-survivors, Welsh speakers, children,
    landlines that must not be rung, homes that are not safe to visit, and call protocols with safe windows
    (one crossing midnight for a night-shift worker, one on a Saturday), a blackout and code words.
    """
    return load_demo().cases


def demo_plans() -> dict[str, list[dict[str, Any]]]:
    """The demo safety plans by preferred name, each a list of versions (oldest first) in the interchange
    format: one per template, with items for the person's own copy and items for the worker's copy only."""
    return load_demo().plans


def __getattr__(name: str) -> Any:
    # ``_HISTORY``: each demo case's log and notes by preferred name (the old name, which the tests use)
    if name == "_HISTORY":
        return {n: (h.log, h.notes) for n, h in load_demo().history.items()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _planned_of_kind(store: Store, case_id: str, kind: str, where: str) -> str:
    row = store.db.execute(
        "SELECT id FROM planned_contact WHERE case_id = ? AND kind = ? AND status = 'planned' AND deleted_hlc IS NULL",
        (case_id, kind),
    ).fetchone()
    if row is None:
        raise InvalidInput(where, _("completes a {kind} contact the case does not have planned").format(kind=kind))
    planned_id: str = row[0]
    return planned_id


def _add_history(service: CaseService, case_id: str, name: str, history: History) -> None:
    case = case_rows.load_case(service.store.db, case_id)
    phone = first_phone(case) if case else None
    for n, entry in enumerate(history.log):
        where = f"demo/history.json, {name}, log[{n}]"
        service.append_log(
            case_id,
            channel=entry.channel,
            outcome=entry.outcome,
            at=entry.at,
            override_reason=entry.override_reason,
            note=entry.note,
            contact_method_id=phone.id if entry.on_phone and phone else None,
            fulfils=_planned_of_kind(service.store, case_id, entry.fulfils, where) if entry.fulfils else EARLIEST_DUE,
        )
    for text in history.notes:
        service.append_note(case_id, text)


def _add_plans(store: Store, data: DemoData, ids: dict[str, str]) -> None:
    service = PlanService(store)
    for name, versions in data.plans.items():
        for plan in versions:
            service.set(ids[name], plan, author=AUTHOR)


def _add_risk(store: Store, data: DemoData, ids: dict[str, str]) -> None:
    """The demo risk assessments, oldest first, then the MARAC referrals (tied to the latest), through the risk
    service. After the history, so the contacts the log made are not taken for the risk reviews planned here."""
    service = RiskService(store)
    for name, risk in data.risk.items():
        for assessment in risk.assessments:
            service.add(ids[name], assessment, assessor=AUTHOR)
        for referral in risk.referrals:
            service.refer(ids[name], referral)


def populate_demo(target: Store | Session) -> list[str]:
    """Add the demo cases to the store (or the unlocked session's store) with a short history each; returns
    the new case ids.

    The demo files are read and checked first, so a broken one changes nothing. Everything goes through
    ``CaseService`` (and ``PlanService`` for the few demo safety plans, ``RiskService`` for the risk
    assessments and MARAC referrals), like any other front end, so the audit
    trail records it. A call that reached the person completes the planned contact it was for, as in the app,
    so a newcomer's Today is not full of contacts "overdue" that the log shows were made. Calls are logged
    against the case's first phone number and timed inside its safe windows; a message is left only where the
    record says voicemail is allowed.
    """
    store = target.store if isinstance(target, Session) else target
    assert store is not None, "the session is locked"
    data = load_demo(planner.local_today(store), ZoneInfo(store.timezone))  # the store's today, not the laptop's
    service = CaseService(store)
    ids = service.add(data.cases)
    by_name = {doc["preferred_name"]: case_id for doc, case_id in zip(data.cases, ids, strict=True)}
    for name, case_id in by_name.items():
        _add_history(service, case_id, name, data.history.get(name, History()))
    _add_plans(store, data, by_name)
    _add_risk(store, data, by_name)
    _add_sharing(store, by_name)
    DirectoryService(store).seed_demo()
    return ids


def _add_sharing(store: Store, ids: dict[str, str]) -> None:
    """The demo agencies (unless a store already has one of that name) and the sharing on a few demo cases,
    through the sharing service (resources/demo/sharing.json)."""
    service = SharingService(store)
    have = {a.name for a in service.agencies()}
    demo = _read("sharing.json", "sharing")
    agencies = demo["agencies"]
    service.add_agencies([a for a in agencies if a.get("name") not in have])
    contacts = {c.name: c.id for c in service.contacts()}
    today = planner.local_today(store)
    for name, raw in resolve(demo["cases"], today, "cases").items():
        case_id = ids[name]
        service.set_case_contacts(case_id, [contacts[n] for n in raw.get("agency_contacts", [])])
        for entry in raw.get("sharing", []):
            doc = {k: v for k, v in entry.items() if k != "contact"}
            doc["contact_id"] = contacts[entry["contact"]]
            doc["recorded_by"] = AUTHOR
            doc["actions"] = [
                {k: v for k, v in action.items() if k not in ("owner", "to")}
                | ({"owner_contact_id": contacts[action["owner"]]} if action.get("owner") else {})
                | ({"to_contact_id": contacts[action["to"]]} if action.get("to") else {})
                for action in entry.get("actions", [])
            ]
            service.add(case_id, doc, today=today)
