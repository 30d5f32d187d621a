"""A laptop's audit trail, carried to the office in its bundles (docs/audit.md).

Every bundle's signed manifest carries its sender's head (``audit_head``: how many events, the last one's seq and
hash). A laptop's bundle also carries its events the office has not yet acknowledged, each checked to hold only
codes and ids before it leaves. The office keeps each laptop's trail and the head it last saw, and checks that a
new bundle's trail extends that head. One that does not (cut at its end, rewritten, an older copy restored) is
imported with a loud warning, not refused: refusing would stop the worker's case updates reaching the office,
and a restored backup shortens a trail for a good reason. The earlier events are kept as evidence; the break is
recorded in the office's own trail (``audit.peer_broken``) and shown at import and in the Audit view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from safetyworker.i18n import N_, _
from safetyworker.store import audit
from safetyworker.store.audit import Event
from safetyworker.store.vault import Store, utc_now
from safetyworker.sync.authority import BundleRefused

#: A bundle carrying more events than this is refused: no laptop writes that many between two bundles.
MAX_EVENTS = 500_000
INVALID_TRAIL = "refused.audit_trail"

# What the office found (the detail of ``audit.peer_broken``).
CUT = "cut"
REWRITTEN = "rewritten"
BROKEN = "broken"
INCOMPLETE = "incomplete"
PROBLEM_TEXT = {
    # whole sentences: shown on their own (the Audit view) and after "Warning: ..." (a bundle's import)
    CUT: N_(
        "The laptop's audit trail was cut: events written since its last bundle are missing, or an older copy was "
        "restored."
    ),
    REWRITTEN: N_(
        "The laptop's audit trail no longer extends the one in its last bundle: events were changed or replaced."
    ),
    BROKEN: N_("The laptop's audit trail does not hold together: an event was changed, removed or moved."),
    INCOMPLETE: N_("The laptop's audit trail says it holds events the bundle does not carry."),
}


def problem_text(code: str) -> str:
    text = PROBLEM_TEXT.get(code)
    return _(text) if text else code


def head_of(store: Store) -> dict[str, Any]:
    """This store's head for a manifest."""
    count, head_hash = audit.head(store)
    row = store.db.execute("SELECT seq FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    return {"count": count, "seq": row[0] if row else 0, "hash": head_hash}


def outgoing(store: Store, acked_seq: int) -> tuple[list[dict[str, Any]], int]:
    """Events past ``acked_seq`` (the office has the rest), with the last acknowledged one as an anchor, and the
    seq reached. An event holding anything but codes and ids stops the bundle: it must not leave the laptop."""
    rows = audit.events(store, after_seq=max(0, acked_seq - 1))
    for row in rows:
        if not audit.safe_to_send(row):
            raise RuntimeError(f"audit event {row.seq} holds more than codes and ids; not sent")
    return [row.to_json() for row in rows], rows[-1].seq if rows else acked_seq


# -- office ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Carried:
    count: int
    seq: int
    hash: str
    events: list[Event]


def read_carried(manifest: dict[str, Any], payload: dict[str, Any], name: str) -> Carried | None:
    """The head and events a laptop's bundle carries, checked as any incoming value is (read-only, before the
    import): anything but codes and ids, or a malformed event, refuses the whole bundle. None for a bundle from a
    version that carried no trail."""
    raw_head = manifest.get("audit_head")
    raw_events = payload.get("audit")
    if raw_head is None and raw_events is None:
        return None
    if raw_events is None:  # no events: the head alone is checked (a head that moved on is "incomplete")
        raw_events = []

    def refuse() -> BundleRefused:
        return BundleRefused(
            INVALID_TRAIL,
            _(
                "{name} carries an audit trail that is damaged or holds more than codes: refused. Nothing was changed."
            ).format(name=name),
        )

    if not isinstance(raw_head, dict) or not isinstance(raw_events, list) or len(raw_events) > MAX_EVENTS:
        raise refuse()
    count, seq, head_hash = raw_head.get("count"), raw_head.get("seq"), raw_head.get("hash")
    if not (
        isinstance(count, int)
        and isinstance(seq, int)
        and isinstance(head_hash, str)
        and count >= 0
        and seq >= 0
        and (head_hash == "" or audit.HASH_RE.fullmatch(head_hash))
    ):
        raise refuse()
    events = []
    fields = ("seq", "at", "actor", "action", "target_id", "detail", "prev_hash", "hash")
    for item in raw_events:
        if not isinstance(item, dict) or set(item) != set(fields):
            raise refuse()
        values = [item[f] for f in fields]
        if not isinstance(values[0], int) or isinstance(values[0], bool) or values[0] < 1:
            raise refuse()
        if not all(isinstance(v, str) for v in values[1:]):
            raise refuse()
        event = Event(*values)
        if not audit.safe_to_send(event):
            raise refuse()
        events.append(event)
    if [e.seq for e in events] != sorted({e.seq for e in events}):
        raise refuse()
    return Carried(count, seq, head_hash, events)


def take(store: Store, peer_id: str, carried: Carried | None, newest: bool) -> str:
    """Inside the import's transaction: keep the events the office has not seen, and check the trail extends the
    head seen before. Returns '' or a problem code (also recorded in the office's trail). ``newest``: only the
    newest bundle from a laptop moves the head on (an older one arriving late carries an older head)."""
    if carried is None:
        return ""
    state = store.db.execute(
        "SELECT epoch, count, last_seq, head FROM audit_peer WHERE peer_id = ?", (peer_id,)
    ).fetchone()
    epoch, count, last_seq, head_hash = state if state else (1, 0, 0, "")
    stored = {
        seq: digest
        for seq, digest in store.db.execute(
            "SELECT seq, hash FROM audit_peer_event WHERE peer_id = ? AND epoch = ? AND seq <= ? AND seq >= ?",
            (peer_id, epoch, last_seq, carried.events[0].seq if carried.events else last_seq + 1),
        )
    }
    problem = ""
    events = carried.events
    if events and audit.check_rows(events, events[0].prev_hash, events[0].seq - 1) is not None:
        problem = BROKEN  # the carried events do not hold together among themselves
    if not problem and any(e.seq in stored and stored[e.seq] != e.hash for e in events):
        problem = REWRITTEN  # an event the office saw before is not the same any more
    fresh = [e for e in events if e.seq > last_seq]
    if not problem and fresh:
        if state is not None and (fresh[0].seq != last_seq + 1 or fresh[0].prev_hash != (head_hash or audit.GENESIS)):
            problem = REWRITTEN  # the new events do not follow the last one seen
        elif state is None and fresh[0].seq == 1 and fresh[0].prev_hash != audit.GENESIS:
            problem = BROKEN
    if not problem and newest:
        if carried.seq < last_seq or carried.count < count:
            problem = CUT if carried.count < count else REWRITTEN
        elif fresh and (carried.hash != fresh[-1].hash or carried.seq != fresh[-1].seq):
            problem = INCOMPLETE
        elif not fresh and state is not None and carried.hash != head_hash:
            problem = REWRITTEN if carried.seq <= last_seq else INCOMPLETE
        elif state is not None and carried.count != count + len(fresh):
            problem = CUT  # more (or fewer) events written than the trail holds: some were taken out
    if problem:
        # Keep what was seen as evidence; what this bundle carries starts a new epoch.
        epoch, fresh = epoch + 1, carried.events
        audit.record(store, audit.AUDIT_PEER_BROKEN, peer_id, problem)
    elif not newest:
        return ""
    store.db.executemany(
        "INSERT OR IGNORE INTO audit_peer_event (peer_id, epoch, seq, at, actor, action, target_id, detail, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(peer_id, epoch, e.seq, e.at, e.actor, e.action, e.target_id, e.detail, e.prev_hash, e.hash) for e in fresh],
    )
    if newest or problem:
        store.db.execute(
            "INSERT INTO audit_peer (peer_id, epoch, count, last_seq, head, seen_at, problem, problem_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (peer_id) DO UPDATE SET epoch = excluded.epoch, "
            "count = excluded.count, last_seq = excluded.last_seq, head = excluded.head, seen_at = excluded.seen_at, "
            "problem = CASE WHEN excluded.problem != '' THEN excluded.problem ELSE audit_peer.problem END, "
            "problem_at = CASE WHEN excluded.problem != '' THEN excluded.problem_at ELSE audit_peer.problem_at END",
            (
                peer_id,
                epoch,
                carried.count,
                carried.seq,
                carried.hash,
                utc_now(),
                problem,
                utc_now() if problem else "",
            ),
        )
    return problem
