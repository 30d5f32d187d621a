"""Call commands: ``call check`` (may the case be rung now?) and ``call card`` (what to have in front of you)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from safetyworker.cli import common, output
from safetyworker.errors import InvalidInput
from safetyworker.i18n import _

#: ``call check`` answered "not safe to call now" (outside the safe times, a blackout, no number that may be rung).
#: Its own exit code, so that a script such as ``call check ID && dial`` never rings at an unsafe moment; 0 is
#: "safe to call now" only. Errors keep their own codes (2 bad input, 5 no such case, ...).
NOT_SAFE_NOW = 10


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("call", parents=parents, help=_("check whether a case may be rung, and show the call card"))
    csub = p.add_subparsers(dest="call_command", required=True, metavar="COMMAND")

    c = csub.add_parser(
        "check",
        parents=parents,
        help=_("whether it is safe to call a case now (or at --at); exit 0 safe, 10 not safe now"),
    )
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("--at", metavar="ISO", default=None, help=_("a time with its offset, e.g. 2026-03-29T10:00Z"))
    c.set_defaults(func=cmd_check)

    c = csub.add_parser("card", parents=parents, help=_("the call card to read before ringing a case"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("--at", metavar="ISO", default=None, help=_("a time with its offset, e.g. 2026-03-29T10:00Z"))
    c.set_defaults(func=cmd_card)


def parse_at(value: str | None) -> datetime | None:
    """An ISO date and time with an offset or ``Z``; InvalidInput naming --at otherwise."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            "--at", _("'{value}' is not a date and time (write it like 2026-03-29T10:00+01:00)").format(value=value)
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidInput(
            "--at",
            _("'{value}' has no time zone: add the offset (+01:00) or Z for UTC").format(value=value),
        )
    return common.moment_in_range(moment, "--at")


def cmd_check(args: Any) -> int:
    from safetyworker.records import phone

    at = parse_at(args.at)
    with common.open_session(args) as session:
        calls = session.unlocked(session.calls)
        check = calls.check(args.case_id, at)
        number = calls.number(args.case_id, check.method_id)
    if args.json:
        doc = check.to_json()
        output.emit_json(
            {
                "safe": doc["safe"],
                "reason": doc["reason"],
                "next_window_start": doc["next_window_start"],
                "next_window_end": doc["next_window_end"],
                "reason_code": doc["reason_code"],
                "method_id": doc["method_id"],
                "number": number,
            }
        )
        return 0 if check.safe else NOT_SAFE_NOW
    if number:
        print(_("Number: {number}").format(number=phone.display(number)))
    print(check.reason)  # when it is not safe, the reason already gives the next safe time
    return 0 if check.safe else NOT_SAFE_NOW


def cmd_card(args: Any) -> int:
    at = parse_at(args.at)
    with common.open_session(args) as session:
        card = session.unlocked(session.calls).card(args.case_id, at)
    return output.result(args, card, *card["lines"])
