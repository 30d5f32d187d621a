"""Render the real windows offscreen with the fictional demo caseload and save the README's screenshots.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR]   (default docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SAFETYWORKER_INSECURE_FAST_KDF", "1")  # a throwaway store; speed over protection

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from safetyworker.demo import populate_demo
from safetyworker.services.cases import CaseService
from safetyworker.services.session import Session
from safetyworker.sync import bundles, confirmation, enrolment
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.conflicts_dialog import ConflictsDialog
from safetyworker.ui.first_run import FirstRunDialog
from safetyworker.ui.look import apply_look
from safetyworker.ui.main_window import MainWindow
from safetyworker.ui.unlock_dialog import UnlockDialog

PASSPHRASE = "demo passphrase"


def shoot(widget, path: Path, settle: float = 0.0) -> None:
    """Show ``widget`` and save it; ``settle`` seconds of events first for views that draw in the background
    (the PDF preview and the Today agenda are made in a thread)."""
    widget.show()
    QApplication.processEvents()
    end = time.monotonic() + settle
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(fail.Keyring())
    app = QApplication(sys.argv[:1])
    apply_look(app)
    scratch = Path(tempfile.mkdtemp(prefix="sw-shots-"))
    folder = scratch / "store"

    first = FirstRunDialog(folder)
    first.resize(560, 480)
    shoot(first, out / "first-run.png")

    # the demo caseload on a laptop enrolled with a (made-up) office, so the sync status shows
    office = enrolment.create_office(scratch / "office", PASSPHRASE, "Marches office")
    enrol_file = scratch / "enrolment.json"
    enrol_file.write_bytes(enrolment.enrolment_bytes(enrolment.enrol_worker(office, "Sam Rivers")))
    first.use_enrolment_file(enrol_file)
    shoot(first, out / "enrol.png")
    first.close()
    enrolled = enrolment.read_enrolment(enrol_file)
    store = enrolment.create_laptop(folder, PASSPHRASE, enrolled)
    confirmation.confirm(office, enrolled.worker_id, enrolment.device_fingerprint(store) or "")  # the hand-over
    populate_demo(store)
    first_bundle = bundles.export_to_office(store, scratch / "first.age").path
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
    shoot(window, out / "today.png", settle=1.0)  # the agenda is worked out in a thread
    window.ui.caseTable.selectRow(1)
    tabs = window.record.ui.tabs
    for page, name in (
        (window.record.ui.contactTab, "case-contact-safely"),
        (window.record.ui.logTab, "case-contact-log"),
    ):
        tabs.setCurrentWidget(page)
        shoot(window, out / f"{name}.png")
    window.ui.search.setText("llan")
    shoot(window, out / "caseload-search.png")

    # a 1366x768 laptop (1366x700 left for the window under a title bar and a taskbar) and a 1920x1080 screen:
    # nothing needed may be hidden on the small one
    window.ui.search.clear()
    ffion = next(c.id for c in session.cases.search() if c.preferred_name == "Ffion")
    record_ui = window.record.ui
    pages = {"contact": record_ui.contactTab, "person": record_ui.personTab, "log": record_ui.logTab}
    for width, height in ((1366, 700), (1920, 1040)):
        window.resize(width, height)
        window.ui.splitter.setSizes([width // 2, width // 2])  # each side keeps its minimum
        window.show_today()
        shoot(window, out / f"today-{width}.png", settle=1.0)
        window.open_case(ffion)
        for name, page in pages.items():
            record_ui.tabs.setCurrentWidget(page)
            shoot(window, out / f"case-{name}-{width}.png")
    window.resize(1560, 920)
    window.ui.splitter.setSizes([690, 810])
    window.show()
    QApplication.processEvents()
    shoot(window, out / "today.png", settle=1.0)  # the agenda is worked out in a thread
    window.ui.caseTable.selectRow(1)
    tabs = window.record.ui.tabs
    for page, name in (
        (window.record.ui.contactTab, "case-contact-safely"),
        (window.record.ui.logTab, "case-contact-log"),
    ):
        tabs.setCurrentWidget(page)
        shoot(window, out / f"{name}.png")
    window.ui.search.setText("llan")
    shoot(window, out / "caseload-search.png")

    # a 1366x768 laptop (1366x700 left for the window under a title bar and a taskbar) and a 1920x1080 screen:
    # nothing needed may be hidden on the small one
    window.ui.search.clear()
    for width, height in ((1366, 700), (1920, 1040)):
        window.resize(width, height)
        window.ui.splitter.setSizes([width // 2, width // 2])  # each side keeps its minimum
        window.show_today()
        shoot(window, out / f"today-{width}.png", settle=1.0)
        window.open_case(ffion := next(c.id for c in session.cases.search() if c.preferred_name == "Ffion"))
        for page, name in (
            ((record_tabs := window.record.ui).contactTab, "contact"),
            (record_tabs.personTab, "person"),
            (
                record_tabs.logTab,
                "log",
            ),
        ):
            record_tabs.tabs.setCurrentWidget(page)
            shoot(window, out / f"case-{name}-{width}.png")
    window.resize(1560, 920)
    window.ui.splitter.setSizes([690, 810])
    window.show_today()

    # the safety plan of a demo case with a plan, and its preview (the discreet personal copy)
    window.ui.search.clear()
    ffion = next(c.id for c in session.cases.search() if c.preferred_name == "Ffion")
    window.open_case(ffion)
    record = window.record
    record.ui.tabs.setCurrentWidget(record.ui.planTab)
    record.ui.planPanel.editor.select("item", 1)
    shoot(window, out / "case-safety-plan.png", settle=0.3)
    preview = record.ui.planPanel.preview()
    preview.resize(1000, 640)  # as it opens: it fits a 1366x768 laptop
    shoot(preview, out / "plan-preview.png", settle=1.0)
    preview.reject()

    # at the office: a detail changed on the laptop and at the office before either saw the other's change
    bundles.import_bundle(office, first_bundle)
    case_id = CaseService(store).search()[0].id
    CaseService(store).update(case_id, {"locality": "Upper Clun"})
    CaseService(office).update(case_id, {"locality": "Clun Valley"})
    bundles.import_bundle(office, bundles.export_to_office(store, scratch / "second.age").path)
    conflicts = ConflictsDialog(Session(office))
    conflicts.resize(820, 420)
    shoot(conflicts, out / "conflicts.png")
    conflicts.close()
    office.close()
    session.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
