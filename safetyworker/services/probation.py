"""Probation's updates at the office (``office import-updates``): release dates, custody and programme news
matched to people causing harm by the reference the office recorded, never by name.

All or nothing: a file with a bad row, or (without ``skip_unmatched``) a reference that matches no one or more
than one person, changes nothing, and every such row is named. A good file is applied in one transaction: the
people's fields, their cases' re-planned contacts and the ``inform`` contacts for what the victim-survivor must
now be told (timetable/inform.py). The changes reach the workers' laptops in the next bundles, like any edit
made at the office. ``dry_run`` works out the same report and writes nothing. Audited with ids and counts only.
"""

from __future__ import annotations

from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.records import case_rows, tables
from safetyworker.records.case_rows import PERSON
from safetyworker.records.csv_import import RowProblem
from safetyworker.records.model import PersonCausingHarm
from safetyworker.records.probation_updates import COLUMNS, UpdateRow, read_updates, reference_key
from safetyworker.records.reader import Reader
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.sync.enrolment import require_office
from safetyworker.timetable import inform, planner


class UpdatesRefused(InvalidInput):
    """The file was not applied; ``report`` says every row that stopped it (the same report as a dry run)."""

    def __init__(self, report: dict[str, Any]) -> None:
        self.report = report
        super().__init__("", _("the updates file was not applied: nothing was changed"))


def _people_by_reference(store: Store) -> dict[str, list[tuple[str, list[str]]]]:
    """reference key -> [(person id, the cases linked to them)], for people linked to a case this store holds."""
    found: dict[str, dict[str, list[str]]] = {}
    for person_id, reference, case_id in store.db.execute(
        "SELECT p.id, p.reference, l.case_id FROM person_causing_harm p JOIN harm_link l ON l.person_id = p.id "
        "JOIN case_record c ON c.id = l.case_id WHERE p.deleted_hlc IS NULL AND l.deleted_hlc IS NULL "
        "AND c.deleted_hlc IS NULL AND p.reference <> '' ORDER BY p.id, l.case_id"
    ):
        found.setdefault(reference_key(reference), {}).setdefault(person_id, []).append(case_id)
    return {key: sorted(people.items()) for key, people in found.items()}


def _json_field(doc: dict[str, Any], column: str) -> Any:
    where: Any = doc
    for key in COLUMNS[column]:
        where = where.get(key) if isinstance(where, dict) else None
    return where


def _updated(person: PersonCausingHarm, row: UpdateRow) -> PersonCausingHarm:
    """The person with the row's values (checked as the case JSON is)."""
    doc = person.to_json()
    for column, value in row.values.items():
        *parents, key = COLUMNS[column]
        where = doc
        for parent in parents:
            if where.get(parent) is None:
                raise InvalidInput(column, _("this person has no programme recorded: add it to the case first"))
            where = where[parent]
        where[key] = value
    doc.pop("id", None)
    updated = PersonCausingHarm.from_json(Reader(doc))
    updated.id = person.id
    return updated


def _plan(store: Store, rows: list[UpdateRow]) -> dict[str, Any]:
    """What the file would do: the report, with the new person records to write under ``_writes``."""
    people = _people_by_reference(store)
    report: dict[str, Any] = {
        "rows": len(rows),
        "changes": [],
        "unchanged": [],
        "unmatched": [],
        "ambiguous": [],
        "problems": [],
    }
    writes: list[tuple[str, PersonCausingHarm, list[str]]] = []
    for row in rows:
        matches = people.get(reference_key(row.reference), [])
        if not matches:
            report["unmatched"].append({"line": row.line, "reference": row.reference})
            continue
        if len(matches) > 1:
            report["ambiguous"].append({"line": row.line, "reference": row.reference, "people": len(matches)})
            continue
        person_id, case_ids = matches[0]
        case = case_rows.load_case(store.db, case_ids[0])
        person = case.person_causing_harm if case else None
        if person is None:
            report["unmatched"].append({"line": row.line, "reference": row.reference})
            continue
        try:
            new = _updated(person, row)
        except InvalidInput as exc:
            report["problems"].append({"line": row.line, "field": exc.field, "problem": exc.problem})
            continue
        old_doc, new_doc = person.to_json(), new.to_json()
        changed = {
            column: [_json_field(old_doc, column), _json_field(new_doc, column)]
            for column in COLUMNS
            if _json_field(old_doc, column) != _json_field(new_doc, column)
        }
        entry = {"line": row.line, "reference": row.reference, "person_id": person_id, "case_ids": case_ids}
        if changed:
            report["changes"].append({**entry, "fields": changed})
        else:
            report["unchanged"].append(entry)
        writes.append((person_id, new, case_ids))
    report["_writes"] = writes
    return report


def import_updates(store: Store, data: bytes, *, dry_run: bool = False, skip_unmatched: bool = False) -> dict[str, Any]:
    """Read, match and (unless ``dry_run``) apply probation's updates file; the report of what changed.

    Raises ``UpdatesRefused`` (nothing changed) when a row is malformed, or when a reference matches no one or
    several people and ``skip_unmatched`` is not given; ``InvalidInput`` when the file cannot be read at all."""
    require_office(store)
    rows, problems = read_updates(data)
    with store.db.snapshot():  # the people read and matched are the people written: no writer in between
        report, touched = _apply(store, rows, problems, dry_run=dry_run, skip_unmatched=skip_unmatched)
    if touched:
        store.events.emit(CASES_CHANGED, ids=sorted(touched))
    return report


def _apply(
    store: Store, rows: list[UpdateRow], problems: list[RowProblem], *, dry_run: bool, skip_unmatched: bool
) -> tuple[dict[str, Any], set[str]]:
    report = _plan(store, rows)
    writes = report.pop("_writes")
    report["problems"] = [{"line": p.line, "field": p.field, "problem": p.message} for p in problems] + report[
        "problems"
    ]
    report["problems"].sort(key=lambda p: p["line"])
    report["dry_run"] = dry_run
    report["applied"] = False
    report["inform_contacts"] = 0
    refused = bool(report["problems"]) or (not skip_unmatched and bool(report["unmatched"] or report["ambiguous"]))
    if refused:
        raise UpdatesRefused(report)
    touched: set[str] = set()
    if dry_run:
        return report, touched
    with store.transaction():
        before = inform.snapshot(store, [person_id for person_id, _new, _cases in writes])
        for person_id, new, case_ids in writes:
            tables.update(store, PERSON, person_id, case_rows.person_values(new))
            for case_id in case_ids:
                planner.replan(store, case_id)
            touched.update(case_ids)
        made = inform.after_changes(store, before)
        report["inform_contacts"] = len(made)
        for entry in report["changes"]:
            audit.record(store, "probation.update", entry["person_id"])
        audit.record(store, "probation.import", detail=f"changed={len(report['changes'])}")
    report["applied"] = True
    return report, touched
