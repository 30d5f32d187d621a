"""The desktop's Reports view (issue 19): the office's coordinator opens it from the toolbar, picks the quarter
and a report, sees the chart and the figures, limits it to one worker, and saves the CSV a funder gets (small
counts written <5, no names); the figures model passes qtmodeltester; a lock empties and closes the view."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from safetyworker.services.reports import ReportService
from safetyworker.services.session import Session
from safetyworker.services.support import SupportService
from safetyworker.sync import bundles
from safetyworker.ui.reports_dialog import ReportsDialog
from safetyworker.ui.reports_model import FiguresModel
from tests.ui.test_sync_desktop import Stores, open_window, stores  # noqa: F401 (fixtures)


def office_with_work(stores) -> None:  # noqa: F811
    SupportService(stores.laptop).add(stores.jo, minutes=50, support="housing,emotional")
    SupportService(stores.laptop).add(stores.jo, minutes=20, support="benefits_money")
    bundles.import_bundle(stores.office, stores.laptop_bundle("1.age"))


def test_the_figures_model_passes_the_model_tester(qtmodeltester, stores):  # noqa: F811
    office_with_work(stores)
    model = FiguresModel()
    model.set_report(ReportService(stores.office).report("support"), {stores.worker_id: "Sam"})
    qtmodeltester.check(model)
    values = {model.index(r, 1).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert values["Housing"] == "50 min" and values["Sam"] == "1 h 10 min"
    model.clear()
    assert model.rowCount() == 0


def test_the_coordinator_gets_the_quarter_as_a_chart_and_a_csv(qtbot, stores, tmp_path, monkeypatch):  # noqa: F811
    office_with_work(stores)
    dialog = ReportsDialog(Session(stores.office))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    workers = [dialog.ui.worker.itemData(i) for i in range(dialog.ui.worker.count())]
    assert workers == [None, stores.worker_id] and dialog.ui.worker.isVisible()
    qtbot.mouseClick(dialog.ui.thisQuarter, Qt.MouseButton.LeftButton)
    dialog.ui.report.setCurrentIndex(dialog.ui.report.findData("support"))
    assert dialog.doc is not None and dialog.doc["total_minutes"] == 70
    assert len(dialog.chart.series()) == 1 and dialog.chart.series()[0].count() == 1
    assert dialog.chart.title() == "Hours by kind of support"
    dialog.ui.worker.setCurrentIndex(1)
    assert dialog.doc["worker"] == stores.worker_id and dialog.doc["total_minutes"] == 70
    dialog.ui.report.setCurrentIndex(dialog.ui.report.findData("caseload"))
    assert dialog.doc["by_status"] == {"referred": 2}
    QApplication.processEvents()
    dialog.grab().save(str(tmp_path / "reports.png"))
    dialog.ui.report.setCurrentIndex(dialog.ui.report.findData("support"))
    QApplication.processEvents()
    dialog.grab().save(str(tmp_path / "reports-support.png"))
    dialog.ui.report.setCurrentIndex(dialog.ui.report.findData("caseload"))
    target = tmp_path / "quarter.csv"
    monkeypatch.setattr("safetyworker.ui.reports_dialog.choose_save_path", lambda *a, **k: target)
    qtbot.mouseClick(dialog.ui.saveCsv, Qt.MouseButton.LeftButton)
    assert "quarter.csv" in dialog.ui.saved.text() and "<5" in dialog.ui.saved.text()
    text = target.read_text()
    assert "Jo Testcase" not in text and "Sam" not in text
    rows = {(r[1], r[2]): r[3] for r in csv.reader(text.splitlines())}
    assert rows[("by_status", "referred")] == "<5"
    # a period that ends before it starts says so and offers nothing to save
    dialog.ui.start.setDate(dialog.ui.end.date().addDays(1))
    assert "starts after it ends" in dialog.ui.summary.text() and not dialog.ui.saveCsv.isEnabled()


def test_a_laptop_reports_its_own_caseload_without_a_worker_menu(qtbot, stores):  # noqa: F811
    dialog = ReportsDialog(Session(stores.laptop))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.worker.isVisible()
    assert dialog.doc is not None and dialog.doc["scope"] == "laptop"
    assert "your own caseload" in dialog.ui.summary.text()


def test_the_toolbar_opens_reports_and_a_lock_closes_them(qtbot, stores, open_window):  # noqa: F811
    window = open_window(stores.laptop)
    seen = []

    def lock_now():
        dialog = window.reports_dialog
        seen.append(dialog is not None and dialog.isVisible())
        window.discard()
        seen.append(dialog.model.rowCount())
        QApplication.processEvents()

    QTimer.singleShot(0, lock_now)
    window.ui.actionReports.trigger()
    assert seen == [True, 0] and window.reports_dialog is None


def test_the_figures_speak_welsh_when_it_is_chosen(qtbot, qapp, stores):  # noqa: F811
    """The figures' words came from a context lupdate never fills ("ReportsModel"): they stayed English."""
    from safetyworker.ui.look import install_language

    office_with_work(stores)
    install_language(qapp, "cy")
    try:
        model = FiguresModel()
        model.set_report(ReportService(stores.office).report("caseload"))
        figures = {model.index(r, 0).data() for r in range(model.rowCount())}
        assert "Achosion yn ôl statws" in figures and "Cases by status" not in figures
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Ffigur"
    finally:
        install_language(qapp, "en")
