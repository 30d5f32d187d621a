"""Errors a person can act on, split from bugs.

Anything derived from ``SafetyWorkerError`` carries a finished, plain message for the user: the front ends
print it as it is and exit non-zero. Anything else reaching a front end is a bug and is reported as one,
without a traceback or case content.
"""

from __future__ import annotations


class SafetyWorkerError(Exception):
    """A problem with a plain message for the person using the app."""

    exit_code = 1


class EnvironmentProblem(SafetyWorkerError):
    """The environment is wrong (disk, locks, files, keys), not the program."""


class StoreNotFound(EnvironmentProblem):
    pass


class StoreExists(EnvironmentProblem):
    pass


class WrongPassphrase(EnvironmentProblem):
    exit_code = 3


class StoreDamaged(EnvironmentProblem):
    exit_code = 4


class NotAStore(EnvironmentProblem):
    exit_code = 4


class StoreBusy(EnvironmentProblem):
    pass


class DiskFull(EnvironmentProblem):
    pass


class WeakPassphrase(SafetyWorkerError):
    exit_code = 2


class InvalidInput(SafetyWorkerError):
    """Input that cannot be accepted; ``field`` names where the problem is (for example
    ``contact_methods[0].value``) so a person can find it."""

    exit_code = 2

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.problem = message
        super().__init__(f"{field}: {message}" if field else message)


class RecordNotFound(SafetyWorkerError):
    exit_code = 5


class KeyringUnavailable(EnvironmentProblem):
    """The OS keyring would not give or keep the device secret (locked, not answering, or it cannot keep it).

    Not the same as "the entry is missing": nothing is written, and the worker chooses what happens next: try the
    keyring again, open with the passphrase alone this time, or agree to keep the secret in a file (``reason``
    says which of ``locked``, ``unreachable`` or ``cannot-keep`` it was)."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)
