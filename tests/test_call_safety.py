"""Call safety: safe windows across the clock changes, past midnight, under blackouts; and a property test that
the next safe window is safe and that no earlier safe moment exists."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safetyworker.protocol.call_safety import (
    HORIZON,
    call_card,
    check_case,
    check_method,
    is_safe_at,
    local_to_utc,
    preferred_callable_method,
)
from safetyworker.records.model import DAYS, Case, ContactMethod, Period, WeeklyWindow

LONDON = ZoneInfo("Europe/London")
MARCH_CHANGE = datetime(2026, 3, 29)  # last Sunday of March 2026: 01:00 GMT -> 02:00 BST
OCTOBER_CHANGE = datetime(2026, 10, 25)  # last Sunday of October 2026: 02:00 BST -> 01:00 GMT


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def mobile(*windows: WeeklyWindow, one_off=(), blackouts=(), **kw) -> ContactMethod:
    return ContactMethod(
        kind="mobile",
        value="+447700900101",
        id="m1",
        safe_windows=list(windows),
        one_off_windows=list(one_off),
        blackout_windows=list(blackouts),
        **kw,
    )


def weekly(days: str, start: str, end: str) -> WeeklyWindow:
    return WeeklyWindow(tuple(days.split(",")), time.fromisoformat(start), time.fromisoformat(end))


def check(method: ContactMethod, at: datetime):
    result = check_method(method, at, LONDON)
    assert result.safe == is_safe_at(method, at, LONDON), "the intervals and the wall clock disagree"
    return result


# -- the clock changes ------------------------------------------------------------------------------------------


def test_march_window_spanning_the_change_loses_the_missing_hour():
    m = mobile(weekly("sun", "00:30", "02:30"))
    before = check(m, utc(2026, 3, 28, 23, 0))
    assert not before.safe and before.reason_code == "outside_windows"
    assert before.next_window_start.isoformat() == "2026-03-29T00:30:00+00:00"
    assert before.next_window_end.isoformat() == "2026-03-29T02:30:00+01:00"
    assert before.next_window_end.astimezone(UTC) - before.next_window_start == timedelta(hours=1)
    assert check(m, utc(2026, 3, 29, 0, 59, 59)).safe  # 00:59:59 GMT
    during = check(m, utc(2026, 3, 29, 1, 0))  # 02:00 BST: the clocks have just gone forward
    assert during.safe and during.reason == "Safe to call now until 02:30"
    assert during.next_window_start.isoformat() == "2026-03-29T02:00:00+01:00"
    assert not check(m, utc(2026, 3, 29, 1, 30)).safe


def test_a_window_inside_the_missing_march_hour_does_not_happen():
    m = mobile(weekly("sun", "01:15", "01:45"))
    assert local_to_utc(MARCH_CHANGE.replace(hour=1, minute=15), MARCH_CHANGE.replace(hour=1, minute=45), LONDON) == []
    result = check(m, utc(2026, 3, 28, 12, 0))
    assert result.next_window_start.isoformat() == "2026-04-05T01:15:00+01:00"
    for minute in range(0, 180, 5):
        assert not is_safe_at(m, utc(2026, 3, 29, 0, 0) + timedelta(minutes=minute), LONDON)


def test_a_window_starting_in_the_missing_hour_starts_when_the_clocks_go_forward():
    result = check(mobile(weekly("sun", "01:30", "03:00")), utc(2026, 3, 28, 12, 0))
    assert result.next_window_start.isoformat() == "2026-03-29T02:00:00+01:00"
    assert result.next_window_end.isoformat() == "2026-03-29T03:00:00+01:00"


def test_october_window_spanning_the_change_gains_the_repeated_hour():
    m = mobile(weekly("sun", "00:30", "02:30"))
    result = check(m, utc(2026, 10, 24, 23, 30))  # 00:30 BST
    assert result.safe
    assert result.next_window_start.isoformat() == "2026-10-25T00:30:00+01:00"
    assert result.next_window_end.isoformat() == "2026-10-25T02:30:00+00:00"
    assert result.next_window_end.astimezone(UTC) - result.next_window_start.astimezone(UTC) == timedelta(hours=3)


def test_october_window_in_the_repeated_hour_happens_twice():
    m = mobile(weekly("sun", "01:00", "01:30"))
    first = check(m, utc(2026, 10, 24, 23, 30))
    assert first.next_window_start.isoformat() == "2026-10-25T01:00:00+01:00"
    assert first.next_window_end.isoformat() == "2026-10-25T01:30:00+01:00"
    between = check(m, utc(2026, 10, 25, 0, 45))  # 01:45 BST
    assert not between.safe
    assert between.next_window_start.isoformat() == "2026-10-25T01:00:00+00:00"  # the second 01:00 (GMT)
    assert between.next_window_start.fold == 1
    assert check(m, utc(2026, 10, 25, 1, 15)).safe  # 01:15 GMT


def test_next_window_offsets_follow_the_season():
    m = mobile(weekly("mon", "10:00", "12:00"))
    spring = check(m, utc(2026, 3, 27, 12, 0))  # Friday before the change, GMT
    assert spring.next_window_start.isoformat() == "2026-03-30T10:00:00+01:00"
    assert spring.next_window_start.astimezone(UTC) == utc(2026, 3, 30, 9, 0)
    autumn = check(m, utc(2026, 10, 23, 12, 0))  # Friday before the change, BST
    assert autumn.next_window_start.isoformat() == "2026-10-26T10:00:00+00:00"


def test_a_blackout_across_the_october_change_covers_both_repeated_hours():
    m = mobile(
        weekly("sat,sun", "00:00", "23:00"),
        blackouts=[Period(OCTOBER_CHANGE.replace(hour=1), OCTOBER_CHANGE.replace(hour=2))],
    )
    assert check(m, utc(2026, 10, 24, 23, 59)).safe  # 00:59 BST
    first = check(m, utc(2026, 10, 25, 0, 30))  # 01:30 BST
    assert first.reason_code == "blackout"
    assert first.next_window_start.isoformat() == "2026-10-25T02:00:00+00:00"
    assert check(m, utc(2026, 10, 25, 1, 30)).reason_code == "blackout"  # 01:30 GMT


# -- midnight, blackouts, one-off windows, reasons ----------------------------------------------------------------


def test_a_window_crossing_midnight_runs_into_the_next_day():
    m = mobile(weekly("fri", "22:00", "02:00"))
    sat = check(m, datetime(2026, 6, 6, 1, 0, tzinfo=LONDON))  # Saturday 01:00
    assert sat.safe and sat.reason == "Safe to call now until 02:00"
    assert not check(m, datetime(2026, 6, 5, 1, 0, tzinfo=LONDON)).safe  # Friday 01:00: Thursday has no window
    assert not check(m, datetime(2026, 6, 6, 22, 30, tzinfo=LONDON)).safe  # Saturday evening
    friday = check(m, datetime(2026, 6, 5, 12, 0, tzinfo=LONDON))
    assert friday.next_window_start == datetime(2026, 6, 5, 22, 0, tzinfo=LONDON)
    assert friday.next_window_end == datetime(2026, 6, 6, 2, 0, tzinfo=LONDON)
    assert "Fri 5 Jun 22:00 to Sat 6 Jun 02:00" in friday.reason


def test_touching_windows_are_one_safe_stretch():
    m = mobile(weekly("mon", "10:00", "12:00"), weekly("mon", "12:00", "13:00"))
    result = check(m, datetime(2026, 6, 1, 11, 0, tzinfo=LONDON))
    assert result.next_window_end == datetime(2026, 6, 1, 13, 0, tzinfo=LONDON)


def test_a_blackout_over_a_window_cuts_it_short_and_pushes_the_next_one():
    m = mobile(
        weekly("mon,wed", "10:00", "12:00"),
        blackouts=[Period(datetime(2026, 6, 1, 11, 0), datetime(2026, 6, 10, 10, 30))],
    )
    before = check(m, datetime(2026, 6, 1, 10, 30, tzinfo=LONDON))
    assert before.safe and before.next_window_end == datetime(2026, 6, 1, 11, 0, tzinfo=LONDON)
    inside = check(m, datetime(2026, 6, 1, 11, 15, tzinfo=LONDON))
    assert not inside.safe and inside.reason_code == "blackout"
    assert inside.reason.startswith("In a 'do not call' period until Wed 10 Jun 10:30")
    assert inside.next_window_start == datetime(2026, 6, 10, 10, 30, tzinfo=LONDON)
    assert inside.next_window_end == datetime(2026, 6, 10, 12, 0, tzinfo=LONDON)
    outside = check(m, datetime(2026, 6, 3, 18, 0, tzinfo=LONDON))  # in the blackout, outside any window too
    assert outside.reason_code == "blackout"


def test_one_off_windows():
    m = mobile(one_off=[Period(datetime(2026, 6, 3, 14, 30), datetime(2026, 6, 3, 16, 0))])
    before = check(m, datetime(2026, 6, 1, 9, 0, tzinfo=LONDON))
    assert not before.safe and before.reason_code == "outside_windows"
    assert before.next_window_start == datetime(2026, 6, 3, 14, 30, tzinfo=LONDON)
    assert check(m, datetime(2026, 6, 3, 15, 0, tzinfo=LONDON)).safe
    after = check(m, datetime(2026, 6, 3, 16, 0, tzinfo=LONDON))
    assert not after.safe and after.next_window_start is None and after.next_window_end is None
    assert "No safe time in the next eight weeks" in after.reason


def test_reasons_when_no_call_can_be_made():
    at = datetime(2026, 6, 1, 11, 0, tzinfo=LONDON)
    never = check(mobile(weekly("mon", "10:00", "12:00"), safe_to_call=False), at)
    assert (never.safe, never.reason_code, never.reason) == (
        False,
        "not_safe_to_call",
        "This number is not safe to call",
    )
    assert never.next_window_start is None
    unagreed = check(mobile(), at)
    assert (unagreed.reason_code, unagreed.reason) == ("no_windows", "No safe times agreed yet")
    email = ContactMethod(kind="email", value="a@example.org", safe_to_call=False)
    assert check_method(email, at, LONDON).reason_code == "no_phone"
    with pytest.raises(ValueError):
        check_method(mobile(weekly("mon", "10:00", "12:00")), datetime(2026, 6, 1, 11, 0), LONDON)


def test_the_case_uses_its_first_callable_phone():
    landline = ContactMethod(kind="landline", value="+441632960101", id="l1", safe_to_call=False)
    case = Case(preferred_name="Ffion", contact_methods=[landline, mobile(weekly("mon", "10:00", "12:00"))])
    assert preferred_callable_method(case).id == "m1"
    result = check_case(case, datetime(2026, 6, 1, 11, 0, tzinfo=LONDON), LONDON)
    assert result.safe and result.method_id == "m1"
    only_landline = Case(preferred_name="Ffion", contact_methods=[landline])
    assert preferred_callable_method(only_landline) is None
    assert check_case(only_landline, datetime(2026, 6, 1, 11, 0, tzinfo=UTC), LONDON).reason_code == "not_safe_to_call"
    nothing = check_case(Case(preferred_name="Ffion"), datetime(2026, 6, 1, 11, 0, tzinfo=UTC), LONDON)
    assert (nothing.reason_code, nothing.reason, nothing.method_id) == ("no_phone", "No phone number to call", None)


def test_the_call_card_never_offers_voicemail_by_default():
    method = mobile(weekly("mon", "10:00", "12:00"), ask_for="Ffi", code_word="the washing's out")
    case = Case(preferred_name="Ffion", phone_name="Ffi", contact_methods=[method])
    at = datetime(2026, 6, 1, 11, 0, tzinfo=LONDON)
    history = {
        "contact_log": [
            {"at": f"2026-05-{d:02d}T09:{d:02d}:00Z", "outcome": "spoke", "corrects_id": None} for d in range(1, 6)
        ]
    }
    card = call_card(case, history, check_case(case, at, LONDON), LONDON)
    assert card["number"] == "07700 900101" and card["withhold_number"] and card["ask_for"] == "Ffi"
    assert "Do not leave a voicemail or message." in card["lines"]
    assert "Can't-talk code word: the washing's out" in card["lines"]
    assert card["check"]["safe"] and len(card["recent_outcomes"]) == 3
    assert card["recent_outcomes"][-1]["at"] == "2026-05-05T10:05+01:00"


# -- the property -------------------------------------------------------------------------------------------------

_clock = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
_weekly = st.builds(
    lambda days, start, end: WeeklyWindow(tuple(d for d in DAYS if d in days), start, end),
    st.sets(st.sampled_from(DAYS), min_size=1),
    _clock,
    _clock,
).filter(lambda w: w.start != w.end)
# Periods and moments near the clock changes, where mistakes hide.
_base = st.sampled_from([MARCH_CHANGE, OCTOBER_CHANGE, datetime(2026, 6, 1)])


@st.composite
def _period(draw, base: datetime) -> Period:
    start = base + timedelta(minutes=15 * draw(st.integers(-4 * 24 * 10, 4 * 24 * 10)))
    return Period(start, start + timedelta(minutes=15 * draw(st.integers(1, 4 * 24 * 3))))


@st.composite
def _scenario(draw):
    base = draw(_base)
    method = mobile(
        *draw(st.lists(_weekly, max_size=3)),
        one_off=draw(st.lists(_period(base), max_size=2)),
        blackouts=draw(st.lists(_period(base), max_size=3)),
    )
    at = base.replace(tzinfo=UTC) + timedelta(seconds=draw(st.integers(-10 * 86400, 10 * 86400)))
    return method, at


def _boundaries(method: ContactMethod, start: datetime, end: datetime) -> list[datetime]:
    """Every UTC instant at which a window or blackout starts or ends in [start, end], and a microsecond before."""
    local_days = {(start + timedelta(days=i)).astimezone(LONDON).date() for i in range((end - start).days + 2)}
    naive = [p.start for p in method.one_off_windows + method.blackout_windows]
    naive += [p.end for p in method.one_off_windows + method.blackout_windows]
    naive += [datetime.combine(d, t) for d in local_days for w in method.safe_windows for t in (w.start, w.end)]
    out = []
    for local in naive:
        for fold in (0, 1):
            moment = local.replace(tzinfo=LONDON, fold=fold).astimezone(UTC)
            out += [moment, moment - timedelta(microseconds=1)]
    return [m for m in out if start <= m <= end]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_scenario(), st.lists(st.floats(0, 1, exclude_max=True), min_size=50, max_size=50))
def test_the_next_safe_window_is_safe_and_nothing_earlier_is(scenario, fractions):
    method, at = scenario
    result = check_method(method, at, LONDON)
    assert result.safe == is_safe_at(method, at, LONDON)
    if not method.safe_windows and not method.one_off_windows:
        assert result.reason_code == "no_windows"
        return
    if result.safe:
        assert result.next_window_start.astimezone(UTC) == at  # (== across zones is False in a repeated hour)
    start, end = result.next_window_start, result.next_window_end
    if start is not None:
        assert start.tzinfo is LONDON and end.tzinfo is LONDON
        assert start.utcoffset() == start.astimezone(UTC).astimezone(LONDON).utcoffset()
        # Aware arithmetic within one zone is wall-clock arithmetic in Python: work in UTC.
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        assert at <= start < end <= at + HORIZON
        assert is_safe_at(method, start, LONDON)
        assert is_safe_at(method, max(start, end - timedelta(microseconds=1)), LONDON)
        for f in fractions[:10]:
            assert is_safe_at(method, min(start + (end - start) * f, end - timedelta(microseconds=1)), LONDON)
        if end < at + HORIZON:
            assert not is_safe_at(method, end, LONDON)
    limit = start if start is not None else at + HORIZON
    earlier = [at + (limit - at) * f for f in fractions] + _boundaries(method, at, limit)
    for moment in earlier:
        if moment < limit:
            assert not is_safe_at(method, moment, LONDON), moment
