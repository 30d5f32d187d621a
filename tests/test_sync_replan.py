"""Two laptops re-planning one case while apart: after sync there is one planned contact per (case, kind, source,
programme or release date), a ``done`` on either side wins over ``planned``, and nobody is asked to choose
between two identical values."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from safetyworker.services.cases import CaseService
from safetyworker.sync import merge
from safetyworker.timetable import planner

from .sync_world import PASSPHRASE, World, conflict_set


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash", "Birch"))
    w.register_all()
    yield w
    w.close()


def held_by_both(world: World) -> str:
    """A case with a person causing harm waiting for a programme with no start date yet, given to Ash, then moved
    to Birch while Ash has not synced since: both laptops hold it (until Ash next hears from the office)."""
    person = {"name": "R", "programme": {"name": "Building Choices", "status": "waiting"}}
    case_id = world.add_case("office", status="active", person_causing_harm=person)
    world.give(case_id, "Ash")
    world.give(case_id, "Birch")
    assert world.case("Ash", case_id) and world.case("Birch", case_id)
    return case_id


def contacts(world: World, where: str, case_id: str) -> list[tuple[str, str, str, str, str | None]]:
    return sorted(
        world.store(where)
        .db.execute(
            "SELECT id, kind, source, status, log_id FROM planned_contact WHERE case_id = ? AND deleted_hlc IS NULL",
            (case_id,),
        )
        .fetchall()
    )


def start_programme(world: World, where: str, case_id: str, start: date) -> None:
    changes = {"person_causing_harm": {"programme": {"start_date": start.isoformat()}}}
    CaseService(world.store(where)).update(case_id, changes)


@pytest.mark.parametrize("first", ["Ash", "Birch"])
def test_both_laptops_plan_the_programme_while_apart_and_the_done_one_wins(world, first):
    case_id = held_by_both(world)
    start = date.today() + timedelta(days=3)  # the initial contact is due already
    # Ash enters the start date and logs the call; Birch, not knowing, enters the same start date later.
    start_programme(world, "Ash", case_id, start)
    entry = CaseService(world.store("Ash")).append_log(case_id, channel="visit", outcome="visit_done")
    start_programme(world, "Birch", case_id, start)
    for name in (first, "Birch" if first == "Ash" else "Ash"):
        world.send(name)
    for name in ("Ash", "Birch", "Ash"):
        world.deliver(name)

    rows = contacts(world, "office", case_id)
    kinds = [(kind, source) for _id, kind, source, _s, _l in rows]
    assert sorted(kinds) == sorted(set(kinds)) and len(kinds) == 4  # one of each, not two
    initial = next(r for r in rows if r[1] == "initial")
    assert (initial[3], initial[4]) == ("done", entry)
    assert contacts(world, "Birch", case_id) == rows  # the laptop that holds the case now
    # Nothing here needs a person to choose: both sides made the same contacts and the same start date.
    assert not [c for c in conflict_set(world.office) if c[0] in ("planned_contact", "person_causing_harm")]


def test_a_done_contact_wins_over_a_later_timetable_cancel(world):
    case_id = held_by_both(world)
    for name in ("Ash", "Birch"):
        start_programme(world, name, case_id, date.today() + timedelta(days=3))
    mid = next(r[0] for r in contacts(world, "Ash", case_id) if r[1] == "mid_point")
    # Ash completes the mid-point contact early; Birch, later, hears the programme stopped: future contacts go.
    CaseService(world.store("Ash")).append_log(case_id, channel="visit", outcome="visit_done", fulfils=mid)
    CaseService(world.store("Birch")).update(case_id, {"person_causing_harm": {"programme": {"status": "dropped_out"}}})
    assert next(r for r in contacts(world, "Birch", case_id) if r[0] == mid)[3] == "cancelled"
    world.send("Birch")
    world.send("Ash")
    for name in ("Ash", "Birch"):
        world.deliver(name)
    for where in ("office", "Birch"):
        assert next(r for r in contacts(world, where, case_id) if r[0] == mid)[3] == "done"
    assert not [c for c in conflict_set(world.office) if c[0] == "planned_contact" and c[2] == "status"]


def test_generated_contacts_have_ids_derived_from_what_they_are_for():
    a = planner.planned_id("case-1", "programme", "initial", "building_choices")
    assert a == planner.planned_id("case-1", "programme", "initial", "building_choices")
    assert len({
        a,
        planner.planned_id("case-2", "programme", "initial", "building_choices"),
        planner.planned_id("case-1", "programme", "end", "building_choices"),
        planner.planned_id("case-1", "release", "release", "2027-03-01"),
        planner.planned_id("case-1", "release", "release", "2027-04-01"),
    }) == 5  # fmt: skip


def test_a_release_moved_on_one_laptop_while_the_other_told_the_person_is_still_to_be_told(world):
    first = date.today() + timedelta(days=10)  # its release contact is due already
    person = {"name": "R", "release_date": first.isoformat()}
    case_id = world.add_case("office", status="active", person_causing_harm=person)
    world.give(case_id, "Ash")
    world.give(case_id, "Birch")
    (told,) = [r[0] for r in contacts(world, "Birch", case_id)]
    # Ash tells her about the release date; Birch, apart, hears it has moved a month later.
    CaseService(world.store("Ash")).append_log(case_id, channel="visit", outcome="visit_done")
    later = (first + timedelta(days=30)).isoformat()
    CaseService(world.store("Birch")).update(case_id, {"person_causing_harm": {"release_date": later}})
    world.send("Birch")
    world.send("Ash")
    world.deliver("Birch")
    CaseService(world.store("Birch")).update(case_id, {"locality": "Llandrindod Wells"})  # any re-plan
    for where in ("office", "Birch"):
        rows = {r[0]: r for r in contacts(world, where, case_id)}
        assert rows[told][3] == "done"
        new = [r for r in rows.values() if r[0] != told]
        # she must hear of the new date: its release contact, and the inform contact the move made (one)
        assert sorted((r[1], r[3]) for r in new) == [("inform", "planned"), ("release", "planned")], where


# -- the rule, for every pair of concurrent writes (hypothesis) ------------------------------------------------

STATUSES = st.sampled_from(["planned", "done", "cancelled"])
STAMPS = st.integers(min_value=1, max_value=10**6)


def _merged(here: tuple[str, str], incoming: tuple[str, str], table: str, name: str) -> tuple[str, str]:
    """What a store holding ``here`` keeps when the concurrent ``incoming`` arrives: (value, stamp)."""
    settled = merge._settled(table, name, here[0], incoming[0], incoming[1], here[1])
    take = settled if settled is not None else incoming[1] > here[1]
    return incoming if take else here


@given(a=STATUSES, b=STATUSES, ha=STAMPS, hb=STAMPS)
def test_every_order_of_two_concurrent_statuses_ends_the_same_and_done_wins(a, b, ha, hb):
    assume(ha != hb)
    one = (a, f"{ha:013d}-0000-devA")
    two = (b, f"{hb:013d}-0000-devB")
    first = _merged(one, two, "planned_contact", "status")
    second = _merged(two, one, "planned_contact", "status")
    assert first == second
    if "done" in (a, b):
        assert first[0] == "done"


@given(value=st.one_of(st.text(max_size=5), st.integers(), st.none()), ha=STAMPS, hb=STAMPS)
def test_the_same_value_on_both_sides_needs_no_person(value, ha, hb):
    assume(ha != hb)
    one, two = (value, f"{ha:013d}-0000-devA"), (value, f"{hb:013d}-0000-devB")
    assert merge._settled("case_record", "locality", value, value, two[1], one[1]) is not None
    assert _merged(one, two, "case_record", "locality") == _merged(two, one, "case_record", "locality")
