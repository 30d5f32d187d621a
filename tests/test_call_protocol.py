"""The call protocol on every number, in the core: a case is callable when any of its safe-to-call numbers is in
its window (and every view names that number); a phone call or text names its number; a text to a number not
safe to text needs a reason."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safetyworker.errors import InvalidInput
from safetyworker.protocol.call_safety import call_card, check_case, check_method, is_safe_at
from safetyworker.records.model import DAYS, Case, ContactMethod, WeeklyWindow
from safetyworker.services import agenda as agenda_service
from safetyworker.services.calls import CallService
from safetyworker.services.cases import CaseService

LONDON = ZoneInfo("Europe/London")
MONDAY_10_30 = datetime(2030, 1, 7, 10, 30, tzinfo=UTC)  # GMT: London time is UTC
MONDAY_08_00 = datetime(2030, 1, 7, 8, 0, tzinfo=UTC)
MONDAY_13_00 = datetime(2030, 1, 7, 13, 0, tzinfo=UTC)

# The first number is safe to call only in the afternoon, the second only in the morning.
TWO_NUMBERS = {
    "preferred_name": "Bethan",
    "status": "active",
    "contact_methods": [
        {
            "kind": "mobile",
            "value": "07700 900601",
            "safe_windows": [{"days": ["mon"], "start": "14:00", "end": "16:00"}],
        },
        {
            "kind": "landline",
            "value": "01632 960602",
            "safe_windows": [{"days": ["mon"], "start": "10:00", "end": "12:00"}],
        },
        {"kind": "mobile", "value": "07700 900603", "safe_to_call": False, "safe_to_text": True},
    ],
    # IDAP from 2030-01-07: the initial contact was due on 2029-12-31, so the case is on Today
    "person_causing_harm": {"name": "R", "programme": {"name": "IDAP", "start_date": "2030-01-07"}},
}


def mobile(method_id: str, number: str, start: str, end: str) -> ContactMethod:
    window = WeeklyWindow(("mon",), time.fromisoformat(start), time.fromisoformat(end))
    return ContactMethod(kind="mobile", value=number, id=method_id, safe_windows=[window])


# -- check_case looks at every number ---------------------------------------------------------------------------


def test_a_second_number_inside_its_window_makes_the_case_callable_now():
    first, second = mobile("m1", "+447700900601", "14:00", "16:00"), mobile("m2", "+447700900602", "10:00", "12:00")
    case = Case(preferred_name="Bethan", contact_methods=[first, second])
    result = check_case(case, MONDAY_10_30, LONDON)
    assert result.safe and result.method_id == "m2"
    assert result.reason == "Safe to call now until 12:00"
    card = call_card(case, {"contact_log": []}, result, LONDON)
    assert card["number"] == "07700 900602"


def test_outside_every_window_the_number_whose_window_opens_first_is_named():
    first, second = mobile("m1", "+447700900601", "14:00", "16:00"), mobile("m2", "+447700900602", "10:00", "12:00")
    case = Case(preferred_name="Bethan", contact_methods=[first, second])
    early = check_case(case, MONDAY_08_00, LONDON)
    assert not early.safe and early.method_id == "m2"
    assert early.next_window_start == datetime(2030, 1, 7, 10, 0, tzinfo=LONDON)
    midday = check_case(case, datetime(2030, 1, 7, 12, 30, tzinfo=UTC), LONDON)
    assert not midday.safe and midday.method_id == "m1"
    all_day = mobile("m3", "+447700900603", "09:00", "17:00")
    both = check_case(Case(preferred_name="Bethan", contact_methods=[second, all_day]), MONDAY_10_30, LONDON)
    assert both.safe and both.method_id == "m2", "when two are safe now, the first listed is named"


# -- Today, calls due, the caseload column and the card name that number ----------------------------------------


@pytest.fixture
def bethan(store) -> str:
    return CaseService(store).add(TWO_NUMBERS)[0]


def test_every_view_names_the_number_in_its_safe_time(store, bethan):
    doc = agenda_service.agenda(store, MONDAY_10_30, 0)
    assert [(e["case_id"], e["number_display"]) for e in doc["calls_now"]] == [(bethan, "01632 960602")]
    assert doc["calls_now"][0]["window_end"] == "2030-01-07T12:00:00+00:00"
    assert agenda_service.calls_due(store, MONDAY_10_30) == [
        {"case_id": bethan, "number": "+441632960602", "window_end": "2030-01-07T12:00:00+00:00", "tell": []}
    ]
    column = agenda_service.callable_now(store, MONDAY_10_30)
    assert column[bethan].number_display == "01632 960602"
    assert column[bethan].until == datetime(2030, 1, 7, 12, 0, tzinfo=LONDON)
    card = CallService(store).card(bethan, MONDAY_10_30)
    assert card["number"] == "01632 960602" and card["check"]["safe"]
    assert "Number: 01632 960602" in card["lines"]

    # at 13:00 no number is in its window: later today, on the first number, from 14:00
    later = agenda_service.agenda(store, MONDAY_13_00, 0)
    assert later["calls_now"] == []
    assert [(e["number_display"], e["window_start"]) for e in later["later_today"]] == [
        ("07700 900601", "2030-01-07T14:00:00+00:00")
    ]
    assert agenda_service.reminder_windows(store, MONDAY_13_00) == (
        0,
        [(datetime(2030, 1, 7, 14, 0, tzinfo=LONDON), datetime(2030, 1, 7, 16, 0, tzinfo=LONDON))],
    )


def test_cli_calls_due_names_the_second_number(cli_store, tmp_path):
    from .conftest import write

    code, out, _err = cli_store("case", "add", str(write(tmp_path, "case.json", TWO_NUMBERS)), "--json")
    assert code == 0
    case_id = json.loads(out)[0]["id"]
    code, out, _err = cli_store("calls", "due", "--at", "2030-01-07T10:30:00Z", "--json")
    assert code == 0
    assert [c["number"] for c in json.loads(out)] == ["+441632960602"]
    code, out, _err = cli_store("call", "check", case_id, "--at", "2030-01-07T10:30:00Z")
    assert code == 0 and out.splitlines()[:2] == ["Number: 01632 960602", "Safe to call now until 12:00"]
    code, out, _err = cli_store("call", "check", case_id, "--at", "2030-01-07T13:00:00Z", "--json")
    doc = json.loads(out)
    assert (doc["safe"], doc["number"], doc["next_window_start"]) == (
        False,
        "+447700900601",
        "2030-01-07T14:00:00+00:00",
    )


# -- a phone call or a text names its number; a text to a number not safe to text needs a reason ---------------


def _method_ids(store, case_id: str) -> list[str]:
    return [m.id for m in CaseService(store).get(case_id).contact_methods]


@pytest.mark.parametrize(("channel", "words"), [("phone", "say which number was rung"), ("text", "texted")])
def test_a_phone_call_or_text_without_its_number_is_refused(store, bethan, channel, words):
    service = CaseService(store)
    with pytest.raises(InvalidInput) as refused:
        # even with a reason: without the number no rule can be checked
        service.append_log(bethan, channel=channel, outcome="spoke", at=MONDAY_10_30, override_reason="she asked")
    assert refused.value.field == "contact_method_id" and words in str(refused.value)
    assert service.history(bethan)["contact_log"] == [], "nothing refused was written"
    service.append_log(bethan, channel="visit", outcome="visit_done", at=MONDAY_10_30)  # other channels need none
    assert len(service.history(bethan)["contact_log"]) == 1


def test_a_text_to_a_number_not_safe_to_text_needs_a_reason(store, bethan):
    service = CaseService(store)
    first, _landline, texts_ok = _method_ids(store, bethan)
    with pytest.raises(InvalidInput) as refused:
        service.append_log(bethan, channel="text", outcome="spoke", at=MONDAY_10_30, contact_method_id=first)
    assert refused.value.field == "override_reason" and "not safe to text" in str(refused.value)
    with pytest.raises(InvalidInput):
        service.append_log(
            bethan, channel="text", outcome="spoke", at=MONDAY_10_30, contact_method_id=first, override_reason="  "
        )
    assert service.history(bethan)["contact_log"] == []

    reason = "She texted first from this number and asked for a reply."
    service.append_log(
        bethan, channel="text", outcome="spoke", at=MONDAY_10_30, contact_method_id=first, override_reason=reason
    )
    service.append_log(bethan, channel="text", outcome="spoke", at=MONDAY_13_00, contact_method_id=texts_ok)
    log = service.history(bethan)["contact_log"]
    assert [(e["channel"], e["contact_method_id"], e["override_reason"]) for e in log] == [
        ("text", first, reason),
        ("text", texts_ok, ""),
    ]


# -- the property: the case's answer agrees with each number's own -------------------------------------------

_clock = st.builds(time, st.integers(0, 23), st.sampled_from([0, 30]))
_weekly = st.builds(
    lambda days, start, end: WeeklyWindow(tuple(d for d in DAYS if d in days), start, end),
    st.sets(st.sampled_from(DAYS), min_size=1),
    _clock,
    _clock,
).filter(lambda w: w.start != w.end)
_method = st.builds(
    lambda windows, safe_to_call, kind: (windows, safe_to_call, kind),
    st.lists(_weekly, max_size=2),
    st.booleans(),
    st.sampled_from(["mobile", "landline", "email"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_method, max_size=4), st.integers(0, 14 * 24 * 4))
def test_the_case_is_callable_exactly_when_one_of_its_numbers_is(methods, quarter_hours):
    """Safe now when any number safe to call is (naming the first such); otherwise the soonest next window."""
    at = datetime(2026, 10, 19, tzinfo=UTC) + timedelta(minutes=15 * quarter_hours)  # across the October change
    case = Case(
        preferred_name="Bethan",
        contact_methods=[
            ContactMethod(
                kind=kind,
                value="a@example.org" if kind == "email" else f"+4477009006{i:02d}",
                id=f"m{i}",
                safe_to_call=safe and kind != "email",
                safe_windows=windows,
            )
            for i, (windows, safe, kind) in enumerate(methods)
        ],
    )
    result = check_case(case, at, LONDON)
    callable_ = [m for m in case.contact_methods if m.is_phone and m.safe_to_call]
    safe_now = [m for m in callable_ if is_safe_at(m, at, LONDON)]
    assert result.safe == bool(safe_now)
    if safe_now:
        assert result.method_id == safe_now[0].id
        return
    if callable_:
        assert result.method_id in {m.id for m in callable_}, "never a number that must not be rung"
        starts = [check_method(m, at, LONDON).next_window_start for m in callable_]
        coming = [s.astimezone(UTC) for s in starts if s is not None]
        assert (result.next_window_start.astimezone(UTC) if result.next_window_start else None) == (
            min(coming) if coming else None
        )
