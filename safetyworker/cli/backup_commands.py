"""Backup commands: ``backup --to DIR`` (an encrypted, verified backup, older ones rotated) and
``restore FILE --into DIR`` (into a new or empty folder; replacing a store needs ``--replace`` and a second yes).
See docs/backups.md."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from safetyworker.cli import common, output, prompt
from safetyworker.errors import KeyringUnavailable, SafetyWorkerError
from safetyworker.i18n import _

#: The word typed at the terminal to confirm replacing a store (or ``--yes-replace-store`` in a script).
CONFIRM_WORD = "replace"


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser(
        "backup",
        parents=parents,
        help=_("write an encrypted backup of the store (it opens with the store's passphrase)"),
    )
    p.add_argument(
        "--to",
        metavar="DIR",
        help=_("the folder to write it in (default: the folder chosen in the desktop's Settings)"),
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=parents, help=_("restore a backup into a new or empty store folder"))
    p.add_argument("file", metavar="FILE", help=_("the backup file"))
    p.add_argument("--into", metavar="DIR", required=True, help=_("the store folder to restore into"))
    p.add_argument(
        "--replace",
        action="store_true",
        help=_("replace the store in DIR (it is moved aside, not deleted); asks you to type 'replace'"),
    )
    p.add_argument(
        "--yes-replace-store",
        action="store_true",
        help=_("with --replace, for scripts: the second confirmation, given in advance"),
    )
    p.set_defaults(func=cmd_restore)


def cmd_backup(args: Any) -> int:
    with common.open_session(args) as session:
        made = session.unlocked(session.backups).back_up(Path(args.to) if args.to else None)
    lines = [
        _("Backup written and checked: {path}").format(path=made.path),
        _("It opens with this store's passphrase as it is today; keep the passphrase safe, apart from the backup."),
    ]
    if made.removed:
        lines.append(_("Older backups removed (keeping the newest ones): {n}").format(n=made.removed))
    return output.result(args, made.to_json(), *lines)


def cmd_restore(args: Any) -> int:
    from safetyworker.services import door

    backup_file, folder = Path(args.file), Path(args.into)
    if args.yes_replace_store and not args.replace:
        raise SafetyWorkerError(_("--yes-replace-store goes with --replace. Nothing was changed."))
    if args.replace and door.store_exists(folder) and not args.yes_replace_store:
        _confirm_replace(folder)
    passphrase = prompt.existing(_("The passphrase the store had when the backup was made: "))
    try:
        session, moved = door.restore_backup(
            backup_file, folder, passphrase, replace=args.replace, without_keyring=common.without_keyring(args)
        )
    except KeyringUnavailable as exc:
        raise common.keyring_hint(exc) from None
    with session:
        doc: dict[str, Any] = {
            "store": str(folder),
            "store_id": session.store_id,
            "role": session.role,
            "protection": session.protection.level,
            "replaced_store_moved_to": str(moved) if moved else None,
        }
    lines = [_("The backup was checked and restored into {folder}.").format(folder=folder)]
    if moved:
        lines.append(
            _("The store that was there was moved, whole, to {path}. Delete it once you are sure.").format(path=moved)
        )
    return output.result(args, doc, *lines)


def _confirm_replace(folder: Path) -> None:
    """The second yes, typed: replacing a store is rare, and the wrong folder would swap one caseload for
    another."""
    if not sys.stdin or not sys.stdin.isatty():
        raise SafetyWorkerError(
            _(
                "A store already exists in {folder}. To replace it, run this in a terminal and type '{word}' when "
                "asked, or add --yes-replace-store in a script. Nothing was changed."
            ).format(folder=folder, word=CONFIRM_WORD)
        )
    print(
        _(
            "This replaces the store in {folder} with the backup. The store there now is moved aside, not deleted."
        ).format(folder=folder),
        file=sys.stderr,
    )
    typed = prompt.ask_text(_("Type '{word}' to go on: ").format(word=CONFIRM_WORD))
    if typed.strip().lower() != CONFIRM_WORD:
        raise SafetyWorkerError(_("Not replaced: nothing was changed."))
