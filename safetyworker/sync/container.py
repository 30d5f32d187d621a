"""The bundle file: sign, then encrypt with age (DESIGN.md, Sync bundles).

Outside, a standard age file (binary, ``age-encryption.org/v1``): the office identity, or the standard ``age``
tool with it, decrypts it. Inside::

    safetyworker-bundle/1\\n
    <manifest: canonical JSON, one line>\\n
    <Ed25519 signature of the manifest line, base64>\\n
    <payload: gzip of the operations as JSON>

The manifest names the payload's SHA-256, so one signature covers everything. Every limit is checked before
the step that could be made to cost too much: the file size and the age header before decryption, the
manifest line before parsing it, the unpacked payload while unpacking.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import hashlib
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from safetyworker.errors import SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.sync.keys import KeyPair

MAGIC = b"safetyworker-bundle/1\n"
AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_FILE = 512 * 1024 * 1024
MAX_AGE_HEADER = 8 * 1024
MAX_STANZAS = 8
MAX_MANIFEST = 256 * 1024
MAX_PAYLOAD = 2 * 1024 * 1024 * 1024


class BadBundle(SafetyWorkerError):
    """A file that is not a bundle this store can take: nothing was changed."""

    exit_code = 6


class NotForThisStore(BadBundle):
    """An age file this store's key does not open: made for another store, or damaged."""


@dataclass(frozen=True)
class Opened:
    manifest: dict[str, Any]
    manifest_line: bytes
    signature: bytes
    payload: bytes  # still packed (gzip)

    @property
    def bundle_hash(self) -> str:
        return hashlib.sha256(self.manifest_line).hexdigest()


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def pack_payload(payload: Any) -> bytes:
    # mtime=0: the same operations pack to the same bytes.
    return gzip.compress(canonical(payload), compresslevel=6, mtime=0)


def seal(manifest: dict[str, Any], packed: bytes, signer: KeyPair, recipient: str | list[str]) -> tuple[bytes, str]:
    """The encrypted bundle, and the hash of its manifest (the next bundle names it as ``previous_hash``).
    Several recipients only for the office's notice of a refused enrolment (each laptop that presented it)."""
    recipients = [recipient] if isinstance(recipient, str) else recipient
    manifest = {**manifest, "payload_hash": hashlib.sha256(packed).hexdigest(), "payload_size": len(packed)}
    line = canonical(manifest)
    inner = b"".join((MAGIC, line, b"\n", base64.b64encode(signer.sign(line)), b"\n", packed))
    encrypted = pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(r) for r in recipients])
    return encrypted, hashlib.sha256(line).hexdigest()


def check_age_header(head: bytes, name: str) -> None:
    """Refuse, before any decryption, what is not an age file or has an outsized header."""
    if not head.startswith(AGE_MAGIC):
        raise BadBundle(_("{name} is not a Safety Worker bundle (not an encrypted bundle file).").format(name=name))
    end = head.find(b"\n---", len(AGE_MAGIC) - 1)
    if end < 0 or end > MAX_AGE_HEADER:
        raise BadBundle(_("{name} was refused: its header is too large or cut short.").format(name=name))
    if head[:end].count(b"\n-> ") > MAX_STANZAS:
        raise BadBundle(_("{name} was refused: it names too many recipients.").format(name=name))


def read_file(path: Path) -> bytes:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise BadBundle(
                _("{name} was refused: at {mb} MB it is larger than any bundle can be.").format(
                    name=name, mb=size // (1024 * 1024)
                )
            )
        with path.open("rb") as f:
            check_age_header(f.read(MAX_AGE_HEADER + 64), name)
            f.seek(0)
            return f.read(MAX_FILE + 1)
    except FileNotFoundError:
        raise BadBundle(_("There is no file {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise BadBundle(_("{path} is a folder, not a bundle file.").format(path=path)) from None
    except PermissionError:
        raise BadBundle(_("{path} cannot be read (no permission).").format(path=path)) from None


def open_bundle(data: bytes, identity: pyrage.x25519.Identity, name: str) -> Opened:
    check_age_header(data[: MAX_AGE_HEADER + 64], name)
    try:
        inner = pyrage.decrypt(data, [identity])
    except pyrage.DecryptError:
        raise NotForThisStore(
            _(
                "{name} cannot be opened here: it was made for another office or laptop, or it is damaged "
                "(for example cut short while copying). Nothing was changed."
            ).format(name=name)
        ) from None
    if not inner.startswith(MAGIC):
        raise BadBundle(_("{name} is not a Safety Worker bundle. Nothing was changed.").format(name=name))
    damaged = BadBundle(_("{name} is damaged. Nothing was changed.").format(name=name))
    first = inner.find(b"\n", len(MAGIC), len(MAGIC) + MAX_MANIFEST)
    second = inner.find(b"\n", first + 1, first + 200) if first > 0 else -1
    if first < 0 or second < 0:
        raise damaged
    line = inner[len(MAGIC) : first]
    try:
        manifest = json.loads(line.decode("utf-8"))
        signature = base64.b64decode(inner[first + 1 : second], validate=True)
    except (UnicodeDecodeError, ValueError, binascii.Error):
        raise damaged from None
    if not isinstance(manifest, dict):
        raise damaged
    payload = inner[second + 1 :]
    if manifest.get("payload_hash") != hashlib.sha256(payload).hexdigest():
        raise damaged
    return Opened(manifest, line, signature, payload)


def unpack_payload(packed: bytes, name: str) -> Any:
    damaged = BadBundle(_("{name} is damaged. Nothing was changed.").format(name=name))
    try:
        unpacker = zlib.decompressobj(wbits=31)
        raw = unpacker.decompress(packed, MAX_PAYLOAD)
        if unpacker.unconsumed_tail or not unpacker.eof:
            raise damaged
        return json.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise damaged from None
