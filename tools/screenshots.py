"""Render the real windows offscreen with the fictional demo caseload and save the README's screenshots.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR]   (default docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SAFETYWORKER_INSECURE_FAST_KDF", "1")  # a throwaway store; speed over protection

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from safetyworker.demo import populate_demo
from safetyworker.services.session import Session
from safetyworker.store.vault import Store
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.first_run import FirstRunDialog
from safetyworker.ui.look import apply_look
from safetyworker.ui.main_window import MainWindow
from safetyworker.ui.unlock_dialog import UnlockDialog

PASSPHRASE = "demo passphrase"


def shoot(widget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(fail.Keyring())
    app = QApplication(sys.argv[:1])
    apply_look(app)
    folder = Path(tempfile.mkdtemp(prefix="sw-shots-")) / "store"

    first = FirstRunDialog(folder)
    first.resize(560, 480)
    shoot(first, out / "first-run.png")
    first.close()

    store = Store.create(folder, PASSPHRASE)
    populate_demo(store)
    unlock = UnlockDialog(folder)
    unlock.resize(460, 320)
    shoot(unlock, out / "unlock.png")
    unlock.close()

    session = Session(store, demo=True)
    window = MainWindow(session, CoreBridge(store.events))
    window.resize(1560, 920)
    window.ui.splitter.setSizes([690, 810])
    window.show()
    QApplication.processEvents()
    shoot(window, out / "today.png")
    window.ui.caseTable.selectRow(1)
    tabs = window.record.ui.tabs
    for index, name in ((0, "case-contact-safely"), (tabs.count() - 2, "case-contact-log")):
        tabs.setCurrentIndex(index)
        shoot(window, out / f"{name}.png")
    window.ui.search.setText("llan")
    shoot(window, out / "caseload-search.png")
    session.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
