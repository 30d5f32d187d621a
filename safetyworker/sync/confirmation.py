"""The office confirms a laptop's words before it takes that laptop's first bundle.

An enrolment file proves only that a laptop was set up from that file, and a file can be copied. So the office
applies a laptop's first bundle, and pins that laptop's keys to the worker, only once someone at the office has
typed the six fingerprint words the worker reads out from their own screen (``office confirm``). Until then the
bundle is held: the office notes which laptop presented the enrolment (a *claim*), applies nothing and pins
nothing; importing the same bundle again after the confirmation applies it.

The confirmation decides who the worker is: a laptop whose words were not the ones confirmed is refused with
"this enrolment was already used by another laptop", even if its bundle arrived first, and the coordinator sees
an alert. Two laptops presenting one enrolment before any confirmation leave the office unable to tell which is
the worker's: the enrolment is spent (status ``copied``), every laptop on it is refused, and the coordinator
withdraws it and enrols the worker again (docs/sync.md, "Confirming a laptop"). The office's answer to a spent
enrolment is a small notice, signed by the office and readable by each laptop that presented it, that makes
the worker's laptop say plainly its enrolment may have been copied.

The state lives in ``meta`` (``enrolment:<worker id>``, one JSON document per worker being enrolled), so no
schema change is needed; the words themselves are never stored, only the fingerprint they spell.
"""

from __future__ import annotations

import hmac
import json
from pathlib import Path
from typing import Any

from safetyworker.errors import InvalidInput, RecordNotFound, SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.store import audit
from safetyworker.store.vault import Store, new_id, utc_now
from safetyworker.sync import container, files
from safetyworker.sync.container import BadBundle
from safetyworker.sync.enrolment import enrolment_proof, require_office
from safetyworker.sync.keys import KeyPair, fingerprint, recipient_id, verify, wordlist

#: Status of a worker whose enrolment two laptops presented before the office confirmed either.
COPIED = "copied"
NOTICE_KIND = "enrolment_refused"
#: The laptop's flag once the office has told it its enrolment was refused.
REFUSED_META = "enrolment_refused_at"
ALERT_USED_TWICE = "enrolment_used_twice"
WORDS = 6


class WaitingForConfirmation(SafetyWorkerError):
    """A laptop's first bundle, held until the office confirms that laptop's words (nothing applied)."""

    exit_code = 1

    def __init__(self, message: str, worker_id: str, worker_name: str) -> None:
        super().__init__(message)
        self.worker_id = worker_id
        self.worker_name = worker_name


class EnrolmentUsedTwice(BadBundle):
    """A second laptop presented an enrolment: refused, and an alert raised for the coordinator."""

    exit_code = 1


class WordsDoNotMatch(SafetyWorkerError):
    exit_code = 1


class EnrolmentRefused(SafetyWorkerError):
    """Laptop: the office refused this laptop's enrolment (it was used by another laptop too)."""

    exit_code = 1


# -- the words ----------------------------------------------------------------------------------------------


def normalise_words(words: list[str] | str) -> str:
    """Six words as typed (any case, spaces or commas between) in the form ``fingerprint`` gives them."""
    text = " ".join(words) if isinstance(words, list) else words
    found = text.replace(",", " ").lower().split()
    if len(found) != WORDS:
        raise InvalidInput(
            "words", _("type the six words the laptop shows, in order (you gave {n})").format(n=len(found))
        )
    known = set(wordlist())
    unknown = [w for w in found if w not in known]
    if unknown:
        raise InvalidInput(
            "words",
            _("{word} is not one of the fingerprint words: check the spelling with the worker").format(word=unknown[0]),
        )
    return " ".join(found)


# -- the office's record of an enrolment --------------------------------------------------------------------


def _key(worker_id: str) -> str:
    return f"enrolment:{worker_id}"


def _state(store: Store, worker_id: str) -> dict[str, Any]:
    raw = store.meta(_key(worker_id))
    state = json.loads(raw) if raw else {}
    state.setdefault("confirmed", None)
    state.setdefault("claims", {})
    state.setdefault("alerts", [])
    return state


def _save(store: Store, worker_id: str, state: dict[str, Any]) -> None:
    """Inside the caller's transaction."""
    store.db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (_key(worker_id), json.dumps(state, sort_keys=True)),
    )


def _worker(store: Store, worker_id: str) -> dict[str, Any]:
    cur = store.db.execute("SELECT * FROM sync_peer WHERE peer_id = ? AND role = 'worker'", (worker_id,))
    row = cur.fetchone()
    if row is None:
        raise RecordNotFound(_("No worker {id} is enrolled with this office.").format(id=worker_id))
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def _raise_alert(store: Store, worker_id: str, state: dict[str, Any], device_id: str) -> None:
    if not any(a["device_id"] == device_id for a in state["alerts"]):
        state["alerts"].append({"kind": ALERT_USED_TWICE, "device_id": device_id, "raised_at": utc_now()})
        audit.record(store, "office.enrolment_used_twice", worker_id)


def used_twice_message(name: str, worker: str) -> str:
    return _(
        "{name} was refused: this enrolment was already used by another laptop. {worker}'s enrolment file may "
        "have been copied. Nothing was changed. Call {worker}; to start again, withdraw the laptop "
        "(Sync, Withdraw a laptop; or office revoke) and enrol {worker} again with a new file handed over in person."
    ).format(name=name, worker=worker)


def confirm(store: Store, worker_id: str, words: list[str] | str) -> dict[str, Any]:
    """The office confirms the words the worker read out from their own laptop. With a bundle held, the words
    must be that laptop's (otherwise nothing changes); with none yet, the first bundle will be accepted only
    from the laptop that shows these words."""
    require_office(store)
    worker = _worker(store, worker_id)
    typed = normalise_words(words)
    name = worker["name"]
    if worker["status"] == "revoked":
        raise InvalidInput("worker", _("{name}'s enrolment was withdrawn").format(name=name))
    if worker["status"] == COPIED:
        raise EnrolmentUsedTwice(
            _(
                "{name}'s enrolment was used by two laptops, so the office cannot tell which is theirs. Withdraw "
                "it (Sync, Withdraw a laptop; or office revoke) and enrol {name} again with a new file handed over "
                "in person."
            ).format(name=name)
        )
    if worker["status"] == "active":
        if typed == fingerprint(worker["signing_public"], worker["age_recipient"]):
            return {"worker_id": worker_id, "name": name, "confirmed": True, "waiting_bundle": False, "changed": False}
        raise WordsDoNotMatch(
            _("{name}'s laptop is already confirmed, and these are not its words. Nothing was changed.").format(
                name=name
            )
        )
    state = _state(store, worker_id)
    claims = state["claims"]
    matching = [d for d, c in claims.items() if c["fingerprint"] == typed]
    if claims and not matching:
        raise WordsDoNotMatch(
            _(
                "These words do not match the laptop whose bundle is waiting for {name}. Nothing was changed. "
                "Ask {name} to read the words again from their own screen. If they still differ, that bundle came "
                "from another laptop and {name}'s enrolment file may have been copied: do not confirm it."
            ).format(name=name)
        )
    with store.transaction():
        state["confirmed"] = typed
        # Kept past the first bundle (which clears the peer's copy), to recognise the file presented again.
        state["token"] = worker["enrol_token"]
        _save(store, worker_id, state)
        audit.record(store, "office.confirm", worker_id)
    return {"worker_id": worker_id, "name": name, "confirmed": True, "waiting_bundle": bool(matching), "changed": True}


def first_bundle(
    store: Store, peer: dict[str, Any], manifest: dict[str, Any], opened: container.Opened, name: str
) -> None:
    """Office, a laptop's first bundle whose enrolment proof is good: apply it (return) only if its words are
    the ones the office confirmed. Otherwise note the laptop, refuse the bundle, and change nothing else."""
    device = manifest["device"]
    device_id = str(manifest.get("sender_device"))
    signing, recipient = str(device.get("signing_public")), str(device.get("age_recipient"))
    if not verify(signing, opened.signature, opened.manifest_line):
        raise BadBundle(
            _("{name} has a signature that does not match its sender. Nothing was changed.").format(name=name)
        )
    worker_id, worker = peer["peer_id"], peer["name"]
    state = _state(store, worker_id)
    words = fingerprint(signing, recipient)
    if state["confirmed"] == words and peer["status"] == "pending":
        return
    claims = state["claims"]
    claims.setdefault(device_id, {"fingerprint": words, "age_recipient": recipient, "first_seen_at": utc_now()})
    others = [d for d in claims if d != device_id]
    with store.transaction():
        if peer["status"] == COPIED or state["confirmed"] or others:
            if peer["status"] == "pending" and not state["confirmed"]:
                # Two laptops, neither confirmed: the office cannot tell which is the worker's.
                store.db.execute("UPDATE sync_peer SET status = ? WHERE peer_id = ?", (COPIED, worker_id))
            _raise_alert(store, worker_id, state, device_id)
            _save(store, worker_id, state)
            refusal = EnrolmentUsedTwice(used_twice_message(name, worker))
        else:
            _save(store, worker_id, state)
            audit.record(store, "office.hold", worker_id)
            refusal = None
    if refusal is not None:
        raise refusal
    raise WaitingForConfirmation(
        _(
            "{name} comes from {worker}'s laptop, which is waiting for the office to confirm this laptop's words. "
            "Nothing was applied yet. Ask {worker} to read out the six words their laptop shows, type them with "
            "'office confirm {id} WORD WORD WORD WORD WORD WORD' (or in the office window), then import {name} "
            "again."
        ).format(name=name, worker=worker, id=worker_id),
        worker_id,
        worker,
    )


def another_laptop(store: Store, peer: dict[str, Any], manifest: dict[str, Any], name: str) -> None:
    """Office, a worker already confirmed: a first bundle from a different laptop presents the same enrolment
    again. Refused with the alert (the confirmed laptop carries on)."""
    device = manifest.get("device")
    if not isinstance(device, dict) or peer["status"] != "active":
        return
    state = _state(store, peer["peer_id"])
    proof = enrolment_proof(
        state.get("token") or "",
        str(manifest.get("sender_device")),
        str(device.get("signing_public")),
        str(device.get("age_recipient")),
    )
    if not state.get("token") or not hmac.compare_digest(proof, str(device.get("proof"))):
        return
    with store.transaction():
        _raise_alert(store, peer["peer_id"], state, str(manifest.get("sender_device")))
        _save(store, peer["peer_id"], state)
    raise EnrolmentUsedTwice(used_twice_message(name, peer["name"]))


def alerts(store: Store) -> list[dict[str, Any]]:
    """Office: enrolments presented by more than one laptop, newest first, for the coordinator."""
    out = []
    for key, value in store.db.execute("SELECT key, value FROM meta WHERE key LIKE 'enrolment:%'"):
        worker_id = key.split(":", 1)[1]
        row = store.db.execute("SELECT name, status FROM sync_peer WHERE peer_id = ?", (worker_id,)).fetchone()
        if row is None or row[1] == "revoked":
            continue
        for alert in json.loads(value).get("alerts", []):
            out.append(
                {
                    "kind": alert["kind"],
                    "worker_id": worker_id,
                    "name": row[0],
                    "raised_at": alert["raised_at"],
                    "message": _(
                        "{name}'s enrolment was already used by another laptop: the file may have been copied. "
                        "Call {name}."
                    ).format(name=row[0]),
                }
            )
    return sorted(out, key=lambda a: a["raised_at"], reverse=True)


def pending(store: Store) -> list[dict[str, Any]]:
    """Office: workers with a bundle held until their laptop's words are confirmed."""
    out = []
    for key, value in store.db.execute("SELECT key, value FROM meta WHERE key LIKE 'enrolment:%'"):
        worker_id = key.split(":", 1)[1]
        row = store.db.execute("SELECT name, status FROM sync_peer WHERE peer_id = ?", (worker_id,)).fetchone()
        state = json.loads(value)
        if row and row[1] == "pending" and state.get("claims") and not state.get("confirmed"):
            out.append({"worker_id": worker_id, "name": row[0]})
    return out


def confirmed_words(store: Store, worker_id: str) -> str | None:
    words: str | None = _state(store, worker_id)["confirmed"]
    return words


# -- the office's answer to a spent enrolment ---------------------------------------------------------------


def is_copied(store: Store, worker_id: str) -> bool:
    row = store.db.execute("SELECT status FROM sync_peer WHERE peer_id = ?", (worker_id,)).fetchone()
    return bool(row) and row[0] == COPIED


def write_notice(store: Store, worker_id: str, path: Path) -> int:
    """A signed notice, readable by every laptop that presented this spent enrolment, telling it plainly."""
    keys = require_office(store)
    state = _state(store, worker_id)
    recipients = sorted({c["age_recipient"] for c in state["claims"].values()})[: container.MAX_STANZAS]
    manifest = {
        "format": "safetyworker-bundle/1",
        "kind": NOTICE_KIND,
        "bundle_id": new_id(),
        "office_id": store.meta("office_id"),
        "sender_peer": store.meta("office_id"),
        "to_worker": worker_id,
        "recipients": [recipient_id(r) for r in recipients],
        "created_at": utc_now(),
    }
    packed = container.pack_payload({"reason": ALERT_USED_TWICE})
    data, _hash = container.seal(manifest, packed, keys, recipients)
    files.write_private(path, data)
    with store.transaction():
        audit.record(store, "office.notice", worker_id)
    return len(data)


def take_notice(store: Store, opened: container.Opened, keys: KeyPair, office: dict[str, Any], name: str) -> None:
    """Laptop: the office's notice that this laptop's enrolment was refused. Checked like any office bundle,
    remembered (the sync status says it from now on), then said plainly."""
    manifest = opened.manifest
    if manifest.get("sender_peer") != office["peer_id"] or not verify(
        str(office["signing_public"]), opened.signature, opened.manifest_line
    ):
        raise BadBundle(
            _("{name} has a signature that does not match its sender. Nothing was changed.").format(name=name)
        )
    if manifest.get("to_worker") != store.meta("worker_id") or recipient_id(str(keys.age_identity.to_public())) not in (
        manifest.get("recipients") or []
    ):
        raise BadBundle(_("{name} was made for another worker's laptop.").format(name=name))
    with store.transaction():
        store.db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (REFUSED_META, str(manifest.get("created_at")))
        )
        audit.record(store, "laptop.enrolment_refused")
    raise EnrolmentRefused(refused_message())


def refused_message() -> str:
    return _(
        "The office could not accept this laptop: the enrolment it was set up with was used by another laptop "
        "too, so the enrolment file may have been copied. Call the office. Do not send bundles from this laptop "
        "until the office has enrolled you again."
    )


def refused_at(store: Store) -> str | None:
    """Laptop: when the office said its enrolment was refused (None: it never did)."""
    return store.meta(REFUSED_META)
