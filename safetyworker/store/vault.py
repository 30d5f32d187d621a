"""Creating, unlocking and closing a store: the one place where keys, files and the database meet.

Fail closed: a failed unlock writes nothing but a count of failures (store/unlock_failures.py), and nothing
here ever creates, replaces or downgrades a store
that is already there.
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from safetyworker.errors import (
    EnvironmentProblem,
    KeyringUnavailable,
    StoreDamaged,
    StoreExists,
    StoreNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from safetyworker.events import Events
from safetyworker.fsutil import fsync_dir
from safetyworker.i18n import _
from safetyworker.keys import device_secret, strength
from safetyworker.keys import without_keyring as keyring_choice
from safetyworker.keys.slots import EVERYDAY, RECOVERY, KeySlotFile
from safetyworker.store import connection, db_errors, migrations, permissions, unlock_failures
from safetyworker.store.hlc import HybridClock
from safetyworker.store.serial import SerialConnection

DB_NAME = "store.db"
SLOTS_NAME = "keyslots.json"
#: The key file of a store being created, until the store is whole (see ``Store.create``).
PENDING_SLOTS_NAME = ".keyslots.json.creating"
MIN_PASSPHRASE = strength.MIN_LENGTH

PROTECTION_KEYRING = "os-keyring"
PROTECTION_REDUCED = "reduced"

#: What to do when the OS keyring will not give or keep the device secret: keys/without_keyring.py.
ASK, ONCE, FILE = keyring_choice.ASK, keyring_choice.ONCE, keyring_choice.FILE
WITHOUT_KEYRING_CHOICES = keyring_choice.CHOICES


def check_passphrase_strength(passphrase: str, related: tuple[str, ...] = ()) -> None:
    """Refuse a passphrase that is easy to guess (keys/strength.py: zxcvbn score below 3, or too short), with a
    kind hint saying what would make it stronger."""
    judged = strength.estimate(passphrase, related)
    if not judged.acceptable:
        raise WeakPassphrase(judged.hint or _("Choose a passphrase: a few unrelated words are easy to remember."))


def new_id() -> str:
    # python-ulid is imported at the first new id, not with the store: it loads importlib.metadata (15 ms
    # before the main window could paint, issue 18)
    from ulid import ULID

    return str(ULID())


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def no_permission(folder: Path) -> EnvironmentProblem:
    """The one message for a store folder this user account may not use (another user's, or mode 000)."""
    return EnvironmentProblem(
        _(
            "The store folder {folder} cannot be used from this user account: it belongs to another user, or its "
            "permissions do not let this account read and write it. Nothing was changed. Open the store from the "
            "account that made it, or ask whoever looks after this computer to put the folder's permissions right."
        ).format(folder=folder)
    )


def store_exists(folder: Path) -> bool:
    try:
        return (folder / DB_NAME).exists() or (folder / SLOTS_NAME).exists()
    except PermissionError:
        raise no_permission(folder) from None


def _plain_permission_errors(method: Callable[..., Store]) -> Callable[..., Store]:
    """Creating or opening a store in a folder this account may not use is the person's problem to solve, not a
    bug: one plain message (exit 1) instead of a traceback, whichever file the refusal came from."""

    @functools.wraps(method)
    def wrapper(cls: type[Store], folder: Path, *args: Any, **kwargs: Any) -> Store:
        try:
            return method(cls, folder, *args, **kwargs)
        except PermissionError:
            raise no_permission(Path(folder)) from None

    return wrapper


def read_key_slots(folder: Path) -> KeySlotFile:
    """The store's key file; for a store whose creation stopped after its database was in place, the key file
    that was about to join it (``unlock`` finishes the job once the passphrase proves it belongs)."""
    folder = Path(folder)
    path = folder / SLOTS_NAME
    if not path.exists() and (folder / DB_NAME).exists() and (folder / PENDING_SLOTS_NAME).exists():
        path = folder / PENDING_SLOTS_NAME
    return KeySlotFile.load(path)


def _discard_unfinished(folder: Path) -> None:
    """Remove what a creation that stopped before its database was in place left behind (no store exists, so
    nothing here is anyone's data): the half-made database, the key file that was waiting, temp files."""
    pending = folder / PENDING_SLOTS_NAME
    if pending.exists():
        with contextlib.suppress(StoreDamaged):
            device_secret.forget(KeySlotFile.load(pending).store_id)
    tmp_db = folder / f".{DB_NAME}.creating"
    leftovers = [pending, tmp_db, tmp_db.with_name(tmp_db.name + "-wal"), tmp_db.with_name(tmp_db.name + "-shm")]
    leftovers += [p for p in folder.glob(".tmp-*") if p.is_file()]
    for leftover in leftovers:
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


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

    #: Opened with the passphrase alone this time because the keyring would not answer (``ONCE``): nothing was
    #: written, and the next unlock asks the keyring again.
    keyring_skipped: bool = False

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
    @_plain_permission_errors
    def create(
        cls,
        folder: Path,
        passphrase: str,
        role: str = "worker",
        prepare: Callable[[Store, bytes, KeySlotFile], None] | None = None,
        *,
        without_keyring: str = ASK,
    ) -> Store:
        """A new store. ``prepare(store, data_key, slots)`` runs in the creation transaction, before the store appears
        under its real name, so a store set up for the office or from an enrolment file is whole or absent.

        The device secret goes into the keyring; into a file where this laptop has no keyring at all (shown as
        reduced protection), or where the keyring is locked or fails only if ``without_keyring`` is ``FILE``
        (otherwise ``KeyringUnavailable``, before anything is written)."""
        folder = Path(folder)
        if store_exists(folder):
            raise StoreExists(_("A store already exists in {folder}; it was left as it is.").format(folder=folder))
        check_passphrase_strength(passphrase)
        permissions.refuse_unsafe_folder(folder)
        folder.mkdir(parents=True, exist_ok=True, mode=permissions.FOLDER_MODE)
        _discard_unfinished(folder)
        store_id, device_id = new_id(), new_id()
        data_key = secrets.token_bytes(32)
        secret, location = device_secret.create(folder, store_id, file_ok=without_keyring == FILE, creating=True)
        slots = KeySlotFile(store_id, location, b"")
        slots.set_device_secret(secret, location)
        slots.seal(EVERYDAY, passphrase, data_key, secret)
        slots.seal(RECOVERY, passphrase, data_key)

        tmp_db = folder / f".{DB_NAME}.creating"
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
        # All or nothing: the key file is written whole under a waiting name first, then the database and the key
        # file are renamed into place. Stopped before the database is in place: no store (``init`` clears the
        # leftovers). Stopped between the two renames: a store that opens (``unlock`` finishes the job).
        os.chmod(tmp_db, 0o600)
        slots.save(folder / PENDING_SLOTS_NAME)
        os.replace(tmp_db, folder / DB_NAME)
        fsync_dir(folder)
        os.replace(folder / PENDING_SLOTS_NAME, folder / SLOTS_NAME)
        fsync_dir(folder)
        return cls.unlock(folder, passphrase, without_keyring=without_keyring)

    @classmethod
    @_plain_permission_errors
    def unlock(cls, folder: Path, passphrase: str, *, without_keyring: str = ASK) -> Store:
        """Open the store. A keyring entry that is missing means the secret is gone: the recovery slot opens the
        store and a new secret goes into the keyring. A keyring that is locked, fails, or cannot keep a new
        secret is the worker's choice (``without_keyring``): by default ``KeyringUnavailable`` with nothing
        written; the secret of a keyring store never moves into a file unless the worker chose ``FILE``."""
        folder = Path(folder)
        db_path, slots_path = folder / DB_NAME, folder / SLOTS_NAME
        if not store_exists(folder):
            raise StoreNotFound(
                _("There is no store in {folder}. Create one with 'safetyworker init'.").format(folder=folder)
            )
        slots = read_key_slots(folder)
        unfinished = not slots_path.exists()
        connection.check_file(db_path)
        keyring_failed = False
        try:
            secret = device_secret.load(folder, slots.store_id, slots.device_secret_location)
        except KeyringUnavailable:
            if without_keyring == ASK:
                raise
            secret, keyring_failed = None, True
        recovered = not slots.device_secret_matches(secret)
        try:
            if recovered:
                data_key = slots.open(RECOVERY, passphrase)
            else:
                data_key = slots.open(EVERYDAY, passphrase, secret)
        except WrongPassphrase:
            # the one thing a failed unlock writes: a plain count, for the trail at the next unlock (docs/audit.md)
            unlock_failures.add_one(folder)
            raise
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
        skip = False
        if recovered and not (keyring_failed and without_keyring == ONCE):
            # The device secret was lost: make a new one and a new everyday slot. The data key stays. A secret that
            # was in a file may go back to a file; one that was in the keyring only if the worker agreed.
            was_file = slots.device_secret_location == device_secret.FILE
            try:
                new_secret, location = device_secret.create(
                    folder, slots.store_id, file_ok=without_keyring == FILE or was_file, file_if_no_keyring=was_file
                )
            except KeyringUnavailable:
                if without_keyring != ONCE:
                    conn.close()
                    raise
                skip = True
            else:
                slots.set_device_secret(new_secret, location)
                slots.seal(EVERYDAY, passphrase, data_key, new_secret)
        elif recovered:
            skip = True
        if (recovered and not skip) or unfinished:
            # unfinished: the passphrase and the store id prove the waiting key file belongs, so put it in place
            slots.save(slots_path)
        if unfinished:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(folder / PENDING_SLOTS_NAME)
            fsync_dir(folder)
        store = cls(folder, conn, slots, recovered)
        store.keyring_skipped = skip
        return store

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
    # New key slots, like a creation: a laptop with no keyring at all gets a file (shown as reduced protection);
    # a locked or failing keyring stops here with nothing written, to be unlocked and tried again.
    was_file = slots.device_secret_location == device_secret.FILE
    secret, location = device_secret.create(folder, slots.store_id, file_ok=was_file, creating=True)
    slots.set_device_secret(secret, location)
    slots.seal(EVERYDAY, new, data_key, secret)
    slots.seal(RECOVERY, new, data_key)
    slots.save(folder / SLOTS_NAME)
