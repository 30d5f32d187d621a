"""A bundle's manifest: what it says on the outside, made on one side and checked on the other.

The manifest names the bundle's kind, office, sender, number and acknowledgement. Making one and believing one
are kept together so the two sides cannot drift apart. ``open_checked`` is every check an incoming bundle
passes before anything of its payload is read: not one this store made itself, opened with this store's key,
the right format and office, signed by the peer it claims to come from (a laptop's first bundle registers its
keys), and a believable number. Nothing is written here but the audit trail and the enrolment notes
``confirmation`` keeps.
"""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safetyworker.i18n import _
from safetyworker.store.hlc import Stamp
from safetyworker.store.vault import Store, new_id, utc_now
from safetyworker.sync import audit_trail, bundle_ledger, confirmation, container
from safetyworker.sync.container import BadBundle, NotForThisStore
from safetyworker.sync.enrolment import enrolment_proof
from safetyworker.sync.keys import KeyPair, recipient_id, verify
from safetyworker.sync.peers import NotEnrolled, office_peer, peer_by_id

FORMAT = "safetyworker-bundle/1"
TO_OFFICE = "to_office"
TO_WORKER = "to_worker"
#: A stamp further ahead of this computer's clock than this is refused: a laptop whose clock is years ahead
#: would otherwise drag every store's clock along with it.
MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000
#: Bundles a sender may have made that never arrived: each is noted as a gap, so a number further ahead than this
#: (no laptop makes ten thousand bundles that all go missing) is refused rather than noting billions of gaps.
MAX_SEQUENCE_JUMP = 10_000


def make_manifest(
    store: Store, kind: str, keys: KeyPair, peer: dict[str, Any], counts: dict[str, int]
) -> dict[str, Any]:
    """The manifest of the next bundle for ``peer``; the caller adds what only its kind carries."""
    return {
        "format": FORMAT,
        "kind": kind,
        "bundle_id": new_id(),
        "office_id": store.meta("office_id"),
        "sender_device": store.device_id,
        "sender_signing_public": keys.public.signing_public,
        "sequence": peer["seq_out"] + 1,
        "previous_hash": peer["hash_out"],
        "recipient": recipient_id(peer["age_recipient"]),
        "created_at": utc_now(),
        "counts": dict(sorted(counts.items())),
        "ack": {"sequence": peer["seq_in"], "bundle_id": bundle_ledger.acked_bundle(store, peer)},
        # where this store's audit trail ends, so the other side can tell a trail cut or rewritten since
        "audit_head": audit_trail.head_of(store),
    }


@dataclass(frozen=True)
class Envelope:
    """An incoming bundle that passed every check on its outside: its payload is still packed."""

    keys: KeyPair
    opened: container.Opened
    peer: dict[str, Any]
    sequence: int

    @property
    def manifest(self) -> dict[str, Any]:
        return self.opened.manifest


def open_checked(store: Store, path: Path) -> Envelope:
    """Read, open and check the bundle at ``path`` for this store; raises ``BadBundle`` (or ``NotEnrolled``)."""
    name = path.name
    keys = KeyPair.load(store)
    if keys is None:
        raise NotEnrolled(_("This store is not set up to sync (not an office store, and not enrolled)."))
    data = container.read_file(path)
    refuse_own_bundle(store, data, name)
    try:
        opened = container.open_bundle(data, keys.age_identity, name)
    except NotForThisStore:
        if store.role == "office":
            why = _(
                "{name} cannot be opened here: it was made for a laptop or for another office, or it is damaged "
                "(for example cut short while copying). Nothing was changed."
            )
        else:
            why = _(
                "{name} cannot be opened here: it was made for the office (as every bundle made on a laptop is) "
                "or for another laptop, or it is damaged (for example cut short while copying). Nothing was "
                "changed."
            )
        raise BadBundle(why.format(name=name)) from None
    manifest = opened.manifest
    if manifest.get("format") != FORMAT:
        raise BadBundle(_("{name} is from a newer or unknown version of Safety Worker.").format(name=name))
    if manifest.get("office_id") != store.meta("office_id"):
        raise BadBundle(_("{name} belongs to another office. Nothing was changed.").format(name=name))
    if store.role == "worker" and manifest.get("kind") == confirmation.NOTICE_KIND:
        confirmation.take_notice(store, opened, keys, office_peer(store), name)
    if manifest.get("recipient") != recipient_id(str(keys.age_identity.to_public())):
        raise BadBundle(_("{name} was signed for another recipient. Nothing was changed.").format(name=name))
    peer = identify_sender(store, manifest, opened, name)
    sequence = manifest.get("sequence")
    if not isinstance(sequence, int) or sequence < 1:
        raise BadBundle(_("{name} is damaged. Nothing was changed.").format(name=name))
    if sequence - peer["seq_in"] > MAX_SEQUENCE_JUMP:
        raise BadBundle(
            _(
                "{name} was refused: its number ({seq}) is far beyond any bundle this sender has made. Nothing was "
                "changed."
            ).format(name=name, seq=sequence)
        )
    return Envelope(keys, opened, peer, sequence)


def refuse_own_bundle(store: Store, data: bytes, name: str) -> None:
    """A bundle this store made itself is for the other side: say so, rather than "another office or laptop"."""
    sent = bundle_ledger.sent_file(store, data)
    if sent is None:
        return
    sent_at, sequence, peer_id = sent
    when = sent_at[:10]
    if store.role == "office":
        peer = peer_by_id(store, peer_id)
        raise BadBundle(
            _(
                "{name} is bundle {seq} that this office made for {worker}'s laptop on {when}. Import it on that "
                "laptop, not here. Nothing was changed."
            ).format(name=name, seq=sequence, worker=peer["name"] if peer else peer_id, when=when)
        )
    raise BadBundle(
        _(
            "{name} is bundle {seq} that this laptop made for the office on {when}. Take it to the office to "
            "import there; it cannot be imported on the laptop that made it. Nothing was changed."
        ).format(name=name, seq=sequence, when=when)
    )


def identify_sender(store: Store, manifest: dict[str, Any], opened: container.Opened, name: str) -> dict[str, Any]:
    """The peer that signed this bundle, checked; a laptop's first bundle registers its keys."""
    if store.role == "office":
        if manifest.get("kind") != TO_OFFICE:
            raise BadBundle(_("{name} is a bundle for a laptop, not for the office.").format(name=name))
        peer = peer_by_id(store, str(manifest.get("sender_peer")))
        if peer is None or peer["role"] != "worker":
            raise BadBundle(_("{name} comes from a laptop this office has not enrolled.").format(name=name))
        if peer["status"] == "revoked":
            raise BadBundle(
                _("{name} comes from {worker}'s laptop, whose enrolment was withdrawn.").format(
                    name=name, worker=peer["name"]
                )
            )
        if peer["status"] in ("pending", confirmation.COPIED):
            device = manifest.get("device")
            if not isinstance(device, dict):
                raise BadBundle(_("{name} comes from a laptop this office has not enrolled.").format(name=name))
            expected = enrolment_proof(
                peer["enrol_token"] or "",
                str(manifest.get("sender_device")),
                str(device.get("signing_public")),
                str(device.get("age_recipient")),
            )
            if not hmac.compare_digest(expected, str(device.get("proof"))):
                raise BadBundle(
                    _("{name} comes from a laptop that was not set up with {worker}'s enrolment file.").format(
                        name=name, worker=peer["name"]
                    )
                )
            peer = {
                **peer,
                "signing_public": device.get("signing_public"),
                "age_recipient": device.get("age_recipient"),
            }
            peer["register_device"] = manifest.get("sender_device")
            confirmation.first_bundle(store, peer, manifest, opened, name)
        elif peer["device_id"] != manifest.get("sender_device"):
            confirmation.another_laptop(store, peer, manifest, name)
            raise BadBundle(_("{name} comes from a laptop this office has not enrolled.").format(name=name))
    else:
        if manifest.get("kind") != TO_WORKER:
            raise BadBundle(_("{name} is a bundle for the office, not for this laptop.").format(name=name))
        peer = office_peer(store)
        if manifest.get("sender_peer") != peer["peer_id"]:
            raise BadBundle(_("{name} comes from another office.").format(name=name))
        if manifest.get("to_worker") != store.meta("worker_id"):
            raise BadBundle(_("{name} was made for another worker's laptop.").format(name=name))
    if not verify(str(peer["signing_public"]), opened.signature, opened.manifest_line):
        raise BadBundle(
            _("{name} has a signature that does not match its sender. Nothing was changed.").format(name=name)
        )
    return peer


def check_clock(store: Store, max_hlc: str, name: str) -> None:
    """Refuse stamps from a computer whose clock is more than ``MAX_CLOCK_AHEAD_MS`` ahead of this one's."""
    if not max_hlc:
        return
    ahead = Stamp.parse(max_hlc).millis - int(time.time() * 1000)
    if ahead > MAX_CLOCK_AHEAD_MS:
        raise BadBundle(
            _(
                "{name} was made on a computer whose clock is {days} days ahead. Set that computer's date and "
                "time right and make a new bundle. Nothing was changed."
            ).format(name=name, days=max(1, ahead // 86_400_000))
        )


def id_list(value: Any, name: str) -> list[str]:
    """A payload's list of case ids, or ``BadBundle`` when it is not one."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadBundle(_("{name} is damaged. Nothing was changed.").format(name=name))
    return value
