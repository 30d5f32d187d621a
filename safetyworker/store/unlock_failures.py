"""Failed unlocks, counted where the key is not needed, until the next unlock records them in the audit trail.

A wrong passphrase opens nothing, so the failure cannot go into the encrypted trail when it happens. Decision
(docs/audit.md): one small file beside the store holds a plain count and nothing else (no time, no name, no
passphrase, not even its length). The next successful unlock adds one ``store.unlock_failed`` event with that
count to the trail and removes the file. What the file tells whoever can read the folder: that someone typed a
wrong passphrase since the last unlock, and how many times. What it cannot do: hide a failure from the trail
unless it is deleted, which the same person could do to any file beside the store.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from safetyworker.fsutil import atomic_write

FILE_NAME = "unlock-failures"
#: More than this many is stored as this many: the count is evidence, not an unbounded number from a file.
MAX_COUNT = 1_000_000


def _path(folder: Path) -> Path:
    return Path(folder) / FILE_NAME


def read(folder: Path) -> int:
    """The failures counted since the last unlock (0 when none, or when the file is not a count)."""
    try:
        raw = _path(folder).read_bytes()[:16]
    except OSError:
        return 0
    text = raw.decode("ascii", "replace").strip()
    # a file that is there but holds no count still says at least one unlock failed
    return max(1, min(int(text), MAX_COUNT)) if text.isdigit() else 1


def add_one(folder: Path) -> None:
    """Count one more failed unlock. Never fails the caller: the wrong passphrase is the news, not the file."""
    with contextlib.suppress(OSError):
        atomic_write(_path(folder), str(min(read(folder) + 1, MAX_COUNT)).encode("ascii"))


def clear(folder: Path) -> None:
    with contextlib.suppress(OSError):
        _path(folder).unlink()
