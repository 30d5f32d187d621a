"""Writing sync files (bundles, enrolment files) where a person chose: atomic and private, and a folder that is
not there or cannot be written to is one plain line, not a crash."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from safetyworker import fsutil
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
    """A file name for something made once (an enrolment or recovery file): never over an existing one."""
    if path.exists():
        raise SafetyWorkerError(_("{path} already exists; choose another name.").format(path=path))
    return path


def read_small_json(path: Path, fmt: str, bad: str, max_bytes: int = 64 * 1024) -> dict[str, Any]:
    """A small JSON file of one known ``format`` (an enrolment or recovery file). Anything else, too large, or
    not JSON is refused with the one line ``bad``; a missing file says so."""
    try:
        if path.stat().st_size > max_bytes:
            raise SafetyWorkerError(bad)
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise SafetyWorkerError(_("There is no file {path}.").format(path=path)) from None
    except (OSError, UnicodeDecodeError, ValueError):
        raise SafetyWorkerError(bad) from None
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise SafetyWorkerError(bad)
    return doc
