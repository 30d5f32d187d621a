"""The store's own settings and its health check (``doctor``): what a front end may read or change about the
store itself, without reaching its connection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safetyworker.keys import device_secret, kdf
from safetyworker.services.cases import CaseService
from safetyworker.store import migrations, permissions, settings
from safetyworker.store.vault import Store, read_key_slots, store_exists
from safetyworker.sync import enrolment, stored_check

MEMORY_SECURITY = settings.MEMORY_SECURITY
#: Set at the office and sent to every laptop (services/retention.py); kept as reference data, not in meta.
RETENTION_YEARS = "retention-years"
NAMES = (*settings.NAMES, RETENTION_YEARS)
ON, OFF = settings.ON, settings.OFF
parse_switch = settings.parse_switch
Problem = stored_check.Problem


def environment(folder: Path, fix_permissions: bool = False) -> dict[str, Any]:
    """What ``doctor`` can say before unlocking: keyring, key settings, file permissions (fixed if asked).

    Only a store folder is looked at (and changed): never a folder named by mistake, or all it holds.
    ``permissions_fixed`` and ``loose`` list paths; ``kdf`` the key slots' settings."""
    report: dict[str, Any] = {
        "store": str(folder),
        "keyring_backend": device_secret.backend_name(),
        "test_kdf": kdf.fast_mode(),
    }
    is_store = store_exists(folder)
    fixed = permissions.fix(folder) if fix_permissions and is_store else []
    if fixed:
        report["permissions_fixed"] = [str(p.path) for p in fixed]
    loose = permissions.problems(folder) if is_store else []
    report["permissions"] = [p.describe() for p in loose] or "ok"
    return report


def key_settings(folder: Path) -> dict[str, Any] | None:
    """The key derivation settings of each key slot, or None where there is no store."""
    slots = read_key_slots(folder) if store_exists(folder) else None
    return {name: slot.kdf.to_json() for name, slot in slots.slots.items()} if slots else None


class SettingsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def memory_security(self) -> bool:
        return settings.memory_security(self._store)

    def set_memory_security(self, on: bool) -> None:
        settings.set_memory_security(self._store, on)

    def worker_name(self) -> str:
        """The name of the worker this laptop was enrolled for ("" on an office or a store made alone)."""
        return self._store.meta("worker_name") or ""

    def check(self) -> dict[str, Any]:
        """The unlocked half of ``doctor``: encryption and database checks, protection, the values no form
        accepts. ``healthy`` says whether the store itself is sound."""
        store = self._store
        db = store.db
        report: dict[str, Any] = {}
        report["sqlcipher_version"] = db.execute("PRAGMA cipher_version").fetchone()[0]
        report["schema_version"] = migrations.current(db)
        cipher_problems = [r[0] for r in db.execute("PRAGMA cipher_integrity_check").fetchall()]
        integrity = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
        report["cipher_integrity_check"] = cipher_problems or "ok"
        report["integrity_check"] = "ok" if integrity == ["ok"] else integrity
        report["protection"] = store.protection.level
        report["memory_security"] = {
            "setting": ON if settings.memory_security(store) else OFF,
            "in_force": settings.memory_security_in_force(db),
        }
        report["protection_detail"] = store.protection.description
        report["role"] = store.role
        report["device_id"] = store.device_id
        report["cases"] = CaseService(store).count()
        if store.role == "worker" and store.meta("worker_id"):
            # The words the worker reads out to the office, which confirms them before taking any bundle.
            report["device_words"] = enrolment.device_fingerprint(store)
        # values no form accepts (reading shows them the safe way; a person should put them right)
        report["bad_values"] = [p.to_json() for p in stored_check.store_problems(db)]
        report["healthy"] = not cipher_problems and integrity == ["ok"] and not report["bad_values"]
        return report
