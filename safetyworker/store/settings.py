"""Store settings kept in the store itself (the ``meta`` table), so they travel with the store, not the laptop.

``memory-security``: SQLCipher's ``cipher_memory_security`` (wipe SQLite's own memory as it is freed). Off by
default (decided 2026-12, see docs/store-protection.md): it made every query 1.5-5x slower and most of the
sync time, while the same names and addresses sit in Python objects that are never wiped. A service that
wants it turns it on here; ``doctor`` says which is in force. The lock remains the protection of a laptop left
alone.
"""

from __future__ import annotations

import sqlcipher3

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.store import audit
from safetyworker.store.connection import MEMORY_SECURITY_KEY, memory_security_wanted
from safetyworker.store.vault import Store

MEMORY_SECURITY = "memory-security"
NAMES = (MEMORY_SECURITY,)
ON, OFF = "on", "off"


def memory_security(store: Store) -> bool:
    """This store's setting (what ``memory_security_in_force`` shows may differ until the next start)."""
    return memory_security_wanted(store.db)


def memory_security_in_force(conn: sqlcipher3.Connection) -> bool:
    """What SQLCipher is doing in this process now (the pragma is process-wide and, once on, stays on)."""
    return str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"


def parse_switch(field: str, value: str) -> bool:
    word = value.strip().lower()
    if word not in (ON, OFF):
        raise InvalidInput(field, _("say 'on' or 'off'"))
    return word == ON


def set_memory_security(store: Store, on: bool) -> None:
    """Keep the setting in the store (audited, no case content); it applies from the next time the store opens
    (turning it on also applies at once: SQLCipher cannot turn it off again in a running program)."""
    with store.transaction() as db:
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (MEMORY_SECURITY_KEY, ON if on else OFF),
        )
        audit.record(store, "settings.change", detail=f"{MEMORY_SECURITY}={ON if on else OFF}")
    if on:
        store.db.execute("PRAGMA cipher_memory_security = ON")
