"""Making a bundle: laptop to office, office to laptop, sealed and written whole to the file a person chose.

A bundle holds every change past what its receiver last acknowledged (``bundle_ledger``), so re-sending is
harmless and a lost bundle is made good by the next one. What goes in is decided here; the manifest comes from
``bundle_envelope``, the sealing from ``container``.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safetyworker.store.vault import Store
from safetyworker.sync import audit_trail, bundle_ledger, changes, confirmation, container, files
from safetyworker.sync.bundle_envelope import TO_OFFICE, TO_WORKER, make_manifest
from safetyworker.sync.bundle_ledger import RESEND_WHOLE
from safetyworker.sync.enrolment import enrolment_proof, require_office
from safetyworker.sync.keys import KeyPair
from safetyworker.sync.peers import active_worker, office_peer


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    counts: dict[str, int]
    size: int
    kind: str = "bundle"  # or confirmation.NOTICE_KIND: the office's notice of a refused enrolment

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "file": str(self.path),
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "counts": dict(self.counts),
            "operations": sum(self.counts.values()),
            "size": self.size,
        }


def default_name(prefix: str = "sync") -> str:
    """Neutral: says nothing of the service or the person."""
    return f"{prefix}-{time.strftime('%Y%m%d-%H%M%S')}.age"


def write(path: Path, data: bytes) -> None:
    """Atomic, then read back: a bundle on the stick is whole or not there."""
    files.write_private(path, data)


def seal_and_write(
    store: Store,
    keys: KeyPair,
    peer: dict[str, Any],
    manifest: dict[str, Any],
    payload: dict[str, Any],
    path: Path,
    ops: list[str] | None = None,
) -> tuple[int, str, str]:
    """``ops``: the operations as JSON text (``changes.Collected``), packed as the payload's ``ops``."""
    packed = container.pack_payload(payload, None if ops is None else {"ops": ops})
    data, bundle_hash = container.seal(manifest, packed, keys, peer["age_recipient"])
    write(path, data)
    return len(data), bundle_hash, hashlib.sha256(data).hexdigest()


# -- laptop -> office ---------------------------------------------------------------------------------------


def export_to_office(store: Store, path: Path) -> ExportResult:
    peer = office_peer(store)
    keys = KeyPair.load(store)
    assert keys is not None
    mark, clock = changes.high_water(store), store.clock.last
    ids = {t: changes.changed_ids(store, t, peer["acked_change"]) for t in changes.SYNCED}
    outvoted = changes.outvoted(store)
    for table, record_id in outvoted:
        ids[table].add(record_id)
    with store.snapshot():  # each value goes with its own stamp: no save on the window's thread in between
        collected = changes.collect(store, ids, only_device=store.device_id, extra=outvoted)
        trail, audit_seq = audit_trail.outgoing(store, peer["acked_audit"])
        manifest = make_manifest(store, TO_OFFICE, keys, peer, collected.counts)
    manifest["sender_peer"] = store.meta("worker_id")
    if peer["acked_seq"] == 0:  # until the office has our keys
        public = keys.public
        manifest["device"] = {
            "signing_public": public.signing_public,
            "age_recipient": public.age_recipient,
            "proof": enrolment_proof(
                store.meta("enrol_token") or "", store.device_id, public.signing_public, public.age_recipient
            ),
        }
    size, bundle_hash, file_hash = seal_and_write(store, keys, peer, manifest, {"audit": trail}, path, collected.ops)
    with store.transaction():
        bundle_ledger.record_sent(store, peer, manifest, bundle_hash, mark, clock, audit_seq)
        bundle_ledger.remember_sent_file(store, file_hash, manifest, peer)
    return ExportResult(path, manifest["bundle_id"], manifest["sequence"], collected.counts, size)


# -- office -> laptop ---------------------------------------------------------------------------------------


def export_to_worker(store: Store, worker_id: str, path: Path) -> ExportResult:
    keys = require_office(store)
    if confirmation.is_copied(store, worker_id):
        size = confirmation.write_notice(store, worker_id, path)
        return ExportResult(path, "", 0, {}, size, kind=confirmation.NOTICE_KIND)
    peer = active_worker(store, worker_id)
    mark, clock = changes.high_water(store), store.clock.last
    since = peer["acked_change"]
    assigned = {r[0] for r in store.db.execute("SELECT case_id FROM sync_assignment WHERE peer_id = ?", (worker_id,))}
    newly = {
        r[0]
        for r in store.db.execute(
            "SELECT a.case_id FROM sync_assignment a JOIN sync_change c ON c.tbl = 'sync_assignment' "
            "AND c.record_id = a.case_id WHERE a.peer_id = ? AND c.seq > ?",
            (worker_id, since),
        )
    }
    whole = store.meta(RESEND_WHOLE + worker_id) is not None
    if whole:  # a laptop restored from a backup: every case again, whole, its own writes too
        newly = set(assigned)
    dropped = sorted(
        r[0]
        for r in store.db.execute(
            "SELECT a.case_id FROM sync_assignment a JOIN sync_change c ON c.tbl = 'sync_assignment' "
            "AND c.record_id = a.case_id WHERE a.previous_peer_id = ? AND a.peer_id != ? AND c.seq > ?",
            (worker_id, worker_id, since),
        )
    )
    scope = changes.case_scope(store, assigned)
    fresh = changes.case_scope(store, newly)
    ids = {}
    for table in changes.SYNCED:
        if table in changes.ORG_WIDE:  # reference data and the directory go to every worker
            ids[table] = changes.changed_ids(store, table, since)
        else:
            ids[table] = (changes.changed_ids(store, table, since) & scope[table]) - fresh[table]
    with store.snapshot():  # each value goes with its own stamp: no save on the window's thread in between
        collected = changes.collect(store, ids, skip_device=peer["device_id"])
        # A case newly given to this worker travels whole, even what this laptop wrote itself: it may be coming
        # back to a laptop that dropped it when it was moved away.
        collected.extend(changes.collect(store, fresh))
    manifest = make_manifest(store, TO_WORKER, keys, peer, collected.counts)
    manifest["sender_peer"] = store.meta("office_id")
    manifest["to_worker"] = worker_id
    erased = sorted(
        r[0]
        for r in store.db.execute("SELECT record_id FROM sync_change WHERE tbl = 'sync_erased' AND seq > ?", (since,))
    )
    # "held": every case this worker holds now, so a laptop drops any other it still has (moved away, even
    # through several workers, while it was not syncing) once the office holds its changes to it.
    payload = {
        "assigned": sorted(newly),
        "dropped": dropped,
        "erased": erased,
        "held": sorted(assigned),
    }
    size, bundle_hash, file_hash = seal_and_write(store, keys, peer, manifest, payload, path, collected.ops)
    with store.transaction():
        bundle_ledger.record_sent(store, peer, manifest, bundle_hash, mark, clock)
        bundle_ledger.remember_sent_file(store, file_hash, manifest, peer)
        if whole:  # sent; should it never arrive, the laptop's next bundle says it went back again
            store.db.execute("DELETE FROM meta WHERE key = ?", (RESEND_WHOLE + worker_id,))
    return ExportResult(path, manifest["bundle_id"], manifest["sequence"], collected.counts, size)
