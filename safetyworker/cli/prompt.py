"""Getting the passphrase: from SAFETYWORKER_PASSPHRASE when set (scripts, tests), else a hidden prompt."""

from __future__ import annotations

import getpass
import os
import sys

from safetyworker.errors import SafetyWorkerError, WeakPassphrase
from safetyworker.i18n import _

ENV = "SAFETYWORKER_PASSPHRASE"
_TRIES = 3
#: An option given with no value (``case list --search``): ask for the value, hidden.
ASK = object()


def _ask(label: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise SafetyWorkerError(_("No passphrase: run this in a terminal, or set {env} for scripts.").format(env=ENV))
    try:
        return getpass.getpass(label)
    except (EOFError, KeyboardInterrupt):
        raise SafetyWorkerError(_("Stopped: no passphrase was given. Nothing was changed.")) from None


def existing(label: str | None = None) -> str:
    from_env = os.environ.get(ENV)
    if from_env:
        return from_env
    return _ask(label or _("Passphrase: "))


def new(label: str | None = None, env: str = ENV, related: tuple[str, ...] = ()) -> str:
    """A new passphrase, judged for strength as soon as it is typed (a weak one is asked for again, with the hint,
    up to three times) and typed twice so a slip of the finger cannot lock the worker out. From ``env`` it is
    judged the same way: a script cannot make a weak passphrase either."""
    from safetyworker.services.door import check_passphrase_strength  # here: --help need not load the door

    from_env = os.environ.get(env)
    if from_env:
        check_passphrase_strength(from_env, related)
        return from_env
    for attempt in range(_TRIES):
        first = _ask(label or _("Choose a passphrase: "))
        try:
            check_passphrase_strength(first, related)
            break
        except WeakPassphrase as exc:
            if attempt == _TRIES - 1:
                raise
            print(exc, file=sys.stderr)
    second = _ask(_("Type it again: "))
    if first != second:
        raise SafetyWorkerError(_("The two passphrases are different. Nothing was changed."))
    return first


def ask_text(label: str) -> str:
    """Visible input (a recovery code read out over the phone)."""
    if not sys.stdin or not sys.stdin.isatty():
        raise SafetyWorkerError(_("Run this in a terminal to type the answer."))
    try:
        return input(label)
    except (EOFError, KeyboardInterrupt):
        raise SafetyWorkerError(_("Stopped: nothing was changed.")) from None


def hidden_text(label: str, option: str) -> str:
    """Case data typed without echo (a name or number to search for): out of the command line, the shell's
    history and the sight of anyone looking at the screen."""
    if not sys.stdin or not sys.stdin.isatty():
        raise SafetyWorkerError(
            _("Run this in a terminal to type it, or give {option} - to read it from standard input.").format(
                option=option
            )
        )
    try:
        return getpass.getpass(label)
    except (EOFError, KeyboardInterrupt):
        raise SafetyWorkerError(_("Stopped: nothing was searched for.")) from None
