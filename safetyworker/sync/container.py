"""The bundle file: sign, then encrypt with age (DESIGN.md, Sync bundles).

Outside, a standard age file (binary, ``age-encryption.org/v1``): the office identity, or the standard ``age``
tool with it, decrypts it. Inside::

    safetyworker-bundle/1\\n
    <manifest: canonical JSON, one line>\\n
    <Ed25519 signature of the manifest line, base64>\\n
    <payload: gzip of the operations as JSON>

The manifest names the payload's SHA-256, so one signature covers everything. Every limit is checked before
the step that could be made to cost too much: the file size and the age header before decryption, the
manifest line before parsing it (and its nesting while parsing), every manifest field's type and range before
anything uses it, the unpacked payload's size by a first streamed pass that keeps nothing, before a second pass
allocates it. A bundle refused before its operations are read costs about twice ``MAX_FILE`` in memory at
most (docs/sync.md, Limits).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from safetyworker import safejson
from safetyworker.errors import SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.sync.keys import KeyPair

MAGIC = b"safetyworker-bundle/1\n"
AGE_MAGIC = b"age-encryption.org/v1\n"
#: The file is read whole and decrypted in memory, so this bounds what any bundle, refused or not, can cost
#: (a 10,000-case first bundle is about 10 to 20 MB).
MAX_FILE = 48 * 1024 * 1024
MAX_AGE_HEADER = 8 * 1024
MAX_STANZAS = 8
MAX_MANIFEST = 256 * 1024
#: The operations once unpacked (gzip of JSON is 5-10 times smaller, so about 5 times what MAX_FILE can carry).
MAX_PAYLOAD = 128 * 1024 * 1024
#: Unpacking works in steps of this size, so a "gzip bomb" is measured without ever being held.
_UNPACK_STEP = 1024 * 1024
#: Sequence numbers, counts and other whole numbers in a manifest: exact in every JSON reader (2**53).
MAX_NUMBER = 2**53
#: Ids, hashes, keys and stamps in a manifest are short; anything longer is not one.
MAX_ID = 200


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
    payload: bytes | memoryview  # still packed (gzip)

    @property
    def bundle_hash(self) -> str:
        return hashlib.sha256(self.manifest_line).hexdigest()


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


#: gzip's level for a bundle's operations. Level 3 packs a 10,000-case first bundle in a quarter of the time
#: level 6 took (0.6 s against 2.2 s here) for a file about 15% larger (9.3 MB against 8.1 MB); level 1 was no
#: faster on this JSON, and larger (bench/bench_bulk.py; issue 18).
GZIP_LEVEL = 3
#: Encoded pieces are handed to the compressor in chunks of about this size, not as one string.
_PACK_CHUNK = 1024 * 1024


def pack_payload(payload: Any, encoded: dict[str, list[str]] | None = None) -> bytes:
    """gzip of the payload as canonical JSON. ``encoded``: members whose items are JSON text already (a bundle's
    operations, built by SQLite), spliced in as arrays in their sorted place; the whole text is never held."""
    # mtime 0 and no file name: the same operations pack to the same bytes.
    packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)
    if not encoded:
        return packer.compress(canonical(payload)) + packer.flush()
    chunks: list[bytes] = []
    pending: list[str] = []
    size = 0

    def put(text: str) -> None:
        nonlocal size
        pending.append(text)
        size += len(text)
        if size >= _PACK_CHUNK:
            flush()

    def flush() -> None:
        nonlocal size
        chunks.append(packer.compress("".join(pending).encode("utf-8")))
        pending.clear()
        size = 0

    members = {**payload, **encoded}
    put("{")
    for n, key in enumerate(sorted(members)):
        put(("," if n else "") + canonical(key).decode("utf-8") + ":")
        if key in encoded:
            items = encoded[key]
            put("[")
            for start in range(0, len(items), 1000):
                put(("," if start else "") + ",".join(items[start : start + 1000]))
            put("]")
        else:
            put(canonical(members[key]).decode("utf-8"))
    put("}")
    flush()
    chunks.append(packer.flush())
    return b"".join(chunks)


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
        manifest = safejson.loads(line.decode("utf-8"))
        signature = base64.b64decode(inner[first + 1 : second], validate=True)
    except (UnicodeDecodeError, ValueError, binascii.Error):
        raise damaged from None
    if not isinstance(manifest, dict):
        raise damaged
    check_manifest(manifest, name)
    payload = memoryview(inner)[second + 1 :]  # not a copy: the file can be tens of megabytes
    if manifest.get("payload_hash") != hashlib.sha256(payload).hexdigest():
        raise damaged
    return Opened(manifest, line, signature, payload)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_ID


def _is_number(value: Any, low: int = 0) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= MAX_NUMBER


def _is_counts(value: Any) -> bool:
    return isinstance(value, dict) and len(value) <= 64 and all(_is_text(k) and _is_number(v) for k, v in value.items())


def _is_ack(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and _is_number(value.get("sequence", 0))
        and (value.get("bundle_id") is None or _is_text(value.get("bundle_id")))
    )


def _is_device(value: Any) -> bool:
    return isinstance(value, dict) and len(value) <= 16 and all(_is_text(k) and _is_text(v) for k, v in value.items())


#: The type and range of every manifest field this program reads. A field that is absent is left to the importer
#: (which names what is missing); one that is present must be right, so that no later step meets a dict where it
#: expects an id, or a number too large for the store (a sequence of 10**30, or 2**62 gap rows to note).
MANIFEST_FIELDS: dict[str, Callable[[Any], bool]] = {
    "format": _is_text,
    "kind": _is_text,
    "bundle_id": lambda v: _is_text(v) and v != "",
    "office_id": _is_text,
    "sender_device": _is_text,
    "sender_peer": _is_text,
    "sender_signing_public": _is_text,
    "sequence": lambda v: _is_number(v, 1),
    "previous_hash": lambda v: v is None or _is_text(v),
    "recipient": _is_text,
    "created_at": _is_text,
    "counts": _is_counts,
    "ack": _is_ack,
    "device": _is_device,
    "to_worker": _is_text,
    "payload_hash": _is_text,
    "payload_size": _is_number,
}


def check_manifest(manifest: dict[str, Any], name: str) -> None:
    """Refuse a manifest with a field of the wrong type or out of range (``BadBundle``: damaged)."""
    for key, fits in MANIFEST_FIELDS.items():
        if key in manifest and not fits(manifest[key]):
            raise BadBundle(_("{name} is damaged. Nothing was changed.").format(name=name))


def _unpacked_size(packed: bytes | memoryview, limit: int) -> int:
    """The size ``packed`` unpacks to, counted in steps that are thrown away; stops past ``limit``."""
    unpacker = zlib.decompressobj(wbits=31)
    size = len(unpacker.decompress(packed, _UNPACK_STEP))
    while unpacker.unconsumed_tail and size <= limit:
        size += len(unpacker.decompress(unpacker.unconsumed_tail, _UNPACK_STEP))
    if not unpacker.unconsumed_tail and size <= limit:
        size += len(unpacker.flush())
    return size


def unpack_payload(packed: bytes | memoryview, name: str, limit: int = MAX_PAYLOAD) -> Any:
    """The operations, or ``BadBundle``. The unpacked size is measured first (nothing kept), so a small file that
    unpacks to gigabytes is refused after at most ``limit`` bytes of work and a megabyte of memory."""
    damaged = BadBundle(_("{name} is damaged. Nothing was changed.").format(name=name))
    try:
        size = _unpacked_size(packed, limit)
        if size > limit:
            raise BadBundle(
                _("{name} was refused: it unpacks to more than {mb} MB, more than any bundle holds.").format(
                    name=name, mb=limit // (1024 * 1024)
                )
            )
        unpacker = zlib.decompressobj(wbits=31)
        raw = unpacker.decompress(packed, limit + 1)
        if unpacker.unconsumed_tail or not unpacker.eof or len(raw) > limit:
            raise damaged
        return safejson.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise damaged from None
