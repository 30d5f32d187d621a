"""Bundles in and out, the sync status and the six-word confirmation: the sync floor as a front end sees it.

Each method runs its own transactions (the sync modules own them); a background job in the desktop calls a
method of this service, never the sync modules with a store.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safetyworker.store.vault import Store
from safetyworker.sync import bundles, confirmation, enrolment, status
from safetyworker.sync.bundles import ExportResult as ExportResult  # the results, for the front ends
from safetyworker.sync.bundles import ImportResult as ImportResult


class SyncService:
    def __init__(self, store: Store) -> None:
        self._store = store

    @staticmethod
    def default_name() -> str:
        """A file name for a new bundle (no case data in it)."""
        return bundles.default_name()

    def export_to_office(self, path: Path) -> ExportResult:
        return bundles.export_to_office(self._store, path)

    def export_to_worker(self, worker_id: str, path: Path) -> ExportResult:
        return bundles.export_to_worker(self._store, worker_id, path)

    def export(self, path: Path, to: str | None = None) -> ExportResult:
        """The next bundle from this store: to the office from a laptop, to worker ``to`` from the office."""
        if self._store.role == "office":
            return self.export_to_worker(to or "", path)
        return self.export_to_office(path)

    def import_bundle(self, path: Path) -> ImportResult:
        return bundles.import_bundle(self._store, path)

    def status(self) -> dict[str, Any]:
        return status.status(self._store)

    def confirm(self, worker_id: str, words: list[str] | str) -> dict[str, Any]:
        """Office: the worker read out their laptop's six words; take its bundles from now on if they match."""
        return confirmation.confirm(self._store, worker_id, words)

    def alerts(self) -> list[dict[str, Any]]:
        return confirmation.alerts(self._store)

    def device_fingerprint(self) -> str | None:
        """This laptop's six words, read out to the office (None before enrolment)."""
        return enrolment.device_fingerprint(self._store)
