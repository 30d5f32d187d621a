"""The local services directory: who does what, for whom, where (issue 19).

One entry is a service or agency a worker may put a person in touch with. The same rules read an entry from a
JSON file (``directory add``), a CSV row (``directory import``), a form in the desktop and a row arriving in a
bundle (sync/stored_check.py), so an entry no form accepts never reaches a store.

Areas are localities ("Rhayader") and postcode districts or areas ("LD6", "LD"): an entry covers a place when
one of its areas names it. An entry with no areas covers everywhere (a national line, a service for a county
that does not list its villages), and is offered after the ones that name the place.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records import phone
from safetyworker.records.csv_import import RowProblem
from safetyworker.records.directory_words import SERVES
from safetyworker.records.reader import Reader
from safetyworker.records.support import SUPPORT_KINDS, parse_kinds
from safetyworker.records.text import fold

#: An entry not checked for this long is flagged: numbers and hours change.
STALE_AFTER = timedelta(days=365)
MAX_AREAS = 200
MAX_ROWS = 5_000
#: The fields of an entry, in the order of the JSON and of a CSV file's columns.
FIELDS = (
    "name",
    "kinds",
    "serves",
    "areas",
    "outreach",
    "hours",
    "phone",
    "email",
    "languages",
    "welsh_language",
    "referral",
    "checked",
)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class DirectoryEntry:
    name: str
    kinds: tuple[str, ...] = ()
    serves: tuple[str, ...] = ("any",)
    areas: tuple[str, ...] = ()
    outreach: bool = False
    hours: str = ""
    phone: str = ""  # E.164, or "" when the service has no phone
    email: str = ""
    languages: tuple[str, ...] = ()
    welsh_language: bool = False
    referral: str = ""
    checked: date | None = None

    @classmethod
    def from_json(cls, data: Any, path: str = "") -> DirectoryEntry:
        r = Reader(data, path)
        name = r.text("name", required=True, max_len=200)
        kinds = tuple(parse_kinds(r.raw("kinds", []), r.where("kinds")))
        if not kinds:
            raise r.fail(
                "kinds", _("say what the service does (one or more of: {k})").format(k=", ".join(SUPPORT_KINDS))
            )
        serves_raw = r.raw("serves", ["any"])
        if isinstance(serves_raw, str):
            serves_raw = [serves_raw]
        if not isinstance(serves_raw, list) or not serves_raw or any(s not in SERVES for s in serves_raw):
            raise r.fail("serves", _("must be one or more of: {c}").format(c=", ".join(SERVES)))
        serves = tuple(s for s in SERVES if s in serves_raw)
        areas = tuple(_area(a, r) for a in r.text_list("areas", max_items=MAX_AREAS))
        number = r.text("phone", max_len=40)
        email = r.text("email", max_len=200)
        if email and not _EMAIL.fullmatch(email):
            raise r.fail("email", _("is not an email address"))
        entry = cls(
            name=name,
            kinds=kinds,
            serves=serves,
            areas=tuple(dict.fromkeys(areas)),
            outreach=r.boolean("outreach", False),
            hours=r.text("hours", max_len=400),
            phone=phone.normalise(number, r.where("phone")) if number else "",
            email=email,
            languages=tuple(r.text_list("languages", max_items=30)),
            welsh_language=r.boolean("welsh_language", False),
            referral=r.text("referral", max_len=1000, multiline=True),
            checked=r.date("checked", latest=date.today() + timedelta(days=2)),
        )
        r.finish()
        return entry

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kinds": list(self.kinds),
            "serves": list(self.serves),
            "areas": list(self.areas),
            "outreach": self.outreach,
            "hours": self.hours,
            "phone": self.phone,
            "email": self.email,
            "languages": list(self.languages),
            "welsh_language": self.welsh_language,
            "referral": self.referral,
            "checked": self.checked.isoformat() if self.checked else None,
        }

    def to_row(self) -> dict[str, Any]:
        """The columns of ``directory_entry`` (lists as JSON, flags as 0/1)."""
        doc = self.to_json()
        for name in ("kinds", "serves", "areas", "languages"):
            doc[name] = json.dumps(doc[name], ensure_ascii=False, separators=(",", ":"))
        doc["outreach"] = int(self.outreach)
        doc["welsh_language"] = int(self.welsh_language)
        return doc


def _area(value: str, r: Reader) -> str:
    """A locality as written, or a postcode district ("ld6" is "LD6") or area written in capitals ("LD")."""
    if len(value) > 100:
        raise r.fail("areas", _("is too long (at most {n} characters)").format(n=100))
    compact = value.upper().replace(" ", "")
    if re.fullmatch(r"[A-Z]{1,2}[0-9][0-9A-Z]?", compact) or re.fullmatch(r"[A-Z]{1,2}", value):
        return compact
    return value


def row_doc(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row as the JSON a person would type (lists from JSON, 0/1 as false/true), for the same check."""
    doc: dict[str, Any] = {}
    for name in FIELDS:
        value = row.get(name)
        if name in ("kinds", "serves", "areas", "languages") and isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        if name in ("outreach", "welsh_language") and type(value) is int and value in (0, 1):
            value = bool(value)
        doc[name] = value
    return doc


def from_row(row: dict[str, Any]) -> DirectoryEntry:
    """An entry as stored (checked when written or when it arrived)."""
    return DirectoryEntry.from_json(row_doc(row))


def postcode_district(text: str) -> str:
    """The outward part of a postcode ("LD6 5AB" -> "LD6"), or "" when ``text`` is not one."""
    compact = text.upper().replace(" ", "")
    if len(compact) >= 5 and re.fullmatch(r"[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}", compact):
        return compact[:-3]
    if re.fullmatch(r"[A-Z]{1,2}[0-9][0-9A-Z]?", compact):
        return compact
    return ""


def covers(entry: DirectoryEntry, place: str) -> bool:
    """Whether one of the entry's areas names ``place`` (a locality, a postcode or a district)."""
    if not place.strip():
        return False
    district = postcode_district(place)
    folded = fold(place.strip())
    for area in entry.areas:
        if fold(area) == folded:
            return True
        if district and (area == district or (area.isalpha() and re.fullmatch(area + r"[0-9].*", district))):
            return True
    return False


def is_stale(entry: DirectoryEntry, today: date) -> bool:
    """Not checked for a year (or never): the number or hours may have changed."""
    return entry.checked is None or today - entry.checked > STALE_AFTER


# -- CSV ------------------------------------------------------------------------------------------------------

_LISTS = ("kinds", "serves", "areas", "languages")
_FLAGS = ("outreach", "welsh_language")
_YES = ("yes", "y", "true", "1")
_NO = ("no", "n", "false", "0", "")


def _cell_value(name: str, cell: str) -> Any:
    cell = cell.strip()
    if name in _LISTS:
        return [p.strip() for p in re.split(r"[;,]", cell) if p.strip()]
    if name in _FLAGS:
        if cell.lower() in _YES:
            return True
        if cell.lower() in _NO:
            return False
        raise InvalidInput(name, _("write yes or no"))
    if name == "checked":
        return cell or None
    return cell


def read_directory_csv(data: bytes) -> tuple[list[tuple[int, DirectoryEntry]], list[RowProblem]]:
    """Every row of a directory spreadsheet as an entry, with its line; and every problem, each naming its line
    and column, so the office corrects the whole file in one go (the import takes all rows or none).

    Columns (any order, header row first): the names in ``FIELDS``; ``name`` and ``kinds`` are required. Lists
    (kinds, serves, areas, languages) are written with ``;`` between the parts. Raises ``InvalidInput`` when the
    file as a whole cannot be used."""
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("", _('the file is not UTF-8 text: in the spreadsheet, save as "CSV UTF-8"')) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    names: list[str] | None = None
    good: list[tuple[int, DirectoryEntry]] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    line = 0
    try:
        for line, cells in enumerate(reader, start=1):
            if not any(c.strip() for c in cells):
                continue
            if names is None:
                names = [c.strip().lower() for c in cells]
                unknown = [n for n in names if n not in FIELDS]
                if unknown:
                    raise InvalidInput(
                        "", _("the column '{c}' is not known; use: {all}").format(c=unknown[0], all=", ".join(FIELDS))
                    )
                if len(set(names)) != len(names):
                    raise InvalidInput("", _("a column is named twice"))
                for required in ("name", "kinds"):
                    if required not in names:
                        raise InvalidInput("", _("the column '{c}' is missing").format(c=required))
                continue
            if len(good) + len(problems) >= MAX_ROWS:
                raise InvalidInput("", _("the file has more than {n} rows").format(n=MAX_ROWS))
            if len(cells) > len(names):
                problems.append(RowProblem(line, "", _("this row has more cells than the header has columns")))
                continue
            doc: dict[str, Any] = {}
            try:
                for name, cell in zip(names, cells, strict=False):
                    doc[name] = _cell_value(name, cell)
                entry = DirectoryEntry.from_json(doc)
            except InvalidInput as exc:
                problems.append(RowProblem(line, exc.field, exc.problem))
                continue
            key = fold(entry.name)
            if key in seen:
                problems.append(
                    RowProblem(line, "name", _("the same name is on line {line} too").format(line=seen[key]))
                )
                continue
            seen[key] = line
            good.append((line, entry))
    except csv.Error as exc:
        raise InvalidInput(
            "", _("the file cannot be read as CSV near line {line} ({why})").format(line=line + 1, why=exc)
        ) from None
    if names is None:
        raise InvalidInput("", _("the file is empty"))
    if not good and not problems:
        raise InvalidInput("", _("the file has a header row but no entries"))
    return good, problems


def write_directory_csv(entries: list[DirectoryEntry]) -> str:
    """Entries as a CSV file ``read_directory_csv`` reads back (the round trip is a property test)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for e in entries:
        doc = e.to_json()
        writer.writerow(
            [
                ";".join(doc[n]) if n in _LISTS else ("yes" if doc[n] else "no") if n in _FLAGS else doc[n] or ""
                for n in FIELDS
            ]
        )
    return out.getvalue()
