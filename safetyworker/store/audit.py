"""The audit trail: who did what to which record, and when; never case content.

Each event chains the hash of the one before, so a removed or edited event shows as a broken chain. Where the
trail ends (how many events were written, the last one's hash) is kept in ``meta`` beside it, so a trail cut
short at its end shows too; bundles carry that head to the office (sync/audit_trail.py). docs/audit.md.

The event codes other parts of the app record are named here (``CASELOAD_LIST``, ``BACKUP_WRITE``...): call
``record(store, CODE, target_id, detail)`` inside the transaction that does the thing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from safetyworker.i18n import _, _n
from safetyworker.store import unlock_failures
from safetyworker.store.vault import Store, utc_now

GENESIS = "0" * 64

# -- event codes (docs/audit.md lists them all) ------------------------------------------------------------
#: The caseload was listed (detail: how many cases) or searched (detail: how many found; never the query).
CASELOAD_LIST = "caseload.list"
CASELOAD_SEARCH = "caseload.search"
#: The store was opened and locked again (every unlock: the desktop's and each command's).
STORE_UNLOCK = "store.unlock"
STORE_LOCK = "store.lock"
#: Wrong passphrases typed since the last unlock (detail: how many), recorded at the next unlock.
UNLOCK_FAILED = "store.unlock_failed"
#: A backup written (target: the backup's id, detail: a code); a store restored from one.
BACKUP_WRITE = "backup.write"
BACKUP_RESTORE = "backup.restore"
#: A retention run (detail: counts as ``cases=N``); a subject access export (target: the case id, detail: the
#: format, ``+third_parties`` when they were included).
RETENTION_RUN = "retention.run"
SUBJECT_ACCESS_EXPORT = "subject_access.export"
#: The trail itself was listed or exported as CSV (detail: how many events).
AUDIT_LIST = "audit.list"
AUDIT_EXPORT = "audit.export"
#: Office: a laptop's bundle carried a trail that does not extend the one seen before (target: the worker id,
#: detail: what was found, e.g. ``cut``).
AUDIT_PEER_BROKEN = "audit.peer_broken"

# What an event may hold: codes and ids, never a word a person typed. Checked before events leave a laptop and
# when a bundle brings them to the office.
ACTION_RE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")
ID_RE = re.compile(r"[A-Za-z0-9_:.-]*")
DETAIL_RE = re.compile(r"[A-Za-z0-9_.:=,+-]*")
HASH_RE = re.compile(r"[0-9a-f]{64}")
AT_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
MAX_CODE = 64
MAX_ID = 64
MAX_DETAIL = 80

# -- what verification finds ----------------------------------------------------------------------------------
EDITED = "edited"
REMOVED = "removed"
REORDERED = "reordered"
CUT = "cut"
ADDED = "added"
END_MISSING = "end_missing"


@dataclass(frozen=True)
class Event:
    seq: int
    at: str
    actor: str
    action: str
    target_id: str
    detail: str
    prev_hash: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Problem:
    """The first broken link: ``seq`` is the event where it shows (for ``CUT``, the last event left)."""

    kind: str
    seq: int
    message: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Verdict:
    count: int
    head: str
    problem: Problem | None

    @property
    def intact(self) -> bool:
        return self.problem is None

    def to_json(self) -> dict[str, Any]:
        return {
            "intact": self.intact,
            "events": self.count,
            "head": self.head,
            "problem": self.problem.to_json() if self.problem else None,
        }


def digest(prev: str, at: str, actor: str, action: str, target: str, detail: str) -> str:
    joined = "\x1f".join((prev, at, actor, action, target, detail))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def record(store: Store, action: str, target_id: str = "", detail: str = "") -> None:
    """Append an event inside the caller's transaction. ``detail`` is a code (a variant, a count), never text
    from a case. Moves the head kept in ``meta`` on by one (never recomputed from the rows: a cut stays visible).
    An event that is not codes and ids is a bug, refused here where it is written, not later when a bundle
    would carry it (``safe_to_send``)."""
    record_in(store.db, store.device_id, action, target_id, detail)


def record_in(db: Any, actor: str, action: str, target_id: str = "", detail: str = "") -> None:
    """``record`` on a database connection not (yet) opened as a store: a restored copy gets its own
    ``backup.restore`` entry before it is moved into place (store/backup.py), so the two are never apart."""
    if not (
        len(action) <= MAX_CODE
        and ACTION_RE.fullmatch(action)
        and len(target_id) <= MAX_ID
        and ID_RE.fullmatch(target_id)
        and len(detail) <= MAX_DETAIL
        and DETAIL_RE.fullmatch(detail)
    ):
        raise ValueError(f"audit event {action!r} must hold codes and ids only: {target_id!r} {detail!r}")
    row = db.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = utc_now()
    new = digest(prev, at, actor, action, target_id, detail)
    db.execute(
        "INSERT INTO audit_event (at, actor, action, target_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (at, actor, action, target_id, detail, prev, new),
    )
    db.execute(
        "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'audit_count'",
    )
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)", (new,))


def note_unlock(store: Store) -> None:
    """At every successful unlock: the unlock, and the wrong passphrases counted since (store/unlock_failures.py)."""
    failures = unlock_failures.read(store.folder)
    with store.transaction():
        if failures:
            record(store, UNLOCK_FAILED, detail=str(failures))
        record(store, STORE_UNLOCK)
    if failures:
        unlock_failures.clear(store.folder)


def note_lock(store: Store) -> None:
    with store.transaction():
        record(store, STORE_LOCK)


# -- reading -------------------------------------------------------------------------------------------------
_COLUMNS = "seq, at, actor, action, target_id, detail, prev_hash, hash"


def events(store: Store, case_id: str | None = None, since: str | None = None, after_seq: int = 0) -> list[Event]:
    """The trail in order, or the events about one case (``target_id``), or those at or after ``since`` (an ISO
    date or moment, UTC)."""
    sql = f"SELECT {_COLUMNS} FROM audit_event WHERE seq > ?"
    args: list[Any] = [after_seq]
    if case_id:
        sql += " AND target_id = ?"
        args.append(case_id)
    if since:
        sql += " AND at >= ?"
        args.append(since)
    return [Event(*row) for row in store.db.execute(sql + " ORDER BY seq", args)]


def head(store: Store) -> tuple[int, str]:
    """(events written, the last one's hash) as kept in ``meta``."""
    count = store.meta("audit_count")
    return (int(count) if count and count.isdigit() else 0), store.meta("audit_head") or ""


def safe_to_send(event: Event) -> bool:
    """Codes and ids only: what may leave the laptop in a bundle (and what the office accepts)."""
    return bool(
        len(event.action) <= MAX_CODE
        and ACTION_RE.fullmatch(event.action)
        and len(event.actor) <= MAX_ID
        and ID_RE.fullmatch(event.actor)
        and len(event.target_id) <= MAX_ID
        and ID_RE.fullmatch(event.target_id)
        and len(event.detail) <= MAX_DETAIL
        and DETAIL_RE.fullmatch(event.detail)
        and AT_RE.fullmatch(event.at)
        and HASH_RE.fullmatch(event.prev_hash)
        and HASH_RE.fullmatch(event.hash)
    )


# -- verifying -----------------------------------------------------------------------------------------------
def check_rows(rows: Sequence[Event], prev_hash: str = GENESIS, prev_seq: int = 0) -> Problem | None:
    """The first broken link in ``rows`` (in seq order), which should follow an event ``prev_seq`` whose hash is
    ``prev_hash`` (the start of the trail by default). Each event's hash must be its own content's, and each must
    name the hash of the one before it."""
    position = {row.hash: i for i, row in enumerate(rows)}
    expected, expected_seq = prev_hash, prev_seq
    for i, row in enumerate(rows):
        if row.hash != digest(row.prev_hash, row.at, row.actor, row.action, row.target_id, row.detail):
            return Problem(EDITED, row.seq, _("Event {seq} was changed after it was written.").format(seq=row.seq))
        if row.prev_hash != expected:
            found = position.get(row.prev_hash)
            if found is not None and found > i:
                return Problem(
                    REORDERED,
                    row.seq,
                    _("Event {seq} is out of order: it was written after event {other}, which now comes later.").format(
                        seq=row.seq, other=rows[found].seq
                    ),
                )
            if found is not None and found < i:
                return Problem(
                    ADDED,
                    expected_seq,
                    _("Event {seq} was put into the trail afterwards: event {next} follows event {before}.").format(
                        seq=expected_seq, next=row.seq, before=rows[found].seq
                    ),
                )
            if row.seq != expected_seq + 1:
                return Problem(
                    REMOVED,
                    row.seq,
                    _("Events are missing before event {seq}: it does not follow event {prev}.").format(
                        seq=row.seq, prev=expected_seq
                    )
                    if expected_seq
                    else _("Events are missing from the start of the trail, before event {seq}.").format(seq=row.seq),
                )
            return Problem(
                EDITED,
                expected_seq,
                _(
                    "Event {seq} was changed and its hash made again, so the event after it no longer follows it."
                ).format(seq=expected_seq),
            )
        expected, expected_seq = row.hash, row.seq
    return None


def check_end(rows: Sequence[Event], count: int, head_hash: str, start_count: int = 0) -> Problem | None:
    """Whether ``rows`` (after ``start_count`` earlier events) end where the head says the trail ends."""
    held = start_count + len(rows)
    last_seq = rows[-1].seq if rows else 0
    last_hash = rows[-1].hash if rows else ""
    if count > held:
        return Problem(
            CUT,
            last_seq,
            _n_cut(count - held, last_seq),
        )
    if count < held:
        return Problem(
            ADDED,
            last_seq,
            _n(
                "The trail holds {n} more event than was written through the app.",
                "The trail holds {n} more events than were written through the app.",
                held - count,
            ).format(n=held - count),
        )
    if count and head_hash != last_hash:
        return Problem(
            EDITED,
            last_seq,
            _("The last event ({seq}) is not the one the app wrote last: it was replaced.").format(seq=last_seq),
        )
    return None


def _n_cut(missing: int, last_seq: int) -> str:
    if last_seq:
        return _n(
            "The trail was cut off at the end: {n} event after event {seq} is missing.",
            "The trail was cut off at the end: {n} events after event {seq} are missing.",
            missing,
        ).format(n=missing, seq=last_seq)
    return _n(
        "The trail was cut off: its only event is missing.",
        "The trail was cut off: all {n} events are missing.",
        missing,
    ).format(n=missing)


def verify(store: Store) -> Verdict:
    """The whole chain, then its end against the head kept in ``meta``."""
    rows = events(store)
    count, head_hash = head(store)
    problem = check_rows(rows)
    if problem is None:
        if store.meta("audit_count") is None:
            problem = Problem(
                END_MISSING,
                rows[-1].seq if rows else 0,
                _("The record of where the trail ends is missing, so events cut from its end cannot be ruled out."),
            )
        else:
            problem = check_end(rows, count, head_hash)
    return Verdict(len(rows), rows[-1].hash if rows else GENESIS, problem)


def verify_chain(store: Store) -> bool:
    return verify(store).intact
