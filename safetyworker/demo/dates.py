"""Dates in the demo files, written relative to today so the demo never goes stale: a release is always a few
weeks away, a blackout always coming up, the contact log always in the recent past.

Anywhere in resources/demo/*.json, an object of one of these shapes stands for a date (see docs/demo.md):

- ``{"days": -75}``: the date 75 days before today (positive for the future), as ``YYYY-MM-DD``;
- ``{"days": 3, "time": "14:30"}``: that day at a local clock time, as ``YYYY-MM-DDTHH:MM`` (one-off and
  blackout windows, the time of a contact log entry);
- ``{"age": 34, "birthday": "03-14"}``: a date of birth that makes the person 34 this year (give or take the
  birthday), whatever today is.

A weekly window's ``{"days": ["mon", ...], ...}`` is not a date: its ``days`` is a list.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records.model import DAYS, WeeklyWindow
from safetyworker.records.reader import parse_clock_time

_SHAPES = ({"days"}, {"days", "time"}, {"age", "birthday"})


def _is_relative(value: object) -> bool:
    return isinstance(value, dict) and set(value) in _SHAPES and not isinstance(value.get("days"), list)


def _whole_number(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(where, _("must be a whole number"))
    return value


def _one(value: dict[str, Any], where: str, today: date) -> str:
    if "age" in value:
        age = _whole_number(value["age"], f"{where}.age")
        try:
            month, day_of_month = (int(part) for part in str(value["birthday"]).split("-"))
            return date(today.year - age, month, day_of_month).isoformat()
        except ValueError:
            raise InvalidInput(f"{where}.birthday", _("must be a month and day, for example 03-14")) from None
    day = today + timedelta(days=_whole_number(value["days"], f"{where}.days"))
    if "time" not in value:
        return day.isoformat()
    clock = parse_clock_time(value["time"], f"{where}.time")
    return f"{day.isoformat()}T{clock.strftime('%H:%M')}"


def resolve(value: Any, today: date, where: str = "") -> Any:
    """``value`` with every relative date in it replaced by the date it stands for on ``today`` (a new object;
    ``value`` is left as it was). ``where`` is the path of ``value``, for the message when a date is malformed."""
    if _is_relative(value):
        return _one(value, where, today)
    if isinstance(value, dict):
        return {k: resolve(v, today, f"{where}.{k}" if where else k) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v, today, f"{where}[{i}]") for i, v in enumerate(value)]
    return value


def inside(window: WeeklyWindow, day: date, clock: time) -> bool:
    """Whether a call on ``day`` at ``clock`` falls inside a weekly window (which may cross midnight)."""
    today, yesterday = DAYS[day.weekday()], DAYS[(day.weekday() - 1) % 7]
    if window.start < window.end:
        return today in window.days and window.start <= clock < window.end
    return (today in window.days and clock >= window.start) or (yesterday in window.days and clock < window.end)


def into_window(moment: datetime, windows: list[WeeklyWindow], where: str) -> datetime:
    """``moment``, or the same clock time up to six days earlier, on the first day it falls inside one of
    ``windows``: so a demo call written "15 days ago at 10:10" keeps the case's own call protocol whatever
    weekday today is. With no windows, ``moment`` as it is."""
    if not windows:
        return moment
    for back in range(7):
        candidate = moment - timedelta(days=back)
        if any(inside(w, candidate.date(), candidate.time()) for w in windows):
            return candidate
    raise InvalidInput(
        where, _("a call at {clock} fits none of the safe windows").format(clock=moment.strftime("%H:%M"))
    )
