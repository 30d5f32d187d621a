"""Calls: the safety check and the call card for a case, read from the store. Both are audited (the action
only, never what the card says)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from safetyworker.errors import RecordNotFound
from safetyworker.i18n import _
from safetyworker.protocol import call_safety
from safetyworker.protocol.call_safety import CallCheck
from safetyworker.records import case_rows
from safetyworker.records.model import Case
from safetyworker.services.cases import CaseService
from safetyworker.store import audit
from safetyworker.store.vault import Store


class CallService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.tz = call_safety.zone(store.timezone)

    def _case(self, case_id: str) -> Case:
        case = case_rows.load_case(self.store.db, case_id)
        if case is None:
            raise RecordNotFound(_("There is no case with the id {id}.").format(id=case_id))
        return case

    def check(self, case_id: str, at: datetime | None = None) -> CallCheck:
        """Which of the case's numbers may be rung at ``at`` (aware; now when None), or opens soonest, and why."""
        case = self._case(case_id)
        result = call_safety.check_case(case, at or datetime.now(UTC), self.tz)
        with self.store.transaction():
            audit.record(self.store, "call.check", case_id)
        return result

    def number(self, case_id: str, method_id: str | None) -> str | None:
        """The number (E.164) a ``check`` names, when it is one marked safe to call (never a number that must not
        be rung, as on the call card). Not audited on its own: it goes with the check just made."""
        case = self._case(case_id)
        return next(
            (
                m.value
                for m in case.contact_methods
                if method_id and m.id == method_id and m.is_phone and m.safe_to_call
            ),
            None,
        )

    def card(self, case_id: str, at: datetime | None = None) -> dict[str, Any]:
        """The call card (``call_safety.call_card``) as it stands at ``at`` (now when None)."""
        case = self._case(case_id)
        check = call_safety.check_case(case, at or datetime.now(UTC), self.tz)
        card = call_safety.call_card(case, CaseService(self.store).history(case_id), check, self.tz)
        with self.store.transaction():
            audit.record(self.store, "call.card", case_id)
        return card
