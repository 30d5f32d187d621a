"""The contact timetable: plans from programme templates and release dates, re-planned when dates move."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest

from safetyworker.errors import InvalidInput
from safetyworker.records import tables
from safetyworker.records.case_rows import PLANNED
from safetyworker.services.cases import CaseService
from safetyworker.timetable import planner
from safetyworker.timetable.templates import ProgrammeTemplate, find_template, load_templates

from .conftest import write

CASE = {
    "preferred_name": "Sam",
    "status": "active",
    "contact_methods": [{"kind": "mobile", "value": "07700 900461"}],
    "person_causing_harm": {
        "name": "Rob",
        "programme": {"name": "idap", "start_date": "2030-01-07", "status": "waiting"},
    },
}

IDAP_PLAN = {
    "initial": "2029-12-31",  # a week before the first session
    "mid_point": "2030-04-08",  # session 14: 13 weeks after the first
    "end": "2030-07-15",  # a week after session 27 (2030-07-08)
    "follow_up": "2031-01-06",  # 182 days after the last session
}


def case_doc(**programme) -> dict:
    doc = copy.deepcopy(CASE)
    doc["person_causing_harm"]["programme"].update(programme)
    return doc


def plan(store, case_id) -> dict[str, dict]:
    """Generated contacts by kind (there is at most one live planned one of each in these tests)."""
    rows = {}
    for c in planner.planned_contacts(store, case_id):
        rows.setdefault(c["kind"], []).append(c)
    return rows


def dues(store, case_id, status="planned") -> dict[str, str]:
    """The timetable's contacts (not the inform contacts a change also makes: tests/test_probation_updates.py)."""
    return {
        c["kind"]: c["due"]
        for c in planner.planned_contacts(store, case_id)
        if c["status"] == status and c["source"] != "inform"
    }


def mark(store, contact_id, status) -> None:
    with store.transaction():
        tables.update(store, PLANNED, contact_id, {"status": status})


@pytest.fixture
def fixed_today(monkeypatch):
    def set_today(day: date) -> None:
        monkeypatch.setattr(planner, "local_today", lambda store, at=None: day)

    set_today(date(2029, 11, 1))
    return set_today


def test_idap_plan_from_programme_start(store, fixed_today):
    (case_id,) = CaseService(store).add(CASE)
    assert dues(store, case_id) == IDAP_PLAN
    assert {c["source"] for c in planner.planned_contacts(store, case_id)} == {"programme"}


def test_programme_name_matches_aliases_ignoring_case(store, fixed_today):
    (case_id,) = CaseService(store).add(case_doc(name="  integrated   DOMESTIC abuse programme "))
    assert dues(store, case_id) == IDAP_PLAN


def test_unknown_programme_or_no_start_plans_nothing(store, fixed_today):
    ids = CaseService(store).add([case_doc(name="Something local"), case_doc(start_date=None)])
    assert all(planner.planned_contacts(store, i) == [] for i in ids)


def test_moved_start_replans_and_keeps_done_contacts(store, fixed_today):
    service = CaseService(store)
    (case_id,) = service.add(CASE)
    before = {c["kind"]: c for c in planner.planned_contacts(store, case_id)}
    mark(store, before["initial"]["id"], "done")

    changed = service.update(case_id, {"person_causing_harm": {"programme": {"start_date": "2030-02-04"}}})

    assert "planned_contacts" in changed
    after = {c["kind"]: c for c in planner.planned_contacts(store, case_id)}
    assert after["initial"] == before["initial"] | {"status": "done"}  # untouched
    assert dues(store, case_id) == {"mid_point": "2030-05-06", "end": "2030-08-12", "follow_up": "2031-02-03"}
    assert {k: c["id"] for k, c in after.items()} == {k: c["id"] for k, c in before.items()}  # moved, not new
    # Re-planning with nothing changed changes nothing.
    assert service.update(case_id, {"locality": "Tywyn"}) == ["locality"]


def test_dropped_out_cancels_future_programme_contacts(store, fixed_today):
    service = CaseService(store)
    (case_id,) = service.add(CASE)
    fixed_today(date(2030, 5, 1))  # mid-point passed without the contact being made: it is overdue
    service.update(case_id, {"person_causing_harm": {"programme": {"status": "dropped_out"}}})
    statuses = {c["kind"]: (c["status"], c["overdue"]) for c in planner.planned_contacts(store, case_id)}
    assert statuses == {
        "initial": ("planned", True),
        "mid_point": ("planned", True),
        "end": ("cancelled", False),
        "follow_up": ("cancelled", False),
        "inform": ("planned", False),  # and the victim-survivor is told the programme stopped
    }
    # Taken up again: the same records are planned again.
    fixed_today(date(2029, 11, 1))
    ids = {c["id"] for c in planner.planned_contacts(store, case_id)}
    service.update(case_id, {"person_causing_harm": {"programme": {"status": "started"}}})
    assert dues(store, case_id) == IDAP_PLAN
    assert {c["id"] for c in planner.planned_contacts(store, case_id)} == ids


def test_programme_removed_cancels_its_contacts(store, fixed_today):
    service = CaseService(store)
    (case_id,) = service.add(CASE)
    service.update(case_id, {"person_causing_harm": {"programme": None}})
    assert dues(store, case_id) == {}
    assert set(dues(store, case_id, "cancelled")) == set(IDAP_PLAN)


def test_completed_early_brings_end_and_follow_up_forward(store, fixed_today):
    service = CaseService(store)
    (case_id,) = service.add(CASE)
    fixed_today(date(2030, 6, 3))
    service.update(case_id, {"person_causing_harm": {"programme": {"status": "completed"}}})
    expected = {**IDAP_PLAN, "end": "2030-06-10", "follow_up": "2030-12-02"}
    assert dues(store, case_id) == expected
    fixed_today(date(2030, 6, 20))  # a later, unrelated change keeps the end it settled on
    service.update(case_id, {"locality": "Bala"})
    assert dues(store, case_id) == expected


def test_catching_up_plans_the_latest_missed_contact_only(store, fixed_today):
    fixed_today(date(2030, 5, 1))
    (case_id,) = CaseService(store).add(case_doc(status="started"))
    assert dues(store, case_id) == {k: v for k, v in IDAP_PLAN.items() if k != "initial"}
    assert [c["kind"] for c in planner.planned_contacts(store, case_id) if c["overdue"]] == ["mid_point"]


def test_release_date_creates_release_contact_14_days_before(store, fixed_today):
    service = CaseService(store)
    doc = {"preferred_name": "Ann", "person_causing_harm": {"name": "Rob", "release_date": "2030-03-01"}}
    (case_id,) = service.add(doc)
    (release,) = planner.planned_contacts(store, case_id)
    assert (release["kind"], release["due"], release["source"]) == ("release", "2030-02-15", "release")

    service.update(case_id, {"person_causing_harm": {"release_date": "2030-04-01"}})
    # The contact for the old date is cancelled and one for the new date planned (each release date its own
    # contact, so two laptops moving it while apart cannot make the new date look told).
    old, moved = [c for c in planner.planned_contacts(store, case_id) if c["source"] != "inform"]
    assert (old["id"], old["due"], old["status"]) == (release["id"], "2030-02-15", "cancelled")
    assert (moved["due"], moved["status"]) == ("2030-03-18", "planned")

    # Told about that date; the release is then put back: she must hear about the new date too.
    mark(store, moved["id"], "done")
    service.update(case_id, {"person_causing_harm": {"release_date": "2030-05-01"}})
    assert [(c["due"], c["status"]) for c in planner.planned_contacts(store, case_id) if c["kind"] == "release"] == [
        ("2030-02-15", "cancelled"),
        ("2030-03-18", "done"),
        ("2030-04-17", "planned"),
    ]

    service.update(case_id, {"person_causing_harm": {"release_date": None}})
    assert [c["status"] for c in planner.planned_contacts(store, case_id) if c["kind"] == "release"] == [
        "cancelled",
        "done",
        "cancelled",
    ]

    # Back to the first date: its own contact is planned again, not a new one.
    service.update(case_id, {"person_causing_harm": {"release_date": "2030-03-01"}})
    rows = planner.planned_contacts(store, case_id)
    assert [(c["id"], c["status"]) for c in rows if c["due"] == "2030-02-15"] == [(release["id"], "planned")]


def test_release_notice_days_configurable(store, fixed_today):
    with store.transaction():
        store.db.execute("INSERT INTO meta (key, value) VALUES ('release_notice_days', '21')")
    doc = {"preferred_name": "Ann", "person_causing_harm": {"name": "Rob", "release_date": "2030-03-01"}}
    (case_id,) = CaseService(store).add(doc)
    assert dues(store, case_id) == {"release": "2030-02-08"}
    with store.transaction():
        assert planner.replan(store, case_id, release_days=7) == ["release: moved"]
    assert dues(store, case_id) == {"release": "2030-02-22"}


def test_old_release_is_not_planned_but_a_recent_one_is(store, fixed_today):
    fixed_today(date(2030, 3, 10))
    ids = CaseService(store).add(
        [
            {"preferred_name": "A", "person_causing_harm": {"name": "R", "release_date": "2029-01-01"}},
            {"preferred_name": "B", "person_causing_harm": {"name": "R", "release_date": "2030-03-01"}},
        ]
    )
    assert planner.planned_contacts(store, ids[0]) == []
    assert [(c["due"], c["overdue"]) for c in planner.planned_contacts(store, ids[1])] == [("2030-02-15", True)]


def test_manual_contacts_are_never_touched(store, fixed_today):
    service = CaseService(store)
    (case_id,) = service.add(CASE)
    with store.transaction():
        review = tables.insert(
            store, PLANNED, {"case_id": case_id, "kind": "review", "due_date": "2030-01-20", "source": "manual"}
        )
        ad_hoc = tables.insert(
            store, PLANNED, {"case_id": case_id, "kind": "ad_hoc", "due_date": "2030-09-01", "source": "manual"}
        )
    stamp = store.db.execute("SELECT updated_hlc FROM planned_contact WHERE id = ?", (review,)).fetchone()
    service.update(case_id, {"person_causing_harm": {"programme": {"start_date": "2030-03-04"}}})
    service.update(case_id, {"person_causing_harm": {"programme": {"status": "dropped_out"}}})
    service.update(case_id, {"person_causing_harm": None})
    manual = {c["id"]: (c["kind"], c["due"], c["status"]) for c in planner.planned_contacts(store, case_id)}
    assert manual[review] == ("review", "2030-01-20", "planned")
    assert manual[ad_hoc] == ("ad_hoc", "2030-09-01", "planned")
    assert store.db.execute("SELECT updated_hlc FROM planned_contact WHERE id = ?", (review,)).fetchone() == stamp


def test_overdue_is_flagged(store):
    (case_id,) = CaseService(store).add({"preferred_name": "Ann"})
    with store.transaction():
        for due, status in (("2020-01-01", "planned"), ("2020-01-02", "done"), ("2099-01-01", "planned")):
            tables.insert(store, PLANNED, {"case_id": case_id, "kind": "review", "due_date": due, "status": status})
    assert [c["overdue"] for c in CaseService(store).show(case_id)["planned_contacts"]] == [True, False, False]
    assert planner.is_overdue("2030-01-01", "planned", date(2030, 1, 2))
    assert not planner.is_overdue("2030-01-02", "planned", date(2030, 1, 2))
    assert not planner.is_overdue("2030-01-01", "cancelled", date(2030, 1, 2))


def test_case_show_json_includes_planned_contacts(cli_store, tmp_path):
    code, out, _err = cli_store("case", "add", "--json", write(tmp_path, "c.json", CASE))
    assert code == 0
    case_id = json.loads(out)[0]["id"]
    code, out, _err = cli_store("case", "show", case_id, "--json")
    assert code == 0
    shown = json.loads(out)["planned_contacts"]
    assert [(c["kind"], c["due"], c["status"]) for c in shown] == [(k, d, "planned") for k, d in IDAP_PLAN.items()]


def test_closed_case_gets_no_plan(store, fixed_today):
    (case_id,) = CaseService(store).add(case_doc() | {"status": "closed", "closed_reason": "moved away"})
    assert planner.planned_contacts(store, case_id) == []


# -- templates ---------------------------------------------------------------------------------------------


def test_shipped_templates_load_and_match():
    templates = load_templates()
    assert find_template(templates, "IDAP").sessions == 27
    bc = find_template(templates, "building choices")
    assert bc.id == "building_choices" and "check" in bc.about
    assert find_template(templates, "Kaizen") is None


def test_organisation_template_in_store_folder(store, store_dir, fixed_today):
    own = {
        "id": "safer_lives",
        "name": "Safer Lives",
        "aliases": ["SL"],
        "sessions": 10,
        "weeks_between_sessions": 2,
        "contacts": [
            {"kind": "initial", "offset_days": -14, "from": "start"},
            {"kind": "end", "offset_days": 0, "from": "end"},
        ],
    }
    (store_dir / "programmes").mkdir()
    (store_dir / "programmes" / "safer.json").write_text(json.dumps(own))
    (case_id,) = CaseService(store).add(case_doc(name="sl"))
    assert dues(store, case_id) == {"initial": "2029-12-24", "end": "2030-05-13"}  # session 10: 18 weeks on


GOOD = {
    "id": "x",
    "name": "X",
    "sessions": 4,
    "contacts": [{"kind": "initial", "offset_days": -7, "from": "start"}],
}


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"sessions": None}, "bad.json.sessions", "required"),
        ({"sessions": 0}, "bad.json.sessions", "1 to 500"),
        ({"sessions": True}, "bad.json.sessions", "whole number"),
        ({"id": "Has Spaces"}, "bad.json.id", "lower-case"),
        ({"aliases": "IDAP"}, "bad.json.aliases", "list"),
        ({"contacts": []}, "bad.json.contacts", "at least one"),
        ({"contacts": [{"kind": "lunch", "offset_days": 1, "from": "start"}]}, "bad.json.contacts[0].kind", ""),
        ({"contacts": [{"kind": "end", "offset_days": 1, "from": "middle"}]}, "bad.json.contacts[0].from", ""),
        ({"contacts": [{"kind": "end", "offset_days": 1.5, "from": "end"}]}, "bad.json.contacts[0].offset_days", ""),
        (
            {"contacts": [{"kind": "end", "offset_days": 1, "from": "end"}] * 2},
            "bad.json.contacts[1].kind",
            "twice",
        ),
        ({"sesions": 4}, "bad.json.sesions", ""),
        ({"aliases": ["IDAP"]}, "bad.json", "also used"),
    ],
)
def test_template_validation_errors(tmp_path, change, field, words):
    doc = {k: v for k, v in (GOOD | change).items() if v is not None}
    (tmp_path / "bad.json").write_text(json.dumps(doc))
    with pytest.raises(InvalidInput) as caught:
        load_templates(tmp_path)
    assert caught.value.field == field
    assert words in str(caught.value)


def test_template_that_is_not_json(tmp_path, store, store_dir):
    (store_dir / "programmes").mkdir()
    (store_dir / "programmes" / "broken.json").write_text("{not json")
    with pytest.raises(InvalidInput) as caught:
        CaseService(store).add(CASE)
    assert caught.value.field == "broken.json"
    assert CaseService(store).count() == 0


def test_template_dates_are_exact():
    template = ProgrammeTemplate.from_json(GOOD | {"weeks_between_sessions": 2}, "t")
    assert template.last_session(date(2030, 1, 7)) == date(2030, 2, 18)
