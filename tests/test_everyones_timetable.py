"""Everyone's timetable: one-to-one work and a community order without a programme get planned contacts too
(within 7 days of the sentence or order, a review every 3 months, the end, 6 months after)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safetyworker.services.cases import CaseService
from safetyworker.timetable import inform, planner

START = date(2030, 1, 7)


def case(programme: str, **extra) -> dict:
    return {
        "preferred_name": "Sam",
        "status": "active",
        "person_causing_harm": {
            "name": "Jo",
            "programme": {"name": programme, "start_date": START.isoformat(), "status": "started", **extra},
        },
    }


def live(store, case_id) -> list[tuple[str, str]]:
    return sorted(
        (c["due"], c["kind"]) for c in planner.planned_contacts(store, case_id, today=START) if c["status"] == "planned"
    )


@pytest.mark.parametrize(
    ("name", "end"),
    [("Community order", START + timedelta(weeks=52)), ("one to one", START + timedelta(weeks=22))],
)
def test_no_case_is_left_without_planned_contacts(store, name, end):
    (case_id,) = CaseService(store).add(case(name))
    plan = live(store, case_id)
    assert plan[0] == ((START + timedelta(days=7)).isoformat(), "initial")
    reviews = [due for due, kind in plan if kind == "review"]
    step = timedelta(weeks=13)
    assert reviews == [(START + step * n).isoformat() for n in range(1, 5) if START + step * n < end]
    assert (end.isoformat(), "end") in plan
    assert ((end + timedelta(days=182)).isoformat(), "follow_up") in plan


def test_reviews_are_cancelled_when_the_order_is_taken_off_and_planned_again_once(store):
    (case_id,) = CaseService(store).add(case("Community order"))
    CaseService(store).update(case_id, {"person_causing_harm": {"programme": None}})
    assert live(store, case_id) == []
    CaseService(store).update(
        case_id, {"person_causing_harm": {"programme": case("Community order")["person_causing_harm"]["programme"]}}
    )
    reviews = [c for c in planner.planned_contacts(store, case_id) if c["kind"] == "review"]
    assert len(reviews) == 3 and {c["status"] for c in reviews} == {"planned"}  # the same records, planned again


def test_a_community_order_has_no_sessions_to_miss(store):
    CaseService(store).add(case("Community order"))
    (person_id,) = [r[0] for r in store.db.execute("SELECT id FROM person_causing_harm")]
    with store.transaction():
        assert (
            inform.sessions_stopped(
                store, person_id, inform.facts(store, person_id), date.today() + timedelta(weeks=30)
            )
            == []
        )
