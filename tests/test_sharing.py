"""Actions from information sharing are due in working days and late by working days: across a weekend and an
England and Wales bank holiday (the organisation's region, from the `holidays` package), and open ones are on
Today's agenda until marked done."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from safetyworker.services.agenda import agenda
from safetyworker.services.cases import CaseService
from safetyworker.services.sharing import SharingService

#: England and Wales, as data: Christmas Day and Boxing Day 2026 fall on Friday and Saturday, so the Boxing
#: Day holiday is Monday 28 December; New Year's Day is Friday 1 January 2027.
EW_HOLIDAYS_2026_27 = {date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1)}


@pytest.fixture
def service(store):
    svc = SharingService(store)
    svc.add_agencies({"name": "Probation", "kind": "probation", "contacts": [{"name": "Alex Reed"}]})
    return svc


@pytest.fixture
def case_id(store):
    return CaseService(store).add({"preferred_name": "Robin"})[0]


def add(service, case_id, shared_on, **action):
    contact = service.contacts()[0].id
    doc = {
        "direction": "received",
        "contact_id": contact,
        "date": shared_on,
        "summary": "New address",
        "basis": "consent",
        "actions": [{"what": "Tell the police unit", **action}],
    }
    return service.add(case_id, doc, today=date(2027, 6, 1)).actions[0]


def test_the_holiday_data_is_what_the_package_says():
    import holidays

    got = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2026, 2027]) if d.month in (12, 1)}
    assert got >= EW_HOLIDAYS_2026_27


def test_due_in_working_days_skips_the_weekend_and_bank_holidays(service, case_id):
    # Thursday 24 December + 1 working day: not Friday (Christmas), Saturday, Sunday or Monday (Boxing Day
    # holiday): Tuesday 29th
    assert add(service, case_id, "2026-12-24", due_in_working_days=1).due_on == "2026-12-29"
    # Wednesday 30 December + 2: Thursday 31st, then (New Year's Day, the weekend) Monday 4 January
    assert add(service, case_id, "2026-12-30", due_in_working_days=2).due_on == "2027-01-04"


def late(service, case_id, action_id, today):
    return next(a for a in service.case_actions(case_id, today=today) if a.id == action_id).days_late


def test_overdue_counts_working_days_across_a_weekend_and_a_bank_holiday(service, case_id):
    action = add(service, case_id, "2026-12-24", due="2026-12-24")
    assert late(service, case_id, action.id, date(2026, 12, 24)) == 0  # due today: not late
    # Christmas Friday, the weekend and the Boxing Day Monday are not working days
    assert late(service, case_id, action.id, date(2026, 12, 28)) == 0
    assert late(service, case_id, action.id, date(2026, 12, 29)) == 1
    # 29, 30, 31 December and Monday 4 January: New Year's Day and the weekend do not count
    assert late(service, case_id, action.id, date(2027, 1, 4)) == 4


def test_scotland_counts_its_own_bank_holidays(store, service, case_id):
    from safetyworker.records import org_settings

    with store.transaction():
        org_settings.write(store, "bank_holiday_region", "scotland")
    action = add(service, case_id, "2026-12-31", due="2026-12-31")
    # Scotland: 1 and 2 January 2027 are holidays (the 2nd, a Saturday, moves to Monday 4th)
    assert late(service, case_id, action.id, date(2027, 1, 5)) == 1


def test_open_actions_are_on_today_until_done(store, service, case_id):
    action = add(service, case_id, "2026-12-04", due_in_working_days=1)  # due Monday 7 December
    at = datetime(2026, 12, 9, 10, 0, tzinfo=UTC)  # Wednesday: 2 working days late
    [entry] = agenda(store, at)["actions"]
    assert (entry["id"], entry["preferred_name"], entry["days_late"], entry["overdue"]) == (
        action.id,
        "Robin",
        2,
        True,
    )
    service.done(action.id, "Phoned the unit", on="2026-12-07")
    assert agenda(store, at)["actions"] == []


def test_closed_cases_actions_leave_the_lists(store, service, case_id):
    add(service, case_id, "2026-12-04", due_in_working_days=1)
    CaseService(store).close(case_id, "moved away")
    assert service.actions(open_only=True) == []
