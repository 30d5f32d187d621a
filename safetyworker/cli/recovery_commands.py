"""Forgotten passphrase, through the office recovery slot: ``recover request`` and ``recover finish`` on the
laptop, ``office-recover`` at the office. See safetyworker/sync/recovery.py and docs/sync.md."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from safetyworker.cli import common, output, prompt
from safetyworker.i18n import _

CODE_ENV = "SAFETYWORKER_RECOVERY_CODE"


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("recover", parents=parents, help=_("a forgotten passphrase: recover through the office"))
    rsub = p.add_subparsers(dest="recover_command", required=True, metavar="COMMAND")
    c = rsub.add_parser("request", parents=parents, help=_("laptop: write a request to take to the office"))
    c.add_argument("-o", "--output", required=True, metavar="FILE")
    c.add_argument(
        "--force", action="store_true", help=_("replace FILE if it is already there (never in a store folder)")
    )
    c.set_defaults(func=cmd_request)
    c = rsub.add_parser("answer", parents=parents, help=_("office: answer a laptop's request (prints a code)"))
    c.add_argument("request", metavar="REQUEST")
    c.add_argument("-o", "--output", required=True, metavar="FILE")
    c.add_argument(
        "--force", action="store_true", help=_("replace FILE if it is already there (never in a store folder)")
    )
    c.set_defaults(func=cmd_answer)
    c = rsub.add_parser("finish", parents=parents, help=_("laptop: use the office's answer and code"))
    c.add_argument("answer", metavar="ANSWER")
    c.set_defaults(func=cmd_finish)


def cmd_request(args: Any) -> int:
    from safetyworker.services import recovery
    from safetyworker.sync import files

    target = files.new_file(Path(args.output), force=args.force)
    files.write_private(target, recovery.request(common.store_dir(args)))
    return output.result(
        args,
        {"file": str(target)},
        _("Wrote {path}. Take it to the office; it opens nothing on its own.").format(path=target),
    )


def cmd_answer(args: Any) -> int:
    from safetyworker.sync import files

    target = files.new_file(Path(args.output), force=args.force)
    with common.open_session(args) as session:
        data, words = session.unlocked(session.recovery).answer(Path(args.request))
    files.write_private(target, data)
    if args.json:
        output.emit_json({"file": str(target), "code": words})
    else:
        print(_("Wrote {path}.").format(path=target))
        print(_("Recovery code (read it to the worker by phone; never send it with the file):"))
        print(f"    {words}")
    return 0


def cmd_finish(args: Any) -> int:
    from safetyworker.services import recovery

    words = os.environ.get(CODE_ENV) or prompt.ask_text(_("Recovery code from the office: "))
    new = prompt.new(_("New passphrase: "), env="SAFETYWORKER_NEW_PASSPHRASE")
    recovery.finish(common.store_dir(args), Path(args.answer), words, new)
    return output.result(
        args,
        {"recovered": True},
        _("Done: the store opens with the new passphrase. Delete the request and answer files."),
    )
