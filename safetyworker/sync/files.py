"""Writing sync files (bundles, enrolment files) where a person chose: atomic and private, and a folder that is
not there or cannot be written to is one plain line, not a crash."""

from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path
from typing import Any

from safetyworker import fsutil, safejson
from safetyworker.errors import SafetyWorkerError
from safetyworker.i18n import _


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` atomically (a temp file beside it, fsync, rename), readable by this user only, then read
    it back: a file on the stick is whole or not there."""
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


def new_file(path: Path) -> Path:
    """A file name for something made once (an enrolment or recovery file, a bundle): never over an existing
    one."""
    if path.exists() or path.is_symlink():
        raise SafetyWorkerError(_("{path} already exists; choose another name.").format(path=path))
    return path


def names_a_folder(raw: str) -> bool:
    """A path typed with a separator at the end ("E:\\", "/media/stick/") means a folder, whether or not it is
    there: it must never become a file named like the folder."""
    return raw.endswith(tuple(sep for sep in (os.sep, os.altsep, "/") if sep))


def new_file_in(folder: Path, name: str) -> Path:
    """A new file in an existing folder: ``name``, or ``name`` with -2, -3... before the suffix where it is taken
    (two bundles made in the same second), so an earlier bundle on the stick is never replaced."""
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


def output_file(raw: str | None, default_name: str) -> Path:
    """Where ``-o`` points for a file made once (a bundle): nothing given is a new file named ``default_name``
    here; a folder (an existing one, or any path ending in a separator) gets a new file of that name in it, and
    a folder that is not there is an error; anything else is the file itself, which must not exist yet."""
    if not raw:
        return new_file_in(Path("."), default_name)
    path = Path(raw)
    if names_a_folder(raw) or path.is_dir():
        return new_file_in(path, default_name)
    return new_file(path)


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
