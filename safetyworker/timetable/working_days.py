"""Working days: a deadline "within 2 working days" skips weekends and the bank holidays of the organisation's
part of the UK (England and Wales share a list; Scotland and Northern Ireland have their own), from the
``holidays`` package, so a task set on a Friday before a bank holiday Monday is due on Wednesday, not Sunday.

The region is the organisation's setting ``bank_holiday_region`` (records/org_settings.py), the same on every
laptop and at the office, so a deadline falls on the same day wherever it is counted.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from safetyworker.records import org_settings
from safetyworker.store.vault import Store

#: The ``holidays`` subdivision for each region of the setting.
_SUBDIVISION = {"england_wales": "ENG", "scotland": "SCT", "northern_ireland": "NIR"}


@lru_cache(maxsize=64)
def _bank_holidays(region: str, year: int) -> frozenset[date]:
    # Imported here, the first time a deadline is worked out: ``import holidays`` loads every country's
    # calendar (50 ms at start on a shared laptop, issue 18), and the window can paint before any is needed.
    import holidays

    return frozenset(holidays.country_holidays("GB", subdiv=_SUBDIVISION[region], years=year))


def region(store: Store) -> str:
    """The organisation's bank-holiday region."""
    return str(org_settings.value(store, org_settings.BANK_HOLIDAY_REGION))


def is_working_day(day: date, where: str = "england_wales") -> bool:
    """Monday to Friday and not a bank holiday in ``where``."""
    return day.weekday() < 5 and day not in _bank_holidays(where, day.year)


def add_working_days(start: date, days: int, where: str = "england_wales") -> date:
    """The ``days``-th working day after ``start`` (``start`` itself not counted): a task noted on a Friday
    "within 1 working day" is due on Monday (on Tuesday when Monday is a bank holiday), one noted on a Saturday
    is due on Monday too. ``days`` = 0: ``start`` when it is a working day, else the next one."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    if days == 0:
        while not is_working_day(day, where):
            day += timedelta(days=1)
        return day
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day, where):
            counted += 1
    return day


def working_days_late(due: date, today: date, where: str = "england_wales") -> int:
    """How many working days after ``due`` ``today`` is (0 when not late): a task due on Friday is 1 working
    day late on Monday, not 3."""
    late = 0
    day = due
    while day < today:
        day += timedelta(days=1)
        if is_working_day(day, where):
            late += 1
    return late
