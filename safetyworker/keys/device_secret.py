"""The device secret: the half of the everyday key that lives in the OS keyring.

Where the keyring has no usable backend (``NoKeyringError``, or the null backend that silently forgets and
answers ``None``) the secret goes into a 0600 file beside the store and the app reports reduced protection.
A missing secret is never treated as a first run: the caller falls back to the passphrase recovery slot.
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
from pathlib import Path

import keyring
from keyring.errors import KeyringError

from safetyworker.fsutil import atomic_write

SERVICE = "Safety Worker store"
FILE_NAME = "device-secret"
KEYRING = "keyring"
FILE = "file"


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _keyring_get(store_id: str) -> bytes | None:
    try:
        value = keyring.get_password(SERVICE, store_id)
    except (KeyringError, RuntimeError, OSError):
        return None
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        return None


def _keyring_put(store_id: str, secret: bytes) -> bool:
    """Store the secret and read it back; False when the keyring did not really keep it."""
    try:
        keyring.set_password(SERVICE, store_id, base64.b64encode(secret).decode("ascii"))
    except (KeyringError, RuntimeError, OSError):
        return False
    return _keyring_get(store_id) == secret


def create(store_dir: Path, store_id: str) -> tuple[bytes, str]:
    """Make a new device secret and keep it in the keyring, or in a 0600 file where there is none."""
    secret = secrets.token_bytes(32)
    if _keyring_put(store_id, secret):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(store_dir / FILE_NAME)
        return secret, KEYRING
    atomic_write(store_dir / FILE_NAME, base64.b64encode(secret), mode=0o600)
    return secret, FILE


def load(store_dir: Path, store_id: str, location: str) -> bytes | None:
    """The device secret, or None when it is gone (keyring wiped, backend changed, store moved)."""
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
