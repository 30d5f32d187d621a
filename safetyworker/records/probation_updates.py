"""Reading probation's updates file (``office import-updates``): a CSV with a ``reference`` column and any of the
columns in ``COLUMNS``, one row per person causing harm.

Each cell is checked by the same rules as the case JSON (``PersonCausingHarm.from_json``), so the file can never
store a value the app would refuse from a form. An empty cell changes nothing. Every bad row is named, so
probation's file can be corrected in one go; a file with any bad row is refused whole (services/probation.py).
The columns and an example are in docs/probation-updates.md.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records.csv_import import RowProblem, _choice, _date
from safetyworker.records.model import PersonCausingHarm
from safetyworker.records.reader import Reader

MAX_ROWS = 50_000
REFERENCE = "reference"
#: The columns that may follow ``reference``, each with its place in the case JSON's person causing harm.
COLUMNS: dict[str, tuple[str, ...]] = {
    "release_date": ("release_date",),
    "custody_status": ("custody_status",),
    "licence_conditions": ("licence_conditions",),
    "programme_status": ("programme", "status"),
    "sessions_attended": ("programme", "sessions_attended"),
    "breach_date": ("programme", "breach_date"),
}
_READ = {
    "release_date": _date,
    "breach_date": _date,
    "custody_status": _choice,
    "programme_status": _choice,
}


@dataclass(frozen=True)
class UpdateRow:
    """One person's news: ``values`` maps a column to its value as the case JSON holds it (only filled cells)."""

    line: int
    reference: str
    values: dict[str, Any]


def reference_key(reference: str) -> str:
    """The form references are compared in: without spaces around, ignoring case ("ab/123" is "AB/123")."""
    return reference.strip().casefold()


def _whole(cell: str, column: str) -> int:
    if not cell.isascii() or not cell.isdigit():
        raise InvalidInput(column, _("'{value}' is not a whole number").format(value=cell))
    return int(cell)


def _cell_value(column: str, cell: str) -> Any:
    if column == "sessions_attended":
        return _whole(cell, column)
    read = _READ.get(column)
    return read(cell, column) if read else cell


def _check(values: dict[str, Any]) -> None:
    """The values as the case JSON would take them; ``InvalidInput`` naming the column."""
    doc: dict[str, Any] = {"name": "-", "programme": {"name": "-"}}
    for column, value in values.items():
        where = doc
        *parents, key = COLUMNS[column]
        for parent in parents:
            where = where[parent]
        where[key] = value
    try:
        PersonCausingHarm.from_json(Reader(doc))
    except InvalidInput as exc:
        column = next((c for c, path in COLUMNS.items() if exc.field.endswith(path[-1])), exc.field)
        raise InvalidInput(column, exc.problem) from None


def _header(cells: list[str]) -> list[str]:
    names = [c.strip().lower().lstrip("\ufeff") for c in cells]
    if REFERENCE not in names:
        raise InvalidInput(REFERENCE, _("the first row must name the columns, and one of them must be 'reference'"))
    for name in names:
        if name and name != REFERENCE and name not in COLUMNS:
            raise InvalidInput(
                name,
                _("is not a column of the updates file; the columns are: {names}").format(
                    names=", ".join((REFERENCE, *COLUMNS))
                ),
            )
        if name and names.count(name) > 1:
            raise InvalidInput(name, _("is named twice in the first row"))
    return names


def _row(line: int, names: list[str], cells: list[str]) -> tuple[str, UpdateRow | None, list[RowProblem]]:
    """The row's reference (as written, "" when missing), the row when it is sound, and its problems. The
    reference is given back for a bad row too, so a later row for the same person is still named (issue 16)."""
    problems: list[RowProblem] = []
    values: dict[str, Any] = {}
    reference = ""
    for index, raw in enumerate(cells):
        cell = raw.strip()
        name = names[index] if index < len(names) else ""
        if not cell:
            continue
        if not name:
            problems.append(RowProblem(line, _("column {n}").format(n=index + 1), _("has a value but no column name")))
            continue
        if ("\n" in cell or "\r" in cell) and name != "licence_conditions":
            problems.append(RowProblem(line, name, _('has a line break: check for a quote (") that is not closed')))
            continue
        if name == REFERENCE:
            reference = cell
            continue
        try:
            value = _cell_value(name, cell)
            _check({name: value})  # each cell on its own, so every bad cell of the row is named
            values[name] = value
        except InvalidInput as exc:
            problems.append(RowProblem(line, exc.field, exc.problem))
    if not reference:
        problems.append(RowProblem(line, REFERENCE, _("is empty: every row needs the reference")))
    elif len(reference) > 100:
        problems.append(RowProblem(line, REFERENCE, _("is too long (at most {n} characters)").format(n=100)))
    if not problems:
        try:
            _check(values)
        except InvalidInput as exc:
            problems.append(RowProblem(line, exc.field, exc.problem))
    if problems:
        return reference, None, problems
    return reference, UpdateRow(line, reference, values), []


def read_updates(data: bytes) -> tuple[list[UpdateRow], list[RowProblem]]:
    """Every row of the file, read, and every problem found (a row's cells, a reference given twice).

    Raises ``InvalidInput`` when the file as a whole cannot be used: not UTF-8 text, no header with a
    ``reference`` column, an unknown column, a quote never closed, more than ``MAX_ROWS`` rows."""
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("", _('the file is not UTF-8 text: in the spreadsheet, save as "CSV UTF-8"')) from None
    if "\x00" in text:
        raise InvalidInput("", _("the file is not a CSV text file"))
    names: list[str] | None = None
    rows: list[UpdateRow] = []
    problems: list[RowProblem] = []
    first_line: dict[str, int] = {}
    line = 0
    try:
        for line, cells in enumerate(csv.reader(io.StringIO(text, newline=""), strict=True), start=1):
            if not any(cell.strip() for cell in cells):
                continue
            if names is None:
                names = _header(cells)
                continue
            if len(rows) + len(problems) >= MAX_ROWS:
                raise InvalidInput("", _("the file has more than {n} rows: split it").format(n=MAX_ROWS))
            reference, row, row_problems = _row(line, names, cells)
            problems += row_problems
            key = reference_key(reference)
            if key and key in first_line:
                problems.append(
                    RowProblem(
                        line,
                        REFERENCE,
                        _("is on line {line} too: give each person one row").format(line=first_line[key]),
                    )
                )
                continue
            if key:
                first_line[key] = line
            if row is not None:
                rows.append(row)
    except csv.Error as exc:
        raise InvalidInput(
            "",
            _(
                'the file cannot be read as CSV near line {line}: check for a quote (") that is not closed ({why})'
            ).format(line=line + 1, why=exc),
        ) from None
    if names is None:
        raise InvalidInput("", _("the file is empty: it needs a first row naming the columns"))
    return rows, problems
