"""Settings the organisation decides once, at the office, and every laptop follows.

A deadline counted in working days must fall on the same day on the worker's laptop and at the office, and a
retention rule must be the one the service agreed, so these settings are not a laptop's own: the office sets
them and they travel to the laptops in its bundles, as a reference-data record (id ``settings``, a JSON body
of name -> value; field stamps as any other record, so the office's latest choice wins everywhere).

Each setting is declared once in ``SETTINGS`` with its default, its bounds and a line saying what it does; a
value that is missing or that this program cannot read falls back to the default (a laptop must keep working
when an office on a newer version sends a name it does not know). ``parse`` is the one check of a typed or
received value: the CLI, the desktop and ``sync/stored_check.py`` all use it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from safetyworker import safejson
from safetyworker.errors import InvalidInput
from safetyworker.i18n import N_, _
from safetyworker.records import tables
from safetyworker.store.vault import Store

REFERENCE = tables.Table("reference_data", ("body", "checked"))
#: The reference-data record that holds the organisation's settings.
RECORD_ID = "settings"


@dataclass(frozen=True)
class Setting:
    """One organisation setting: a whole number within bounds, or one word of ``choices``."""

    name: str
    default: int | str
    about: str  # N_() text: what it does, for `settings show` and the desktop
    low: int = 0
    high: int = 0
    choices: tuple[str, ...] = ()

    def parse(self, value: Any) -> int | str:
        """The value as this setting holds it; ``InvalidInput`` naming the setting when it is not one."""
        if self.choices:
            word = str(value).strip().lower() if isinstance(value, (str, int)) else ""
            if word not in self.choices:
                raise InvalidInput(self.name, _("say one of: {words}").format(words=", ".join(self.choices)))
            return word
        if isinstance(value, bool):
            value = None
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value.strip())
        if not isinstance(value, int) or not self.low <= value <= self.high:
            raise InvalidInput(
                self.name, _("must be a whole number from {low} to {high}").format(low=self.low, high=self.high)
            )
        return value


#: Bank holidays: England and Wales share a list; Scotland and Northern Ireland have their own.
BANK_HOLIDAY_REGION = "bank_holiday_region"
REGIONS = ("england_wales", "scotland", "northern_ireland")
#: Telling the person (timetable/inform.py): how many working days an inform contact is due within, and how
#: many weeks without a recorded programme session count as the sessions having stopped.
INFORM_WORKING_DAYS = "inform_working_days"
INFORM_NO_SESSION_WEEKS = "inform_no_session_weeks"

#: How many years after a case was closed the office erases it (services/retention.py; docs/data-protection.md).
RETENTION_YEARS = "retention_years"

SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            BANK_HOLIDAY_REGION,
            "england_wales",
            N_("whose bank holidays are not working days: england_wales, scotland or northern_ireland"),
            choices=REGIONS,
        ),
        Setting(
            RETENTION_YEARS,
            6,
            N_("years after a case was closed that the office erases it, with everything about it (1 to 100)"),
            low=1,
            high=100,
        ),
        Setting(
            INFORM_WORKING_DAYS,
            2,
            N_("working days within which the person is told of a change in probation's news (0: the same day)"),
            low=0,
            high=20,
        ),
        Setting(
            INFORM_NO_SESSION_WEEKS,
            3,
            N_("weeks without a recorded programme session before the person is told the sessions have stopped"),
            low=1,
            high=26,
        ),
    )
}


def setting(name: str) -> Setting:
    """The declared setting called ``name``; ``InvalidInput`` listing the names when there is none."""
    found = SETTINGS.get(name)
    if found is None:
        raise InvalidInput("name", _("no such setting; the settings are: {names}").format(names=", ".join(SETTINGS)))
    return found


def parse_body(body: Any) -> dict[str, int | str]:
    """A settings record's body, checked: every name this program knows must hold a value it accepts (names it
    does not know are kept for a newer version and ignored). ``InvalidInput`` on the first bad value."""
    try:
        data = safejson.loads(body) if isinstance(body, str) else body
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise InvalidInput(RECORD_ID, _("the organisation's settings must be a JSON object"))
    return {name: SETTINGS[name].parse(value) for name, value in data.items() if name in SETTINGS}


def _stored(store: Store) -> dict[str, Any]:
    row = store.db.execute(
        "SELECT body FROM reference_data WHERE id = ? AND deleted_hlc IS NULL", (RECORD_ID,)
    ).fetchone()
    if row is None:
        return {}
    try:
        data = safejson.loads(row[0])
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def values(store: Store) -> dict[str, int | str]:
    """Every setting's value in this store: the office's choice where it made one and it reads, else the
    default."""
    stored = _stored(store)
    result: dict[str, int | str] = {}
    for name, declared in SETTINGS.items():
        try:
            result[name] = declared.parse(stored[name]) if name in stored else declared.default
        except InvalidInput:
            result[name] = declared.default
    return result


def is_set(store: Store, name: str) -> bool:
    """Whether the office chose ``name`` (with a value this program reads), rather than it being the default."""
    stored = _stored(store)
    if name not in stored:
        return False
    try:
        setting(name).parse(stored[name])
    except InvalidInput:
        return False
    return True


def value(store: Store, name: str) -> int | str:
    """One setting's value (see ``values``)."""
    return values(store)[setting(name).name]


def number(store: Store, name: str) -> int:
    """A whole-number setting's value."""
    found = value(store, name)
    assert isinstance(found, int), name
    return found


def write(store: Store, name: str, new: Any) -> int | str:
    """Keep ``name`` = ``new`` (checked) in the settings record; the caller holds the transaction, checks that
    the store may set it (the office) and audits. Returns the value kept."""
    kept = setting(name).parse(new)
    stored = _stored(store)
    stored[name] = kept
    body = json.dumps(stored, ensure_ascii=False, sort_keys=True)
    if tables.current(store, REFERENCE, RECORD_ID) is None:
        tables.insert(store, REFERENCE, {"body": body, "checked": ""}, record_id=RECORD_ID)
    else:
        tables.update(store, REFERENCE, RECORD_ID, {"body": body})
    return kept
