"""The Reports view (issue 19): pick a report and a period (the last quarter by default), at the office a
worker or all of them, and see the figures as a chart and a table; "Save as CSV…" writes what a funder gets,
with counts under 5 written "<5" and no names. The figures are the service's (services/reports.py)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.records.dates import day_text
from safetyworker.records.report_words import REPORTS
from safetyworker.services.reports import quarter_of
from safetyworker.services.session import Session
from safetyworker.ui.forms.ui_reports_dialog import Ui_ReportsDialog
from safetyworker.ui.record_text import date_input, qdate
from safetyworker.ui.remembered_dialog import RememberedDialog
from safetyworker.ui.reports_model import SORT_ROLE, FiguresModel, chart_data, report_names
from safetyworker.ui.save_dialog import choose_save_path


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsDialog(RememberedDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsDialog()
        self.ui.setupUi(self)
        date_input(self.ui.start, self.ui.end)
        self.session = session
        self.doc: dict[str, Any] | None = None
        names = report_names()
        for name in REPORTS:
            self.ui.report.addItem(names[name], name)
        self.model = FiguresModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.table.setModel(self.proxy)
        self.ui.table.verticalHeader().hide()
        self.ui.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart, self.ui.chartHolder)
        self.chart_view.setAccessibleName(self.tr("Chart of the report"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(420)
        self.ui.chartLayout.addWidget(self.chart_view)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        office = session.role == "office" and session.office is not None
        self.office = office
        self.ui.workerLabel.setVisible(office)
        self.ui.worker.setVisible(office)
        self.ui.worker.addItem(self.tr("All workers"), None)
        self.worker_names: dict[str, str] = {}
        if office and session.office is not None:
            for worker in session.office.workers():
                self.ui.worker.addItem(worker["name"], worker["worker_id"])
                self.worker_names[worker["worker_id"]] = worker["name"]
        self.set_quarter(previous=True)
        self.ui.report.currentIndexChanged.connect(self.reload)
        self.ui.worker.currentIndexChanged.connect(self.reload)
        self.ui.start.dateChanged.connect(self.reload)
        self.ui.end.dateChanged.connect(self.reload)
        self.ui.lastQuarter.clicked.connect(lambda: self.set_quarter(previous=True))
        self.ui.thisQuarter.clicked.connect(lambda: self.set_quarter(previous=False))
        self.ui.saveCsv.clicked.connect(self.choose_save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reload()
        self.restore_geometry()

    def _today(self) -> date:
        service = self.session.reports
        return service.today() if service is not None else date.today()

    def set_quarter(self, previous: bool) -> None:
        start, end = quarter_of(self._today())
        if previous:
            start, end = quarter_of(start - timedelta(days=1))
        for edit, day in ((self.ui.start, start), (self.ui.end, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        service = self.session.reports
        if service is None:
            return
        start, end = _day(self.ui.start.date()), _day(self.ui.end.date())
        if start > end:
            self.ui.summary.setText(self.tr("The period starts after it ends."))
            self.doc = None
            self.model.clear()
            self.ui.saveCsv.setEnabled(False)
            return
        self.doc = service.report(self.ui.report.currentData(), start, end, worker=self.ui.worker.currentData())
        self.model.set_report(self.doc, self.worker_names)
        self.ui.saveCsv.setEnabled(True)
        self.ui.saved.clear()
        self._draw()
        who = self.ui.worker.currentText() if self.office else self.tr("your own caseload")
        self.ui.summary.setText(
            self.tr("{start} to {end}, {who}. Overdue counts are as at {as_at}.").format(
                start=day_text(start),  # a sentence has room: "Tue 8 Dec 2026", as everywhere a person reads
                end=day_text(end),
                who=who,
                as_at=day_text(self.doc["as_at"]),
            )
        )

    def _draw(self) -> None:
        assert self.doc is not None
        title, categories, sets = chart_data(self.doc)
        # a new chart each time: the view deletes the one it showed, with its series and axes
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view.setChart(self.chart)
        self.chart.setTitle(title)
        series = QBarSeries()
        top = 0.0
        for label, values in sets:
            bars = QBarSet(label)
            bars.append(values)
            series.append(bars)
            top = max([top, *values])
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories or [self.tr("none")])
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        if self.doc["report"] == "timeliness":  # per cent
            y.setRange(0, 100)
            y.setLabelFormat("%.0f%%")
        elif self.doc["report"] == "support" or top > 10:
            y.setRange(0, max(top * 1.1, 1.0))
            y.applyNiceNumbers()
            y.setLabelFormat("%.0f" if top > 10 else "%.1f")
        else:  # a few whole things: one tick per count, never "1, 1, 2, 2"
            ceiling = max(int(top + 0.999), 1)
            y.setRange(0, ceiling)
            y.setTickCount(ceiling + 1)
            y.setLabelFormat("%.0f")
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        self.chart.legend().setVisible(len(sets) > 1)

    # -- CSV -------------------------------------------------------------------------------------------------
    def choose_save(self) -> None:
        if self.doc is None:
            return
        default = f"report-{self.doc['report']}-{self.doc['from'] or 'start'}-{self.doc['to']}.csv"
        chosen = choose_save_path(
            self, self.tr("Save the figures as CSV"), self.tr("CSV files (*.csv)"), "csv", default
        )
        if chosen is not None:
            self.save_to(chosen, force=True)  # the save dialog asked before replacing a file

    def save_to(self, path: Path, force: bool = False) -> Path | None:
        service = self.session.reports
        if service is None or self.doc is None:
            return None
        try:
            written = service.save_csv(self.doc, path, suppress=True, force=force)
        except (SafetyWorkerError, OSError) as exc:
            self.ui.saved.setText(str(exc))
            return None
        self.ui.saved.setText(self.tr("Saved in {file}: counts under 5 written as <5.").format(file=written.name))
        return written

    def forget(self) -> None:
        """Drop what is shown (the app is locking)."""
        self.doc = None
        self.model.clear()
        self.chart.removeAllSeries()
