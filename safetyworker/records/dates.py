"""Dates as people here read and type them: the UK's day-month-year, one way everywhere.

A date a person reads is written out where there is room ("Tue 8 Dec 2026", the day name catches a wrong
week at a glance) and as "08/12/2026" only where it must be typed or edited. The store keeps ISO dates; the
words come from the core's catalogue, so the CLI and the desktop read the same. A typed date that cannot be
read is refused with what was typed, not with what it was turned into ("31/02/1990 is not a real date").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _

_UK = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def day_name(index: int) -> str:
    """The short day name ("Tue") of a weekday index (Monday 0), in the language chosen."""
    return (_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun"))[index]


def month_name(month: int) -> str:
    """The short month name ("Dec") of a month number (January 1), in the language chosen."""
    names = (
        *(_("Jan"), _("Feb"), _("Mar"), _("Apr"), _("May"), _("Jun")),
        *(_("Jul"), _("Aug"), _("Sep"), _("Oct"), _("Nov"), _("Dec")),
    )
    return names[month - 1]


def _as_date(value: date | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def day_text(value: date | str | None) -> str:
    """A date to read: "Tue 8 Dec 2026" ('' for none; text that is not a date is shown as it is)."""
    if not value:
        return ""
    try:
        day = _as_date(value)
    except ValueError:
        return str(value)
    return f"{day_name(day.weekday())} {day.day} {month_name(day.month)} {day.year}"


def moment_text(moment: datetime, timezone: str = "Europe/London") -> str:
    """A moment to read on the store's clock (``timezone``, the store's default unless given): "Tue 8 Dec
    2026, 10:05". Never the laptop's zone: on a laptop set to UTC a London summer time reads an hour early, and
    from midnight to 01:00 on the day before. A naive time is taken as already on the store's clock."""
    local = moment.astimezone(ZoneInfo(timezone)) if moment.tzinfo else moment
    return f"{day_text(local.date())}, {local:%H:%M}"


def stored_moment_text(value: str | None, timezone: str = "Europe/London") -> str:
    """A moment as the store keeps it ("2026-12-08T14:30:00Z") to read: "Tue 8 Dec 2026, 14:30" on the store's
    clock, as the desktop shows it ('' for none; text that is not a moment is shown as it is)."""
    if not value:
        return ""
    try:
        return moment_text(datetime.fromisoformat(value.replace("Z", "+00:00")), timezone)
    except ValueError:
        return str(value)


def numeric_date(iso: str | None) -> str:
    """A stored date (YYYY-MM-DD) in a field to edit: "08/12/2026"."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def typed_date(text: str, field: str) -> str | None:
    """A typed date (DD/MM/YYYY, or YYYY-MM-DD) in the stored form; None when empty (not known).

    Raises InvalidInput naming ``field``, echoing what was typed, for a shape it cannot read or a date that
    does not exist.
    """
    text = text.strip()
    if not text:
        return None
    match = _UK.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    elif _ISO.fullmatch(text):
        year, month, day = (int(g) for g in text.split("-"))
    else:
        raise InvalidInput(field, _("write the date as day/month/year, for example 14/03/1990"))
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise InvalidInput(field, _("{value} is not a real date").format(value=text)) from None


def day_names() -> tuple[str, ...]:
    """Mon … Sun, short, as ``day_text`` writes them."""
    return tuple(day_name(i) for i in range(7))
