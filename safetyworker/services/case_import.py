"""Importing a caseload from a spreadsheet saved as CSV, with the one rule both front ends follow (the CLI's
``case import-csv`` and the desktop's import dialog):

- every row is read and every problem listed, so the whole file can be put right in one go;
- nothing is added while a row has a problem, unless the person chose to skip those rows;
- a row that is a person already on the caseload (CaseService.duplicates) is refused like a bad row, unless
  the person said these are different people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from safetyworker.records.csv_import import RowProblem, duplicate_problems
from safetyworker.records.model import Case
from safetyworker.services.cases import CaseService

#: the largest caseload file (CSV or JSON) a front end reads: far above any real caseload, far below harm
MAX_INPUT_BYTES = 50 * 1024 * 1024


@dataclass
class ImportOutcome:
    """``ids`` of the cases added (none when ``refused``); ``problems`` row by row, in line order."""

    ids: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    refused: bool = False


def import_rows(
    service: CaseService,
    good: list[tuple[int, dict[str, Any]]],
    problems: list[RowProblem],
    *,
    skip_bad: bool = False,
    allow_duplicates: bool = False,
    allow_hint: str | None = None,
) -> ImportOutcome:
    """Add the rows ``read_cases_csv`` read (``good``, with the ``problems`` it found) in one transaction, or
    nothing. ``allow_hint`` says, in a duplicate's message, how this front end adds such a row anyway."""
    problems = list(problems)
    if problems and not skip_bad:
        return ImportOutcome([], _in_order(problems), refused=True)
    if good and not allow_duplicates:
        found = service.duplicates([Case.from_json(doc) for _line, doc in good])
        repeated = duplicate_problems(good, found, allow_hint)
        if repeated and not skip_bad:
            return ImportOutcome([], _in_order(problems + repeated), refused=True)
        problems += repeated
        refused = {p.line for p in repeated}
        good = [(line, doc) for line, doc in good if line not in refused]
    ids = service.add([doc for _line, doc in good], action="case.import") if good else []
    return ImportOutcome(ids, _in_order(problems))


def _in_order(problems: list[RowProblem]) -> list[RowProblem]:
    return sorted(problems, key=lambda p: p.line)
