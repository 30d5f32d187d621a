"""Core events for the front ends: "the caseload changed", "this case changed".

The core cannot emit Qt signals (it never imports Qt), so it calls plain listeners; the desktop client turns
them into signals in one small bridge (safetyworker/ui/bridge.py), as Electrum does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Listener = Callable[[str, dict[str, Any]], None]

CASES_CHANGED = "cases_changed"  # data: ids (list of case ids)


class Events:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def emit(self, name: str, **data: Any) -> None:
        for listener in list(self._listeners):
            listener(name, data)

    def clear(self) -> None:
        self._listeners.clear()
