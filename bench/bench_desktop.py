"""Desktop client figures at 10,000 cases (issue 18): start, find as you type, ``--help``, memory.

Run from the repository root (makes the 10,000-case store first if it is not there):

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_desktop.py --store /tmp/sw-bench-store

Each row is printed as median, min and max of ``--runs`` runs (at least 5), the app's runs interleaved with
its floor's so that background load on a shared machine hits both alike, then the ratio of the medians and
the goal:

- Cold start: a fresh process from launch, through the real unlock flow (``AppController``, the unlock
  dialog, its passphrase typed and Unlock pressed), to the main window painted with its first screenful of
  cases; the key derivation (Argon2id, on a line of its own) left out. Floor: a fresh process that paints a
  bare PySide6 window. The time until the whole caseload is in the list is shown beside it.
- RSS peak: the same app process's peak resident memory (``ru_maxrss``) once the whole caseload is loaded.
- Filter keystroke to repainted table: typing into the search box a key at a time and then Backspace back
  to empty, each key timed until the table has repainted; p95 of every key in a run (goal: one frame).
- ``safetyworker --help`` against ``python -c pass``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: bench/generate_store.py's passphrase (not imported from there: the probes must not load what it imports,
#: or the app's memory and start figures would carry it)
DEFAULT_PASSPHRASE = "synthetic bench store, not secret"


def use_file_device_secret() -> None:
    """Keep the benchmark out of the OS keyring (as generate_store.use_file_device_secret)."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())


MIN_RUNS = 5


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def spread(values: list[float], unit: str, scale: float = 1.0) -> str:
    """``median M, min A, max B`` of ``values`` (times ``scale``) in ``unit``."""
    m, lo, hi = (statistics.median(values) * scale, min(values) * scale, max(values) * scale)
    return f"median {m:.1f} {unit}, min {lo:.1f}, max {hi:.1f}"


def row(label: str, values: list[float], unit: str, scale: float, goal: str, ratio: float | None, ok: bool) -> None:
    ratio_text = f"  ratio {ratio:.2f}" if ratio is not None else ""
    print(f"{label}: {spread(values, unit, scale)}{ratio_text}  (goal {goal}) {'MET' if ok else 'NOT MET'}")


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


def _wait_until(app, test: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop until ``test()`` holds (checked every few milliseconds)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: loop.quit() if test() else None)
    deadline = time.perf_counter() + timeout
    timer.start()
    while not test():
        if time.perf_counter() > deadline:
            raise SystemExit("probe timed out")
        loop.exec()
    timer.stop()


def probe_app(store: str, passphrase: str, started_at: float) -> None:
    """The real unlock flow: the controller shows the unlock dialog, the passphrase is typed, Unlock pressed."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from safetyworker.keys import kdf
    from safetyworker.ui.controller import AppController
    from safetyworker.ui.look import apply_look

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
    settings = tempfile.mkdtemp(prefix="sw-bench-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Safety Worker")
    app.setOrganizationName("SafetyWorker")
    app.setQuitOnLastWindowClosed(False)
    apply_look(app)
    controller = AppController(Path(store))
    controller.start()
    dialog = controller.dialog
    dialog.ui.passphrase.setText(passphrase)
    dialog.ui.unlockButton.click()

    def shown() -> bool:
        window = controller.window
        return window is not None and window.isVisible() and window.proxy.rowCount() > 0

    _wait_until(app, shown)
    window = controller.window
    window.grab()  # painted, with its first screenful of cases
    ready = time.time() - started_at

    def complete() -> bool:
        return not getattr(window, "caseload_loading", False)

    _wait_until(app, complete)
    complete_at = time.time() - started_at
    total = window.model.total()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"ready kdf={spent:.6f} at={ready:.6f} complete={complete_at:.6f} total={total} rss={rss_kib}", flush=True)
    controller.shutdown()


def run_probe(kind: str, store: str, passphrase: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--probe",
            kind,
            "--store",
            store,
            "--passphrase",
            passphrase,
            "--started-at",
            repr(time.time()),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,  # the offscreen platform's notes ("does not support raise()"), shown on failure
        text=True,
        env=env,
    )
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    _out, err = child.communicate()
    if not line.startswith("ready"):
        raise SystemExit(f"probe {kind} failed (exit {child.returncode}):\n{err}")
    fields = dict(part.split("=") for part in line.split()[1:])
    kdf_seconds = float(fields["kdf"])
    result = {"start": elapsed - kdf_seconds, "kdf": kdf_seconds}
    if "at" in fields:  # the app: the moment of the first paint, measured in the child against launch time
        result["start"] = float(fields["at"]) - kdf_seconds
        result["complete"] = float(fields["complete"]) - kdf_seconds
        result["rss_mb"] = int(fields["rss"]) / 1024
        result["total"] = float(fields["total"])
    return result


def time_command(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


# -- in-process filter latency ---------------------------------------------------------------------------


def filter_latency(store: str, passphrase: str, runs: int) -> list[tuple[list[float], list[float]]]:
    """Per run: the typing keys' times and the Backspace keys' times, in milliseconds."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from safetyworker.services.session import Session
    from safetyworker.store.vault import Store
    from safetyworker.ui.bridge import CoreBridge
    from safetyworker.ui.look import apply_look
    from safetyworker.ui.main_window import MainWindow

    use_file_device_secret()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="sw-bench-"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_look(app)
    session = Session(Store.unlock(Path(store), passphrase))
    window = MainWindow(session, CoreBridge(session.store.events))
    window.resize(1280, 800)
    window.show()
    _wait_until(app, lambda: not getattr(window, "caseload_loading", False))
    app.processEvents()
    names = [window.proxy.index(r, 0).data() for r in range(0, window.proxy.rowCount(), 997)]
    localities = [window.proxy.index(r, 1).data() for r in range(0, window.proxy.rowCount(), 1999)]
    queries = [n[:6] for n in names] + [loc[:5] for loc in localities] + ["07", "7700 9", "llan", "zz"]
    search = window.ui.search
    results = []
    for _run in range(runs):
        typing, backspace = [], []
        for query in queries:
            search.clear()
            app.processEvents()
            for ch in query:
                started = time.perf_counter()
                QTest.keyClick(search, ch)
                app.processEvents()  # delivers the view's update request: the table is repainted here
                typing.append((time.perf_counter() - started) * 1000)
            for _ch in query:
                started = time.perf_counter()
                QTest.keyClick(search, Qt.Key.Key_Backspace)
                app.processEvents()
                backspace.append((time.perf_counter() - started) * 1000)
        results.append((typing, backspace))
    session.lock()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--store", default="/tmp/sw-bench-store")
    parser.add_argument("--passphrase", default=DEFAULT_PASSPHRASE)
    parser.add_argument("--runs", type=int, default=MIN_RUNS)
    parser.add_argument("--only", choices=("start", "filter", "help"), help="one group of rows")
    parser.add_argument("--probe", choices=("bare", "app"))
    parser.add_argument("--started-at", type=float, default=0.0)
    args = parser.parse_args()
    if args.probe == "bare":
        probe_bare()
        return 0
    if args.probe == "app":
        probe_app(args.store, args.passphrase, args.started_at)
        return 0
    runs = max(MIN_RUNS, args.runs)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not (Path(args.store) / "keyslots.json").exists():
        from generate_store import generate

        print(f"generating a 10,000-case store in {args.store} …", flush=True)
        generate(Path(args.store), cases=10_000, logs_per_case=25, passphrase=args.passphrase)

    # An installed app has its bytecode compiled; a checkout may not (PYTHONDONTWRITEBYTECODE), and compiling
    # 170 modules at every start would be measured instead of the app.
    import compileall

    import safetyworker

    compileall.compile_dir(str(Path(safetyworker.__file__).parent), quiet=1)
    print(f"{runs} runs of each, interleaved with the floor's; times in ms")
    if args.only in (None, "start"):
        bare, app = [], []
        for _ in range(runs):
            bare.append(run_probe("bare", args.store, args.passphrase)["start"])
            app.append(run_probe("app", args.store, args.passphrase))
        starts = [a["start"] for a in app]
        ratio = statistics.median(starts) / statistics.median(bare)
        print(f"cold start, bare PySide6 window (floor): {spread(bare, 'ms', 1000)}")
        row(
            f"cold start to unlocked main window with its first cases, {int(app[0]['total'])} cases, without KDF",
            starts,
            "ms",
            1000,
            "ratio <= 2.0",
            ratio,
            ratio <= 2.0,
        )
        print(f"  ... until the whole caseload is listed: {spread([a['complete'] for a in app], 'ms', 1000)}")
        print(
            f"  key derivation (Argon2id, everyday slot, left out above): {spread([a['kdf'] for a in app], 'ms', 1000)}"
        )
        rss = [a["rss_mb"] for a in app]
        row(
            "RSS peak through unlock, whole caseload loaded",
            rss,
            "MB",
            1,
            "<= 200 MB",
            None,
            statistics.median(rss) <= 200,
        )

    if args.only in (None, "help"):
        floor, helps = [], []
        command = [str(Path(sys.executable).with_name("safetyworker")), "--help"]
        for _ in range(runs):
            floor.append(time_command([sys.executable, "-c", "pass"]))
            helps.append(time_command(command))
        ratio = statistics.median(helps) / statistics.median(floor)
        print(f"python -c pass (floor): {spread(floor, 'ms', 1000)}")
        row("safetyworker --help", helps, "ms", 1000, "ratio <= 5", ratio, ratio <= 5)

    if args.only in (None, "filter"):
        results = filter_latency(args.store, args.passphrase, runs)
        every = [t for typing, backspace in results for t in typing + backspace]
        p95s = [percentile(typing + backspace, 95) for typing, backspace in results]
        typing_p95 = [percentile(typing, 95) for typing, _b in results]
        back_p95 = [percentile(backspace, 95) for _t, backspace in results]
        print(f"filter keystrokes per run: {len(every) // runs} (typing and Backspace)")
        row(
            "filter keystroke to repainted table, p95",
            p95s,
            "ms",
            1,
            "p95 <= 16 ms",
            None,
            statistics.median(p95s) <= 16,
        )
        print(f"  typing p95: {spread(typing_p95, 'ms')}; Backspace p95: {spread(back_p95, 'ms')}")
        print(f"  every key: median {statistics.median(every):.1f} ms, max {max(every):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
