"""An unlocked store and the services over it, as one object a front end holds and drops.

Locking closes the connection (and with it the key) and forgets every service, so nothing that could read
the caseload survives a lock.
"""

from __future__ import annotations

from pathlib import Path

from safetyworker.services.cases import CaseService
from safetyworker.services.risk import RiskService
from safetyworker.store.vault import Store


class Session:
    def __init__(self, store: Store, demo: bool = False) -> None:
        self.store: Store | None = store
        self.cases: CaseService | None = CaseService(store)
        self.risk: RiskService | None = RiskService(store)
        self.demo = demo
        self.folder: Path = store.folder
        self.protection = store.protection

    @property
    def locked(self) -> bool:
        return self.store is None

    def lock(self) -> None:
        if self.store is not None:
            self.store.close()
        self.store = None
        self.cases = None
        self.risk = None
