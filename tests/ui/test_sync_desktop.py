"""The Sync menu, dropped bundles, the sync status and the office's conflicts screen, on real stores."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QPushButton

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.cases import CaseService
from safetyworker.services.session import Session
from safetyworker.sync import bundles, confirmation, conflicts, enrolment
from safetyworker.ui import sync_actions
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.controller import AppController
from safetyworker.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.test_app_and_lock import all_texts, unlock


class Stores:
    """An office and one enrolled laptop (Sam's) with two cases, both open."""

    def __init__(self, root: Path, *, confirm: bool = True) -> None:
        self.root = root
        self.office = enrolment.create_office(root / "office", PASSPHRASE, "Northshire")
        enrol = enrolment.enrol_worker(self.office, "Sam")
        self.worker_id = enrol.worker_id
        self.enrolment = enrol
        self.laptop = enrolment.create_laptop(root / "laptop", PASSPHRASE, enrol)
        self.words = enrolment.device_fingerprint(self.laptop) or ""
        if confirm:  # Sam read the laptop's words out at the hand-over
            confirmation.confirm(self.office, self.worker_id, self.words)
        cases = CaseService(self.laptop)
        self.jo = cases.add({"preferred_name": "Jo Testcase", "locality": "Hill"})[0]
        cases.add({"preferred_name": "Kit Testcase", "locality": "Moor"})
        self.usb = root / "usb"
        self.usb.mkdir()

    def laptop_bundle(self, name: str = "a.age") -> Path:
        return bundles.export_to_office(self.laptop, self.usb / name).path

    def close(self) -> None:
        for store in (self.office, self.laptop):
            if store.conn is not None:
                store.close()


@pytest.fixture
def stores(tmp_path):
    s = Stores(tmp_path)
    yield s
    s.close()


@pytest.fixture
def open_window(qtbot):
    made = []

    def make(store) -> MainWindow:
        bridge = CoreBridge(store.events)
        window = MainWindow(Session(store), bridge)
        qtbot.addWidget(window)
        made.append((window, bridge))
        return window

    yield make
    for window, bridge in made:  # before the stores close: no timer may reach a closed store
        window.discard()
        bridge.detach()


def folder_dialog(monkeypatch, folder: Path) -> None:
    """The worker chooses ``folder`` in the folder chooser (ui/save_dialog.choose_folder)."""
    monkeypatch.setattr(sync_actions, "choose_folder", lambda *_a, **_k: Path(folder))


def file_dialog(monkeypatch, path: Path) -> None:
    """The worker chooses ``path`` in the file chooser (ui/save_dialog.choose_open_path)."""
    monkeypatch.setattr(sync_actions, "choose_open_path", lambda *_a, **_k: Path(path))


def run(qtbot, window: MainWindow, action) -> str:
    """Start a sync job and wait for its one sentence."""
    with qtbot.waitSignal(window.sync.said, timeout=15_000) as blocker:
        action()
    assert not window.sync.busy
    for box in list(window.sync._boxes):
        assert box.text() == blocker.args[0], "the same sentence is shown to the worker"
        box.accept()
    return blocker.args[0]


def counts(store) -> tuple[int, int, int]:
    db = store.db
    return (
        db.execute("SELECT count(*) FROM case_record").fetchone()[0],
        db.execute("SELECT count(*) FROM sync_bundle_seen").fetchone()[0],
        db.execute("SELECT count(*) FROM field_stamp").fetchone()[0],
    )


# -- laptop and office, through the menu -----------------------------------------------------------------------
def test_export_and_import_through_the_sync_menu(qtbot, monkeypatch, stores, open_window):
    laptop = open_window(stores.laptop)
    ui = laptop.ui
    assert ui.actionSync.isEnabled() and ui.actionExportOffice.isVisible()
    assert not ui.actionExportWorker.isVisible() and not ui.actionConflicts.isVisible()
    assert laptop.sync.status.text() == (
        f"Never sent to the office · 2 changes not sent yet · This laptop's words: {stores.words}"
    )

    folder_dialog(monkeypatch, stores.usb)
    said = run(qtbot, laptop, ui.actionExportOffice.trigger)
    written = list(stores.usb.iterdir())
    assert len(written) == 1 and written[0].name.startswith("sync-") and written[0].suffix == ".age"
    assert written[0].read_bytes().startswith(b"age-encryption.org/v1\n")
    assert said == f"Saved {written[0].name} in {stores.usb} for the office (2 changes): take it to the office."
    assert laptop.sync.status.text().startswith("Sent to the office today")

    office = open_window(stores.office)
    assert office.ui.actionExportWorker.isVisible() and office.ui.actionConflicts.isVisible()
    assert not office.ui.actionExportOffice.isVisible()
    file_dialog(monkeypatch, written[0])
    said = run(qtbot, office, office.ui.actionImport.trigger)
    assert said == "Bundle 1 from Sam imported: 2 changes applied."
    assert office.model.total() == 2, "the caseload shows the imported cases"

    said = run(qtbot, office, office.ui.actionImport.trigger)
    assert said.startswith("Bundle 1 from Sam was already imported on ") and said.endswith(", so nothing changed.")


def test_office_makes_a_bundle_for_a_worker_and_the_laptop_imports_it(qtbot, monkeypatch, stores, open_window):
    bundles.import_bundle(stores.office, stores.laptop_bundle())  # the office learns the laptop's keys
    office = open_window(stores.office)
    office.ui.actionExportWorker.trigger()
    dialog = office.sync.worker_dialog
    assert dialog is not None and dialog.chosen() == (stores.worker_id, "Sam")
    assert "Sam: 2 cases, last bundle received" in dialog.ui.workers.item(0).text()
    back = stores.root / "back"
    back.mkdir()
    folder_dialog(monkeypatch, back)
    said = run(qtbot, office, lambda: qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton))
    written = next(back.iterdir())
    assert said.startswith(f"Saved {written.name} in {back} for Sam (") and said.endswith(" changes).")
    assert office.sync.worker_dialog is None

    laptop = open_window(stores.laptop)
    said = run(qtbot, laptop, lambda: laptop.sync.import_file(written))
    assert said == "Bundle 1 from Northshire imported: nothing new."
    assert laptop.sync.status.text().endswith("the office has everything")


def test_a_pending_laptop_cannot_be_chosen_yet(qtbot, stores, open_window):
    office = open_window(stores.office)
    office.sync.export_for_worker()
    dialog = office.sync.worker_dialog
    assert dialog.chosen() is None and not dialog.ui.chooseButton.isEnabled()
    assert dialog.ui.workers.item(0).text() == "Sam: waiting for the laptop's first bundle"


def test_a_bundle_dropped_on_the_window_is_imported(qtbot, stores, open_window):
    bundle = stores.laptop_bundle()
    office = open_window(stores.office)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    enter = QDragEnterEvent(
        QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(office, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    said = run(qtbot, office, lambda: QApplication.sendEvent(office, drop))
    assert said == "Bundle 1 from Sam imported: 2 changes applied."
    assert office.model.total() == 2


def test_two_files_or_text_are_not_taken_as_a_bundle(qtbot, stores, open_window):
    office = open_window(stores.office)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(stores.usb / "x.age")), QUrl.fromLocalFile(str(stores.usb / "y.age"))])
    assert office.sync.dropped_file(mime) is None
    text = QMimeData()
    text.setText("hello")
    assert office.sync.dropped_file(text) is None


@pytest.mark.parametrize("damage", ["truncated", "bit flipped", "not a bundle"])
def test_a_bad_bundle_says_one_line_and_changes_nothing(qtbot, monkeypatch, stores, open_window, damage):
    good = stores.laptop_bundle().read_bytes()
    bad = stores.usb / "bad.age"
    if damage == "truncated":
        bad.write_bytes(good[: len(good) // 2])
    elif damage == "bit flipped":
        bad.write_bytes(good[:-40] + bytes([good[-40] ^ 0x10]) + good[-39:])
    else:
        bad.write_text("shopping list\n")
    office = open_window(stores.office)
    before = counts(stores.office)
    with pytest.raises(SafetyWorkerError) as refused:
        bundles.import_bundle(stores.office, bad)
    file_dialog(monkeypatch, bad)
    said = run(qtbot, office, office.ui.actionImport.trigger)
    assert said == str(refused.value)
    assert "\n" not in said and "Traceback" not in said
    assert counts(stores.office) == before
    assert office.model.total() == 0


def test_a_laptop_importing_its_own_bundle_for_the_office_is_told_what_it_is(qtbot, stores, open_window):
    bundle = stores.laptop_bundle()
    laptop = open_window(stores.laptop)
    said = run(qtbot, laptop, lambda: laptop.sync.import_file(bundle))
    assert said.startswith("a.age is bundle 1 that this laptop made for the office on ")
    assert "Take it to the office to import there" in said


# -- the status ---------------------------------------------------------------------------------------------------
def test_sync_status_never_today_and_nine_days(qtbot, stores, open_window):
    laptop = open_window(stores.laptop)
    label = laptop.sync.status
    assert label.text().startswith("Never sent to the office") and label.warn
    stores.laptop_bundle()
    label.refresh()
    assert label.text().startswith("Sent to the office today") and not label.warn
    sent = datetime.fromisoformat(stores.laptop.db.execute("SELECT last_sent_at FROM sync_peer").fetchone()[0])
    label.now = sent + timedelta(days=1)
    label.refresh()
    assert label.text().startswith("Sent to the office yesterday")
    label.now = sent + timedelta(days=7)
    label.refresh()
    assert label.text().startswith("Not sent for 7 days") and not label.warn
    label.now = sent + timedelta(days=9)
    label.refresh()
    assert label.text() == f"Not sent for 9 days · nothing new to send · This laptop's words: {stores.words}"
    assert label.warn and label.property("role") == "warning"
    assert "Northshire" in label.toolTip()


def test_after_a_bundle_the_status_says_nothing_is_left_to_send(qtbot, monkeypatch, stores, open_window):
    """Issue 17: after a bundle, "2 changes waiting for the office" read as a failure. Sent but not yet
    acknowledged is not "waiting to be sent": the status says there is nothing new to send, and counts only the
    changes made since."""
    laptop = open_window(stores.laptop)
    label = laptop.sync.status
    assert " · 2 changes not sent yet · " in label.text()
    folder_dialog(monkeypatch, stores.usb)
    run(qtbot, laptop, laptop.ui.actionExportOffice.trigger)
    assert label.text().startswith("Sent to the office today · nothing new to send")
    assert "waiting" not in label.text()
    assert "2 changes sent, waiting for the office to confirm it has them" in label.toolTip()

    CaseService(stores.laptop).update(stores.jo, {"locality": "Valley"})  # a change made after the bundle
    label.refresh()
    assert label.text().startswith("Sent to the office today · 1 change not sent yet")

    bundles.import_bundle(stores.office, stores.laptop_bundle("b.age"))  # the office has it all...
    reply = bundles.export_to_worker(stores.office, stores.worker_id, stores.usb / "reply.age").path
    bundles.import_bundle(stores.laptop, reply)  # ...and says so in its bundle back
    label.refresh()
    assert label.text() == "Sent to the office today · the office has everything"


def test_a_caseload_not_set_up_for_sync_says_so(qtbot, session, bridge):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    assert window.sync.status.text() == "Office sync not set up"
    assert not window.ui.actionSync.isEnabled()
    assert window.sync.dropped_file(QMimeData()) is None
    # Issue 17: the disabled Sync button looked like the others and said why only in a tooltip
    sync = window.ui.toolBar.widgetForAction(window.ui.actionSync)
    settings = window.ui.toolBar.widgetForAction(window.ui.actionSettings)
    assert sync.text() == "Sync (not set up)" and sync.isVisible()
    qtbot.waitExposed(window)
    inside = sync.grab().toImage().pixelColor(4, sync.height() // 2)
    assert inside != settings.grab().toImage().pixelColor(4, settings.height() // 2), "drawn greyed out"


def test_office_status_counts_conflicts(qtbot, stores, open_window):
    make_conflict(stores)
    office = open_window(stores.office)
    assert office.sync.status.text() == "Office Northshire · 1 conflict to look at"
    assert office.sync.status.warn
    assert "Sam: 2 cases, 2 bundles in" in office.sync.status.toolTip()


# -- conflicts ------------------------------------------------------------------------------------------------------
def make_conflict(stores: Stores) -> None:
    """Sam and the office both change Jo's locality without seeing each other's change."""
    bundles.import_bundle(stores.office, stores.laptop_bundle("1.age"))
    CaseService(stores.laptop).update(stores.jo, {"locality": "Vale"})
    CaseService(stores.office).update(stores.jo, {"locality": "Dale"})
    bundles.import_bundle(stores.office, stores.laptop_bundle("2.age"))
    assert len(conflicts.list_conflicts(stores.office)) == 1


def columns(dialog) -> list[QFrame]:
    return [f for f in dialog.findChildren(QFrame) if f.property("role") == "choice"]


def test_conflicts_dialog_shows_both_values_and_keeps_the_chosen_one(qtbot, stores, open_window):
    make_conflict(stores)
    office = open_window(stores.office)
    office.ui.actionConflicts.trigger()
    dialog = office.sync.conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.title.text() == "Conflicts to look at (1)"
    cards = columns(dialog)
    assert len(cards) == 2 and cards[0].parent() is cards[1].parent(), "both values in one card"
    shown = {c.findChild(QLabel, "value").text(): [w.text() for w in c.findChildren(QLabel)] for c in cards}
    assert set(shown) == {"Vale", "Dale"}
    assert shown["Vale"][0].startswith("Sam · ") and shown["Dale"][0].startswith("This office · ")
    assert any(w.text() == "Jo Testcase · Case: Locality" for w in dialog.findChildren(QLabel))

    vale = next(c for c in cards if c.findChild(QLabel, "value").text() == "Vale")
    qtbot.mouseClick(vale.findChild(QPushButton, "keep"), Qt.MouseButton.LeftButton)
    assert conflicts.list_conflicts(stores.office) == []
    assert CaseService(stores.office).get(stores.jo).locality == "Vale"
    assert dialog.ui.message.text().startswith("Kept “Vale” for Jo Testcase · Case: Locality.")
    assert dialog.ui.title.text() == "Conflicts to look at"
    assert office.sync.status.text() == "Office Northshire · no conflicts"

    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    assert office.sync.conflicts_dialog is None


def test_write_another_value(qtbot, stores, open_window):
    make_conflict(stores)
    office = open_window(stores.office)
    office.sync.show_conflicts()
    dialog = office.sync.conflicts_dialog
    qtbot.mouseClick(dialog.findChild(QPushButton, "writeAnother"), Qt.MouseButton.LeftButton)
    field = dialog.findChild(QLineEdit, "anotherValue")
    qtbot.keyClicks(field, "Dale End")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveAnother"), Qt.MouseButton.LeftButton)
    assert CaseService(stores.office).get(stores.jo).locality == "Dale End"
    assert conflicts.list_conflicts(stores.office) == []


# -- locking ----------------------------------------------------------------------------------------------------
def test_the_conflicts_dialog_is_closed_at_lock(qtbot, stores):
    make_conflict(stores)
    stores.close()
    controller = AppController(stores.root / "office")
    controller.start()
    unlock(qtbot, controller)
    controller.window.sync.show_conflicts()
    assert "Jo Testcase" in all_texts() and "Vale" in all_texts()

    controller.lock()
    assert controller.window is None
    texts = all_texts()
    assert "Jo Testcase" not in texts and "Vale" not in texts, "after lock no dialog holds case details"
    controller.shutdown()


def test_a_lock_waits_for_a_bundle_being_applied(qtbot, stores):
    stores.close()
    controller = AppController(stores.root / "office")
    controller.start()
    unlock(qtbot, controller)
    sync = controller.window.sync
    sync.busy = True  # as while a worker thread is applying a bundle
    controller.lock("idle")
    assert controller.window is not None, "the store is not closed under a running import"
    sync.busy = False
    sync.idle.emit()
    assert controller.window is None and controller.session is None
    controller.shutdown()
