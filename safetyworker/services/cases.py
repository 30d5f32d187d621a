"""Cases: add, read, change and close them, and their append-only contact log and notes. Every write is one
transaction; every read of a case is audited (without content). Finding cases (the caseload's rows, searched)
is in case_search.py, the duplicate rule for new cases in case_duplicates.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.protocol import call_safety
from safetyworker.records import case_rows, tables
from safetyworker.records import support as support_rules
from safetyworker.records.case_rows import CASE, CHILD, HARM_LINK, METHOD, PERSON
from safetyworker.records.model import LOG_CHANNELS as LOG_CHANNELS  # the choices, for the front ends
from safetyworker.records.model import LOG_OUTCOMES as LOG_OUTCOMES
from safetyworker.records.model import Case, Child, ContactMethod, PersonCausingHarm
from safetyworker.records.reader import checked_text
from safetyworker.records.tables import Table
from safetyworker.services import case_duplicates, case_search, contacts, merge_update, sharing
from safetyworker.services.case_duplicates import Duplicate
from safetyworker.services.case_search import CaseSummary
from safetyworker.services.corrections import check_correctable
from safetyworker.store import audit
from safetyworker.store.vault import Store, new_id, utc_now
from safetyworker.timetable import inform, planner


def parse_cases(data: Any) -> list[Case]:
    """One case object or a list of them; any bad object fails the whole lot, naming where."""
    if isinstance(data, list):
        if not data:
            raise InvalidInput("(top level)", _("the list holds no cases"))
        return [Case.from_json(item, f"[{i}]") for i, item in enumerate(data)]
    return [Case.from_json(data)]


def _split_links(store: Store, data: Any) -> tuple[Any, list[list[str] | None]]:
    """The case JSON without ``agency_contacts`` (not part of the case record: links to the organisation's
    agency contacts, services/sharing.py), and each case's checked list of them (None when not given)."""
    items = data if isinstance(data, list) else [data]
    stripped, links = [], []
    for i, item in enumerate(items):
        linked = None
        if isinstance(item, dict) and "agency_contacts" in item:
            item = dict(item)
            where = f"[{i}].agency_contacts" if isinstance(data, list) else "agency_contacts"
            linked = sharing.check_contact_ids(store, item.pop("agency_contacts"), where)
        stripped.append(item)
        links.append(linked)
    return (stripped if isinstance(data, list) else stripped[0]), links


class CaseService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- writing -------------------------------------------------------------------------------------
    def _write_children_of(self, case: Case, case_id: str) -> None:
        for position, method in enumerate(case.contact_methods):
            method.id = tables.insert(self.store, METHOD, case_rows.method_values(method, case_id, position))
        for child in case.children:
            child.id = tables.insert(self.store, CHILD, case_rows.child_values(child, case_id))
        if case.person_causing_harm:
            self._link_person(case_id, case.person_causing_harm)

    def _link_person(self, case_id: str, person: PersonCausingHarm) -> None:
        person.id = tables.insert(self.store, PERSON, case_rows.person_values(person))
        tables.insert(
            self.store,
            HARM_LINK,
            {"case_id": case_id, "person_id": person.id, "relationship": person.relationship},
        )

    def add(self, data: Any, action: str = "case.create") -> list[str]:
        data, links = _split_links(self.store, data)
        cases = parse_cases(data)
        ids = []
        templates = planner.store_templates(self.store)
        with self.store.transaction():
            for case, linked in zip(cases, links, strict=True):
                values = case_rows.case_values(case)
                if case.status == "closed":
                    values["closed_at"] = utc_now()
                case.id = tables.insert(self.store, CASE, values)
                self._write_children_of(case, case.id)
                if linked:
                    sharing.write_case_contacts(self.store, case.id, linked)
                planner.replan(self.store, case.id, templates=templates)
                audit.record(self.store, action, case.id)
                ids.append(case.id)
        self._changed(ids)
        return ids

    def _changed(self, ids: list[str]) -> None:
        """Tell the front ends (after the commit) which cases changed."""
        self.store.events.emit(CASES_CHANGED, ids=ids)

    def update(self, case_id: str, data: Any) -> list[str]:
        """Apply a partial update (see merge_update); returns the names of what changed."""
        before = self._load(case_id)
        if isinstance(data, dict) and data.get("status") == "closed" and before.status != "closed":
            raise InvalidInput("status", _("use 'case close' to close a case, with the reason"))
        data, (linked,) = _split_links(self.store, data)
        merged = merge_update.merge(before.to_json(), data)
        after = Case.from_json(merged)
        changed: list[str] = []
        person_id = before.person_causing_harm.id if before.person_causing_harm else None
        with self.store.transaction():
            facts_before = inform.snapshot(self.store, [person_id] if person_id else [])
            changed += tables.update(self.store, CASE, case_id, case_rows.case_values(after))
            if linked is not None and sharing.write_case_contacts(self.store, case_id, linked):
                changed.append("agency_contacts")
            changed += self._update_methods(case_id, before, after)
            changed += self._update_children(case_id, before, after)
            changed += self._update_person(case_id, before, after)
            replanned = planner.replan(self.store, case_id)
            if inform.after_changes(self.store, facts_before) or replanned:
                changed.append("planned_contacts")
            if changed:
                audit.record(self.store, "case.update", case_id)
        if changed:
            self._changed([case_id])
        return changed

    def _update_items(
        self,
        table: Table,
        label: str,
        before: Sequence[ContactMethod | Child],
        after: Sequence[tuple[ContactMethod | Child, dict[str, Any]]],
    ) -> list[str]:
        """Sync a case's list (contact methods, children) with the edited one: removed items become
        tombstones, items with an id are updated field by field, items without one are added.
        ``after`` pairs each item with its row values."""
        changed = []
        kept = {item.id for item, _values in after if item.id}
        for item in before:  # read from the store: each has an id
            if item.id is not None and item.id not in kept:
                tables.tombstone(self.store, table, item.id)
                changed.append(label)
        for item, values in after:
            if item.id:
                changed += [f"{label}.{f}" for f in tables.update(self.store, table, item.id, values)]
            else:
                tables.insert(self.store, table, values)
                changed.append(label)
        return changed

    def _update_methods(self, case_id: str, before: Case, after: Case) -> list[str]:
        rows = [(m, case_rows.method_values(m, case_id, pos)) for pos, m in enumerate(after.contact_methods)]
        return self._update_items(METHOD, "contact_methods", before.contact_methods, rows)

    def _update_children(self, case_id: str, before: Case, after: Case) -> list[str]:
        rows = [(c, case_rows.child_values(c, case_id)) for c in after.children]
        return self._update_items(CHILD, "children", before.children, rows)

    def _update_person(self, case_id: str, before: Case, after: Case) -> list[str]:
        old, new = before.person_causing_harm, after.person_causing_harm
        if old is None and new is None:
            return []
        link = self.store.db.execute(
            "SELECT id FROM harm_link WHERE case_id = ? AND deleted_hlc IS NULL ORDER BY created_hlc LIMIT 1",
            (case_id,),
        ).fetchone()
        if new is None:
            tables.tombstone(self.store, HARM_LINK, link[0])
            return ["person_causing_harm"]
        if old is None:
            self._link_person(case_id, new)
            return ["person_causing_harm"]
        assert old.id is not None, "a person read from the store has an id"
        changed = tables.update(self.store, PERSON, old.id, case_rows.person_values(new))
        changed += tables.update(self.store, HARM_LINK, link[0], {"relationship": new.relationship})
        return [f"person_causing_harm.{f}" for f in changed]

    def close(self, case_id: str, reason: str) -> None:
        reason = checked_text(reason.strip(), "reason", multiline=True)
        if not reason:
            raise InvalidInput("reason", _("say why the case is being closed"))
        case = self._load(case_id)
        if case.status == "closed":
            raise InvalidInput("status", _("this case is already closed"))
        with self.store.transaction():
            tables.update(
                self.store,
                CASE,
                case_id,
                {"status": "closed", "closed_reason": reason, "closed_at": utc_now()},
            )
            audit.record(self.store, "case.close", case_id)
        self._changed([case_id])

    # -- append-only entries -------------------------------------------------------------------------
    def append_log(
        self,
        case_id: str,
        *,
        channel: str,
        outcome: str,
        at: datetime | None = None,
        override_reason: str = "",
        note: str = "",
        contact_method_id: str | None = None,
        corrects_id: str | None = None,
        fulfils: str | None = contacts.EARLIEST_DUE,
        incident: bool = False,
        minutes: int | None = None,
        travel_minutes: int | None = None,
        support: list[str] | str | None = None,
        tie: Callable[[str], None] | None = None,
    ) -> str:
        """Add a log entry. A successful one fulfils a planned contact (``fulfils``: the earliest due by then,
        the id of the one the worker picked, or None); see services/contacts.py. ``incident``: the entry records
        a new incident, which prompts a review of the risk assessment (services/risk.py). ``minutes``,
        ``travel_minutes`` and ``support`` (kinds from records/support.py): the time spent and the support given,
        for the case's totals and the service's reports (issue 19). ``tie``: called with the new entry's id inside
        the entry's own transaction, after the entry and what it fulfils are written, for a record that points at
        the entry (a visit's ``log_id``): the three land together or not at all, and whatever ``tie`` raises
        undoes the entry (a transaction opened inside this one is refused, see store/serial.py)."""
        spent = support_rules.parse_minutes(minutes, "minutes")
        travel = support_rules.parse_minutes(travel_minutes, "travel_minutes")
        kinds = support_rules.parse_kinds(support or [], "support")
        if channel not in LOG_CHANNELS:
            raise InvalidInput("channel", _("must be one of: {c}").format(c=", ".join(LOG_CHANNELS)))
        if outcome not in LOG_OUTCOMES:
            raise InvalidInput("outcome", _("must be one of: {c}").format(c=", ".join(LOG_OUTCOMES)))
        override_reason = checked_text(override_reason, "override_reason", multiline=True)
        note = checked_text(note, "note", multiline=True)
        check_correctable(self.store, "contact_log", case_id, corrects_id)
        moment = (at or datetime.now(UTC)).astimezone(UTC)
        case = self._load(case_id)
        call_safety.check_log_entry(
            case,
            channel,
            outcome,
            moment,
            override_reason,
            contact_method_id,
            call_safety.zone(self.store.timezone),
        )
        when = _utc_text(moment)
        with self.store.transaction() as db:
            entry_id = new_id()
            db.execute(
                "INSERT INTO contact_log (id, created_hlc, device_id, case_id, contact_method_id, at, channel, "
                "outcome, override_reason, note, corrects_id, incident, minutes, travel_minutes, support_kinds) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry_id,
                    self.store.clock.now(),
                    self.store.device_id,
                    case_id,
                    contact_method_id,
                    when,
                    channel,
                    outcome,
                    override_reason,
                    note,
                    corrects_id,
                    int(bool(incident)),
                    spent,
                    travel,
                    support_rules.kinds_json(kinds),
                ),
            )
            contacts.fulfil_for_entry(
                self.store,
                case_id,
                entry_id,
                outcome=outcome,
                at=moment,
                when=when,
                fulfils=fulfils,
                corrects_id=corrects_id,
            )
            if tie is not None:
                tie(entry_id)
            audit.record(self.store, "contact_log.append", case_id)
        self._changed([case_id])
        return entry_id

    def append_note(self, case_id: str, text: str, corrects_id: str | None = None, at: datetime | None = None) -> str:
        text = checked_text(text.strip(), "text", multiline=True)
        if not text:
            raise InvalidInput("text", _("a note cannot be empty"))
        self._load(case_id)
        check_correctable(self.store, "case_note", case_id, corrects_id)
        with self.store.transaction() as db:
            note_id = new_id()
            db.execute(
                "INSERT INTO case_note (id, created_hlc, device_id, case_id, at, text, corrects_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    note_id,
                    self.store.clock.now(),
                    self.store.device_id,
                    case_id,
                    _utc_text(at) if at else utc_now(),
                    text,
                    corrects_id,
                ),
            )
            audit.record(self.store, "note.append", case_id)
        self._changed([case_id])
        return note_id

    # -- reading -------------------------------------------------------------------------------------
    def _load(self, case_id: str) -> Case:
        case = case_rows.load_case(self.store.db, case_id)
        if case is None:
            raise RecordNotFound(_("There is no case with the id {id}.").format(id=case_id))
        return case

    def get(self, case_id: str) -> Case:
        """The case, for a person to look at: the view is audited."""
        case = self._load(case_id)
        with self.store.transaction():
            audit.record(self.store, "case.view", case_id)
        return case

    def show(self, case_id: str) -> dict[str, Any]:
        """The whole case in the interchange format, with the read-only history attached."""
        case = self.get(case_id)
        doc = case.to_json()
        db = self.store.db
        created, updated = db.execute(
            "SELECT created_hlc, updated_hlc FROM case_record WHERE id = ?", (case_id,)
        ).fetchone()
        doc["created_at"] = _stamp_time(created)
        doc["updated_at"] = _stamp_time(updated)
        doc["agency_contacts"] = sharing.case_contacts_json(self.store, case_id)
        doc["planned_contacts"] = [
            {k: c[k] for k in ("id", "kind", "due", "status", "source", "overdue", "done_at", "log_id")}
            | ({"cancel_reason": c["cancel_reason"]} if c["cancel_reason"] else {})
            | ({"note": c["note"]} if c["note"] else {})
            for c in planner.planned_contacts(self.store, case_id)
        ]
        doc.update(self.history(case_id))
        return doc

    def history(self, case_id: str) -> dict[str, list[dict[str, Any]]]:
        """The contact log and notes of a case (oldest first). Not audited on its own: it is read as part
        of a case someone is already viewing."""
        db = self.store.db
        doc: dict[str, list[dict[str, Any]]] = {}
        doc["contact_log"] = [
            {
                "id": i,
                "at": a,
                "channel": c,
                "outcome": o,
                "override_reason": r,
                "note": n,
                "corrects_id": x,
                "contact_method_id": m,
                "minutes": mins,
                "travel_minutes": travel,
                "support": support_rules.stored_kinds(kinds),
            }
            for i, a, c, o, r, n, x, m, mins, travel, kinds in db.execute(
                "SELECT id, at, channel, outcome, override_reason, note, corrects_id, contact_method_id, minutes, "
                "travel_minutes, support_kinds FROM contact_log "
                "WHERE case_id = ? ORDER BY at, created_hlc",
                (case_id,),
            )
        ]
        doc["notes"] = [
            {"id": i, "at": a, "text": t, "corrects_id": x}
            for i, a, t, x in db.execute(
                "SELECT id, at, text, corrects_id FROM case_note WHERE case_id = ? ORDER BY at, created_hlc",
                (case_id,),
            )
        ]
        return doc

    def search(
        self, text: str = "", field: str = "any", include_closed: bool = False, limit: int | None = None
    ) -> list[CaseSummary]:
        """Cases whose name, locality or phone number contains ``text`` (``field`` narrows it to one); ``limit``:
        only the first so many by name. See case_search.search."""
        return case_search.search(self.store, text, field, include_closed, limit)

    def summaries(self, ids: list[str], include_closed: bool = False) -> list[CaseSummary]:
        """The caseload rows of these cases (those still there, and open unless ``include_closed``)."""
        return case_search.summaries(self.store, ids, include_closed)

    def duplicates(self, cases: list[Case]) -> list[Duplicate | None]:
        """For each new case, the open case (or earlier case in ``cases``) that is the same person, or None (the
        rule: case_duplicates.duplicates)."""
        return case_duplicates.duplicates(self.store, cases)

    def count(self) -> int:
        live: int = self.store.db.execute("SELECT count(*) FROM case_record WHERE deleted_hlc IS NULL").fetchone()[0]
        return live


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _stamp_time(stamp: str) -> str:
    millis = int(stamp.split("-", 1)[0])
    return datetime.fromtimestamp(millis / 1000, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
