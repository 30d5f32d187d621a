"""A small sync "world" for the sync tests: one office, a few enrolled laptops, and helpers to carry bundles
between them, all with the real components (stores, keys, age, signatures).

``store_fingerprint(store)`` dumps every table of a store (synced records, field stamps, the sync tables, the
audit trail, meta), so a test can say "unchanged" by comparing two dumps (an unlock and lock, which every
command records in the audit trail, count as no change). ``synced_state(store)`` is the part
that must come out the same whatever order bundles arrive in: the synced records and their field stamps,
without columns that are local to one store.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import count
from pathlib import Path
from typing import Any

from safetyworker.cli.main import main
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store
from safetyworker.sync import bundles, changes, confirmation, enrolment, office
from safetyworker.sync.bundles import ExportResult, ImportResult

PASSPHRASE = "correct horse battery staple"
NAMES = ("Ash", "Birch", "Cedar")


#: Audit events every unlock and lock writes (docs/audit.md): not a change a refused command made.
OPENING = ("store.unlock", "store.lock", "store.unlock_failed")


def store_fingerprint(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: equal dumps mean the store holds exactly the same data."""
    names = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    dump: dict[str, list[tuple[Any, ...]]] = {}
    for name in names:
        rows = store.db.execute(f"SELECT * FROM {name}").fetchall()
        if name == "audit_event":  # opening the store is recorded even when the command is then refused
            rows = [r for r in rows if r[3] not in OPENING]
        if name == "meta":  # and moves the audit trail's head on
            rows = [r for r in rows if r[0] not in ("audit_count", "audit_head")]
        dump[name] = sorted((tuple(r) for r in rows), key=repr)
    return dump


def synced_state(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The synced records and their field stamps: what every order of the same bundles must agree on."""
    state: dict[str, list[tuple[Any, ...]]] = {}
    for table in changes.SYNCED:
        rows = store.db.execute(f"SELECT * FROM {table}").fetchall()
        state[table] = sorted((tuple(r) for r in rows), key=repr)
    state["field_stamp"] = sorted(
        tuple(r) for r in store.db.execute("SELECT tbl, record_id, field, hlc, device_id, base_hlc FROM field_stamp")
    )
    return state


def conflict_set(store: Store, status: str = "open") -> set[tuple[str, str, str, frozenset[tuple[str, str]]]]:
    """Conflicts as (table, record, field, {(device, value as JSON)}): ids and times are local to a store."""
    out = set()
    for cid, table, record_id, name in store.db.execute(
        "SELECT id, tbl, record_id, field FROM sync_conflict WHERE status = ?", (status,)
    ):
        values = frozenset(
            (device, value)
            for device, value in store.db.execute(
                "SELECT device_id, value_json FROM sync_conflict_value WHERE conflict_id = ?", (cid,)
            )
        )
        out.add((table, record_id, name, values))
    return out


def cli(*argv: str) -> int:
    """The CLI in-process (the caller reads stdout/stderr with capsys); SAFETYWORKER_PASSPHRASE must be set."""
    return main(list(argv))


class World:
    """An office and enrolled laptops in one folder; stores stay open until ``close()``."""

    def __init__(self, root: Path, names: Iterable[str] = NAMES, office_name: str = "Northshire") -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._n = count(1)
        self.office = enrolment.create_office(self.root / "office", PASSPHRASE, office_name)
        self.laptops: dict[str, Store] = {}
        self.worker_ids: dict[str, str] = {}
        for name in names:
            self.enrol(name)

    # -- set-up -------------------------------------------------------------------------------------------
    def enrol(self, name: str, *, confirm: bool = True) -> Store:
        """Enrol a worker and set up their laptop; ``confirm``: the office confirms the laptop's words at once
        (as when the worker reads them out at the hand-over), so its first bundle is applied."""
        result = enrolment.enrol_worker(self.office, name)
        path = self.root / f"enrol-{name}.json"
        path.write_bytes(enrolment.enrolment_bytes(result))
        laptop = enrolment.create_laptop(self.root / name, PASSPHRASE, enrolment.read_enrolment(path))
        self.laptops[name] = laptop
        self.worker_ids[name] = result.worker_id
        if confirm:
            self.confirm(name)
        return laptop

    def copy_laptop(self, name: str, copy: str) -> Store:
        """Another laptop set up from a copy of ``name``'s enrolment file (never confirmed)."""
        path = self.root / f"enrol-{name}.json"
        laptop = enrolment.create_laptop(self.root / copy, PASSPHRASE, enrolment.read_enrolment(path))
        self.laptops[copy] = laptop
        self.worker_ids[copy] = self.worker_ids[name]
        return laptop

    def words(self, name: str) -> str:
        """The six words laptop ``name`` shows (what its worker reads out to the office)."""
        words = enrolment.device_fingerprint(self.laptops[name])
        assert words is not None
        return words

    def confirm(self, name: str) -> dict[str, Any]:
        """The office types the words laptop ``name`` shows."""
        return confirmation.confirm(self.office, self.worker_ids[name], self.words(name))

    def register_all(self) -> None:
        """Each laptop's first bundle: the office learns its keys."""
        for name in self.laptops:
            self.send(name)

    def folder(self, name: str) -> Path:
        return self.root / ("office" if name == "office" else name)

    def store(self, name: str) -> Store:
        return self.office if name == "office" else self.laptops[name]

    def close(self) -> None:
        for s in (self.office, *self.laptops.values()):
            s.close()

    def reopen(self) -> None:
        self.close()
        self.office = Store.unlock(self.folder("office"), PASSPHRASE)
        self.laptops = {n: Store.unlock(self.folder(n), PASSPHRASE) for n in self.laptops}

    # -- bundles ------------------------------------------------------------------------------------------
    def path(self, stem: str) -> Path:
        return self.root / "bundles" / f"{next(self._n):03d}-{stem}.age"

    def export(self, name: str) -> ExportResult:
        """Laptop ``name`` writes a bundle for the office."""
        target = self.path(f"from-{name}")
        target.parent.mkdir(exist_ok=True)
        return bundles.export_to_office(self.laptops[name], target)

    def export_to(self, name: str) -> ExportResult:
        """The office writes a bundle for laptop ``name``."""
        target = self.path(f"to-{name}")
        target.parent.mkdir(exist_ok=True)
        return bundles.export_to_worker(self.office, self.worker_ids[name], target)

    def office_import(self, path: Path) -> ImportResult:
        return bundles.import_bundle(self.office, path)

    def laptop_import(self, name: str, path: Path) -> ImportResult:
        return bundles.import_bundle(self.laptops[name], path)

    def send(self, name: str) -> ImportResult:
        """Laptop to office, imported."""
        return self.office_import(self.export(name).path)

    def deliver(self, name: str) -> ImportResult:
        """Office to laptop, imported."""
        return self.laptop_import(name, self.export_to(name).path)

    def sync(self, name: str) -> None:
        """A full round: the laptop sends, the office answers (which acknowledges it)."""
        self.send(name)
        self.deliver(name)

    # -- cases --------------------------------------------------------------------------------------------
    def add_case(self, where: str = "office", **fields: Any) -> str:
        data = {
            "preferred_name": "Sam Example",
            "locality": "Hill",
            "contact_methods": [{"kind": "mobile", "value": "07700 900123"}],
            **fields,
        }
        return CaseService(self.store(where)).add(data)[0]

    def assign(self, case_id: str, name: str) -> dict[str, Any]:
        return office.assign(self.office, case_id, self.worker_ids[name])

    def give(self, case_id: str, name: str) -> None:
        """Assign a case and carry it to the laptop."""
        self.assign(case_id, name)
        self.deliver(name)

    def edit(self, where: str, case_id: str, **fields: Any) -> list[str]:
        return CaseService(self.store(where)).update(case_id, fields)

    def case(self, where: str, case_id: str) -> dict[str, Any] | None:
        cur = self.store(where).db.execute("SELECT * FROM case_record WHERE id = ?", (case_id,))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None

    def methods(self, where: str, case_id: str) -> list[dict[str, Any]]:
        cur = self.store(where).db.execute(
            "SELECT * FROM contact_method WHERE case_id = ? ORDER BY position, id", (case_id,)
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def remove_method(self, where: str, case_id: str, method_id: str) -> list[str]:
        """Remove one contact method the way the app does (an update without it)."""
        return CaseService(self.store(where)).update(case_id, {"contact_methods": [{"id": method_id, "remove": True}]})
