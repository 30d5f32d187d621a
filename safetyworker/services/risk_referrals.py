"""MARAC referrals of a case: recording one (tied to the latest assessment), the date it was heard, reading them.

A hearing date matters beyond the referral itself: a new incident within the checklist's ``repeat_months`` of a
hearing advises a repeat referral (risk/scoring.py). Every write is audited without content (the consent choice
or the referral's id only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from safetyworker.records import tables
from safetyworker.store import audit
from safetyworker.store.vault import Store

REFERRAL = tables.Table(
    "marac_referral",
    ("case_id", "assessment_id", "referred_on", "marac", "consent", "consent_reason", "wishes", "heard_on"),
)


@dataclass(frozen=True)
class Referral:
    id: str
    case_id: str
    assessment_id: str | None
    referred_on: str
    marac: str
    consent: str
    consent_reason: str
    wishes: str
    heard_on: str | None

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def heard_on(store: Store, case_id: str) -> list[date]:
    """The dates the MARAC heard this case (those that read as dates)."""
    out = []
    for (value,) in store.db.execute(
        "SELECT heard_on FROM marac_referral WHERE case_id = ? AND heard_on IS NOT NULL AND deleted_hlc IS NULL",
        (case_id,),
    ):
        try:
            out.append(date.fromisoformat(value))
        except (TypeError, ValueError):
            continue
    return out


def referrals(store: Store, case_id: str) -> list[Referral]:
    """The case's referrals, oldest first."""
    return [
        Referral(*row)
        for row in store.db.execute(
            "SELECT id, case_id, assessment_id, referred_on, marac, consent, consent_reason, wishes, heard_on "
            "FROM marac_referral WHERE case_id = ? AND deleted_hlc IS NULL ORDER BY referred_on, created_hlc",
            (case_id,),
        )
    ]


def record(store: Store, case_id: str, assessment_id: str | None, values: dict[str, Any]) -> str:
    """Write a checked referral (``risk_checks.check_referral``) in its own transaction; returns its id."""
    with store.transaction():
        referral_id = tables.insert(store, REFERRAL, {"case_id": case_id, "assessment_id": assessment_id, **values})
        audit.record(store, "risk.referral", case_id, values["consent"])
    return referral_id


def record_heard(store: Store, case_id: str, referral_id: str, when: date) -> None:
    """Note the date the MARAC heard the referral, in its own transaction."""
    with store.transaction():
        tables.update(store, REFERRAL, referral_id, {"heard_on": when.isoformat()})
        audit.record(store, "risk.heard", case_id, referral_id)


def safe_times(case: Any) -> list[str]:
    """When each contact method may be used, in words, for the referral."""
    out = []
    for m in case.contact_methods:
        times = "; ".join(str(w) for w in m.safe_windows) if m.safe_windows else ""
        out.append(times)
    return out
