"""The one place where core events become Qt signals (Electrum's pattern)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from safetyworker.events import CASES_CHANGED, Events


class CoreBridge(QObject):
    # case ids that were added or changed
    cases_changed = Signal(list)

    def __init__(self, events: Events, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = events.subscribe(self._on_event)

    def _on_event(self, name: str, data: dict[str, Any]) -> None:
        if name == CASES_CHANGED:
            self.cases_changed.emit(list(data.get("ids", [])))

    def detach(self) -> None:
        self._unsubscribe()
