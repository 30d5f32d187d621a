"""Desktop client figures at 10,000 cases: cold start to a usable main window, and filter keystroke latency.

Run from the repository root (makes the 10,000-case store first if it is not there):

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_desktop.py --store /tmp/sw-bench-store

- Cold start: a fresh process from launch to the main window shown with the caseload loaded, the key
  derivation (Argon2id, reported on its own line) left out; against the floor of a fresh process that shows a
  bare PySide6 window. Median of several runs each, and the ratio.
- Filter keystroke latency: typing into the search box at 10,000 cases, each keystroke timed until the table
  has repainted; median and p95 (goal: p95 under 16 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_store import DEFAULT_PASSPHRASE, generate, use_file_device_secret  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


# -- child process probes ------------------------------------------------------------------------------


def probe_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Safety Worker"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # painted once
    print("ready kdf=0", flush=True)


def probe_app(store: str, passphrase: str) -> None:
    from PySide6.QtWidgets import QApplication

    from safetyworker.keys import kdf
    from safetyworker.services.session import Session
    from safetyworker.store.vault import Store
    from safetyworker.ui.bridge import CoreBridge
    from safetyworker.ui.look import apply_look
    from safetyworker.ui.main_window import MainWindow

    spent = 0.0
    real_derive = kdf.derive

    def timed_derive(*args, **kwargs):
        nonlocal spent
        started = time.perf_counter()
        try:
            return real_derive(*args, **kwargs)
        finally:
            spent += time.perf_counter() - started

    kdf.derive = timed_derive
    use_file_device_secret()
    app = QApplication(sys.argv[:1])
    apply_look(app)
    session = Session(Store.unlock(Path(store), passphrase))
    window = MainWindow(session, CoreBridge(session.store.events))
    window.show()
    app.processEvents()
    window.grab()
    assert window.model.total() > 0
    print(f"ready kdf={spent:.6f}", flush=True)
    session.lock()


def run_probe(kind: str, store: str, passphrase: str) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--probe", kind, "--store", store, "--passphrase", passphrase],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.stdout.read()
    child.wait()
    if not line.startswith("ready"):
        raise SystemExit(f"probe {kind} failed (exit {child.returncode})")
    kdf_seconds = float(line.split("kdf=")[1])
    return elapsed - kdf_seconds, kdf_seconds


# -- in-process filter latency ---------------------------------------------------------------------------


def filter_latency(store: str, passphrase: str) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from safetyworker.services.session import Session
    from safetyworker.store.vault import Store
    from safetyworker.ui.bridge import CoreBridge
    from safetyworker.ui.look import apply_look
    from safetyworker.ui.main_window import MainWindow

    use_file_device_secret()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_look(app)
    session = Session(Store.unlock(Path(store), passphrase))
    window = MainWindow(session, CoreBridge(session.store.events))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    names = [window.proxy.index(r, 0).data() for r in range(0, window.proxy.rowCount(), 997)]
    localities = [window.proxy.index(r, 1).data() for r in range(0, window.proxy.rowCount(), 1999)]
    queries = [n[:6] for n in names] + [loc[:5] for loc in localities] + ["07", "7700 9", "llan", "zz"]
    times = []
    search = window.ui.search
    for query in queries:
        search.clear()
        app.processEvents()
        for ch in query:
            started = time.perf_counter()
            QTest.keyClick(search, ch)
            app.processEvents()  # delivers the view's update request: the table is repainted here
            times.append((time.perf_counter() - started) * 1000)
        QTest.keyClick(search, Qt.Key.Key_Backspace)
    session.lock()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--store", default="/tmp/sw-bench-store")
    parser.add_argument("--passphrase", default=DEFAULT_PASSPHRASE)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--probe", choices=("bare", "app"))
    args = parser.parse_args()
    if args.probe == "bare":
        probe_bare()
        return 0
    if args.probe == "app":
        probe_app(args.store, args.passphrase)
        return 0

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not (Path(args.store) / "keyslots.json").exists():
        print(f"generating a 10,000-case store in {args.store} …", flush=True)
        generate(Path(args.store), cases=10_000, logs_per_case=25, passphrase=args.passphrase)

    bare = [run_probe("bare", args.store, args.passphrase)[0] for _ in range(args.runs)]
    app_runs = [run_probe("app", args.store, args.passphrase) for _ in range(args.runs)]
    app = [a for a, _k in app_runs]
    kdf = [k for _a, k in app_runs]
    print(f"cold start, bare PySide6 window (floor): median {statistics.median(bare) * 1000:.0f} ms")
    print(
        f"cold start to unlocked main window, 10,000 cases, without KDF: median {statistics.median(app) * 1000:.0f} ms"
    )
    print(f"key derivation (Argon2id, everyday slot): median {statistics.median(kdf) * 1000:.0f} ms")
    print(f"ratio app / floor: {statistics.median(app) / statistics.median(bare):.2f}")

    times = filter_latency(args.store, args.passphrase)
    print(
        f"filter keystroke latency at 10,000 cases ({len(times)} keystrokes): "
        f"median {statistics.median(times):.1f} ms, p95 {percentile(times, 95):.1f} ms (goal p95 < 16 ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
