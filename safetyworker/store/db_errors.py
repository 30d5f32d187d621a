"""Turn SQLite errors into "the environment is wrong" problems with a message, leaving bugs as bugs."""

from __future__ import annotations

import sqlcipher3

from safetyworker.errors import DiskFull, EnvironmentProblem, StoreBusy, StoreDamaged
from safetyworker.i18n import _

DatabaseError: type[Exception] = sqlcipher3.dbapi2.DatabaseError


def translate(exc: BaseException) -> BaseException:
    """The user-facing problem behind a database error, or the error itself when it is a bug."""
    if not isinstance(exc, DatabaseError):
        return exc
    text = str(exc).lower()
    if "full" in text:
        return DiskFull(_("The disk is full, so nothing was saved. Free some space and try again."))
    if "locked" in text or "busy" in text:
        return StoreBusy(_("The store is in use by another Safety Worker window or command. Close it and try again."))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreDamaged(
            _(
                "The store's database is damaged or incomplete, so it cannot be read. Nothing was changed. "
                "Restore it from a backup or ask the office for help."
            )
        )
    if "disk i/o" in text or "readonly" in text or "unable to open" in text or "permission" in text:
        return EnvironmentProblem(
            _("The store's files could not be read or written (check the disk and its permissions).")
        )
    return exc
