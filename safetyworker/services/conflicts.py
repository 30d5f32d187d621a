"""Office: the edits two laptops made to the same field, and the choice that settles each one."""

from __future__ import annotations

from typing import Any

from safetyworker.store.vault import Store
from safetyworker.sync import conflicts


class ConflictService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def list(self, include_resolved: bool = False) -> list[dict[str, Any]]:
        return conflicts.list_conflicts(self._store, include_resolved)

    def resolve(self, conflict_id: str, *, device: str | None = None, value: Any = None) -> dict[str, Any]:
        """Keep one device's value (or a typed one) as a new edit, so it reaches every laptop."""
        return conflicts.resolve(self._store, conflict_id, device=device, value=value)
