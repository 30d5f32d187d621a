"""Who else on this computer may touch a store folder: checked at creation, reported and fixed by ``doctor``.

Why it matters even though the database is encrypted: another user who can write to the folder can replace
``keyslots.json`` or plant a link where the store will write, and one who can read it gets the encrypted files
(and, with reduced protection, the device secret beside them) to attack at leisure. A store folder is this user's
only: 0700 for folders, 0600 for files. POSIX only; on Windows the folder lives in the user's own profile.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from safetyworker.errors import EnvironmentProblem
from safetyworker.i18n import _

FOLDER_MODE = 0o700
FILE_MODE = 0o600
#: Bits that let anyone but the owner in.
_OTHERS = 0o077
_OTHERS_WRITE = 0o022


class UnsafeFolder(EnvironmentProblem):
    """A folder other users may write to: no store is made there."""


def checked() -> bool:
    """Whether this platform has the owner/group/other modes this module looks at."""
    return os.name == "posix"


@dataclass(frozen=True)
class Problem:
    path: Path
    mode: int
    wanted: int

    def describe(self) -> str:
        what = _("others can change it") if self.mode & _OTHERS_WRITE else _("others can read it")
        return _("{path} is {mode:o}: {what} (it should be {wanted:o})").format(
            path=self.path, mode=self.mode, what=what, wanted=self.wanted
        )


def refuse_unsafe_folder(folder: Path) -> None:
    """Before a store is made in ``folder`` that is already there: refuse one other users can write to (they
    could have left something in it, or swap files later); one only readable by others is made private."""
    if not checked() or not folder.is_dir():
        return
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & _OTHERS_WRITE:
        raise UnsafeFolder(
            _(
                "Other users of this computer can change the folder {folder} (its permissions are {mode:o}), so a "
                "store there could be tampered with. Nothing was made. Choose a folder of your own, or make this "
                "one private first (chmod 700)."
            ).format(folder=folder, mode=mode)
        )
    if mode & _OTHERS:
        os.chmod(folder, FOLDER_MODE)


def problems(folder: Path) -> list[Problem]:
    """The store folder and everything in it that anyone but its owner may read or change."""
    if not checked() or not folder.is_dir():
        return []
    found = []
    for path in [folder, *sorted(folder.rglob("*"))]:
        if path.is_symlink():
            continue
        mode = stat.S_IMODE(path.stat().st_mode)
        wanted = FOLDER_MODE if path.is_dir() else FILE_MODE
        if mode & _OTHERS:
            found.append(Problem(path, mode, wanted))
    return found


def fix(folder: Path) -> list[Problem]:
    """Make the folder and its files this user's only (links are left alone); the problems it fixed."""
    fixed = problems(folder)
    for problem in fixed:
        os.chmod(problem.path, problem.mode & ~_OTHERS)
    return fixed
