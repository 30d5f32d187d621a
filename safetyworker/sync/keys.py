"""The keys a store syncs with: an age X25519 identity to receive bundles and an Ed25519 key to sign them.

The office makes one pair when its store is created; each laptop makes its own when it enrols. Private halves
live in the encrypted database (table ``sync_key``), never in a file of their own, so they are as safe as the
caseload and go wherever the store goes. Fingerprints are shown as six short words, to compare aloud or by eye
between the office screen and the laptop.

The words come from resources/wordlists/fingerprint-words-N.txt: the EFF large wordlist less every word that
could frighten or hurt a client hearing it read aloud (resources/wordlists/README.md). Words are never stored:
each side computes them, so the office and the laptops see the same words when they run the same list.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from safetyworker.resources import resource
from safetyworker.store.vault import Store

#: The version of the word list in use (resources/wordlists/fingerprint-words-{N}.txt). A changed list is a new
#: file and a new number, never an edit, so that "version 1" means the same words everywhere.
WORDLIST_VERSION = 1
#: At least this many words, so that six of them still carry 66 bits as the BIP-39 words did.
MIN_WORDS = 2048
#: Spare bits the input must carry past what the words use, so every word is (all but exactly) equally likely.
_SPARE_BITS = 32


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
    """Six words from a hash of both public keys (about 77 bits: enough to notice a swapped file by eye)."""
    digest = hashlib.sha256(f"safetyworker-fingerprint/1|{signing_public}|{age_recipient}".encode()).digest()
    return words(digest)


@functools.cache
def wordlist() -> tuple[str, ...]:
    """The fingerprint words, in the order of the file (the order is part of the list: it decides the words)."""
    text = resource("wordlists", f"fingerprint-words-{WORDLIST_VERSION}.txt").read_text("utf-8")
    found = tuple(text.split())
    if len(found) < MIN_WORDS or len(set(found)) != len(found):
        raise RuntimeError("the fingerprint word list is damaged: reinstall Safety Worker")
    return found


def wordlist_fingerprint() -> str:
    """SHA-256 of the word list as used: two installations that agree on it show the same words for a key."""
    return hashlib.sha256("\n".join(wordlist()).encode()).hexdigest()


def words(data: bytes, n: int = 6) -> str:
    """``data`` (a hash, or random bytes) as ``n`` plain words, to read aloud or compare by eye: the number it
    holds written in base len(wordlist()), one word a digit."""
    table = wordlist()
    size = len(table)
    if 256 ** len(data) < size**n * 2**_SPARE_BITS:
        raise ValueError("not enough bits for that many words")
    value = int.from_bytes(data, "big")
    chosen = []
    for _i in range(n):
        value, digit = divmod(value, size)
        chosen.append(table[digit])
    return " ".join(chosen)


def recipient_id(age_recipient: str) -> str:
    """A short, stable id for an age recipient, written into a bundle's manifest."""
    return hashlib.sha256(age_recipient.encode()).hexdigest()[:32]
