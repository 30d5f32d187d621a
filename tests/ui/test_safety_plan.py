"""The safety plan tab: writing a plan, saving versions, reading earlier ones, preview, print and save as PDF,
and forgetting all of it at lock."""

from __future__ import annotations

import tempfile

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from safetyworker.printing.options import PrintOptions
from safetyworker.services.plans import PlanService
from safetyworker.ui.case_record import CaseRecordWidget
from safetyworker.ui.plan_history import PlanHistoryDialog
from safetyworker.ui.plan_print import PlanPrintDialog
from tests.ui.test_app_and_lock import all_texts, start, texts_of


def _case_id(session, name: str) -> str:
    return next(c.id for c in session.cases.search(include_closed=True) if c.preferred_name == name)


def _audit(session, action: str) -> list[tuple[str, str]]:
    rows = session.store.db.execute(
        "SELECT target_id, detail FROM audit_event WHERE action = ? ORDER BY seq", (action,)
    ).fetchall()
    return [tuple(row) for row in rows]


@pytest.fixture
def record(session, qtbot):
    widget = CaseRecordWidget(session)
    qtbot.addWidget(widget)
    widget.resize(900, 820)
    widget.show()
    return widget


def _open(record, session, name: str) -> tuple[str, object]:
    case_id = _case_id(session, name)
    record.load(case_id)
    record.ui.tabs.setCurrentWidget(record.ui.planTab)
    return case_id, record.ui.planPanel


def _write(qtbot, panel, text: str) -> None:
    panel.ui.itemText.selectAll()
    qtbot.keyClicks(panel.ui.itemText, text)


def _pages(data: bytes) -> int:
    import io

    return len(PdfReader(io.BytesIO(data)).pages)


# -- writing and versions ---------------------------------------------------------------------------------------


def test_the_first_review_date_offered_is_the_stores_today_on_a_utc_laptop(record, session, utc_laptop_after_midnight):
    """At 00:30 in a London summer a laptop set to UTC is still on yesterday: "No date" is the step before
    London's today, so the first date offered is today (6 July), never yesterday, which the plan would refuse."""
    _case_id, panel = _open(record, session, "Nia")  # no plan yet
    assert panel.ui.reviewDate.text() == "No date"
    assert panel.ui.reviewDate.date() == QDate(2027, 7, 5)
    panel.ui.reviewDate.stepUp()
    assert panel.ui.reviewDate.date() == QDate(2027, 7, 6)


def test_write_save_and_read_an_earlier_version(record, session, qtbot):
    case_id, panel = _open(record, session, "Nia")  # no plan yet
    plans = PlanService(session.store)
    assert plans.current(case_id) is None
    assert not panel.ui.printButton.isEnabled()  # nothing saved to print yet
    panel.ui.template.setCurrentIndex(panel.ui.template.findData("preparing_to_leave"))
    assert not record.is_dirty()  # choosing a situation alone is not a plan

    qtbot.mouseClick(panel.ui.addItem, Qt.MouseButton.LeftButton)
    _write(qtbot, panel, "My brother Tom: 07700 900222")
    panel.ui.personalCopy.click()
    assert "copy the person keeps" in panel.ui.personalHint.text()
    panel.editor.add_item("code_words")
    _write(qtbot, panel, "Asking about the blue umbrella means call 999")
    panel.ui.personalCopy.setChecked(True)
    panel.editor.add_item("leaving_plan")
    _write(qtbot, panel, "Housing officer knows; refuge space to be checked")  # worker copy only
    panel.editor.add_item("emergency_bag")  # left empty: not saved
    panel.ui.reviewDate.setDate(QDate.currentDate().addDays(14))
    assert record.is_dirty()
    assert record.ui.title.text().endswith("•")
    assert record.ui.saveButton.isEnabled()

    with qtbot.waitSignal(panel.saved) as saved:
        qtbot.mouseClick(panel.ui.saveButton, Qt.MouseButton.LeftButton)
    assert saved.args == [case_id]
    first = plans.current(case_id)
    assert first.version == 1 and first.template == "preparing_to_leave"
    assert [(i.section, i.text, i.personal_copy) for i in first.items] == [
        ("people_to_contact", "My brother Tom: 07700 900222", True),
        ("code_words", "Asking about the blue umbrella means call 999", True),
        ("leaving_plan", "Housing officer knows; refuge space to be checked", False),
    ]
    assert first.review_date == QDate.currentDate().addDays(14).toPython()
    assert not record.is_dirty()
    assert "Saved as version 1" in panel.ui.messageLabel.text()
    assert "Version 1" in panel.ui.versionLabel.text()
    review = [p for p in session.cases.show(case_id)["planned_contacts"] if p["kind"] == "review"]
    assert [p["due"] for p in review if p["status"] == "planned"] == [first.review_date.isoformat()]

    # edit again: a second version; the first is kept as it was
    panel.editor.select("item", 0)
    _write(qtbot, panel, "My brother Tom: 07700 900333")
    qtbot.mouseClick(panel.ui.clearReview, Qt.MouseButton.LeftButton)
    assert panel.ui.reviewDate.text() == "No date"
    assert record.save() is True
    assert [v.version for v in plans.versions(case_id)] == [1, 2]
    assert plans.current(case_id).items[0].text == "My brother Tom: 07700 900333"
    assert plans.current(case_id).review_date is None
    assert plans.version(case_id, 1).items[0].text == "My brother Tom: 07700 900222"

    # saving with nothing new says so plainly and adds no version
    assert panel.save() is True
    assert "Nothing has changed" in panel.ui.messageLabel.text()
    assert len(plans.versions(case_id)) == 2

    history = panel.show_history()
    assert isinstance(history, PlanHistoryDialog)
    assert history.shown_version() == 2
    history.select_version(1)
    shown = history.ui.plan.toPlainText()
    assert "07700 900222" in shown and "07700 900333" not in shown
    assert "worker copy only" in shown
    assert history.ui.plan.isReadOnly()
    history.reject()


def test_reorder_move_and_remove_items(record, session, qtbot):
    case_id, panel = _open(record, session, "Nia")
    for text in ("First", "Second", "Third"):
        panel.editor.add_item("safe_places", text)
    panel.editor.select("item", 2)
    qtbot.mouseClick(panel.ui.moveUp, Qt.MouseButton.LeftButton)
    assert [i["text"] for i in panel.editor.items()] == ["First", "Third", "Second"]
    assert not panel.ui.moveDown.isEnabled() or panel.editor.selected_index() == 1
    panel.ui.section.setCurrentIndex(panel.ui.section.findData("pets"))  # move "Third" to another section
    assert [(i["section"], i["text"]) for i in panel.editor.items()] == [
        ("safe_places", "First"),
        ("safe_places", "Second"),
        ("pets", "Third"),
    ]
    panel.editor.select("item", 0)
    qtbot.mouseClick(panel.ui.removeItem, Qt.MouseButton.LeftButton)
    assert [i["text"] for i in panel.editor.items()] == ["Second", "Third"]
    # a tick in the tree is the same as the tick beside the text
    row = panel.editor.row_of(0)
    row.setCheckState(1, Qt.CheckState.Checked)
    assert panel.editor.items()[0]["personal_copy"] is True
    assert record.save() is True
    saved = PlanService(session.store).current(case_id)
    assert [(i.section, i.text, i.personal_copy) for i in saved.items] == [
        ("safe_places", "Second", True),
        ("pets", "Third", False),
    ]


def test_a_problem_is_shown_at_the_item_and_nothing_is_saved(record, session, qtbot):
    case_id, panel = _open(record, session, "Nia")
    panel.editor.add_item("people_to_contact", "Fine")
    panel.editor.add_item("documents", "x" * 2001)  # longer than an item may be
    panel.editor.select("item", 0)
    assert record.save() is False
    assert panel.editor.selected_index() == 1  # the record goes to the item with the problem
    assert record.ui.tabs.currentWidget() is record.ui.planTab
    assert "Not saved" in panel.ui.messageLabel.text()
    assert PlanService(session.store).current(case_id) is None
    assert record.is_dirty()


def test_an_unsaved_plan_is_guarded_like_the_record(record, session, qtbot, monkeypatch):
    case_id, panel = _open(record, session, "Ffion")
    before = PlanService(session.store).current(case_id)
    panel.editor.select("item", 0)
    _write(qtbot, panel, "Changed, not saved")
    assert record.is_dirty()
    asked = []

    def discard(*args, **_kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", discard)
    assert record.maybe_leave() is True
    assert asked
    assert not record.is_dirty()
    assert panel.editor.items()[0]["text"] == before.items[0].text
    assert PlanService(session.store).current(case_id).version == before.version


def test_a_closed_case_plan_can_be_read_but_not_changed(record, session):
    case_id = _case_id(session, "Ffion")
    session.cases.close(case_id, "Moved away; handed over.")
    _case, panel = _open(record, session, "Ffion")
    assert panel.ui.closedHint.isVisibleTo(record)
    assert panel.editor.add_item("pets", "Anything") is None
    assert not panel.ui.addItem.isEnabled()
    assert panel.ui.printButton.isEnabled()


# -- preview, print, save -----------------------------------------------------------------------------------------


def _previewed(qtbot, dialog: PlanPrintDialog) -> None:
    """Wait for the preview, made off the GUI thread."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)


def test_preview_shows_every_page_and_is_audited(record, session, qtbot):
    case_id, panel = _open(record, session, "Ffion")
    plans = PlanService(session.store)
    dialog = panel.preview()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PlanPrintDialog)
    assert dialog.busy and dialog.ui.pagesLabel.text() == "Preparing the preview…", "it says so at once"
    assert not dialog.ui.printButton.isEnabled() and not dialog.ui.saveButton.isEnabled()
    _previewed(qtbot, dialog)
    assert dialog.ui.printButton.isEnabled()
    assert dialog.options() == PrintOptions("personal")  # the discreet copy unless the worker chooses otherwise
    assert _audit(session, "plan.preview")[-1] == (case_id, "personal:en")
    expected = _pages(plans.render(case_id, PrintOptions("personal"), "plan.preview"))
    assert dialog.page_count() == expected > 0
    assert dialog.ui.pdfView.document().pageCount() == expected

    dialog.set_options("card", lang="cy")
    _previewed(qtbot, dialog)
    assert _audit(session, "plan.preview")[-1] == (case_id, "card:cy")
    assert dialog.page_count() == _pages(plans.render(case_id, PrintOptions("card", lang="cy"), "plan.preview"))
    dialog.ui.workerCopy.click()
    _previewed(qtbot, dialog)
    assert dialog.options().variant == "worker"
    assert not dialog.ui.language.isEnabled()  # the worker copy is English
    assert _audit(session, "plan.preview")[-1] == (case_id, "worker:en")
    dialog.reject()


def test_the_preview_says_in_one_line_what_the_copy_shows_if_found(record, session, qtbot):
    _case_id, panel = _open(record, session, "Ffion")
    dialog = panel.preview()
    qtbot.addWidget(dialog)
    _previewed(qtbot, dialog)
    line = dialog.if_found_text()
    assert line.startswith("If someone else finds this copy") and "\n" not in line
    assert "Catrin" in line and "Mrs Ellis" in line and "07700 900131" in line
    assert "their name" not in line  # not printed unless the worker ticks it
    assert dialog.ui.ifFoundLabel.isVisibleTo(dialog)
    dialog.ui.includeName.click()
    _previewed(qtbot, dialog)
    assert "their name" in dialog.if_found_text()
    dialog.ui.workerCopy.click()
    _previewed(qtbot, dialog)
    assert dialog.if_found_text() == "" and not dialog.ui.ifFoundLabel.isVisibleTo(dialog)
    dialog.ui.pocketCard.click()
    _previewed(qtbot, dialog)
    assert "Osian" not in dialog.if_found_text(), "the card holds only people to call and agreed words"
    assert "Catrin" in dialog.if_found_text()
    dialog.reject()
    assert dialog.if_found_text() == "", "nothing of the plan stays in the closed dialog"


def test_agreed_words_have_a_worker_only_meaning_box(record, session, qtbot):
    from tests.test_plan_pdf import text_of

    case_id, panel = _open(record, session, "Nia")  # no plan yet
    panel.ui.template.setCurrentIndex(panel.ui.template.findData("preparing_to_leave"))
    panel.editor.add_item("people_to_contact")
    _write(qtbot, panel, "Tom: 07700 900222")
    assert not panel.ui.itemMeaning.isVisibleTo(panel), "only agreed words have a meaning"
    panel.editor.add_item("code_words")
    assert panel.ui.itemMeaning.isVisibleTo(panel) and panel.ui.meaningLabel.isVisibleTo(panel)
    _write(qtbot, panel, "'Did you feed the cat?'")
    qtbot.keyClicks(panel.ui.itemMeaning, "Texted to Tom: come now")
    panel.ui.personalCopy.setChecked(True)
    assert "never" in panel.ui.personalHint.text()
    assert record.save() is True
    plans = PlanService(session.store)
    item = plans.current(case_id).items[1]
    assert (item.section, item.text, item.meaning, item.personal_copy) == (
        "code_words",
        "'Did you feed the cat?'",
        "Texted to Tom: come now",
        True,
    )
    card = text_of(plans.render(case_id, PrintOptions("card"), "plan.preview"))
    assert "did you feed the cat?" in card and "come now" not in card
    assert "come now" in text_of(plans.render(case_id, PrintOptions("worker"), "plan.preview"))
    history = panel.show_history()
    assert "what it means, worker copy only: Texted to Tom: come now" in history.ui.plan.toPlainText()
    history.reject()
    # moved to another section, the meaning stays in view (never hidden from the worker) and off the copies
    panel.editor.select("item", 1)
    panel.ui.section.setCurrentIndex(panel.ui.section.findData("phone_online"))
    assert panel.ui.itemMeaning.isVisibleTo(panel)
    assert panel.ui.itemMeaning.toPlainText() == "Texted to Tom: come now"


def test_print_paints_the_pages_and_no_file_is_left_in_temp(record, session, qtbot, tmp_path, monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    case_id, panel = _open(record, session, "Ffion")
    dialog = panel.preview()
    qtbot.addWidget(dialog)
    dialog.set_options("personal", large_print=True)
    _previewed(qtbot, dialog)
    pages = dialog.page_count()
    assert pages > 1

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the "printer" writes here, outside temp
    out = tmp_path / "printer" / "printed.pdf"
    out.parent.mkdir()
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.output_done, timeout=15_000) as printed:
        dialog.print_to(printer)
        assert "Preparing the pages" in dialog.ui.messageLabel.text(), "it says so at once"
        assert not dialog.ui.printButton.isEnabled() and not dialog.ui.saveButton.isEnabled()
    assert printed.args == [True]
    assert dialog.ui.printButton.isEnabled()
    assert "Sent to the printer" in dialog.ui.messageLabel.text()
    assert _pages(out.read_bytes()) == pages
    assert _audit(session, "plan.print")[-1] == (case_id, "personal:en:large")
    dialog.reject()
    QApplication.processEvents()
    assert list(temp.iterdir()) == [], "preview and print must not leave anything in the temp folder"


def _answer_modal(kind, act, tries: int = 100) -> None:
    widget = QApplication.activeModalWidget()
    if isinstance(widget, kind):
        act(widget)
    elif tries:
        QTimer.singleShot(20, lambda: _answer_modal(kind, act, tries - 1))


def test_save_as_pdf_warns_first_then_writes_the_file(record, session, qtbot, tmp_path):
    case_id, panel = _open(record, session, "Ffion")
    dialog = panel.preview()
    qtbot.addWidget(dialog)
    dialog.set_options("card")
    _previewed(qtbot, dialog)
    seen = []

    def cancel(box: QMessageBox) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, lambda: _answer_modal(QMessageBox, cancel))
    assert dialog.save_pdf() is False
    assert seen and "encrypted" in seen[0]
    assert _audit(session, "plan.save_pdf") == []

    target = tmp_path / "stick" / "for-later"
    target.parent.mkdir()

    def go_on(box: QMessageBox) -> None:
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        QTimer.singleShot(0, lambda: _answer_modal(QFileDialog, choose))

    def choose(files: QFileDialog) -> None:
        files.selectFile(str(target))
        files.accept()

    QTimer.singleShot(0, lambda: _answer_modal(QMessageBox, go_on))
    with qtbot.waitSignal(dialog.output_done, timeout=15_000) as done:
        assert dialog.save_pdf() is True
    assert done.args == [True]
    saved = target.with_name("for-later.pdf")
    assert saved.exists() and _pages(saved.read_bytes()) == dialog.page_count()
    assert _audit(session, "plan.save_pdf") == [(case_id, "card:en")]
    dialog.reject()


def test_an_earlier_version_can_be_printed(record, session, qtbot):
    case_id, panel = _open(record, session, "Ffion")  # the demo gives Ffion two versions
    history = panel.show_history()
    qtbot.addWidget(history)
    history.select_version(1)
    with qtbot.waitSignal(history.print_requested):
        qtbot.mouseClick(history.ui.printButton, Qt.MouseButton.LeftButton)
    dialog = next(d for d in panel.open_dialogs() if isinstance(d, PlanPrintDialog))
    _previewed(qtbot, dialog)
    assert "earlier version" in dialog.ui.aboutLabel.text() and "Version 1" in dialog.ui.aboutLabel.text()
    old = PlanService(session.store).render(case_id, PrintOptions("personal"), "plan.preview", version=1)
    assert dialog.page_count() == _pages(old)


# -- lock ----------------------------------------------------------------------------------------------------------


def _plan_texts(session, case_id: str) -> list[str]:
    return [item.text for item in PlanService(session.store).current(case_id).items]


def test_clear_drops_the_edit_closes_the_windows_and_leaves_no_plan_text(record, session, qtbot):
    case_id, panel = _open(record, session, "Ffion")
    secrets = [text[:20] for text in _plan_texts(session, case_id)]
    panel.editor.select("item", 1)
    _write(qtbot, panel, "An unsaved edit about the back door")
    preview = panel.open_print(None)
    history = panel.show_history()
    assert preview.isVisible() and history.isVisible()
    version = PlanService(session.store).current(case_id).version

    record.clear()

    assert not shiboken6.isValid(preview) and not shiboken6.isValid(history)
    assert panel.open_dialogs() == []
    for widget in [record, *record.findChildren(QWidget)]:
        for text in texts_of(widget):
            for secret in [*secrets, "unsaved edit", "Ffion"]:
                assert secret not in text, f"{widget.objectName() or type(widget).__name__} still shows {secret!r}"
    assert not record.is_dirty()
    assert PlanService(session.store).current(case_id).version == version  # the edit was dropped, not saved


def test_locking_the_app_closes_the_preview(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    session = controller.session
    case_id = _case_id(session, "Ffion")
    secret = _plan_texts(session, case_id)[0][:20]
    window.open_case(case_id)
    panel = window.record.ui.planPanel
    window.record.ui.tabs.setCurrentWidget(window.record.ui.planTab)
    panel.editor.select("item", 0)
    dialog = panel.open_print(None)
    assert dialog.isVisible()
    assert secret in all_texts()  # the item is open in the editor

    controller.lock()

    assert not shiboken6.isValid(dialog)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PlanPrintDialog | PlanHistoryDialog)]
    assert secret not in all_texts()
    controller.shutdown()


def test_helplines_chosen_for_the_person_are_saved_with_the_plan(record, session):
    """The men's advice line instead of the general one: chosen in the plan's helplines menu, kept in the plan."""
    case_id, panel = _open(record, session, "Ffion")
    usual = panel.ui.helplinesButton.text()
    by_id = {a.data(): a for a in panel.ui.helplinesButton.menu().actions() if a.isCheckable()}
    assert by_id["emergency"].isChecked() and not by_id["emergency"].isEnabled()  # 999 always
    by_id["national_da_helpline"].trigger()  # untick the general line
    by_id = {a.data(): a for a in panel.ui.helplinesButton.menu().actions() if a.isCheckable()}
    by_id["mens_advice_line"].trigger()  # tick the men's advice line
    assert panel.is_dirty() and panel.ui.helplinesButton.text() != usual
    assert panel.save()
    chosen = session.plans.current(case_id).helplines
    assert "mens_advice_line" in chosen and "national_da_helpline" not in chosen
    record.grab().save("/tmp/h15b-plan.png")
