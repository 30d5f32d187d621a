"""The same person twice: a new case that matches one already on the caseload, or an earlier one in a batch.

A spreadsheet imported twice must not give one person two records that each hold half of their calls, so
every front end that imports cases asks this one rule (``CaseService.duplicates``).
"""

from __future__ import annotations

from dataclasses import dataclass

from safetyworker.errors import InvalidInput
from safetyworker.records import phone
from safetyworker.records.model import Case
from safetyworker.records.text import fold
from safetyworker.store.vault import Store


@dataclass(frozen=True)
class Duplicate:
    """A new case that looks like a person already on the caseload (or earlier in the same batch).

    ``case_id`` is the open case it matches, or None when it matches the batch's case number ``earlier``;
    ``reason`` is "phone" (same name and phone number) or "date_of_birth" (same name and date of birth)."""

    case_id: str | None
    earlier: int | None
    reason: str


def name_key(name: str) -> str:
    """A name as a duplicate check compares it: case, accents and spacing do not matter ("Siân  Jones" is
    "sian jones")."""
    return " ".join(fold(name).split())


def _phone_key(value: str) -> str | None:
    """E.164, as the model stores numbers; anything else is read again (a number typed before it was)."""
    if value.startswith("+") and value[1:].isdigit():
        return value
    try:
        return phone.normalise(value)
    except InvalidInput:
        return None


def duplicates(store: Store, cases: list[Case]) -> list[Duplicate | None]:
    """For each new case, the open case (or earlier case in ``cases``) that is the same person, or None.

    The same person means the same name (preferred or legal, either way round) and either the same phone
    number or the same date of birth. A spreadsheet imported twice must not give one person two records
    that each hold half of their calls; closed cases do not count, since a person may be referred again.
    Every front end that imports cases uses this one rule."""
    seen: dict[str, list[tuple[str | None, int | None, set[str], str | None]]] = {}

    def remember(key_names: set[str], ref: tuple[str | None, int | None], phones: set[str], dob: str | None) -> None:
        for key in key_names:
            seen.setdefault(key, []).append((ref[0], ref[1], phones, dob))

    phones_of: dict[str, set[str]] = {}
    for case_id, value in store.db.execute(
        "SELECT case_id, value FROM contact_method WHERE deleted_hlc IS NULL AND kind IN ('mobile', 'landline')"
    ):
        key = _phone_key(value)
        if key:
            phones_of.setdefault(case_id, set()).add(key)
    for case_id, preferred, legal, dob in store.db.execute(
        "SELECT id, preferred_name, legal_name, date_of_birth FROM case_record "
        "WHERE deleted_hlc IS NULL AND status != 'closed'"
    ):
        names = {name_key(n) for n in (preferred, legal) if n and name_key(n)}
        remember(names, (case_id, None), phones_of.get(case_id, set()), dob or None)
    found: list[Duplicate | None] = []
    for index, case in enumerate(cases):
        names = {name_key(n) for n in (case.preferred_name, case.legal_name) if n and name_key(n)}
        phones = {
            key for m in case.contact_methods if m.kind in ("mobile", "landline") and (key := _phone_key(m.value))
        }
        dob = case.date_of_birth.isoformat() if case.date_of_birth else None
        match = None
        for key in sorted(names):
            for case_id, earlier, their_phones, their_dob in seen.get(key, []):
                if phones & their_phones:
                    match = Duplicate(case_id, earlier, "phone")
                elif dob and dob == their_dob:
                    match = Duplicate(case_id, earlier, "date_of_birth")
                if match:
                    break
            if match:
                break
        found.append(match)
        if case.status != "closed":
            remember(names, (None, index), phones, dob)
    return found
