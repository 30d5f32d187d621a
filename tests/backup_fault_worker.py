"""Run by test_backup_kill in a child process, which is killed at a random moment.

Usage: backup_fault_worker.py STORE_DIR BACKUP_DIR
Writes one backup after another into BACKUP_DIR, printing a line after each.
"""

import sys
from pathlib import Path

from safetyworker.services import door

PASSPHRASE = "first passphrase here"


def main(store: str, folder: str) -> None:
    with door.open_session(Path(store), PASSPHRASE) as session:
        service = session.unlocked(session.backups)
        while True:
            service.back_up(Path(folder))
            print("written", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
