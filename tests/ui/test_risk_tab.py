"""The Risk tab: a checklist filled in by keyboard alone (1/2/3/0), the score and level shown as it fills, the
review date on Today, the caseload's risk column, the "something changed" prompt, the referral, and a lock that
leaves nothing of it on screen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QTextBrowser

from safetyworker.services.case_search import CaseSummary
from safetyworker.services.risk import CaseRisk
from safetyworker.ui.case_record import CaseRecordWidget
from safetyworker.ui.caseload_model import CaseloadFilter, CaseloadModel
from safetyworker.ui.risk_referral import ReferralDialog
from safetyworker.ui.today import TodayWidget
from tests.ui.test_app_and_lock import all_texts, start
from tests.ui.test_today_and_call_card import worked_out


def _case_id(session, name: str) -> str:
    return next(c.id for c in session.cases.search(include_closed=True) if c.preferred_name == name)


@pytest.fixture
def record(session, qtbot):
    widget = CaseRecordWidget(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    return widget


def _open(record, session, name: str):
    case_id = _case_id(session, name)
    record.load(case_id)
    record.ui.tabs.setCurrentWidget(record.riskTab)
    return case_id, record.riskPanel


def test_fill_the_checklist_by_keyboard_alone_and_see_the_level(record, session, qtbot):
    case_id, panel = _open(record, session, "Nia")
    panel.template.setCurrentIndex(panel.template.findData("example-24"))
    panel.table.setFocus()
    assert panel.table.currentRow() == 0
    assert "Score 0 of 24" in panel.result.text() and "Standard" in panel.result.text()
    for _ in range(10):
        qtbot.keyClick(panel.table, Qt.Key.Key_1)  # yes, and on to the next question
    assert "Score 10 of 24" in panel.result.text() and "Medium" in panel.result.text()
    assert not panel.referHint.isVisible()
    qtbot.keyClick(panel.table, Qt.Key.Key_2)  # no
    qtbot.keyClick(panel.table, Qt.Key.Key_3)  # don't know
    qtbot.keyClick(panel.table, Qt.Key.Key_0)  # not asked
    for _ in range(4):
        qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert "Score 14 of 24" in panel.result.text() and "High" in panel.result.text()
    assert panel.referHint.isVisible() and "MARAC" in panel.referHint.text()
    answers = panel.answers()
    assert list(answers.values())[10:13] == ["no", "dont_know", "not_asked"]
    panel.seenAlone.setChecked(True)
    panel.review.setDate(QDate.currentDate().addDays(7))
    assert panel.save()
    saved = session.risk.latest(case_id)
    assert (saved.score, saved.level, saved.seen_alone) == (14, "high", True)
    assert "Score 0 of 24" in panel.result.text(), "a fresh checklist for the next review"
    assert panel.earlier.count() == 1 and "score 14" in panel.earlier.itemText(0)
    assert panel.chart.series() and panel.chart.series()[0].count() == 1


def test_judgement_raises_with_a_reason_and_a_missing_reason_is_said(record, session, qtbot):
    case_id, panel = _open(record, session, "Nia")
    panel.template.setCurrentIndex(panel.template.findData("practice-14"))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    panel.judgement.setCurrentIndex(panel.judgement.findData("high"))
    assert "High" in panel.result.text() and panel.referHint.isVisible()
    assert not panel.save()
    assert "Reason" in panel.message.text() and "needs a written reason" in panel.message.text()
    assert session.risk.assessments(case_id) == []
    panel.reason.setPlainText("Threats to kill at the handover")
    assert panel.save()
    assert session.risk.latest(case_id).judgement == {"level": "high", "reason": "Threats to kill at the handover"}


def test_the_review_date_is_on_today(record, session, qtbot):
    _case, panel = _open(record, session, "Nia")
    panel.review.setDate(QDate.currentDate())
    assert panel.save()
    today = TodayWidget(session)
    qtbot.addWidget(today)
    today.now = datetime.now(UTC)
    worked_out(qtbot, today)
    texts = today.section_texts("reviews")
    assert "Nia" in texts
    assert any(t.startswith("Risk assessment review · due") for t in texts)


def test_an_overdue_risk_review_says_it_is_the_risk_assessments(record, session, qtbot):
    _case, panel = _open(record, session, "Nia")
    panel.review.setDate(QDate.currentDate().addDays(-3))
    assert panel.save()
    today = TodayWidget(session)
    qtbot.addWidget(today)
    today.now = datetime.now(UTC)
    worked_out(qtbot, today)
    texts = today.section_texts("overdue")
    assert "Risk assessment review · 3 days overdue" in texts, texts


def test_something_changed_prompts_a_review(record, session, qtbot):
    case_id, panel = _open(record, session, "Nia")
    assert panel.save()
    assert not panel.prompt.isVisible()
    session.cases.append_log(case_id, channel="visit", outcome="visit_done", incident=True)
    record.load(case_id)
    assert panel.prompt.isVisible() and "Something changed: review the risk assessment?" in panel.prompt.text()
    tabs, index = record.ui.tabs, record.ui.tabs.indexOf(record.riskTab)
    # a short title and a warning shape (not a colour, not longer words); the words in the tooltip and the name
    assert tabs.tabText(index) == "Risk" and not tabs.tabIcon(index).isNull()
    assert tabs.tabToolTip(index) == panel.prompt.text()
    assert tabs.tabBar().accessibleTabName(index) == f"Risk: {panel.prompt.text()}"


def test_an_earlier_assessment_can_be_read(record, session, qtbot):
    _case, panel = _open(record, session, "Nia")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    panel.table.setCurrentCell(0, 2)
    panel.note.setText("")
    qtbot.keyClicks(panel.note, "left in October")
    assert panel.save()
    panel.open_earlier()
    dialog = panel._dialogs[-1]
    text = dialog.findChild(QTextBrowser, "riskEarlierText")
    assert text is not None and "left in October" in text.toPlainText()
    dialog.reject()


def test_the_referral_dialog_records_and_saves_a_pdf(record, session, qtbot, tmp_path):
    case_id, panel = _open(record, session, "Nia")
    assert panel.save()
    dialog = ReferralDialog(session, case_id, panel)
    qtbot.addWidget(dialog)
    dialog.marac.setText("Northshire MARAC")
    dialog.consent.setCurrentIndex(dialog.consent.findData("given"))
    dialog.wishes.setPlainText("to know when he is released")
    target = tmp_path / "referral.pdf"
    assert dialog.save_pdf(target)
    text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "to know when he is released" in " ".join(text.split()) and "CONFIDENTIAL" in text
    assert not dialog.save_pdf(target), "never over a file that is there"
    assert "already exists" in dialog.message.text()
    dialog.record()
    assert session.risk.referrals(case_id)[-1].marac == "Northshire MARAC"


def test_lock_clears_the_risk_tab(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    session = controller.session
    case_id = _case_id(session, "Nia")
    window.open_case(case_id)
    panel = window.record.riskPanel
    window.record.ui.tabs.setCurrentWidget(window.record.riskTab)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    panel.table.setCurrentCell(0, 2)
    qtbot.keyClicks(panel.note, "secret note about the knife")
    panel.reason.setPlainText("a reason nobody else may read")
    assert "secret note about the knife" in all_texts()
    panel.refer()
    dialog = panel._dialogs[-1]
    assert dialog.isVisible()

    controller.lock()

    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    texts = all_texts()
    assert "secret note about the knife" not in texts and "a reason nobody else may read" not in texts
    assert "Recent or imminent separation" not in texts, "not even the questions of the case's checklist"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ReferralDialog) and w.isVisible()]
    controller.shutdown()


# -- the caseload's risk column ------------------------------------------------------------------------------


def _model():
    model = CaseloadModel()
    proxy = CaseloadFilter()
    proxy.setSourceModel(model)
    model.set_cases(
        [
            CaseSummary("c1", "Alex", "Bala", "active", None, None, None),
            CaseSummary("c2", "Bryn", "Bala", "active", None, None, None),
            CaseSummary("c3", "Carys", "Bala", "active", None, None, None),
        ]
    )
    model.set_risk(
        {
            "c1": CaseRisk("high", "High", 15),
            "c2": CaseRisk("standard", "Standard", 2, review_due="2026-01-01", overdue=True),
        }
    )
    return model, proxy


def test_the_risk_column_passes_qtmodeltester_and_shows_level_and_review_due(qtmodeltester):
    model, _proxy = _model()
    qtmodeltester.check(model, force_py=True)
    model.sort(CaseloadModel.RISK, Qt.SortOrder.DescendingOrder)
    model.set_risk({"c3": CaseRisk("medium", "Medium", 9)})
    model.clear()


def test_the_risk_column_shows_level_and_review_due_and_sorts_highest_first():
    model, proxy = _model()
    risk = {proxy.index(r, 0).data(): proxy.index(r, CaseloadModel.RISK).data() for r in range(proxy.rowCount())}
    assert risk == {"Alex": "High", "Bryn": "Standard · review due", "Carys": ""}
    proxy.sort(CaseloadModel.RISK, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Alex", "Bryn", "Carys"]
    assert "score 15" in proxy.index(0, CaseloadModel.RISK).data(Qt.ItemDataRole.ToolTipRole)
    model.set_risk({})
    model.clear()


def test_the_main_window_shows_the_risk_column(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    session = controller.session
    case_id = _case_id(session, "Nia")
    due = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    session.risk.add(
        case_id, {"template": "example-24", "answers": {f"q{i:02d}": "yes" for i in range(1, 11)}, "next_review": due}
    )
    window.resize(1920, 1080)  # room for it beside the columns that always show (on a narrow screen it gives way)
    qtbot.waitUntil(lambda: not window.ui.caseTable.isColumnHidden(CaseloadModel.RISK), timeout=5000)
    row = window.proxy.row_of(case_id)
    qtbot.waitUntil(lambda: window.proxy.index(row, CaseloadModel.RISK).data() == "Medium · review due", timeout=5000)
    # ...and the name's tooltip says it whatever the width
    assert "Medium · review due" in window.proxy.index(row, CaseloadModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
    controller.shutdown()


def test_an_unfinished_checklist_is_an_unsaved_change_of_the_record(record, session, qtbot):
    case_id, panel = _open(record, session, "Nia")
    assert not record.is_dirty()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert record.is_dirty() and record.ui.saveButton.isEnabled(), "leaving would ask first"
    assert record.save()
    assert not record.is_dirty()
    assert session.risk.latest(case_id).answers["separation"] == "yes"


def test_the_history_chart_keeps_one_pair_of_axes_however_often_it_is_drawn(session, qtbot):
    # axes removed and made again as each case opened were still drawn once the chart had been hidden and shown
    # (another case, Today): "02 Oct 26  02 Oct 26  23 Nov 26" under a three-point chart, seen at 1920x1080
    from safetyworker.ui.risk_tab import RiskPanel

    case_id = _case_id(session, "Nia")  # no assessment in the demo: these three are the chart's only points
    for day, n in (("2026-08-14", 8), ("2026-10-02", 11), ("2026-11-20", 12)):
        answers = {f"q{i:02d}": "yes" for i in range(1, n + 1)}
        session.risk.add(case_id, {"template": "example-24", "answers": answers, "assessed_at": f"{day}T10:00:00Z"})
    panel = RiskPanel()
    qtbot.addWidget(panel)
    panel.bind(session)
    panel.show()
    panel.set_case(case_id)
    axes = panel.chart.axes()
    assert len(axes) == 2 and all(a.isVisible() for a in axes)
    panel.clear()
    assert not any(a.isVisible() for a in panel.chart.axes()), "a cleared chart shows no dates"
    panel.set_case(case_id)
    assert panel.chart.axes() == axes, "the same two axes, not new ones beside the old"
    assert [s.count() for s in panel.chart.series()] == [3, 0]


def test_a_broken_checklist_file_leaves_the_app_open_and_the_risk_tab_says_which(qtbot, demo_store_dir):
    import json

    from safetyworker.risk.templates import builtin_dir

    (demo_store_dir / "risk").mkdir()
    data = json.loads((builtin_dir() / "example-24.json").read_text())
    data.update(id="ours", name="Ours")
    data["levels"][2]["min_score"] = 5
    (demo_store_dir / "risk" / "ours.json").write_text(json.dumps(data))
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    assert window is not None, "the caseload opens after unlock"
    window.open_case(_case_id(controller.session, "Nia"))
    panel = window.record.riskPanel
    assert "ours.json" in panel.message.text() and panel.template.count() == 2
    controller.shutdown()
