"""Agencies, information sharing on a case, and the actions that come from it (docs/sharing.md).

The research behind the service found that nobody knew whose job it was to tell the police protection unit.
So a sharing record can carry actions: who must pass what on, to whom, by when (in working days, the
organisation's bank holidays skipped). An open action shows on Today and on the case until a person marks it
done, saying how; the office sees every worker's open actions, from their bundles.

Agencies are an organisation-wide list the office keeps and sends to every laptop. A worker may add a local
agency (``added_by`` = their worker id): it travels to the office like any change, and from there to the other
laptops. A laptop may change only the agencies it added; the office's list is the office's (sync/authority.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.records import phone, tables
from safetyworker.records import sharing as rules
from safetyworker.records.dates import day_text, typed_date
from safetyworker.records.reader import Reader
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.timetable import planner, working_days


@dataclass(frozen=True)
class Contact:
    id: str
    agency_id: str
    agency_name: str
    name: str
    role: str
    phone: str
    email: str

    def label(self) -> str:
        """ "Alex Reed (Probation officer, Northshire PDU)": who this is, in one line."""
        detail = ", ".join(p for p in (self.role, self.agency_name) if p)
        return f"{self.name} ({detail})" if detail else self.name

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "agency_id": self.agency_id,
            "agency": self.agency_name,
            "name": self.name,
            "role": self.role,
            "phone": self.phone,
            "phone_display": phone.display(self.phone) if self.phone else "",
            "email": self.email,
        }


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    kind: str
    phone: str
    email: str
    added_by: str
    contacts: list[Contact] = field(default_factory=list)

    @property
    def local(self) -> bool:
        return bool(self.added_by)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "phone": self.phone,
            "email": self.email,
            "local": self.local,
            "added_by": self.added_by,
            "contacts": [
                {k: v for k, v in c.to_json().items() if k not in ("agency_id", "agency")} for c in self.contacts
            ],
        }


@dataclass(frozen=True)
class Action:
    id: str
    case_id: str
    sharing_id: str
    what: str
    owner_contact_id: str | None
    owner: str  # in words: a contact's label, or the worker who holds the case ("" when no worker does)
    to_contact_id: str | None
    to: str
    due_on: str
    days_late: int
    done_on: str | None
    done_how: str
    done_by: str
    preferred_name: str = ""
    worker: str = ""  # office: the worker who holds the case ("" for a case the office holds)

    @property
    def open(self) -> bool:
        return self.done_on is None

    def to_json(self) -> dict[str, Any]:
        doc = {k: getattr(self, k) for k in self.__dataclass_fields__}
        doc["open"] = self.open
        doc["overdue"] = self.open and self.days_late > 0
        return doc


@dataclass(frozen=True)
class SharingRecord:
    id: str
    case_id: str
    direction: str
    contact_id: str
    contact: str
    shared_on: str
    summary: str
    basis: str
    reason: str
    recorded_by: str
    actions: list[Action] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        doc = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "actions"}
        doc["actions"] = [a.to_json() for a in self.actions]
        return doc


_ACTION_SQL = """
SELECT a.id, a.case_id, a.sharing_id, a.what, a.owner_contact_id, a.to_contact_id, a.due_on, a.done_on,
       a.done_how, a.done_by, c.preferred_name, coalesce(p.name, '')
FROM sharing_action a JOIN case_record c ON c.id = a.case_id
LEFT JOIN sync_assignment s ON s.case_id = a.case_id LEFT JOIN sync_peer p ON p.peer_id = s.peer_id
WHERE a.deleted_hlc IS NULL AND c.deleted_hlc IS NULL
"""


class SharingService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- who this store is ---------------------------------------------------------------------------------
    def _me(self) -> str:
        """An enrolled laptop's worker id (its agencies are local ones); '' at the office, whose list is the
        organisation's, and on a store made alone, which has no office and keeps its own list."""
        if self.store.role == "office":
            return ""
        return self.store.meta("worker_id") or ""

    def _today(self) -> date:
        return planner.local_today(self.store)

    def _region(self) -> str:
        return working_days.region(self.store)

    # -- agencies ------------------------------------------------------------------------------------------
    def _contacts(self, where: str = "", params: tuple[Any, ...] = ()) -> list[Contact]:
        sql = (
            "SELECT c.id, c.agency_id, coalesce(a.name, ''), c.name, c.role, c.phone, c.email FROM agency_contact c "
            "LEFT JOIN agency a ON a.id = c.agency_id WHERE c.deleted_hlc IS NULL" + where + " ORDER BY c.name, c.id"
        )
        return [Contact(*row) for row in self.store.db.execute(sql, params)]

    def agencies(self) -> list[Agency]:
        """The organisation's agencies and the local ones, with their contacts, by name."""
        contacts: dict[str, list[Contact]] = {}
        for contact in self._contacts():
            contacts.setdefault(contact.agency_id, []).append(contact)
        rows = self.store.db.execute(
            "SELECT id, name, kind, phone, email, added_by FROM agency WHERE deleted_hlc IS NULL "
            "ORDER BY name COLLATE NOCASE, id"
        )
        return [
            Agency(aid, name, kind, phone_number, email, added_by, contacts.get(aid, []))
            for aid, name, kind, phone_number, email, added_by in rows
        ]

    def agency(self, agency_id: str) -> Agency:
        for agency in self.agencies():
            if agency.id == agency_id:
                return agency
        raise RecordNotFound(_("There is no agency with the id {id}.").format(id=agency_id))

    def contacts(self) -> list[Contact]:
        """Every agency contact, for choosing one (a case's probation officer, who a share was with)."""
        return self._contacts()

    def contact(self, contact_id: str) -> Contact | None:
        found = self._contacts(" AND c.id = ?", (contact_id,))
        return found[0] if found else None

    def add_agencies(self, data: Any) -> list[str]:
        """Add one agency (an object) or several (a list), each with its contacts; an object with the ``id`` of
        an agency this store may change updates it (contacts with an id change, without one are added). All or
        nothing. At the office the agency is the organisation's; on a laptop it is a local one."""
        items = data if isinstance(data, list) else [data]
        parsed = [rules.read_agency(item, f"[{i}]" if isinstance(data, list) else "") for i, item in enumerate(items)]
        me = self._me()
        ids = []
        with self.store.transaction():
            for agency in parsed:
                if agency.id is None:
                    agency_id = tables.insert(self.store, rules.AGENCY, {**agency.values(), "added_by": me})
                    audit.record(self.store, "agency.add", agency_id)
                else:
                    agency_id = agency.id
                    self._may_change(agency_id)
                    tables.update(self.store, rules.AGENCY, agency_id, agency.values())
                    audit.record(self.store, "agency.update", agency_id)
                for contact in agency.contacts:
                    if contact.id is None:
                        tables.insert(self.store, rules.CONTACT, contact.values(agency_id))
                    else:
                        found = self.contact(contact.id)
                        if found is None or found.agency_id != agency_id:
                            raise InvalidInput("contacts.id", _("no contact with this id at this agency"))
                        tables.update(self.store, rules.CONTACT, contact.id, contact.values(agency_id))
                ids.append(agency_id)
        return ids

    def may_change(self, agency: Agency) -> bool:
        """Whether this store may change ``agency`` and its contacts: the office (and a store made alone) its
        whole list; a laptop only the local agencies its own worker added (the rest are read-only there)."""
        return self.store.role == "office" or agency.added_by == self._me()

    def office_list_read_only(self) -> bool:
        """An enrolled laptop: the office's agencies are read-only here (a store made alone keeps its own)."""
        return self.store.role != "office" and bool(self._me())

    def _may_change(self, agency_id: str) -> None:
        row = self.store.db.execute(
            "SELECT added_by FROM agency WHERE id = ? AND deleted_hlc IS NULL", (agency_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(_("There is no agency with the id {id}.").format(id=agency_id))
        if row[0] != self._me() and self.store.role != "office":
            raise InvalidInput(
                "id", _("this agency is on the office's list: ask the office to change it (a laptop cannot)")
            )

    # -- the contacts involved in a case -------------------------------------------------------------------
    def _check_case(self, case_id: str) -> str:
        row = self.store.db.execute(
            "SELECT preferred_name FROM case_record WHERE id = ? AND deleted_hlc IS NULL", (case_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(_("There is no case with the id {id}.").format(id=case_id))
        return str(row[0])

    def case_contacts(self, case_id: str) -> list[Contact]:
        """The agency contacts involved in a case (its probation officer, its programme tutor)."""
        self._check_case(case_id)
        return self._contacts(
            " AND c.id IN (SELECT contact_id FROM case_agency_contact WHERE case_id = ? AND deleted_hlc IS NULL)",
            (case_id,),
        )

    def set_case_contacts(self, case_id: str, contact_ids: Any) -> bool:
        """Make the case's linked contacts exactly ``contact_ids``; returns whether anything changed."""
        self._check_case(case_id)
        wanted = check_contact_ids(self.store, contact_ids)
        with self.store.transaction():
            changed = write_case_contacts(self.store, case_id, wanted)
        if changed:
            self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return changed

    # -- sharing records -----------------------------------------------------------------------------------
    def add(self, case_id: str, data: Any, recorded_by: str = "", today: date | None = None) -> SharingRecord:
        """Record what was received from or shared with an agency contact, with the actions that follow.
        An action due "in N working days" is due N working days after the day of the sharing."""
        self._check_case(case_id)
        record = rules.read_sharing(data, today or self._today())
        if self.contact(record.contact_id) is None:
            raise InvalidInput("contact_id", _("there is no agency contact with this id"))
        for i, action in enumerate(record.actions):
            for name in ("owner_contact_id", "to_contact_id"):
                value = getattr(action, name)
                if value is not None and self.contact(value) is None:
                    raise InvalidInput(f"actions[{i}].{name}", _("there is no agency contact with this id"))
        region = self._region()
        with self.store.transaction():
            sharing_id = tables.insert(
                self.store,
                rules.SHARING,
                {
                    "case_id": case_id,
                    "direction": record.direction,
                    "contact_id": record.contact_id,
                    "shared_on": record.shared_on.isoformat(),
                    "summary": record.summary,
                    "basis": record.basis,
                    "reason": record.reason,
                    "recorded_by": record.recorded_by or recorded_by.strip()[:200],
                },
            )
            for action in record.actions:
                due = action.due_on or working_days.add_working_days(
                    record.shared_on, action.due_in_working_days or 0, region
                )
                tables.insert(
                    self.store,
                    rules.ACTION,
                    {
                        "case_id": case_id,
                        "sharing_id": sharing_id,
                        "what": action.what,
                        "owner_contact_id": action.owner_contact_id,
                        "to_contact_id": action.to_contact_id,
                        "due_on": due.isoformat(),
                    },
                )
            audit.record(self.store, "sharing.add", case_id, sharing_id)
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return next(s for s in self.records(case_id) if s.id == sharing_id)

    def records(self, case_id: str, today: date | None = None) -> list[SharingRecord]:
        """A case's sharing records, newest first, each with its actions."""
        self._check_case(case_id)
        names = {c.id: c.label() for c in self._contacts()}
        actions: dict[str, list[Action]] = {}
        for action in self._actions(" AND a.case_id = ?", (case_id,), today):
            actions.setdefault(action.sharing_id, []).append(action)
        rows = self.store.db.execute(
            "SELECT id, case_id, direction, contact_id, shared_on, summary, basis, reason, recorded_by "
            "FROM sharing_record WHERE case_id = ? AND deleted_hlc IS NULL ORDER BY shared_on DESC, created_hlc DESC",
            (case_id,),
        )
        out = []
        for rid, cid, direction, contact_id, shared_on, summary, basis, reason, recorded_by in rows:
            out.append(
                SharingRecord(
                    rid,
                    cid,
                    direction,
                    contact_id,
                    names.get(contact_id, _("(a contact no longer listed)")),
                    shared_on,
                    summary,
                    basis,
                    reason,
                    recorded_by,
                    actions.get(rid, []),
                )
            )
        return out

    # -- actions -------------------------------------------------------------------------------------------
    def _actions(self, where: str, params: tuple[Any, ...], today: date | None) -> list[Action]:
        today = today or self._today()
        region = self._region()
        names = {c.id: c.label() for c in self._contacts()}
        # The worker holding the case, for an action the safety worker owns (docs/interchange.md): at the office
        # the one each case is given to; on an enrolled laptop, whose cases are all its worker's, that worker.
        me = "" if self.store.role == "office" else self.store.meta("worker_name") or ""
        out = []
        for row in self.store.db.execute(_ACTION_SQL + where + " ORDER BY a.due_on, c.preferred_name, a.id", params):
            (aid, case_id, sharing_id, what, owner_id, to_id, due_on, done_on, how, by, name, worker) = row
            try:
                late = 0 if done_on else working_days.working_days_late(date.fromisoformat(due_on), today, region)
            except ValueError:  # a date no form wrote (doctor names it): shown as due today
                late = 0
            out.append(
                Action(
                    aid,
                    case_id,
                    sharing_id,
                    what,
                    owner_id,
                    names.get(owner_id, "") if owner_id else worker or me,
                    to_id,
                    names.get(to_id, "") if to_id else "",
                    due_on,
                    late,
                    done_on,
                    how,
                    by,
                    name,
                    worker,
                )
            )
        return out

    def case_actions(self, case_id: str, today: date | None = None) -> list[Action]:
        self._check_case(case_id)
        return self._actions(" AND a.case_id = ?", (case_id,), today)

    def actions(self, open_only: bool = False, all_workers: bool = False, today: date | None = None) -> list[Action]:
        """Actions on the cases this store holds, earliest due first. On a laptop: this worker's cases.
        At the office: ``all_workers`` lists every worker's (from their bundles) with who holds each case;
        without it, the cases the office holds itself (given to no worker)."""
        where = " AND c.status != 'closed'"
        if open_only:
            where += " AND a.done_on IS NULL"
        if self.store.role == "office":
            if not all_workers:
                where += " AND s.case_id IS NULL"
        elif all_workers:
            raise InvalidInput("--all-workers", _("only the office sees every worker's actions"))
        return self._actions(where, (), today)

    def open_actions(self, today: date) -> list[dict[str, Any]]:
        """Today's section: the open actions of open cases, earliest due first (not audited on its own: the
        agenda view is)."""
        return [a.to_json() for a in self.actions(open_only=True, all_workers=self.store.role == "office", today=today)]

    def done(self, action_id: str, how: str, on: str | None = None, by: str = "") -> Action:
        """Mark an action done: when (today unless given; DD/MM/YYYY as typed, or YYYY-MM-DD) and how (required).

        The day may not be in the future, nor before the sharing the action came from: an action cannot be
        passed on before anyone knew of it."""
        r = Reader({"how": how, "by": by})
        how_text = r.text("how", required=True, max_len=rules.MAX_TEXT, multiline=True)
        today = self._today()
        typed = typed_date(on or "", "on")
        done_on = date.fromisoformat(typed) if typed else today
        if done_on > today:
            raise InvalidInput("on", _("{value} is in the future").format(value=on))
        row = self.store.db.execute(
            "SELECT a.case_id, a.done_on, s.shared_on FROM sharing_action a "
            "LEFT JOIN sharing_record s ON s.id = a.sharing_id WHERE a.id = ? AND a.deleted_hlc IS NULL",
            (action_id,),
        ).fetchone()
        if row is None:
            raise RecordNotFound(_("There is no action with the id {id}.").format(id=action_id))
        if row[1] is not None:
            raise InvalidInput("action", _("this action was already marked done on {d}").format(d=row[1]))
        if row[2] and done_on.isoformat() < row[2]:
            raise InvalidInput(
                "on", _("{value} is before the sharing it came from ({d})").format(value=on, d=day_text(row[2]))
            )
        case_id = row[0]
        with self.store.transaction():
            tables.update(
                self.store,
                rules.ACTION,
                action_id,
                {"done_on": done_on.isoformat(), "done_how": how_text, "done_by": r.text("by", max_len=200)},
            )
            audit.record(self.store, "sharing.action_done", case_id, action_id)
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return next(a for a in self.case_actions(case_id) if a.id == action_id)


# -- the case JSON's ``agency_contacts`` (services/cases.py) ----------------------------------------------------


def check_contact_ids(store: Store, contact_ids: Any, where: str = "agency_contacts") -> list[str]:
    """The ids of agency contacts this store holds, each once, in the order given; ``InvalidInput`` otherwise."""
    if not isinstance(contact_ids, list) or not all(isinstance(c, str) for c in contact_ids):
        raise InvalidInput(where, _("must be a list of agency contact ids"))
    for i, contact_id in enumerate(contact_ids):
        if not store.db.execute(
            "SELECT 1 FROM agency_contact WHERE id = ? AND deleted_hlc IS NULL", (contact_id,)
        ).fetchone():
            raise InvalidInput(f"{where}[{i}]", _("there is no agency contact with this id"))
    return list(dict.fromkeys(contact_ids))


def write_case_contacts(store: Store, case_id: str, wanted: list[str]) -> bool:
    """Inside the caller's transaction: link exactly ``wanted`` (checked ids) to the case; audited."""
    links = dict(
        store.db.execute(
            "SELECT contact_id, id FROM case_agency_contact WHERE case_id = ? AND deleted_hlc IS NULL", (case_id,)
        ).fetchall()
    )
    changed = False
    for contact_id, link_id in links.items():
        if contact_id not in wanted:
            tables.tombstone(store, rules.CASE_LINK, link_id)
            changed = True
    for contact_id in wanted:
        if contact_id not in links:
            tables.insert(store, rules.CASE_LINK, {"case_id": case_id, "contact_id": contact_id})
            changed = True
    if changed:
        audit.record(store, "case.agency_contacts", case_id)
    return changed


def case_contacts_json(store: Store, case_id: str) -> list[dict[str, Any]]:
    """``agency_contacts`` of ``case show --json``."""
    return [c.to_json() for c in SharingService(store).case_contacts(case_id)]
