"""The office confirms a laptop's words in the desktop app: a held first bundle opens "Confirm this laptop",
wrong words are said in the dialog and change nothing, the right ones import the bundle; the laptop shows its
words in the sync status, and a refused enrolment plainly (docs/sync.md, "Confirming a laptop")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from safetyworker.sync import bundles, confirmation, enrolment
from tests.conftest import PASSPHRASE
from tests.ui.test_sync_desktop import (  # noqa: F401
    Stores,
    counts,
    file_dialog,
    folder_dialog,
    open_window,
    run,
    stores,
)


@pytest.fixture
def unconfirmed(tmp_path):
    s = Stores(tmp_path, confirm=False)
    yield s
    s.close()


def test_a_held_first_bundle_asks_for_the_words_and_imports_once_they_match(
    qtbot,
    monkeypatch,
    unconfirmed,
    open_window,  # noqa: F811
):
    sites = unconfirmed
    bundle = sites.laptop_bundle()
    office = open_window(sites.office)
    file_dialog(monkeypatch, bundle)
    office.ui.actionImport.trigger()
    qtbot.waitUntil(lambda: office.sync.confirm_dialog is not None and office.sync.confirm_dialog.isVisible())
    dialog = office.sync.confirm_dialog
    assert "Confirm this laptop: type the six words the worker reads to you" in [
        label.text() for label in dialog.findChildren(type(dialog.problem))
    ]
    assert counts(sites.office)[0] == 0, "held: nothing applied"
    assert "1 laptop waiting for its words to be confirmed" in office.sync.status.text()

    # Wrong words: said in the dialog, nothing changes, the dialog stays open.
    other = enrolment.create_laptop(sites.root / "other", PASSPHRASE, enrolment.enrol_worker(sites.office, "Ola"))
    try:
        wrong = enrolment.device_fingerprint(other)
    finally:
        other.close()
    dialog.words.setText(wrong)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "do not match the laptop whose bundle is waiting" in dialog.problem.text()
    assert confirmation.confirmed_words(sites.office, sites.worker_id) is None
    dialog.words.setText("three words only")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.text().startswith("Type the six words")

    # The worker's own words, read out in capitals with commas: confirmed, and the bundle imported again.
    dialog.words.setText(", ".join(sites.words.upper().split()))
    said = run(qtbot, office, lambda: qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton))
    assert said == "Bundle 1 from Sam imported: 2 changes applied."
    assert office.sync.confirm_dialog is None
    assert office.model.total() == 2
    assert "waiting for its words" not in office.sync.status.text()


def test_not_now_leaves_the_bundle_waiting(qtbot, monkeypatch, unconfirmed, open_window):  # noqa: F811
    sites = unconfirmed
    office = open_window(sites.office)
    file_dialog(monkeypatch, sites.laptop_bundle())
    office.ui.actionImport.trigger()
    qtbot.waitUntil(lambda: office.sync.confirm_dialog is not None and office.sync.confirm_dialog.isVisible())
    with qtbot.waitSignal(office.sync.said) as blocker:
        office.sync.confirm_dialog.reject()
    assert "still waiting: nothing from it was applied" in blocker.args[0]
    assert counts(sites.office)[0] == 0


def test_a_second_laptop_on_one_enrolment_is_an_alert_at_the_office(qtbot, monkeypatch, unconfirmed, open_window):  # noqa: F811
    sites = unconfirmed
    first = sites.laptop_bundle()
    with pytest.raises(confirmation.WaitingForConfirmation):
        bundles.import_bundle(sites.office, first)
    # A second laptop set up from a copy of Sam's enrolment file.
    copy = enrolment.create_laptop(sites.root / "copy", PASSPHRASE, sites.enrolment)
    try:
        copied = bundles.export_to_office(copy, sites.usb / "copy.age").path
    finally:
        copy.close()
    office = open_window(sites.office)
    file_dialog(monkeypatch, copied)
    said = run(qtbot, office, office.ui.actionImport.trigger)
    assert "this enrolment was already used by another laptop" in said
    assert office.sync.confirm_dialog is None, "nothing to confirm on a spent enrolment"
    status = office.sync.status
    assert "1 alert: an enrolment used by two laptops" in status.text() and status.warn
    assert "Sam's enrolment was already used by another laptop" in status.toolTip()

    # The office's notice, made from the Sync menu, reaches Sam's laptop, which says so in its status bar.
    office.ui.actionExportWorker.trigger()
    chooser = office.sync.worker_dialog
    assert chooser.chosen() == (sites.worker_id, "Sam")
    assert "enrolment used by two laptops" in chooser.ui.workers.item(0).text()
    back = sites.root / "back"
    back.mkdir()
    folder_dialog(monkeypatch, back)
    said = run(qtbot, office, lambda: qtbot.mouseClick(chooser.ui.chooseButton, Qt.MouseButton.LeftButton))
    (notice,) = back.iterdir()
    assert "a notice telling Sam's laptop its enrolment may have been copied" in said
    laptop = open_window(sites.laptop)
    said = run(qtbot, laptop, lambda: laptop.sync.import_file(notice))
    assert "may have been copied. Call the office" in said
    assert laptop.sync.status.text() == "Enrolment refused: call the office" and laptop.sync.status.warn


def test_the_laptop_shows_its_words_in_the_sync_status_until_the_office_answers(qtbot, stores, open_window):  # noqa: F811
    laptop = open_window(stores.laptop)
    assert laptop.sync.status.text().endswith(f"This laptop's words: {stores.words}")
    assert stores.words in laptop.sync.status.toolTip()
    bundles.import_bundle(stores.office, stores.laptop_bundle())
    bundles.import_bundle(
        stores.laptop, bundles.export_to_worker(stores.office, stores.worker_id, stores.usb / "b.age").path
    )
    laptop.sync.status.refresh()
    assert "words" not in laptop.sync.status.text() and stores.words in laptop.sync.status.toolTip()
