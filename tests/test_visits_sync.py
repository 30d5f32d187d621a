"""Visits in sync bundles: the morning's ordinary export carries the day's plan to the office, where `office
visits` lists it with the worker's name and says overdue once the back-in-touch time has passed (at a moment the
test gives); back safe on the laptop reaches the office in the next bundle; a laptop's bundle that plans or
changes a visit of another worker's case, or brings a visit no form would save, is refused whole."""

from __future__ import annotations

import json

import pytest

from safetyworker.services.visits import VisitService

from .sync_world import PASSPHRASE, World, cli
from .test_sync_authority import crafted, edit, import_refused

DAY = "2025-12-08"


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash", "Birch"))
    w.register_all()
    yield w
    w.close()


def plan(world: World, name: str, case_id: str, at: str = "10:00", back: str = "11:30", where: str = "Hill Library"):
    return VisitService(world.store(name)).plan(
        case_id, at=f"{DAY}T{at}", minutes=60, back_by=f"{DAY}T{back}", place=where
    )


def office_visits(world: World, capsys, now: str) -> list[dict]:
    world.office.close()
    capsys.readouterr()
    code = cli("--store", str(world.folder("office")), "office", "visits", "--date", DAY, "--now", now, "--json")
    out, err = capsys.readouterr()
    world.reopen()
    assert code == 0, err
    return json.loads(out)


def test_the_days_visits_reach_the_office_and_show_overdue_after_back_by(world, capsys):
    ash_case = world.add_case(preferred_name="Robin")
    birch_case = world.add_case(preferred_name="Sam")
    world.give(ash_case, "Ash")
    world.give(birch_case, "Birch")
    early = plan(world, "Ash", ash_case, "09:00", "10:30")
    late = plan(world, "Birch", birch_case, "13:00", "14:30", where="Family centre")
    assert office_visits(world, capsys, f"{DAY}T08:00Z") == [], "nothing at the office before the bundles"

    world.send("Ash")  # the morning's export: an ordinary bundle
    world.send("Birch")
    listed = office_visits(world, capsys, f"{DAY}T11:00Z")
    assert [(v["id"], v["case_id"], v["worker"], v["back_at"], v["overdue"]) for v in listed] == [
        (early.id, ash_case, "Ash", None, True),
        (late.id, birch_case, "Birch", None, False),
    ], "the overdue one first, for the welfare call"
    assert [v["overdue"] for v in office_visits(world, capsys, f"{DAY}T10:29Z")] == [False, False]

    VisitService(world.store("Ash")).back(early.id, f"{DAY}T10:20Z")
    world.send("Ash")
    listed = office_visits(world, capsys, f"{DAY}T15:00Z")
    assert [(v["worker"], v["back_at"], v["overdue"]) for v in listed] == [
        ("Birch", None, True),
        ("Ash", f"{DAY}T10:20:00Z", False),
    ]


def test_the_office_can_mark_a_worker_back_safe_when_they_ring_in(world):
    case_id = world.add_case(preferred_name="Robin")
    world.give(case_id, "Ash")
    visit = plan(world, "Ash", case_id)
    world.send("Ash")
    VisitService(world.office).back(visit.id, f"{DAY}T11:10Z")
    world.deliver("Ash")
    assert VisitService(world.store("Ash")).get(visit.id).back_at == f"{DAY}T11:10:00Z"


def test_a_laptop_cannot_plan_a_visit_to_another_workers_case(world, capsys):
    ash_case = world.add_case(preferred_name="Ash's person")
    birch_case = world.add_case(preferred_name="Birch's person")
    world.give(ash_case, "Ash")
    world.give(birch_case, "Birch")
    own = plan(world, "Ash", ash_case)
    fields = {
        "case_id": birch_case,
        "worker": "Ash",
        "at": f"{DAY}T10:00:00Z",
        "minutes": 60,
        "travel_minutes": 0,
        "back_by": f"{DAY}T11:30:00Z",
        "place": "Somewhere",
    }
    attack = crafted(
        world,
        "Ash",
        [
            edit(world, "Ash", "visit", own.id, back_at=f"{DAY}T11:00:00Z"),  # its own: allowed alone
            edit(world, "Ash", "visit", "01JFAKEVISIT00000000000000", **fields),
        ],
    )
    import_refused(world, attack, capsys, "not assigned")


def test_a_laptop_cannot_change_another_workers_visit(world, capsys):
    ash_case = world.add_case(preferred_name="Ash's person")
    birch_case = world.add_case(preferred_name="Birch's person")
    world.give(ash_case, "Ash")
    world.give(birch_case, "Birch")
    birch_visit = plan(world, "Birch", birch_case)
    world.send("Birch")
    attack = crafted(world, "Ash", [edit(world, "Ash", "visit", birch_visit.id, back_at=f"{DAY}T11:00:00Z")])
    import_refused(world, attack, capsys, "not assigned")
    assert VisitService(world.office).get(birch_visit.id).back_at is None


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"back_by": f"{DAY}T09:00:00Z"}, "back_by"),
        ({"minutes": "an hour"}, "minutes"),
        ({"place": "x" * 500}, "place"),
        ({"back_at": "soon"}, "back_at"),
    ],
)
def test_a_visit_no_form_would_save_is_refused_whole(world, capsys, change, says):
    case_id = world.add_case(preferred_name="Robin")
    world.give(case_id, "Ash")
    visit = plan(world, "Ash", case_id)
    world.send("Ash")
    err = import_refused(
        world, crafted(world, "Ash", [edit(world, "Ash", "visit", visit.id, **change)]), capsys, "no form"
    )
    assert says in err
