"""Who is at the other end of a bundle: the office a laptop is enrolled with, or a worker the office has enrolled.

Kept apart from the bundles themselves because making one, taking one in and giving a case to a worker all
start by asking the same question, with the same refusals (``NotEnrolled``) when there is no such peer.
"""

from __future__ import annotations

from typing import Any

from safetyworker.errors import SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.store.vault import Store


class NotEnrolled(SafetyWorkerError):
    exit_code = 2


def peer_by_id(store: Store, peer_id: str) -> dict[str, Any] | None:
    """The ``sync_peer`` row of that id, as a dict, or None."""
    cur = store.db.execute("SELECT * FROM sync_peer WHERE peer_id = ?", (peer_id,))
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def office_peer(store: Store) -> dict[str, Any]:
    cur = store.db.execute("SELECT * FROM sync_peer WHERE role = 'office'")
    row = cur.fetchone()
    if row is None or store.role != "worker":
        raise NotEnrolled(
            _("This store is not enrolled with an office. Set it up from an office enrolment file (init --enrol).")
        )
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def active_worker(store: Store, worker_id: str) -> dict[str, Any]:
    peer = peer_by_id(store, worker_id)
    if peer is None or peer["role"] != "worker":
        raise NotEnrolled(_("No worker {id} is enrolled with this office.").format(id=worker_id))
    if peer["status"] == "revoked":
        raise NotEnrolled(_("{name}'s enrolment was withdrawn.").format(name=peer["name"]))
    if peer["status"] != "active":
        raise NotEnrolled(
            _(
                "{name}'s laptop has not sent a bundle yet. Import one from it first: the office learns the "
                "laptop's keys from it."
            ).format(name=peer["name"])
        )
    return peer
