"""Making, opening and unlocking a store: the only way the front ends get hold of one, as a ``Session``.

The desktop and the CLI import these names and never ``safetyworker.store`` (tests/test_import_graph.py);
what they may know about a store without unlocking it (does one exist here, where is the default folder, how
is the device secret kept) is here too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from safetyworker.keys.device_secret import KEYRING
from safetyworker.store import audit, backup, db_errors
from safetyworker.store.location import default_store_dir
from safetyworker.store.vault import (
    ASK,
    FILE,
    ONCE,
    PROTECTION_REDUCED,
    Store,
    change_passphrase,
    check_passphrase_strength,
    read_key_slots,
    store_exists,
)

if TYPE_CHECKING:
    from safetyworker.services.session import Session
    from safetyworker.sync.enrolment import Enrolment

# The session (every service, sync with them) and enrolment are imported when first used, not with this
# module: the unlock dialog needs only what is here, so the desktop shows it sooner, and the process is
# smaller while Argon2id holds its 128 MiB during the unlock (the peak of the app's memory).

__all__ = [
    "ASK",
    "FILE",
    "KEYRING",
    "ONCE",
    "PROTECTION_REDUCED",
    "DatabaseError",
    "Enrolment",
    "change_passphrase",
    "check_passphrase_strength",
    "create_laptop",
    "create_office",
    "create_store",
    "default_store_dir",
    "device_secret_location",
    "open_session",
    "read_enrolment",
    "restore_backup",
    "store_exists",
    "translate_database_error",
]

#: A database error from the store: ``translate_database_error`` says whether a person can act on it.
DatabaseError = db_errors.DatabaseError
translate_database_error = db_errors.translate


def read_enrolment(path: Path) -> Enrolment:
    """An enrolment file from the office, checked field by field (``sync.enrolment.read_enrolment``)."""
    from safetyworker.sync import enrolment

    return enrolment.read_enrolment(path)


def __getattr__(name: str) -> Any:
    if name == "Enrolment":  # for ``from safetyworker.services.door import Enrolment``
        from safetyworker.sync.enrolment import Enrolment

        return Enrolment
    raise AttributeError(name)


def open_session(folder: Path, passphrase: str, *, without_keyring: str = ASK, demo: bool = False) -> Session:
    """Unlock the store in ``folder`` (fail closed: a wrong passphrase or a damaged store changes nothing)."""
    store = Store.unlock(folder, passphrase, without_keyring=without_keyring)  # the key derived first: see above
    try:
        audit.note_unlock(store)  # the unlock, and any wrong passphrases typed since the last one
    except BaseException:
        store.close()
        raise
    from safetyworker.services.session import Session

    return Session(store, demo=demo)


def create_store(folder: Path, passphrase: str, *, without_keyring: str = ASK, demo: bool = False) -> Session:
    """A new empty store made alone (not enrolled with an office), unlocked."""
    store = Store.create(folder, passphrase, without_keyring=without_keyring)
    from safetyworker.services.session import Session

    return Session(store, demo=demo)


def create_office(folder: Path, passphrase: str, name: str, *, without_keyring: str = ASK) -> Session:
    """A new office store with its keys, unlocked."""
    from safetyworker.services.session import Session
    from safetyworker.sync import enrolment

    return Session(enrolment.create_office(folder, passphrase, name, without_keyring=without_keyring))


def create_laptop(folder: Path, passphrase: str, enrolled: Enrolment, *, without_keyring: str = ASK) -> Session:
    """A new laptop store from the office's enrolment file, unlocked."""
    from safetyworker.services.session import Session
    from safetyworker.sync import enrolment

    return Session(enrolment.create_laptop(folder, passphrase, enrolled, without_keyring=without_keyring))


def device_secret_location(folder: Path) -> str:
    """Where the store's device secret is kept (``KEYRING`` or a file), read without unlocking."""
    return read_key_slots(folder).device_secret_location


def restore_backup(
    backup_file: Path, folder: Path, passphrase: str, *, replace: bool = False, without_keyring: str = ASK
) -> tuple[Session, Path | None]:
    """Restore a backup into ``folder`` (new or empty; one holding a store only with ``replace``, which moves the
    old store aside) and open it with the passphrase the store had when the backup was made. The backup is
    checked whole first; a damaged or foreign file, or a wrong passphrase, changes nothing. Returns the open
    session and where a replaced store went. The first unlock gives this laptop a new device secret when it
    does not have the old one (docs/backups.md)."""
    moved = backup.restore_plainly(backup_file, folder, passphrase, replace=replace)  # with its audit entry
    session = open_session(folder, passphrase, without_keyring=without_keyring)
    return session, moved
