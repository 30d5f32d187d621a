"""Plain words for the codes a case record stores (statuses, channels, outcomes), and date formats.

Everything goes through Qt's translation (the empty context, where lupdate puts module-level tr()), so one
catalogue covers the record.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from safetyworker.protocol.call_safety import outcome_words
from safetyworker.records import dates, words


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


# the words of the codes, from the core: the command line says the same
case_statuses = words.case_statuses


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


log_channels = words.log_channels


contact_kinds = words.contact_kinds


def planned_statuses() -> dict[str, str]:
    return {"planned": tr("Planned"), "done": tr("Done"), "cancelled": tr("Cancelled")}


def log_outcomes() -> dict[str, str]:
    """The same words as the call card's (one list, in the core)."""
    return outcome_words()


# -- dates: one UK format, from the core (safetyworker/records/dates.py) --------------------------------

# a date to read, written out: "Tue 8 Dec 2026"
day_text = dates.day_text
# a moment to read: "Tue 8 Dec 2026, 10:05"
when_text = dates.moment_text
# a stored date in a field to edit: "08/12/2026"
date_to_text = dates.numeric_date
# a typed date in the stored form (refused with what was typed)
text_to_date = dates.typed_date


# the one format of every field a date is typed into (Qt's words for "08/12/2026"), and with a time
DATE_INPUT = "dd/MM/yyyy"
MOMENT_INPUT = "dd/MM/yyyy HH:mm"


def date_input(*edits: QDateTimeEdit) -> None:
    """Give date fields the one input format: 08/12/2026, and 08/12/2026 14:30 where a time is typed too.

    Every QDateEdit and QDateTimeEdit goes through here (the forms in ui/*.ui set no format of their own), so
    a person types a date the same way in every window; Qt's own "ddd d MMM" would also use Qt's day names,
    not the catalogue's.
    """
    for edit in edits:
        edit.setDisplayFormat(DATE_INPUT if isinstance(edit, QDateEdit) else MOMENT_INPUT)


def qdate(day: date) -> QDate:
    """A day for a date field."""
    return QDate(day.year, day.month, day.day)


def qdatetime(at: datetime) -> QDateTime:
    """A wall-clock time (the store's, ``planner.local_now``) for a date-and-time field, to the minute."""
    return QDateTime(qdate(at.date()), QTime(at.hour, at.minute))


def typed_moment(edit: QDateTimeEdit, timezone: str) -> datetime:
    """What was typed in a date-and-time field, read on the store's clock (``timezone``), as an aware UTC time:
    never the laptop's zone, an hour behind London's in summer on a laptop set to UTC."""
    typed = edit.dateTime().toPython()
    assert isinstance(typed, datetime)
    return typed.replace(tzinfo=ZoneInfo(timezone)).astimezone(UTC)


def day_names() -> tuple[str, ...]:
    """Mon … Sun, short, as the dates use them."""
    return dates.day_names()
