"""Case commands: add, list, show, update, close, import-csv."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from safetyworker.cli import common, output, prompt
from safetyworker.errors import InvalidInput
from safetyworker.i18n import _, _n

if TYPE_CHECKING:
    from safetyworker.records.csv_import import RowProblem

from safetyworker.records import words
from safetyworker.records.dates import day_text, numeric_date


def status_word(status: str) -> str:
    """A case's status in words ("Active", "Gweithredol"); ``--status`` and the JSON keep the codes."""
    return words.case_statuses().get(status, status)


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("case", parents=parents, help=_("add, find, read and change cases"))
    csub = p.add_subparsers(dest="case_command", required=True, metavar="COMMAND")

    c = csub.add_parser("add", parents=parents, help=_("add cases from a JSON file (- for standard input)"))
    c.add_argument("file", metavar="FILE")
    c.set_defaults(func=cmd_add)

    c = csub.add_parser("list", parents=parents, help=_("list open cases"))
    c.add_argument(
        "--search",
        nargs="?",
        const=prompt.ASK,
        default="",
        metavar="TEXT",
        help=_(
            "part of a name, locality or phone number; --search alone asks for it hidden, --search - reads it "
            "from standard input (either keeps it out of sight of other users)"
        ),
    )
    c.add_argument("--by", choices=("any", "name", "locality", "phone"), default="any")
    c.add_argument("--all", action="store_true", help=_("include closed cases"))
    c.set_defaults(func=cmd_list)

    c = csub.add_parser("show", parents=parents, help=_("show one case"))
    c.add_argument("case_id", metavar="ID")
    c.set_defaults(func=cmd_show)

    c = csub.add_parser("update", parents=parents, help=_("change a case from a JSON file of the changes"))
    c.add_argument("case_id", metavar="ID")
    c.add_argument("file", metavar="FILE")
    c.set_defaults(func=cmd_update)

    c = csub.add_parser("close", parents=parents, help=_("close a case, saying why"))
    c.add_argument("case_id", metavar="ID")
    c.add_argument("--reason", required=True, metavar="TEXT", help=_("why the case is closed") + common.FROM_STDIN)
    c.set_defaults(func=cmd_close)

    c = csub.add_parser("import-csv", parents=parents, help=_("add cases from a spreadsheet saved as CSV"))
    c.add_argument("file", metavar="FILE")
    c.add_argument("--skip-bad", action="store_true", help=_("import the good rows even if some are bad"))
    c.add_argument(
        "--allow-duplicates",
        action="store_true",
        help=_("add rows even when they match an open case (same name and phone, or name and date of birth)"),
    )
    c.set_defaults(func=cmd_import_csv)


def cmd_add(args: Any) -> int:
    data = common.read_json(args.file)
    with common.open_session(args) as session:
        ids = session.unlocked(session.cases).add(data)
    return output.result(args, [{"id": i} for i in ids], *ids)


def cmd_list(args: Any) -> int:
    from safetyworker.records import phone

    if args.search is prompt.ASK:
        args.search = prompt.hidden_text(_("Search for (not shown as you type): "), "--search")
    with common.open_session(args) as session:
        found = session.unlocked(session.cases).search(args.search, args.by, include_closed=args.all)
    if args.json:
        output.emit_json(
            [
                {
                    "id": c.id,
                    "preferred_name": c.preferred_name,
                    "locality": c.locality,
                    "status": c.status,
                    "phone": c.phone,
                    "next_contact": c.next_contact,
                    "last_contact": c.last_contact,
                }
                for c in found
            ]
        )
        return 0
    if not found:
        print(_("No cases found."))
        return 0
    output.table(
        [_("ID"), _("Name"), _("Locality"), _("Status"), _("Phone"), _("Next contact"), _("Last contact")],
        [
            (
                c.id,
                c.preferred_name,
                c.locality,
                status_word(c.status),
                phone.display(c.phone) if c.phone else "",
                numeric_date(c.next_contact),  # the UK's day/month/year (--json keeps YYYY-MM-DD)
                numeric_date((c.last_contact or "")[:10]),
            )
            for c in found
        ],
    )
    return 0


def _yes(flag: bool) -> str:
    return _("yes") if flag else _("no")


def cmd_show(args: Any) -> int:
    from safetyworker.protocol.call_safety import outcome_words  # only when a case is shown

    with common.open_session(args) as session:
        doc = session.unlocked(session.cases).show(args.case_id)
    if args.json:
        output.emit_json(doc)
        return 0
    address = doc["address"]
    rows = [
        (_("Name"), doc["preferred_name"] + (f" ({doc['pronouns']})" if doc["pronouns"] else "")),
        (_("Legal name"), doc["legal_name"]),
        (_("On the phone, call them"), doc["phone_name"] or doc["preferred_name"]),
        (_("Status"), status_word(doc["status"]) + (f": {doc['closed_reason']}" if doc["closed_reason"] else "")),
        (_("Locality"), doc["locality"]),
        (_("Languages"), ", ".join(doc["languages"])),
        (_("Address"), ", ".join([*address["lines"], address["postcode"]]).strip(", ")),
        (_("Safe to visit / post"), f"{_yes(address['safe_to_visit'])} / {_yes(address['safe_to_post'])}"),
    ]
    output.pairs(rows)
    for method in doc["contact_methods"]:
        print()
        print(f"{method['kind']}: {method.get('display', method['value'])}")
        output.pairs(
            [
                (
                    _("  Safe to call / text"),
                    f"{_yes(method['safe_to_call'])} / {_yes(method['safe_to_text'])}",
                ),
                (_("  Voicemail or message"), _("allowed") if method["voicemail_allowed"] else _("NEVER")),
                (_("  Withhold our number"), _yes(method["withhold_number"])),
                (_("  Ask for"), method["ask_for"]),
                (_("  If someone else answers"), method["if_someone_else_answers"]),
                (_("  Can't-talk code word"), method["code_word"]),
                (
                    _("  Safe times"),
                    "; ".join(f"{','.join(w['days'])} {w['start']}-{w['end']}" for w in method["safe_windows"]),
                ),
                (
                    _("  Do not call"),
                    "; ".join(f"{w['start']} to {w['end']}" for w in method["blackout_windows"]),
                ),
            ]
        )
    for child in doc["children"]:
        print()
        if child["age"] is not None:
            print(_("Child: {name} ({age})").format(name=child["name"], age=child["age"]))
        else:
            print(_("Child: {name}").format(name=child["name"]))
    person = doc["person_causing_harm"]
    if person:
        print()
        programme = person["programme"]
        output.pairs(
            [
                (_("Person causing harm"), f"{person['name']} ({person['relationship']})"),
                (_("Custody"), person["custody_status"]),
                (_("Release date"), person["release_date"] or ""),
                (
                    _("Programme"),
                    f"{programme['name']}, {programme['status']}, from {programme['start_date'] or '?'}, "
                    f"{programme['sessions_attended']} sessions"
                    if programme
                    else "",
                ),
            ]
        )
    if doc["planned_contacts"]:
        print()
        print(_("Planned contacts:"))
        for contact in doc["planned_contacts"]:
            status = contact["status"] + (_(", overdue") if contact["overdue"] else "")
            if contact["status"] == "done" and contact["done_at"]:
                status += " " + day_text(contact["done_at"][:10])
            kind = words.contact_kinds().get(contact["kind"], contact["kind"])
            print(f"  {day_text(contact['due'])}  {kind}  {status}  {contact['id']}")
            if contact.get("note"):
                print(f"      {contact['note']}")  # what to tell (an inform contact), or why it was planned
            if contact["status"] == "cancelled" and contact.get("cancel_reason"):
                print("      " + _("Cancelled: {reason}").format(reason=contact["cancel_reason"]))
    if doc["contact_log"]:
        print()
        print(_("Recent contacts:"))
        for entry in doc["contact_log"][-5:]:
            channel = words.log_channels().get(entry["channel"], entry["channel"])
            outcome = outcome_words().get(entry["outcome"], entry["outcome"])
            # the id is what `log add --corrects` names
            print(f"  {entry['at'][:16].replace('T', ' ')}  {channel}  {outcome}  {entry['id']}")
    return 0


def cmd_update(args: Any) -> int:
    data = common.read_json(args.file)
    with common.open_session(args) as session:
        changed = session.unlocked(session.cases).update(args.case_id, data)
    if args.json:
        output.emit_json({"id": args.case_id, "changed": changed})
    elif changed:
        print(_("Changed: {fields}").format(fields=", ".join(changed)))
    else:
        print(_("Nothing changed."))
    return 0


def cmd_close(args: Any) -> int:
    with common.open_session(args) as session:
        session.unlocked(session.cases).close(args.case_id, args.reason)
    return output.result(args, {"id": args.case_id, "status": "closed"}, _("The case was closed."))


def _problem_json(p: RowProblem) -> dict[str, Any]:
    row: dict[str, Any] = {"line": p.line, "field": p.field, "problem": p.message}
    if p.existing_id:
        row["existing_id"] = p.existing_id
    return row


def _refuse_csv(args: Any, problems: list[RowProblem]) -> int:
    """Nothing imported: every problem listed, so the whole file can be put right in one go."""
    if args.json:
        output.emit_json({"imported": [], "problems": [_problem_json(p) for p in problems]})
        return InvalidInput.exit_code
    for p in sorted(problems, key=lambda p: p.line):
        print(_("line {line}, {field}: {problem}").format(line=p.line, field=p.field, problem=p.message))
    print(
        _n(
            "Nothing was imported: {n} row needs correcting (or use --skip-bad).",
            "Nothing was imported: {n} rows need correcting (or use --skip-bad).",
            len({p.line for p in problems}),
        ).format(n=len({p.line for p in problems}))
    )
    if any(p.existing_id for p in problems):
        print(_("Rows that match an open case are people already on the caseload; see them with case show ID."))
    return InvalidInput.exit_code


def cmd_import_csv(args: Any) -> int:
    from safetyworker.records.csv_import import read_cases_csv
    from safetyworker.services.case_import import ImportOutcome, import_rows

    good, problems = read_cases_csv(common.read_input(args.file))
    if problems and not args.skip_bad:  # a file to put right first: no passphrase needed to hear so
        return _refuse_csv(args, problems)
    outcome = ImportOutcome([], sorted(problems, key=lambda p: p.line))
    if good:
        with common.open_session(args) as session:
            assert session.cases is not None
            outcome = import_rows(
                session.cases, good, problems, skip_bad=args.skip_bad, allow_duplicates=args.allow_duplicates
            )
    if outcome.refused:
        return _refuse_csv(args, outcome.problems)
    ids, problems = outcome.ids, outcome.problems
    if args.json:
        output.emit_json({"imported": [{"id": i} for i in ids], "problems": [_problem_json(p) for p in problems]})
    else:
        for p in problems:
            print(_("skipped line {line}, {field}: {problem}").format(line=p.line, field=p.field, problem=p.message))
        print(_n("Imported {n} case.", "Imported {n} cases.", len(ids)).format(n=len(ids)))
    return 0
