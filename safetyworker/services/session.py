"""An unlocked store and the services over it, as one object a front end holds and drops.

The one door to the core: the desktop and the CLI reach cases, plans, the agenda, sync and the rest through
the service attributes of a session, each owning its own transactions; neither touches the store or SQL (a
test reads the imports: tests/test_import_graph.py; docs/architecture.md). A new service is one more
attribute, made here at unlock and dropped at lock.

Locking closes the connection (and with it the key) and forgets every service, so nothing that could read
the caseload survives a lock.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TypeVar

from safetyworker.errors import SafetyWorkerError
from safetyworker.events import Events
from safetyworker.services.agenda import AgendaService
from safetyworker.services.audit import AuditService
from safetyworker.services.backups import BackupService
from safetyworker.services.calls import CallService
from safetyworker.services.cases import CaseService
from safetyworker.services.conflicts import ConflictService
from safetyworker.services.contacts import ContactService
from safetyworker.services.directory import DirectoryService
from safetyworker.services.office import OfficeService
from safetyworker.services.plans import PlanService
from safetyworker.services.recovery import RecoveryService
from safetyworker.services.reference import ReferenceService
from safetyworker.services.reports import ReportService
from safetyworker.services.retention import RetentionService
from safetyworker.services.risk import RiskService
from safetyworker.services.settings import SettingsService
from safetyworker.services.sharing import SharingService
from safetyworker.services.subject_access import SubjectAccessService
from safetyworker.services.support import SupportService
from safetyworker.services.sync import SyncService
from safetyworker.services.visits import VisitService
from safetyworker.store import audit
from safetyworker.store.db_errors import DatabaseError
from safetyworker.store.vault import Store

#: The service attributes, each None once the session is locked.
SERVICES = (
    "cases",
    "plans",
    "agenda",
    "calls",
    "contacts",
    "sync",
    "office",
    "conflicts",
    "reference",
    "recovery",
    "settings",
    "risk",
    "audit",
    "sharing",
    "retention",
    "subject_access",
    "visits",
    "support",
    "directory",
    "backups",
    "reports",
)


_Service = TypeVar("_Service")


class Session:
    def __init__(self, store: Store, demo: bool = False) -> None:
        # For the core and its tests only: the front ends go through the services below.
        self.store: Store | None = store
        self.demo = demo
        self.folder: Path = store.folder
        self.protection = store.protection
        self.role: str = store.role
        self.store_id: str = store.store_id
        self.timezone: str = store.timezone
        self.events: Events = store.events
        self.keyring_skipped: bool = store.keyring_skipped
        self.cases: CaseService | None = CaseService(store)
        self.plans: PlanService | None = PlanService(store)
        self.agenda: AgendaService | None = AgendaService(store)
        self.calls: CallService | None = CallService(store)
        self.contacts: ContactService | None = ContactService(store)
        self.sync: SyncService | None = SyncService(store)
        self.office: OfficeService | None = OfficeService(store)
        self.conflicts: ConflictService | None = ConflictService(store)
        self.reference: ReferenceService | None = ReferenceService(store)
        self.recovery: RecoveryService | None = RecoveryService(store)
        self.settings: SettingsService | None = SettingsService(store)
        self.risk: RiskService | None = RiskService(store)
        self.audit: AuditService | None = AuditService(store)
        self.sharing: SharingService | None = SharingService(store)
        self.retention: RetentionService | None = RetentionService(store)
        self.subject_access: SubjectAccessService | None = SubjectAccessService(store)
        self.visits: VisitService | None = VisitService(store)
        self.support: SupportService | None = SupportService(store)
        self.directory: DirectoryService | None = DirectoryService(store)
        self.backups: BackupService | None = BackupService(store)
        self.reports: ReportService | None = ReportService(store)

    @property
    def locked(self) -> bool:
        return self.store is None

    def unlocked(self, service: _Service | None) -> _Service:
        """``service`` (one of this session's, e.g. ``session.unlocked(session.cases)``), for code that runs only
        while the session is unlocked: a command's session, or a window that the lock closes. Once the session is
        locked every service is None, and this says so plainly rather than failing on ``None``."""
        if service is None:
            raise RuntimeError("the caseload is locked")
        return service

    def lock(self) -> None:
        if self.store is not None:
            # Recorded if it can be; locking never waits on the record (a store that went bad still closes).
            with contextlib.suppress(DatabaseError, SafetyWorkerError, RuntimeError):
                audit.note_lock(self.store)
            self.store.close()
        self.store = None
        for name in SERVICES:
            setattr(self, name, None)

    def close(self) -> None:
        """The same as ``lock`` (for ``with``: a command's session is closed when the command ends)."""
        self.lock()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
