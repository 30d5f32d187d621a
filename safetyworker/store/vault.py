"""Creating, unlocking and closing a store: the one place where keys, files and the database meet.

Fail closed: a failed unlock writes nothing, and nothing here ever creates, replaces or downgrades a store
that is already there.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from ulid import ULID

from safetyworker.errors import StoreDamaged, StoreExists, StoreNotFound, WeakPassphrase
from safetyworker.events import Events
from safetyworker.fsutil import fsync_dir
from safetyworker.i18n import _
from safetyworker.keys import device_secret
from safetyworker.keys.slots import EVERYDAY, RECOVERY, KeySlotFile
from safetyworker.store import connection, db_errors, migrations
from safetyworker.store.serial import SerialConnection
from safetyworker.sync.hlc import HybridClock

DB_NAME = "store.db"
SLOTS_NAME = "keyslots.json"
MIN_PASSPHRASE = 10

PROTECTION_KEYRING = "os-keyring"
PROTECTION_REDUCED = "reduced"


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE or len(set(passphrase)) < 5:
        raise WeakPassphrase(
            _(
                "Choose a passphrase of at least {n} characters that is not a simple repeat. "
                "A few unrelated words are easy to remember and hard to guess."
            ).format(n=MIN_PASSPHRASE)
        )


def new_id() -> str:
    return str(ULID())


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def store_exists(folder: Path) -> bool:
    return (folder / DB_NAME).exists() or (folder / SLOTS_NAME).exists()


@dataclass(frozen=True)
class Protection:
    level: str
    description: str


def describe_protection(location: str) -> Protection:
    if location == device_secret.KEYRING:
        return Protection(PROTECTION_KEYRING, _("OS keyring: the store needs this laptop and the passphrase"))
    return Protection(
        PROTECTION_REDUCED,
        _("reduced protection: no OS keyring, so the device secret is in a file beside the store"),
    )


class Store:
    """An unlocked store. Holds an open connection; ``close()`` drops it (and with it the key)."""

    def __init__(self, folder: Path, conn: sqlcipher3.Connection, slots: KeySlotFile, recovered: bool) -> None:
        self.folder = folder
        # the GUI thread and background jobs share this one connection: only ever through the lock (serial.py)
        self.conn: SerialConnection | None = SerialConnection(conn)
        self.store_id = slots.store_id
        self.protection = describe_protection(slots.device_secret_location)
        self.recovered = recovered
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        self.device_id = meta["device_id"]
        self.role = meta.get("role", "worker")
        self.timezone = meta.get("timezone", "Europe/London")
        self.clock = HybridClock(self.device_id, meta.get("hlc_last"))
        self.events = Events()

    # -- life cycle ----------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        role: str = "worker",
        prepare: Callable[[Store, bytes, KeySlotFile], None] | None = None,
    ) -> Store:
        """A new store. ``prepare(store, data_key, slots)`` runs in the creation transaction, before the store appears
        under its real name, so a store set up for the office or from an enrolment file is whole or absent."""
        folder = Path(folder)
        if store_exists(folder):
            raise StoreExists(_("A store already exists in {folder}; it was left as it is.").format(folder=folder))
        check_passphrase_strength(passphrase)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        store_id, device_id = new_id(), new_id()
        data_key = secrets.token_bytes(32)
        secret, location = device_secret.create(folder, store_id)
        slots = KeySlotFile(store_id, location, b"")
        slots.set_device_secret(secret, location)
        slots.seal(EVERYDAY, passphrase, data_key, secret)
        slots.seal(RECOVERY, passphrase, data_key)

        tmp_db = folder / f".{DB_NAME}.creating"
        for leftover in (
            tmp_db,
            tmp_db.with_name(tmp_db.name + "-wal"),
            tmp_db.with_name(tmp_db.name + "-shm"),
        ):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        conn = connection.connect(tmp_db, data_key, create=True)
        try:
            migrations.migrate(conn)
            clock = HybridClock(device_id)
            rows = {
                "store_id": store_id,
                "device_id": device_id,
                "role": role,
                "created_at": utc_now(),
                "timezone": "Europe/London",
                "hlc_last": clock.now(),
            }
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", rows.items())
            conn.execute("COMMIT")
            if prepare is not None:
                draft = cls(folder, conn, slots, recovered=False)
                with draft.transaction():
                    prepare(draft, data_key, slots)
        finally:
            conn.close()
        os.chmod(tmp_db, 0o600)
        os.replace(tmp_db, folder / DB_NAME)
        slots.save(folder / SLOTS_NAME)
        fsync_dir(folder)
        return cls.unlock(folder, passphrase)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Store:
        folder = Path(folder)
        db_path, slots_path = folder / DB_NAME, folder / SLOTS_NAME
        if not store_exists(folder):
            raise StoreNotFound(
                _("There is no store in {folder}. Create one with 'safetyworker init'.").format(folder=folder)
            )
        slots = KeySlotFile.load(slots_path)
        connection.check_file(db_path)
        secret = device_secret.load(folder, slots.store_id, slots.device_secret_location)
        recovered = not slots.device_secret_matches(secret)
        if recovered:
            data_key = slots.open(RECOVERY, passphrase)
        else:
            data_key = slots.open(EVERYDAY, passphrase, secret)
        conn = connection.connect(db_path, data_key)
        try:
            store_id = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
            if not store_id or store_id[0] != slots.store_id:
                raise StoreDamaged(_("The key file and the database belong to different stores."))
            migrations.migrate(conn)
        except db_errors.DatabaseError as exc:
            conn.close()
            raise db_errors.translate(exc) from None
        except BaseException:
            conn.close()
            raise
        if recovered:
            # The device secret was lost: make a new one and a new everyday slot. The data key stays.
            new_secret, location = device_secret.create(folder, slots.store_id)
            slots.set_device_secret(new_secret, location)
            slots.seal(EVERYDAY, passphrase, data_key, new_secret)
            slots.save(slots_path)
        return cls(folder, conn, slots, recovered)

    def close(self) -> None:
        """Waits for a running statement or transaction (a background job) to finish, then closes."""
        self.events.clear()
        conn = self.conn
        if conn is not None:
            with conn.lock:
                self.conn = None
                conn.close(last=_checkpoint)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------------------
    @property
    def db(self) -> SerialConnection:
        """The connection, shared safely between threads: each statement holds the store's lock, and a
        transaction open on one thread makes the others wait (see store/serial.py)."""
        if self.conn is None:
            raise RuntimeError("the store is locked")
        return self.conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[SerialConnection]:
        """All or nothing: commits on success, rolls back on any error (and keeps the clock durable). Other
        threads wait until it ends; opening one inside another on the same thread is an error."""
        conn = self.db

        def keep_clock() -> None:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'hlc_last'", (self.clock.last,))

        try:
            with conn.transaction(before_commit=keep_clock):
                yield conn
        except BaseException as exc:
            translated = db_errors.translate(exc)
            if translated is not exc:
                raise translated from None
            raise

    def snapshot(self) -> contextlib.AbstractContextManager[SerialConnection]:
        """Several reads that must agree (each value of a bundle with its stamp): no other thread writes meanwhile."""
        return self.db.snapshot()

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default


def _checkpoint(conn: sqlcipher3.Connection) -> None:
    with contextlib.suppress(db_errors.DatabaseError):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def change_passphrase(folder: Path, old: str, new: str) -> None:
    """Re-wrap the data key under a new passphrase (both slots); the database is not touched."""
    folder = Path(folder)
    check_passphrase_strength(new)
    Store.unlock(folder, old).close()  # proves the old passphrase and repairs the everyday slot if needed
    slots = KeySlotFile.load(folder / SLOTS_NAME)
    secret = device_secret.load(folder, slots.store_id, slots.device_secret_location)
    data_key = slots.open(EVERYDAY, old, secret)
    slots.seal(EVERYDAY, new, data_key, secret)
    slots.seal(RECOVERY, new, data_key)
    slots.save(folder / SLOTS_NAME)


def reset_passphrase(folder: Path, data_key: bytes, new: str) -> None:
    """New key slots for a data key recovered through the office: proves the key opens this store first, then
    makes a new device secret and both passphrase slots. The database is not touched."""
    folder = Path(folder)
    check_passphrase_strength(new)
    slots = KeySlotFile.load(folder / SLOTS_NAME)
    connection.check_file(folder / DB_NAME)
    try:
        conn = connection.connect(folder / DB_NAME, data_key)
    except db_errors.DatabaseError as exc:
        raise db_errors.translate(exc) from None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
    finally:
        conn.close()
    if not row or row[0] != slots.store_id:
        raise StoreDamaged(_("The recovered key does not belong to this store. Nothing was changed."))
    secret, location = device_secret.create(folder, slots.store_id)
    slots.set_device_secret(secret, location)
    slots.seal(EVERYDAY, new, data_key, secret)
    slots.seal(RECOVERY, new, data_key)
    slots.save(folder / SLOTS_NAME)
