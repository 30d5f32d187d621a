"""Issue 17, "Fitting a small screen": on a 1366x768 laptop with a title bar and a taskbar there is at most
1366x700 for the app. The main window, every tab of the record and every dialog are laid out at that size, and
the things a worker needs are checked to be on screen, not cut off, not behind a scrollbar or scroll arrows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QDialogButtonBox, QScrollArea, QWidget

from safetyworker.services.session import Session
from safetyworker.ui.audit_dialog import AuditDialog
from safetyworker.ui.call_card_dialog import CallCardDialog
from safetyworker.ui.caseload_model import CaseloadModel
from safetyworker.ui.close_case_dialog import CloseCaseDialog
from safetyworker.ui.confirm_words_dialog import ConfirmWordsDialog
from safetyworker.ui.conflicts_dialog import ConflictsDialog
from safetyworker.ui.contact_log import LogCorrectionDialog, NoteDialog
from safetyworker.ui.first_run import FirstRunDialog
from safetyworker.ui.look import apply_look, install_language
from safetyworker.ui.main_window import MainWindow
from safetyworker.ui.planned_contacts import CancelContactDialog, PlanContactDialog
from safetyworker.ui.safe_windows import PeriodDialog, SafeWindowDialog
from safetyworker.ui.settings_dialog import SettingsDialog
from safetyworker.ui.sync_worker_dialog import SyncWorkerDialog
from safetyworker.ui.unlock_dialog import UnlockDialog
from tests.ui.test_sync_desktop import Stores

WIDTH, HEIGHT = 1366, 700


@pytest.fixture(params=["en", "cy"])
def looked(qapp, request):
    """The app's own style sheet (sizes depend on it), in English and in Welsh: Welsh words are longer, and a
    worker who chose Cymraeg has the same 1366x768 laptop."""
    apply_look(qapp)
    install_language(qapp, request.param)  # after the look, which installs the language saved in Settings
    yield qapp
    qapp.setStyleSheet("")
    install_language(qapp, "en")


@pytest.fixture
def window(session, bridge, qtbot, looked) -> MainWindow:
    w = MainWindow(session, bridge)
    qtbot.addWidget(w)  # deleted after the test, not left holding the demo's names for the next one
    w.resize(WIDTH, HEIGHT)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.discard()
    w.close()


def settle(qtbot) -> None:
    qtbot.wait(50)
    QApplication.processEvents()


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def in_view(widget: QWidget) -> bool:
    """Shown whole inside every scroll area around it (nothing to scroll to see it) and inside its window."""
    if not widget.isVisible():
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            viewport = parent.viewport()
            if not viewport.rect().contains(rect_in(widget, viewport)):
                return False
        parent = parent.parentWidget()
    top = widget.window()
    return top.rect().contains(rect_in(widget, top))


def test_the_main_window_fits_1366x700(qtbot, window):
    assert window.minimumSizeHint().width() <= WIDTH and window.minimumSizeHint().height() <= HEIGHT
    settle(qtbot)
    assert (window.width(), window.height()) == (WIDTH, HEIGHT), "nothing forced the window to grow"
    bar = window.ui.toolBar
    assert bar.sizeHint().width() <= WIDTH, "every toolbar button shows: none behind the overflow arrow"
    for action in (window.ui.actionLock, window.ui.actionHide):
        button = bar.widgetForAction(action)
        assert button.isVisible() and window.rect().contains(rect_in(button, window)), action.text()
    table = window.ui.caseTable
    assert not table.horizontalScrollBar().isVisible(), "the caseload never scrolls sideways"
    viewport = table.viewport().width()
    for column in (CaseloadModel.NAME, CaseloadModel.NEXT, CaseloadModel.LAST, CaseloadModel.CALL_NOW):
        assert not table.isColumnHidden(column)
        left = table.columnViewportPosition(column)
        assert left >= 0 and left + table.columnWidth(column) <= viewport, column
        heading = table.model().headerData(column, Qt.Orientation.Horizontal)
        assert table.horizontalHeader().sectionSize(column) >= table.fontMetrics().horizontalAdvance(heading)


def test_a_laptop_with_a_long_sync_status_opens_at_1366(qtbot, tmp_path, looked, monkeypatch):
    """An enrolled laptop's status line (sent today, nothing new, this laptop's words) is longer than the
    window, above all in Welsh: the bar measured it before its labels could give way, and the window opened
    wider than the screen (1402-1495 px), cutting off its right side."""
    from safetyworker.ui.bridge import CoreBridge
    from safetyworker.ui.sync_status import SyncStatusLabel

    long_line = " · ".join(["Sent to the office today, nothing new to send"] * 4)
    monkeypatch.setattr(SyncStatusLabel, "describe", lambda *_a: (long_line, False, ""))
    stores = Stores(tmp_path / "sync", confirm=False)
    session = Session(stores.laptop)
    bridge = CoreBridge(stores.laptop.events)
    try:
        window = MainWindow(session, bridge)
        qtbot.addWidget(window)
        window.resize(WIDTH, HEIGHT)
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)
        assert window.width() == WIDTH, window.width()
        window.discard()
    finally:
        bridge.detach()
        stores.close()


def test_every_record_tab_is_in_view_and_the_call_safety_details_need_no_scrolling(qtbot, window, session):
    ffion = next(c.id for c in session.cases.search() if c.preferred_name == "Ffion")
    window.open_case(ffion)
    settle(qtbot)
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)
    record = window.record
    tabs = record.ui.tabs
    bar = tabs.tabBar()
    assert not tabs.usesScrollButtons()
    assert bar.sizeHint().width() <= tabs.width(), "every tab title fits: no scroll arrows, nothing cut"
    for i in range(tabs.count()):
        assert bar.rect().contains(bar.tabRect(i)), tabs.tabText(i)
        tabs.setCurrentIndex(i)
        settle(qtbot)
        assert (window.width(), window.height()) == (WIDTH, HEIGHT), f"the {tabs.tabText(i)} tab widened the window"
        for button in (record.ui.saveButton, record.ui.closeCaseButton):
            assert in_view(button)

    tabs.setCurrentWidget(record.ui.contactTab)
    settle(qtbot)
    editor = record.ui.contactPanel.editor.ui
    for needed in (editor.value, editor.neverMessageLabel, editor.askFor, editor.codeWord):
        assert in_view(needed), needed.objectName()

    tabs.setCurrentWidget(record.ui.personTab)
    settle(qtbot)
    assert in_view(record.ui.languages), "the languages they speak (Welsh?) in view without scrolling"

    tabs.setCurrentWidget(record.ui.logTab)
    settle(qtbot)
    panel = record.ui.logPanel.ui
    assert in_view(panel.addEntry)
    tree = panel.logTree
    item = tree.topLevelItem(0)
    note = item.text(3)
    assert note, "the demo case has a note in its log"
    row = tree.visualItemRect(item)
    needed = tree.fontMetrics().boundingRect(QRect(0, 0, tree.columnWidth(3) - 12, 10_000), 0x1000, note)
    assert row.height() >= needed.height(), "a long note wraps onto more lines, not cut to '…'"


def dialogs(session: Session, stores: Stores, tmp_path, keep: list) -> list[QDialog]:
    cases = session.cases
    ffion = next(c.id for c in cases.search() if c.preferred_name == "Ffion")
    doc = cases.show(ffion)
    entry = doc["contact_log"][0]
    from safetyworker.ui.case_record import CaseRecordWidget

    record = CaseRecordWidget(session)
    keep.append(record)  # the plan preview's parent
    record.load(ffion)
    preview = record.ui.planPanel.preview()
    made = [
        CallCardDialog(session, ffion),
        CloseCaseDialog(None),
        LogCorrectionDialog(None, doc["contact_methods"], entry),
        NoteDialog(None, "A note\n" * 40),
        CancelContactDialog(None, "Mid-point contact, Tue 8 Dec 2026"),
        PlanContactDialog(date.today()),
        SafeWindowDialog(None),
        PeriodDialog(None, "A time they are free to talk, just this once.", "One-off safe time"),
        SettingsDialog(None),
        UnlockDialog(tmp_path / "store"),
        FirstRunDialog(tmp_path / "new-store"),
        ConflictsDialog(Session(stores.office)),
        AuditDialog(Session(stores.office)),
        SyncWorkerDialog(Session(stores.office)),
        ConfirmWordsDialog(Session(stores.office), stores.worker_id, "Sam"),
    ]
    history = record.ui.planPanel.show_history()
    assert preview is not None and history is not None
    made += [preview, history]
    return made


def test_every_dialog_fits_1366x700_with_its_buttons_inside(qtbot, session, tmp_path, looked):
    stores = Stores(tmp_path / "sync", confirm=False)
    keep: list = []
    try:
        for dialog in dialogs(session, stores, tmp_path, keep):
            qtbot.addWidget(dialog)  # deleted after the test: the office's dialogs hold a worker's name
            dialog.show()
            qtbot.waitExposed(dialog)
            settle(qtbot)
            name = type(dialog).__name__
            assert dialog.height() <= HEIGHT and dialog.width() <= WIDTH, (name, dialog.size())
            assert dialog.minimumSizeHint().height() <= HEIGHT, name
            buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
            boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.isVisible()]
            assert buttons, name
            for button in [*buttons, *boxes]:
                assert dialog.rect().contains(rect_in(button, dialog)), (name, button.text())
            dialog.reject()
    finally:
        for record in keep:
            record.clear()
        stores.close()


def test_a_size_remembered_on_a_big_screen_is_cut_to_the_screen(qtbot, looked):
    """A preview enlarged on a 1080-high monitor must not open with its Print button under a laptop's taskbar."""
    from safetyworker.ui.plan_print import PlanPrintDialog
    from safetyworker.ui.remembered_dialog import SCREEN_MARGIN

    big = PlanPrintDialog(lambda _options, _action: b"")
    big.resize(1200, 1040)
    big.done(0)  # remembered, as when the worker closes it
    big.deleteLater()
    dialog = PlanPrintDialog(lambda _options, _action: b"")
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() - SCREEN_MARGIN and dialog.width() <= room.width()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.rect().contains(rect_in(dialog.ui.printButton, dialog))


@pytest.mark.parametrize("size", ["large", "larger"])
def test_at_the_larger_text_sizes_the_window_stays_on_a_1366x700_screen(qtbot, session, bridge, looked, size):
    """Settings → text size "Large" or "Larger": the window never grows past the laptop's screen. Where the record
    needs more room than there is beside the caseload it scrolls; Lock and Hide (F12) stay on the toolbar."""
    from safetyworker.ui import prefs

    prefs.set_text_size(size)
    apply_look(looked)
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    try:
        settle(qtbot)
        assert window.minimumSizeHint().width() <= WIDTH and window.minimumSizeHint().height() <= HEIGHT
        ffion = next(c.id for c in session.cases.search() if c.preferred_name == "Ffion")
        window.open_case(ffion)
        tabs = window.record.ui.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            settle(qtbot)
            assert (window.width(), window.height()) == (WIDTH, HEIGHT), f"the {tabs.tabText(i)} tab grew the window"
            assert not tabs.usesScrollButtons(), "the tab titles are whole; the record scrolls instead"
        bar = window.ui.toolBar
        for action in (window.ui.actionLock, window.ui.actionHide):
            button = bar.widgetForAction(action)
            assert button.isVisible() and window.rect().contains(rect_in(button, window)), action.text()
        table = window.ui.caseTable
        assert not table.horizontalScrollBar().isVisible(), "the caseload still never scrolls sideways"
        # an edit is saved by keys alone (Ctrl+S), whether or not Save is scrolled into view
        window.record.ui.tabs.setCurrentWidget(window.record.ui.personTab)
        window.record.ui.preferredName.setFocus()
        qtbot.keyClick(window.record.ui.preferredName, Qt.Key.Key_End)
        qtbot.keyClicks(window.record.ui.preferredName, "a")
        assert window.record.is_dirty()
        qtbot.keyClick(window.record.ui.preferredName, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot)
        assert not window.record.is_dirty() and session.cases.show(ffion)["preferred_name"] == "Ffiona"
    finally:
        window.discard()
        window.close()


def test_a_tab_asking_for_a_review_never_widens_the_window_past_a_laptop(qtbot, session, bridge, looked):
    """Sam's risk assessment asks for a review ("something changed": a release date, and no assessment yet). Her
    record's tabs stay on a 1366 screen, none behind scroll arrows, in English and in Welsh, and no title however
    long can change that."""
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    sam = next(c.id for c in session.cases.search() if c.preferred_name == "Sam")
    window.open_case(sam)
    settle(qtbot)
    record = window.record
    tabs, bar = record.ui.tabs, record.ui.tabs.tabBar()
    risk = tabs.indexOf(record.riskTab)
    assert not tabs.tabIcon(risk).isNull(), "the review is marked with a shape beside the title"
    assert tabs.tabText(risk) == record.tr("Risk"), "the title itself stays short"
    assert record.riskPanel.prompt.text() in bar.accessibleTabName(risk)

    def fits() -> int:
        settle(qtbot)
        assert not tabs.usesScrollButtons()
        assert bar.width() <= tabs.width()
        for i in range(tabs.count()):
            assert bar.rect().contains(bar.tabRect(i)), f"{tabs.tabText(i)} is hidden"
            assert tabs.tabToolTip(i), f"the whole name of {tabs.tabText(i)} is in its tooltip"
        return window.minimumSizeHint().width()

    fitted = fits()
    assert fitted <= WIDTH
    assert (window.width(), window.height()) == (WIDTH, HEIGHT), "nothing forced the window to grow"
    # whatever a title says, the tab bar asks for no more width
    for i in range(tabs.count()):
        tabs.setTabText(i, tabs.tabText(i) + ": rhywbeth wedi newid, adolygu'r asesiad risg?")
    assert fits() <= max(fitted, WIDTH)
    assert record.tabFit.wanted_width() <= window._record_room()
    window.discard()
    window.close()


def test_today_is_whole_beside_the_caseload_after_a_case_was_open(qtbot, window, session):
    """The record is wider than Today; once it has been built, the splitter must still stop where the part beside
    the caseload is whole at normal text size (it scrolls sideways only when even a small laptop's room is not
    enough). The splitter dragged to halves at 1366 once hid Today's Refresh and Visits behind a scroll bar."""
    ffion = next(c.id for c in session.cases.search() if c.preferred_name == "Ffion")
    window.open_case(ffion)
    settle(qtbot)
    window.show_today()
    window.ui.splitter.setSizes([WIDTH // 2, WIDTH // 2])
    settle(qtbot)
    side = window.ui.splitter.widget(1)
    assert not side.horizontalScrollBar().isVisible(), "Today scrolls sideways beside the caseload"
    for button in (window.today.ui.refreshButton, window.today.ui.visitsButton):
        assert in_view(button), button.objectName()
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)
