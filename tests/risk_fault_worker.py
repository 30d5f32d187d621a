"""Run by test_risk (the kill test) in a child process, which is killed at a random moment.

Usage: risk_fault_worker.py STORE_DIR CASE_ID
Adds a risk assessment again and again, each with a new review date, and prints a line after each is committed.
"""

import sys
from datetime import date, timedelta

from safetyworker.services.risk import RiskService
from safetyworker.store.vault import Store

PASSPHRASE = "first passphrase here"


def add_assessments(folder: str, case_id: str) -> None:
    with Store.unlock(folder, PASSPHRASE) as store:
        service = RiskService(store)
        start = len(service.assessments(case_id))
        for i in range(start, start + 10_000):
            service.add(
                case_id,
                {
                    "template": "example-24",
                    "answers": {f"q{n:02d}": "yes" if n <= i % 24 else "no" for n in range(1, 25)},
                    "notes": {"q01": "n" * 300},
                    "next_review": (date(2030, 1, 1) + timedelta(days=i)).isoformat(),
                },
            )
            print("committed", flush=True)


if __name__ == "__main__":
    add_assessments(sys.argv[1], sys.argv[2])
