"""Backups of the open store: writing one (verified, rotated), its settings, and when the last one was made.

The settings live in the store (``meta``), so they travel with it and the CLI and the desktop share them:
how many backups to keep in a folder (default 7), the folder the desktop backs up to, and how often it does
(``off``, ``daily`` or ``weekly``). Every backup and restore is an audit event: a code, the backup's neutral
file name or date, never a path (a path can hold a person's name) and never content. See docs/backups.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.store import audit, backup
from safetyworker.store.vault import Store
from safetyworker.sync import files

KEEP = "backup-keep"
FOLDER = "backup-folder"
SCHEDULE = "backup-schedule"
DEFAULT_KEEP = 7
MAX_KEEP = 100
OFF, DAILY, WEEKLY = "off", "daily", "weekly"
SCHEDULES = {OFF: None, DAILY: timedelta(days=1), WEEKLY: timedelta(days=7)}
#: The status bar turns amber when the last backup is older than this (or there is none).
STALE_AFTER = timedelta(days=7)

_META = {KEEP: "backup_keep", FOLDER: "backup_folder", SCHEDULE: "backup_schedule"}
_LAST = "backup_last_at"


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int
    created_at: str
    removed: int

    def to_json(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "size": self.size,
            "created_at": self.created_at,
            "verified": True,
            "removed_old": self.removed,
        }


def parse_keep(value: str | int) -> int:
    try:
        keep = int(str(value).strip())
    except ValueError:
        keep = 0
    if not 1 <= keep <= MAX_KEEP:
        raise InvalidInput(KEEP, _("give a whole number from 1 to {most}").format(most=MAX_KEEP))
    return keep


def parse_schedule(value: str) -> str:
    word = value.strip().lower()
    if word not in SCHEDULES:
        raise InvalidInput(SCHEDULE, _("say 'off', 'daily' or 'weekly'"))
    return word


class BackupService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- settings -------------------------------------------------------------------------------------
    def keep(self) -> int:
        try:
            return parse_keep(self._store.meta(_META[KEEP]) or DEFAULT_KEEP)
        except InvalidInput:
            return DEFAULT_KEEP

    def folder(self) -> Path | None:
        value = self._store.meta(_META[FOLDER])
        return Path(value) if value else None

    def schedule(self) -> str:
        value = self._store.meta(_META[SCHEDULE]) or OFF
        return value if value in SCHEDULES else OFF

    def settings(self) -> dict[str, object]:
        folder = self.folder()
        return {
            KEEP: self.keep(),
            FOLDER: str(folder) if folder else None,
            SCHEDULE: self.schedule(),
            "last_backup_at": self.last_backup_at(),
        }

    def set_keep(self, keep: int) -> None:
        self._set(KEEP, str(parse_keep(keep)), f"{KEEP}={keep}")

    def set_schedule(self, schedule: str) -> None:
        schedule = parse_schedule(schedule)
        self._set(SCHEDULE, schedule, f"{SCHEDULE}={schedule}")

    def set_folder(self, folder: Path | None) -> None:
        """The desktop's backup folder (checked like ``back_up`` checks it); ``None`` forgets it."""
        if folder is not None:
            folder = self._usable(Path(folder).expanduser().absolute())
        self._set(FOLDER, str(folder) if folder else None, FOLDER)  # the path itself is not audited

    def _set(self, name: str, value: str | None, detail: str) -> None:
        store = self._store
        with store.transaction() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (_META[name],))
            else:
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (_META[name], value),
                )
            audit.record(store, "settings.change", detail=detail)

    # -- backups --------------------------------------------------------------------------------------
    def last_backup_at(self) -> str | None:
        """When the last backup of this store was written and verified (UTC, ISO 8601), or None."""
        return self._store.meta(_LAST)

    def is_stale(self, now: datetime | None = None) -> bool:
        """No backup yet, or the last one is older than ``STALE_AFTER`` (the status bar shows it amber)."""
        last = self.last_backup_at()
        if not last:
            return True
        return (now or datetime.now(UTC)) - _parse(last) > STALE_AFTER

    def due(self, now: datetime | None = None) -> bool:
        """A scheduled backup should be made now: a schedule and a folder are set, and the last backup is older
        than the schedule's interval (or there is none)."""
        every = SCHEDULES[self.schedule()]
        if every is None or self.folder() is None:
            return False
        last = self.last_backup_at()
        return not last or (now or datetime.now(UTC)) - _parse(last) >= every

    def back_up(self, to: Path | None = None) -> BackupMade:
        """Write a verified backup into ``to`` (or the chosen folder), then keep only the newest N of this
        store's backups there. The store is copied while nobody else writes (a moment)."""
        folder = to if to is not None else self.folder()
        if folder is None:
            raise InvalidInput("--to", _("say which folder to back up to"))
        folder = self._usable(Path(folder))
        store = self._store
        try:
            path, header = backup.write(store, folder)
            removed = backup.rotate(folder, store.store_id, self.keep(), newest=path)
        except OSError as exc:
            raise SafetyWorkerError(
                _(
                    "The backup could not be written in {folder} ({why}). Nothing was kept under a backup's name."
                ).format(folder=folder, why=exc.strerror or type(exc).__name__)
            ) from None
        with store.transaction() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_LAST, header.created_at),
            )
            audit.record(store, "backup.write", detail=path.name)
        return BackupMade(path, path.stat().st_size, header.created_at, len(removed))

    @staticmethod
    def _usable(folder: Path) -> Path:
        """A folder backups may go in: it exists, it is a folder, and it is not inside a store folder."""
        files.refuse_store_folder(folder / "backup")
        if not folder.is_dir():
            raise SafetyWorkerError(
                _("There is no folder {folder}. Make it first, or choose another.").format(folder=folder)
            )
        return folder


def _parse(moment: str) -> datetime:
    parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
