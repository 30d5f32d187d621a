"""What every command needs: where the store is, opening it (a ``Session``: the one door to the services),
reading input files.

Light on purpose: every command module imports this, and so does ``safetyworker --help``. The door, the
session and the services (the keyring, SQLCipher, the KDF) are imported inside the functions that use them,
so that listing the commands, or a mistyped option, does not load the whole core first (issue 18).
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safetyworker import safejson
from safetyworker.cli import prompt
from safetyworker.errors import InvalidInput, KeyringUnavailable, SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.keys import without_keyring as keyring_choice

if TYPE_CHECKING:
    from safetyworker.services.session import Session

MAX_VALUE_BYTES = 64 * 1024

#: ``-`` as the value of an option: read the value from standard input instead of the command line.
STDIN = "-"
FROM_STDIN = _(" (- reads it from standard input, out of sight of other users)")
#: Options whose value may be case data (a name, a phone number, a reason, a note, a value to keep) or a
#: person's name, by their argparse ``dest``: each takes ``-`` (``stdin_options``), because a command line can be
#: read by every other user of the computer (``ps``) and lands in shell history. Add new ones here.
CASE_DATA_OPTIONS = {
    "search": "--search",
    "reason": "--reason",
    "author": "--author",
    "worker": "--worker",
    "value": "--value",
    "name": "--name",
    "note": "--note",
    "how": "--how",
    # where a person will be met, and the place (a postcode) services are sought near: where they live or go
    "where": "--where",
    "near": "--near",
}


def store_dir(args: Any) -> Path:
    if args.store:
        return Path(args.store)
    from safetyworker.services.door import default_store_dir

    return default_store_dir()


#: ``--without-keyring``: the worker's answer, given in advance, to "the keyring is locked or fails".
WITHOUT_KEYRING = (keyring_choice.ONCE, keyring_choice.FILE)


def without_keyring(args: Any) -> str:
    return getattr(args, "without_keyring", None) or keyring_choice.ASK


class Later(Sequence[str]):
    """Choices for an option that come from the core, read when the option is checked or its command's help is
    shown, not when every command is registered. Set it on the action after ``add_argument`` (which would
    otherwise list them at once): ``c.add_argument("name", ...).choices = Later(load)``."""

    def __init__(self, load: Callable[[], Sequence[str]]) -> None:
        self._load = load
        self._names: Sequence[str] | None = None

    def _all(self) -> Sequence[str]:
        if self._names is None:
            self._names = tuple(self._load())
        return self._names

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __contains__(self, value: object) -> bool:
        return value in self._all()


def keyring_hint(exc: KeyringUnavailable) -> KeyringUnavailable:
    """The core's message and what the command line offers (the desktop shows buttons instead)."""
    hint = _(
        "On the command line, add --without-keyring once to open with your passphrase alone this time, or "
        "--without-keyring file to keep the secret in a file beside the store from now on."
    )
    return KeyringUnavailable(exc.reason, f"{exc} {hint}")


def output_target(raw: str, force: bool) -> Path:
    """``-o FILE`` for a file made from the caseload (a PDF), checked before anything is made or audited: not
    ``-``, not a folder, not a file already there (unless ``--force``), never inside a store folder (even with
    ``--force``), and its folder must exist. Write it with ``sync.files.write_private``."""
    from safetyworker.sync import files

    target = files.new_file(Path(raw), force=force)
    if not target.parent.is_dir():
        raise SafetyWorkerError(_("There is no folder {name}.").format(name=target.parent))
    return target


def open_session(args: Any) -> Session:
    """Unlock the store the command names (``with common.open_session(args) as session:``: locked again when
    the command ends, whatever happens)."""
    from safetyworker.services import door

    try:
        return door.open_session(store_dir(args), prompt.existing(), without_keyring=without_keyring(args))
    except KeyringUnavailable as exc:
        raise keyring_hint(exc) from None


def read_input(name: str) -> bytes:
    """Bytes of FILE, or of standard input for ``-``; refuses what is too big to be a caseload."""
    from safetyworker.services.case_import import MAX_INPUT_BYTES

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


def stdin_options(args: Any) -> None:
    """Replace each case-data option given as ``-`` with the text on standard input (one value; the line end at
    the end dropped). One command reads standard input once: two such options, or one with ``FILE -``, is an
    error naming both, before anything is read."""
    wanted = [dest for dest in CASE_DATA_OPTIONS if getattr(args, dest, None) == STDIN]
    if not wanted:
        return
    if len(wanted) > 1 or getattr(args, "file", None) == STDIN:
        others = [CASE_DATA_OPTIONS[d] for d in wanted] + (["FILE"] if getattr(args, "file", None) == STDIN else [])
        raise InvalidInput(
            CASE_DATA_OPTIONS[wanted[0]],
            _("only one of {options} can be read from standard input (-)").format(options=", ".join(others)),
        )
    dest = wanted[0]
    setattr(args, dest, read_value(CASE_DATA_OPTIONS[dest]))


def read_value(option: str) -> str:
    """One value typed or piped on standard input for ``option`` (UTF-8 text, at most 64 KB)."""
    try:
        data = sys.stdin.buffer.read(MAX_VALUE_BYTES + 1) if sys.stdin else b""
    except OSError as exc:
        raise SafetyWorkerError(_("Standard input could not be read ({why}).").format(why=exc.strerror)) from None
    if len(data) > MAX_VALUE_BYTES:
        raise InvalidInput(option, _("the value on standard input is too long"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(option, _("the value on standard input is not UTF-8 text")) from None
    return text.removesuffix("\n").removesuffix("\r")


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


@contextlib.contextmanager
def as_options(options: Mapping[str, str]) -> Iterator[None]:
    """The core names its fields ("contact_method_id"); a person typed options ("--method"): a refusal inside
    names the option to change, from ``options`` (a field not in it keeps its own name)."""
    try:
        yield
    except InvalidInput as exc:
        raise InvalidInput(options.get(exc.field, exc.field), exc.problem) from None
