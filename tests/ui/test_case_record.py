"""The case record: showing a case, editing it as a whole, inline problems, the append-only log, closing, and
forgetting everything at lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QDate, QDateTime, QModelIndex, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)

from safetyworker.ui.case_record import CaseRecordWidget
from safetyworker.ui.close_case_dialog import CloseCaseDialog
from safetyworker.ui.contact_log import LogCorrectionDialog
from safetyworker.ui.safe_windows import SafeWindowDialog, describe_days, describe_window

# what CaseService.show adds that a save does not touch
_HISTORY = ("contact_log", "notes", "planned_contacts", "created_at", "updated_at")


def _case_id(session, name: str) -> str:
    return next(c.id for c in session.cases.search(include_closed=True) if c.preferred_name == name)


def _stored(session, case_id: str) -> dict:
    doc = session.cases.show(case_id)
    for key in _HISTORY:
        doc.pop(key, None)
    return doc


@pytest.fixture
def record(session, qtbot):
    widget = CaseRecordWidget(session)
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    widget.show()
    return widget


def _ffion(record, session) -> str:
    case_id = _case_id(session, "Ffion")
    record.load(case_id)
    return case_id


def _in_dialog(dialog_type, act):
    """Run ``act(dialog)`` on the modal dialog of ``dialog_type`` as soon as it is shown."""
    seen = []

    def attempt(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, dialog_type):
            seen.append(dialog)
            act(dialog)
        elif tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)
    return seen


def _ok(dialog: QDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


# -- showing ---------------------------------------------------------------------------------------------------


def test_load_shows_the_name_and_the_number(record, session):
    _ffion(record, session)
    assert record.ui.title.text() == "Ffion"
    assert record.ui.statusChip.text() == "Active"
    assert "she/her" in record.ui.subtitle.text() and "Llanidloes" in record.ui.subtitle.text()
    assert record.ui.preferredName.text() == "Ffion"
    editor = record.ui.contactPanel.editor
    assert editor.ui.value.text() == "07700 900101"  # national format, not +44
    assert "07700 900101" in record.ui.contactPanel.ui.methodList.item(0).text()
    assert editor.ui.neverMessageLabel.isVisibleTo(record)  # no voicemail on this number
    assert not record.is_dirty()
    assert not record.ui.saveButton.isEnabled()


def test_a_release_coming_up_is_counted_in_days_in_the_header(record, session):
    """The header's release warning reads as English (and Welsh) counts it: "5 days", "1 day", never "day(s)"."""
    from datetime import date, timedelta

    _ffion(record, session)
    for days, words in ((5, "Due for release in 5 days"), (1, "Due for release in 1 day")):
        record.ui.releaseDate.setText((date.today() + timedelta(days=days)).strftime("%d/%m/%Y"))
        assert record.ui.releaseHint.text() == words


def test_the_release_hint_counts_from_the_stores_today_on_a_utc_laptop(record, session, utc_laptop_after_midnight):
    """At 00:30 in a London summer a laptop set to UTC is still on yesterday: a release today is today."""
    _ffion(record, session)
    record.ui.releaseDate.setText("06/07/2027")
    assert record.ui.releaseHint.text() == "Due for release today"
    record.ui.releaseDate.setText("07/07/2027")
    assert record.ui.releaseHint.text() == "Due for release in 1 day"


def test_safe_windows_read_plainly():
    assert describe_days(["mon", "tue", "wed", "thu", "fri"]) == "Mon–Fri"
    assert describe_days(["mon", "wed"]) == "Mon, Wed"
    assert describe_days(["sat", "sun"]) == "Sat, Sun"
    assert describe_days(["sun", "mon", "tue", "wed", "thu", "fri", "sat"]) == "Every day"
    assert describe_window({"days": ["mon", "wed"], "start": "10:00", "end": "12:00"}) == "Mon, Wed · 10:00–12:00"
    assert "past midnight" in describe_window({"days": ["mon"], "start": "23:00", "end": "01:00"})


# -- editing and saving -----------------------------------------------------------------------------------------


def test_edit_a_contact_method_and_add_a_safe_window(record, session, qtbot):
    case_id = _ffion(record, session)
    editor = record.ui.contactPanel.editor
    editor.ui.safeToText.setChecked(True)
    editor.ui.ifSomeoneElse.setPlainText("Ask for Sam from the library about a late book.")
    assert record.is_dirty()
    assert record.ui.title.text().endswith("•")
    assert record.ui.saveButton.isEnabled()

    def fill(dialog: SafeWindowDialog) -> None:
        dialog.ui.daySat.setChecked(True)
        dialog.ui.startTime.setTime(QTime(14, 0))
        dialog.ui.endTime.setTime(QTime(15, 30))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    seen = _in_dialog(SafeWindowDialog, fill)
    qtbot.mouseClick(editor.ui.addWindow, Qt.MouseButton.LeftButton)
    assert seen, "the safe window dialog did not open"
    assert editor.ui.windowsList.count() == 2
    assert editor.ui.windowsList.item(1).text() == "Sat · 14:00–15:30"

    with qtbot.waitSignal(record.case_saved) as saved:
        qtbot.mouseClick(record.ui.saveButton, Qt.MouseButton.LeftButton)
    assert saved.args == [case_id]
    assert not record.is_dirty()
    assert record.ui.title.text() == "Ffion"

    method = session.cases.show(case_id)["contact_methods"][0]
    assert method["safe_to_text"] is True
    assert method["if_someone_else_answers"] == "Ask for Sam from the library about a late book."
    assert {"days": ["sat"], "start": "14:00", "end": "15:30"} in method["safe_windows"]
    assert method["voicemail_allowed"] is False  # untouched safe defaults stay


def test_a_bad_phone_number_is_shown_beside_the_field_and_nothing_is_saved(record, session, qtbot):
    case_id = _ffion(record, session)
    before = _stored(session, case_id)
    record.ui.legalName.setText("Someone Else Entirely")  # a valid edit that must not be saved on its own
    panel = record.ui.contactPanel
    panel.select(1)
    panel.editor.ui.value.setText("0123")
    panel.select(0)  # the problem is on the second method; the record must go back to it

    assert record.save() is False
    assert record.ui.tabs.currentWidget() is record.ui.contactTab
    assert panel.current_row() == 1
    value = panel.editor.ui.value
    assert value.text() == "0123"  # the edit is kept
    assert value.property("invalid") is True
    errors = [label for label in panel.editor.findChildren(QLabel, "fieldError") if label.isVisibleTo(record)]
    assert errors and "phone number" in errors[0].text()
    assert record.ui.errorBanner.isVisibleTo(record)
    assert "Not saved" in record.ui.errorBanner.text()
    assert record.is_dirty()
    assert _stored(session, case_id) == before

    # put right, the message goes and both edits are saved together
    value.setText("07700 900999")
    assert record.save() is True
    assert not [label for label in panel.editor.findChildren(QLabel, "fieldError") if label.isVisibleTo(record)]
    after = _stored(session, case_id)
    assert after["legal_name"] == "Someone Else Entirely"
    assert after["contact_methods"][1]["value"] == "+447700900999"


def test_a_date_that_cannot_be_read_is_shown_beside_the_date(record, session):
    case_id = _ffion(record, session)
    before = _stored(session, case_id)
    record.ui.tabs.setCurrentWidget(record.ui.contactTab)
    record.ui.dateOfBirth.setText("next Tuesday")
    assert record.save() is False
    assert record.ui.tabs.currentWidget() is record.ui.personTab
    assert record.ui.dateOfBirth.property("invalid") is True
    assert "Date of birth" in record.ui.errorBanner.text()
    record.ui.dateOfBirth.setText("31/02/1990")  # the right shape, but no such day: the core says so
    assert record.save() is False
    assert "not a real date" in record.ui.errorBanner.text()
    assert _stored(session, case_id) == before
    record.ui.dateOfBirth.setText("14/03/1990")
    assert record.save() is True
    assert _stored(session, case_id)["date_of_birth"] == "1990-03-14"


def test_the_same_start_and_end_is_refused(record, session, qtbot):
    _ffion(record, session)
    editor = record.ui.contactPanel.editor
    state = {}

    def fill(dialog: SafeWindowDialog) -> None:
        dialog.ui.dayMon.setChecked(True)
        dialog.ui.startTime.setTime(QTime(10, 0))
        dialog.ui.endTime.setTime(QTime(10, 0))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        state["still_open"] = dialog.isVisible()
        state["message"] = dialog.ui.errorLabel.text() if dialog.ui.errorLabel.isVisible() else ""
        dialog.reject()

    _in_dialog(SafeWindowDialog, fill)
    qtbot.mouseClick(editor.ui.addWindow, Qt.MouseButton.LeftButton)
    assert state["still_open"] is True
    assert "different" in state["message"]
    assert editor.ui.windowsList.count() == 1
    assert not record.is_dirty()


def test_removing_a_method_and_a_child_is_saved(record, session):
    case_id = _ffion(record, session)
    landline = session.cases.show(case_id)["contact_methods"][1]["id"]
    record.ui.contactPanel.select(1)
    record.ui.contactPanel.remove_current()
    record.ui.childrenPanel.select(1)
    record.ui.childrenPanel.remove_current()
    assert record.is_dirty()
    assert record.save() is True
    doc = session.cases.show(case_id)
    assert landline not in [m["id"] for m in doc["contact_methods"]]
    assert [c["name"] for c in doc["children"]] == ["Osian"]


def test_a_new_case_is_added(record, session, qtbot):
    count = session.cases.count()
    record.new_case()
    assert record.ui.title.text() == "New case"
    assert not record.ui.tabs.isTabEnabled(record.ui.tabs.indexOf(record.ui.logTab))
    record.ui.preferredName.setText("Rhian")
    record.ui.contactPanel.add_method("mobile")
    record.ui.contactPanel.editor.ui.value.setText("07700 900555")
    with qtbot.waitSignal(record.case_saved) as saved:
        assert record.save() is True
    assert session.cases.count() == count + 1
    doc = session.cases.show(saved.args[0])
    assert doc["preferred_name"] == "Rhian"
    method = doc["contact_methods"][0]
    assert (method["value"], method["voicemail_allowed"], method["withhold_number"]) == ("+447700900555", False, True)
    assert record.case_id == saved.args[0]
    assert record.ui.tabs.isTabEnabled(record.ui.tabs.indexOf(record.ui.logTab))


# -- leaving with unsaved changes --------------------------------------------------------------------------------


def test_maybe_leave_asks_when_there_are_unsaved_changes(record, session, monkeypatch):
    case_id = _ffion(record, session)
    before = _stored(session, case_id)

    def must_not_ask(*_args, **_kwargs):
        raise AssertionError("asked with nothing to save")

    monkeypatch.setattr(QMessageBox, "question", must_not_ask)
    assert record.maybe_leave() is True

    record.ui.pronouns.setText("they/them")
    asked = []

    def answer(button):
        def question(*args, **kwargs):
            asked.append(args[1:3])
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert record.maybe_leave() is False
    assert asked
    assert record.is_dirty()
    assert record.ui.pronouns.text() == "they/them"

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert record.maybe_leave() is True
    assert not record.is_dirty()
    assert record.ui.pronouns.text() == "she/her"
    assert _stored(session, case_id) == before

    record.ui.pronouns.setText("she/they")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    assert record.maybe_leave() is True
    assert _stored(session, case_id)["pronouns"] == "she/they"


def test_undoing_an_edit_by_hand_is_not_a_change(record, session):
    _ffion(record, session)
    record.ui.locality.setText("Llanidloes town")
    assert record.is_dirty()
    record.ui.locality.setText("Llanidloes")
    assert not record.is_dirty()


# -- closing ----------------------------------------------------------------------------------------------------


def test_close_a_case_with_a_reason(record, session, qtbot):
    case_id = _ffion(record, session)
    state = {}

    def fill(dialog: CloseCaseDialog) -> None:
        state["ok_before"] = dialog.ok_button.isEnabled()
        dialog.ui.reason.setPlainText("   ")
        state["ok_blank"] = dialog.ok_button.isEnabled()
        dialog.ui.reason.setPlainText("Moved away to family; handed over to the local service.")
        state["ok_after"] = dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _in_dialog(CloseCaseDialog, fill)
    with qtbot.waitSignal(record.case_saved) as saved:
        qtbot.mouseClick(record.ui.closeCaseButton, Qt.MouseButton.LeftButton)
    assert saved.args == [case_id]
    assert state == {"ok_before": False, "ok_blank": False, "ok_after": True}
    doc = session.cases.show(case_id)
    assert doc["status"] == "closed"
    assert doc["closed_reason"] == "Moved away to family; handed over to the local service."
    assert record.ui.statusChip.text() == "Closed"
    assert not record.ui.closeCaseButton.isEnabled()
    assert record.ui.closedBanner.isVisibleTo(record)


# -- the contact log --------------------------------------------------------------------------------------------


def test_a_log_entry_and_its_correction_are_two_entries(record, session, qtbot):
    case_id = _ffion(record, session)
    before = len(session.cases.show(case_id)["contact_log"])
    panel = record.ui.logPanel
    form = panel.ui.entryForm
    form.ui.channel.setCurrentIndex(form.ui.channel.findData("phone"))
    form.ui.outcome.setCurrentIndex(form.ui.outcome.findData("spoke"))
    form.ui.note.setText("Checked in; all well this week.")
    # The test runs at any hour: log the call inside Ffion's safe times (weekdays 09:30-11:30), on the last
    # weekday before today, so it needs no reason for being outside them.
    day = QDate.currentDate().addDays(-1)
    while day.dayOfWeek() > 5:
        day = day.addDays(-1)
    form.ui.when.setDateTime(QDateTime(day, QTime(10, 15)))
    with qtbot.waitSignal(record.history_changed):
        qtbot.mouseClick(panel.ui.addEntry, Qt.MouseButton.LeftButton)
    log = session.cases.show(case_id)["contact_log"]
    assert len(log) == before + 1
    first = log[-1]
    assert (first["outcome"], first["note"], first["corrects_id"]) == ("spoke", "Checked in; all well this week.", None)
    assert panel.ui.logTree.topLevelItem(0).text(3) == "Checked in; all well this week."  # newest first

    panel.select_entry(first["id"])

    def fill(dialog: LogCorrectionDialog) -> None:
        f = dialog.ui.entryForm
        f.ui.outcome.setCurrentIndex(f.ui.outcome.findData("no_answer_no_message"))
        f.ui.note.setText("No answer; the earlier entry was the wrong case.")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    seen = _in_dialog(LogCorrectionDialog, fill)
    qtbot.mouseClick(panel.ui.correctEntry, Qt.MouseButton.LeftButton)
    assert seen
    log = session.cases.show(case_id)["contact_log"]
    assert len(log) == before + 2
    correction = next(e for e in log if e["corrects_id"] == first["id"])
    assert correction["outcome"] == "no_answer_no_message"
    original = next(e for e in log if e["id"] == first["id"])
    assert original["outcome"] == "spoke"  # never edited
    texts = [panel.ui.logTree.topLevelItem(i).text(2) for i in range(panel.ui.logTree.topLevelItemCount())]
    assert "Spoke with them (corrected)" in texts
    assert "Correction: No answer, no message left" in texts


def test_a_note_written_after_midnight_reads_on_the_stores_clock(record, session, utc_laptop_after_midnight):
    """A note written at 00:30 in a London summer is headed with London's time, not the UTC laptop's Monday 23:30."""
    _ffion(record, session)
    record.ui.notesPanel.show_notes([{"id": "n1", "at": "2027-07-05T23:30:00Z", "text": "Rang back."}])
    assert record.ui.notesPanel.ui.notesList.item(0).text() == "Tue 6 Jul 2027, 00:30\nRang back."


def test_a_log_entry_is_timed_on_the_stores_clock_on_a_utc_laptop(record, session, utc_laptop_after_midnight):
    """At 00:30 in a London summer the new entry offers 00:30 on Tuesday (not the UTC laptop's Monday 23:30), is
    stored as that moment, and an entry being corrected shows its time in London too."""
    _ffion(record, session)
    form = record.ui.logPanel.ui.entryForm
    assert form.ui.when.dateTime() == QDateTime(QDate(2027, 7, 6), QTime(0, 30))
    assert form.problem() == ""  # not "in the future"
    assert form.entry()["at"] == utc_laptop_after_midnight
    form.set_entry({"at": "2027-07-05T22:15:00Z", "channel": "phone", "outcome": "spoke"})
    assert form.ui.when.dateTime() == QDateTime(QDate(2027, 7, 5), QTime(23, 15))


def test_left_message_is_offered_only_where_voicemail_is_allowed(record, session):
    _ffion(record, session)  # no voicemail on any number
    form = record.ui.logPanel.ui.entryForm
    for channel in ("phone", "text", "visit"):
        form.ui.channel.setCurrentIndex(form.ui.channel.findData(channel))
        assert "left_message" not in form.offered_outcomes()
    record.load(_case_id(session, "Sam"))  # her work phone allows a message
    form.ui.channel.setCurrentIndex(form.ui.channel.findData("phone"))
    assert "left_message" in form.offered_outcomes()
    form.ui.method.setCurrentIndex(1)  # the home landline: no
    assert "left_message" not in form.offered_outcomes()


def test_notes_are_added_and_corrected_as_new_notes(record, session, qtbot):
    case_id = _ffion(record, session)
    before = len(session.cases.show(case_id)["notes"])
    notes = record.ui.notesPanel
    notes.ui.newNote.setPlainText("Rang probation about the unannounced visit.")
    qtbot.mouseClick(notes.ui.addNote, Qt.MouseButton.LeftButton)
    stored = session.cases.show(case_id)["notes"]
    assert len(stored) == before + 1
    assert notes.ui.notesList.item(0).text().endswith("Rang probation about the unannounced visit.")


# -- geometry and lock -------------------------------------------------------------------------------------------


def test_dialogs_remember_their_geometry(qtbot):
    from safetyworker.ui import prefs

    dialog = SafeWindowDialog()
    qtbot.addWidget(dialog)
    dialog.resize(640, 360)
    dialog.show()
    dialog.reject()
    assert prefs.settings().value("geometry/SafeWindowDialog") is not None


def _texts(widget: QWidget) -> list[str]:
    found = [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QLabel | QLineEdit):
        found.append(widget.text())
    if isinstance(widget, QPlainTextEdit):
        found.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        found += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QTreeWidget):
        for i in range(widget.topLevelItemCount()):
            item = widget.topLevelItem(i)
            found += [item.text(c) for c in range(item.columnCount())]
    if isinstance(widget, QAbstractItemView) and isinstance(widget.model(), QAbstractItemModel):
        model = widget.model()
        root = QModelIndex()
        for row in range(model.rowCount(root)):
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(model.index(row, column), role)
                    if value is not None:
                        found.append(str(value))
    return found


def test_clear_leaves_no_case_data_in_any_widget(record, session):
    _ffion(record, session)
    # look at everything first, so every part has been filled
    for i in range(record.ui.tabs.count()):
        record.ui.tabs.setCurrentIndex(i)
    record.ui.childrenPanel.select(1)
    record.ui.contactPanel.select(1)
    record.ui.pronouns.setText("she/her, edited")  # unsaved edits go too
    record.ui.logPanel.ui.logTree.setCurrentItem(record.ui.logPanel.ui.logTree.topLevelItem(0))
    secrets = ["Ffion", "Rowlands", "07700 900101", "+447700900101", "01632 960101", "washing", "Osian", "Mali"]
    before = [text for w in record.findChildren(QWidget) for text in _texts(w)]
    assert any("Ffion" in text for text in before)

    record.clear()

    for widget in [record, *record.findChildren(QWidget)]:
        for text in _texts(widget):
            for secret in secrets:
                assert secret not in text, f"{widget.objectName() or type(widget).__name__} still shows {secret!r}"
    assert not record.is_dirty()
    assert record.case_id is None


def test_the_probation_reference_is_typed_on_the_case_and_kept(record, session, qtbot):
    """The office matches probation's updates on it: typed in the person causing harm's part of the case."""
    case_id = _ffion(record, session)
    assert record.ui.harmReference.text() == "PR/2026/0141"  # the demo's
    record.ui.harmReference.setFocus()
    record.ui.harmReference.selectAll()
    qtbot.keyClicks(record.ui.harmReference, "  PR/2024/77 ")
    assert record.is_dirty()
    assert record.save() is True
    assert session.cases.show(case_id)["person_causing_harm"]["reference"] == "PR/2024/77"
    record.load(case_id)
    assert record.ui.harmReference.text() == "PR/2024/77"
