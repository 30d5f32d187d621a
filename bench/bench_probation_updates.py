"""How long the office takes to import probation's updates file, and a laptop its next bundle with the inform
contacts: N cases with references, one file changing every release date (each change makes an inform contact).

    SAFETYWORKER_INSECURE_FAST_KDF=1 .venv/bin/python bench/bench_probation_updates.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import keyring
from keyring.backends import fail

from safetyworker.services.cases import CaseService
from safetyworker.services.probation import import_updates
from safetyworker.sync import bundles, confirmation, enrolment, office

PASSPHRASE = "correct horse battery staple"


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    keyring.set_keyring(fail.Keyring())
    root = Path(tempfile.mkdtemp(prefix="sw-bench-probation-"))
    office_store = enrolment.create_office(root / "office", PASSPHRASE, "Bench office")
    result = enrolment.enrol_worker(office_store, "Ash")
    (root / "enrol.json").write_bytes(enrolment.enrolment_bytes(result))
    laptop = enrolment.create_laptop(root / "laptop", PASSPHRASE, enrolment.read_enrolment(root / "enrol.json"))
    confirmation.confirm(office_store, result.worker_id, enrolment.device_fingerprint(laptop) or "")
    bundles.import_bundle(office_store, bundles.export_to_office(laptop, root / "first.age").path)
    cases = [
        {
            "preferred_name": f"Person {i}",
            "person_causing_harm": {"name": f"P {i}", "reference": f"PR/{i:05d}", "custody_status": "in_custody"},
        }
        for i in range(n)
    ]
    ids = CaseService(office_store).add(cases)
    for case_id in ids:
        office.assign(office_store, case_id, result.worker_id)
    bundles.import_bundle(laptop, bundles.export_to_worker(office_store, result.worker_id, root / "b0.age").path)
    release = (date.today() + timedelta(days=90)).isoformat()
    data = ("reference,release_date\n" + "".join(f"PR/{i:05d},{release}\n" for i in range(n))).encode()

    start = time.perf_counter()
    import_updates(office_store, data, dry_run=True)
    dry = time.perf_counter() - start
    start = time.perf_counter()
    report = import_updates(office_store, data)
    applied = time.perf_counter() - start
    path = bundles.export_to_worker(office_store, result.worker_id, root / "b1.age").path
    start = time.perf_counter()
    bundles.import_bundle(laptop, path)
    laptop_import = time.perf_counter() - start
    informs = laptop.db.execute("SELECT count(*) FROM planned_contact WHERE kind = 'inform'").fetchone()[0]
    print(
        f"{n} cases: dry run {dry:.2f} s, import {applied:.2f} s ({report['inform_contacts']} inform contacts), "
        f"laptop bundle import {laptop_import:.2f} s ({informs} inform contacts there, one per case)"
    )
    office_store.close()
    laptop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
