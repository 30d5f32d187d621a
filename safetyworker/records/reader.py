"""Reading untrusted objects (JSON files, CSV rows) field by field, with a clear message per field.

Every problem names its path (``contact_methods[0].safe_windows[1].start``) so a person can find it in their
file. Unknown fields are refused: a misspelt ``voicemail_alowed`` silently ignored would leave a default the
worker did not choose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records import text as text_rules

_MISSING = object()
#: The id of a template an organisation supplies (plan and programme templates): safe in a file name.
TEMPLATE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class Reader:
    def __init__(self, data: Any, path: str = "", ignore: Iterable[str] = ()) -> None:
        if not isinstance(data, dict):
            raise InvalidInput(path or "(top level)", _("expected an object with named fields"))
        self.data = data
        self.path = path
        self.seen: set[str] = set(ignore)

    def where(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def fail(self, name: str, message: str) -> InvalidInput:
        return InvalidInput(self.where(name), message)

    def has(self, name: str) -> bool:
        return name in self.data

    def raw(self, name: str, default: Any = _MISSING) -> Any:
        self.seen.add(name)
        value = self.data.get(name, _MISSING)
        if value is _MISSING or value is None:
            if default is _MISSING:
                raise self.fail(name, _("is required"))
            return default
        return value

    def text(self, name: str, required: bool = False, max_len: int = 4000, multiline: bool = False) -> str:
        """Text, stripped. Single-line unless ``multiline`` (notes, plans): see ``records.text.bad_character``."""
        value = self.raw(name, _MISSING if required else "")
        if not isinstance(value, str):
            raise self.fail(name, _("must be text"))
        value = _clean(value.strip(), self, name, multiline)
        if required and not value:
            raise self.fail(name, _("must not be empty"))
        if len(value) > max_len:
            raise self.fail(name, _("is too long (at most {n} characters)").format(n=max_len))
        return value

    def template_id(self, name: str, example: str) -> str:
        """A template's id: required, lower-case letters, digits, '_' and '-' (the same rule for every kind of
        template, so an organisation learns it once)."""
        value = self.text(name, required=True, max_len=64)
        if not TEMPLATE_ID.match(value):
            raise self.fail(
                name, _("use lower-case letters, digits, '_' and '-' only (for example '{e}')").format(e=example)
            )
        return value

    def boolean(self, name: str, default: bool) -> bool:
        value = self.raw(name, default)
        if not isinstance(value, bool):
            raise self.fail(name, _("must be true or false"))
        return value

    def integer(self, name: str, low: int, high: int, default: int | None = None) -> int | None:
        value = self.raw(name, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(name, _("must be a whole number"))
        if not low <= value <= high:
            raise self.fail(name, _("must be between {low} and {high}").format(low=low, high=high))
        return value

    def choice(self, name: str, choices: Iterable[str], default: str | None = None) -> str:
        choices = tuple(choices)
        value = self.raw(name, _MISSING if default is None else default)
        if value not in choices:
            raise self.fail(name, _("must be one of: {choices}").format(choices=", ".join(choices)))
        chosen: str = value
        return chosen

    def date(self, name: str, earliest: date | None = None, latest: date | None = None) -> date | None:
        value = self.raw(name, None)
        if value is None or value == "":
            return None
        parsed = parse_date(value, self.where(name))
        if earliest and parsed < earliest:
            raise self.fail(name, _("{value} is too early").format(value=value))
        if latest and parsed > latest:
            raise self.fail(name, _("{value} is in the future").format(value=value))
        return parsed

    def text_list(self, name: str, max_items: int = 50) -> list[str]:
        value = self.raw(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(name, _("must be a list of text"))
        if len(value) > max_items:
            raise self.fail(name, _("has too many entries (at most {n})").format(n=max_items))
        return [_clean(v.strip(), self, name) for v in value if v.strip()]

    def objects(self, name: str, ignore: Iterable[str] = ()) -> Iterator[Reader]:
        value = self.raw(name, [])
        if not isinstance(value, list):
            raise self.fail(name, _("must be a list"))
        for i, item in enumerate(value):
            yield Reader(item, f"{self.where(name)}[{i}]", ignore)

    def object(self, name: str, ignore: Iterable[str] = ()) -> Reader | None:
        value = self.raw(name, None)
        if value is None:
            return None
        return Reader(value, self.where(name), ignore)

    def finish(self) -> None:
        unknown = sorted(set(self.data) - self.seen)
        if unknown:
            raise self.fail(unknown[0], _("is not a known field (check the spelling)"))


def _clean(value: str, r: Reader, name: str, multiline: bool = False) -> str:
    """Refuse text that cannot be stored as UTF-8 (a lone surrogate such as a JSON "\\ud800"), and characters no
    field may hold (control characters, bidirectional overrides; line breaks outside multi-line fields)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise r.fail(name, _("contains a character that is not valid text")) from None
    return checked_text(value, r.where(name), multiline=multiline)


def checked_text(value: str, where: str, *, multiline: bool = False) -> str:
    """``value`` with its line endings made plain (multi-line fields), or ``InvalidInput`` naming ``where`` and
    the character it may not hold. The one place the text rule is applied to input (docs/interchange.md)."""
    if multiline:
        value = text_rules.line_breaks(value)
    bad = text_rules.bad_character(value, multiline=multiline)
    if bad is None:
        return value
    if bad in "\r\n" and not multiline:
        raise InvalidInput(where, _("must be one line (it holds a line break)"))
    raise InvalidInput(
        where,
        _("holds a hidden control character ({char}) that cannot be kept; type the text again").format(
            char=text_rules.describe(bad)
        ),
    )


def parse_date(value: Any, where: str) -> date:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise InvalidInput(where, _("must be a date written YYYY-MM-DD"))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(where, _("{value} is not a real date").format(value=value)) from None


def parse_clock_time(value: Any, where: str) -> time:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{2}:[0-9]{2}", value):
        raise InvalidInput(where, _("must be a time written HH:MM (24-hour clock)"))
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise InvalidInput(where, _("{value} is not a real time of day").format(value=value)) from None


def parse_local_datetime(value: Any, where: str) -> datetime:
    """A local wall-clock time with no offset (windows are kept in the store's time zone)."""
    pattern = r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?"
    if not isinstance(value, str) or not re.fullmatch(pattern, value):
        raise InvalidInput(where, _("must be a local date and time written YYYY-MM-DDTHH:MM, without an offset"))
    try:
        return datetime.fromisoformat(value.replace(" ", "T"))
    except ValueError:
        raise InvalidInput(where, _("{value} is not a real date and time").format(value=value)) from None
