"""``safetyworker``: the command-line front end.

Every error a person can act on is printed as one plain line and a non-zero exit; anything else is a bug and
is reported as one, without a traceback (which could hold case content) unless SAFETYWORKER_DEBUG=1.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from typing import Any

from safetyworker import __version__
from safetyworker.cli import (
    agenda_commands,
    audit_commands,
    backup_commands,
    call_commands,
    case_commands,
    contact_commands,
    output,
    plan_commands,
    recovery_commands,
    report_commands,
    retention_commands,
    risk_commands,
    sharing_commands,
    store_commands,
    subject_access_commands,
    support_commands,
    sync_commands,
    visit_commands,
)
from safetyworker.cli import common as common_cli
from safetyworker.errors import SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.services import device

BUG_EXIT = 70
WITHOUT_KEYRING_HELP = _(
    "when the keyring is locked or fails: 'once' opens with the passphrase alone this time; 'file' keeps the "
    "store's secret in a file beside it from now on (reduced protection)"
)


def _argparse_words_looked_up_once() -> None:
    """argparse translates its own words ("options", "usage: ", ...) with ``gettext.gettext``, which searches the
    disk for a catalogue at every call: over 200 calls while the commands are registered, most of the time
    ``safetyworker --help`` took once Python had started (issue 18). The answer cannot change while the program
    runs, so each word is looked up once."""
    translate = getattr(argparse, "_", None)
    if callable(translate) and not hasattr(translate, "cache_info"):
        argparse._ = functools.cache(translate)  # type: ignore[attr-defined]


class _Ignored:
    """Stands in for a command's own parser when only the list of commands is wanted: every call is taken and
    nothing is built (see ``build_parser``)."""

    def __getattr__(self, _name: str) -> Any:
        return self._take

    def _take(self, *_args: Any, **_kwargs: Any) -> _Ignored:
        return self


class _CommandsOnly:
    """The commands' names and one-line help, without their options and subcommands."""

    def __init__(self, sub: argparse._SubParsersAction) -> None:
        self._sub = sub

    def add_parser(self, name: str, **kwargs: Any) -> _Ignored:
        self._sub.add_parser(name, **kwargs)
        return _Ignored()


def build_parser(commands_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line. ``commands_only``: each command listed with its one line of help, but not its own
    options and subcommands (a third of the time ``safetyworker --help`` took, issue 18); enough for the help,
    --version and a mistyped or missing command, never for running one (``parser_for``)."""
    _argparse_words_looked_up_once()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", metavar="DIR", default=argparse.SUPPRESS, help=_("the store folder"))
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=_("print JSON"))
    common.add_argument(
        "--without-keyring", choices=common_cli.WITHOUT_KEYRING, default=argparse.SUPPRESS, help=WITHOUT_KEYRING_HELP
    )

    parser = argparse.ArgumentParser(
        prog="safetyworker",
        description=_("Safety Worker: an encrypted caseload store that works offline."),
    )
    parser.add_argument("--version", action="version", version=f"safetyworker {__version__}")
    parser.add_argument("--store", metavar="DIR", default=None, help=_("the store folder"))
    parser.add_argument("--json", action="store_true", default=False, help=_("print JSON"))
    parser.add_argument(
        "--without-keyring", choices=common_cli.WITHOUT_KEYRING, default=None, help=WITHOUT_KEYRING_HELP
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    if commands_only:
        sub = _CommandsOnly(sub)  # type: ignore[assignment]
    store_commands.register(sub, [common])
    case_commands.register(sub, [common])
    call_commands.register(sub, [common])
    contact_commands.register(sub, [common])
    agenda_commands.register(sub, [common])
    plan_commands.register(sub, [common])
    sync_commands.register(sub, [common])
    recovery_commands.register(sub, [common])
    risk_commands.register(sub, [common])
    audit_commands.register(sub, [common])
    sharing_commands.register(sub, [common])
    retention_commands.register(sub, [common])
    subject_access_commands.register(sub, [common])
    visit_commands.register(sub, [common])
    support_commands.register(sub, [common])
    backup_commands.register(sub, [common])
    report_commands.register(sub, [common])
    return parser


def parser_for(argv: list[str]) -> argparse.ArgumentParser:
    """The parser ``argv`` needs: the whole one when a command is named anywhere in it (argparse never takes part
    of a command's name for the command), else the list of commands alone, which answers the same way."""
    listing = build_parser(commands_only=True)
    commands = next(a for a in listing._actions if isinstance(a, argparse._SubParsersAction)).choices
    return build_parser() if any(word in commands for word in argv) else listing


def main(argv: list[str] | None = None) -> int:
    with output.escaped_streams():
        return _run(argv)


def _run(argv: list[str] | None) -> int:
    device.no_core_dumps()  # a crash must not write the unlocked caseload to a file
    parser = parser_for(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    # Only now: --help, --version and a mistyped command end above without loading the store's driver.
    from safetyworker.services.door import DatabaseError, translate_database_error

    try:
        common_cli.stdin_options(args)
        return int(args.func(args) or 0)
    except SafetyWorkerError as exc:
        print(f"safetyworker: {exc}", file=sys.stderr)
        return exc.exit_code
    except DatabaseError as exc:
        problem = translate_database_error(exc)
        if isinstance(problem, SafetyWorkerError):
            print(f"safetyworker: {problem}", file=sys.stderr)
            return problem.exit_code
        return _bug(exc)
    except BrokenPipeError:  # output piped into `head` and the like: not a problem
        sys.stderr.close()
        return 0
    except PermissionError as exc:  # a file or folder this account may not use: the person's to solve
        print(
            _("safetyworker: {path} cannot be read or written from this user account (no permission).").format(
                path=exc.filename or _("a file")
            ),
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print(_("safetyworker: stopped."), file=sys.stderr)
        return 130
    except Exception as exc:
        return _bug(exc)


def _bug(exc: BaseException) -> int:
    import traceback

    if os.environ.get("SAFETYWORKER_DEBUG") == "1":
        traceback.print_exception(exc)
    print(
        _(
            "safetyworker: something went wrong inside Safety Worker ({kind}). This is a bug; please report it. "
            "Any change in progress was not saved."
        ).format(kind=type(exc).__name__),
        file=sys.stderr,
    )
    return BUG_EXIT
