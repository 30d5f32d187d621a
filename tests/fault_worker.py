"""Run by test_kill_mid_write in a child process, which is killed at a random moment.

Usage: fault_worker.py STORE_DIR (add-cases | change-passphrase | create-stores)
       fault_worker.py STORE_DIR create-die-at N   (dies at the N-th file rename of Store.create)
Prints a line after each write is committed.
"""

import os
import sys
from pathlib import Path

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


def create_stores(folder: str) -> None:
    """One new store after another in FOLDER/0, FOLDER/1, ...: the kill lands somewhere inside one of them."""
    i = 0
    while True:
        Store.create(Path(folder) / str(i), PASSPHRASES[0]).close()
        i += 1
        print("created", flush=True)


def create_die_at(folder: str, n: int) -> None:
    """A crash exactly before the n-th rename (``os.replace``) of a store's creation, like a power cut there."""
    real_replace = os.replace
    calls = 0

    def replace(src, dst):
        nonlocal calls
        calls += 1
        if calls == n:
            os._exit(9)
        real_replace(src, dst)

    os.replace = replace
    Store.create(folder, PASSPHRASES[0]).close()
    print("done", flush=True)


if __name__ == "__main__":
    if sys.argv[2] == "create-die-at":
        create_die_at(sys.argv[1], int(sys.argv[3]))
    else:
        {"add-cases": add_cases, "change-passphrase": flip_passphrase, "create-stores": create_stores}[sys.argv[2]](
            sys.argv[1]
        )
