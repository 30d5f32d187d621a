"""Reading a caseload spreadsheet saved as CSV (``case import-csv``) into interchange-format case objects.

Many services keep their caseload in a spreadsheet today. Rather than a second set of rules, every row becomes
the same JSON object that ``case add`` takes and is checked by ``Case.from_json``, so a spreadsheet can never
bring in a case the app would refuse from a file. The column set is documented in docs/interchange.md.

Empty cells are left out of the object, so the model's safe defaults apply (no voicemail, number withheld, not
safe to visit, post or text). A cell that cannot be read is a problem for its row, never a quiet default: a
worker must not call at a time, or leave a message, that nobody chose.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records import phone
from safetyworker.records.model import DAYS, Case
from safetyworker.records.reader import parse_clock_time, parse_date

MAX_ROWS = 50_000
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YES = ("yes", "y", "true", "1")
_NO = ("no", "n", "false", "0")
_MULTILINE = ("access_needs", "transport", "closed_reason", "if_someone_else_answers")


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong in one row, said so that a coordinator can find it in the spreadsheet and fix it."""

    line: int  # the row number a spreadsheet shows (the header is line 1)
    field: str  # the column named in the problem
    message: str
    existing_id: str | None = None  # a row refused as a duplicate: the open case it matches


# -- cell readers: each takes (cell, column) and returns the value for the case object, or raises InvalidInput


def _text(cell: str, column: str) -> str:
    return cell


def _choice(cell: str, column: str) -> str:
    """Statuses as people type them ("On licence") in the form the model lists ("on_licence")."""
    return re.sub(r"[\s\-]+", "_", cell.lower())


def _phone_kind(cell: str, column: str) -> str:
    kind = cell.lower()
    if kind not in ("mobile", "landline"):
        raise InvalidInput(column, _("must be mobile or landline (or leave it empty to guess from the number)"))
    return kind


def _yes_no(cell: str, column: str) -> bool:
    word = cell.lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise InvalidInput(column, _("'{value}' is not yes or no (leave it empty for the safe default)").format(value=cell))


def _date(cell: str, column: str) -> str:
    """YYYY-MM-DD, or DD/MM/YYYY as UK spreadsheets write it; returned as YYYY-MM-DD."""
    uk = re.fullmatch(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", cell)
    iso = f"{uk[3]}-{int(uk[2]):02d}-{int(uk[1]):02d}" if uk else cell
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", iso):
        raise InvalidInput(column, _("'{value}' is not a date: write DD/MM/YYYY or YYYY-MM-DD").format(value=cell))
    try:
        parse_date(iso, column)
    except InvalidInput:
        raise InvalidInput(column, _("{value} is not a real date").format(value=cell)) from None
    return iso


def _list(cell: str, column: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _phone(cell: str, column: str) -> str:
    return phone.normalise(cell, column)


def _day(word: str, column: str) -> int:
    word = word.strip().lower()
    for i, name in enumerate(_DAY_NAMES):
        if len(word) >= 3 and name.startswith(word):
            return i
    raise InvalidInput(column, _("'{day}' is not a day (use mon, tue, wed, thu, fri, sat, sun)").format(day=word))


def _clock(value: str, column: str) -> str:
    value = value.replace(".", ":")
    value = "0" + value if len(value) == 4 else value
    return parse_clock_time(value, column).strftime("%H:%M")


def _windows(cell: str, column: str) -> list[dict[str, Any]]:
    """Safe times such as "mon-fri 10:00-12:00; sat 09:00-11:00": days (a list, a range or both), then times.

    The model then checks each window (the start differs from the end; an end before the start crosses
    midnight)."""
    windows = []
    for part in _list(cell, column):
        m = re.fullmatch(r"(.+?)\s+([0-9]{1,2}[:.][0-9]{2})\s*-\s*([0-9]{1,2}[:.][0-9]{2})", part)
        if not m:
            raise InvalidInput(
                column,
                _("'{part}' should be days then times, for example mon-fri 10:00-12:00").format(part=part),
            )
        days: list[int] = []
        for item in m[1].split(","):
            first, dash, last = item.partition("-")
            start = _day(first, column)
            end = _day(last, column) if dash else start
            days += [(start + k) % 7 for k in range((end - start) % 7 + 1)]  # "fri-mon" wraps over the weekend
        windows.append(
            {
                "days": [DAYS[d] for d in sorted(set(days))],
                "start": _clock(m[2], column),
                "end": _clock(m[3], column),
            }
        )
    return windows


def _children(cell: str, column: str) -> list[dict[str, Any]]:
    """Children written "Ani (5); Tom (8)": a name, then the age in brackets if it is known."""
    children = []
    for part in _list(cell, column):
        m = re.fullmatch(r"([^()]*?)\s*(?:\(([^()]*)\))?", part)
        if not m or not m[1]:
            raise InvalidInput(
                column, _("'{part}' should be a name, then the age in brackets: Ani (5)").format(part=part)
            )
        child: dict[str, Any] = {"name": m[1]}
        if m[2] is not None:
            if not re.fullmatch(r"[0-9]{1,3}", m[2].strip()):
                raise InvalidInput(
                    column, _("the age of {name} must be a number, for example Ani (5)").format(name=m[1])
                )
            child["age"] = int(m[2])
        children.append(child)
    return children


# column -> (where its value goes in the case object, how the cell is read). Where is (group, key): the group
# is "" for the case itself, or one of the nested objects assembled in _row_to_doc.
_Parse = Callable[[str, str], Any]
COLUMNS: dict[str, tuple[str, str, _Parse]] = {
    "preferred_name": ("", "preferred_name", _text),
    "legal_name": ("", "legal_name", _text),
    "phone_name": ("", "phone_name", _text),
    "pronouns": ("", "pronouns", _text),
    "date_of_birth": ("", "date_of_birth", _date),
    "languages": ("", "languages", _list),
    "access_needs": ("", "access_needs", _text),
    "locality": ("", "locality", _text),
    "transport": ("", "transport", _text),
    "status": ("", "status", _choice),
    "closed_reason": ("", "closed_reason", _text),
    "allocated_worker": ("", "allocated_worker", _text),
    "address_line_1": ("address", "lines", _text),
    "address_line_2": ("address", "lines", _text),
    "address_line_3": ("address", "lines", _text),
    "postcode": ("address", "postcode", _text),
    "safe_to_visit": ("address", "safe_to_visit", _yes_no),
    "safe_to_post": ("address", "safe_to_post", _yes_no),
    "referral_source": ("referral", "source", _text),
    "referral_date": ("referral", "date", _date),
    "phone": ("method", "value", _phone),
    "phone_kind": ("method", "kind", _phone_kind),
    "safe_to_call": ("method", "safe_to_call", _yes_no),
    "safe_to_text": ("method", "safe_to_text", _yes_no),
    "voicemail_allowed": ("method", "voicemail_allowed", _yes_no),
    "withhold_number": ("method", "withhold_number", _yes_no),
    "ask_for": ("method", "ask_for", _text),
    "if_someone_else_answers": ("method", "if_someone_else_answers", _text),
    "code_word": ("method", "code_word", _text),
    "safe_windows": ("method", "safe_windows", _windows),
    "children": ("", "children", _children),
    "harm_name": ("harm", "name", _text),
    "harm_relationship": ("harm", "relationship", _text),
    "harm_custody_status": ("harm", "custody_status", _choice),
    "harm_release_date": ("harm", "release_date", _date),
    "programme_name": ("programme", "name", _text),
    "programme_start_date": ("programme", "start_date", _date),
}
# Where each group sits in the paths that Case.from_json names in its problems.
_GROUP_PATH = {
    "": "",
    "address": "address.",
    "referral": "referral.",
    "method": "contact_methods[0].",
    "harm": "person_causing_harm.",
    "programme": "person_causing_harm.programme.",
}


def _column_for(path: str) -> str:
    """The CSV column behind a problem that Case.from_json found (``contact_methods[0].value`` -> phone)."""
    best, length = path, -1
    for column, (group, key, _parse) in COLUMNS.items():
        target = _GROUP_PATH[group] + key
        if (path == target or path.startswith((target + ".", target + "["))) and len(target) > length:
            best, length = column, len(target)
    return best


def _letter(index: int) -> str:
    """Column letters as a spreadsheet shows them (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _read_header(cells: list[str]) -> list[str | None]:
    """Column names in order (None for a nameless column); a file-level problem raises InvalidInput."""
    names: list[str | None] = []
    for cell in cells:
        name = re.sub(r"[\s\-]+", "_", cell.strip().lower())
        if not name:
            names.append(None)
            continue
        if name not in COLUMNS:
            close = difflib.get_close_matches(name, list(COLUMNS), n=1)
            hint = _(" (did you mean {name}?)").format(name=close[0]) if close else ""
            raise InvalidInput(
                cell.strip(),
                _("is not a known column{hint}; the columns are listed in docs/interchange.md").format(hint=hint),
            )
        if name in names:
            raise InvalidInput(cell.strip(), _("appears twice in the header row"))
        names.append(name)
    if "preferred_name" not in names:
        raise InvalidInput(
            "preferred_name",
            _("is missing: the first row must hold the column names, preferred_name among them"),
        )
    return names


def _row_to_doc(line: int, names: list[str | None], cells: list[str]) -> tuple[dict[str, Any] | None, list[RowProblem]]:
    """The case object for one row, or None with the row's problems."""
    problems: list[RowProblem] = []
    groups: dict[str, dict[str, Any]] = {group: {} for group in _GROUP_PATH}
    lines: list[str] = []
    filled: set[str] = set()
    for index, raw in enumerate(cells):
        cell = raw.strip()
        name = names[index] if index < len(names) else None
        if not cell:
            continue
        if name is None:
            problems.append(
                RowProblem(
                    line,
                    _("column {letter}").format(letter=_letter(index)),
                    _("has a value but no column name in the header row"),
                )
            )
            continue
        filled.add(name)
        if name not in _MULTILINE and ("\n" in cell or "\r" in cell):
            problems.append(RowProblem(line, name, _('has a line break: check for a quote (") that is not closed')))
            continue
        group, key, parse = COLUMNS[name]
        try:
            value = parse(cell, name)
        except InvalidInput as exc:
            problems.append(RowProblem(line, exc.field, exc.problem))
            continue
        if key == "lines":
            lines.append(value)
        else:
            groups[group][key] = value
    doc, method, harm, programme = groups[""], groups["method"], groups["harm"], groups["programme"]
    missing = _("is empty, but the row has other details that need it: fill it in or clear those cells")
    for needed, needing in (
        ("phone", "method"),
        ("harm_name", "harm programme"),
        ("programme_name", "programme"),
    ):
        if needed not in filled and any(COLUMNS[c][0] in needing.split() for c in filled):
            problems.append(RowProblem(line, needed, missing))
    if problems:
        return None, problems
    if lines:
        groups["address"]["lines"] = lines
    for group in ("address", "referral"):
        if groups[group]:
            doc[group] = groups[group]
    if method:
        method.setdefault("kind", _guess_kind(method["value"]))
        doc["contact_methods"] = [method]
    if programme:
        harm["programme"] = programme
    if harm:
        doc["person_causing_harm"] = harm
    try:
        Case.from_json(doc)
    except InvalidInput as exc:
        return None, [RowProblem(line, _column_for(exc.field), exc.problem)]
    return doc, []


def _guess_kind(e164: str) -> str:
    """Mobile for phonenumbers' mobile types and for any UK 07 number (the drama range 07700 900xxx too)."""
    import phonenumbers  # here, not at the top: records/phone.py says why (issue 18)

    number_type = phonenumbers.number_type(phonenumbers.parse(e164, "GB"))
    mobile_types = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    return "mobile" if number_type in mobile_types or e164.startswith("+447") else "landline"


def duplicate_problems(
    good: list[tuple[int, dict[str, Any]]], matches: list[Any], allow_hint: str | None = None
) -> list[RowProblem]:
    """The rows that are people already on the caseload, as problems that name the case they match.

    ``matches`` holds, for each row of ``good``, what ``CaseService.duplicates`` found (a ``Duplicate`` or
    None); a match with an earlier row of the same file names that row's line. ``allow_hint``: how to add such
    a row anyway in the front end at hand (the CLI's --allow-duplicates by default)."""
    if allow_hint is None:
        allow_hint = _("import with --allow-duplicates")
    how = {
        "phone": _("same name and phone number"),
        "date_of_birth": _("same name and date of birth"),
    }
    problems = []
    for (line, _doc), match in zip(good, matches, strict=True):
        if match is None:
            continue
        if match.case_id is not None:
            message = _(
                "is already open as case {id} ({how}); it was not added again. If this is another person, {allow}"
            ).format(id=match.case_id, how=how[match.reason], allow=allow_hint)
        else:
            message = _("is the same person as line {line} ({how}); it was not added twice").format(
                line=good[match.earlier][0], how=how[match.reason]
            )
        problems.append(RowProblem(line, "preferred_name", message, match.case_id))
    return problems


def read_cases_csv(data: bytes) -> tuple[list[tuple[int, dict[str, Any]]], list[RowProblem]]:
    """Every data row turned into an interchange-format case dict (validated with Case.from_json), with its
    line number; and every problem found, so a coordinator can correct the whole file in one go.

    Raises InvalidInput when the file as a whole is unusable: not UTF-8 text, empty, no header, a column that
    is missing, unknown or duplicated, a quote that is never closed, or more than MAX_ROWS rows.
    """
    try:
        text = bytes(data).decode("utf-8-sig")  # Excel starts its UTF-8 files with a byte order mark
    except UnicodeDecodeError:
        raise InvalidInput("", _('the file is not UTF-8 text: in the spreadsheet, save as "CSV UTF-8"')) from None
    good: list[tuple[int, dict[str, Any]]] = []
    problems: list[RowProblem] = []
    names: list[str | None] | None = None
    rows = 0
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 0
    try:
        for line, cells in enumerate(reader, start=1):  # a record is one spreadsheet row, line breaks or not
            if not any(cell.strip() for cell in cells):
                continue
            if names is None:
                names = _read_header(cells)
                continue
            rows += 1
            if rows > MAX_ROWS:
                raise InvalidInput(
                    "", _("the file has more than {n} rows: split it into smaller files").format(n=MAX_ROWS)
                )
            doc, row_problems = _row_to_doc(line, names, cells)
            if doc is not None:
                good.append((line, doc))
            problems += row_problems
    except csv.Error as exc:
        raise InvalidInput(
            "",
            _(
                'the file cannot be read as CSV near line {line}: check for a quote (") that is not closed, '
                "or text straight after a closing quote ({why})"
            ).format(line=line + 1, why=exc),
        ) from None
    if names is None:
        raise InvalidInput("", _("the file is empty"))
    if not rows:
        raise InvalidInput("", _("the file has a header row but no cases"))
    return good, problems
