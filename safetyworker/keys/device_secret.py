"""The device secret: the half of the everyday key that lives in the OS keyring.

Where the keyring has no usable backend (``NoKeyringError``, or the null backend that silently forgets and
answers ``None``) a new store keeps the secret in a 0600 file beside it and the app reports reduced protection.
A missing secret is never treated as a first run: the caller falls back to the passphrase recovery slot.

"The keyring said no" is not "the entry is missing": a locked keyring, or one that errors or cannot be reached,
raises ``KeyringUnavailable`` and nothing is written. Only a keyring that answers "no such entry" means the
secret is gone. The secret of a store that was in the keyring never moves into a file unless the caller says the
worker agreed (``file_ok``).
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
from pathlib import Path

import keyring
from keyring.errors import KeyringError, KeyringLocked, NoKeyringError

from safetyworker.errors import KeyringUnavailable
from safetyworker.fsutil import atomic_write
from safetyworker.i18n import _

SERVICE = "Safety Worker store"
FILE_NAME = "device-secret"
KEYRING = "keyring"
FILE = "file"

#: Why the keyring did not give or keep the secret (``KeyringUnavailable.reason``).
LOCKED = "locked"
UNREACHABLE = "unreachable"
CANNOT_KEEP = "cannot-keep"
_NO_KEYRING = "no-keyring"


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def unavailable(reason: str, creating: bool = False) -> KeyringUnavailable:
    if creating:  # a new store: there is no "passphrase alone" yet, only "try again" or "a file"
        return KeyringUnavailable(
            reason,
            _(
                "This laptop's keyring is locked or did not answer, so it could not keep the new caseload's "
                "secret. Unlock the keyring and try again, or keep the secret in a file beside the caseload "
                "instead (reduced protection)."
            ),
        )
    messages = {
        LOCKED: _(
            "This laptop's keyring is locked, so the caseload's secret could not be read. Unlock the keyring "
            "(or sign in to the desktop again) and try again, or open with your passphrase alone this time."
        ),
        UNREACHABLE: _(
            "This laptop's keyring did not answer, so the caseload's secret could not be read. Try again in a "
            "moment, or open with your passphrase alone this time."
        ),
        CANNOT_KEEP: _(
            "This laptop's keyring could not keep the caseload's secret. You can keep it in a file beside the "
            "caseload instead (reduced protection), or open with your passphrase alone this time."
        ),
    }
    return KeyringUnavailable(reason, messages[reason])


def _keyring_get(store_id: str) -> bytes | None:
    """The secret, or None when the keyring answered that there is no (usable) entry; raises
    ``KeyringUnavailable`` when it did not answer at all."""
    try:
        value = keyring.get_password(SERVICE, store_id)
    except KeyringLocked:
        raise unavailable(LOCKED) from None
    except (KeyringError, RuntimeError, OSError):  # NoKeyringError too: the backend is gone or not reachable now
        raise unavailable(UNREACHABLE) from None
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        return None


def _keyring_put(store_id: str, secret: bytes) -> str | None:
    """Store the secret and read it back: None when the keyring really kept it, else why not."""
    try:
        keyring.set_password(SERVICE, store_id, base64.b64encode(secret).decode("ascii"))
    except KeyringLocked:
        return LOCKED
    except NoKeyringError:
        return _NO_KEYRING
    except (KeyringError, RuntimeError, OSError):
        return UNREACHABLE
    try:
        kept = _keyring_get(store_id)
    except KeyringUnavailable as exc:
        return exc.reason
    return None if kept == secret else _NO_KEYRING  # the null backend forgets without a word


def create(
    store_dir: Path, store_id: str, *, file_ok: bool = False, file_if_no_keyring: bool = True, creating: bool = False
) -> tuple[bytes, str]:
    """Make a new device secret and keep it in the keyring; in a 0600 file only when ``file_ok`` (the worker
    agreed) or, with ``file_if_no_keyring``, when this laptop has no keyring at all. Otherwise raise
    ``KeyringUnavailable`` having written nothing."""
    secret = secrets.token_bytes(32)
    why = _keyring_put(store_id, secret)
    if why is None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(store_dir / FILE_NAME)
        return secret, KEYRING
    if not (file_ok or (why == _NO_KEYRING and file_if_no_keyring)):
        raise unavailable(CANNOT_KEEP if why == _NO_KEYRING else why, creating)
    atomic_write(store_dir / FILE_NAME, base64.b64encode(secret), mode=0o600)
    return secret, FILE


def load(store_dir: Path, store_id: str, location: str) -> bytes | None:
    """The device secret, or None when it is gone (keyring entry wiped, store moved); raises
    ``KeyringUnavailable`` when the keyring is locked or does not answer (the secret may well still be there)."""
    if location == KEYRING:
        return _keyring_get(store_id)
    try:
        raw = (store_dir / FILE_NAME).read_bytes()
        return base64.b64decode(raw, validate=True)
    except (OSError, ValueError):
        return None


def forget(store_id: str) -> None:
    with contextlib.suppress(KeyringError, RuntimeError, OSError):
        keyring.delete_password(SERVICE, store_id)
