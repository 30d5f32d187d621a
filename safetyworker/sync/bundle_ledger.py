"""What each side has sent, received and acknowledged: the numbers that make re-sending harmless.

Every bundle carries a number one past its sender's last, and the number of the last bundle it took from the
other side. From these, kept in ``sync_peer``, ``sync_sent``, ``sync_bundle_seen`` and ``sync_gap``, a store
knows which changes still need to travel, which bundles never arrived (gaps), and whether a laptop went back in
time. Every function here runs inside the caller's transaction, except the reads.
"""

from __future__ import annotations

import hashlib
from typing import Any

from safetyworker.store import audit
from safetyworker.store.vault import Store, utc_now

#: How many of its own bundle files a store remembers, to name one brought back to it by mistake.
SENT_FILES_KEPT = 200
#: ``meta`` key (+ the worker id) at the office: that worker's laptop went back in time (restored from a backup),
#: so the next bundle for it carries all its cases whole (see ``rewound``).
RESEND_WHOLE = "sync_resend_whole:"


# -- sending ------------------------------------------------------------------------------------------------


def remember_sent_file(store: Store, file_hash: str, manifest: dict[str, Any], peer: dict[str, Any]) -> None:
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


def sent_file(store: Store, data: bytes) -> tuple[str, str, str] | None:
    """(sent at, bundle number, peer id) when ``data`` is a bundle file this store made itself, else None."""
    row = store.db.execute(
        "SELECT value FROM meta WHERE key = ?", (f"sent_file:{hashlib.sha256(data).hexdigest()}",)
    ).fetchone()
    if row is None:
        return None
    sent_at, sequence, peer_id = row[0].split("|", 2)
    return sent_at, sequence, peer_id


def record_sent(
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


def acked_bundle(store: Store, peer: dict[str, Any]) -> str | None:
    """The id of the peer's bundle we acknowledge (the first to reach its highest sequence number)."""
    row = store.db.execute(
        "SELECT bundle_id FROM sync_bundle_seen WHERE peer_id = ? AND seq = ? AND hash = ?",
        (peer["peer_id"], peer["seq_in"], peer["hash_in"]),
    ).fetchone()
    return row[0] if row else None


# -- receiving ----------------------------------------------------------------------------------------------


def imported_at(store: Store, bundle_id: str) -> str | None:
    """When the bundle of that id was imported here, or None if it never was."""
    seen = store.db.execute("SELECT imported_at FROM sync_bundle_seen WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return seen[0] if seen else None


def record_received(
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


def rewound(store: Store, peer: dict[str, Any], manifest: dict[str, Any]) -> bool:
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


def take_ack(store: Store, peer: dict[str, Any], manifest: dict[str, Any]) -> None:
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
