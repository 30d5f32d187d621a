"""Run by test_plans (the kill test) in a child process, which is killed at a random moment.

Usage: plan_fault_worker.py STORE_DIR CASE_ID
Saves a new version of the case's safety plan again and again, each with a new review date, and prints a line
after each save is committed.
"""

import sys
from datetime import date, timedelta

from safetyworker.services.plans import PlanService
from safetyworker.store.vault import Store

PASSPHRASE = "first passphrase here"


def save_plans(folder: str, case_id: str) -> None:
    with Store.unlock(folder, PASSPHRASE) as store:
        service = PlanService(store)
        start = len(service.versions(case_id))
        for i in range(start, start + 10_000):
            service.set(
                case_id,
                {
                    "template": "has_left",
                    "items": [
                        {"section": "safe_places", "text": f"Version {i}: " + "x" * 300, "personal_copy": True},
                        {"section": "after_leaving", "text": "y" * 300},
                    ],
                    "review_date": (date(2030, 1, 1) + timedelta(days=i)).isoformat(),
                },
            )
            print("committed", flush=True)


if __name__ == "__main__":
    save_plans(sys.argv[1], sys.argv[2])
