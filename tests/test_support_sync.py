"""Support given and the services directory in sync bundles (issue 19): support entries and the log's minutes
travel like the contact log, the office counts support minutes per worker from two laptops' bundles, the office's
directory reaches every laptop, a worker's own entry reaches the office, and a bundle that touches the office's
list, another worker's case or brings a value no form takes is refused whole."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from safetyworker.services.cases import CaseService
from safetyworker.services.directory import DirectoryService
from safetyworker.services.support import SupportService

from .sync_world import PASSPHRASE, World
from .test_sync_authority import crafted, edit, import_refused

AT = datetime(2026, 11, 10, 10, 0, tzinfo=UTC)
HOUSING = {
    "name": "Upper Wye Housing (test)",
    "kinds": ["housing"],
    "areas": ["Rhayader", "LD6"],
    "outreach": True,
    "phone": "01632 960201",
    "welsh_language": True,
    "checked": "2026-10-01",
}


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash", "Birch"))
    w.register_all()
    yield w
    w.close()


def test_support_minutes_per_worker_at_the_office_after_two_laptops_bundles(world):
    ash_case = world.add_case(preferred_name="Robin")
    birch_case = world.add_case(preferred_name="Jo")
    world.give(ash_case, "Ash")
    world.give(birch_case, "Birch")
    CaseService(world.store("Ash")).append_log(
        ash_case,
        channel="visit",
        outcome="visit_done",
        at=AT,
        minutes=50,
        travel_minutes=70,
        support=["emotional", "safety_planning"],
    )
    ash = SupportService(world.store("Ash"))
    first = ash.add(ash_case, minutes=30, support="housing", at=AT, note="Rang the council")
    ash.add(ash_case, minutes=45, support="housing,benefits_money", at=AT, corrects_id=first)  # 30 was wrong
    SupportService(world.store("Birch")).add(birch_case, minutes=20, support=["legal_court"], at=AT)
    world.send("Ash")
    world.send("Birch")
    figures = SupportService(world.office).minutes_by_worker()
    assert figures["by_worker"] == {world.worker_ids["Ash"]: 95, world.worker_ids["Birch"]: 20}
    assert figures["total_minutes"] == 115 and figures["travel_minutes"] == 70
    assert figures["by_kind"] == {
        "emotional": 50,
        "safety_planning": 50,
        "housing": 45,
        "benefits_money": 45,
        "legal_court": 20,
    }
    office_case = SupportService(world.office).summary(ash_case, today=AT.date())
    assert office_case["since_referral"]["minutes"] == 95
    assert office_case["this_month"]["by_kind"]["housing"] == 45
    # the same bundle again changes nothing
    world.office_import(world.export("Ash").path)
    assert SupportService(world.office).minutes_by_worker()["total_minutes"] == 115


def test_the_directory_and_a_workers_own_entry_round_trip(world):
    office = DirectoryService(world.office)
    office_id = office.add(HOUSING)
    world.deliver("Ash")
    world.deliver("Birch")
    ash = DirectoryService(world.store("Ash"))
    assert [(e["id"], e["local"], e["editable"]) for e in ash.list()] == [(office_id, False, False)]
    assert ash.list()[0]["phone"] == "+441632960201" and ash.list()[0]["kinds"] == ["housing"]
    own = ash.add({"name": "Rhayader food bank (Ash)", "kinds": ["benefits_money"], "areas": ["Rhayader"]})
    world.send("Ash")
    at_office = {e["id"]: e for e in office.list()}
    assert at_office[own]["local"] and at_office[own]["name"] == "Rhayader food bank (Ash)"
    world.deliver("Birch")
    assert own in {e["id"] for e in DirectoryService(world.store("Birch")).list()}, "the office relays it"
    # the office corrects its own entry; the laptops follow
    office.update(office_id, {**HOUSING, "hours": "Mon-Fri 9-5"})
    world.deliver("Ash")
    assert ash.get(office_id)["hours"] == "Mon-Fri 9-5"
    with pytest.raises(Exception, match="office"):
        ash.update(office_id, {**HOUSING, "hours": "never"})


def test_a_laptop_may_not_change_the_offices_directory(world, capsys):
    office_id = DirectoryService(world.office).add(HOUSING)
    world.deliver("Ash")
    attack = crafted(world, "Ash", [edit(world, "Ash", "directory_entry", office_id, phone="+447700900666")])
    import_refused(world, attack, capsys, "directory")


def test_a_laptop_may_not_add_an_entry_in_another_workers_name(world, capsys):
    fields = {**DirectoryEntryRow.row(HOUSING), "owner": world.worker_ids["Birch"]}
    attack = crafted(world, "Ash", [stamped(world, "01JFAKEDIRECTORY000000000000", fields)])
    import_refused(world, attack, capsys, "directory")


def test_support_on_another_workers_case_is_refused_whole(world, capsys):
    ash_case = world.add_case(preferred_name="Robin")
    birch_case = world.add_case(preferred_name="Jo")
    world.give(ash_case, "Ash")
    world.give(birch_case, "Birch")
    laptop = world.store("Ash")
    SupportService(laptop).add(ash_case, minutes=10, support="housing", at=AT)
    cur = laptop.db.execute("SELECT * FROM support_entry")
    row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    row.update(id="01JFAKESUPPORT00000000000000", case_id=birch_case)
    import_refused(
        world, crafted(world, "Ash", [{"t": "support_entry", "id": row["id"], "row": row}]), capsys, "not assigned"
    )


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"support_kinds": json.dumps(["gardening"])}, "support_kinds"),
        ({"minutes": -5}, "minutes"),
        ({"minutes": 10**9}, "minutes"),
    ],
)
def test_a_support_entry_no_form_would_save_is_refused_whole(world, capsys, change, says):
    case_id = world.add_case(preferred_name="Robin")
    world.give(case_id, "Ash")
    laptop = world.store("Ash")
    SupportService(laptop).add(case_id, minutes=10, support="housing", at=AT)
    cur = laptop.db.execute("SELECT * FROM support_entry")
    row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    row.update(id="01JFAKESUPPORT00000000000000", **change)
    err = import_refused(
        world, crafted(world, "Ash", [{"t": "support_entry", "id": row["id"], "row": row}]), capsys, "no form"
    )
    assert says in err


def test_a_directory_entry_no_form_would_save_is_refused_whole(world, capsys):
    fields = {**DirectoryEntryRow.row(HOUSING), "owner": world.worker_ids["Ash"], "kinds": '["gardening"]'}
    attack = crafted(world, "Ash", [stamped(world, "01JFAKEDIRECTORY000000000001", fields)])
    assert "kinds" in import_refused(world, attack, capsys, "no form")


def stamped(world: World, record_id: str, fields: dict) -> dict:
    """A new directory entry as laptop Ash's export would carry it (every field stamped by its clock)."""
    clock = world.laptops["Ash"].clock
    return {"t": "directory_entry", "id": record_id, "f": {k: [v, clock.now(), None] for k, v in fields.items()}}


class DirectoryEntryRow:
    @staticmethod
    def row(data: dict) -> dict:
        from safetyworker.records.directory import DirectoryEntry

        return DirectoryEntry.from_json(data).to_row()
