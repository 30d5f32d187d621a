"""Run by test_contact_fulfilment in a child process, which is killed at a random moment.

Usage: contact_fault_worker.py STORE_DIR CASE_ID
Logs calls that reached the person, each completing the earliest contact due, and prints a line after each.
"""

import sys

from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store

PASSPHRASE = "first passphrase here"


def log_calls(folder: str, case_id: str) -> None:
    with Store.unlock(folder, PASSPHRASE) as store:
        service = CaseService(store)
        while True:
            service.append_log(case_id, channel="visit", outcome="visit_done", note="x" * 200)
            print("committed", flush=True)


if __name__ == "__main__":
    log_calls(sys.argv[1], sys.argv[2])
