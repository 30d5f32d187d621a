"""Run by test_restore_kill in a child process, which is killed at a random moment.

Usage: restore_fault_worker.py BACKUP_FILE TARGET_DIR
Restores the backup into TARGET_DIR (through the door, as the app and the command line do), printing a line
just before it starts and one when it has finished.
"""

import sys
from pathlib import Path

from safetyworker.services import door
from safetyworker.store.vault import FILE

PASSPHRASE = "first passphrase here"


def main(backup_file: str, target: str) -> None:
    print("starting", flush=True)
    session, _moved = door.restore_backup(Path(backup_file), Path(target), PASSPHRASE, without_keyring=FILE)
    session.close()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
