"""Planned contacts done, cancelled or added by hand: the timetable is not write-only.

A contact log entry that reached the person (``spoke``, ``visit_done``) fulfils a planned contact: by default the
earliest one due by the day of the entry (what the desktop proposes and ``log add`` does without ``--fulfils``),
or the one the worker picked, or none. An attempt that did not reach the person (no answer, someone else
answered, not safe to talk, a message left) fulfils nothing: the victim-survivor still needs that contact. A
fulfilled contact becomes ``done`` with the entry's id and time. A correction of that entry puts it back to
``planned`` first, then fulfils as any entry does, so correcting "spoke" to "no answer" undoes it.

``fulfil_for_entry`` runs inside ``CaseService.append_log``'s transaction: the entry and its fulfilment are
written together or not at all. The CLI and the desktop both come through here.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.records import case_rows, contact_words, tables
from safetyworker.records.case_rows import PLANNED
from safetyworker.records.model import LATEST
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.timetable import planner

#: Outcomes that reached the person: only these fulfil a planned contact.
SUCCESSFUL_OUTCOMES = ("spoke", "visit_done")
#: ``fulfils`` meaning "the earliest contact due by the day of the entry, if any" (the default).
EARLIEST_DUE = "earliest"
#: Kinds a worker may plan by hand (the timetable plans the programme and release ones).
MANUAL_KINDS = contact_words.MANUAL_KINDS
MAX_TEXT = 2000


def is_successful(outcome: str) -> bool:
    return outcome in SUCCESSFUL_OUTCOMES


def _open_rows(store: Store, case_id: str, due_by: date | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT id, kind, due_date, source, note FROM planned_contact WHERE case_id = ? AND deleted_hlc IS NULL "
        "AND status = ?"
    )
    args: list[Any] = [case_id, planner.PLANNED_STATUS]
    if due_by is not None:
        sql += " AND due_date <= ?"
        args.append(due_by.isoformat())
    sql += " ORDER BY due_date, created_hlc, id"
    return [{"id": i, "kind": k, "due": d, "source": s, "note": n} for i, k, d, s, n in store.db.execute(sql, args)]


def fulfilled_by(store: Store, log_id: str) -> list[str]:
    """The contacts a log entry fulfilled (still done)."""
    return [
        r[0]
        for r in store.db.execute(
            "SELECT id FROM planned_contact WHERE log_id = ? AND status = ? AND deleted_hlc IS NULL ORDER BY id",
            (log_id, planner.DONE),
        )
    ]


def _release(store: Store, log_id: str) -> list[str]:
    """Put the contacts a corrected entry fulfilled back to planned (inside the caller's transaction)."""
    ids = fulfilled_by(store, log_id)
    for planned in ids:
        tables.update(store, PLANNED, planned, {"status": planner.PLANNED_STATUS, "done_at": None, "log_id": None})
    return ids


def _checked_choice(store: Store, case_id: str, planned: str) -> str:
    row = tables.current(store, PLANNED, planned)
    if row is None or row["deleted_hlc"] is not None or row["case_id"] != case_id:
        raise InvalidInput("fulfils", _("{id} is not a planned contact of this case").format(id=planned))
    if row["status"] != planner.PLANNED_STATUS:
        raise InvalidInput("fulfils", _("that contact is already {status}").format(status=row["status"]))
    return planned


def fulfil_for_entry(
    store: Store,
    case_id: str,
    entry_id: str,
    *,
    outcome: str,
    at: datetime,
    when: str,
    fulfils: str | None,
    corrects_id: str | None,
) -> list[str]:
    """Mark the planned contact a new log entry fulfils as done (inside ``append_log``'s transaction); returns
    the ids it fulfilled. ``fulfils``: ``EARLIEST_DUE``, a planned contact's id, or None for none."""
    if corrects_id:
        _release(store, corrects_id)
    if not is_successful(outcome):
        if fulfils not in (None, EARLIEST_DUE):
            raise InvalidInput(
                "fulfils", _("only a contact that reached the person (spoke, visit done) fulfils a planned contact")
            )
        return []
    if fulfils is None:
        return []
    if fulfils == EARLIEST_DUE:
        due = _open_rows(store, case_id, planner.local_today(store, at))
        if not due:
            return []
        target = due[0]["id"]
    else:
        target = _checked_choice(store, case_id, fulfils)
    tables.update(store, PLANNED, target, {"status": planner.DONE, "done_at": when, "log_id": entry_id})
    return [target]


def check_fulfils(outcome: str, fulfils: str | None) -> None:
    """The part of the fulfilment rules that needs no store (for a form or the CLI to say early)."""
    if fulfils not in (None, EARLIEST_DUE) and not is_successful(outcome):
        raise InvalidInput(
            "fulfils", _("only a contact that reached the person (spoke, visit done) fulfils a planned contact")
        )


class ContactService:
    """Reading the open contacts of a case for a choice, and the two hand actions: cancel one, plan one."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def proposals(self, case_id: str, at: datetime, corrects_id: str | None = None) -> list[dict[str, Any]]:
        """The contacts a successful entry at ``at`` could fulfil, earliest due first, with ``due_now`` set on
        those due by that day (the first of them is the one proposed). A correction may re-fulfil what the
        entry it corrects fulfilled."""
        rows = _open_rows(self.store, case_id)
        if corrects_id:
            held = fulfilled_by(self.store, corrects_id)
            if held:
                marks = ", ".join("?" for _h in held)
                rows += [
                    {"id": i, "kind": k, "due": d, "source": s, "note": n}
                    for i, k, d, s, n in self.store.db.execute(
                        f"SELECT id, kind, due_date, source, note FROM planned_contact WHERE id IN ({marks})", held
                    )
                ]
                rows.sort(key=lambda r: (r["due"], r["id"]))
        day = planner.local_today(self.store, at).isoformat()
        for row in rows:
            row["due_now"] = row["due"] <= day
        return rows

    def fulfilled_by(self, log_id: str) -> list[str]:
        """The planned contacts a log entry completed (to say which after logging it)."""
        return fulfilled_by(self.store, log_id)

    def planned(self, case_id: str) -> list[dict[str, Any]]:
        """Every planned contact of the case, as the Planned contacts panel lists them."""
        return planner.planned_contacts(self.store, case_id)

    def proposed(self, case_id: str, outcome: str, at: datetime, corrects_id: str | None = None) -> str | None:
        """The contact proposed for an entry: the earliest due by its day, when the outcome reached the person."""
        if not is_successful(outcome):
            return None
        due = [r for r in self.proposals(case_id, at, corrects_id) if r["due_now"]]
        return due[0]["id"] if due else None

    def done_rows(self, ids: list[str]) -> list[dict[str, Any]]:
        """Kind and due date of these planned contacts (to say which one a log entry completed)."""
        if not ids:
            return []
        marks = ", ".join("?" for _i in ids)
        return [
            {"id": i, "kind": k, "due": d}
            for i, k, d in self.store.db.execute(
                f"SELECT id, kind, due_date FROM planned_contact WHERE id IN ({marks})", ids
            )
        ]

    def cancel(self, planned_id: str, reason: str) -> str:
        """Cancel a planned contact by hand, saying why; returns its case id. A re-plan never plans it again."""
        reason = reason.strip()
        if not reason:
            raise InvalidInput("reason", _("say why this contact is cancelled"))
        if len(reason) > MAX_TEXT:
            raise InvalidInput("reason", _("is longer than {n} characters").format(n=MAX_TEXT))
        row = tables.current(self.store, PLANNED, planned_id)
        if row is None or row["deleted_hlc"] is not None:
            raise RecordNotFound(_("There is no planned contact with the id {id}.").format(id=planned_id))
        if row["status"] != planner.PLANNED_STATUS:
            raise InvalidInput("status", _("this contact is already {status}").format(status=row["status"]))
        with self.store.transaction():
            tables.update(self.store, PLANNED, planned_id, {"status": planner.CANCELLED, "cancel_reason": reason})
            audit.record(self.store, "planned_contact.cancel", row["case_id"])
        case_id: str = row["case_id"]
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return case_id

    def plan(self, case_id: str, kind: str, due: date, note: str = "") -> str:
        """Plan a contact by hand (an ad hoc call, a review); returns its id."""
        if kind not in MANUAL_KINDS:
            raise InvalidInput("kind", _("must be one of: {k}").format(k=", ".join(MANUAL_KINDS)))
        today = planner.local_today(self.store)
        if due < today:
            raise InvalidInput("due", _("must be today or later (log a contact that already happened instead)"))
        if due > LATEST:
            raise InvalidInput("due", _("is too far ahead"))
        note = note.strip()
        if len(note) > MAX_TEXT:
            raise InvalidInput("note", _("is longer than {n} characters").format(n=MAX_TEXT))
        case = case_rows.load_case(self.store.db, case_id)
        if case is None:
            raise RecordNotFound(_("There is no case with the id {id}.").format(id=case_id))
        if case.status == "closed":
            raise InvalidInput("case", _("this case is closed"))
        with self.store.transaction():
            planned_id = tables.insert(
                self.store,
                PLANNED,
                {
                    "case_id": case_id,
                    "kind": kind,
                    "due_date": due.isoformat(),
                    "status": planner.PLANNED_STATUS,
                    "source": planner.SOURCE_MANUAL,
                    "note": note,
                },
            )
            audit.record(self.store, "planned_contact.add", case_id)
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return planned_id


REVIEW_KIND = planner.REVIEW


def keep_review_in_step(store: Store, case_id: str, source: str, review: date | None) -> None:
    """One still-planned review contact from ``source`` (the safety plan, the risk assessment), due on its review
    date (none without a date). Runs inside the caller's transaction.

    A moved date tombstones the old contact and plans a new one. Review contacts a person has already dealt
    with (done, cancelled) are left as they are, and their date is not planned again."""
    rows = store.db.execute(
        "SELECT id, due_date, status FROM planned_contact WHERE case_id = ? AND kind = ? AND source = ? "
        "AND deleted_hlc IS NULL",
        (case_id, REVIEW_KIND, source),
    ).fetchall()
    want = review.isoformat() if review else None
    keep = None
    for contact_id, due, status in rows:
        if status != planner.PLANNED_STATUS:
            continue
        if due == want and keep is None:
            keep = contact_id
        else:
            tables.tombstone(store, PLANNED, contact_id)
    dealt_with = any(due == want and status != planner.PLANNED_STATUS for _i, due, status in rows)
    if want and keep is None and not dealt_with:
        tables.insert(
            store,
            PLANNED,
            {
                "case_id": case_id,
                "kind": REVIEW_KIND,
                "due_date": want,
                "status": planner.PLANNED_STATUS,
                "source": source,
            },
        )
