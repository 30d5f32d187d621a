"""``subject-access CASE_ID -o FILE``: everything held about one person, as a PDF they can read or as JSON,
with other people's details withheld unless a reviewer includes them with a reason (docs/data-protection.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from safetyworker.cli import common, output
from safetyworker.i18n import _
from safetyworker.records.report_words import SUBJECT_ACCESS_FORMATS


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser(
        "subject-access", parents=parents, help=_("save everything held about one person (a subject access copy)")
    )
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the file to write"))
    p.add_argument(
        "--format", default=None, metavar="|".join(SUBJECT_ACCESS_FORMATS), help=_("pdf (the default) or json")
    )
    p.add_argument(
        "--include-third-parties",
        action="store_true",
        help=_("include the person causing harm and other people's details (needs --reason)"),
    )
    p.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help=_("why other people's details are included (kept with the case)") + common.FROM_STDIN,
    )
    p.add_argument(
        "--force", action="store_true", help=_("replace FILE if it is already there (never in a store folder)")
    )
    p.set_defaults(func=cmd_subject_access)


def cmd_subject_access(args: Any) -> int:
    from safetyworker.sync import files

    target = Path(args.output)
    fmt = args.format or ("json" if target.suffix.lower() == ".json" else "pdf")
    files.new_file(target, force=args.force)
    with common.open_session(args) as session:
        service = session.unlocked(session.subject_access)
        service.check(fmt, args.include_third_parties, args.reason)
        data = service.export(args.case_id, fmt, args.include_third_parties, args.reason)
    files.new_file(target, force=args.force)
    files.write_private(target, data)
    withheld = _("Other people's details are withheld and marked.")
    included = _("Other people's details are included; the reason is kept with the case.")
    return output.result(
        args,
        {
            "case_id": args.case_id,
            "file": str(target),
            "format": fmt,
            "third_parties": "included" if args.include_third_parties else "withheld",
        },
        _("Saved the subject access copy to {name}.").format(name=target),
        included if args.include_third_parties else withheld,
        _("It holds the person's address, numbers and code words: give it to them safely, then delete it."),
    )
