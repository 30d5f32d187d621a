"""A worker forgot the passphrase: the office recovery slot, used in three steps.

1. Laptop (no passphrase): ``recover request`` writes the slot, which is the data key already age-encrypted to
   the office. Carrying it reveals nothing; only the office identity opens it.
2. Office: ``office recover REQUEST -o ANSWER`` opens it and wraps the data key again under a one-time
   recovery code (six words, Argon2id) that the office reads to the worker by phone, never with the file.
3. Laptop: ``recover finish ANSWER`` asks the code and a new passphrase, checks the key opens this store, and
   makes new key slots. The caseload is untouched.
A request or an answer on its own opens nothing: the answer needs the code, the request needs the office.
"""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safetyworker.errors import SafetyWorkerError, WrongPassphrase
from safetyworker.i18n import _
from safetyworker.keys import kdf
from safetyworker.keys.slots import KeySlotFile
from safetyworker.store import audit
from safetyworker.store.vault import SLOTS_NAME, Store, reset_passphrase, store_exists, utc_now
from safetyworker.sync import files
from safetyworker.sync.enrolment import require_office
from safetyworker.sync.keys import words as keys_words

REQUEST = "safetyworker-recovery-request/1"
ANSWER = "safetyworker-recovery-answer/1"
MAX_FILE = 64 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _load(path: Path, fmt: str) -> dict[str, Any]:
    bad = _("{name} is not the recovery file this step needs.").format(name=path.name)
    return files.read_small_json(path, fmt, bad, MAX_FILE)


def request(folder: Path) -> bytes:
    """Laptop, step 1: the request file's bytes (needs no passphrase)."""
    if not store_exists(folder):
        raise SafetyWorkerError(_("There is no store in {folder}.").format(folder=folder))
    slots = KeySlotFile.load(folder / SLOTS_NAME)
    if slots.office_recovery is None:
        raise SafetyWorkerError(
            _("This store has no office recovery slot (it was not set up from an office enrolment file).")
        )
    doc = {"format": REQUEST, "store_id": slots.store_id, "sealed": _b64(slots.office_recovery)}
    return (json.dumps(doc, indent=2) + "\n").encode()


def _code_key(words: str, salt: bytes, params: kdf.Argon2Params) -> bytes:
    normal = " ".join(words.lower().split())
    return kdf.derive(normal, salt, params)


def answer(office: Store, request_path: Path) -> tuple[bytes, str]:
    """Office, step 2: the answer file's bytes and the code words to read to the worker."""
    keys = require_office(office)
    doc = _load(request_path, REQUEST)
    try:
        sealed = base64.b64decode(str(doc["sealed"]), validate=True)
        data_key = pyrage.decrypt(sealed, [keys.age_identity])
    except (KeyError, ValueError, pyrage.DecryptError):
        raise SafetyWorkerError(
            _("{name} was not sealed to this office, or it is damaged.").format(name=request_path.name)
        ) from None
    words = keys_words(secrets.token_bytes(16))  # six words, about 77 random bits, slowed by Argon2id
    params = kdf.recovery_params()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    store_id = str(doc.get("store_id"))
    wrapped = AESGCM(_code_key(words, salt, params)).encrypt(nonce, data_key, store_id.encode())
    out = {
        "format": ANSWER,
        "store_id": store_id,
        "kdf": params.to_json(),
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
        "made_at": utc_now(),
    }
    with office.transaction():
        audit.record(office, "office.recovery", store_id)
    return (json.dumps(out, indent=2) + "\n").encode(), words


def finish(folder: Path, answer_path: Path, words: str, new_passphrase: str) -> None:
    """Laptop, step 3: new key slots under a new passphrase; the data key and the caseload stay."""
    doc = _load(answer_path, ANSWER)
    slots = KeySlotFile.load(folder / SLOTS_NAME)
    if doc.get("store_id") != slots.store_id:
        raise SafetyWorkerError(_("{name} is the answer for another laptop.").format(name=answer_path.name))
    try:
        params = kdf.Argon2Params.from_json(doc["kdf"])
        kdf.check_strength(params, kdf.RECOVERY_FLOOR_KIB)
        salt = base64.b64decode(doc["salt"], validate=True)
        nonce = base64.b64decode(doc["nonce"], validate=True)
        wrapped = base64.b64decode(doc["wrapped"], validate=True)
    except (KeyError, TypeError, ValueError):
        raise SafetyWorkerError(_("{name} is damaged.").format(name=answer_path.name)) from None
    try:
        data_key = AESGCM(_code_key(words, salt, params)).decrypt(nonce, wrapped, slots.store_id.encode())
    except InvalidTag:
        raise WrongPassphrase(_("That recovery code does not match. Nothing was changed.")) from None
    reset_passphrase(folder, data_key, new_passphrase)
