"""``audit verify``, ``audit list`` and ``audit export``: the audit trail read and checked (docs/audit.md)."""

from __future__ import annotations

import argparse
from typing import Any

from safetyworker.cli import common, output
from safetyworker.i18n import _, _n

#: ``audit verify`` when the trail is not whole (0 only when it is).
BROKEN_EXIT = 1


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("audit", parents=parents, help=_("the audit trail: who did what, when; never case content"))
    asub = p.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    c = asub.add_parser("verify", parents=parents, help=_("check the whole trail; exit 0 only when it is intact"))
    _trail_option(c)
    c.set_defaults(func=cmd_verify)
    c = asub.add_parser("list", parents=parents, help=_("list the trail's events, oldest first"))
    _filters(c)
    c.set_defaults(func=cmd_list)
    c = asub.add_parser("export", parents=parents, help=_("write the trail's events as CSV, for an investigation"))
    _filters(c)
    c.add_argument("-o", "--output", required=True, metavar="FILE")
    c.add_argument(
        "--force", action="store_true", help=_("replace FILE if it is already there (never in a store folder)")
    )
    c.set_defaults(func=cmd_export)


def _trail_option(c: argparse.ArgumentParser) -> None:
    c.add_argument(
        "--worker-trail",
        dest="trail",
        metavar="WORKER_ID",
        default="",
        help=_("office: a worker's laptop trail, as their bundles brought it"),
    )


def _filters(c: argparse.ArgumentParser) -> None:
    c.add_argument("--case", metavar="ID", default=None, help=_("only the events about this case"))
    c.add_argument("--since", metavar="DATE", default=None, help=_("only events on or after this date (DD/MM/YYYY)"))
    _trail_option(c)


def cmd_verify(args: Any) -> int:
    with common.open_session(args) as session:
        doc = session.unlocked(session.audit).verify(args.trail)
    problem = doc["problem"]
    if problem is None:
        output.result(
            args,
            doc,
            _n(
                "The audit trail is intact: {n} event.",
                "The audit trail is intact: {n} events, each linked to the one before.",
                doc["events"],
            ).format(n=doc["events"]),
        )
        return 0
    if problem["seq"]:  # whole sentences for each case, not "at event 4" glued into one
        verdict = _("The audit trail is NOT intact: the problem is at event {seq} ({kind}).")
    else:
        verdict = _("The audit trail is NOT intact ({kind}).")
    output.result(args, doc, verdict.format(seq=problem["seq"], kind=problem["kind"]), problem["message"])
    return BROKEN_EXIT


def cmd_list(args: Any) -> int:
    with common.open_session(args) as session:
        events = session.unlocked(session.audit).events(args.case, args.since, args.trail)
    if args.json:
        output.emit_json(events)
        return 0
    if not events:
        print(_("No events."))
        return 0
    output.table(
        [_("Seq"), _("When (UTC)"), _("What"), _("Record"), _("Detail")],
        [
            # "record": a worker's name for an office event about a worker (the id is in --json)
            (e["seq"], e["at"].replace("T", " ").removesuffix("Z"), e["meaning"], e["record"], e["detail"])
            for e in events
        ],
    )
    return 0


def cmd_export(args: Any) -> int:
    target = common.output_target(args.output, args.force)  # refused before the store is opened (or audited)
    with common.open_session(args) as session:
        path, n = session.unlocked(session.audit).export_csv(
            target, force=args.force, case_id=args.case, since=args.since, trail=args.trail
        )
    return output.result(
        args,
        {"file": str(path), "events": n},
        _(
            "Wrote {n} events to {path}. It holds codes and ids, never case content; keep it with the investigation."
        ).format(n=n, path=path),
    )
