"""The audit trail: who did what to which record, and when; never case content.

Each event chains the hash of the one before, so a removed or edited event shows as a broken chain.
"""

from __future__ import annotations

import hashlib

from safetyworker.store.vault import Store, utc_now

GENESIS = "0" * 64


def _digest(prev: str, at: str, actor: str, action: str, target: str, detail: str) -> str:
    joined = "\x1f".join((prev, at, actor, action, target, detail))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def record(store: Store, action: str, target_id: str = "", detail: str = "") -> None:
    """Append an event inside the caller's transaction. ``detail`` is a code (a variant, a count), never text
    from a case."""
    row = store.db.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = utc_now()
    actor = store.device_id
    store.db.execute(
        "INSERT INTO audit_event (at, actor, action, target_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (at, actor, action, target_id, detail, prev, _digest(prev, at, actor, action, target_id, detail)),
    )


def verify_chain(store: Store) -> bool:
    prev = GENESIS
    for at, actor, action, target, detail, prev_hash, digest in store.db.execute(
        "SELECT at, actor, action, target_id, detail, prev_hash, hash FROM audit_event ORDER BY seq"
    ):
        if prev_hash != prev or digest != _digest(prev, at, actor, action, target, detail):
            return False
        prev = digest
    return True
