"""Run by test_visit_log_whole in a child process that dies in the middle of logging a visit.

Usage: visit_fault_worker.py STORE_DIR CASE_ID loop
           plans a visit and logs it, again and again, printing a line after each log; killed at a random moment
       visit_fault_worker.py STORE_DIR VISIT_ID die-at-tie
           logs the visit and dies (like a power cut) the moment the visit's tie to its log entry is written
"""

import os
import sys

from safetyworker.records import tables
from safetyworker.services.visits import VisitService
from safetyworker.store.vault import Store

PASSPHRASE = "first passphrase here"


def loop(folder: str, case_id: str) -> None:
    with Store.unlock(folder, PASSPHRASE) as store:
        service = VisitService(store)
        while True:
            visit = service.plan(
                case_id, at="2025-12-08T10:00", minutes=60, back_by="2025-12-08T11:30", place="Hill Library"
            )
            service.log(visit.id, note="x" * 200)
            print("logged", flush=True)


def die_at_tie(folder: str, visit_id: str) -> None:
    real_update = tables.update

    def update(store, table, row_id, values):  # type: ignore[no-untyped-def]
        if table.name == "visit" and "log_id" in values:
            os._exit(9)
        return real_update(store, table, row_id, values)

    tables.update = update
    with Store.unlock(folder, PASSPHRASE) as store:
        VisitService(store).log(visit_id, note="Went through the plan")
    print("logged", flush=True)


if __name__ == "__main__":
    {"loop": loop, "die-at-tie": die_at_tie}[sys.argv[3]](sys.argv[1], sys.argv[2])
