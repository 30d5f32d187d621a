"""Opening the SQLCipher database: key first, verify, then the safety settings of DESIGN.md."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from safetyworker.errors import NotAStore, StoreDamaged
from safetyworker.i18n import _
from safetyworker.store import db_errors

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096
#: The ``meta`` row that turns SQLCipher's memory wiping on for this store (store/settings.py); off when absent.
MEMORY_SECURITY_KEY = "cipher_memory_security"


def check_file(db_path: Path) -> None:
    """Refuse files that cannot be a store before any key is tried on them."""
    try:
        size = db_path.stat().st_size
        with open(db_path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise StoreDamaged(_("The store's database file is missing.")) from None
    if head == SQLITE_HEADER:
        raise NotAStore(
            _("This is an unencrypted SQLite file, not a Safety Worker store. It was not opened or changed.")
        )
    wal = db_path.with_name(db_path.name + "-wal")
    if size == 0 or (size % PAGE_SIZE and not wal.exists()):
        raise StoreDamaged(
            _(
                "The store's database is incomplete (it looks cut short), so it cannot be read. "
                "Nothing was changed. Restore it from a backup or ask the office for help."
            )
        )


def connect(db_path: Path, data_key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    if not create:
        check_file(db_path)
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise StoreDamaged(_("This SQLite library has no encryption; refusing to use it."))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not create:
            _check_length(conn, db_path)
            if memory_security_wanted(conn):
                conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA busy_timeout = 3000")
    except db_errors.DatabaseError as exc:
        conn.close()
        raise db_errors.translate(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def memory_security_wanted(conn: sqlcipher3.Connection) -> bool:
    """The store's memory-security setting: off unless turned on (SQLCipher's own default since 4.5).

    Read after the key is verified, since the setting is inside the encrypted store. SQLCipher applies the
    pragma to the whole process, and once on it stays on until the program ends."""
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not has_meta:
        return False
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (MEMORY_SECURITY_KEY,)).fetchone()
    return bool(row) and row[0] == "on"


def _check_length(conn: sqlcipher3.Connection, db_path: Path) -> None:
    """A file shorter than the page count in its header was cut short (copied half-way, disk trouble)."""
    if db_path.with_name(db_path.name + "-wal").exists():
        return
    # SQLCipher answers ``page_size`` as text once a key is set
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    if os.path.getsize(db_path) < page_size * pages:
        raise StoreDamaged(
            _(
                "The store's database is incomplete (it looks cut short), so it cannot be read. "
                "Nothing was changed. Restore it from a backup or ask the office for help."
            )
        )
