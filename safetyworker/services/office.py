"""What only the office does with its store: enrol workers, allocate and erase cases, revoke a laptop, apply
probation's updates file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from safetyworker.services import probation
from safetyworker.store.vault import Store
from safetyworker.sync import enrolment, files, office
from safetyworker.sync.enrolment import Enrolment


class OfficeService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def workers(self) -> list[dict[str, Any]]:
        return office.workers(self._store)

    def enrol_worker(self, name: str, write: Callable[[Enrolment], None] | None = None) -> Enrolment:
        return enrolment.enrol_worker(self._store, name, write=write)

    def enrol_to_file(self, name: str, path: Path, *, force: bool = False) -> Enrolment:
        """Enrol a worker and save their enrolment file at ``path`` (the CLI's ``office enrol`` and the desktop's
        "Enrol a worker…"): never inside a store folder, never over a file unless ``force``; if the file cannot
        be written, no worker is left enrolled without one."""
        target = files.new_file(path, force=force)
        return enrolment.enrol_worker(
            self._store, name, write=lambda e: files.write_private(target, enrolment.enrolment_bytes(e))
        )

    def fingerprint(self) -> str | None:
        """The office's words, for the worker to compare on their laptop."""
        return enrolment.office_fingerprint(self._store)

    def assign(self, case_id: str, worker_id: str) -> dict[str, Any]:
        return office.assign(self._store, case_id, worker_id)

    def holder(self, case_id: str) -> str | None:
        """The id of the worker the case is given to, or None."""
        return office.holder(self._store, case_id)

    def holders(self) -> dict[str, str]:
        """Each given case's worker by name (case id -> name), for the office's caseload and case record."""
        return office.holders(self._store)

    def revoke(self, worker_id: str) -> dict[str, Any]:
        return office.revoke(self._store, worker_id)

    def erase(self, case_id: str) -> None:
        office.erase(self._store, case_id)

    def import_updates(self, data: bytes, *, dry_run: bool = False, skip_unmatched: bool = False) -> dict[str, Any]:
        """Probation's updates file (services/probation.py): all or nothing; ``UpdatesRefused`` names every row
        that stopped it."""
        return probation.import_updates(self._store, data, dry_run=dry_run, skip_unmatched=skip_unmatched)
