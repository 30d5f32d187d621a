"""The office's side of the workers: who is enrolled, which cases each holds, withdrawing a lost laptop."""

from __future__ import annotations

from typing import Any

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.i18n import _
from safetyworker.store import audit
from safetyworker.store.vault import Store, utc_now
from safetyworker.sync import purge
from safetyworker.sync.enrolment import require_office
from safetyworker.sync.keys import fingerprint


def workers(store: Store) -> list[dict[str, Any]]:
    require_office(store)
    out = []
    for peer_id, name, status, signing, recipient, seq_in, last_received, last_sent in store.db.execute(
        "SELECT peer_id, name, status, signing_public, age_recipient, seq_in, last_received_at, last_sent_at "
        "FROM sync_peer WHERE role = 'worker' ORDER BY name, peer_id"
    ):
        cases = store.db.execute("SELECT count(*) FROM sync_assignment WHERE peer_id = ?", (peer_id,)).fetchone()[0]
        gaps = [r[0] for r in store.db.execute("SELECT seq FROM sync_gap WHERE peer_id = ? ORDER BY seq", (peer_id,))]
        # bundles refused for reaching past this worker's cases or holding values no form takes (sync/authority.py)
        refused = store.db.execute(
            "SELECT count(*) FROM audit_event WHERE action = 'bundle.refused' AND target_id = ?", (peer_id,)
        ).fetchone()[0]
        out.append(
            {
                "worker_id": peer_id,
                "name": name,
                "status": status,
                "device_fingerprint": fingerprint(signing, recipient) if signing else None,
                "cases": cases,
                "bundles_received": seq_in,
                "last_received_at": last_received,
                "last_sent_at": last_sent,
                "gaps": gaps,
                "bundles_refused": refused,
            }
        )
    return out


def _worker(store: Store, worker_id: str) -> dict[str, Any]:
    row = store.db.execute(
        "SELECT peer_id, name, status FROM sync_peer WHERE peer_id = ? AND role = 'worker'", (worker_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(_("No worker {id} is enrolled with this office.").format(id=worker_id))
    return {"worker_id": row[0], "name": row[1], "status": row[2]}


def holder(store: Store, case_id: str) -> str | None:
    """The worker a case is given to (None: no one yet), for the office's desktop to show and to move it from."""
    require_office(store)
    row = store.db.execute("SELECT peer_id FROM sync_assignment WHERE case_id = ?", (case_id,)).fetchone()
    return str(row[0]) if row else None


def holders(store: Store) -> dict[str, str]:
    """Each given case's worker, by name (case id -> name): the office's caseload says who holds each case."""
    require_office(store)
    rows = store.db.execute(
        "SELECT a.case_id, p.name FROM sync_assignment a JOIN sync_peer p ON p.peer_id = a.peer_id"
    ).fetchall()
    return {str(case_id): str(name) for case_id, name in rows}


def assign(store: Store, case_id: str, worker_id: str) -> dict[str, Any]:
    """Give a case to a worker (or move it from another): the next bundle for them carries the whole case,
    and the one for the previous worker tells that laptop to drop it."""
    require_office(store)
    worker = _worker(store, worker_id)
    if worker["status"] == "revoked":
        raise InvalidInput("worker", _("{name}'s enrolment was withdrawn").format(name=worker["name"]))
    case = store.db.execute("SELECT 1 FROM case_record WHERE id = ? AND deleted_hlc IS NULL", (case_id,)).fetchone()
    if case is None:
        raise RecordNotFound(_("No case {id}.").format(id=case_id))
    current = store.db.execute("SELECT peer_id FROM sync_assignment WHERE case_id = ?", (case_id,)).fetchone()
    if current and current[0] == worker_id:
        return {"case_id": case_id, "worker_id": worker_id, "changed": False, "previous_worker_id": None}
    with store.transaction():
        store.db.execute(
            "INSERT INTO sync_assignment (case_id, peer_id, assigned_at, previous_peer_id) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (case_id) DO UPDATE SET peer_id = excluded.peer_id, assigned_at = excluded.assigned_at, "
            "previous_peer_id = excluded.previous_peer_id",
            (case_id, worker_id, utc_now(), current[0] if current else None),
        )
        audit.record(store, "office.assign", case_id, worker_id)
    return {
        "case_id": case_id,
        "worker_id": worker_id,
        "changed": True,
        "previous_worker_id": current[0] if current else None,
    }


def revoke(store: Store, worker_id: str) -> dict[str, Any]:
    """A lost or stolen laptop: its bundles are refused from now on, and nothing more is sent to it."""
    require_office(store)
    worker = _worker(store, worker_id)
    with store.transaction():
        store.db.execute("UPDATE sync_peer SET status = 'revoked', enrol_token = NULL WHERE peer_id = ?", (worker_id,))
        audit.record(store, "office.revoke", worker_id)
    return {**worker, "status": "revoked"}


def erase(store: Store, case_id: str) -> None:
    """Erase a case everywhere (for example when a person asks for their data to be erased): gone from the
    office now, from each laptop with its next bundle, and never brought back by a late change."""
    require_office(store)
    if store.db.execute("SELECT 1 FROM case_record WHERE id = ?", (case_id,)).fetchone() is None:
        raise RecordNotFound(_("No case {id}.").format(id=case_id))
    with store.transaction():
        purge.erase_case(store, case_id)
        store.db.execute("DELETE FROM sync_assignment WHERE case_id = ?", (case_id,))
        audit.record(store, "office.erase", case_id)
