"""Taking a bundle in: all of it or none of it, in one transaction.

``bundle_envelope.open_checked`` has checked the outside; here the payload is checked (what the sender may
touch, every value, the laptop's audit trail) before anything is applied, then merged, and the ledger
(``bundle_ledger``) notes what arrived and what the sender acknowledged. At the office a case first seen in a
worker's bundle becomes that worker's; on a laptop the office's newest bundle says which cases it holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.store import audit
from safetyworker.store.vault import Store, utc_now
from safetyworker.sync import audit_trail, authority, bundle_envelope, bundle_ledger, container, purge
from safetyworker.sync.bundle_envelope import check_clock, id_list
from safetyworker.sync.bundle_ledger import RESEND_WHOLE
from safetyworker.sync.container import BadBundle
from safetyworker.sync.merge import Merger
from safetyworker.timetable import inform


@dataclass
class ImportResult:
    status: str  # "applied" or "duplicate"
    sender: str
    bundle_id: str
    sequence: int
    counts: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    dropped_erased: int = 0
    gaps: list[int] = field(default_factory=list)
    purged_cases: int = 0
    imported_at: str = ""
    #: At the office: '' or what was wrong with the laptop's audit trail (sync/audit_trail.py), shown loudly.
    audit_problem: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "sender": self.sender,
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "counts": dict(self.counts),
            "operations": sum(self.counts.values()),
            "conflicts": self.conflicts,
            "dropped_erased": self.dropped_erased,
            "gaps": self.gaps,
            "purged_cases": self.purged_cases,
            "imported_at": self.imported_at,
            "audit_problem": self.audit_problem,
        }


def import_bundle(store: Store, path: Path) -> ImportResult:
    name = path.name
    envelope = bundle_envelope.open_checked(store, path)
    opened, manifest, peer, sequence = envelope.opened, envelope.manifest, envelope.peer, envelope.sequence
    seen = bundle_ledger.imported_at(store, str(manifest.get("bundle_id")))
    if seen is not None:
        return ImportResult("duplicate", peer["name"], manifest["bundle_id"], sequence, imported_at=seen)
    payload = container.unpack_payload(opened.payload, name)
    if not isinstance(payload, dict):
        raise BadBundle(_("{name} is damaged. Nothing was changed.").format(name=name))
    office = store.role == "office"
    assigned = id_list(payload.get("assigned"), name)
    merger = Merger(
        store,
        keep_conflicts=office,
        sender_device=manifest["sender_device"] if office else None,
        name=name,
        new_cases=None if office else set(assigned),
    )
    # Only the newest bundle from the office says which cases this laptop should hold: an older one arriving
    # late must not take away a case given since.
    newest = sequence > peer["seq_in"]
    _check_incoming(store, peer, payload.get("ops", []), name)
    carried = _check_trail(store, peer, manifest, payload, name) if office else None
    with store.transaction():
        # What the victim-survivor must be told is noticed here as on the device that made the change, with
        # the same contact ids (timetable/inform.py): one contact between them.
        facts_before = inform.snapshot(store, inform.people_of(payload.get("ops", [])))
        applied = merger.apply_all(payload.get("ops", []))
        inform.after_changes(store, facts_before)
        check_clock(store, applied.max_hlc, name)
        if applied.max_hlc:
            store.clock.observe(applied.max_hlc)
        if office and bundle_ledger.rewound(store, peer, manifest):
            store.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (RESEND_WHOLE + peer["peer_id"], utc_now()),
            )
        gaps = bundle_ledger.record_received(store, peer, manifest, opened.bundle_hash, sum(applied.counts.values()))
        bundle_ledger.take_ack(store, peer, manifest)
        purged = 0
        audit_problem = ""
        if office:
            _claim_new_cases(store, peer, applied.cases)
            audit_problem = audit_trail.take(store, peer["peer_id"], carried, newest)
        else:
            purged = purge.after_office_bundle(
                store,
                assigned,
                id_list(payload.get("dropped"), name) if newest else [],
                id_list(payload.get("erased"), name),
                held=set(id_list(payload.get("held"), name)) if newest and "held" in payload else None,
            )
        audit.record(store, "bundle.import", peer["peer_id"], str(sequence))
    if applied.cases:
        store.events.emit(CASES_CHANGED, ids=sorted(applied.cases))
    return ImportResult(
        "applied",
        peer["name"],
        manifest["bundle_id"],
        sequence,
        dict(applied.counts),
        applied.conflicts,
        applied.dropped_erased,
        gaps,
        purged,
        utc_now(),
        audit_problem,
    )


def _check_incoming(store: Store, peer: dict[str, Any], ops: Any, name: str) -> None:
    """What this sender may touch (at the office: only that worker's cases) and every value as local input takes
    it (sync/authority.py). Read-only, before anything is applied: a refused bundle changes nothing but the audit
    trail, which records the refusal."""
    try:
        if store.role == "office":
            authority.check_scope(store, peer["peer_id"], peer["name"], ops, name)
        authority.check_values(store, ops, name)
    except authority.BundleRefused as refusal:
        authority.record_refusal(store, peer["peer_id"], refusal)
        raise


def _check_trail(
    store: Store, peer: dict[str, Any], manifest: dict[str, Any], payload: dict[str, Any], name: str
) -> audit_trail.Carried | None:
    """The laptop's audit trail the bundle carries: codes and ids only, well formed, or the bundle is refused."""
    try:
        return audit_trail.read_carried(manifest, payload, name)
    except authority.BundleRefused as refusal:
        authority.record_refusal(store, peer["peer_id"], refusal)
        raise


def _claim_new_cases(store: Store, peer: dict[str, Any], case_ids: set[str]) -> None:
    """A case first seen in a worker's bundle is that worker's. The laptop already holds it, so the claim is
    taken off the change list: it must not count as newly given and travel back whole."""
    # Set-based: a laptop's first bundle brings its whole caseload.
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS claim_case (id TEXT PRIMARY KEY)")
    store.db.execute("DELETE FROM claim_case")
    store.db.execute(
        "INSERT INTO claim_case (id) SELECT c.id FROM case_record c WHERE c.id IN (SELECT value FROM json_each(?)) "
        "AND NOT EXISTS (SELECT 1 FROM sync_assignment a WHERE a.case_id = c.id)",
        (json.dumps(sorted(case_ids)),),
    )
    store.db.execute(
        "INSERT OR IGNORE INTO sync_assignment (case_id, peer_id, assigned_at) SELECT id, ?, ? FROM claim_case",
        (peer["peer_id"], utc_now()),
    )
    store.db.execute(
        "DELETE FROM sync_change WHERE tbl = 'sync_assignment' AND record_id IN (SELECT id FROM claim_case)"
    )
