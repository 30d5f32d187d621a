"""Agencies and information sharing in sync bundles: the office's list reaches every laptop; a worker's local
agency reaches the office and the other laptops; the office sees every worker's open actions (and who holds
each case) after two laptops' bundles; an action marked done on the laptop is done at the office; a hostile
bundle (changing the office's agency, another worker's local agency, or another worker's case's sharing) and a
value no form accepts are refused whole."""

from __future__ import annotations

import json

import pytest

from safetyworker.services.sharing import SharingService

from .sync_world import PASSPHRASE, World, cli
from .test_sync_authority import crafted, import_refused

AGENCY = {
    "name": "Northshire Probation Delivery Unit",
    "kind": "probation",
    "contacts": [{"name": "Alex Reed", "role": "Probation officer", "phone": "07700 900201"}],
}
POLICE = {"name": "Northshire Police PPU", "kind": "police", "contacts": [{"name": "DC Jo Park"}]}


def edit(world: World, laptop: str, table: str, record_id: str, **fields: object) -> dict:
    """One field-stamped operation stamped by the laptop's own clock (``name`` is a field here)."""
    store = world.laptops[laptop]
    return {"t": table, "id": record_id, "f": {k: [v, store.clock.now(), None] for k, v in fields.items()}}


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash", "Birch"))
    w.register_all()
    yield w
    w.close()


def contact_ids(world: World, where: str) -> dict[str, str]:
    return {c.name: c.id for c in SharingService(world.store(where)).contacts()}


def share(world: World, where: str, case_id: str, what: str) -> str:
    ids = contact_ids(world, where)
    record = SharingService(world.store(where)).add(
        case_id,
        {
            "direction": "received",
            "contact_id": ids["Alex Reed"],
            "summary": "New address",
            "basis": "consent",
            "actions": [{"what": what, "to_contact_id": ids["DC Jo Park"], "due_in_working_days": 1}],
        },
    )
    return record.actions[0].id


@pytest.fixture
def cases(world):
    SharingService(world.office).add_agencies([AGENCY, POLICE])
    ash = world.add_case(preferred_name="Robin")
    birch = world.add_case(preferred_name="Kit")
    world.give(ash, "Ash")
    world.give(birch, "Birch")
    return {"ash": ash, "birch": birch}


def test_the_offices_agencies_reach_every_laptop(world, cases):
    for name in ("Ash", "Birch"):
        agencies = SharingService(world.store(name)).agencies()
        assert [(a.name, a.local, [c.name for c in a.contacts]) for a in agencies] == [
            ("Northshire Police PPU", False, ["DC Jo Park"]),
            ("Northshire Probation Delivery Unit", False, ["Alex Reed"]),
        ]


def test_a_local_agency_travels_to_the_office_and_other_laptops(world, cases):
    [local_id] = SharingService(world.store("Ash")).add_agencies(
        {"name": "Hill Women's Refuge", "kind": "housing", "contacts": [{"name": "Mo", "role": "Refuge worker"}]}
    )
    world.send("Ash")
    at_office = SharingService(world.office).agency(local_id)
    assert at_office.added_by == world.worker_ids["Ash"] and at_office.local
    assert [c.name for c in at_office.contacts] == ["Mo"]
    # Ash may change their own local agency; it arrives too
    SharingService(world.store("Ash")).add_agencies({"id": local_id, "name": "Hill Refuge", "kind": "housing"})
    world.send("Ash")
    assert SharingService(world.office).agency(local_id).name == "Hill Refuge"
    world.deliver("Birch")
    assert SharingService(world.store("Birch")).agency(local_id).name == "Hill Refuge"
    # Birch's laptop will not change Ash's, nor the office's
    office_id = next(a.id for a in SharingService(world.store("Birch")).agencies() if not a.local)
    for agency_id in (local_id, office_id):
        with pytest.raises(Exception, match="office"):
            SharingService(world.store("Birch")).add_agencies({"id": agency_id, "name": "Mine now"})


def test_the_office_sees_every_workers_open_actions(world, cases, capsys):
    share(world, "Ash", cases["ash"], "Tell the police unit about the new address")
    done_id = share(world, "Birch", cases["birch"], "Pass the licence conditions to the school")
    share(world, "Birch", cases["birch"], "Tell the PPU the release date moved")
    SharingService(world.store("Birch")).done(done_id, "Emailed the head teacher securely")
    world.send("Ash")
    world.send("Birch")
    world.office.close()
    capsys.readouterr()
    code = cli("--store", str(world.folder("office")), "action", "list", "--open", "--all-workers", "--json")
    out, err = capsys.readouterr()
    world.reopen()
    assert code == 0, err
    listed = sorted((a["worker"], a["preferred_name"], a["what"], a["owner"]) for a in json.loads(out))
    assert listed == [
        ("Ash", "Robin", "Tell the police unit about the new address", "Ash"),
        ("Birch", "Kit", "Tell the PPU the release date moved", "Birch"),
    ]
    # without --all-workers: only the cases the office holds itself (none here)
    assert SharingService(world.office).actions(open_only=True) == []
    done = [a for a in SharingService(world.office).actions(all_workers=True) if a.id == done_id]
    assert done[0].done_how == "Emailed the head teacher securely"


def test_on_a_laptop_the_action_list_names_the_worker_who_holds_the_case(world, cases, capsys):
    """docs/interchange.md: `owner` is the worker holding the case when the safety worker owns the action. On
    Ash's laptop that is Ash (it was ""), as the office's list says; an action a contact owns names them."""
    share(world, "Ash", cases["ash"], "Tell the police unit about the new address")
    world.laptops["Ash"].close()
    capsys.readouterr()
    code = cli("--store", str(world.folder("Ash")), "action", "list", "--json")
    out, err = capsys.readouterr()
    world.reopen()
    assert code == 0, err
    assert [(a["what"], a["owner"], a["worker"]) for a in json.loads(out)] == [
        ("Tell the police unit about the new address", "Ash", "")
    ]


def test_a_laptop_cannot_change_the_offices_agency(world, cases, capsys):
    agency_id = next(a.id for a in SharingService(world.office).agencies() if a.kind == "police")
    attack = crafted(world, "Ash", [edit(world, "Ash", "agency", agency_id, name="Not the police")])
    import_refused(world, attack, capsys, "agency on the office's list")


def test_a_laptop_cannot_add_a_contact_to_the_offices_agency_or_claim_it(world, cases, capsys):
    agency_id = next(a.id for a in SharingService(world.office).agencies() if a.kind == "police")
    attack = crafted(
        world, "Ash", [edit(world, "Ash", "agency_contact", "01NEWCONTACT", agency_id=agency_id, name="Fake DC")]
    )
    import_refused(world, attack, capsys, "agency on the office's list")
    attack = crafted(world, "Ash", [edit(world, "Ash", "agency", agency_id, added_by=world.worker_ids["Ash"])])
    import_refused(world, attack, capsys, "agency on the office's list")
    birch = world.worker_ids["Birch"]
    attack = crafted(world, "Ash", [edit(world, "Ash", "agency", "01NEWAGENCY", name="Posing", added_by=birch)])
    import_refused(world, attack, capsys, "agency on the office's list")


def test_a_laptop_cannot_share_on_another_workers_case(world, cases, capsys):
    ids = contact_ids(world, "Ash")
    # a genuine change of Ash's own goes in the same bundle: the whole bundle is refused
    own = edit(world, "Ash", "case_record", cases["ash"], locality="Dale")
    attack = edit(
        world,
        "Ash",
        "sharing_record",
        "01HOSTILESHARE",
        case_id=cases["birch"],
        direction="shared",
        contact_id=ids["Alex Reed"],
        shared_on="2026-12-01",
        summary="x",
        basis="consent",
    )
    import_refused(world, crafted(world, "Ash", [own, attack]), capsys, "not assigned")
    action_id = share(world, "Birch", cases["birch"], "Tell the PPU")
    world.send("Birch")
    attack = edit(world, "Ash", "sharing_action", action_id, done_on="2026-12-01", done_how="never mind")
    import_refused(world, crafted(world, "Ash", [attack]), capsys, "not assigned")


def test_a_sharing_no_form_accepts_is_refused(world, cases, capsys):
    ids = contact_ids(world, "Ash")
    attack = edit(
        world,
        "Ash",
        "sharing_record",
        "01BADSHARE",
        case_id=cases["ash"],
        direction="shared",
        contact_id=ids["Alex Reed"],
        shared_on="2026-12-01",
        summary="Shared the address",
        basis="safeguarding",
        reason="",
    )
    import_refused(world, crafted(world, "Ash", [attack]), capsys, "no form accepts")
