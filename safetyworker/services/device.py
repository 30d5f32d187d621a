"""What ``doctor`` can see of the protections the app cannot give itself (docs/threat-model.md, "What the
service must still do"): whether swap is encrypted, whether the store folder sits on an encrypted disk, and
whether a crash could write the unlocked caseload to a core dump.

The unlocked caseload is in memory; memory can reach swap, and a crash can write it to a core dump, outside
the encrypted store. Only the device policy can prevent that (full-disk encryption, encrypted swap), so the app
can only look and say. Linux tells enough through /proc and /sys: a device-mapper device whose uuid starts with
``CRYPT-`` is dm-crypt (LUKS); LVM and other layers are followed down through ``slaves``. Elsewhere, or when a
layer cannot be read, the answer is "cannot tell", never a guess, and none of this fails ``doctor``.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any

try:
    import resource
except ImportError:  # Windows: no core-dump limit to read or set
    resource = None  # type: ignore[assignment]

ENCRYPTED, NOT_ENCRYPTED, CANNOT_TELL = "encrypted", "not_encrypted", "cannot_tell"
NONE, IN_MEMORY = "none", "in_memory"
OFF, ALLOWED = "off", "allowed"


def _block_encrypted(block: Path, depth: int = 0) -> bool | None:
    """Whether a block device (its /sys folder) is dm-crypt or stacked on one; None when it cannot be read."""
    if depth > 8:
        return None
    try:
        uuid = (block / "dm" / "uuid").read_text(encoding="ascii").strip()
    except FileNotFoundError:
        uuid = ""
    except OSError:
        return None
    if uuid.startswith("CRYPT-"):
        return True
    slaves = block / "slaves"
    try:
        below = sorted(slaves.iterdir()) if slaves.is_dir() else []
    except OSError:
        return None
    if not below:
        # a partition's folder has no slaves of its own: dm-crypt is never a plain partition
        return False
    answers = [_block_encrypted(s.resolve(), depth + 1) for s in below]
    if all(a is True for a in answers):
        return True
    if any(a is None for a in answers):
        return None
    return False


def _device_of(path: Path, sys_root: Path) -> Path | None:
    """The /sys folder of the block device holding ``path`` (a file or folder)."""
    try:
        dev = os.stat(path).st_dev
    except OSError:
        return None
    folder = sys_root / "dev" / "block" / f"{os.major(dev)}:{os.minor(dev)}"
    return folder.resolve() if folder.exists() else None


def _answer(encrypted: bool | None) -> str:
    return CANNOT_TELL if encrypted is None else ENCRYPTED if encrypted else NOT_ENCRYPTED


def swap(proc_root: Path = Path("/proc"), sys_root: Path = Path("/sys")) -> str:
    """``none``, ``in_memory`` (zram), ``encrypted``, ``not_encrypted`` or ``cannot_tell``: the weakest of the
    swap areas in use."""
    if not sys.platform.startswith("linux"):
        return CANNOT_TELL
    try:
        lines = (proc_root / "swaps").read_text(encoding="utf-8").splitlines()[1:]
    except OSError:
        return CANNOT_TELL
    answers = []
    for line in lines:
        parts = line.split()
        if not parts:
            continue
        name, kind = parts[0], parts[1] if len(parts) > 1 else ""
        if Path(name).name.startswith("zram"):
            answers.append(IN_MEMORY)
        elif kind == "file":
            block = _device_of(Path(name), sys_root)
            answers.append(_answer(_block_encrypted(block)) if block else CANNOT_TELL)
        else:
            block = sys_root / "class" / "block" / Path(name).name
            answers.append(_answer(_block_encrypted(block.resolve())) if block.exists() else CANNOT_TELL)
    if not answers:
        return NONE
    for worst in (NOT_ENCRYPTED, CANNOT_TELL, ENCRYPTED):
        if worst in answers:
            return worst
    return IN_MEMORY


def disk(folder: Path, sys_root: Path = Path("/sys")) -> str:
    """Whether the disk holding ``folder`` (or its nearest existing parent) is encrypted."""
    if not sys.platform.startswith("linux"):
        return CANNOT_TELL
    place = folder
    while not place.exists() and place != place.parent:
        place = place.parent
    block = _device_of(place, sys_root)
    return _answer(_block_encrypted(block)) if block else CANNOT_TELL


def core_dumps(proc_root: Path = Path("/proc")) -> str:
    """``off`` when this process may not write a core dump (the app turns them off at start), else ``allowed``."""
    if resource is None:
        return CANNOT_TELL
    soft, _hard = resource.getrlimit(resource.RLIMIT_CORE)
    if soft == 0:
        return OFF
    try:
        pattern = (proc_root / "sys" / "kernel" / "core_pattern").read_text(encoding="utf-8").strip()
    except OSError:
        return ALLOWED
    return OFF if pattern in ("", "|/bin/false") else ALLOWED


def no_core_dumps() -> None:
    """Turn core dumps off for this process and its children: a crash of an unlocked app must not write the
    caseload in memory to a file. Called first thing by both front ends."""
    if resource is None:
        return
    # a platform or sandbox that will not: doctor then says "allowed"
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))


def report(folder: Path) -> dict[str, Any]:
    """For ``doctor``: swap, the store folder's disk and core dumps, each as a word (see the constants)."""
    return {"swap": swap(), "disk": disk(folder), "core_dumps": core_dumps()}
