"""Writing files where a person chose (bundles, enrolment and recovery files, saved PDFs): atomic and private, and
a folder that is not there or cannot be written to is one plain line, not a crash.

The one place that decides whether an output path may be written (docs/sync.md, "Files the app writes"): never
over an existing file unless the person said so (``--force``, or yes in the desktop's own save dialog), and never
inside a store folder, not even then: the database, its key file and the device secret there are what every
unlock (and, at the office, every laptop's recovery) depends on."""

from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path
from typing import Any

from safetyworker import fsutil, safejson
from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.store.vault import DB_NAME, PENDING_SLOTS_NAME, SLOTS_NAME

#: A folder holding any of these is a store folder: no file the app writes for a person goes in it or under it.
STORE_MARKERS = (DB_NAME, SLOTS_NAME, PENDING_SLOTS_NAME)


def store_folder_of(path: Path) -> Path | None:
    """The store folder ``path`` is in (a folder holding store.db or keyslots.json, or any folder above ``path``
    that does), as typed and with links followed; ``None`` when it is in none."""
    path = Path(path)
    seen: list[Path] = []
    for candidate in (Path(os.path.abspath(path)), path.resolve(strict=False)):
        seen += [candidate, *candidate.parents]
    for folder in seen:
        try:
            if any((folder / marker).exists() or (folder / marker).is_symlink() for marker in STORE_MARKERS):
                return folder
        except OSError:
            continue
    return None


def refuse_store_folder(path: Path) -> None:
    """Stop before writing anything at ``path`` if it is inside a store folder (``--force`` does not change it)."""
    folder = store_folder_of(path)
    if folder is not None:
        raise SafetyWorkerError(
            _(
                "{path} is inside the store folder {folder}. Nothing is ever written there, so the store stays "
                "whole; choose another place."
            ).format(path=path, folder=folder)
        )


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` atomically (a temp file beside it, fsync, rename), readable by this user only, then read
    it back: a file on the stick is whole or not there."""
    refuse_store_folder(path)
    try:
        fsutil.atomic_write(path, data, mode=0o600)
        same = hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(data).digest()
    except FileNotFoundError:
        raise SafetyWorkerError(
            _("There is no folder {folder} to write {name} in.").format(folder=path.parent, name=path.name)
        ) from None
    except IsADirectoryError:
        raise SafetyWorkerError(_("{path} is a folder; give a file name.").format(path=path)) from None
    except OSError as exc:
        raise SafetyWorkerError(
            _("{path} could not be written ({why}).").format(path=path, why=exc.strerror or type(exc).__name__)
        ) from None
    if not same:
        raise SafetyWorkerError(_("The file written to {path} did not read back the same.").format(path=path))


def new_file(path: Path, *, force: bool = False) -> Path:
    """``path`` checked for writing: never inside a store folder; never over an existing file unless ``force``
    (the person said so: ``--force``, or yes in the desktop's save dialog); never a folder; never ``-`` (typed
    as if for standard output, which no command writes to)."""
    if str(path) == "-":
        # "-" reads standard input elsewhere; as a file to write it would quietly make a file named "-". Files the
        # app writes hold case data or keys, so none is ever sent to the screen: the same for every -o option.
        raise InvalidInput(
            "", _("'-' is not a file name: give the name of the file to write (nothing is written to the screen)")
        )
    path = Path(path)
    refuse_store_folder(path)
    if path.is_dir():
        raise SafetyWorkerError(_("{path} is a folder; give a file name.").format(path=path))
    if (path.exists() or path.is_symlink()) and not force:
        raise SafetyWorkerError(
            _("{path} already exists; choose another name, or add --force to replace it.").format(path=path)
        )
    return path


def names_a_folder(raw: str) -> bool:
    """A path typed with a separator at the end ("E:\\", "/media/stick/") means a folder, whether or not it is
    there: it must never become a file named like the folder."""
    return raw.endswith(tuple(sep for sep in (os.sep, os.altsep, "/") if sep))


def new_file_in(folder: Path, name: str) -> Path:
    """A new file in an existing folder: ``name``, or ``name`` with -2, -3... before the suffix where it is taken
    (two bundles made in the same second), so an earlier bundle on the stick is never replaced."""
    refuse_store_folder(folder / name)
    if not folder.is_dir():
        raise SafetyWorkerError(
            _("There is no folder {folder}. Make it first, or give a file name.").format(folder=folder)
        )
    stem, dot, suffix = name.partition(".")
    for n in itertools.count(1):
        candidate = folder / (name if n == 1 else f"{stem}-{n}{dot}{suffix}")
        if not candidate.exists() and not candidate.is_symlink():
            return new_file(candidate)
    raise AssertionError("unreachable")


def output_file(raw: str | None, default_name: str, *, force: bool = False) -> Path:
    """Where ``-o`` points for a file made once (a bundle): nothing given is a new file named ``default_name``
    here; a folder (an existing one, or any path ending in a separator) gets a new file of that name in it, and
    a folder that is not there is an error; anything else is the file itself, which must not exist yet unless
    ``force``."""
    if not raw:
        return new_file_in(Path("."), default_name)
    path = Path(raw)
    if names_a_folder(raw) or path.is_dir():
        return new_file_in(path, default_name)
    return new_file(path, force=force)


def read_small_json(path: Path, fmt: str, bad: str, max_bytes: int = 64 * 1024) -> dict[str, Any]:
    """A small JSON file of one known ``format`` (an enrolment or recovery file). Anything else, too large, or
    not JSON is refused with the one line ``bad``; a missing file says so."""
    try:
        if path.stat().st_size > max_bytes:
            raise SafetyWorkerError(bad)
        doc = safejson.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise SafetyWorkerError(_("There is no file {path}.").format(path=path)) from None
    except (OSError, UnicodeDecodeError, ValueError):
        raise SafetyWorkerError(bad) from None
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise SafetyWorkerError(bad)
    return doc
