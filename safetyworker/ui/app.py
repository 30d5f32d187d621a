"""``safetyworker-desktop``: the desktop client's entry point."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from safetyworker.services import device
from safetyworker.services.door import default_store_dir


def display_available() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="safetyworker-desktop", description="Safety Worker desktop app")
    parser.add_argument("--store", metavar="DIR", help="the store folder")
    parser.add_argument("--demo", action="store_true", help="open a throwaway demo caseload (fictional)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (offscreen, in a temporary folder) and print one line per step",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    device.no_core_dumps()  # a crash must not write the unlocked caseload to a file
    args = parse_args(argv)
    if args.self_test:  # headless: needs no display and never touches the real store
        from safetyworker.ui.selftest_qt import run_self_test

        return run_self_test()
    if not display_available():
        print(
            "safetyworker-desktop: no display found. Run it from a desktop session, or use the "
            "`safetyworker` command line (QT_QPA_PLATFORM=offscreen runs it without a screen, for tests).",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication

    from safetyworker.ui.controller import AppController
    from safetyworker.ui.look import apply_look

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # the desktop's application is a QApplication
    app.setApplicationName("Safety Worker")
    app.setOrganizationName("SafetyWorker")
    app.setQuitOnLastWindowClosed(False)
    apply_look(app)
    controller = AppController(Path(args.store) if args.store else default_store_dir(), demo=args.demo)
    _quit_on_signals(app)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()


def _quit_on_signals(app) -> None:
    """Ctrl+C or a polite kill closes the app properly (the store is closed, a demo folder removed).
    Python handles signals only when it runs, so a timer lets it in every half second. The quit is queued, not
    called: a signal that lands after the first window is shown but before the event loop runs would otherwise
    be lost (quit() does nothing without a running loop)."""
    from PySide6.QtCore import QTimer

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_args: QTimer.singleShot(0, app.quit))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)


if __name__ == "__main__":
    raise SystemExit(main())
