"""The one date format people read and type: UK day/month/year, written out where there is room."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safetyworker.errors import InvalidInput
from safetyworker.records.dates import day_text, moment_text, numeric_date, stored_moment_text, typed_date


def test_written_out():
    assert day_text("2026-12-08") == "Tue 8 Dec 2026"
    assert day_text(date(2027, 1, 14)) == "Thu 14 Jan 2027"
    assert moment_text(datetime(2026, 12, 8, 9, 5)) == "Tue 8 Dec 2026, 09:05"
    assert numeric_date("2026-12-08") == "08/12/2026"
    assert day_text(None) == "" and numeric_date("") == ""


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_date_shown_in_a_field_reads_back_as_the_same_date(day):
    assert typed_date(numeric_date(day.isoformat()), "date_of_birth") == day.isoformat()
    assert typed_date(f"{day.day}/{day.month}/{day.year}", "date_of_birth") == day.isoformat()
    assert typed_date(day.isoformat(), "date_of_birth") == day.isoformat()


@pytest.mark.parametrize("typed", ["31/02/1990", "29/02/2023", "00/01/2000", "12/13/2000", "1990-02-31"])
def test_an_impossible_date_is_refused_as_it_was_typed(typed):
    with pytest.raises(InvalidInput) as refused:
        typed_date(f" {typed} ", "date_of_birth")
    assert refused.value.field == "date_of_birth"
    assert refused.value.problem == f"{typed} is not a real date"


@given(st.text(max_size=12).filter(lambda t: not t.strip().replace("/", "").replace("-", "").isdigit()))
def test_text_that_is_not_a_date_asks_for_day_month_year(text):
    if not text.strip():
        assert typed_date(text, "release_date") is None
        return
    with pytest.raises(InvalidInput, match="day/month/year"):
        typed_date(text, "release_date")


def test_a_stored_time_reads_on_the_stores_clock_on_a_utc_laptop(utc_laptop_after_midnight):
    """23:30 UTC on 5 July is 00:30 on Tuesday 6 July in London: the laptop set to UTC would say Monday 23:30."""
    assert moment_text(utc_laptop_after_midnight) == "Tue 6 Jul 2027, 00:30"
    assert stored_moment_text("2027-07-05T23:30:00Z", "Europe/London") == "Tue 6 Jul 2027, 00:30"
    assert stored_moment_text("2027-07-05T23:30:00Z", "UTC") == "Mon 5 Jul 2027, 23:30"
