"""The printed words of the person's copy and the card, and the helpline numbers, read from resources/.

They are data, not code, so an organisation can correct a Welsh phrase or a changed number without a new
release. Because an office edits these files by hand, each one is checked when read: every key that the
English file has, with the same ``{placeholders}``, and helpline entries that name a label which exists. A
damaged file stops the print with a message naming the file and the key, never a half-printed sheet.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from safetyworker.errors import EnvironmentProblem
from safetyworker.i18n import _
from safetyworker.plans.model import SECTIONS
from safetyworker.printing.options import LANGS
from safetyworker.resources import resource


class PrintWordsDamaged(EnvironmentProblem):
    """A strings or helplines file an office edited no longer fits what the printing code needs."""


def _damaged(path: Path, where: str, problem: str) -> PrintWordsDamaged:
    return PrintWordsDamaged(
        _("The printing file {file} needs correcting at '{where}': {problem}").format(
            file=path.name, where=where, problem=problem
        )
    )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PrintWordsDamaged(
            _("The printing file {file} is missing from this installation").format(file=path)
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(path, "", _("it is not valid JSON ({error})").format(error=exc)) from None


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def _check_like(path: Path, where: str, value: Any, model: Any) -> None:
    """``value`` has the shape of ``model`` (the English file): same keys, text where text is, the same
    placeholders, lists of text where lists are."""
    if isinstance(model, dict):
        if not isinstance(value, dict):
            raise _damaged(path, where, _("must be a group of named texts"))
        for key, sub in model.items():
            if key not in value:
                raise _damaged(path, f"{where}.{key}".lstrip("."), _("is missing"))
            _check_like(path, f"{where}.{key}".lstrip("."), value[key], sub)
    elif isinstance(model, list):
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise _damaged(path, where, _("must be a list of texts"))
        if where == "months" and len(value) != 12:
            raise _damaged(path, where, _("must name the twelve months"))
    else:
        if not isinstance(value, str) or not value.strip():
            raise _damaged(path, where, _("must be text"))
        try:
            fields = _fields(value)
        except ValueError:
            raise _damaged(path, where, _("has an unmatched {{ or }}")) from None
        if fields != _fields(model):
            wanted = ", ".join("{" + f + "}" for f in sorted(_fields(model))) or _("none")
            raise _damaged(path, where, _("must use exactly these placeholders: {wanted}").format(wanted=wanted))


@cache
def _english() -> dict[str, Any]:
    path = resource("print", "strings", "en.json")
    data = _read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("sections"), dict):
        raise _damaged(path, "sections", _("is missing"))
    for section in SECTIONS:
        if section not in data["sections"]:
            raise _damaged(path, f"sections.{section}", _("is missing"))
    _check_like(path, "", data, data)
    return data


@cache
def words(lang: str) -> dict[str, Any]:
    """Every printed word for ``lang`` ("en" or "cy"), checked against the English file."""
    if lang not in LANGS:
        raise ValueError(lang)
    model = _english()
    if lang == "en":
        data = model
    else:
        path = resource("print", "strings", f"{lang}.json")
        data = _read_json(path)
        _check_like(path, "", data, model)
    return data


#: Printed on every person's copy, whatever was chosen.
ALWAYS_PRINTED = "emergency"


def format_date(day: date, w: dict[str, Any]) -> str:
    """``day`` the way the printed words of ``w`` (``words(lang)``) write a date."""
    text: str = w["date"]
    return text.format(day=day.day, month=w["months"][day.month - 1], year=day.year)


@dataclass(frozen=True)
class Helpline:
    id: str
    name: str  # the real name, for the worker copy only
    number: str
    hours: str
    neutral_label: str | None  # key into the strings' "lines"; None: never printed for the person
    personal_copy: bool
    card: bool


@dataclass(frozen=True)
class Helplines:
    last_checked: str
    entries: tuple[Helpline, ...]

    def for_person(self, chosen: tuple[str, ...] = ()) -> list[Helpline]:
        """The numbers printed on the person's copy: the ones chosen for their plan (the men's advice line, an
        LGBT+ line, ...), always with 999, else the list's default set. A chosen id the list no longer has (the
        office removed it) is left out; if none is left, the default set prints."""
        if chosen:
            picked = [h for h in self.entries if h.neutral_label and (h.id in chosen or h.id == ALWAYS_PRINTED)]
            if any(h.id in chosen for h in picked):
                return picked
        return [h for h in self.entries if h.personal_copy and h.neutral_label]

    def choosable(self) -> list[Helpline]:
        """The numbers a worker may choose for a person's copy: those with a label that may be printed."""
        return [h for h in self.entries if h.neutral_label]

    def for_card(self) -> list[Helpline]:
        return [h for h in self.entries if h.card and h.neutral_label]


@cache
def helplines() -> Helplines:
    """The helpline numbers and the default set printed for the person (resources/reference/helplines.json),
    unless the office has sent its own corrected list (see safetyworker/services/reference.py)."""
    path = resource("reference", "helplines.json")
    return parse_helplines(_read_json(path), path)


def parse_helplines(data: Any, path: Path) -> Helplines:
    """A helplines list checked entry by entry; ``path`` names it in the message if it does not fit."""
    labels = _english()["lines"]
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise _damaged(path, "entries", _("must be a list of helplines"))
    last = data.get("last_checked")
    if not isinstance(last, str) or not last.strip():
        raise _damaged(path, "last_checked", _("must say when the numbers were last checked"))
    entries, seen = [], set()
    for n, raw in enumerate(data["entries"]):
        where = f"entries[{n}]"
        if not isinstance(raw, dict):
            raise _damaged(path, where, _("must be a helpline"))
        for key in ("id", "name", "number"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise _damaged(path, f"{where}.{key}", _("must be text"))
        if raw["id"] in seen:
            raise _damaged(path, f"{where}.id", _("is used twice"))
        seen.add(raw["id"])
        if not re.fullmatch(r"[0-9 ]{3,20}", raw["number"]):
            raise _damaged(path, f"{where}.number", _("must be digits and spaces"))
        label = raw.get("neutral_label")
        if label is not None and label not in labels:
            raise _damaged(path, f"{where}.neutral_label", _("names no entry under 'lines' in the strings files"))
        flags = {key: raw.get(key, False) for key in ("personal_copy", "card")}
        for key, value in flags.items():
            if not isinstance(value, bool):
                raise _damaged(path, f"{where}.{key}", _("must be true or false"))
        entries.append(Helpline(raw["id"], raw["name"], raw["number"], str(raw.get("hours", "")), label, **flags))
    return Helplines(last, tuple(entries))


def all_revealing_words() -> list[str]:
    """The words that must never be on a person's copy or card, in every print language (an English word
    reveals as much on a Welsh sheet)."""
    found: list[str] = []
    for lang in LANGS:
        for word in words(lang)["revealing_words"]:
            if word.lower() not in found:
                found.append(word.lower())
    return found
