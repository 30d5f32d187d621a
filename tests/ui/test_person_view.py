"""Show to the person: reached from the case's safety plan tab, a full-screen view of their own copy only. Every
widget's text, tooltip and accessible name is walked: no other case, no worker-only item, no meaning of agreed
words, nothing of the case record. Escape and Alt+F4 do not leave it; Finish locks the app; F12 hides and locks;
what is changed together is saved as a new plan version."""

from __future__ import annotations

import re

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from safetyworker.services.plans import PlanService
from safetyworker.ui.person_view import ItemText, PersonPlanView
from safetyworker.ui.unlock_dialog import UnlockDialog
from tests.ui.accessible import unnamed_controls
from tests.ui.test_app_and_lock import start, texts_of, unlock


def _case_id(session, name: str) -> str:
    return next(s.id for s in session.cases.search(include_closed=True) if s.preferred_name == name)


def _open_person_view(qtbot, controller, name: str = "Ffion") -> PersonPlanView:
    window = controller.window
    window.open_case(_case_id(controller.session, name))
    record = window.record
    record.ui.tabs.setCurrentWidget(record.ui.planTab)
    qtbot.mouseClick(record.ui.planPanel.ui.showPersonButton, Qt.MouseButton.LeftButton)
    view = controller.person_view
    assert isinstance(view, PersonPlanView) and view.isVisible()
    return view


def _everything_shown() -> str:
    """Every text, tooltip and accessible name of every visible window and its widgets."""
    found = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            found += texts_of(widget)
            found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    return "\n".join(found)


def _what_must_not_show(session, case_id: str) -> list[str]:
    """Every other case's names, this plan's worker-only items and agreed words' meanings, this case's record."""
    secrets = []
    for summary in session.cases.search(include_closed=True):
        if summary.id != case_id:
            secrets.append(summary.preferred_name)
    plan = session.plans.current(case_id)
    secrets += [i.text for i in plan.items if not i.personal_copy]
    secrets += [i.meaning for i in plan.items if i.meaning]
    case = session.cases.get(case_id)
    secrets += [case.legal_name, case.person_causing_harm.name, *case.address_lines, case.postcode]
    return [s for s in secrets if s.strip()]


def test_the_view_shows_the_persons_copy_and_nothing_else(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    session = controller.session
    case_id = _case_id(session, "Ffion")
    secrets = _what_must_not_show(session, case_id)
    view = _open_person_view(qtbot, controller)
    assert view.isFullScreen()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [view], "no caseload, no other window"
    shown = _everything_shown()
    assert "Mrs Ellis next door" in shown and "'Is the washing out?'" in shown
    assert "Fy nghynllun" in shown, "Ffion speaks Welsh: her copy is in Welsh"
    for secret in secrets:  # as whole words ("Sam" is a name; the Welsh for Samaritans is not)
        assert not re.search(rf"\b{re.escape(secret)}\b", shown), f"the person's view shows {secret!r}"
    for forbidden in ("Safety Worker", "Caseload", "Ffion"):
        assert forbidden not in shown
    assert unnamed_controls(view) == []
    controller.shutdown()


def test_leaving_without_the_passphrase_is_impossible(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    view = _open_person_view(qtbot, controller)
    editor = view.findChildren(ItemText)[0]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    view.close()  # Alt+F4, the window's close button
    qtbot.keyClick(view, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert view.isVisible() and controller.session is not None
    assert not controller.window.isVisible(), "the caseload stays out of sight"

    controller.window.show()  # something tries to bring the caseload back (a notice, a stray show)
    qtbot.waitUntil(lambda: not controller.window.isVisible(), timeout=2_000)

    qtbot.mouseClick(view.ui.finishButton, Qt.MouseButton.LeftButton)  # Finish: locks
    assert controller.session is None and controller.person_view is None
    assert not shiboken6.isValid(view) or not view.isVisible()
    assert isinstance(controller.dialog, UnlockDialog)
    unlock(qtbot, controller)
    assert controller.window.isVisible() and controller.person_view is None
    assert controller.window.position()["case_id"] == _case_id(controller.session, "Ffion"), "back at the case"
    controller.shutdown()


def test_the_hide_key_hides_the_view_and_locks(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    view = _open_person_view(qtbot, controller)
    qtbot.keyClick(view.findChildren(ItemText)[0], Qt.Key.Key_F12)
    assert controller.covered and not view.isVisible()
    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)
    assert controller.person_view is None
    assert "Mrs Ellis" not in _everything_shown()
    controller.shutdown()


def test_editing_together_saves_a_version_and_keeps_the_worker_items(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    session = controller.session
    case_id = _case_id(session, "Ffion")
    before = session.plans.current(case_id)
    view = _open_person_view(qtbot, controller)
    assert not view.ui.saveButton.isEnabled()
    editor = next(e for e in view.findChildren(ItemText) if e.toPlainText().startswith("My sister Catrin"))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Or text her.")
    view.ui.addSection.setCurrentIndex(view.ui.addSection.findData("safe_places"))
    qtbot.mouseClick(view.ui.addButton, Qt.MouseButton.LeftButton)
    new = [e for e in view.findChildren(ItemText) if e.isVisible() and not e.toPlainText()]
    assert (len(new) == 1 and new[0].hasFocus()) or QApplication.focusWidget() is None  # offscreen: no active window
    qtbot.keyClicks(new[0], "The library on Tuesdays")
    pancakes = next(e for e in view.findChildren(ItemText) if e.isVisible() and "Pancakes" in e.toPlainText())
    remove = next(
        b for b in pancakes.parentWidget().findChildren(QPushButton) if b.text() == "Tynnu"
    )  # her view is in Welsh
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)  # off their copy; the worker keeps what it means
    assert view.ui.saveButton.isEnabled()
    qtbot.mouseClick(view.ui.saveButton, Qt.MouseButton.LeftButton)
    assert view.ui.messageLabel.text() == "Wedi'i gadw."  # "Saved.", in her language
    after = PlanService(session.store).current(case_id)
    assert after.version == before.version + 1
    texts = [i.text for i in after.items]
    assert "My sister Catrin: 07700 900131. Or text her." in texts and "The library on Tuesdays" in texts
    worker_only = [i for i in before.items if not i.personal_copy]
    assert [i for i in after.items if not i.personal_copy and "Pancakes" not in i.text] == worker_only
    assert any("Pancakes" in i.text and not i.personal_copy for i in after.items)
    assert [i.meaning for i in after.items if i.meaning] == [i.meaning for i in before.items if i.meaning]
    assert not view.ui.saveButton.isEnabled()
    controller.shutdown()


def test_finishing_with_changes_not_saved_asks_first(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    case_id = _case_id(controller.session, "Ffion")
    view = _open_person_view(qtbot, controller)
    qtbot.keyClicks(view.findChildren(ItemText)[0], "x")
    answers: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        answers.append(box.text())
        box.button(QMessageBox.StandardButton.Save).click()

    QTimer.singleShot(0, answer)
    version = controller.session.plans.current(case_id).version
    store_folder = controller.session.folder
    qtbot.mouseClick(view.ui.finishButton, Qt.MouseButton.LeftButton)
    assert answers and controller.session is None
    from safetyworker.services.door import open_session
    from tests.conftest import PASSPHRASE

    with open_session(store_folder, PASSPHRASE) as session:
        assert session.plans.current(case_id).version == version + 1
    controller.shutdown()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_view_fits_the_screen(qtbot, demo_store_dir, size):
    controller = start(qtbot, demo_store_dir)
    view = _open_person_view(qtbot, controller)
    view.showNormal()
    view.resize(*size)
    qtbot.wait(50)
    assert view.ui.finishButton.isVisible() and view.ui.saveButton.isVisible()
    assert view.ui.scroll.horizontalScrollBar().maximum() == 0, "no sideways scrolling"
    view.ui.largerText.setChecked(True)
    qtbot.wait(50)
    assert view.ui.scroll.horizontalScrollBar().maximum() == 0
    controller.shutdown()


def _catalogue(*contexts: str) -> dict[str, str]:
    """English source -> Welsh, for the given contexts of the Welsh catalogue."""
    from xml.etree import ElementTree

    from safetyworker.resources import resource

    found = {}
    root = ElementTree.parse(resource("translations") / "safetyworker_cy.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") in contexts:
            for message in context.iter("message"):
                source, welsh = message.findtext("source") or "", message.findtext("translation") or ""
                if welsh and welsh != source:
                    found[source] = welsh
    return found


def _view_texts(view: PersonPlanView) -> set[str]:
    found: set[str] = set()
    for widget in [view, *view.findChildren(QWidget)]:
        if widget.isVisibleTo(view):
            found.update(texts_of(widget))
            found.update((widget.accessibleName(), widget.toolTip()))
    return found - {""}


def test_the_whole_view_speaks_the_language_of_the_copy(qtbot, demo_store_dir):
    """The person never sees two languages: in Cymraeg every control of the view is in Welsh, and back in
    English every one is in English again (the app itself speaks English here)."""
    controller = start(qtbot, demo_store_dir)
    view = _open_person_view(qtbot, controller)  # Ffion speaks Welsh: it opens in Cymraeg
    welsh = _catalogue("PersonView", "PersonPlanView")
    shown = _view_texts(view)
    assert view.ui.language.currentData() == "cy"
    english_left = sorted(shown & set(welsh))
    assert english_left == [], f"English left in the Welsh view: {english_left}"
    for source in ("Finish and lock", "Save changes", "Add to", "Larger text", "Hide (F12)", "Remove"):
        assert welsh[source] in shown
    assert any(name.startswith("Tynnu eitem 1 o ") for name in shown), "the Remove buttons' names too"

    view.ui.language.setCurrentIndex(view.ui.language.findData("en"))
    shown = _view_texts(view)
    welsh_left = sorted(shown & set(welsh.values()))
    assert welsh_left == [], f"Welsh left in the English view: {welsh_left}"
    for source in ("Finish and lock", "Save changes", "Add to", "Larger text", "Hide (F12)", "Remove", "Language"):
        assert source in shown
    view.ui.language.setCurrentIndex(view.ui.language.findData("cy"))
    assert welsh["Save changes"] == view.ui.saveButton.text()

    # the question before finishing too, and Qt's own button words
    qtbot.keyClicks(next(e for e in view.findChildren(ItemText) if e.isVisible()), "x")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.extend([box.windowTitle(), box.text(), *(b.text() for b in box.buttons())])
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(view.ui.finishButton, Qt.MouseButton.LeftButton)
    assert welsh["Save the changes?"] in seen and sorted(seen[2:]) == sorted(["Cadw", "Taflu", "Canslo"])
    controller.shutdown()
