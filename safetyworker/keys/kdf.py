"""Argon2id parameters for the key slots.

The everyday slot is tuned to about half a second on a modest laptop; the recovery slot is much heavier,
because it alone guards the data key when an attacker holds only the files. The parameters are stored with
each slot, so they can be raised later without breaking old stores.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

from safetyworker.errors import StoreDamaged
from safetyworker.i18n import _

#: Set only by the test suite: makes key derivation cheap. A store made this way is refused by any run
#: without the variable, so it can never protect real data by accident. It is honoured only inside a source
#: checkout with its test suite (see ``fast_allowed``): a frozen app or an installed package ignores it, so a
#: variable left in someone's environment can never weaken a real store.
FAST_KDF_ENV = "SAFETYWORKER_INSECURE_FAST_KDF"

#: Set in-process (``forced``): overrides the variable for the code inside the ``with`` block.
_forced: bool | None = None


#: The most a key file (or recovery file) may ask for; documented in docs/sync.md and docs/threat-model.md.
#: The heaviest slot written today (recovery) is 512 MiB, t = 3, p = 4.
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_TIME_COST = 20
MAX_PARALLELISM = 64


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    time_cost: int
    parallelism: int

    def to_json(self) -> dict[str, object]:
        return {"alg": "argon2id", "m": self.memory_kib, "t": self.time_cost, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: object) -> Argon2Params:
        if not isinstance(data, dict) or data.get("alg") != "argon2id":
            raise StoreDamaged(_("The key file names an unknown key-derivation method."))
        m, t, p = data.get("m"), data.get("t"), data.get("p")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (m, t, p)):
            raise StoreDamaged(_("The key file's key-derivation settings are damaged."))
        assert isinstance(m, int) and isinstance(t, int) and isinstance(p, int)  # for the type checker
        params = cls(m, t, p)
        if not (
            8 <= params.memory_kib <= MAX_MEMORY_KIB
            and 1 <= params.time_cost <= MAX_TIME_COST
            and 1 <= params.parallelism <= MAX_PARALLELISM
        ):
            # Never run what is out of range: a key file edited to t = 10**9 would hang the unlock for days, and
            # m = 10**12 would exhaust the machine. No slot this program writes comes near these maximums.
            raise StoreDamaged(
                _(
                    "The key file asks for key-derivation settings beyond what Safety Worker allows, so it was not "
                    "used. The file may have been changed; restore it from a backup."
                )
            )
        return params


EVERYDAY = Argon2Params(memory_kib=128 * 1024, time_cost=3, parallelism=4)  # about 0.45 s here
RECOVERY = Argon2Params(memory_kib=512 * 1024, time_cost=3, parallelism=4)  # about 2.3 s here
EVERYDAY_FLOOR_KIB = 64 * 1024
RECOVERY_FLOOR_KIB = 512 * 1024
_FAST = Argon2Params(memory_kib=8 * 1024, time_cost=1, parallelism=1)


def fast_allowed() -> bool:
    """True only in a source checkout that has the test suite beside the package, and never in a frozen app.

    The cheap settings are for the tests (and their CLI subprocesses, which inherit the variable); an installed
    package sits in site-packages with no ``tests/conftest.py`` beside it, and PyInstaller sets ``sys.frozen``.
    """
    if getattr(sys, "frozen", False):
        return False
    return (Path(__file__).resolve().parents[2] / "tests" / "conftest.py").is_file()


def fast_mode() -> bool:
    wanted = _forced if _forced is not None else os.environ.get(FAST_KDF_ENV) == "1"
    return wanted and fast_allowed()


@contextlib.contextmanager
def forced(fast: bool) -> Iterator[None]:
    """Cheap (``fast``, honoured only where ``fast_allowed``) or real key derivation inside the block, whatever
    the environment says: the self-test passes its choice here rather than through the environment."""
    global _forced
    before, _forced = _forced, fast
    try:
        yield
    finally:
        _forced = before


def everyday_params() -> Argon2Params:
    return _FAST if fast_mode() else EVERYDAY


def recovery_params() -> Argon2Params:
    return _FAST if fast_mode() else RECOVERY


def check_strength(params: Argon2Params, floor_kib: int) -> None:
    """Refuse slots weaker than the product allows (test stores outside the tests)."""
    if params.memory_kib < floor_kib and not fast_mode():
        raise StoreDamaged(
            _("This store was made with test settings that do not protect data, so it will not be opened.")
        )


def derive(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )
