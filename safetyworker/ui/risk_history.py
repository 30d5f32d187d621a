"""The Risk tab's history: the score of each assessment as a small chart, and each earlier assessment to read.

A part of its own that folds away: on a 1366x700 laptop the checklist needs the room, so the history starts
folded, its header saying the latest result ("3 assessments · the latest 12/11/2026: score 9, Medium"); one
click (or Space on the header) opens the chart. It keeps nothing of a case after ``clear()``.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from safetyworker.risk.templates import RiskTemplate
from safetyworker.services.risk_assessment import Assessment
from safetyworker.ui.forms.ui_risk_history import Ui_RiskHistory


class RiskHistory(QFrame):
    # the worker asked to read the chosen earlier assessment (its version number)
    read = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RiskHistory()
        self.ui.setupUi(self)
        self.toggle = self.ui.riskHistoryToggle
        self.toggle.toggled.connect(self.set_open)
        # the header asks for no width of its own: where it is wider than the card it goes on two lines (_fit_title)
        policy = self.toggle.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.toggle.setSizePolicy(policy)
        self._title = ""
        self.body = self.ui.body
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(self.chart.margins().__class__(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        # the axes are made once and kept: axes removed and added again as each case opened were still drawn,
        # their dates beside the new ones, once the chart had been hidden and shown (another case, Today)
        self.xAxis = QDateTimeAxis()
        self.xAxis.setFormat("dd MMM yy")
        self.yAxis = QValueAxis()
        self.yAxis.setLabelFormat("%d")
        self.yAxis.setTickCount(3)
        self.chart.addAxis(self.xAxis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.yAxis, Qt.AlignmentFlag.AlignLeft)
        self.chartView = QChartView(self.chart, self.body)
        self.chartView.setObjectName("riskChart")
        self.chartView.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chartView.setMinimumHeight(150)
        self.chartView.setMaximumHeight(190)
        self.ui.bottom.insertWidget(0, self.chartView, 3)  # the chart first, the earlier assessments beside it
        QWidget.setTabOrder(self.toggle, self.chartView)
        self.earlier = self.ui.riskEarlier
        self.openButton = self.ui.openButton
        self.openButton.clicked.connect(self._read)
        self.set_open(False)
        self.clear()

    def set_open(self, shown: bool) -> None:
        """Unfold (or fold) the chart and the earlier assessments; the header stays."""
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.body.setVisible(shown)

    def _set_title(self, title: str) -> None:
        self._title = title
        self._fit_title()

    def _fit_title(self) -> None:
        """The header on one line where it fits, else the latest result on a line of its own: at Larger text on a
        1366 laptop the one line was 686 px and made the risk tab scroll sideways by some 160 px."""
        toggle = self.toggle
        toggle.setText(self._title)
        margins = self.ui.outer.contentsMargins()
        if toggle.sizeHint().width() > self.contentsRect().width() - margins.left() - margins.right():
            toggle.setText(self._title.replace(" · ", "\n", 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def clear(self) -> None:
        self.earlier.clear()
        self._empty_chart()
        self.openButton.setEnabled(False)
        self._set_title(self.tr("History: no assessment yet"))

    def _empty_chart(self) -> None:
        self.chart.removeAllSeries()
        self.xAxis.setVisible(False)
        self.yAxis.setVisible(False)

    def show_assessments(self, assessments: list[Assessment], templates: dict[str, RiskTemplate]) -> None:
        """Draw ``assessments`` (oldest first) and list them, the latest first."""
        self.clear()
        for a in reversed(assessments):
            self.earlier.addItem(
                self.tr("{n}. {day}: score {score}, {level}").format(
                    n=a.version, day=a.assessed_at[:10], score=a.score, level=a.level_label
                ),
                a.version,
            )
        self.openButton.setEnabled(bool(assessments))
        if not assessments:
            self.chart.setTitle(self.tr("No assessment yet"))
            return
        latest = assessments[-1]
        day = QDate.fromString(latest.assessed_at[:10], "yyyy-MM-dd").toString("dd/MM/yyyy")
        self._set_title(
            self.tr(
                "History: %n assessment(s) · the latest {day}: score {score}, {level}", "", len(assessments)
            ).format(day=day, score=latest.score, level=latest.level_label)
        )
        self.chart.setTitle("")
        line = QLineSeries()
        line.setName(self.tr("Score"))
        raised = QScatterSeries()
        raised.setName(self.tr("Level raised by judgement"))
        raised.setMarkerSize(10)
        for a in assessments:
            when = QDateTime(QDate.fromString(a.assessed_at[:10], "yyyy-MM-dd"), QTime(12, 0))
            line.append(when.toMSecsSinceEpoch(), a.score)
            if a.level != a.rules_level:
                raised.append(when.toMSecsSinceEpoch(), a.score)
        line.setPointsVisible(True)
        line.setPointLabelsVisible(True)
        line.setPointLabelsFormat("@yPoint")
        self.chart.addSeries(line)
        self.chart.addSeries(raised)
        x, y = self.xAxis, self.yAxis
        x.setTickCount(min(max(len(assessments), 2), 6))
        first = QDateTime(QDate.fromString(assessments[0].assessed_at[:10], "yyyy-MM-dd"), QTime(0, 0))
        last = QDateTime(QDate.fromString(latest.assessed_at[:10], "yyyy-MM-dd"), QTime(23, 59))
        x.setRange(first.addDays(-3), last.addDays(3))
        t = templates.get(latest.template)
        y.setRange(0, max([t.max_score() if t else 0, *(a.score for a in assessments), 1]))
        for series in (line, raised):
            series.attachAxis(x)
            series.attachAxis(y)
        x.setVisible(True)
        y.setVisible(True)

    def chosen(self) -> int | None:
        """The version number of the earlier assessment chosen in the list."""
        number = self.earlier.currentData()
        return int(number) if number is not None else None

    def _read(self) -> None:
        number = self.chosen()
        if number is not None:
            self.read.emit(number)
