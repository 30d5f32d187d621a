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


def sent_clock(store: Store) -> str:
    """Laptop: its clock when it wrote the last bundle for the office ('' before any)."""
    row = store.db.execute(
        "SELECT s.clock_hlc FROM sync_sent s JOIN sync_peer p ON p.peer_id = s.peer_id AND s.seq = p.seq_out "
        "WHERE p.role = 'office'"
    ).fetchone()
    return row[0] if row else ""


def unsent_changes(store: Store) -> int:
    """Records with edits of this laptop's own made since its last bundle for the office: the ones no bundle has
    carried yet. (Changes in a bundle that the office has not yet acknowledged are ``pending_changes``: they are
    sent, and travel again in each bundle until the office says it has them.)"""
    since = sent_clock(store)
    if not since:
        return pending_changes(store)
    fresh = {
        (t, r)
        for t, r in store.db.execute(
            "SELECT tbl, record_id FROM field_stamp WHERE device_id = ? AND hlc > ?", (store.device_id, since)
        )
        if t in changes.SYNCED
    }
    for table in changes.APPEND_ONLY:
        fresh |= {
            (table, r[0])
            for r in store.db.execute(
                f"SELECT id FROM {table} WHERE device_id = ? AND created_hlc > ?", (store.device_id, since)
            )
        }
    return len(fresh)


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
        "unsent_changes": unsent_changes(store),
        "gaps": gaps,
        "open_conflicts": conflicts,
        # The office's notice that this laptop's enrolment was refused (used by another laptop too).
        "enrolment_refused": refused,
        "enrolment_problem": confirmation.refused_message() if refused else None,
    }
