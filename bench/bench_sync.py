"""How long sync bundles take for a laptop holding a big caseload, against the floor of age encryption alone.

Run from the repository root:

    .venv/bin/python bench/bench_sync.py                        # 10,000 cases, 5 runs of each figure
    .venv/bin/python bench/bench_sync.py --cases 2000 --runs 7 --full-import-runs 5

It prints figures; it passes or fails nothing. The stores are real ones made the app's way: an office made by
``enrolment.create_office``, a worker enrolled with ``enrolment.enrol_worker``, a laptop made from that
enrolment by ``enrolment.create_laptop``, and the laptop filled with ``bench/generate_store.py``'s synthetic
cases and contact log (made up; the folder is removed at the end), 5 log entries a case on average by
default. Then, through the app's own code (``safetyworker.sync.bundles``, on stores opened by ``Store.unlock``
as the app opens them, SQLCipher's memory security on):

1. Full export: the laptop's first bundle, every case it holds.
2. The floor: ``pyrage.encrypt`` of the very bytes that bundle carries (the packed operations) to the same
   office recipient; the ratio export/floor is what the rest of the export (reading the store, JSON, gzip,
   signing, the atomic write and read-back) costs on top of the encryption nobody can skip.
3. Import of the full bundle at the office, each run into a fresh copy of the office store (the closed store
   folder copied), so every run is the laptop's first bundle meeting an office that has never seen it. It
   takes minutes at 10,000 cases, so it runs once unless ``--full-import-runs`` says otherwise.
4. The office's answer (its acknowledgement), and the laptop taking it, which takes the closed cases off the
   laptop; once, as it changes the laptop.
5. Incremental export after editing ``--edits`` open cases (one field and a note each), and its floor.
6. Import of the incremental at the office (again into fresh copies), then re-importing a bundle already
   imported: the duplicate no-op, for the incremental and for the full bundle.

Every export run starts from a fresh copy of the laptop store too, so each run writes the same bundle (same
sequence number) and no run sees an earlier run's bookkeeping. The copying and unlocking are not timed. The OS
file cache is warm (the copy was just written), as on a laptop in use.

Why 5 log entries a case and not ``generate_store.py``'s 25: at 25 a case a 10,000-case first bundle unpacks to
about 190 MB, past what an office takes (``container.MAX_PAYLOAD``), and the run takes far longer. Taking
closed cases off the laptop (step 4) is one set-based pass now, so it grows with the rows deleted (issue 18).

The key slots use the insecure fast KDF (``SAFETYWORKER_INSECURE_FAST_KDF=1``, set by this script): the
stores are throwaway and nothing here times an unlock.
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import generate_store as gen
import pyrage

from safetyworker.keys.kdf import FAST_KDF_ENV
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import DB_NAME, Store
from safetyworker.sync import bundle_export, bundles, changes, confirmation, container, enrolment, purge
from safetyworker.sync.merge import Merger

PASSPHRASE = gen.DEFAULT_PASSPHRASE


# -- small statistics ----------------------------------------------------------------------------------


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def fmt(values: list[float]) -> str:
    """``median / p95`` in milliseconds."""
    return f"{statistics.median(values) * 1000:10.1f} / {p95(values) * 1000:10.1f}"


def line(label: str, values: list[float]) -> None:
    print(f"  {label:<58}{fmt(values)}")


class Phases:
    """Durations of named steps inside the code under test, collected by wrapping module functions."""

    def __init__(self) -> None:
        self.runs: list[dict[str, float]] = []
        self.last_result: dict[str, Any] = {}

    @contextmanager
    def run(self, wrapped: dict[str, tuple[Any, str]]) -> Iterator[dict[str, float]]:
        """Wrap ``owner.name`` for each label (the code under test is unchanged) for one run."""
        spent: dict[str, float] = dict.fromkeys(wrapped, 0.0)
        originals = []
        for label, (owner, name) in wrapped.items():
            real = getattr(owner, name)
            originals.append((owner, name, real))
            setattr(owner, name, self._wrapper(real, label, spent))
        try:
            yield spent
        finally:
            for owner, name, real in originals:
                setattr(owner, name, real)
            self.runs.append(spent)

    def _wrapper(self, real: Callable, label: str, spent: dict[str, float]) -> Callable:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                result = real(*args, **kwargs)
                self.last_result[label] = result
                return result
            finally:
                spent[label] += time.perf_counter() - started

        return wrapper

    def print(self, totals: list[float]) -> None:
        labels = list(self.runs[0])
        for label in labels:
            line(f"  of which {label}", [r[label] for r in self.runs])
        rest = [t - sum(r.values()) for t, r in zip(totals, self.runs, strict=True)]
        line("  of which the rest", rest)


class Clock:
    """Wall and CPU time of one ``with`` block, for the steps run once."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall * 1000:10.1f} ms (CPU {self.cpu * 1000:.0f} ms)"


EXPORT_PHASES = {
    "reading the changes (changes.collect)": (changes, "collect"),
    "JSON + gzip (container.pack_payload)": (container, "pack_payload"),
    "sign + age encrypt (container.seal)": (container, "seal"),
    "atomic write + read-back (bundle_export.write)": (bundle_export, "write"),
}
IMPORT_PHASES = {
    "read + header check (container.read_file)": (container, "read_file"),
    "decrypt + payload hash (container.open_bundle)": (container, "open_bundle"),
    "gunzip + JSON (container.unpack_payload)": (container, "unpack_payload"),
    "merge, in the transaction (Merger.apply_all)": (Merger, "apply_all"),
}
ANSWER_PHASES = {
    "merge (Merger.apply_all)": (Merger, "apply_all"),
    "taking cases off (purge.after_office_bundle)": (purge, "after_office_bundle"),
}


# -- the stores ----------------------------------------------------------------------------------------


def _make_stores(root: str, passphrase: str) -> str:
    """In a fresh process (``Store.create`` switches SQLCipher's memory security on for the whole process):
    an office, a worker enrolled with it, and that worker's laptop made from the enrolment. Returns the
    worker id."""
    gen.use_file_device_secret()
    folder = Path(root)
    with enrolment.create_office(folder / "office", passphrase, "Bench office") as office:
        enrolled = enrolment.enrol_worker(office, "Bench worker")
        with enrolment.create_laptop(folder / "laptop", passphrase, enrolled) as laptop:
            words = enrolment.device_fingerprint(laptop)
        assert words is not None
        confirmation.confirm(office, enrolled.worker_id, words)  # the worker read their six words out
    return enrolled.worker_id


def in_child(func: Callable, *args: Any) -> Any:
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(func, *args).result()


def fill(folder: Path, passphrase: str, cases: int, logs_per_case: int, seed: int, batch: int = 2_000) -> int:
    """Write synthetic cases into the laptop store with ``generate_store``'s generator, as its ``generate``
    does (every field stamped for sync by ``tables.insert``; memory security off for the bulk write, so this
    must run before anything in this process opens a store the app's way). Returns the log rows written."""
    synth = gen.Synth(seed)
    today = date.today()
    now = datetime.now(UTC)
    log_rows = 0
    with gen.open_store(folder, passphrase, memory_security=False) as store:
        done = 0
        while done < cases:
            size = min(batch, cases - done)
            with store.transaction() as db:
                pending: list[tuple] = []
                for _ in range(size):
                    case_id, phone_id = gen._write_case(store, synth, synth.case(today), today)
                    count = synth.rng.randint(logs_per_case // 2, logs_per_case + logs_per_case // 2)
                    pending += gen._log_rows(store, synth, case_id, phone_id, count, now)
                db.executemany(gen._LOG_SQL, pending)
                log_rows += len(pending)
            done += size
    return log_rows


def fresh_copy(master: Path, scratch: Path, name: str) -> Path:
    """A copy of a closed store folder (database, key slots, device secret)."""
    target = scratch / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(master, target)
    return target


def edit_cases(store: Store, count: int) -> int:
    """The everyday work of a few days: ``count`` open cases each get a field changed and a note, through
    the app's service. Returns how many were edited."""
    service = CaseService(store)
    ids = [
        r[0]
        for r in store.db.execute(
            "SELECT id FROM case_record WHERE status != 'closed' AND deleted_hlc IS NULL ORDER BY id LIMIT ?",
            (count,),
        )
    ]
    for n, case_id in enumerate(ids):
        service.update(case_id, {"locality": f"Moved {n}"})
        service.append_note(case_id, "Rang back; plan reviewed.")
    return len(ids)


# -- the measurements ----------------------------------------------------------------------------------


def time_exports(master: Path, scratch: Path, runs: int, label: str) -> tuple[list[float], Phases, Path, Path, bytes]:
    """``runs`` exports to the office, each from a fresh copy of ``master``. Returns the timings, the phase
    split, the last copy (the laptop as it is after sending), its bundle, and the packed payload."""
    phases = Phases()
    totals: list[float] = []
    copy = bundle = Path()
    for run in range(runs):
        copy = fresh_copy(master, scratch, f"{label}-laptop")
        bundle = scratch / f"{label}.age"
        bundle.unlink(missing_ok=True)
        with Store.unlock(copy, PASSPHRASE) as store, phases.run(EXPORT_PHASES):
            started = time.perf_counter()
            bundles.export_to_office(store, bundle)
            totals.append(time.perf_counter() - started)
        if run < runs - 1:
            shutil.rmtree(copy)
    packed = phases.last_result["JSON + gzip (container.pack_payload)"]
    return totals, phases, copy, bundle, packed


def time_floor(packed: bytes, recipient: str, runs: int) -> list[float]:
    target = [pyrage.x25519.Recipient.from_str(recipient)]
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        pyrage.encrypt(packed, target)
        out.append(time.perf_counter() - started)
    return out


def time_imports(master: Path, scratch: Path, bundle: Path, runs: int, label: str) -> tuple[list[float], Phases, Path]:
    """``runs`` imports of ``bundle``, each into a fresh copy of the closed store ``master``. Returns the
    timings, the phase split and the last copy (the store with the bundle applied)."""
    phases = Phases()
    totals: list[float] = []
    copy = Path()
    for run in range(runs):
        copy = fresh_copy(master, scratch, f"{label}-store")
        with Store.unlock(copy, PASSPHRASE) as store, phases.run(IMPORT_PHASES):
            started = time.perf_counter()
            result = bundles.import_bundle(store, bundle)
            totals.append(time.perf_counter() - started)
        if result.status != "applied":
            raise SystemExit(f"the {label} bundle was not applied ({result.status}); the figures would mislead")
        if run < runs - 1:
            shutil.rmtree(copy)
    return totals, phases, copy


def time_duplicates(folder: Path, bundle: Path, runs: int) -> list[float]:
    out = []
    with Store.unlock(folder, PASSPHRASE) as store:
        for _ in range(runs):
            started = time.perf_counter()
            result = bundles.import_bundle(store, bundle)
            out.append(time.perf_counter() - started)
            if result.status != "duplicate":
                raise SystemExit("a re-import was not recognised as a duplicate; the figures would mislead")
    return out


def sizes(label: str, bundle: Path, packed: bytes) -> None:
    raw = len(gzip.decompress(packed))
    print(
        f"  {label}: file {bundle.stat().st_size / 1e6:.2f} MB; operations as JSON {raw / 1e6:.2f} MB, "
        f"gzipped {len(packed) / 1e6:.2f} MB ({raw / len(packed):.1f}x)"
    )


def op_counts(packed: bytes) -> dict[str, int]:
    counts: dict[str, int] = {}
    for op in container.unpack_payload(packed, "bundle")["ops"]:
        counts[op["t"]] = counts.get(op["t"], 0) + 1
    return counts


def ops_line(counts: dict[str, int]) -> str:
    return f"{sum(counts.values())} operations (" + ", ".join(f"{t} {n}" for t, n in sorted(counts.items())) + ")"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=10_000, help="cases on the laptop")
    parser.add_argument("--logs-per-case", type=int, default=5, help="average contact log entries a case")
    parser.add_argument("--runs", type=int, default=5, help="runs of each figure (median and p95 printed)")
    parser.add_argument(
        "--full-import-runs",
        type=int,
        default=1,
        help="runs of the full import at the office (each takes minutes at 10,000 cases; default 1)",
    )
    parser.add_argument("--edits", type=int, default=50, help="open cases edited before the incremental export")
    parser.add_argument("--seed", type=int, default=20261101)
    args = parser.parse_args(argv)
    if min(args.runs, args.cases, args.full_import_runs) < 1:
        parser.error("--runs, --full-import-runs and --cases must be at least 1")
    os.environ[FAST_KDF_ENV] = "1"  # read at each use, and inherited by the child process; see the docstring
    gen.use_file_device_secret()
    print("Stores use SAFETYWORKER_INSECURE_FAST_KDF=1 (throwaway bench stores; no figure here times an unlock).")
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start; "
        f"{args.runs} runs of each figure unless said."
    )

    scratch = Path(tempfile.mkdtemp(prefix="sw-bench-sync-"))
    try:
        started = time.perf_counter()
        worker_id = in_child(_make_stores, str(scratch), PASSPHRASE)
        office0, laptop0 = scratch / "office", scratch / "laptop"
        log_rows = fill(laptop0, PASSPHRASE, args.cases, args.logs_per_case, args.seed)
        db_mb = (laptop0 / DB_NAME).stat().st_size / 1e6
        print(
            f"Laptop filled: {args.cases} cases, {log_rows} contact log rows, {db_mb:.1f} MB database "
            f"({time.perf_counter() - started:.1f} s, not part of any figure)."
        )
        print(f"\nFigures in ms: median / p95 (with {args.runs} runs the p95 is the slowest run)")

        # 1-2. full export and its floor
        full_t, full_ph, laptop1, full_bundle, full_packed = time_exports(laptop0, scratch, args.runs, "full")
        with Store.unlock(laptop1, PASSPHRASE) as store:
            recipient = bundles.office_peer(store)["age_recipient"]
        full_counts = op_counts(full_packed)
        full_floor = time_floor(full_packed, recipient, args.runs)
        print(f"\nFull export (the laptop's first bundle): {ops_line(full_counts)}")
        sizes("sizes", full_bundle, full_packed)
        line("bundles.export_to_office", full_t)
        full_ph.print(full_t)
        line("floor: pyrage.encrypt of the same packed operations", full_floor)
        print(f"  ratio export/floor: {statistics.median(full_t) / statistics.median(full_floor):.1f}")

        # 3. the full bundle at the office
        imp_t, imp_ph, office1 = time_imports(office0, scratch, full_bundle, args.full_import_runs, "office-full")
        print(
            f"\nImport of the full bundle at the office ({args.full_import_runs} run(s), a fresh copy of the office "
            "store each)"
        )
        line("bundles.import_bundle", imp_t)
        imp_ph.print(imp_t)
        dup_full = time_duplicates(office1, full_bundle, args.runs)
        line("re-import of the same full bundle (duplicate, no-op)", dup_full)

        # 4. the office's acknowledgement, taken by the laptop
        answer = scratch / "answer.age"
        with Store.unlock(office1, PASSPHRASE) as store, Clock() as answer_export:
            sent = bundles.export_to_worker(store, worker_id, answer)
        answer_phases = Phases()
        with (
            Store.unlock(laptop1, PASSPHRASE) as store,
            answer_phases.run(ANSWER_PHASES) as spent,
            Clock() as answer_import,
        ):
            taken = bundles.import_bundle(store, answer)
        with Store.unlock(laptop1, PASSPHRASE) as store:
            edited = edit_cases(store, args.edits)
        print("\nThe office's answer, with its acknowledgement (1 run each: the laptop changes)")
        print(
            f"  office: bundle export --to WORKER                         {answer_export}; "
            f"{sent.size / 1e6:.2f} MB, {ops_line(sent.counts)}"
        )
        print(f"  laptop: bundle import of it                               {answer_import}")
        for label, seconds in spent.items():
            print(f"    of which {label:<48}{seconds * 1000:10.1f} ms")
        print(f"    ({taken.purged_cases} closed cases taken off the laptop, the office holding all of them)")

        # 5-6. incremental export, import, duplicate
        inc_t, inc_ph, _laptop2, inc_bundle, inc_packed = time_exports(laptop1, scratch, args.runs, "incremental")
        inc_counts = op_counts(inc_packed)
        inc_floor = time_floor(inc_packed, recipient, args.runs)
        print(f"\nIncremental export after editing {edited} cases: {ops_line(inc_counts)}")
        sizes("sizes", inc_bundle, inc_packed)
        line("bundles.export_to_office", inc_t)
        inc_ph.print(inc_t)
        line("floor: pyrage.encrypt of the same packed operations", inc_floor)
        print(f"  ratio export/floor: {statistics.median(inc_t) / statistics.median(inc_floor):.1f}")

        inc_imp_t, inc_imp_ph, office2 = time_imports(office1, scratch, inc_bundle, args.runs, "office-incremental")
        print("\nImport of the incremental bundle at the office (fresh copy each run)")
        line("bundles.import_bundle", inc_imp_t)
        inc_imp_ph.print(inc_imp_t)
        line(
            "re-import of the same incremental bundle (duplicate, no-op)",
            time_duplicates(office2, inc_bundle, args.runs),
        )
        line("re-import of the full bundle again (duplicate, no-op)", time_duplicates(office2, full_bundle, args.runs))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
