"""The keys a store syncs with: an age X25519 identity to receive bundles and an Ed25519 key to sign them.

The office makes one pair when its store is created; each laptop makes its own when it enrols. Private halves
live in the encrypted database (table ``sync_key``), never in a file of their own, so they are as safe as the
caseload and go wherever the store goes. Fingerprints are shown as six short words, to compare aloud or by eye
between the office screen and the laptop.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from mnemonic import Mnemonic

from safetyworker.store.vault import Store

_WORDS = Mnemonic("english").wordlist  # 2048 plain words (BIP-39): 11 bits a word


@dataclass(frozen=True)
class PublicKeys:
    signing_public: str  # Ed25519, 64 hex digits
    age_recipient: str  # age1...

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public, self.age_recipient)


@dataclass(frozen=True)
class KeyPair:
    signing_private: Ed25519PrivateKey
    age_identity: pyrage.x25519.Identity

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(public_hex(self.signing_private), str(self.age_identity.to_public()))

    def sign(self, data: bytes) -> bytes:
        return self.signing_private.sign(data)

    def save(self, store: Store) -> None:
        """Inside the caller's transaction."""
        store.db.executemany(
            "INSERT OR REPLACE INTO sync_key (name, value) VALUES (?, ?)",
            [
                ("signing_private", self.signing_private.private_bytes_raw().hex()),
                ("age_identity", str(self.age_identity)),
            ],
        )

    @classmethod
    def load(cls, store: Store) -> KeyPair | None:
        rows = dict(store.db.execute("SELECT name, value FROM sync_key").fetchall())
        if "signing_private" not in rows:
            return None
        return cls(
            Ed25519PrivateKey.from_private_bytes(bytes.fromhex(rows["signing_private"])),
            pyrage.x25519.Identity.from_str(rows["age_identity"]),
        )


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes_raw().hex()


def verify(signing_public: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(signing_public)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(signing_public: str, age_recipient: str) -> str:
    """Six words from a hash of both public keys (66 bits: enough to notice a swapped file by eye)."""
    digest = hashlib.sha256(f"safetyworker-fingerprint/1|{signing_public}|{age_recipient}".encode()).digest()
    return words(digest)


def words(data: bytes, n: int = 6) -> str:
    """The first ``11 * n`` bits of ``data`` as plain words, to read aloud or compare by eye."""
    bits, size = int.from_bytes(data, "big"), 8 * len(data)
    if size < 11 * n:
        raise ValueError("not enough bits for that many words")
    return " ".join(_WORDS[(bits >> (size - 11 * (i + 1))) & 0x7FF] for i in range(n))


def recipient_id(age_recipient: str) -> str:
    """A short, stable id for an age recipient, written into a bundle's manifest."""
    return hashlib.sha256(age_recipient.encode()).hexdigest()[:32]
