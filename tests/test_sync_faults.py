"""The process killed (SIGKILL) at random moments while writing or importing a bundle: the target folder holds no
bundle or a whole one, and the store holds all of a bundle or none of it (DESIGN.md, Sync bundles)."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import fail

from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store
from safetyworker.sync import bundles, container
from safetyworker.sync.keys import KeyPair

from .sync_world import PASSPHRASE, World, synced_state

WORKER = Path(__file__).with_name("sync_fault_worker.py")
TRIALS = 50
CASES = 60


@pytest.fixture
def base(tmp_path, monkeypatch):
    """An office and one registered laptop holding many cases not yet sent, all closed. Child processes cannot
    see the in-memory keyring: the device secrets go into files beside the stores."""
    import keyring

    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    world = World(tmp_path / "base", names=("Ash",))
    world.register_all()
    rng = random.Random(6)
    cases = [
        {
            "preferred_name": f"Person {i}",
            "access_needs": "".join(rng.choice("abcdefghij ") for _ in range(600)),  # not very compressible
            "contact_methods": [{"kind": "mobile", "value": f"07700 900{i % 1000:03d}"}],
            "children": [{"name": f"Child {i}", "age": i % 17}],
        }
        for i in range(CASES)
    ]
    CaseService(world.laptops["Ash"]).add(cases)
    world.close()
    assert (world.folder("office") / "device-secret").exists()
    return world


@pytest.fixture
def worker():
    """The fault worker: it forks a child per trial and kills it when told."""
    with subprocess.Popen(
        [sys.executable, str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as process:

        def run(mode: str, folder: Path, file: Path, delay: float = -1) -> tuple[bool, float]:
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write(f"{mode} {folder} {file} {delay:.4f}\n")
            process.stdin.flush()
            outcome, took = process.stdout.readline().split()
            assert outcome in ("done", "killed"), f"the {mode} failed in the child (see its stderr)"
            return outcome == "done", float(took)

        yield run
        assert process.stdin is not None
        process.stdin.close()
        assert process.wait(timeout=30) == 0


def integrity(folder: Path) -> Store:
    store = Store.unlock(folder, PASSPHRASE)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return store


@pytest.mark.slow
def test_killed_while_exporting_leaves_no_bundle_or_a_whole_one(base, worker, tmp_path):
    rng = random.Random(20261123)
    laptop, office_dir = base.folder("Ash"), base.folder("office")
    finished, took = worker("export", laptop, tmp_path / "calibration.age")
    assert finished
    office = integrity(office_dir)
    identity = KeyPair.load(office).age_identity
    assert bundles.import_bundle(office, tmp_path / "calibration.age").counts["case_record"] == CASES
    outcomes = {"whole": 0, "none": 0}
    delays = [rng.uniform(0, took * 1.3) for _ in range(TRIALS)]
    try:
        for trial in range(TRIALS + 6):
            if trial == len(delays):  # a loaded machine: every kill landed early; wait longer until one finishes
                if outcomes["whole"]:
                    break
                delays.append(took * 2 ** (trial - TRIALS + 1))
            target = tmp_path / f"trial-{trial}"
            target.mkdir()
            finished, _took = worker("export", laptop, target / "sync.age", delays[trial])
            names = sorted(p.name for p in target.iterdir())
            leftovers = [n for n in names if n != "sync.age"]
            assert all(n.startswith(".tmp-") for n in leftovers), names  # an unfinished temp file at most
            if "sync.age" not in names:
                assert not finished
                outcomes["none"] += 1
                continue
            outcomes["whole"] += 1
            data = (target / "sync.age").read_bytes()
            opened = container.open_bundle(data, identity, "sync.age")  # decrypts, hash and all
            assert len(container.unpack_payload(opened.payload, "sync.age")["ops"]) >= CASES
            if outcomes["whole"] <= 3:  # and it imports cleanly (a few: each import takes a while)
                assert bundles.import_bundle(office, target / "sync.age").status == "applied"
            with integrity(laptop) as store:
                seq_out = store.db.execute("SELECT seq_out FROM sync_peer").fetchone()[0]
                sent = store.db.execute("SELECT max(seq) FROM sync_sent").fetchone()[0]
                assert seq_out == sent, "the record of what was sent is whole too"
    finally:
        office.close()
    assert outcomes["whole"] and outcomes["none"], outcomes
    with integrity(laptop):
        pass


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["import", "import-busy"])
def test_killed_while_importing_applies_all_of_a_bundle_or_none(base, worker, tmp_path, mode):
    """``import-busy``: with the window reading and auditing on another thread all the while (one writer at a
    time, docs/store.md)."""
    rng = random.Random(11)
    laptop, office_dir = base.folder("Ash"), base.folder("office")
    bundle = tmp_path / "sync.age"
    with Store.unlock(laptop, PASSPHRASE) as store:
        bundle_id = bundles.export_to_office(store, bundle).bundle_id
    with Store.unlock(office_dir, PASSPHRASE) as office:
        before = synced_state(office)
    reference = tmp_path / "reference"
    shutil.copytree(office_dir, reference)
    finished, took = worker(mode, reference, bundle)
    assert finished
    with integrity(reference) as office:
        after = synced_state(office)
    assert len(after["case_record"]) == CASES + len(before["case_record"])

    outcomes = {"all": 0, "none": 0}
    # Kill at random moments over the import's length. On a loaded machine a run can take much longer than the
    # reference one did, so every kill may land before the end: then a few later trials wait longer, until one
    # finishes (the test is about never half an import, and needs both outcomes to show it looked at both).
    delays = [rng.uniform(0, took * 1.3) for _ in range(TRIALS)]
    for trial in range(TRIALS + 6):
        if trial == len(delays):  # a loaded machine: every kill landed early; wait longer until one finishes
            if outcomes["all"]:
                break
            delays.append(took * 2 ** (trial - TRIALS + 1))
        folder = tmp_path / f"trial-{trial}"
        shutil.copytree(office_dir, folder)
        finished, _took = worker(mode, folder, bundle, delays[trial])
        with integrity(folder) as office:
            state = synced_state(office)
            seen = office.db.execute("SELECT count(*) FROM sync_bundle_seen WHERE bundle_id = ?", (bundle_id,))
            seen = seen.fetchone()[0]
            if state == after:
                assert seen == 1
                outcomes["all"] += 1
                again = "duplicate"
            else:
                assert state == before, "all of the bundle or none of it"
                assert seen == 0 and not finished
                outcomes["none"] += 1
                again = "applied"
            if trial % 5 == 0:  # and the store takes the bundle (again) as if nothing had happened
                assert bundles.import_bundle(office, bundle).status == again
                assert synced_state(office) == after
        shutil.rmtree(folder)
    assert outcomes["all"] and outcomes["none"], outcomes
