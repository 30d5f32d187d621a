"""The store's own settings and its health check (``doctor``): what a front end may read or change about the
store itself, without reaching its connection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safetyworker.i18n import _
from safetyworker.keys import device_secret, kdf
from safetyworker.records import org_settings
from safetyworker.services import device
from safetyworker.services.cases import CaseService
from safetyworker.store import audit, migrations, permissions, settings
from safetyworker.store.vault import Store, read_key_slots, store_exists
from safetyworker.sync import confirmation, enrolment, stored_check

MEMORY_SECURITY = settings.MEMORY_SECURITY
NAMES = settings.NAMES
#: The organisation's settings (set at the office, sent to every laptop): records/org_settings.py.
ORGANISATION_NAMES = tuple(org_settings.SETTINGS)
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
    report["device"] = device.report(folder)
    return report


def key_settings(folder: Path) -> dict[str, Any] | None:
    """The key derivation settings of each key slot, or None where there is no store."""
    slots = read_key_slots(folder) if store_exists(folder) else None
    return {name: slot.kdf.to_json() for name, slot in slots.slots.items()} if slots else None


def organisation_about() -> dict[str, str]:
    """What each organisation setting does, in the chosen language."""
    return {name: _(declared.about) for name, declared in org_settings.SETTINGS.items()}


class SettingsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def memory_security(self) -> bool:
        return settings.memory_security(self._store)

    def set_memory_security(self, on: bool) -> None:
        settings.set_memory_security(self._store, on)

    def organisation(self) -> dict[str, int | str]:
        """The organisation's settings as this store holds them (the office's choices, else the defaults)."""
        return org_settings.values(self._store)

    def at_office(self) -> bool:
        """Whether this store is the office's (which sets the organisation's settings) rather than a laptop's."""
        return str(self._store.role) == "office"

    def set_organisation(self, name: str, value: str) -> int | str:
        """Office: change an organisation setting (audited, name and value only); the next bundle for each
        worker carries it. A laptop is refused: its deadlines must match the office's."""
        store = self._store
        enrolment.require_office(store)
        with store.transaction():
            kept = org_settings.write(store, name, value)
            audit.record(store, "settings.change", detail=f"{name}={kept}")
        return kept

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
        # the office refused this laptop's enrolment (used by another laptop too): said as loudly as a broken
        # store, since bundles from here must stop until the office enrols the worker again
        refused = confirmation.refused_at(store) if store.role == "worker" else None
        report["enrolment_refused"] = bool(refused)
        if refused:
            report["enrolment_problem"] = confirmation.refused_message()
        report["healthy"] = not cipher_problems and integrity == ["ok"] and not report["bad_values"] and not refused
        return report
