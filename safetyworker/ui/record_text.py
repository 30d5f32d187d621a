"""Plain words for the codes a case record stores (statuses, channels, outcomes), and date formats.

Everything goes through Qt's translation (the empty context, where lupdate puts module-level tr()), so one
catalogue covers the record.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from safetyworker.errors import InvalidInput
from safetyworker.protocol.call_safety import outcome_words


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def case_statuses() -> dict[str, str]:
    return {
        "referred": tr("Referred"),
        "contacted": tr("Contacted"),
        "active": tr("Active"),
        "declined": tr("Declined support"),
        "closed": tr("Closed"),
    }


def consent_statuses() -> dict[str, str]:
    return {
        "not_asked": tr("Not asked yet"),
        "given": tr("Given"),
        "declined": tr("Declined"),
        "withdrawn": tr("Withdrawn"),
    }


def method_kinds() -> dict[str, str]:
    return {
        "mobile": tr("Mobile"),
        "landline": tr("Landline"),
        "email": tr("Email"),
        "post": tr("Post"),
        "visit": tr("Meet in person"),
    }


def custody_statuses() -> dict[str, str]:
    return {
        "unknown": tr("Not known"),
        "community": tr("In the community"),
        "in_custody": tr("In custody"),
        "on_licence": tr("Released on licence"),
    }


def programme_statuses() -> dict[str, str]:
    return {
        "waiting": tr("Waiting to start"),
        "started": tr("Started"),
        "completed": tr("Completed"),
        "dropped_out": tr("Dropped out"),
        "breached": tr("Breached"),
    }


def log_channels() -> dict[str, str]:
    return {
        "phone": tr("Phone call"),
        "text": tr("Text message"),
        "email": tr("Email"),
        "visit": tr("Home visit"),
        "post": tr("Letter"),
        "in_person": tr("Met in person"),
    }


def contact_kinds() -> dict[str, str]:
    """Kinds of planned contact (the timetable's and the ones a worker plans by hand)."""
    return {
        "initial": tr("Initial contact"),
        "mid_point": tr("Mid-point contact"),
        "end": tr("End of programme contact"),
        "follow_up": tr("Follow-up contact"),
        "release": tr("Release contact"),
        "review": tr("Review"),
        "ad_hoc": tr("Contact"),
    }


def planned_statuses() -> dict[str, str]:
    return {"planned": tr("Planned"), "done": tr("Done"), "cancelled": tr("Cancelled")}


def log_outcomes() -> dict[str, str]:
    """The same words as the call card's (one list, in the core)."""
    return outcome_words()


# -- dates --------------------------------------------------------------------------------------------

_UK = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_to_text(iso: str | None) -> str:
    """A stored date (YYYY-MM-DD) as people write it here: DD/MM/YYYY."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def text_to_date(text: str, field: str) -> str | None:
    """A typed date (DD/MM/YYYY or YYYY-MM-DD) in the stored form; None when empty (not known).

    A date in the right shape that does not exist (31/02/2020) is passed on for the core to refuse by name.
    """
    text = text.strip()
    if not text:
        return None
    if _ISO.fullmatch(text):
        return text
    match = _UK.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return f"{year:04d}-{month:02d}-{day:02d}"
    raise InvalidInput(field, tr("write the date as day/month/year, for example 14/03/1990"))


def when_text(moment: datetime) -> str:
    """A moment in local time, for lists: "Tue 12 Nov 2026, 10:05" (a naive time is taken as local)."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{_day_name(local.weekday())} {local.day} {_month_name(local.month)} {local.year}, {local:%H:%M}"


def _day_name(index: int) -> str:
    return (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))[index]


def _month_name(month: int) -> str:
    names = (
        tr("Jan"),
        tr("Feb"),
        tr("Mar"),
        tr("Apr"),
        tr("May"),
        tr("Jun"),
        tr("Jul"),
        tr("Aug"),
        tr("Sep"),
        tr("Oct"),
        tr("Nov"),
        tr("Dec"),
    )
    return names[month - 1]


def day_names() -> tuple[str, ...]:
    return tuple(_day_name(i) for i in range(7))
