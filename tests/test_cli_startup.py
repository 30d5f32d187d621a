"""``safetyworker --help`` (and a mistyped command) answers at once: listing the commands must not load the core.

Issue 18: the help took 20-26 times as long as starting Python, because every command module imported the
door, the session and the services at its top (the keyring, SQLCipher, the KDF, the sync code, the phone
number library). The command modules now import those inside the handlers that use them. These tests run the
real entry point in a fresh interpreter (a test process has long since loaded everything) and fail if the help
pulls a heavy library back in.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: Libraries the help has no use for; each costs tens of milliseconds or more to import.
HEAVY = ("PySide6", "keyring", "sqlcipher3", "reportlab", "pyrage", "argon2", "phonenumbers", "holidays")

PROBE = """
import json, sys
from safetyworker.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
loaded = sorted({m.split(".")[0] for m in sys.modules})
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def _loaded_by(*argv: str) -> tuple[int, set[str], str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=60, check=False)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], set(report["loaded"]), done.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ("--help",),
        ("case", "--help"),
        ("settings", "--help"),
        ("log", "add", "--help"),
        ("bundle", "--help"),
        ("report", "--help"),  # the report names and the directory's words are in the help, from light modules
        ("directory", "search", "--help"),
        ("no-such-command",),
    ],
)
def test_help_loads_no_heavy_library(argv):
    code, loaded, _out = _loaded_by(*argv)
    assert code in (0, 2)
    heavy = sorted(loaded & set(HEAVY))
    assert not heavy, f"`safetyworker {' '.join(argv)}` imported {heavy}: import them inside the command handlers"


def test_the_help_still_lists_every_command_and_the_choices_from_the_core():
    code, _loaded, out = _loaded_by("--help")
    assert code == 0
    for command in ("init", "case", "log", "agenda", "plan", "bundle", "risk", "audit", "settings"):
        assert f"    {command} " in out
    assert "{once,file}" in out

    code, _loaded, out = _loaded_by("settings", "set", "--help")  # the names come from the core, read here
    assert code == 0
    assert "memory-security" in out and "bank_holiday_region" in out

    code, _loaded, out = _loaded_by("log", "add", "--help")
    assert "someone_else_answered_protocol_used" in out and "in_person" in out


def test_a_setting_name_is_still_checked_against_the_core(capsys):
    from safetyworker.cli.main import main

    with pytest.raises(SystemExit) as stopped:
        main(["settings", "set", "no-such-setting", "on"])
    assert stopped.value.code == 2
    assert "invalid choice: 'no-such-setting'" in capsys.readouterr().err


def test_the_list_of_commands_alone_answers_as_the_whole_parser_does(capsys):
    """Without a command named, only the commands' names and one-line help are built: the help, the usage and
    the errors are word for word those of the whole command line."""
    from safetyworker.cli.main import build_parser, parser_for

    whole, listing = build_parser(), build_parser(commands_only=True)
    assert listing.format_help() == whole.format_help()
    for argv in ([], ["nope"], ["--json"], ["--without-keyring", "sometimes"], ["--store", "/tmp/x"]):
        answers = []
        for parser in (whole, listing):
            with pytest.raises(SystemExit) as stopped:
                parser.parse_args(argv)
            answers.append((stopped.value.code, capsys.readouterr().err))
        assert answers[0] == answers[1], argv
    with pytest.raises(SystemExit):  # the listing cannot run a command ...
        listing.parse_args(["case", "list"])
    capsys.readouterr()
    # ... so a command named anywhere gets the whole parser
    argv = ["--store", "/tmp/x", "case", "list", "--by", "name"]
    assert parser_for(argv).parse_args(argv).func.__name__ == "cmd_list"
