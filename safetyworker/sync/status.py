"""Where sync stands: what was sent and acknowledged, what is waiting, gaps and conflicts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from safetyworker.store.vault import Store
from safetyworker.sync import changes, confirmation
from safetyworker.sync.enrolment import device_fingerprint, office_fingerprint
from safetyworker.sync.office import workers


def days_since(iso: str | None, now: datetime | None = None) -> int | None:
    if not iso:
        return None
    then = datetime.fromisoformat(iso)
    return max(0, ((now or datetime.now(UTC)) - then).days)


def pending_changes(store: Store) -> int:
    """Records with edits of this laptop's own that the office has not acknowledged (changes that came in from
    the office are not waiting for anything)."""
    return sum(len(ids) for ids in changes.own_unacked(store, changes.acked_clock(store)).values())


def status(store: Store) -> dict[str, Any]:
    conflicts = store.db.execute("SELECT count(*) FROM sync_conflict WHERE status = 'open'").fetchone()[0]
    if store.role == "office" and store.meta("office_id"):
        return {
            "role": "office",
            "office_name": store.meta("office_name"),
            "fingerprint": office_fingerprint(store),
            "open_conflicts": conflicts,
            "workers": workers(store),
            "alerts": confirmation.alerts(store),
            "waiting_for_words": confirmation.pending(store),
        }
    peer = store.db.execute(
        "SELECT name, seq_out, acked_seq, last_sent_at, last_received_at, seq_in FROM sync_peer WHERE role = 'office'"
    ).fetchone()
    if peer is None:
        return {"role": "worker", "enrolled": False}
    name, seq_out, acked_seq, last_sent, last_received, seq_in = peer
    gaps = [r[0] for r in store.db.execute("SELECT seq FROM sync_gap ORDER BY seq")]
    refused = confirmation.refused_at(store) is not None
    return {
        "role": "worker",
        "enrolled": True,
        "office_name": name,
        "office_fingerprint": office_fingerprint(store),
        "device_fingerprint": device_fingerprint(store),
        "worker_name": store.meta("worker_name"),
        "worker_id": store.meta("worker_id"),
        "last_sent_at": last_sent,
        "days_since_sent": days_since(last_sent),
        "bundles_sent": seq_out,
        "last_acknowledged": acked_seq,
        "last_received_at": last_received,
        "bundles_received": seq_in,
        "pending_changes": pending_changes(store),
        "gaps": gaps,
        "open_conflicts": conflicts,
        # The office's notice that this laptop's enrolment was refused (used by another laptop too).
        "enrolment_refused": refused,
        "enrolment_problem": confirmation.refused_message() if refused else None,
    }
