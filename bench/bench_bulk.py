"""Sync and writes at office scale (issue 18): each row against its floor, measured in the same run.

Run from the repository root (or ``make bench``):

    .venv/bin/python bench/bench_bulk.py                    # 10,000 cases, 5 interleaved runs of each row
    .venv/bin/python bench/bench_bulk.py --cases 2000 --runs 7

Rows (the issue's table), each printed as median, min and max (``harness.py``):

1. Full bundle export / read floor. The laptop's first bundle (``bundles.export_to_office``, every case it
   holds) against the read floor: a plain ``SELECT`` of every row that bundle carries (the records of every
   synced table and their field stamps) through the same SQLCipher connection, ``json.dumps`` of the rows,
   gzip at the level bundles use, and pyrage encryption to the office. Goal: ratio <= 2.
2. Full first import at the office / write floor. That bundle imported into a fresh copy of the office store
   (``bundles.import_bundle``: every check before decrypting, the sender's authority, every value's
   stored_check, the merge, the audit, one transaction) against the write floor: ``executemany`` of the same
   rows (records and field stamps) into a fresh copy of the same office store, in one transaction. Goal: 3.
3. Adding 1,000 cases, at the office holding the whole caseload: ``safetyworker case add FILE`` of a JSON list,
   and ``safetyworker case import-csv FILE`` of the same rows (run in this process through
   ``safetyworker.cli.main``, unlock included, the fast test KDF), each against the write floor of the rows it
   wrote (records and field stamps, ``executemany`` into a fresh copy, one transaction). Goal: ratio <= 10.
4. The laptop taking the office's answer: its acknowledgement lets the closed cases (a fifth of the caseload)
   go. The purge (``purge.after_office_bundle``, inside the import) and the whole import are printed; goal:
   linear in the caseload, <= 5 s. ``--purge-sizes`` adds the purge at smaller caseloads, to see it grow.

The stores are real ones, made the app's way: an office (``enrolment.create_office``), a worker enrolled with
it and that worker's laptop (``enrolment.create_laptop``), the laptop filled with ``generate_store.py``'s
synthetic cases (5 contact log entries a case on average). Every timed run starts from a fresh copy of a
closed store folder (copy and unlock are not timed). Key slots use the insecure fast KDF
(``SAFETYWORKER_INSECURE_FAST_KDF=1``): the stores are throwaway and nothing here times a key derivation.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gzip
import io
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import bench_sync as bs
import generate_store as gen
import harness
import pyrage

from safetyworker.cli import main as cli
from safetyworker.keys.kdf import FAST_KDF_ENV
from safetyworker.records.csv_import import read_cases_csv
from safetyworker.records.model import Case
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store
from safetyworker.sync import bundles, changes, container

PASSPHRASE = gen.DEFAULT_PASSPHRASE
ROWS = ("export", "import", "purge", "add")
Rows = list[tuple[str, list[str], list[tuple[Any, ...]]]]  # (table, columns, rows)


# -- the rows a bundle carries, and the floors ----------------------------------------------------------


def read_rows(store: Store, stamp_where: str = "", params: tuple[Any, ...] = ()) -> Rows:
    """Every synced record and field stamp (or only the stamps ``stamp_where`` picks, and their records)."""
    out: Rows = []
    if stamp_where:
        store.db.execute("CREATE TEMP TABLE IF NOT EXISTS bench_ids (tbl TEXT, id TEXT)")
        store.db.execute("DELETE FROM bench_ids")
        store.db.execute(
            f"INSERT INTO bench_ids SELECT DISTINCT tbl, record_id FROM field_stamp WHERE {stamp_where}", params
        )
    for table in changes.SYNCED:
        cur = store.db.execute(
            f"SELECT * FROM {table}"
            + (f" WHERE id IN (SELECT id FROM bench_ids WHERE tbl = '{table}')" if stamp_where else "")
        )
        out.append((table, [d[0] for d in cur.description], cur.fetchall()))
    cur = store.db.execute("SELECT * FROM field_stamp" + (f" WHERE {stamp_where}" if stamp_where else ""), params)
    out.append(("field_stamp", [d[0] for d in cur.description], cur.fetchall()))
    return out


def read_floor(store: Store, recipient: str) -> float:
    """SELECT of every row a full export carries, json.dumps, gzip at the bundles' level, age encryption."""
    target = [pyrage.x25519.Recipient.from_str(recipient)]
    started = time.perf_counter()
    rows = []
    for table in (*changes.SYNCED, "field_stamp"):
        rows.append(store.db.execute(f"SELECT * FROM {table}").fetchall())
    packed = gzip.compress(json.dumps(rows).encode("utf-8"), compresslevel=container.GZIP_LEVEL, mtime=0)
    pyrage.encrypt(packed, target)
    return time.perf_counter() - started


def write_floor(store: Store, rows: Rows) -> float:
    """executemany of ``rows`` into ``store``, one transaction."""
    started = time.perf_counter()
    with store.transaction() as db:
        for table, names, values in rows:
            if values:
                db.executemany(
                    f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _n in names)})", values
                )
    return time.perf_counter() - started


# -- 1,000 new cases, as a spreadsheet and as the JSON list case add takes --------------------------------

CSV_COLUMNS = (
    "preferred_name",
    "legal_name",
    "pronouns",
    "date_of_birth",
    "languages",
    "locality",
    "status",
    "allocated_worker",
    "safe_to_visit",
    "referral_source",
    "referral_date",
    "phone",
    "phone_kind",
    "ask_for",
    "if_someone_else_answers",
    "code_word",
    "safe_windows",
    "children",
    "harm_name",
    "harm_relationship",
    "harm_custody_status",
    "programme_name",
    "programme_start_date",
)


def _csv_row(case: Case) -> list[str]:
    method = case.contact_methods[0]
    person = case.person_causing_harm
    assert person is not None and person.programme is not None
    windows = "; ".join(
        f"{','.join(w.days)} {w.start.strftime('%H:%M')}-{w.end.strftime('%H:%M')}" for w in method.safe_windows
    )
    children = "; ".join(f"{c.name} ({c.age})" for c in case.children)
    return [
        case.preferred_name,
        case.legal_name,
        case.pronouns,
        case.date_of_birth.isoformat() if case.date_of_birth else "",
        "; ".join(case.languages),
        case.locality,
        "active",
        case.allocated_worker,
        "yes" if case.safe_to_visit else "no",
        case.referral_source,
        case.referral_date.isoformat() if case.referral_date else "",
        method.value,
        method.kind,
        method.ask_for,
        method.if_someone_else_answers,
        method.code_word,
        windows,
        children,
        person.name,
        person.relationship,
        person.custody_status,
        person.programme.name,
        person.programme.start_date.isoformat() if person.programme.start_date else "",
    ]


def new_cases_files(folder: Path, store_folder: Path, count: int, seed: int) -> tuple[Path, Path]:
    """``count`` new people (none a duplicate of an open case there) as CSV, and the same rows as JSON."""
    synth = gen.Synth(seed)
    today = date.today()
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    for _n in range(count * 2):
        writer.writerow(_csv_row(synth.case(today)))
    good, problems = read_cases_csv(text.getvalue().encode("utf-8"))
    if problems:
        raise SystemExit(f"the synthetic spreadsheet has problems: {problems[:3]}")
    with Store.unlock(store_folder, PASSPHRASE) as store:
        found = CaseService(store).duplicates([Case.from_json(doc) for _line, doc in good])
    kept = [doc for (_line, doc), dup in zip(good, found, strict=True) if dup is None][:count]
    lines = text.getvalue().splitlines()
    kept_lines = [lines[0]] + [lines[line - 1] for (line, _doc), dup in zip(good, found, strict=True) if dup is None]
    csv_file, json_file = folder / "new-cases.csv", folder / "new-cases.json"
    csv_file.write_text("\n".join(kept_lines[: count + 1]) + "\n", encoding="utf-8")
    json_file.write_text(json.dumps(kept), encoding="utf-8")
    return csv_file, json_file


def run_cli(*argv: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(list(argv))
    if code != 0:
        raise SystemExit(f"safetyworker {' '.join(argv)} failed (exit {code}); the figures would mislead")


# -- the rows ---------------------------------------------------------------------------------------------


class Bench:
    def __init__(self, scratch: Path, runs: int) -> None:
        self.scratch = scratch
        self.runs = runs

    def copy(self, master: Path, name: str) -> Path:
        return bs.fresh_copy(master, self.scratch, name)

    def export_row(self, laptop0: Path) -> tuple[Path, Path]:
        """Row 1. Returns the laptop after its export, and the bundle."""
        bundle = self.scratch / "full.age"
        floor_copy = self.copy(laptop0, "floor-laptop")
        floor_store = Store.unlock(floor_copy, PASSPHRASE)
        recipient = bundles.office_peer(floor_store)["age_recipient"]
        after = Path()
        ops = 0

        def export() -> float:
            nonlocal after, ops
            after = self.copy(laptop0, "export-laptop")
            bundle.unlink(missing_ok=True)
            with Store.unlock(after, PASSPHRASE) as store:
                started = time.perf_counter()
                result = bundles.export_to_office(store, bundle)
                spent = time.perf_counter() - started
            ops = sum(result.counts.values())
            return spent

        try:
            target, floor = harness.interleaved(
                self.runs,
                {"bundles.export_to_office": export, "read floor": lambda: read_floor(floor_store, recipient)},
            )
        finally:
            floor_store.close()
        harness.ratio_row(f"Full bundle export / read floor ({ops} operations)", target, floor, 2.0)
        return after, bundle

    def import_row(self, office0: Path, laptop0: Path, bundle: Path) -> Path:
        """Row 2. Returns the office after the import."""
        with Store.unlock(self.copy(laptop0, "rows-laptop"), PASSPHRASE) as store:
            rows = read_rows(store)
        after = Path()

        def take() -> float:
            nonlocal after
            after = self.copy(office0, "import-office")
            with Store.unlock(after, PASSPHRASE) as store:
                started = time.perf_counter()
                result = bundles.import_bundle(store, bundle)
                spent = time.perf_counter() - started
            if result.status != "applied":
                raise SystemExit(f"the full bundle was not applied ({result.status}); the figures would mislead")
            return spent

        def floor() -> float:
            with Store.unlock(self.copy(office0, "floor-office"), PASSPHRASE) as store:
                return write_floor(store, rows)

        target, floor_fig = harness.interleaved(self.runs, {"bundles.import_bundle": take, "write floor": floor})
        n = sum(len(r) for _t, _c, r in rows)
        harness.ratio_row(f"Full first import at the office / write floor ({n} rows)", target, floor_fig, 3.0)
        return after

    def add_rows(self, office: Path, cases: int, seed: int) -> None:
        """Row 3, for ``case add`` and ``case import-csv``."""
        csv_file, json_file = new_cases_files(self.scratch, office, cases, seed)
        os.environ["SAFETYWORKER_PASSPHRASE"] = PASSPHRASE
        with Store.unlock(office, PASSPHRASE) as store:
            mark = store.db.execute("SELECT max(hlc) FROM field_stamp").fetchone()[0] or ""
        written: dict[str, Rows] = {}

        def adder(label: str, *argv: str) -> Callable[[], float]:
            def run() -> float:
                target = self.copy(office, "add-office")
                spent = harness.timed(lambda: run_cli("--store", str(target), *argv))
                if label not in written:
                    with Store.unlock(target, PASSPHRASE) as store:
                        written[label] = read_rows(store, "hlc > ?", (mark,))
                return spent

            return run

        def floor(label: str) -> Callable[[], float]:
            def run() -> float:
                with Store.unlock(self.copy(office, "add-floor"), PASSPHRASE) as store:
                    return write_floor(store, written[label])

            return run

        figures = harness.interleaved(
            self.runs,
            {
                "safetyworker case add FILE.json": adder("add", "case", "add", str(json_file)),
                "write floor (its rows)": floor("add"),
                "safetyworker case import-csv FILE.csv": adder("csv", "case", "import-csv", str(csv_file)),
                "write floor (its rows) ": floor("csv"),
            },
        )
        n = sum(len(r) for _t, _c, r in written["add"])
        harness.ratio_row(f"Adding {cases} cases by case add / write floor ({n} rows)", figures[0], figures[1], 10.0)
        harness.ratio_row(f"Adding {cases} cases by CSV import / write floor", figures[2], figures[3], 10.0)

    def purge_row(self, office: Path, laptop: Path, worker_id: str, label: str = "") -> None:
        """Row 4: the laptop takes the office's answer; the closed cases go."""
        answer = self.scratch / "answer.age"
        answer.unlink(missing_ok=True)
        with Store.unlock(office, PASSPHRASE) as store:
            bundles.export_to_worker(store, worker_id, answer)
        phases = bs.Phases()
        purged = 0

        def take() -> float:
            nonlocal purged
            target = self.copy(laptop, "answer-laptop")
            with Store.unlock(target, PASSPHRASE) as store, phases.run(bs.ANSWER_PHASES):
                result = bundles.import_bundle(store, answer)
            purged = result.purged_cases
            return phases.runs[-1]["taking cases off (purge.after_office_bundle)"]

        (figure,) = harness.interleaved(self.runs, {"purge.after_office_bundle": take})
        with Store.unlock(laptop, PASSPHRASE) as store:
            held = store.db.execute("SELECT count(*) FROM case_record").fetchone()[0]
        per_case = figure.median / max(purged, 1) * 1000
        harness.absolute_row(
            f"Laptop purge after the office's answer{label} ({purged} closed cases of {held})",
            figure,
            5.0,
            note=f"{per_case:.2f} ms a purged case",
        )


def make_laptop(scratch: Path, cases: int, logs: int, seed: int) -> tuple[str, Path, Path]:
    worker_id = bs.in_child(bs._make_stores, str(scratch), PASSPHRASE)
    office0, laptop0 = scratch / "office", scratch / "laptop"
    bs.fill(laptop0, PASSPHRASE, cases, logs, seed)
    return worker_id, office0, laptop0


def _purge_at(size: int, logs: int, seed: int, runs: int) -> None:
    """In a child process: a smaller caseload's purge, for the growth."""
    os.environ[FAST_KDF_ENV] = "1"
    gen.use_file_device_secret()
    scratch = Path(tempfile.mkdtemp(prefix="sw-bench-purge-"))
    try:
        worker_id, office0, laptop0 = make_laptop(scratch, size, logs, seed)
        bench = Bench(scratch, runs)
        laptop1, bundle = bench_export_once(bench, laptop0)
        office1 = bench.copy(office0, "office1")
        with Store.unlock(office1, PASSPHRASE) as store:
            bundles.import_bundle(store, bundle)
        bench.purge_row(office1, laptop1, worker_id, f" at {size} cases")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def bench_export_once(bench: Bench, laptop0: Path) -> tuple[Path, Path]:
    laptop = bench.copy(laptop0, "laptop1")
    bundle = bench.scratch / "full-once.age"
    with Store.unlock(laptop, PASSPHRASE) as store:
        bundles.export_to_office(store, bundle)
    return laptop, bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=10_000, help="cases on the laptop (and then at the office)")
    parser.add_argument("--logs-per-case", type=int, default=5, help="average contact log entries a case")
    parser.add_argument("--runs", type=int, default=5, help="interleaved runs of each row (at least 5 for the issue)")
    parser.add_argument("--new-cases", type=int, default=1000, help="cases added by case add and import-csv")
    parser.add_argument(
        "--purge-sizes", type=int, nargs="*", default=[], help="also the purge at these caseloads (its growth)"
    )
    parser.add_argument(
        "--rows",
        nargs="*",
        choices=ROWS,
        default=list(ROWS),
        help="only these rows (the export always runs: the others start from its bundle)",
    )
    parser.add_argument("--seed", type=int, default=20261101)
    args = parser.parse_args(argv)
    if min(args.runs, args.cases, args.new_cases) < 1:
        parser.error("--runs, --cases and --new-cases must be at least 1")
    os.environ[FAST_KDF_ENV] = "1"
    gen.use_file_device_secret()
    print("Stores use SAFETYWORKER_INSECURE_FAST_KDF=1 (throwaway bench stores; no figure times a key derivation).")
    harness.header(args.runs)
    for size in args.purge_sizes:
        bs.in_child(_purge_at, size, args.logs_per_case, args.seed, args.runs)
    scratch = Path(tempfile.mkdtemp(prefix="sw-bench-bulk-"))
    try:
        started = time.perf_counter()
        worker_id, office0, laptop0 = make_laptop(scratch, args.cases, args.logs_per_case, args.seed)
        print(f"Laptop filled with {args.cases} cases ({time.perf_counter() - started:.0f} s, not timed).")
        bench = Bench(scratch, args.runs)
        laptop1, bundle = bench.export_row(laptop0)
        if "import" in args.rows:
            office1 = bench.import_row(office0, laptop0, bundle)
        else:
            office1 = bench.copy(office0, "office-once")
            with Store.unlock(office1, PASSPHRASE) as store:
                bundles.import_bundle(store, bundle)
        office1 = bench.copy(office1, "office-held")  # the next rows copy it; keep one aside
        if "purge" in args.rows:
            bench.purge_row(office1, laptop1, worker_id)
        if "add" in args.rows:
            bench.add_rows(office1, args.new_cases, args.seed + 1)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    harness.footer()
    return 0


if __name__ == "__main__":
    sys.exit(main())
