"""The rules a planned visit keeps (lone working, docs/lone-working.md), written once for the two places that
check one: ``VisitService.plan`` (what a person types) and ``sync/stored_check.py`` (what a bundle brings).

A visit is a start, a length, the travel either side, and the moment the worker will be back in touch: the
office rings them if that moment passes without a "back safe". The back-in-touch time must come after the end
of the visit, and not so long after that a missed call would go unnoticed for most of a day.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records.reader import Reader

MAX_MINUTES = 8 * 60
MAX_TRAVEL = 4 * 60
#: The latest back-in-touch time after the visit's end: beyond this, a missed check-in is noticed too late.
MAX_BACK_AFTER = timedelta(hours=12)
MAX_PLACE = 200
MAX_WORKER = 200
#: The moments the store keeps, all UTC.
_FORMAT_HINT = "2026-12-08T10:30"


def utc_text(moment: datetime) -> str:
    """A moment as the store keeps it: UTC, to the second, with a Z."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def stored_moment(value: Any) -> datetime | None:
    """A moment as the store keeps it, or None when it cannot be read (a value no form accepts, from an older
    version or a damaged edit: ``doctor`` names it). Reading a visit never crashes on one."""
    try:
        if not isinstance(value, str) or len(value) > 40:
            return None
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def listing_order(at: Any, back_by: Any, visit_id: Any) -> tuple[bool, datetime, str, str]:
    """How a day's visits are listed: a start that cannot be read first (it is the one that needs attention,
    and its time shows as ??:??), then by start, back-in-touch time and id. A sort key."""
    moment = stored_moment(at)
    earliest = datetime.min.replace(tzinfo=UTC)
    return (moment is not None, moment or earliest, str(back_by or ""), str(visit_id))


def clock_text(value: Any, zone: ZoneInfo, minutes: Any = 0) -> str:
    """A stored moment (``minutes`` later) as HH:MM on the clock of ``zone``; "" for none, "??:??" for one that
    cannot be read (shown, not hidden: the office must still see the visit)."""
    if not value:
        return ""
    moment = stored_moment(value)
    try:
        if moment is None or type(minutes) is not int:
            raise ValueError
        return f"{(moment + timedelta(minutes=minutes)).astimezone(zone):%H:%M}"
    except (ValueError, OverflowError):
        return "??:??"


def parse_moment(value: Any, where: str, zone: ZoneInfo) -> datetime:
    """A moment typed as ISO: with an offset (or Z) as it is, without one as local time in ``zone`` (a worker
    types the time on their own clock). InvalidInput naming ``where`` otherwise."""
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            if not isinstance(value, str) or len(value) > 40:
                raise ValueError
            moment = datetime.fromisoformat(value.strip().replace("z", "Z").replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInput(
                where,
                _("'{value}' is not a date and time (write it like {example})").format(
                    value=value, example=_FORMAT_HINT
                ),
            ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=zone)
    if not 1970 <= moment.astimezone(UTC).year < 2200:
        raise InvalidInput(where, _("must be a moment between the years 1970 and 2199"))
    return moment.astimezone(UTC)


def check_times(at: datetime, minutes: int, travel: int, back_by: datetime) -> None:
    """The times of a visit make sense together (raises InvalidInput naming the field)."""
    if type(minutes) is not int or not 5 <= minutes <= MAX_MINUTES:
        raise InvalidInput("minutes", _("must be between {low} and {high} minutes").format(low=5, high=MAX_MINUTES))
    if type(travel) is not int or not 0 <= travel <= MAX_TRAVEL:
        raise InvalidInput(
            "travel_minutes", _("must be between {low} and {high} minutes").format(low=0, high=MAX_TRAVEL)
        )
    end = at + timedelta(minutes=minutes)
    if back_by < end:
        raise InvalidInput("back_by", _("must be after the visit ends: the office rings you if you miss it"))
    if back_by > end + timedelta(minutes=travel) + MAX_BACK_AFTER:
        raise InvalidInput(
            "back_by", _("is too long after the visit: the office would not notice for hours if something went wrong")
        )


def _moment(r: Reader, name: str, required: bool) -> datetime | None:
    value = r.raw(name, None)
    if value is None and not required:
        return None
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            raise ValueError
    except ValueError:
        raise r.fail(name, _("must be a date and time")) from None
    return moment


def check_stored_visit(row: dict[str, Any]) -> None:
    """A stored (or incoming) visit row, as ``visit plan`` would have made it."""
    r = Reader(row)
    at = _moment(r, "at", True)
    back_by = _moment(r, "back_by", True)
    back_at = _moment(r, "back_at", False)
    assert at is not None and back_by is not None
    check_times(at, r.raw("minutes"), r.raw("travel_minutes", 0), back_by)
    r.text("place", max_len=MAX_PLACE)
    r.text("worker", max_len=MAX_WORKER)
    if back_at is not None and back_at < at:
        raise r.fail("back_at", _("cannot be before the visit started"))
    log_id = r.raw("log_id", None)
    if log_id is not None and not (isinstance(log_id, str) and 0 < len(log_id) <= 100):
        raise r.fail("log_id", _("must be the id of a record"))
