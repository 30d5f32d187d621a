"""What every command needs: where the store is, opening it, reading input files."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from safetyworker import safejson
from safetyworker.cli import prompt
from safetyworker.errors import InvalidInput, KeyringUnavailable, SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.store import vault
from safetyworker.store.vault import Store

MAX_INPUT_BYTES = 50 * 1024 * 1024


def default_store_dir() -> Path:
    return Path(platformdirs.user_data_dir("SafetyWorker", appauthor=False)) / "store"


def store_dir(args: Any) -> Path:
    return Path(args.store) if args.store else default_store_dir()


#: ``--without-keyring``: the worker's answer, given in advance, to "the keyring is locked or fails".
WITHOUT_KEYRING = (vault.ONCE, vault.FILE)


def without_keyring(args: Any) -> str:
    return getattr(args, "without_keyring", None) or vault.ASK


def keyring_hint(exc: KeyringUnavailable) -> KeyringUnavailable:
    """The core's message and what the command line offers (the desktop shows buttons instead)."""
    hint = _(
        "On the command line, add --without-keyring once to open with your passphrase alone this time, or "
        "--without-keyring file to keep the secret in a file beside the store from now on."
    )
    return KeyringUnavailable(exc.reason, f"{exc} {hint}")


def open_store(args: Any) -> Store:
    try:
        return Store.unlock(store_dir(args), prompt.existing(), without_keyring=without_keyring(args))
    except KeyringUnavailable as exc:
        raise keyring_hint(exc) from None


def read_input(name: str) -> bytes:
    """Bytes of FILE, or of standard input for ``-``; refuses what is too big to be a caseload."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(name, "rb") as f:
                data = f.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise SafetyWorkerError(_("There is no file {name}.").format(name=name)) from None
    except IsADirectoryError:
        raise SafetyWorkerError(_("{name} is a folder, not a file.").format(name=name)) from None
    except OSError as exc:
        raise SafetyWorkerError(_("{name} could not be read ({why}).").format(name=name, why=exc.strerror)) from None
    if len(data) > MAX_INPUT_BYTES:
        raise InvalidInput("", _("the file is too large to be a caseload"))
    return data


def read_json(name: str) -> Any:
    """JSON from FILE or standard input; anything that is not JSON of a sane shape is ``InvalidInput`` (exit 2)."""
    data = read_input(name)
    try:
        return safejson.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput("", _("the file is not UTF-8 text")) from None
    except safejson.TooDeep:
        raise InvalidInput(
            "",
            _("the file is not JSON Safety Worker can read (nested more than {n} levels deep)").format(
                n=safejson.MAX_DEPTH
            ),
        ) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            "",
            _("the file is not valid JSON (line {line}, column {col}: {msg})").format(
                line=exc.lineno, col=exc.colno, msg=exc.msg
            ),
        ) from None
    except ValueError:  # a number with thousands of digits, and the like
        raise InvalidInput("", _("the file is not JSON Safety Worker can read")) from None


#: ``--at`` and other moments typed on the command line: anything outside these years is a typing mistake, and
#: the calendar arithmetic done with it (a week later, the local time zone) would overflow at year 1 or 9999.
EARLIEST_MOMENT = datetime(1970, 1, 1, tzinfo=UTC)
LATEST_MOMENT = datetime(2200, 1, 1, tzinfo=UTC)


def moment_in_range(moment: datetime, option: str) -> datetime:
    """``moment`` (with an offset) if it lies between 1970 and 2200, else ``InvalidInput`` naming ``option``."""
    try:
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        utc = None
    if utc is None or not EARLIEST_MOMENT <= utc < LATEST_MOMENT:
        raise InvalidInput(option, _("must be a moment between the years 1970 and 2199"))
    return moment
