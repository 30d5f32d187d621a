"""How fast a big store unlocks and searches, and what the encryption costs against plain SQLite.

Run from the repository root:

    .venv/bin/python bench/bench_store.py --cases 10000               # generates a store in a temp folder
    .venv/bin/python bench/bench_store.py --store /tmp/sw-bench-store  # a store from bench/generate_store.py
    .venv/bin/python bench/bench_store.py --cases 2000 --investigate   # also the variants that explain a gap

It prints figures; it passes or fails nothing. Do not set SAFETYWORKER_INSECURE_FAST_KDF: the unlock figure is
only worth having with the real Argon2id parameters.

1. Unlock (``Store.unlock``, the app's own code) split into the Argon2id of the everyday slot, the SQLCipher
   open (connect, key, verify, pragmas) and the migrations check; median and p95 over ``--runs`` unlocks.
2. Case search through ``CaseService.search(text, field=...)`` by name, by locality and by phone number, on
   the encrypted store opened with the app's ``connection.connect`` and on a plain SQLite copy opened with the
   same driver and pragmas. Both run the very same search code: ``CaseService`` only needs an object with a
   ``db`` connection. "Cold" is the first query on a fresh connection (SQLite's cache empty; the OS file cache
   is warm, as on a laptop that just unlocked); "warm" is every later query.
3. The issue-18 row: the same warm searches with both stores open in one process, each query on SQLCipher and
   then on the plain copy in turn, so that load coming and going on a shared machine hits both alike.

SQLCipher's ``cipher_memory_security`` is process-wide and cannot be switched off once on, so each variant is
measured in a fresh child process. The plain copy holds the data unencrypted: it lives in a temporary folder
that is removed in a ``finally``, even when the benchmark fails.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import generate_store as gen
import sqlcipher3

import safetyworker.keys.kdf as kdf_module
from safetyworker.services.cases import CaseService
from safetyworker.store import connection, migrations
from safetyworker.store.vault import DB_NAME, Store

KINDS = ("name", "locality", "phone", "any")
GOAL_RATIO = 1.2  # issue 18: search on SQLCipher against the same data in plain SQLite


# -- small statistics ----------------------------------------------------------------------------------


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def fmt(values: list[float], unit: float = 1000.0) -> str:
    """``median / p95`` in milliseconds."""
    return f"{statistics.median(values) * unit:8.2f} / {p95(values) * unit:8.2f}"


# -- 1. unlock -----------------------------------------------------------------------------------------


@contextmanager
def _timed(module: Any, name: str, sink: list[float]):
    """Wrap ``module.name`` so each call adds its duration to ``sink`` (the code under test is unchanged)."""
    real = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            sink.append(time.perf_counter() - started)

    setattr(module, name, wrapper)
    try:
        yield
    finally:
        setattr(module, name, real)


def bench_unlock(folder: Path, passphrase: str, runs: int) -> None:
    if kdf_module.fast_mode():
        print("WARNING: SAFETYWORKER_INSECURE_FAST_KDF is set; the KDF figure means nothing.")
    totals, kdfs, opens, migrates = [], [], [], []
    for _ in range(runs):
        kdf_calls: list[float] = []
        open_calls: list[float] = []
        migrate_calls: list[float] = []
        with (
            _timed(kdf_module, "derive", kdf_calls),
            _timed(connection, "connect", open_calls),
            _timed(migrations, "migrate", migrate_calls),
        ):
            started = time.perf_counter()
            store = Store.unlock(folder, passphrase)
            totals.append(time.perf_counter() - started)
        store.close()
        if store.recovered or len(kdf_calls) != 1:
            raise SystemExit("the unlock went through the recovery slot; the figures would mislead")
        kdfs.append(kdf_calls[0])
        opens.append(sum(open_calls))
        migrates.append(sum(migrate_calls))
    params = kdf_module.everyday_params()
    others = [t - k - o - m for t, k, o, m in zip(totals, kdfs, opens, migrates, strict=True)]
    print(f"\nUnlock ({runs} runs)                                median / p95 ms")
    print(f"  whole Store.unlock                               {fmt(totals)}")
    print(
        f"  KDF: Argon2id everyday slot (m={params.memory_kib // 1024} MiB, t={params.time_cost}, "
        f"p={params.parallelism})   {fmt(kdfs)}"
    )
    print(f"  open: SQLCipher connect, key, verify, pragmas    {fmt(opens)}")
    print(f"  open: migrations check                           {fmt(migrates)}")
    print(f"  rest: key file, device secret, unwrap, meta      {fmt(others)}")


# -- 2. search -----------------------------------------------------------------------------------------


@dataclass
class SearchTarget:
    """What ``CaseService.search`` needs of a store: a connection, and a transaction for the audit entry every
    search writes (docs/audit.md: how many were shown, never the query). Lets the plain copy run the same code."""

    db: sqlcipher3.Connection
    store_id: str = "bench"
    device_id: str = "bench"
    timezone: str = "Europe/London"

    @contextmanager
    def transaction(self) -> Any:
        """As ``Store.transaction``: all or nothing (the app's also keeps its clock; a search moves no clock)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")


def build_queries(store: Store, count: int, seed: int) -> dict[str, list[str]]:
    """A deterministic mix of what people type, drawn from open cases (closed ones are not searched by
    default): name prefixes, localities (whole and begun), phone digits (a whole national number, its last
    six digits, a run from the middle)."""
    rng = random.Random(seed)
    db = store.db
    open_cases = "FROM case_record c WHERE c.status != 'closed' AND c.deleted_hlc IS NULL"
    names = [r[0] for r in db.execute(f"SELECT preferred_name {open_cases} ORDER BY id")]
    legal = [r[0] for r in db.execute(f"SELECT legal_name {open_cases} AND legal_name != '' ORDER BY id")]
    places = sorted({r[0] for r in db.execute(f"SELECT locality {open_cases} AND locality != ''")})
    phones = [
        r[0]
        for r in db.execute(
            "SELECT m.value FROM contact_method m JOIN case_record c ON c.id = m.case_id "
            "WHERE m.kind IN ('mobile', 'landline') AND c.status != 'closed' ORDER BY m.id"
        )
    ]
    queries: dict[str, list[str]] = {k: [] for k in KINDS}
    mixed = ("name", "locality", "phone")
    for i in range(count):
        if i % 3 == 2 and legal:
            surname = rng.choice(legal).split()[-1]
            queries["name"].append(surname[: rng.randint(3, len(surname))])
        else:
            name = rng.choice(names)
            queries["name"].append(name[: rng.randint(2, max(2, len(name)))])
        place = rng.choice(places)
        queries["locality"].append(place if i % 2 else place[: rng.randint(3, max(3, len(place)))])
        national = "0" + rng.choice(phones)[3:]
        queries["phone"].append(
            (f"{national[:5]} {national[5:]}", national[-6:], national[3 : 3 + rng.randint(5, 7)])[i % 3]
        )
        # "any": what the desktop's search box sends, one of the three kinds of text in turn
        queries["any"].append(queries[mixed[i % 3]][-1])
    return queries


def _search(target: SearchTarget, kind: str, text: str) -> float:
    service = CaseService(target)  # type: ignore[arg-type]  # duck-typed: search uses .db and .transaction
    started = time.perf_counter()
    service.search(text, field=kind)
    return time.perf_counter() - started


def _open_variant(variant: str, paths: dict[str, str], passphrase: str) -> Callable[[], sqlcipher3.Connection]:
    """A function opening a fresh connection for one variant (the data key is unwrapped once, untimed)."""
    folder, plain = Path(paths["store"]), Path(paths["plain"])
    key = gen.data_key(folder, passphrase) if variant.startswith("sqlcipher") else None
    if variant == "sqlcipher":  # the app's own open: connection.connect, memory security on
        return lambda: connection.connect(folder / DB_NAME, key)
    if variant == "sqlcipher, memory security off":
        return lambda: gen.open_connection(folder / DB_NAME, key, memory_security=False)
    if variant == "sqlcipher, 16 KiB pages":
        return lambda: gen.open_connection(Path(paths["enc16k"]), key, memory_security=True, page_size=16384)
    if variant == "plain":
        return lambda: gen.open_connection(plain, None, memory_security=False)
    if variant == "plain, memory security on":
        return lambda: gen.open_connection(plain, None, memory_security=True)
    raise ValueError(variant)


def _read_syscalls() -> int | None:
    """Read system calls made so far by this process (Linux), to show whether warm queries touch the file."""
    try:
        with open("/proc/self/io") as f:
            return int(dict(line.split(": ") for line in f.read().splitlines())["syscr"])
    except (OSError, KeyError, ValueError):
        return None


def run_variant(
    variant: str, paths: dict[str, str], passphrase: str, queries: dict, repeats: int, cold: int
) -> dict[str, Any]:
    """In a fresh process: cold and warm timings (seconds) for each kind of search.

    A warm query's figure is the fastest of ``repeats`` runs: the machine is shared, and the minimum is the
    figure least disturbed by other work (every variant is treated alike).
    """
    gen.use_file_device_secret()
    opener = _open_variant(variant, paths, passphrase)
    result: dict[str, Any] = {"cold": {}, "warm": {}}
    for kind in KINDS:
        samples = []
        for text in queries[kind][:cold]:
            conn = opener()
            try:
                samples.append(_search(SearchTarget(conn), kind, text))
            finally:
                conn.close()
        result["cold"][kind] = samples
    conn = opener()
    try:
        target = SearchTarget(conn)
        for kind in KINDS:  # warm-up: one pass over every query
            for text in queries[kind]:
                _search(target, kind, text)
        before = _read_syscalls()
        for kind in KINDS:
            result["warm"][kind] = [min(_search(target, kind, text) for _ in range(repeats)) for text in queries[kind]]
        after = _read_syscalls()
        runs = repeats * sum(len(queries[kind]) for kind in KINDS)
        result["reads_per_warm_query"] = None if before is None else (after - before) / runs
    finally:
        conn.close()
    return result


def run_interleaved(paths: dict[str, str], passphrase: str, queries: dict, repeats: int) -> dict[str, dict]:
    """In a fresh process, both stores open at once: each warm query on SQLCipher and then on the plain copy,
    in turn, the fastest of ``repeats`` each (seconds). Load that comes and goes on a shared machine then hits
    both alike, where variants in separate processes a minute apart can differ by 2x. Memory security is as
    the store's setting says, for both (it is process-wide)."""
    gen.use_file_device_secret()
    openers = {v: _open_variant(v, paths, passphrase) for v in ("sqlcipher", "plain")}
    conns = {v: opener() for v, opener in openers.items()}
    try:
        targets = {v: SearchTarget(conn) for v, conn in conns.items()}
        for target in targets.values():  # warm-up: one pass over every query
            for kind in KINDS:
                for text in queries[kind]:
                    _search(target, kind, text)
        result: dict[str, dict] = {v: {k: [] for k in KINDS} for v in targets}
        for kind in KINDS:
            for text in queries[kind]:
                best = {v: float("inf") for v in targets}
                for _ in range(repeats):
                    for v, target in targets.items():
                        best[v] = min(best[v], _search(target, kind, text))
                for v in targets:
                    result[v][kind].append(best[v])
        return result
    finally:
        for conn in conns.values():
            conn.close()


def in_child(func: Callable, *args: Any) -> Any:
    """Run ``func`` in a brand-new interpreter (SQLCipher's process-wide settings start clean)."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(func, *args).result()


def export_plain(store: Store, target: Path) -> None:
    """An unencrypted copy of the whole database, made with SQLCipher's own export."""
    path = str(target).replace("'", "''")
    store.db.execute(f"ATTACH DATABASE '{path}' AS plain KEY ''")
    try:
        store.db.execute("SELECT sqlcipher_export('plain')").fetchone()
    finally:
        store.db.execute("DETACH DATABASE plain")


def export_encrypted(store: Store, target: Path, key: bytes, page_size: int) -> None:
    """An encrypted copy with another page size (same key), to see what page size does to the cost."""
    path = str(target).replace("'", "''")
    store.db.execute(f"ATTACH DATABASE '{path}' AS other KEY \"x'{key.hex()}'\"")
    try:
        store.db.execute(f"PRAGMA other.cipher_page_size = {page_size}")
        store.db.execute("SELECT sqlcipher_export('other')").fetchone()
    finally:
        store.db.execute("DETACH DATABASE other")


def explain(store: Store, queries: dict[str, list[str]]) -> None:
    """The query plan of one search of each kind (the SQL ``CaseService.search`` really runs)."""
    captured: list[tuple[str, list]] = []

    class Nothing(list):
        def fetchone(self) -> None:
            return None

    class Recorder:
        def execute(self, sql: str, args: list | tuple = ()) -> list:
            if sql.split()[0] not in ("BEGIN", "COMMIT", "ROLLBACK"):
                captured.append((sql, list(args)))
            return Nothing()

    for kind in KINDS:
        captured.clear()
        CaseService(SearchTarget(Recorder())).search(queries[kind][0], field=kind)  # type: ignore[arg-type]
        sql, args = captured[0]
        print(f"\n  EXPLAIN QUERY PLAN, {kind} search {queries[kind][0]!r}:")
        for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, args):
            print(f"    {row[-1]}")


def print_search(label: str, results: dict[str, dict], base: str) -> None:
    print(f"\nCase search: {label}  (median / p95 ms; cold = first query on a fresh connection)")
    header = "  " + " " * 48 + "".join(f"{kind:>21}" for kind in KINDS)
    print(header)
    for variant, res in results.items():
        for phase in ("cold", "warm"):
            cells = "".join(f"{fmt(res[phase][kind]):>21}" for kind in KINDS)
            print(f"  {variant + ' ' + phase:<48}{cells}")
    reads = {v: r.get("reads_per_warm_query") for v, r in results.items()}
    if all(n is not None for n in reads.values()):
        print("  read system calls per warm query: " + ", ".join(f"{v}: {n:.1f}" for v, n in reads.items()))
    for variant, res in results.items():
        if variant == base:
            continue
        for phase in ("warm", "cold"):
            ratios = []
            for kind in KINDS:
                a = statistics.median(res[phase][kind])
                b = statistics.median(results[base][phase][kind])
                ratios.append(f"{a / b:21.2f}")
            print(f"  ratio {variant}/{base} {phase:<5}".ljust(50) + "".join(ratios))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--store", type=Path, help="a store made by bench/generate_store.py (else one is made)")
    parser.add_argument("--passphrase", default=gen.DEFAULT_PASSPHRASE)
    parser.add_argument("--cases", type=int, default=10_000, help="size of the generated store")
    parser.add_argument("--logs-per-case", type=int, default=25)
    parser.add_argument("--runs", type=int, default=7, help="unlocks to time")
    parser.add_argument("--queries", type=int, default=50, help="queries of each kind")
    parser.add_argument("--repeats", type=int, default=5, help="timings per warm query (the fastest is kept)")
    parser.add_argument("--cold", type=int, default=7, help="cold queries of each kind")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds of encrypted and plain")
    parser.add_argument("--investigate", action="store_true", help="also time the variants that explain a gap")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    gen.use_file_device_secret()

    scratch = Path(tempfile.mkdtemp(prefix="sw-bench-"))
    try:
        folder = args.store
        if folder is None:
            folder = scratch / "store"
            print(f"Generating {args.cases} cases in {folder} ...")
            gen.print_result(
                gen.generate(folder, args.passphrase, args.cases, args.logs_per_case, report=lambda _s: None)
            )
        bench_unlock(folder, args.passphrase, args.runs)

        plain = scratch / "plain.db"
        with Store.unlock(folder, args.passphrase) as store:
            cases = CaseService(store).count()
            queries = build_queries(store, args.queries, args.seed)
            started = time.perf_counter()
            export_plain(store, plain)
            print(f"\nPlain copy for the comparison made in {time.perf_counter() - started:.1f} s ({cases} cases)")
            paths = {"store": str(folder), "plain": str(plain), "enc16k": str(scratch / "enc16k.db")}
            variants = ["sqlcipher", "plain"]
            if args.investigate:
                explain(store, queries)
                export_encrypted(store, Path(paths["enc16k"]), gen.data_key(folder, args.passphrase), 16384)
                variants += [
                    "sqlcipher, memory security off",
                    "plain, memory security on",
                    "sqlcipher, 16 KiB pages",
                ]
        results: dict[str, dict] = {}
        per_round: dict[str, list[dict[str, float]]] = {v: [] for v in variants}
        for _round in range(args.rounds):  # alternate, so background load hits every variant alike
            for variant in variants:
                res = in_child(run_variant, variant, paths, args.passphrase, queries, args.repeats, args.cold)
                per_round[variant].append({k: statistics.median(res["warm"][k]) for k in KINDS})
                best = results.get(variant)
                if best is None:
                    results[variant] = res
                else:  # keep, per kind and phase, the round with the lower median
                    best["reads_per_warm_query"] = res["reads_per_warm_query"]
                    for phase in ("cold", "warm"):
                        for kind in KINDS:
                            if statistics.median(res[phase][kind]) < statistics.median(best[phase][kind]):
                                best[phase][kind] = res[phase][kind]
        print_search(
            f"{cases} cases, {args.queries} queries of each kind, best of {args.rounds} rounds", results, "plain"
        )
        print(f"\nWarm search, SQLCipher / plain SQLite, per round ({args.rounds}, separate processes)")
        for kind in KINDS:
            enc = [r[kind] * 1000 for r in per_round["sqlcipher"]]
            plain_ms = [r[kind] * 1000 for r in per_round["plain"]]
            ratio = statistics.median(enc) / statistics.median(plain_ms)
            print(
                f"  {kind:<9} sqlcipher median {statistics.median(enc):.2f} ms, min {min(enc):.2f}, max {max(enc):.2f}"
                f" | plain median {statistics.median(plain_ms):.2f} ms,"
                f" min {min(plain_ms):.2f}, max {max(plain_ms):.2f}"
                f" | ratio {ratio:.2f} (goal <= {GOAL_RATIO}) {'MET' if ratio <= GOAL_RATIO else 'NOT MET'}"
            )
        both = in_child(run_interleaved, paths, args.passphrase, queries, args.repeats)
        print("\nIssue-18 row, interleaved: each warm query on SQLCipher then on plain in one process (median ms)")
        worst = 0.0
        for kind in KINDS:
            enc_ms, plain_ms = (statistics.median(both[v][kind]) * 1000 for v in ("sqlcipher", "plain"))
            worst = max(worst, enc_ms / plain_ms)
            print(
                f"  {kind:<9} sqlcipher {enc_ms:.2f} ms | plain {plain_ms:.2f} ms | ratio {enc_ms / plain_ms:.2f}"
                f" (goal <= {GOAL_RATIO}) {'MET' if enc_ms / plain_ms <= GOAL_RATIO else 'NOT MET'}"
            )
        verdict = "within" if worst <= GOAL_RATIO else "ABOVE"
        print(f"\nWorst warm SQLCipher/plain ratio, interleaved: {worst:.2f} ({verdict} the goal of {GOAL_RATIO})")
        if worst > GOAL_RATIO and not args.investigate:
            print("Run again with --investigate to see where the difference comes from.")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # the plain copy holds the data unencrypted
    return 0


if __name__ == "__main__":
    sys.exit(main())
