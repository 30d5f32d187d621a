"""Exporting and importing bundles: laptop to office, office to laptop.

A bundle holds every change past what its receiver last acknowledged, so re-sending is harmless and a lost
bundle is made good by the next one. Importing is one transaction: all of a bundle or none of it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safetyworker.errors import SafetyWorkerError
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.store import audit
from safetyworker.store.hlc import Stamp
from safetyworker.store.vault import Store, new_id, utc_now
from safetyworker.sync import audit_trail, authority, changes, confirmation, container, files, purge
from safetyworker.sync.container import BadBundle, NotForThisStore
from safetyworker.sync.enrolment import enrolment_proof, require_office
from safetyworker.sync.keys import KeyPair, recipient_id, verify
from safetyworker.sync.merge import Merger
from safetyworker.timetable import inform

FORMAT = "safetyworker-bundle/1"
TO_OFFICE = "to_office"
TO_WORKER = "to_worker"
#: A stamp further ahead of this computer's clock than this is refused: a laptop whose clock is years ahead
#: would otherwise drag every store's clock along with it.
MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000
#: Bundles a sender may have made that never arrived: each is noted as a gap, so a number further ahead than this
#: (no laptop makes ten thousand bundles that all go missing) is refused rather than noting billions of gaps.
MAX_SEQUENCE_JUMP = 10_000
#: ``meta`` key (+ the worker id) at the office: that worker's laptop went back in time (restored from a backup),
#: so the next bundle for it carries all its cases whole (see ``_rewound``).
RESEND_WHOLE = "sync_resend_whole:"


class NotEnrolled(SafetyWorkerError):
    exit_code = 2


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


def default_name(prefix: str = "sync") -> str:
    """Neutral: says nothing of the service or the person."""
    return f"{prefix}-{time.strftime('%Y%m%d-%H%M%S')}.age"


def _peer(store: Store, peer_id: str) -> dict[str, Any] | None:
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


def _write(path: Path, data: bytes) -> None:
    """Atomic, then read back: a bundle on the stick is whole or not there."""
    files.write_private(path, data)


def _seal_and_write(
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
    _write(path, data)
    return len(data), bundle_hash, hashlib.sha256(data).hexdigest()


#: How many of its own bundle files a store remembers, to name one brought back to it by mistake.
SENT_FILES_KEPT = 200


def _remember_sent_file(store: Store, file_hash: str, manifest: dict[str, Any], peer: dict[str, Any]) -> None:
    """Inside the caller's transaction. The sender cannot open its own bundle (it is encrypted to the receiver),
    so it keeps the file's hash to say what such a file is when it is imported here by mistake."""
    store.db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (f"sent_file:{file_hash}", f"{manifest['created_at']}|{manifest['sequence']}|{peer['peer_id']}"),
    )
    store.db.execute(
        "DELETE FROM meta WHERE key LIKE 'sent_file:%' AND key NOT IN "
        "(SELECT key FROM meta WHERE key LIKE 'sent_file:%' ORDER BY value DESC LIMIT ?)",
        (SENT_FILES_KEPT,),
    )


def _refuse_own_bundle(store: Store, data: bytes, name: str) -> None:
    """A bundle this store made itself is for the other side: say so, rather than "another office or laptop"."""
    row = store.db.execute(
        "SELECT value FROM meta WHERE key = ?", (f"sent_file:{hashlib.sha256(data).hexdigest()}",)
    ).fetchone()
    if row is None:
        return
    sent_at, sequence, peer_id = row[0].split("|", 2)
    when = sent_at[:10]
    if store.role == "office":
        peer = _peer(store, peer_id)
        raise BadBundle(
            _(
                "{name} is bundle {seq} that this office made for {worker}'s laptop on {when}. Import it on that "
                "laptop, not here. Nothing was changed."
            ).format(name=name, seq=sequence, worker=peer["name"] if peer else peer_id, when=when)
        )
    raise BadBundle(
        _(
            "{name} is bundle {seq} that this laptop made for the office on {when}. Take it to the office to "
            "import there; it cannot be imported on the laptop that made it. Nothing was changed."
        ).format(name=name, seq=sequence, when=when)
    )


def _record_sent(
    store: Store,
    peer: dict[str, Any],
    manifest: dict[str, Any],
    bundle_hash: str,
    mark: int,
    clock: str,
    audit_seq: int = 0,
) -> None:
    store.db.execute(
        "UPDATE sync_peer SET seq_out = ?, hash_out = ?, last_sent_at = ? WHERE peer_id = ?",
        (manifest["sequence"], bundle_hash, manifest["created_at"], peer["peer_id"]),
    )
    store.db.execute(
        "INSERT OR REPLACE INTO sync_sent (peer_id, seq, bundle_id, change_seq, sent_at, clock_hlc, audit_seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (peer["peer_id"], manifest["sequence"], manifest["bundle_id"], mark, manifest["created_at"], clock, audit_seq),
    )
    audit.record(store, "bundle.export", peer["peer_id"], str(manifest["sequence"]))


def _manifest(store: Store, kind: str, keys: KeyPair, peer: dict[str, Any], counts: dict[str, int]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "kind": kind,
        "bundle_id": new_id(),
        "office_id": store.meta("office_id"),
        "sender_device": store.device_id,
        "sender_signing_public": keys.public.signing_public,
        "sequence": peer["seq_out"] + 1,
        "previous_hash": peer["hash_out"],
        "recipient": recipient_id(peer["age_recipient"]),
        "created_at": utc_now(),
        "counts": dict(sorted(counts.items())),
        "ack": {"sequence": peer["seq_in"], "bundle_id": _acked_bundle(store, peer)},
        # where this store's audit trail ends, so the other side can tell a trail cut or rewritten since
        "audit_head": audit_trail.head_of(store),
    }


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
        manifest = _manifest(store, TO_OFFICE, keys, peer, collected.counts)
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
    size, bundle_hash, file_hash = _seal_and_write(store, keys, peer, manifest, {"audit": trail}, path, collected.ops)
    with store.transaction():
        _record_sent(store, peer, manifest, bundle_hash, mark, clock, audit_seq)
        _remember_sent_file(store, file_hash, manifest, peer)
    return ExportResult(path, manifest["bundle_id"], manifest["sequence"], collected.counts, size)


# -- office -> laptop ---------------------------------------------------------------------------------------


def active_worker(store: Store, worker_id: str) -> dict[str, Any]:
    peer = _peer(store, worker_id)
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
    manifest = _manifest(store, TO_WORKER, keys, peer, collected.counts)
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
    size, bundle_hash, file_hash = _seal_and_write(store, keys, peer, manifest, payload, path, collected.ops)
    with store.transaction():
        _record_sent(store, peer, manifest, bundle_hash, mark, clock)
        _remember_sent_file(store, file_hash, manifest, peer)
        if whole:  # sent; should it never arrive, the laptop's next bundle says it went back again
            store.db.execute("DELETE FROM meta WHERE key = ?", (RESEND_WHOLE + worker_id,))
    return ExportResult(path, manifest["bundle_id"], manifest["sequence"], collected.counts, size)


# -- importing ----------------------------------------------------------------------------------------------


def _identify_sender(store: Store, manifest: dict[str, Any], opened: container.Opened, name: str) -> dict[str, Any]:
    """The peer that signed this bundle, checked; a laptop's first bundle registers its keys."""
    if store.role == "office":
        if manifest.get("kind") != TO_OFFICE:
            raise BadBundle(_("{name} is a bundle for a laptop, not for the office.").format(name=name))
        peer = _peer(store, str(manifest.get("sender_peer")))
        if peer is None or peer["role"] != "worker":
            raise BadBundle(_("{name} comes from a laptop this office has not enrolled.").format(name=name))
        if peer["status"] == "revoked":
            raise BadBundle(
                _("{name} comes from {worker}'s laptop, whose enrolment was withdrawn.").format(
                    name=name, worker=peer["name"]
                )
            )
        if peer["status"] in ("pending", confirmation.COPIED):
            device = manifest.get("device")
            if not isinstance(device, dict):
                raise BadBundle(_("{name} comes from a laptop this office has not enrolled.").format(name=name))
            expected = enrolment_proof(
                peer["enrol_token"] or "",
                str(manifest.get("sender_device")),
                str(device.get("signing_public")),
                str(device.get("age_recipient")),
            )
            if not hmac.compare_digest(expected, str(device.get("proof"))):
                raise BadBundle(
                    _("{name} comes from a laptop that was not set up with {worker}'s enrolment file.").format(
                        name=name, worker=peer["name"]
                    )
                )
            peer = {
                **peer,
                "signing_public": device.get("signing_public"),
                "age_recipient": device.get("age_recipient"),
            }
            peer["register_device"] = manifest.get("sender_device")
            confirmation.first_bundle(store, peer, manifest, opened, name)
        elif peer["device_id"] != manifest.get("sender_device"):
            confirmation.another_laptop(store, peer, manifest, name)
            raise BadBundle(_("{name} comes from a laptop this office has not enrolled.").format(name=name))
    else:
        if manifest.get("kind") != TO_WORKER:
            raise BadBundle(_("{name} is a bundle for the office, not for this laptop.").format(name=name))
        peer = office_peer(store)
        if manifest.get("sender_peer") != peer["peer_id"]:
            raise BadBundle(_("{name} comes from another office.").format(name=name))
        if manifest.get("to_worker") != store.meta("worker_id"):
            raise BadBundle(_("{name} was made for another worker's laptop.").format(name=name))
    if not verify(str(peer["signing_public"]), opened.signature, opened.manifest_line):
        raise BadBundle(
            _("{name} has a signature that does not match its sender. Nothing was changed.").format(name=name)
        )
    return peer


def _check_clock(store: Store, max_hlc: str, name: str) -> None:
    if not max_hlc:
        return
    ahead = Stamp.parse(max_hlc).millis - int(time.time() * 1000)
    if ahead > MAX_CLOCK_AHEAD_MS:
        raise BadBundle(
            _(
                "{name} was made on a computer whose clock is {days} days ahead. Set that computer's date and "
                "time right and make a new bundle. Nothing was changed."
            ).format(name=name, days=max(1, ahead // 86_400_000))
        )


def import_bundle(store: Store, path: Path) -> ImportResult:
    name = path.name
    keys = KeyPair.load(store)
    if keys is None:
        raise NotEnrolled(_("This store is not set up to sync (not an office store, and not enrolled)."))
    data = container.read_file(path)
    _refuse_own_bundle(store, data, name)
    try:
        opened = container.open_bundle(data, keys.age_identity, name)
    except NotForThisStore:
        if store.role == "office":
            why = _(
                "{name} cannot be opened here: it was made for a laptop or for another office, or it is damaged "
                "(for example cut short while copying). Nothing was changed."
            )
        else:
            why = _(
                "{name} cannot be opened here: it was made for the office (as every bundle made on a laptop is) "
                "or for another laptop, or it is damaged (for example cut short while copying). Nothing was "
                "changed."
            )
        raise BadBundle(why.format(name=name)) from None
    manifest = opened.manifest
    if manifest.get("format") != FORMAT:
        raise BadBundle(_("{name} is from a newer or unknown version of Safety Worker.").format(name=name))
    if manifest.get("office_id") != store.meta("office_id"):
        raise BadBundle(_("{name} belongs to another office. Nothing was changed.").format(name=name))
    if store.role == "worker" and manifest.get("kind") == confirmation.NOTICE_KIND:
        confirmation.take_notice(store, opened, keys, office_peer(store), name)
    if manifest.get("recipient") != recipient_id(str(keys.age_identity.to_public())):
        raise BadBundle(_("{name} was signed for another recipient. Nothing was changed.").format(name=name))
    peer = _identify_sender(store, manifest, opened, name)
    sequence = manifest.get("sequence")
    if not isinstance(sequence, int) or sequence < 1:
        raise BadBundle(_("{name} is damaged. Nothing was changed.").format(name=name))
    if sequence - peer["seq_in"] > MAX_SEQUENCE_JUMP:
        raise BadBundle(
            _(
                "{name} was refused: its number ({seq}) is far beyond any bundle this sender has made. Nothing was "
                "changed."
            ).format(name=name, seq=sequence)
        )
    seen = store.db.execute(
        "SELECT imported_at FROM sync_bundle_seen WHERE bundle_id = ?", (str(manifest.get("bundle_id")),)
    ).fetchone()
    if seen:
        return ImportResult("duplicate", peer["name"], manifest["bundle_id"], sequence, imported_at=seen[0])
    payload = container.unpack_payload(opened.payload, name)
    if not isinstance(payload, dict):
        raise BadBundle(_("{name} is damaged. Nothing was changed.").format(name=name))
    office = store.role == "office"
    assigned = _id_list(payload.get("assigned"), name)
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
        _check_clock(store, applied.max_hlc, name)
        if applied.max_hlc:
            store.clock.observe(applied.max_hlc)
        if office and _rewound(store, peer, manifest):
            store.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (RESEND_WHOLE + peer["peer_id"], utc_now()),
            )
        gaps = _record_received(store, peer, manifest, opened.bundle_hash, sum(applied.counts.values()))
        _take_ack(store, peer, manifest)
        purged = 0
        audit_problem = ""
        if office:
            _claim_new_cases(store, peer, applied.cases)
            audit_problem = audit_trail.take(store, peer["peer_id"], carried, newest)
        else:
            purged = purge.after_office_bundle(
                store,
                assigned,
                _id_list(payload.get("dropped"), name) if newest else [],
                _id_list(payload.get("erased"), name),
                held=set(_id_list(payload.get("held"), name)) if newest and "held" in payload else None,
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


def _id_list(value: Any, name: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadBundle(_("{name} is damaged. Nothing was changed.").format(name=name))
    return value


def _record_received(
    store: Store, peer: dict[str, Any], manifest: dict[str, Any], bundle_hash: str, n: int
) -> list[int]:
    sequence = manifest["sequence"]
    if peer.get("register_device"):
        store.db.execute(
            "UPDATE sync_peer SET device_id = ?, signing_public = ?, age_recipient = ?, status = 'active', "
            "enrol_token = NULL WHERE peer_id = ?",
            (peer["register_device"], peer["signing_public"], peer["age_recipient"], peer["peer_id"]),
        )
    store.db.execute(
        "INSERT INTO sync_bundle_seen (bundle_id, peer_id, seq, hash, imported_at, operations) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (manifest["bundle_id"], peer["peer_id"], sequence, bundle_hash, utc_now(), n),
    )
    store.db.execute("DELETE FROM sync_gap WHERE peer_id = ? AND seq = ?", (peer["peer_id"], sequence))
    if sequence > peer["seq_in"]:
        store.db.executemany(
            "INSERT OR IGNORE INTO sync_gap (peer_id, seq) VALUES (?, ?)",
            [(peer["peer_id"], s) for s in range(peer["seq_in"] + 1, sequence)],
        )
        store.db.execute(
            "UPDATE sync_peer SET seq_in = ?, hash_in = ?, last_received_at = ? WHERE peer_id = ?",
            (sequence, bundle_hash, utc_now(), peer["peer_id"]),
        )
    else:
        store.db.execute("UPDATE sync_peer SET last_received_at = ? WHERE peer_id = ?", (utc_now(), peer["peer_id"]))
    return [
        r[0] for r in store.db.execute("SELECT seq FROM sync_gap WHERE peer_id = ? ORDER BY seq", (peer["peer_id"],))
    ]


def _rewound(store: Store, peer: dict[str, Any], manifest: dict[str, Any]) -> bool:
    """The laptop went back in time (restored from a backup, docs/backups.md): it repeats a bundle number the
    office already took under another bundle id, or acknowledges an older office bundle than it did before. What
    it exchanged with the office after the backup is then missing on it: the changes the office sent it since,
    and its own changes the office holds (the office never sends a laptop its own writes). Either sign makes the
    next bundle for it carry every case whole. A bundle from before a crash that was never noted as sent, or a
    late bundle, can look the same; the cost is one larger bundle."""
    ack = manifest.get("ack")
    acked = ack.get("sequence") if isinstance(ack, dict) else None
    if isinstance(acked, int) and acked < peer["acked_seq"]:
        return True
    row = store.db.execute(
        "SELECT 1 FROM sync_bundle_seen WHERE peer_id = ? AND seq = ? AND bundle_id != ?",
        (peer["peer_id"], manifest["sequence"], str(manifest.get("bundle_id"))),
    ).fetchone()
    return row is not None


def _acked_bundle(store: Store, peer: dict[str, Any]) -> str | None:
    """The id of the peer's bundle we acknowledge (the first to reach its highest sequence number)."""
    row = store.db.execute(
        "SELECT bundle_id FROM sync_bundle_seen WHERE peer_id = ? AND seq = ? AND hash = ?",
        (peer["peer_id"], peer["seq_in"], peer["hash_in"]),
    ).fetchone()
    return row[0] if row else None


def _take_ack(store: Store, peer: dict[str, Any], manifest: dict[str, Any]) -> None:
    """The sender says which of our bundles it has applied: what they held need not travel again. Matched by
    bundle id as well as number: a bundle written just before a crash, and so never noted as sent, has the same
    number as the next one, and an acknowledgement of it must not count for the other's changes."""
    ack = manifest.get("ack")
    if not isinstance(ack, dict):
        return
    acked = ack.get("sequence")
    if not isinstance(acked, int) or acked <= peer["acked_seq"]:
        return
    row = store.db.execute(
        "SELECT change_seq, audit_seq FROM sync_sent WHERE peer_id = ? AND seq = ? AND bundle_id = ?",
        (peer["peer_id"], acked, str(ack.get("bundle_id"))),
    ).fetchone()
    if row is None:  # an acknowledgement of a bundle we never sent (or never noted): ignore it, skip nothing
        return
    store.db.execute(
        "UPDATE sync_peer SET acked_seq = ?, acked_change = max(acked_change, ?), "
        "acked_audit = max(acked_audit, ?) WHERE peer_id = ?",
        (acked, row[0], row[1], peer["peer_id"]),
    )
    # Outvoted edits the acknowledged bundle carried have reached the office.
    store.db.execute("DELETE FROM sync_outvoted WHERE change_seq <= ?", (row[0],))


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
