"""Run by test_kill_mid_write in a child process, which is killed at a random moment.

Usage: fault_worker.py STORE_DIR (add-cases | change-passphrase)
Prints a line after each write is committed.
"""

import sys

from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store, change_passphrase

PASSPHRASES = ("first passphrase here", "second passphrase here")


def add_cases(folder: str) -> None:
    with Store.unlock(folder, PASSPHRASES[0]) as store:
        service = CaseService(store)
        for i in range(10_000):
            service.add(
                {
                    "preferred_name": f"Person {i}",
                    "access_needs": "x" * 300,
                    "contact_methods": [{"kind": "mobile", "value": f"07700 900{i % 1000:03d}"}],
                    "children": [{"name": f"Child {i}", "age": 4}],
                }
            )
            print("committed", flush=True)


def flip_passphrase(folder: str) -> None:
    i = 0
    while True:
        change_passphrase(folder, PASSPHRASES[i % 2], PASSPHRASES[(i + 1) % 2])
        i += 1
        print("changed", flush=True)


if __name__ == "__main__":
    {"add-cases": add_cases, "change-passphrase": flip_passphrase}[sys.argv[2]](sys.argv[1])
