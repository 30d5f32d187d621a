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

# The pictures are taken with the app's defaults, never a developer's own preferences (a text size or window
# size left in ~/.config by an earlier run), and nothing is written there: Qt reads its settings from here.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sw-shots-config-")

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from safetyworker.demo import populate_demo
from safetyworker.services.cases import CaseService
from safetyworker.services.session import Session
from safetyworker.sync import bundles, confirmation, enrolment
from safetyworker.ui.audit_dialog import AuditDialog
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.conflicts_dialog import ConflictsDialog
from safetyworker.ui.first_run import FirstRunDialog
from safetyworker.ui.look import apply_look, install_language
from safetyworker.ui.main_window import MainWindow
from safetyworker.ui.settings_dialog import SettingsDialog
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
            shoot(window, out / f"case-{name}-{width}.png", settle=0.3)  # the splitter makes room for the record
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
    shoot_person_view(session, ffion, out)

    # the Risk tab at 1366x768: two earlier assessments of a demo case, a new one half filled in by keyboard
    shoot_risk(window, session, out)
    shoot_sharing(window, session, out)
    shoot_support(window, session, out)
    worker_expects(out, scratch, folder, session, window)
    shoot_inform(window, session, out)

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
    # the office's Audit view of the worker's laptop trail, as their bundles brought it (1366x768 laptop)
    trail = AuditDialog(Session(office))
    trail.resize(1240, 660)
    trail.ui.trail.setCurrentIndex(1)
    shoot(trail, out / "audit.png")
    trail.close()
    shoot_visits(window, session, office, scratch, out)
    office.close()

    settings = SettingsDialog()
    shoot(settings, out / "settings.png")
    settings.close()
    window.close()
    welsh(session, out)
    session.lock()
    return 0


def shoot_inform(window, session, out: Path) -> None:
    """Today with what to tell: probation brought a release forward to ten days from now (inside the 14 days'
    notice), so the inform contact is due at once and shows under the person's name."""
    from datetime import date, timedelta

    for summary in session.cases.search():
        if session.cases.show(summary.id)["person_causing_harm"]:
            soon = (date.today() + timedelta(days=10)).isoformat()
            session.cases.update(summary.id, {"person_causing_harm": {"release_date": soon}})
            break
    window.resize(1366, 700)
    window.ui.splitter.setSizes([683, 683])
    window.show_today()
    shoot(window, out / "today-inform.png", settle=1.0)
    window.resize(1560, 920)
    window.ui.splitter.setSizes([690, 810])


def shoot_person_view(session: Session, case_id: str, out: Path) -> None:
    """ "Show to the person": the person's own copy full screen (in Welsh: Ffion speaks it), then in English
    with larger text on a big screen; and the neutral page F12 leaves on the screen."""
    from safetyworker.ui.hide_screen import NeutralScreen
    from safetyworker.ui.person_view import PersonPlanView

    view = PersonPlanView(session, case_id)
    view.resize(1366, 768)
    shoot(view, out / "person-view-1366x768.png", settle=0.3)
    view.ui.language.setCurrentIndex(view.ui.language.findData("en"))
    view.ui.largerText.setChecked(True)
    view.resize(1920, 1080)
    shoot(view, out / "person-view-1920x1080.png", settle=0.3)
    view.discard()
    view.deleteLater()
    cover = NeutralScreen()
    cover.resize(683, 384)  # the whole screen when shown; small here, there is nothing on it
    shoot(cover, out / "hidden.png")
    cover.deleteLater()


def shoot_risk(window, session, out: Path) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    # the demo's own assessments of Siân (resources/demo/risk.json): standard, then medium by judgement
    case_id = next(c.id for c in session.cases.search() if c.preferred_name == "Siân")
    window.resize(1366, 768)
    window.ui.splitter.setSizes([430, 936])
    window.open_case(case_id)
    record = window.record
    record.ui.tabs.setCurrentWidget(record.riskTab)
    panel = record.riskPanel
    panel.table.setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_0):
        QApplication.sendEvent(panel.table, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
    shoot(window, out / "case-risk.png", settle=0.3)
    # a laptop's 1366x700 and a 1920x1040 screen, the caseload and the record as the window first opens them,
    # the history unfolded (it starts folded, so the checklist has the room)
    panel.history.set_open(True)
    for width, height in ((1366, 700), (1920, 1040)):
        window.resize(width, height)
        window.ui.splitter.setSizes([600, 900])
        shoot(window, out / f"case-risk-{width}.png", settle=0.3)
    panel.history.set_open(False)
    record._revert_risk()  # the half-filled checklist was for the picture: nothing to ask about when moving on


def shoot_sharing(window, session, out: Path) -> None:
    """The Sharing tab of the demo case with news from probation and an action for the police unit (overdue),
    at 1366x768, and Today with its actions."""
    case_id = next(c.id for c in session.cases.search() if c.preferred_name == "Ffion")
    window.resize(1366, 768)
    window.ui.splitter.setSizes([430, 936])
    window.open_case(case_id)
    record = window.record
    record.ui.tabs.setCurrentWidget(record.sharingPanel)
    shoot(window, out / "case-sharing.png", settle=0.3)


def shoot_visits(window, session, office, scratch: Path, out: Path) -> None:
    """Lone working at 1366x768: planning a visit (the case's safety flags first), the laptop's day, and the
    office's welfare list with an overdue visit (a fixed "now" at midday, so one visit has passed its time)."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from safetyworker.ui.visit_dialog import PlanVisitDialog

    zone = ZoneInfo(session.timezone)
    day = datetime.now(zone).date()
    noon = datetime(day.year, day.month, day.day, 12, 10, tzinfo=zone)
    names = {c.preferred_name: c.id for c in session.cases.search()}
    for name, at, minutes, back, place in (
        ("Ffion", "09:30", 60, "11:00", "Llanidloes library, meeting room 2"),
        ("Siân", "11:15", 45, "12:30", None),
        ("Carys", "14:00", 60, "15:30", "Family centre, Kington"),
    ):
        session.visits.plan(
            names[name], at=f"{day}T{at}", minutes=minutes, back_by=f"{day}T{back}", place=place, travel_minutes=20
        )
    window.resize(1366, 768)
    window.ui.splitter.setSizes([430, 936])
    window.show_visits()
    window.visits.now = noon
    window.visits.refresh()
    dialog = PlanVisitDialog(session, names["Gareth"], noon - timedelta(hours=4), window)
    dialog.ui.place.setText("Rhayader leisure centre, café")
    shoot(dialog, out / "visit-plan.png")
    dialog.close()
    shoot(window, out / "visits-laptop.png")
    bundles.import_bundle(office, bundles.export_to_office(session.store, scratch / "visits.age").path)
    office_window = MainWindow(Session(office), CoreBridge(office.events))
    office_window.resize(1366, 768)
    office_window.ui.splitter.setSizes([430, 936])
    office_window.visits.now = noon
    office_window.show_visits()
    shoot(office_window, out / "visits-office.png")
    office_window.visits.clear()
    office_window.close()


def shoot_support(window, session, out: Path) -> None:
    """The log tab at 1366x768 with time and support given (a visit being logged, support given earlier), and
    the services directory searching for housing near the person's place."""
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QDateTime

    from safetyworker.ui.directory_dialog import DirectoryDialog

    case_id = next(c.id for c in session.cases.search() if c.preferred_name == "Gareth")
    now = datetime.now(UTC)
    for days, minutes, kinds, note in (
        (20, 40, ["housing"], "Rang the council's housing team"),
        (9, 25, ["benefits_money"], "Letter to the benefits office"),
        (2, 30, ["legal_court", "children_schools"], "Referral to the court support volunteers"),
    ):
        session.support.add(case_id, minutes=minutes, support=kinds, at=now - timedelta(days=days), note=note)
    window.resize(1366, 768)
    window.ui.splitter.setSizes([430, 936])
    window.open_case(case_id)
    record = window.record
    record.ui.tabs.setCurrentWidget(record.ui.logTab)
    form = record.ui.logPanel.ui.entryForm
    form.ui.channel.setCurrentIndex(form.ui.channel.findData("visit"))
    form.ui.outcome.setCurrentIndex(form.ui.outcome.findData("visit_done"))
    form.ui.when.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    form.ui.note.setText("Home visit; talked through the move and the school run")
    form.ui.minutes.setValue(60)
    form.ui.travelMinutes.setValue(45)
    form.support.set_kinds(["safety_planning", "emotional", "housing"])
    shoot(window, out / "case-log-support.png", settle=0.3)
    form.reset()  # the entry was for the picture: nothing to ask about when moving on
    dialog = DirectoryDialog(window, session, case_id, "Rhayader")
    dialog.resize(1100, 600)  # as it opens: it fits a 1366x768 laptop
    dialog.ui.need.setCurrentIndex(dialog.ui.need.findData("housing"))
    shoot(dialog, out / "directory-search.png", settle=0.2)
    dialog.reject()


def welsh(session: Session, out: Path) -> None:
    """The app as it opens after a worker chose Cymraeg in Settings, on a small laptop and on a larger screen."""
    install_language(QApplication.instance(), "cy")
    window = MainWindow(session, CoreBridge(session.store.events))
    for width, height in ((1366, 768), (1920, 1080)):
        window.resize(width, height)
        window.show()
        QApplication.processEvents()
        shoot(window, out / f"welsh-today-{width}x{height}.png", settle=1.0)
    window.resize(1366, 768)
    window.ui.caseTable.selectRow(1)
    window.record.ui.tabs.setCurrentIndex(0)
    shoot(window, out / "welsh-case-1366x768.png")
    settings = SettingsDialog(window)
    settings.ui.language.setCurrentIndex(settings.ui.language.findData("cy"))  # shown, never saved here
    shoot(settings, out / "welsh-settings.png")
    settings.close()
    window.close()
    install_language(QApplication.instance(), "en")


def worker_expects(out: Path, scratch: Path, folder: Path, session: Session, window: MainWindow) -> None:
    """Issue 17's screens (passphrase care, recovery, spreadsheet import, text size), at 1366x768 and 1920x1080
    screen sizes: a dialog is shot at the size it opens with, which must fit 1366x700 (a title bar and a taskbar
    take the rest)."""
    from PySide6.QtTest import QTest

    from safetyworker.ui import look, prefs
    from safetyworker.ui.change_passphrase_dialog import ChangePassphraseDialog
    from safetyworker.ui.csv_import_dialog import CsvImportDialog
    from safetyworker.ui.recovery_dialog import RecoveryDialog
    from safetyworker.ui.settings_dialog import SettingsDialog

    def fits(widget) -> None:
        widget.show()
        QApplication.processEvents()
        assert widget.width() <= 1366 and widget.height() <= 700, f"{widget.objectName()} is {widget.size()}"

    unlock = UnlockDialog(folder)
    fits(unlock)
    QTest.keyClicks(unlock.ui.passphrase, "DEMO")  # capitals without Shift: the Caps Lock warning
    shoot(unlock, out / "unlock-caps-lock.png")
    unlock.close()
    settings = SettingsDialog(folder=folder)
    fits(settings)
    shoot(settings, out / "settings.png")
    change = ChangePassphraseDialog(folder, settings)
    QTest.keyClicks(change.new.passphrase, "kettle orchard")
    fits(change)
    shoot(change, out / "change-passphrase.png")
    change.close()
    settings.close()
    recover = RecoveryDialog(folder)
    fits(recover)
    shoot(recover, out / "forgotten-passphrase.png")
    recover.close()

    sheet = scratch / "caseload.csv"
    sheet.write_text(
        "preferred_name,date_of_birth,phone,locality\n"
        "Dana Example,02/03/1990,07700 900777,Clunbury\n"
        "Eli Example,31/02/1990,,Bishop's Castle\n"
        "Ffion,,07700 900321,\n",
        encoding="utf-8",
    )
    importer = CsvImportDialog(session)
    importer.use_file(sheet)
    fits(importer)
    importer.run_import()
    shoot(importer, out / "import-spreadsheet.png", settle=1.0)
    importer.close()

    # text size (Settings): "Large" fits a 1366x768 laptop; "Larger" needs a wider screen for now (docs/design.md)
    app = QApplication.instance()
    for size, (width, height) in (("large", (1366, 700)), ("larger", (1920, 1010))):
        prefs.set_text_size(size)
        look.apply_text_size(app)
        window.resize(width, height)
        window.show_today()
        shoot(window, out / f"today-{size}-text-{width}.png", settle=1.0)
    prefs.set_text_size("normal")
    look.apply_text_size(app)
    window.resize(1560, 920)


if __name__ == "__main__":
    raise SystemExit(main())
