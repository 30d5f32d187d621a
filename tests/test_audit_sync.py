"""The audit trail's head in every bundle (issue 16): the office keeps each laptop's trail as its bundles bring
it, tells when one was cut or rewritten since the last bundle (imported with a loud warning, the earlier events
kept), and refuses whole a bundle whose trail holds more than codes and ids."""

from __future__ import annotations

import json

import pytest

from safetyworker.services.audit import AuditService
from safetyworker.services.cases import CaseService
from safetyworker.store import audit
from safetyworker.store.vault import new_id
from safetyworker.sync import audit_trail, container

from .sync_world import PASSPHRASE, World
from .test_hostile_bundles import ash_keys, refused_and_unchanged
from .test_sync_bundles import forge, office_recipient, open_as


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    yield w
    w.close()


def laptop_trail(world: World) -> list[audit.Event]:
    return audit.events(world.laptops["Ash"])


def office_copy(world: World) -> list[dict]:
    return AuditService(world.office)._rows(None, None, world.worker_ids["Ash"])


def cut_laptop_trail(world: World, keep: int) -> None:
    laptop = world.laptops["Ash"]
    laptop.db.execute("DROP TRIGGER audit_no_delete")
    laptop.db.execute("DELETE FROM audit_event WHERE seq > ?", (keep,))


def test_the_office_holds_each_laptops_trail_and_its_head(world):
    case_id = world.add_case("Ash", preferred_name="Mair Canary")
    CaseService(world.laptops["Ash"]).show(case_id)
    result = world.send("Ash")
    assert result.audit_problem == ""
    sent = laptop_trail(world)[:-1]  # the last is the export itself, which goes in the next bundle
    held = office_copy(world)
    assert [(e["seq"], e["hash"]) for e in held] == [(e.seq, e.hash) for e in sent]
    assert "Mair" not in json.dumps(held)
    service = AuditService(world.office)
    assert service.verify(world.worker_ids["Ash"])["intact"] is True
    assert [t.problem for t in service.trails()] == ["", ""]
    # the next round sends only what the office has not acknowledged, and the copy grows in step
    world.deliver("Ash")
    CaseService(world.laptops["Ash"]).show(case_id)
    assert world.send("Ash").audit_problem == ""
    assert [e["hash"] for e in office_copy(world)] == [e.hash for e in laptop_trail(world)[:-1]]


def test_every_bundle_carries_the_senders_head_in_its_signed_manifest(world):
    sent = world.export("Ash")
    manifest = open_as(world.office, sent.path).manifest
    count, _head = audit.head(world.laptops["Ash"])
    assert (
        manifest["audit_head"]["count"] == count - 1
        and manifest["audit_head"]["hash"] == audit.events(world.laptops["Ash"])[-2].hash
    )
    to_laptop = world.export_to("Ash")
    assert to_laptop.path.exists()


def test_a_trail_cut_at_its_end_since_the_last_bundle_is_flagged_and_the_bundle_still_imported(world):
    world.sync("Ash")
    before = office_copy(world)
    cut_laptop_trail(world, keep=2)
    case_id = world.add_case("Ash", preferred_name="Eira Example")
    result = world.send("Ash")
    assert result.audit_problem in (audit_trail.CUT, audit_trail.REWRITTEN)
    assert result.to_json()["audit_problem"] == result.audit_problem
    assert world.office.db.execute("SELECT 1 FROM case_record WHERE id = ?", (case_id,)).fetchone(), "imported"
    # what the office saw before is kept as evidence; the problem is in the office's own trail and its Audit view
    after = office_copy(world)
    assert [e["hash"] for e in after if e["epoch"] == 1] == [e["hash"] for e in before]
    assert ("audit.peer_broken", world.worker_ids["Ash"], result.audit_problem) in [
        (e.action, e.target_id, e.detail) for e in audit.events(world.office)
    ]
    service = AuditService(world.office)
    assert service.verify(world.worker_ids["Ash"])["intact"] is False
    assert service.trails()[1].problem


def test_a_rewritten_trail_is_flagged(world):
    world.sync("Ash")
    laptop = world.laptops["Ash"]
    laptop.db.execute("DROP TRIGGER audit_no_update")
    first = laptop_trail(world)[0]
    laptop.db.execute("UPDATE audit_event SET target_id = 'X' WHERE seq = ?", (first.seq,))
    laptop.db.execute("UPDATE sync_peer SET acked_audit = 0")  # everything is sent again, as after a restore
    assert world.send("Ash").audit_problem in (audit_trail.REWRITTEN, audit_trail.BROKEN)


def test_a_late_older_bundle_is_not_taken_for_a_cut(world):
    early = world.export("Ash")
    world.add_case("Ash")
    world.send("Ash")
    assert world.office_import(early.path).audit_problem == ""


def test_a_trail_holding_more_than_codes_is_refused_whole(world, tmp_path, capsys):
    world.add_case("Ash", preferred_name="Rhian Example")
    real = world.export("Ash").path
    opened = open_as(world.office, real)
    payload = container.unpack_payload(opened.payload, real.name)
    payload["audit"][-1]["detail"] = "Rhian Example lives at 3 Quay Street"
    manifest = {k: v for k, v in opened.manifest.items() if k not in ("payload_hash", "payload_size")}
    manifest["bundle_id"] = new_id()
    forged = forge(tmp_path / "chatty.age", manifest, payload, ash_keys(world), office_recipient(world))
    refused_and_unchanged(world, forged, capsys, "audit trail")


@pytest.mark.parametrize(
    "head",
    [{"count": -1, "seq": 0, "hash": ""}, {"count": 1, "seq": 1, "hash": "not a hash"}, "head", None],
)
def test_a_malformed_head_is_refused_whole(world, tmp_path, capsys, head):
    real = world.export("Ash").path
    opened = open_as(world.office, real)
    payload = container.unpack_payload(opened.payload, real.name)
    manifest = {k: v for k, v in opened.manifest.items() if k not in ("payload_hash", "payload_size")}
    manifest["bundle_id"] = new_id()
    manifest["audit_head"] = head
    forged = forge(tmp_path / "head.age", manifest, payload, ash_keys(world), office_recipient(world))
    refused_and_unchanged(world, forged, capsys, "audit trail")


def test_no_event_any_service_writes_holds_more_than_codes(world):
    """What a day's work writes on a laptop passes the check made before events leave it."""
    laptop = world.laptops["Ash"]
    case_id = world.add_case("Ash", preferred_name="Nia Example")
    cases = CaseService(laptop)
    cases.show(case_id)
    cases.search("Nia")
    cases.update(case_id, {"locality": "Tywyn"})
    cases.append_note(case_id, "Called back, all well")
    assert all(audit.safe_to_send(e) for e in audit.events(laptop))
    assert world.send("Ash").audit_problem == ""
