"""Encrypted backups of a store, and restoring one (docs/backups.md).

A backup is one file: a neutral header line, a small header (the store id, when it was made, the store's key
file, the database's size and SHA-256), then the database as SQLCipher wrote it, encrypted with the store's own
data key. Nothing in it is plaintext case data, and it opens with the passphrase the store had when the backup
was made, through the key file's recovery slot: no device secret (keyring) is needed, so a backup restores on a
new laptop when the old one is lost. The device secret (and a reduced-protection ``device-secret`` file) is
never copied: the first unlock of a restored store makes a new one, as after a lost keyring entry.

Writing: ``sqlcipher_export`` copies the open database into a new file under a temp name in the chosen folder
(an attached database with no key takes the main database's key, so the copy is encrypted the same way); the
backup file is written under another temp name, fsynced, read back and its database opened and checked; only
then is it renamed to its final name. A crash at any moment leaves no half file under a final name.

Restoring writes into a new or empty folder by the steps ``Store.create`` uses (the database under a waiting
name, then the key file, then the renames), after the whole backup was read and its database opened with the
passphrase and checked; replacing a store moves the old one aside first, never deletes it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from safetyworker import safejson
from safetyworker.errors import EnvironmentProblem, NotAStore, StoreDamaged, StoreExists, WrongPassphrase
from safetyworker.fsutil import fsync_dir
from safetyworker.i18n import _
from safetyworker.keys.slots import RECOVERY, KeySlotFile
from safetyworker.store import audit, connection, db_errors, migrations, permissions
from safetyworker.store.vault import (
    DB_NAME,
    PENDING_SLOTS_NAME,
    SLOTS_NAME,
    Store,
    _discard_unfinished,
    store_exists,
    utc_now,
)

#: The first line of every backup: says what the file is without naming the app or anything about its people.
MAGIC = b"ENCRYPTED-BACKUP/1\n"
FORMAT = "backup/1"
MAX_HEADER = 256 * 1024
#: Final names: ``backup-20261207-031500.enc`` (``-2``... when two are made in the same second). Only files with
#: such a name whose header carries this store's id are ever rotated.
NAME_PATTERN = re.compile(r"backup-(\d{8}-\d{6})(?:-(\d+))?\.enc")
SUFFIX = ".enc"
#: Temp names in the chosen folder while a backup is written; a crash can leave them (encrypted), and the next
#: backup of the same folder removes them.
PARTIAL_PREFIX = ".backup-partial-"
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Header:
    store_id: str
    created_at: str
    schema_version: int
    key_slots: bytes
    database_size: int
    database_sha256: str
    #: where the database starts in the file
    offset: int

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "store_id": self.store_id,
            "created_at": self.created_at,
            "schema_version": self.schema_version,
            "key_slots": base64.b64encode(self.key_slots).decode("ascii"),
            "database_size": self.database_size,
            "database_sha256": self.database_sha256,
        }


def _not_a_backup(path: Path) -> NotAStore:
    return NotAStore(
        _("{path} is not a backup made by this app (or it is damaged beyond reading). Nothing was changed.").format(
            path=path
        )
    )


def _damaged(path: Path) -> StoreDamaged:
    return StoreDamaged(
        _(
            "The backup {path} is damaged (cut short or changed since it was made), so it cannot be used. "
            "Nothing was changed. Try another backup."
        ).format(path=path)
    )


def read_header(path: Path) -> Header:
    """The header of the backup at ``path``, checked field by field; anything else is refused (nothing is
    decrypted here)."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            if f.read(len(MAGIC)) != MAGIC:
                raise _not_a_backup(path)
            size_bytes = f.read(4)
            length = int.from_bytes(size_bytes, "big") if len(size_bytes) == 4 else -1
            if not 0 < length <= MAX_HEADER:
                raise _damaged(path)
            raw = f.read(length)
            total = os.fstat(f.fileno()).st_size
    except FileNotFoundError:
        raise EnvironmentProblem(_("There is no file {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise EnvironmentProblem(_("{path} is a folder; give a backup file.").format(path=path)) from None
    if len(raw) != length:
        raise _damaged(path)
    try:
        doc = safejson.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("format")
        fields = (doc["store_id"], doc["created_at"], doc["database_sha256"])
        if not all(isinstance(v, str) and 0 < len(v) <= 200 for v in fields):
            raise ValueError("text")
        numbers = (doc["schema_version"], doc["database_size"])
        if not all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 2**53 for n in numbers):
            raise ValueError("number")
        key_slots = base64.b64decode(str(doc["key_slots"]), validate=True)
    except (KeyError, TypeError, ValueError, UnicodeDecodeError):
        raise _damaged(path) from None
    offset = len(MAGIC) + 4 + length
    if total != offset + doc["database_size"]:
        raise _damaged(path)
    return Header(
        doc["store_id"],
        doc["created_at"],
        doc["schema_version"],
        key_slots,
        doc["database_size"],
        doc["database_sha256"],
        offset,
    )


def _slots_of(header: Header, path: Path) -> KeySlotFile:
    try:
        slots = KeySlotFile.from_bytes(header.key_slots)
    except StoreDamaged:
        raise _damaged(path) from None
    if slots.store_id != header.store_id:
        raise _damaged(path)
    return slots


def _copy_database(path: Path, header: Header, out: IO[bytes]) -> None:
    """Copy the database part of the backup to ``out``, checking its length and hash as it goes."""
    digest = hashlib.sha256()
    left = header.database_size
    with open(path, "rb") as f:
        f.seek(header.offset)
        while left:
            chunk = f.read(min(_CHUNK, left))
            if not chunk:
                raise _damaged(path)
            digest.update(chunk)
            out.write(chunk)
            left -= len(chunk)
    if digest.hexdigest() != header.database_sha256:
        raise _damaged(path)
    out.flush()
    os.fsync(out.fileno())


@contextlib.contextmanager
def _temp_in(folder: Path, prefix: str) -> Iterator[Path]:
    path = folder / f"{prefix}{secrets.token_hex(8)}"
    try:
        yield path
    finally:
        for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _open_new(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(fd, "wb")


# -- writing ----------------------------------------------------------------------------------------------
def final_name(folder: Path, now: datetime) -> Path:
    """``backup-<UTC time>.enc``; a second one in the same second gets a higher number than any there (``-2``,
    ``-3``...), even where an earlier one was rotated away, so names sort in the order the backups were made."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    taken = [
        int(match.group(2) or 1)
        for p in folder.glob(f"backup-{stamp}*{SUFFIX}")
        if (match := NAME_PATTERN.fullmatch(p.name)) and match.group(1) == stamp
    ]
    n = max(taken, default=0) + 1
    while True:
        candidate = folder / (f"backup-{stamp}{SUFFIX}" if n == 1 else f"backup-{stamp}-{n}{SUFFIX}")
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
        n += 1


def write(store: Store, folder: Path, now: datetime | None = None) -> tuple[Path, Header]:
    """Write a verified backup of ``store`` into ``folder`` (which must exist) and return its path and header.

    The copy is made, and the written file's database checked, while holding the store's lock (store/serial.py):
    the copy is one consistent moment of the store, and only the store's connection holds the key. A save from
    the window waits meanwhile (0.05 s for the demo caseload, about 2.5 s for a 70 MB office store)."""
    folder = Path(folder)
    now = now or datetime.now(UTC)
    clear_partials(folder)
    key_slots = (store.folder / SLOTS_NAME).read_bytes()
    if KeySlotFile.from_bytes(key_slots).store_id != store.store_id:
        raise StoreDamaged(_("The key file and the database belong to different stores."))
    with _temp_in(folder, PARTIAL_PREFIX) as copy, _temp_in(folder, PARTIAL_PREFIX) as partial:
        schema = _export(store, copy)
        size = copy.stat().st_size
        digest = hashlib.sha256()
        with open(copy, "rb") as f:
            for chunk in iter(lambda: f.read(_CHUNK), b""):
                digest.update(chunk)
        header = Header(store.store_id, utc_now(), schema, key_slots, size, digest.hexdigest(), offset=0)
        raw = json.dumps(header.to_json(), sort_keys=True).encode("utf-8")
        with _open_new(partial) as out, open(copy, "rb") as src:
            out.write(MAGIC + len(raw).to_bytes(4, "big") + raw)
            shutil.copyfileobj(src, out, _CHUNK)
            out.flush()
            os.fsync(out.fileno())
        copy.unlink()
        written = read_header(partial)
        _verify_with_store(store, partial, written)
        target = final_name(folder, now)
        _into_place(partial, target)
        fsync_dir(folder)
    return target, written


def _into_place(partial: Path, target: Path) -> None:
    """Give the checked file its final name, never over a file that appeared meanwhile: a hard link where the
    folder's file system has them, else a rename (FAT-formatted sticks have no links)."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise EnvironmentProblem(
            _("{path} appeared while the backup was written; try again.").format(path=target)
        ) from None
    except OSError:
        if target.exists():
            raise
        os.rename(partial, target)


def _export(store: Store, copy: Path) -> int:
    """The open store copied into ``copy`` with the same key; returns its schema version (which
    ``sqlcipher_export`` does not copy, so it is set on the copy here)."""
    conn = store.db
    with conn.lock:
        raw = conn.raw
        raw.execute("ATTACH DATABASE ? AS backup_copy", (str(copy),))
        try:
            # a temp file, read back and checked before it counts: no journal, no syncing page by page
            raw.execute("PRAGMA backup_copy.journal_mode = OFF").fetchall()
            raw.execute("PRAGMA backup_copy.synchronous = OFF")
            raw.execute("SELECT sqlcipher_export('backup_copy')").fetchall()
            version = migrations.current(raw)
            raw.execute(f"PRAGMA backup_copy.user_version = {int(version)}")
        finally:
            raw.execute("DETACH DATABASE backup_copy")
    os.chmod(copy, 0o600)
    return version


def _verify_with_store(store: Store, path: Path, header: Header) -> None:
    """Read the written backup back: its header, its key file, and its database opened with the store's key
    and checked (SQLCipher's page checks, SQLite's integrity check, the store id, the schema version)."""
    _slots_of(header, path)
    if header.store_id != store.store_id:
        raise _damaged(path)
    with _temp_in(path.parent, PARTIAL_PREFIX) as extracted:
        with _open_new(extracted) as out:
            _copy_database(path, header, out)
        conn = store.db
        with conn.lock:
            raw = conn.raw
            raw.execute("ATTACH DATABASE ? AS backup_check", (str(extracted),))
            try:
                _check_database(raw, "backup_check", header, path)
            except db_errors.DatabaseError:
                raise _damaged(path) from None
            finally:
                raw.execute("DETACH DATABASE backup_check")


def _check_database(conn: Any, schema: str, header: Header, path: Path) -> None:
    cipher = conn.execute(f"PRAGMA {schema}.cipher_integrity_check").fetchall()
    integrity = [r[0] for r in conn.execute(f"PRAGMA {schema}.integrity_check").fetchall()]
    row = conn.execute(f"SELECT value FROM {schema}.meta WHERE key = 'store_id'").fetchone()
    version = conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0]
    if cipher or integrity != ["ok"] or not row or row[0] != header.store_id or version != header.schema_version:
        raise _damaged(path)


def clear_partials(folder: Path) -> None:
    """Remove the temp files an interrupted backup left in ``folder`` (only ours, by their name)."""
    for leftover in folder.glob(PARTIAL_PREFIX + "*"):
        if leftover.is_file() and not leftover.is_symlink():
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def backups_in(folder: Path, store_id: str) -> list[Path]:
    """This store's backups in ``folder``, oldest first: a backup's name and a header carrying this store's id.
    Any other file, another store's backup included, is not listed (and so never rotated)."""
    found: list[tuple[str, int, Path]] = []
    for path in folder.iterdir():
        match = NAME_PATTERN.fullmatch(path.name)
        if not match or path.is_symlink() or not path.is_file():
            continue
        try:
            header = read_header(path)
        except EnvironmentProblem:
            continue
        if header.store_id == store_id:
            found.append((match.group(1), int(match.group(2) or 1), path))
    return [path for _stamp, _n, path in sorted(found)]


def rotate(folder: Path, store_id: str, keep: int, newest: Path | None = None) -> list[Path]:
    """Keep the newest ``keep`` backups of this store in ``folder``; remove the older ones (and only those).
    ``newest``, the backup just written, is never removed."""
    ours = [p for p in backups_in(folder, store_id) if p != newest]
    if newest is not None:
        keep -= 1
    removed = ours[: max(0, len(ours) - keep)]
    for old in removed:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    if removed:
        fsync_dir(folder)
    return removed


# -- restoring --------------------------------------------------------------------------------------------
def verify(path: Path, passphrase: str) -> Header:
    """Check a backup without writing anywhere it could be mistaken for a store: its header and hash, that the
    passphrase opens its key file's recovery slot, and that the database opens with that key and is whole."""
    return _verified(Path(path), passphrase)[0]


def _verified(path: Path, passphrase: str) -> tuple[Header, bytes]:
    header = read_header(path)
    if header.schema_version > migrations.latest():
        raise StoreDamaged(
            _("This backup was made by a newer version of the app. Update the app to restore it. Nothing was changed.")
        )
    data_key = _open_slots(header, path, passphrase)
    with _temp_in(_scratch_folder(path.parent), PARTIAL_PREFIX) as extracted:
        with _open_new(extracted) as out:
            _copy_database(path, header, out)
        _check_extracted(extracted, data_key, header, path)
    return header, data_key


def _scratch_folder(folder: Path) -> Path:
    """Where a backup's database is unpacked to be checked: beside it where that folder can be written, or the
    temp folder (the database stays encrypted either way)."""
    if os.access(folder, os.W_OK):
        return folder
    return Path(tempfile.gettempdir())


def _open_slots(header: Header, path: Path, passphrase: str) -> bytes:
    slots = _slots_of(header, path)
    try:
        return slots.open(RECOVERY, passphrase)
    except WrongPassphrase:
        raise WrongPassphrase(
            _(
                "That passphrase does not open this backup. A backup opens with the passphrase the store had when "
                "the backup was made. Nothing was changed."
            )
        ) from None


def _check_extracted(db_path: Path, data_key: bytes, header: Header, path: Path) -> None:
    try:
        conn = connection.connect(db_path, data_key)
    except (StoreDamaged, NotAStore, db_errors.DatabaseError):
        raise _damaged(path) from None
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        _check_database(conn, "main", header, path)
    except db_errors.DatabaseError:
        raise _damaged(path) from None
    finally:
        conn.close()


def _note_restored(db_path: Path, data_key: bytes, header: Header) -> None:
    """The restore's audit entry (when the backup was made; no path), written into the checked copy while it
    still has its waiting name: the store and its entry arrive together, or neither does. It was written
    after the store was in place and open, so a crash between the two left a restored store with no trace of
    the restore in its trail."""
    conn = connection.connect(db_path, data_key)
    try:
        (actor,) = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
        conn.execute("BEGIN IMMEDIATE")
        try:
            audit.record_in(conn, actor, RESTORE_ACTION, detail=header.created_at)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()  # all of it in the one file that is moved
    finally:
        conn.close()


#: the audit action of a restore (each restored store's trail has one, as the entry after the backup's last)
RESTORE_ACTION = "backup.restore"


def restore(path: Path, target: Path, passphrase: str, *, replace: bool = False) -> Path | None:
    """Put the backup at ``path`` in place as the store in ``target`` (a new or empty folder; a folder holding a
    store only with ``replace``). The backup is checked whole with the passphrase before anything is written.
    Returns where a replaced store was moved to (``None`` when nothing was replaced). Any other folder (one
    holding files that are not a store) is refused."""
    path, target = Path(path), Path(target)
    header = read_header(path)
    has_store = store_exists(target)
    if has_store and not replace:
        raise StoreExists(
            _(
                "A store already exists in {folder}; it was left as it is. Restore into a new or empty folder, or "
                "replace it on purpose (see 'safetyworker restore --help')."
            ).format(folder=target)
        )
    if not has_store and target.exists() and _has_other_files(target):
        raise EnvironmentProblem(
            _(
                "{folder} is not empty and holds no store: restore into a new or empty folder. Nothing was changed."
            ).format(folder=target)
        )
    if target.exists() and not target.is_dir():
        raise EnvironmentProblem(_("{path} is a file, not a folder. Nothing was changed.").format(path=target))
    if not has_store:
        permissions.refuse_unsafe_folder(target)
    header, data_key = _verified(path, passphrase)
    moved = _move_aside(target) if has_store else None
    made_folder = not target.exists()
    try:
        target.mkdir(parents=True, exist_ok=True, mode=permissions.FOLDER_MODE)
        _discard_unfinished(target)
        _place(path, header, data_key, target)
    except BaseException:
        # a full disk, a pulled stick: nothing of the restore stays, and a replaced store goes back in place
        _undo_place(target, remove_folder=made_folder)
        if moved is not None:
            os.rename(moved, target)
        raise
    return moved


def restore_plainly(path: Path, target: Path, passphrase: str, *, replace: bool = False) -> Path | None:
    """``restore``, with a file-system failure (a full disk, a stick pulled out) said in one plain line."""
    try:
        return restore(path, target, passphrase, replace=replace)
    except PermissionError:
        raise
    except OSError as exc:
        raise EnvironmentProblem(
            _(
                "The backup could not be restored into {folder} ({why}). Nothing was changed; a store that was "
                "there is as it was."
            ).format(folder=target, why=exc.strerror or type(exc).__name__)
        ) from None


def _place(path: Path, header: Header, data_key: bytes, target: Path) -> None:
    """The steps of ``Store.create``: the database under a waiting name (checked there, then given its
    ``backup.restore`` audit entry), the key file under a waiting name, then the two renames. A crash leaves no
    store, or a restored store that opens and says in its audit trail that it was restored."""
    tmp_db = target / f".{DB_NAME}.creating"
    with _open_new(tmp_db) as out:
        _copy_database(path, header, out)
    _check_extracted(tmp_db, data_key, header, path)  # the copy in place is the one checked
    _note_restored(tmp_db, data_key, header)
    pending = target / PENDING_SLOTS_NAME
    _slots_of(header, path).save(pending)
    os.replace(tmp_db, target / DB_NAME)
    fsync_dir(target)
    os.replace(pending, target / SLOTS_NAME)
    fsync_dir(target)


def _undo_place(target: Path, *, remove_folder: bool) -> None:
    """Remove what ``_place`` wrote in ``target`` (a new or empty folder, so nothing else is there)."""
    if not target.is_dir():
        return
    for name in (DB_NAME, SLOTS_NAME, PENDING_SLOTS_NAME, f".{DB_NAME}.creating"):
        for end in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                (target / (name + end)).unlink()
    if remove_folder:
        with contextlib.suppress(OSError):
            target.rmdir()


#: Files a stopped creation or restore leaves in a folder that holds no store yet (vault._discard_unfinished).
_LEFTOVERS = re.compile(r"\.store\.db\.creating(-wal|-shm)?|\.keyslots\.json\.creating|\.tmp-.*")


def _has_other_files(folder: Path) -> bool:
    return any(not _LEFTOVERS.fullmatch(p.name) for p in folder.iterdir())


def _move_aside(target: Path) -> Path:
    """The store being replaced goes to a folder beside it (``<name>-before-restore-<when>``), whole: nothing
    is deleted, and it opens as before with its own passphrase."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    n = 1
    while True:
        aside = target.with_name(f"{target.name}-before-restore-{stamp}" + (f"-{n}" if n > 1 else ""))
        if not aside.exists():
            break
        n += 1
    os.rename(target, aside)
    fsync_dir(target.parent)
    return aside
