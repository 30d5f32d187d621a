"""Office stores, enrolment files, and laptops set up from them.

The office writes an enrolment file per worker: its public keys, the worker id, the office name and a one-time
enrolment token. The laptop made from it creates its own device keys; its first bundle carries the device's
public keys with a MAC under the token, so the office pins that laptop's keys to that worker and no other
laptop can take its place. The file holds no case data, but whoever has it can enrol one laptop as that
worker until the first bundle arrives: hand it over in person and delete it after use.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.keys.slots import KeySlotFile
from safetyworker.records.reader import Reader, checked_text
from safetyworker.store import audit
from safetyworker.store.vault import ASK, Store, new_id, utc_now
from safetyworker.sync import files
from safetyworker.sync.keys import KeyPair, fingerprint

FORMAT = "safetyworker-enrolment/1"
MAX_FILE = 64 * 1024


class NotAnOffice(SafetyWorkerError):
    exit_code = 2


@dataclass(frozen=True)
class Enrolment:
    office_id: str
    office_name: str
    office_signing_public: str
    office_age_recipient: str
    worker_id: str
    worker_name: str
    token: str
    created_at: str

    @property
    def office_fingerprint(self) -> str:
        return fingerprint(self.office_signing_public, self.office_age_recipient)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "office_id": self.office_id,
            "office_name": self.office_name,
            "office_signing_public": self.office_signing_public,
            "office_age_recipient": self.office_age_recipient,
            "worker_id": self.worker_id,
            "worker_name": self.worker_name,
            "enrol_token": self.token,
            "created_at": self.created_at,
        }


def enrolment_proof(token: str, device_id: str, signing_public: str, age_recipient: str) -> str:
    """What the laptop's first bundle carries to show it holds the enrolment file."""
    message = f"{device_id}|{signing_public}|{age_recipient}".encode()
    return hmac.new(bytes.fromhex(token), message, hashlib.sha256).hexdigest()


# -- office -----------------------------------------------------------------------------------------------


def create_office(folder: Path, passphrase: str, name: str, *, without_keyring: str = ASK) -> Store:
    name = checked_text(name.strip(), "--name")
    if not name:
        raise InvalidInput("--name", _("give the office a name (it is shown on the workers' laptops)"))

    def prepare(store: Store, _data_key: bytes, _slots: KeySlotFile) -> None:
        KeyPair.generate().save(store)
        store.db.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)", [("office_id", new_id()), ("office_name", name)]
        )
        audit.record(store, "office.create")

    return Store.create(folder, passphrase, role="office", prepare=prepare, without_keyring=without_keyring)


def require_office(store: Store) -> KeyPair:
    keys = KeyPair.load(store)
    if store.role != "office" or keys is None:
        raise NotAnOffice(_("This is a worker's store; that command is for the office store."))
    return keys


def enrol_worker(store: Store, worker_name: str, write: Callable[[Enrolment], None] | None = None) -> Enrolment:
    """Enrol a worker. ``write`` (saving the enrolment file) runs inside the transaction: if the file cannot be
    written, no worker is left enrolled without one."""
    keys = require_office(store)
    worker_name = checked_text(worker_name.strip(), "--worker")
    if not worker_name:
        raise InvalidInput("--worker", _("give the worker's name"))
    public = keys.public
    enrolment = Enrolment(
        office_id=store.meta("office_id") or "",
        office_name=store.meta("office_name") or "",
        office_signing_public=public.signing_public,
        office_age_recipient=public.age_recipient,
        worker_id=new_id(),
        worker_name=worker_name,
        token=secrets.token_hex(32),
        created_at=utc_now(),
    )
    with store.transaction():
        store.db.execute(
            "INSERT INTO sync_peer (peer_id, role, name, enrol_token, status, created_at) "
            "VALUES (?, 'worker', ?, ?, 'pending', ?)",
            (enrolment.worker_id, worker_name, enrolment.token, enrolment.created_at),
        )
        audit.record(store, "office.enrol", enrolment.worker_id)
        if write is not None:
            write(enrolment)
    return enrolment


def enrolment_bytes(enrolment: Enrolment) -> bytes:
    return (json.dumps(enrolment.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# -- laptop -----------------------------------------------------------------------------------------------


def read_enrolment(path: Path) -> Enrolment:
    """An enrolment file, checked field by field; anything else is refused with one line."""
    bad = _("{name} is not an enrolment file from a Safety Worker office.").format(name=path.name)
    doc = files.read_small_json(path, FORMAT, bad, MAX_FILE)
    r = Reader(doc, ignore=("format",))
    try:
        enrolment = Enrolment(
            office_id=r.text("office_id", required=True, max_len=64),
            office_name=r.text("office_name", required=True, max_len=200),
            office_signing_public=r.text("office_signing_public", required=True, max_len=64),
            office_age_recipient=r.text("office_age_recipient", required=True, max_len=100),
            worker_id=r.text("worker_id", required=True, max_len=64),
            worker_name=r.text("worker_name", required=True, max_len=200),
            token=r.text("enrol_token", required=True, max_len=64),
            created_at=r.text("created_at", required=True, max_len=40),
        )
        r.finish()
        bytes.fromhex(enrolment.token)
        if len(bytes.fromhex(enrolment.office_signing_public)) != 32:
            raise ValueError("signing key")
        pyrage.x25519.Recipient.from_str(enrolment.office_age_recipient)
    except (InvalidInput, ValueError, pyrage.RecipientError):
        raise SafetyWorkerError(bad) from None
    return enrolment


def create_laptop(folder: Path, passphrase: str, enrolment: Enrolment, *, without_keyring: str = ASK) -> Store:
    """A worker's store bound to the office of ``enrolment``, with its own device keys and the office
    recovery slot (the data key sealed to the office)."""

    def prepare(store: Store, data_key: bytes, slots: KeySlotFile) -> None:
        device = KeyPair.generate()
        device.save(store)
        store.db.execute(
            "INSERT INTO sync_peer (peer_id, role, name, signing_public, age_recipient, status, created_at) "
            "VALUES (?, 'office', ?, ?, ?, 'active', ?)",
            (
                enrolment.office_id,
                enrolment.office_name,
                enrolment.office_signing_public,
                enrolment.office_age_recipient,
                utc_now(),
            ),
        )
        store.db.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [
                ("office_id", enrolment.office_id),
                ("office_name", enrolment.office_name),
                ("worker_id", enrolment.worker_id),
                ("worker_name", enrolment.worker_name),
                ("enrol_token", enrolment.token),
            ],
        )
        recipient = pyrage.x25519.Recipient.from_str(enrolment.office_age_recipient)
        slots.office_recovery = pyrage.encrypt(data_key, [recipient])
        audit.record(store, "laptop.enrol", enrolment.worker_id)

    return Store.create(folder, passphrase, role="worker", prepare=prepare, without_keyring=without_keyring)


def device_fingerprint(store: Store) -> str | None:
    keys = KeyPair.load(store)
    return keys.public.fingerprint if keys else None


def office_fingerprint(store: Store) -> str | None:
    """Laptop: the office's fingerprint, to compare with the office screen. Office: its own."""
    if store.role == "office":
        return device_fingerprint(store)
    row = store.db.execute("SELECT signing_public, age_recipient FROM sync_peer WHERE role = 'office'").fetchone()
    return fingerprint(row[0], row[1]) if row else None
