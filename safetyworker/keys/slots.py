"""The key-slot file: the data key, wrapped once per way of unlocking.

- ``everyday``: Argon2id(passphrase) combined through HKDF with the device secret.
- ``recovery``: Argon2id(passphrase) alone, with much heavier parameters; used when the device secret is gone.

Each slot's settings (slot name, store id, KDF parameters, salt) are the AEAD's associated data, so a file
edited to weaken them no longer opens. A keyed check value of the device secret tells "this device secret is
stale" apart from "wrong passphrase" without revealing anything about the passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safetyworker import safejson
from safetyworker.errors import StoreDamaged, WrongPassphrase
from safetyworker.fsutil import atomic_write
from safetyworker.i18n import _
from safetyworker.keys import kdf

FORMAT = "safetyworker-keyslots/1"
EVERYDAY = "everyday"
RECOVERY = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


@dataclass
class Slot:
    kdf: kdf.Argon2Params
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, object]:
        return {
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: object) -> Slot:
        if not isinstance(data, dict):
            raise StoreDamaged(_("The key file is damaged."))
        try:
            return cls(
                kdf.Argon2Params.from_json(data["kdf"]),
                _unb64(data["salt"]),
                _unb64(data["nonce"]),
                _unb64(data["wrapped"]),
            )
        except (KeyError, ValueError):
            raise StoreDamaged(_("The key file is damaged.")) from None


@dataclass
class KeySlotFile:
    store_id: str
    device_secret_location: str
    device_check: bytes
    slots: dict[str, Slot] = field(default_factory=dict)
    #: The data key age-encrypted to the office (laptops enrolled with an office): a forgotten passphrase is
    #: not data loss. Only the office's identity opens it (see docs/sync.md, "Forgotten passphrase").
    office_recovery: bytes | None = None

    # -- persistence ---------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "store_id": self.store_id,
            "device_secret": {"location": self.device_secret_location, "check": _b64(self.device_check)},
            "slots": {name: slot.to_json() for name, slot in sorted(self.slots.items())},
        }
        if self.office_recovery is not None:
            doc["office_recovery"] = _b64(self.office_recovery)
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes(), mode=0o600)

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StoreDamaged(_("The store's key file is missing, so the store cannot be opened.")) from None
        except OSError:
            raise StoreDamaged(_("The store's key file is damaged, so the store cannot be opened.")) from None
        return cls.from_bytes(data)

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlotFile:
        """A key file's contents (the file itself, or the copy a backup carries), checked as ``load`` does."""
        try:
            doc = safejson.loads(data)
        except ValueError:
            raise StoreDamaged(_("The store's key file is damaged, so the store cannot be opened.")) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise StoreDamaged(_("The store's key file is damaged or from an unknown version."))
        try:
            ds = doc["device_secret"]
            result = cls(
                store_id=str(doc["store_id"]),
                device_secret_location=str(ds["location"]),
                device_check=_unb64(ds["check"]),
                slots={str(k): Slot.from_json(v) for k, v in dict(doc["slots"]).items()},
                office_recovery=_unb64(doc["office_recovery"]) if "office_recovery" in doc else None,
            )
        except (KeyError, TypeError, ValueError):
            raise StoreDamaged(_("The store's key file is damaged, so the store cannot be opened.")) from None
        if EVERYDAY not in result.slots or RECOVERY not in result.slots:
            raise StoreDamaged(_("The store's key file is missing a key slot."))
        return result

    # -- slots ---------------------------------------------------------------------------------------
    def _aad(self, name: str, slot_kdf: kdf.Argon2Params, salt: bytes) -> bytes:
        return json.dumps(
            {"slot": name, "store_id": self.store_id, "kdf": slot_kdf.to_json(), "salt": _b64(salt)},
            sort_keys=True,
        ).encode("utf-8")

    def _wrapping_key(
        self, name: str, passphrase: str, slot_kdf: kdf.Argon2Params, salt: bytes, device_secret: bytes | None
    ) -> bytes:
        stretched = kdf.derive(passphrase, salt, slot_kdf)
        if name == EVERYDAY:
            assert device_secret is not None
            return HKDF(
                algorithm=hashes.SHA256(),
                length=32,
                salt=device_secret,
                info=b"safetyworker everyday slot v1|" + self.store_id.encode(),
            ).derive(stretched)
        return stretched

    def seal(self, name: str, passphrase: str, data_key: bytes, device_secret: bytes | None = None) -> None:
        slot_kdf = kdf.everyday_params() if name == EVERYDAY else kdf.recovery_params()
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        key = self._wrapping_key(name, passphrase, slot_kdf, salt, device_secret)
        wrapped = AESGCM(key).encrypt(nonce, data_key, self._aad(name, slot_kdf, salt))
        self.slots[name] = Slot(slot_kdf, salt, nonce, wrapped)

    def open(self, name: str, passphrase: str, device_secret: bytes | None = None) -> bytes:
        slot = self.slots[name]
        floor = kdf.EVERYDAY_FLOOR_KIB if name == EVERYDAY else kdf.RECOVERY_FLOOR_KIB
        kdf.check_strength(slot.kdf, floor)
        key = self._wrapping_key(name, passphrase, slot.kdf, slot.salt, device_secret)
        try:
            return AESGCM(key).decrypt(slot.nonce, slot.wrapped, self._aad(name, slot.kdf, slot.salt))
        except InvalidTag:
            raise WrongPassphrase(_("Wrong passphrase. Nothing was changed.")) from None

    # -- device secret -------------------------------------------------------------------------------
    def set_device_secret(self, secret: bytes, location: str) -> None:
        self.device_secret_location = location
        self.device_check = device_check(secret, self.store_id)

    def device_secret_matches(self, secret: bytes | None) -> bool:
        return secret is not None and hmac.compare_digest(device_check(secret, self.store_id), self.device_check)


def device_check(secret: bytes, store_id: str) -> bytes:
    return hmac.new(secret, b"device-check|" + store_id.encode(), hashlib.sha256).digest()[:16]
