"""``office import-updates``: probation's updates file at the office (services/probation.py)."""

from __future__ import annotations

import argparse
from typing import Any

from safetyworker.cli import common, output
from safetyworker.errors import InvalidInput
from safetyworker.i18n import _, _n


def register_office(osub: argparse._SubParsersAction, parents: list) -> None:
    """Under ``office``: ``import-updates FILE [--dry-run] [--skip-unmatched]``."""
    c = osub.add_parser(
        "import-updates",
        parents=parents,
        help=_("apply probation's updates file (CSV, matched by reference): all of it or nothing"),
    )
    c.add_argument("file", metavar="FILE", help=_("the CSV file (UTF-8), or - for standard input"))
    c.add_argument("--dry-run", action="store_true", help=_("show what would change per case; change nothing"))
    c.add_argument(
        "--skip-unmatched",
        action="store_true",
        help=_("apply the rows that match one person, leaving out references that match no one or several"),
    )
    c.set_defaults(func=cmd_import_updates)


def _change_lines(report: dict[str, Any]) -> list[str]:
    lines = []
    for entry in report["changes"]:
        cases = ", ".join(entry["case_ids"])
        lines.append(
            _("line {line}, {reference} (case {cases}):").format(
                line=entry["line"], reference=entry["reference"], cases=cases
            )
        )
        for field, (old, new) in entry["fields"].items():
            lines.append("  " + _("{field}: {old} -> {new}").format(field=field, old=_shown(old), new=_shown(new)))
    return lines


def _shown(value: Any) -> str:
    if value is None or value == "":
        return _("(none)")
    return str(value).replace("\n", " / ")


def _unmatched_lines(report: dict[str, Any]) -> list[str]:
    lines = [_("line {line}, {reference}: matches no person causing harm").format(**e) for e in report["unmatched"]]
    lines += [
        _("line {line}, {reference}: matches {people} people causing harm; not guessed").format(**e)
        for e in report["ambiguous"]
    ]
    return lines


def cmd_import_updates(args: Any) -> int:
    from safetyworker.services.probation import UpdatesRefused

    data = common.read_input(args.file)
    try:
        with common.open_session(args) as session:
            report = session.unlocked(session.office).import_updates(
                data, dry_run=args.dry_run, skip_unmatched=args.skip_unmatched
            )
    except UpdatesRefused as refused:
        return _refuse(args, refused.report)
    lines = _change_lines(report)
    if report["unchanged"]:
        unchanged = len(report["unchanged"])
        lines.append(_n("{n} row changed nothing.", "{n} rows changed nothing.", unchanged).format(n=unchanged))
    skipped = _unmatched_lines(report)
    if skipped:
        lines.append(_("Left out (--skip-unmatched):"))
        lines += ["  " + line for line in skipped]
    if report["dry_run"]:
        changes = len(report["changes"])
        lines.append(
            _n(
                "Dry run: nothing was changed. {n} case would change.",
                "Dry run: nothing was changed. {n} cases would change.",
                changes,
            ).format(n=changes)
        )
    else:
        updated, planned = len(report["changes"]), report["inform_contacts"]
        lines.append(
            _n("Applied: {n} person updated.", "Applied: {n} people updated.", updated).format(n=updated)
            + " "
            + _n(
                "{n} contact planned to tell the victim-survivor.",
                "{n} contacts planned to tell the victim-survivor.",
                planned,
            ).format(n=planned)
        )
    return output.result(args, report, *lines)


def _refuse(args: Any, report: dict[str, Any]) -> int:
    """Nothing changed: every row that stopped the file, so it can be put right in one go."""
    if args.json:
        output.emit_json(report)
        return InvalidInput.exit_code
    if report["dry_run"]:
        # A dry run is where the office reads what the file would do: the matched rows' changes are shown
        # even when other rows stop the file, so the whole picture comes in one go.
        for line in _change_lines(report):
            print(line)
    for p in report["problems"]:
        print(_("line {line}, {field}: {problem}").format(**p))
    for line in _unmatched_lines(report):
        print(line)
    if report["problems"]:
        print(_("Nothing was changed: correct the rows above and import the file again."))
    else:
        print(
            _(
                "Nothing was changed: record the reference on the right person causing harm, or import with "
                "--skip-unmatched to apply the other rows."
            )
        )
    return InvalidInput.exit_code
