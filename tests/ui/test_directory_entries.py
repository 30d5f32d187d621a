"""Adding, changing and removing a service in the desktop directory (issue 19), as people do it: a worker on a
laptop adds a service they found locally and finds it again by place and need; the office changes one and marks
one checked today in one click; a laptop cannot change the office's list (the buttons are greyed out and say
why). Everything goes through the same DirectoryService calls as ``safetyworker directory``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from safetyworker.ui.directory_dialog import DirectoryDialog
from safetyworker.ui.directory_entry_dialog import DirectoryEntryDialog
from tests.ui.test_case_record import _in_dialog as _wait_for_dialog


def _in_dialog(dialog_type, act):
    """As tests/ui/test_case_record.py's, but a failed assertion closes the dialog and is raised by ``check``."""
    failures: list[BaseException] = []

    def guarded(dialog) -> None:
        try:
            act(dialog)
        except BaseException as exc:  # the dialog would stay open and hang the test
            failures.append(exc)
            dialog.reject()

    seen = _wait_for_dialog(dialog_type, guarded)

    class Seen(list):
        def __bool__(self) -> bool:
            if failures:
                raise failures[0]
            return bool(seen)

    return Seen()


def _save(dialog: DirectoryEntryDialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def _open(session, qtbot) -> DirectoryDialog:
    dialog = DirectoryDialog(None, session)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    return dialog


def _row_of(dialog: DirectoryDialog, name: str) -> int:
    names = [dialog.model.entry(r)["name"] for r in range(dialog.model.rowCount())]
    return names.index(name)


@pytest.fixture
def laptop(session):
    session.store.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('worker_id', 'w1')")
    return session


@pytest.fixture
def office(session, monkeypatch):
    monkeypatch.setattr(session.store, "role", "office")
    monkeypatch.setattr(session, "role", "office")
    return session


def test_a_worker_adds_a_local_service_and_finds_it_by_place_and_need(laptop, qtbot):
    dialog = _open(laptop, qtbot)
    ui = dialog.ui

    def fill_in(entry: DirectoryEntryDialog) -> None:
        e = entry.ui
        assert entry.focusWidget() is e.name, "the name first, ready to type"
        qtbot.keyClicks(e.name, "Llanwrthwl Community Fridge (test)")
        entry.kinds.boxes["benefits_money"].click()
        entry.kinds.boxes["health"].click()
        assert entry.serves.chosen() == ["any"], "for anyone unless the worker says otherwise"
        qtbot.keyClicks(e.areas, "Llanwrthwl; ld1")
        qtbot.mouseClick(e.outreach, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(e.hours, "Sat 10:00-12:00")
        qtbot.keyClicks(e.phone, "12")
        qtbot.mouseClick(_save(entry), Qt.MouseButton.LeftButton)
        assert entry.isVisible(), "a bad number keeps the dialog open with nothing saved"
        shown = [label.text() for label in entry.findChildren(QLabel, "fieldError") if label.isVisible()]
        assert shown and entry.focusWidget() is e.phone, "the problem shown under the number, the cursor there"
        e.phone.selectAll()
        qtbot.keyClicks(e.phone, "01632 960555")
        qtbot.mouseClick(e.checkedToday, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(_save(entry), Qt.MouseButton.LeftButton)

    before = len(laptop.directory.list())
    seen = _in_dialog(DirectoryEntryDialog, fill_in)
    qtbot.mouseClick(ui.addEntry, Qt.MouseButton.LeftButton)
    assert seen and len(laptop.directory.list()) == before + 1, "saved once, after the number was put right"
    assert "Added Llanwrthwl Community Fridge (test)" in ui.message.text()

    ui.need.setCurrentIndex(ui.need.findData("health"))
    ui.near.setText("LD1 6AB")
    covering = [dialog.model.entry(r) for r in range(dialog.model.rowCount())]
    assert "Llanwrthwl Community Fridge (test)" in [e["name"] for e in covering if e["area"] == "covers"]
    ui.near.setText("Llanwrthwl")
    first = dialog.model.entry(0)
    assert first["name"] == "Llanwrthwl Community Fridge (test)" and first["area"] == "covers"
    assert first["local"] and first["editable"] and not first["stale"]
    assert first["phone"] == "+441632960555" and first["areas"] == ["Llanwrthwl", "LD1"] and first["outreach"]
    assert "(added by a worker)" in dialog.model.data(dialog.model.index(0, 0))
    ui.results.selectRow(0)
    assert ui.editEntry.isEnabled() and ui.removeEntry.isEnabled(), "a worker changes their own entry"

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    try:
        qtbot.mouseClick(ui.removeEntry, Qt.MouseButton.LeftButton)
    finally:
        monkeypatch.undo()
    assert "Llanwrthwl Community Fridge (test)" not in [e["name"] for e in laptop.directory.list()]


def test_a_laptop_cannot_change_the_offices_list(laptop, qtbot):
    dialog = _open(laptop, qtbot)
    ui = dialog.ui
    office_entry = laptop.directory.list()[0]
    assert not office_entry["local"]
    ui.results.selectRow(_row_of(dialog, office_entry["name"]))
    for button in (ui.editEntry, ui.markChecked, ui.removeEntry):
        assert not button.isEnabled()
        assert "only the office changes it" in button.toolTip()
    assert ui.addEntry.isEnabled(), "the worker may still add their own"
    dialog.edit_entry()  # even if reached another way, nothing opens and nothing changes
    assert laptop.directory.get(office_entry["id"]) == office_entry


def test_the_office_edits_an_entry_and_marks_one_checked_today_in_one_click(office, qtbot):
    dialog = _open(office, qtbot)
    ui = dialog.ui
    stale = next(dialog.model.entry(r) for r in range(dialog.model.rowCount()) if dialog.model.entry(r)["stale"])
    before = office.directory.get(stale["id"])
    ui.results.selectRow(_row_of(dialog, stale["name"]))
    assert ui.markChecked.isEnabled()
    qtbot.mouseClick(ui.markChecked, Qt.MouseButton.LeftButton)
    after = office.directory.get(stale["id"])
    assert not after["stale"] and after["checked"] is not None
    assert {k: v for k, v in after.items() if k not in ("checked", "stale")} == {
        k: v for k, v in before.items() if k not in ("checked", "stale")
    }, "nothing else changed"
    assert dialog.chosen()["id"] == stale["id"], "the same service stays chosen"

    target = office.directory.list()[0]
    ui.results.selectRow(_row_of(dialog, target["name"]))

    def change_hours(entry: DirectoryEntryDialog) -> None:
        assert entry.ui.name.text() == target["name"], "the form opens with the entry's details"
        assert entry.kinds.kinds() == target["kinds"]
        entry.ui.hours.selectAll()
        qtbot.keyClicks(entry.ui.hours, "Mon-Thu 9:00-16:00")
        qtbot.mouseClick(_save(entry), Qt.MouseButton.LeftButton)

    seen = _in_dialog(DirectoryEntryDialog, change_hours)
    qtbot.mouseClick(ui.editEntry, Qt.MouseButton.LeftButton)
    assert seen
    changed = office.directory.get(target["id"])
    assert changed["hours"] == "Mon-Thu 9:00-16:00"
    assert {k: v for k, v in changed.items() if k != "hours"} == {k: v for k, v in target.items() if k != "hours"}
    assert "Mon-Thu 9:00-16:00" in ui.detail.text()


def test_the_entry_dialog_and_the_directory_fit_a_small_laptop(office, qtbot):
    dialog = _open(office, qtbot)
    dialog.grab().save("/tmp/fx3-directory.png")
    entry = DirectoryEntryDialog(dialog, office, office.directory.list()[0])
    qtbot.addWidget(entry)
    entry.show()
    assert entry.height() <= 700 and entry.width() <= 1366
    assert entry.minimumSizeHint().height() <= 700
    entry.grab().save("/tmp/fx3-entry.png")


def test_every_control_of_the_directory_and_its_entry_form_has_a_name(office, qtbot):
    from tests.ui.accessible import placeholder_only, unnamed_controls

    dialog = _open(office, qtbot)
    entry = DirectoryEntryDialog(dialog, office, office.directory.list()[0])
    qtbot.addWidget(entry)
    entry.show()
    assert unnamed_controls(dialog) == [] and unnamed_controls(entry) == []
    assert placeholder_only(entry) == []
