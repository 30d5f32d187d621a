"""The retention schedule as a record: the office keeps it as reference data (``reference_data`` id
``retention``, body ``{"closed_case_years": N}``) and its bundles carry it to every laptop. Checked here, below
sync, so an office bundle and ``settings set retention-years`` are held to the same rule
(services/retention.py applies the schedule; docs/data-protection.md)."""

from __future__ import annotations

import json
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _

#: The reference_data id of the schedule.
RETENTION = "retention"
DEFAULT_YEARS = 6
MIN_YEARS, MAX_YEARS = 1, 100


def parse_years(value: Any, field: str = "retention-years") -> int:
    """A number of years as ``settings set retention-years`` types it, or an office bundle carries it."""
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or not MIN_YEARS <= int(text) <= MAX_YEARS:
        raise InvalidInput(
            field, _("give a whole number of years from {low} to {high}").format(low=MIN_YEARS, high=MAX_YEARS)
        )
    return int(text)


def body_json(years: int) -> str:
    return json.dumps({"closed_case_years": years}, sort_keys=True)


def check_body(body: Any) -> int:
    """The years of a stored schedule (JSON text), or ``InvalidInput`` naming ``body``."""
    try:
        data = json.loads(body) if isinstance(body, str) else None
    except ValueError:
        data = None
    if not isinstance(data, dict) or set(data) != {"closed_case_years"} or type(data["closed_case_years"]) is not int:
        raise InvalidInput("body", _("must be a retention schedule"))
    return parse_years(data["closed_case_years"], "body")
