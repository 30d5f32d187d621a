"""The Today view and ``calls due``: due contacts split by call safety, overdue, releases and reviews."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from safetyworker.records import tables
from safetyworker.records.case_rows import PLANNED
from safetyworker.services import agenda as agenda_service
from safetyworker.services.cases import CaseService

from .conftest import write

AT = "2030-01-07T10:30:00Z"  # a Monday, GMT: IDAP from 2030-01-07 had its initial contact due 2029-12-31
MOMENT = datetime(2030, 1, 7, 10, 30, tzinfo=UTC)


def person(**extra) -> dict:
    doc = {"name": "R", "programme": {"name": "IDAP", "start_date": "2030-01-07"}}
    return doc | extra


def phone_case(name: str, number: str, days: list[str], start: str, end: str, **extra) -> dict:
    return {
        "preferred_name": name,
        "status": "active",
        "contact_methods": [
            {
                "kind": "mobile",
                "value": number,
                "safe_windows": [{"days": days, "start": start, "end": end}],
            }
        ],
        "person_causing_harm": person(),
    } | extra


def caseload() -> list[dict]:
    return [
        phone_case("Now", "07700 900001", ["mon"], "10:00", "12:00"),
        phone_case("Later", "07700 900002", ["mon"], "14:00", "16:00"),
        phone_case("Tuesday", "07700 900003", ["tue"], "10:00", "12:00"),
        phone_case(
            "Release",
            "07700 900004",
            ["sat"],
            "10:00",
            "11:00",
            person_causing_harm={"name": "R", "release_date": "2030-01-15"},
        ),
        phone_case("Closed", "07700 900005", ["mon"], "10:00", "12:00", status="closed", closed_reason="moved"),
        {"preferred_name": "Review", "status": "active"},
    ]


@pytest.fixture
def ids(store):
    names = [c["preferred_name"] for c in caseload()]
    case_ids = dict(zip(names, CaseService(store).add(caseload()), strict=True))
    with store.transaction():
        for due in ("2030-01-10", "2030-02-20"):
            tables.insert(
                store,
                PLANNED,
                {"case_id": case_ids["Review"], "kind": "review", "due_date": due, "source": "manual"},
            )
    return case_ids


def test_agenda_sections(store, ids):
    doc = agenda_service.agenda(store, MOMENT, 14)
    assert doc["today"] == "2030-01-07"
    now = doc["calls_now"]
    assert [(c["case_id"], c["number"], c["window_end"]) for c in now] == [
        (ids["Now"], "+447700900001", "2030-01-07T12:00:00+00:00")
    ]
    assert [c["kind"] for c in now[0]["contacts"]] == ["initial"]
    assert [(c["case_id"], c["window_start"], c["window_end"]) for c in doc["later_today"]] == [
        (ids["Later"], "2030-01-07T14:00:00+00:00", "2030-01-07T16:00:00+00:00")
    ]
    # Due, but no safe time today: shown, not dropped.
    assert {c["case_id"] for c in doc["due_no_safe_time_today"]} == {ids["Tuesday"], ids["Release"]}
    overdue = {(c["case_id"], c["kind"], c["days_overdue"]) for c in doc["overdue"]}
    assert overdue == {
        (ids["Now"], "initial", 7),
        (ids["Later"], "initial", 7),
        (ids["Tuesday"], "initial", 7),
        (ids["Release"], "release", 6),
    }
    assert [(r["case_id"], r["release_date"], r["days_until"]) for r in doc["releases"]] == [
        (ids["Release"], "2030-01-15", 8)
    ]
    assert [(r["case_id"], r["due"]) for r in doc["reviews"]] == [(ids["Review"], "2030-01-10")]
    # A closed case is in no section.
    assert ids["Closed"] not in json.dumps(doc)


def test_agenda_days_widens_the_horizon(store, ids):
    doc = agenda_service.agenda(store, MOMENT, 60)
    assert [r["due"] for r in doc["reviews"]] == ["2030-01-10", "2030-02-20"]
    assert agenda_service.agenda(store, MOMENT, 3)["releases"] == []


def test_agenda_is_audited_without_content(store, ids):
    agenda_service.agenda(store, MOMENT, 14)
    agenda_service.calls_due(store, MOMENT)
    rows = store.db.execute(
        "SELECT action, target_id, detail FROM audit_event WHERE action = 'agenda.view' ORDER BY seq"
    ).fetchall()
    assert rows == [("agenda.view", "", ""), ("agenda.view", "", "calls_due")]


def test_calls_due_and_done_contacts(store, ids):
    assert agenda_service.calls_due(store, MOMENT) == [
        {"case_id": ids["Now"], "number": "+447700900001", "window_end": "2030-01-07T12:00:00+00:00", "tell": []}
    ]
    (initial,) = [c for c in CaseService(store).show(ids["Now"])["planned_contacts"] if c["kind"] == "initial"]
    with store.transaction():
        tables.update(store, PLANNED, initial["id"], {"status": "done"})
    assert agenda_service.calls_due(store, MOMENT) == []


def test_summer_time_window(store, ids):
    # 10:30 UTC on a Monday in June is 11:30 in London: inside the 10:00-12:00 window, which ends at 11:00 UTC.
    calls = agenda_service.calls_due(store, datetime(2030, 6, 3, 10, 30, tzinfo=UTC))
    assert {c["case_id"]: c["window_end"] for c in calls}[ids["Now"]] == "2030-06-03T12:00:00+01:00"


def test_cli_agenda_and_calls_due(cli_store, tmp_path):
    code, out, err = cli_store("case", "add", "--json", write(tmp_path, "cases.json", caseload()))
    assert code == 0, err
    now_id = json.loads(out)[0]["id"]

    code, out, err = cli_store("calls", "due", "--at", AT, "--json")
    assert code == 0, err
    assert json.loads(out) == [
        {"case_id": now_id, "number": "+447700900001", "window_end": "2030-01-07T12:00:00+00:00", "tell": []}
    ]

    code, out, err = cli_store("agenda", "--at", AT, "--days", "14", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert set(doc) >= {"calls_now", "later_today", "overdue", "releases", "reviews"}
    assert [c["case_id"] for c in doc["calls_now"]] == [now_id]

    code, out, err = cli_store("agenda", "--at", AT)
    assert code == 0, err
    assert "Calls that can be made now (1)" in out and "Overdue (4)" in out and "Later today (1)" in out
    assert "12:00" in out and "14:00" in out

    code, out, err = cli_store("calls", "due", "--at", AT)
    assert code == 0, err
    assert now_id in out and "07700 900001" in out


@pytest.mark.parametrize("bad", ["2030-01-07T10:30", "tomorrow"])
def test_cli_at_needs_an_offset(cli_store, bad):
    code, _out, err = cli_store("agenda", "--at", bad)
    assert code == 2
    assert "--at" in err


def test_cli_days_range(cli_store):
    code, _out, err = cli_store("agenda", "--at", AT, "--days", "-1")
    assert code == 2 and "days" in err
