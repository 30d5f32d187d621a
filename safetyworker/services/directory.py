"""The local services directory (issue 19; docs/support.md): what exists near a person, for a need.

The office keeps the organisation's list (added one by one, or imported from a spreadsheet: all rows or none)
and its bundles carry it to every laptop. A worker may add a service they found locally: it is theirs (owner:
their worker id), travels to the office with their next bundle, and only their laptop or the office changes it
(sync/authority.py). A store not enrolled with an office keeps its own list, as the office does.

Search puts the entries that name the person's place (locality, postcode district or area) first, then those
that name no area (they cover everywhere), then the rest, so a worker far from any town still sees the
nearest thing there is.
"""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.i18n import _, _n
from safetyworker.plans.model import PlanDraft, PlanItem
from safetyworker.records import case_rows, tables
from safetyworker.records import directory as rules
from safetyworker.records.csv_import import RowProblem
from safetyworker.records.directory_words import SERVES
from safetyworker.records.support import SUPPORT_KINDS
from safetyworker.records.text import fold
from safetyworker.resources import read_data_file, resource
from safetyworker.services.plans import PlanService
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.timetable import planner

ENTRY = tables.Table("directory_entry", (*rules.FIELDS, "owner"))
#: The plan section an entry goes into.
PLAN_SECTION = "local_services"
#: How well an entry covers the place searched: names it, covers everywhere, elsewhere.
COVERS, EVERYWHERE, ELSEWHERE = "covers", "everywhere", "elsewhere"
_RANK = {COVERS: 0, EVERYWHERE: 1, ELSEWHERE: 2}


class ImportRefused(InvalidInput):
    """A directory file with bad rows: nothing was imported. ``problems``: every one, by line."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        count = len(problems)
        super().__init__(
            "",
            _n(
                "{n} row has a problem: nothing was imported", "{n} rows have problems: nothing was imported", count
            ).format(n=count),
        )


def plan_text(entry: rules.DirectoryEntry) -> str:
    """The line a safety plan gets for an entry: name, number and hours, as a person would write it."""
    from safetyworker.records import phone

    parts = [entry.name]
    if entry.phone:
        parts.append(phone.display(entry.phone))
    if entry.hours:
        parts.append(entry.hours)
    return " – ".join(parts)


class DirectoryService:
    """The services directory of the store a session holds."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- who may change what -------------------------------------------------------------------------------
    def _owner(self) -> str:
        """The owner of an entry written here: the worker (an enrolled laptop) or '' (the office's list)."""
        if self.store.role == "office":
            return ""
        return self.store.meta("worker_id") or ""

    def _editable(self, row: dict[str, Any]) -> bool:
        return self.store.role == "office" or bool(row["owner"] == self._owner())

    def _today(self) -> date:
        return planner.local_today(self.store)

    # -- reading -------------------------------------------------------------------------------------------
    def _doc(self, row: dict[str, Any], today: date) -> dict[str, Any]:
        entry = rules.from_row(row)
        return {
            "id": row["id"],
            **entry.to_json(),
            "local": bool(row["owner"]),
            "editable": self._editable(row),
            "stale": rules.is_stale(entry, today),
        }

    def _rows(self) -> builtins.list[dict[str, Any]]:
        cur = self.store.db.execute("SELECT * FROM directory_entry WHERE deleted_hlc IS NULL")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def list(self) -> list[dict[str, Any]]:
        """Every entry, by name."""
        today = self._today()
        return sorted((self._doc(r, today) for r in self._rows()), key=lambda d: (fold(d["name"]), d["id"]))

    def get(self, entry_id: str) -> dict[str, Any]:
        row = tables.current(self.store, ENTRY, entry_id)
        if row is None or row["deleted_hlc"] is not None:
            raise RecordNotFound(_("There is no directory entry with the id {id}.").format(id=entry_id))
        return self._doc(row, self._today())

    def search(
        self,
        near: str = "",
        need: str | None = None,
        serves: str | None = None,
        outreach: bool = False,
        welsh: bool = False,
        case_id: str | None = None,
    ) -> builtins.list[dict[str, Any]]:
        """Entries for a need (a support kind) and a group (``serves``; 'any' services match every group),
        optionally only those that come to the person or work in Welsh. ``near`` (a locality or postcode),
        or the case's locality and postcode, orders them: those naming the place first, then those covering
        everywhere, then the rest; by name within each. Each result says which (``area``)."""
        # Taken as a person types them: the code in any case, or the label the list shows ("Housing").
        if need is not None:
            need = SUPPORT_KINDS.code_for(need)
            if need is None:
                raise InvalidInput("need", _("must be one of: {c}").format(c=", ".join(SUPPORT_KINDS)))
        if serves is not None:
            serves = SERVES.code_for(serves)
            if serves is None:
                raise InvalidInput("serves", _("must be one of: {c}").format(c=", ".join(SERVES)))
        places = [near.strip()] if near.strip() else []
        if case_id is not None and not places:
            case = case_rows.load_case(self.store.db, case_id)
            if case is None:
                raise RecordNotFound(_("There is no case with the id {id}.").format(id=case_id))
            places = [p for p in (case.locality, case.postcode) if p]
        found = []
        for doc in self.list():
            entry = rules.DirectoryEntry.from_json({k: doc[k] for k in rules.FIELDS})
            if need and need not in entry.kinds:
                continue
            if serves and serves not in entry.serves and "any" not in entry.serves:
                continue
            if outreach and not entry.outreach:
                continue
            if welsh and not entry.welsh_language:
                continue
            if any(rules.covers(entry, p) for p in places):
                area = COVERS
            elif not entry.areas:
                area = EVERYWHERE
            else:
                area = ELSEWHERE
            found.append({**doc, "area": area})
        found.sort(key=lambda d: _RANK[d["area"]] if places else 0)  # stable: by name within each
        return found

    # -- writing -------------------------------------------------------------------------------------------
    def add(self, data: Any) -> str:
        """Add an entry (the JSON of docs/interchange.md); returns its id. On an enrolled laptop it is this
        worker's own and travels to the office."""
        entry = rules.DirectoryEntry.from_json(data)
        with self.store.transaction():
            entry_id = tables.insert(self.store, ENTRY, {**entry.to_row(), "owner": self._owner()})
            audit.record(self.store, "directory.add", entry_id)
        return entry_id

    def update(self, entry_id: str, data: Any) -> builtins.list[str]:
        """Replace an entry's fields with ``data`` (a whole entry); returns the names that changed."""
        entry = rules.DirectoryEntry.from_json(data)
        with self.store.transaction():
            row = self._own_row(entry_id)
            changed = tables.update(self.store, ENTRY, row["id"], entry.to_row())
            if changed:
                audit.record(self.store, "directory.update", entry_id)
        return changed

    def mark_checked(self, entry_id: str) -> builtins.list[str]:
        """Say the entry was checked today (the number and hours still right): one click at the office, rather
        than retyping the entry. Same rights as ``update``; returns the names that changed."""
        doc = self.get(entry_id)
        return self.update(entry_id, {**{k: doc[k] for k in rules.FIELDS}, "checked": self._today().isoformat()})

    def remove(self, entry_id: str) -> None:
        """Take an entry out of the directory (a tombstone, so the removal travels). Same rights as ``update``."""
        with self.store.transaction():
            self._own_row(entry_id)
            tables.tombstone(self.store, ENTRY, entry_id)
            audit.record(self.store, "directory.remove", entry_id)

    def _own_row(self, entry_id: str) -> dict[str, Any]:
        row = tables.current(self.store, ENTRY, entry_id)
        if row is None or row["deleted_hlc"] is not None:
            raise RecordNotFound(_("There is no directory entry with the id {id}.").format(id=entry_id))
        if not self._editable(row):
            raise InvalidInput(
                "id", _("this entry is the office's: only the office changes it (tell them what is wrong)")
            )
        return row

    def import_csv(self, data: bytes) -> dict[str, int]:
        """Office (or a store not enrolled): bring in a directory spreadsheet, all rows or none. A row whose name
        is already in the office's list updates that entry; the rest are added. Raises ``ImportRefused`` naming
        every bad row."""
        if self.store.role != "office" and self.store.meta("worker_id"):
            raise InvalidInput("", _("the office keeps the directory: import the file there"))
        good, problems = rules.read_directory_csv(data)
        if problems:
            raise ImportRefused(sorted(problems, key=lambda p: p.line))
        existing = {fold(r["name"]): r for r in self._rows() if not r["owner"]}
        added = updated = 0
        with self.store.transaction():
            for _line, entry in good:
                row = existing.get(fold(entry.name))
                if row is None:
                    tables.insert(self.store, ENTRY, {**entry.to_row(), "owner": ""})
                    added += 1
                elif tables.update(self.store, ENTRY, row["id"], entry.to_row()):
                    updated += 1
            audit.record(self.store, "directory.import", "", f"{added}+{updated}")
        return {"added": added, "updated": updated, "unchanged": len(good) - added - updated}

    def seed_demo(self) -> int:
        """The fictional entries of resources/directory/demo.json (the demo caseload's), into a store whose
        directory is empty (a second demo caseload does not repeat them); returns how many were added. Not on a
        laptop enrolled with an office: the office's list comes in its bundles, and entries of the office's list
        made on a laptop would be refused by the office (sync/authority.py)."""
        if self._rows() or self.store.meta("worker_id"):
            return 0
        data = read_data_file(resource("directory", "demo.json"), _("the demo directory is too large"))
        entries = [rules.DirectoryEntry.from_json(d, f"entries[{i}]") for i, d in enumerate(data["entries"])]
        with self.store.transaction():
            for entry in entries:
                tables.insert(self.store, ENTRY, {**entry.to_row(), "owner": ""})
        return len(entries)

    def add_to_plan(self, case_id: str, entry_id: str) -> int | None:
        """Put an entry in the case's safety plan (Local services, worker's copy until the worker marks it for
        the person's); returns the new plan version, or None when the plan already has it. The plan is read and
        the new version saved with no other writer in between (a bundle import in the background, another
        window): a version saved meanwhile is built on, never silently replaced."""
        entry = rules.DirectoryEntry.from_json({k: v for k, v in self.get(entry_id).items() if k in rules.FIELDS})
        plans = PlanService(self.store)
        with self.store.db.snapshot():
            current = plans.current(case_id)
            text = plan_text(entry)
            if current is not None and any(i.text == text for i in current.items):
                return None
            template = current.template if current else plans.templates()[0].id
            items = (*(current.items if current else ()), PlanItem(PLAN_SECTION, text))
            review = current.review_date if current else None
            saved = plans.set(case_id, PlanDraft(template, items, review))
        return saved.version if saved else None
