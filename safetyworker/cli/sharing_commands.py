"""Agencies, information sharing and its actions: ``agency list|add|show``, ``share add|list``, ``action
list|done``. The rules are the core's (``services/sharing.py``); this module reads arguments and prints."""

from __future__ import annotations

import argparse
from typing import Any

from safetyworker.cli import common, output
from safetyworker.i18n import _, _n
from safetyworker.records.dates import day_text


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("agency", parents=parents, help=_("the agencies the service works with, and their contacts"))
    asub = p.add_subparsers(dest="agency_command", required=True, metavar="COMMAND")
    c = asub.add_parser("list", parents=parents, help=_("list the agencies and their contacts"))
    c.set_defaults(func=cmd_agency_list)
    c = asub.add_parser(
        "add",
        parents=parents,
        help=_("add agencies from a JSON file (- for standard input); at the office for everyone, else local"),
    )
    c.add_argument("file", metavar="FILE")
    c.set_defaults(func=cmd_agency_add)
    c = asub.add_parser("show", parents=parents, help=_("show one agency and its contacts"))
    c.add_argument("agency_id", metavar="ID")
    c.set_defaults(func=cmd_agency_show)

    p = sub.add_parser("share", parents=parents, help=_("information received from or shared with an agency"))
    ssub = p.add_subparsers(dest="share_command", required=True, metavar="COMMAND")
    c = ssub.add_parser("add", parents=parents, help=_("record a sharing, with its actions, from a JSON file"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("file", metavar="FILE")
    c.set_defaults(func=cmd_share_add)
    c = ssub.add_parser("list", parents=parents, help=_("a case's sharing records and their actions"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.set_defaults(func=cmd_share_list)

    p = sub.add_parser("action", parents=parents, help=_("who must pass what on, to whom, by when"))
    xsub = p.add_subparsers(dest="action_command", required=True, metavar="COMMAND")
    c = xsub.add_parser("list", parents=parents, help=_("actions from information sharing, earliest due first"))
    c.add_argument("--open", action="store_true", help=_("only those not done yet"))
    c.add_argument("--all-workers", action="store_true", help=_("office: every worker's, with who holds each case"))
    c.set_defaults(func=cmd_action_list)
    c = xsub.add_parser("done", parents=parents, help=_("mark an action done, saying how"))
    c.add_argument("action_id", metavar="ACTION_ID")
    c.add_argument("--how", required=True, metavar="TEXT", help=_("how it was done") + common.FROM_STDIN)
    c.add_argument("--on", default=None, metavar="DATE", help=_("the day it was done, DD/MM/YYYY (default: today)"))
    c.set_defaults(func=cmd_action_done)


def _agency_lines(agency: Any) -> list[str]:
    from safetyworker.records.sharing import kind_label

    head = f"{agency.name} ({kind_label(agency.kind)}{', ' + _('local') if agency.local else ''})  {agency.id}"
    lines = [head]
    for contact in agency.contacts:
        reach = ", ".join(p for p in (contact.to_json()["phone_display"], contact.email) if p)
        lines.append(
            f"  {contact.name}" + (f", {contact.role}" if contact.role else "") + (f": {reach}" if reach else "")
        )
        lines.append(f"    {contact.id}")
    return lines


def cmd_agency_list(args: Any) -> int:
    with common.open_session(args) as session:
        agencies = session.unlocked(session.sharing).agencies()
    if not agencies and not args.json:
        print(_("No agencies yet: the office adds them with `safetyworker agency add FILE`."))
        return 0
    return output.result(args, [a.to_json() for a in agencies], *[line for a in agencies for line in _agency_lines(a)])


def cmd_agency_add(args: Any) -> int:
    data = common.read_json(args.file)
    with common.open_session(args) as session:
        ids = session.unlocked(session.sharing).add_agencies(data)
    return output.result(args, {"ids": ids}, *[_("Saved agency {id}").format(id=i) for i in ids])


def cmd_agency_show(args: Any) -> int:
    with common.open_session(args) as session:
        agency = session.unlocked(session.sharing).agency(args.agency_id)
    return output.result(args, agency.to_json(), *_agency_lines(agency))


def _action_lines(action: Any, with_case: bool = False, with_worker: bool = False) -> list[str]:
    state = (
        _("done {date}: {how}").format(date=day_text(action.done_on), how=action.done_how)
        if action.done_on
        else _("due {date}").format(date=day_text(action.due_on))
        + (
            _n(" · {n} working day late", " · {n} working days late", action.days_late).format(n=action.days_late)
            if action.days_late
            else ""
        )
    )
    owner = action.owner or _("the safety worker")
    who = _("owner: {owner}").format(owner=owner) + (_(", to {to}").format(to=action.to) if action.to else "")
    where = f"{action.preferred_name} ({action.case_id}) · " if with_case else ""
    worker = (_("worker: {w} · ").format(w=action.worker or _("the office"))) if with_worker else ""
    return [f"{where}{action.what}", f"    {worker}{who} · {state}", f"    {action.id}"]


def cmd_share_add(args: Any) -> int:
    data = common.read_json(args.file)
    with common.open_session(args) as session:
        author = session.unlocked(session.settings).worker_name()
        record = session.unlocked(session.sharing).add(args.case_id, data, recorded_by=author)
    lines = [_("Recorded: {id}").format(id=record.id)]
    for action in record.actions:
        lines.append(
            _("Action due {date}: {what} ({id})").format(date=day_text(action.due_on), what=action.what, id=action.id)
        )
    return output.result(args, record.to_json(), *lines)


def cmd_share_list(args: Any) -> int:
    from safetyworker.records.sharing import basis_label, direction_label

    with common.open_session(args) as session:
        records = session.unlocked(session.sharing).records(args.case_id)
    if not records and not args.json:
        print(_("Nothing shared or received is recorded for this case."))
        return 0
    lines = []
    for r in records:
        lines.append(f"{day_text(r.shared_on)}  {direction_label(r.direction)} {r.contact}  ({r.id})")
        lines.append(f"    {basis_label(r.basis)}" + (f": {r.reason}" if r.reason else ""))
        lines.append(f"    {r.summary}")
        for action in r.actions:
            lines.extend("  " + line for line in _action_lines(action))
    return output.result(args, [r.to_json() for r in records], *lines)


def cmd_action_list(args: Any) -> int:
    with common.open_session(args) as session:
        actions = session.unlocked(session.sharing).actions(open_only=args.open, all_workers=args.all_workers)
    if not actions and not args.json:
        print(_("No open actions.") if args.open else _("No actions."))
        return 0
    lines = [line for a in actions for line in _action_lines(a, with_case=True, with_worker=args.all_workers)]
    return output.result(args, [a.to_json() for a in actions], *lines)


def cmd_action_done(args: Any) -> int:
    with common.open_session(args) as session:
        author = session.unlocked(session.settings).worker_name()
        action = session.unlocked(session.sharing).done(args.action_id, args.how, args.on, by=author)
    return output.result(
        args, action.to_json(), _("Marked done on {date}.").format(date=day_text(action.done_on or ""))
    )
