"""The "Risk" tab of the case record: the checklist as a form, the score and level as it is filled in, the
history as a small chart, each earlier assessment readable, and the MARAC referral.

Keyboard first: the questions are one per row of a table; with a row chosen, 1 (yes), 2 (no), 3 (don't know)
and 0 (not asked) answer it and move to the next, so a worker can go down the checklist with a phone in the
other hand. Everything goes through ``session.risk`` (services/risk.py): the tab holds no rule of its own. A lock
calls ``clear()``: no widget, chart or dialog keeps anything of the case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.risk.templates import ANSWERS, RiskTemplate
from safetyworker.services.risk import Assessment
from safetyworker.services.session import Session
from safetyworker.ui import look
from safetyworker.ui.pdf_save import save_pdf
from safetyworker.ui.remembered_dialog import dispose

#: The key that answers each way (the order of ``ANSWERS``).
ANSWER_KEYS = {Qt.Key.Key_1: "yes", Qt.Key.Key_2: "no", Qt.Key.Key_3: "dont_know", Qt.Key.Key_0: "not_asked"}
QUESTION, ANSWER, NOTE = range(3)


class RiskPanel(QWidget):
    #: case id, after an assessment or a referral was saved
    saved = Signal(str)
    #: an answer was given (the record counts an unfinished checklist as an unsaved change)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._case_id: str | None = None
        self._closed = False
        self._templates: dict[str, RiskTemplate] = {}
        self._assessments: list[Assessment] = []
        self._dialogs: list[QDialog] = []
        self._loading = False
        self._words = {
            "yes": self.tr("Yes"),
            "no": self.tr("No"),
            "dont_know": self.tr("Don't know"),
            "not_asked": self.tr("Not asked"),
        }

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("riskPrompt")
        self.prompt.setWordWrap(True)
        look.set_role(self.prompt, "warning")
        outer.addWidget(self.prompt)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.template = QComboBox(self)
        self.template.setObjectName("riskTemplate")
        self.template.setMinimumContentsLength(16)
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label = QLabel(self.tr("Checklist"), self)
        label.setBuddy(self.template)
        top.addWidget(label)
        top.addWidget(self.template)
        self.seenAlone = QCheckBox(self.tr("Seen alone and safely"), self)
        self.seenAlone.setObjectName("riskSeenAlone")
        self.seenAlone.setToolTip(self.tr("Always ask apart from the person causing harm"))
        top.addSpacing(12)
        top.addWidget(self.seenAlone)
        top.addStretch(1)
        outer.addLayout(top)
        # on a line of its own, so the tab fits a 1366-wide laptop beside the caseload
        self.hint = QLabel(self.tr("Answer with 1 yes · 2 no · 3 don't know · 0 not asked"), self)
        self.hint.setWordWrap(True)
        look.set_role(self.hint, "hint")
        outer.addWidget(self.hint)

        body = QHBoxLayout()
        body.setSpacing(12)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("riskQuestions")
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("Risk checklist questions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(ANSWER, 96)
        self.table.setColumnWidth(NOTE, 130)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # rows fit their wrapped question as the width changes
        self.table.currentCellChanged.connect(self._row_chosen)
        body.addWidget(self.table, 3)

        side = QFrame(self)
        look.set_role(side, "card")
        form = QVBoxLayout(side)
        form.setContentsMargins(14, 10, 14, 12)
        form.setSpacing(6)
        self.result = QLabel(self)
        self.result.setObjectName("riskResult")
        look.set_role(self.result, "section")
        self.result.setWordWrap(True)
        form.addWidget(self.result)
        self.referHint = QLabel(self)
        self.referHint.setWordWrap(True)
        look.set_role(self.referHint, "warning")
        form.addWidget(self.referHint)
        fields = QFormLayout()
        fields.setSpacing(6)
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.note = QLineEdit(self)
        self.note.setObjectName("riskNote")
        self.note.setPlaceholderText(self.tr("A note on the chosen question"))
        self.note.textEdited.connect(self._note_edited)
        fields.addRow(self.tr("Note"), self.note)
        self.judgement = QComboBox(self)
        self.judgement.setObjectName("riskJudgement")
        self.judgement.setToolTip(self.tr("Your professional judgement may raise the level, never lower it"))
        fields.addRow(self.tr("Judgement"), self.judgement)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("riskReason")
        self.reason.setPlaceholderText(self.tr("Why (always needed with a judgement)"))
        self.reason.setMaximumHeight(56)
        self.reason.setTabChangesFocus(True)
        fields.addRow(self.tr("Reason"), self.reason)
        self.changed = QPlainTextEdit(self)
        self.changed.setObjectName("riskChanged")
        self.changed.setPlaceholderText(self.tr("Since the last assessment"))
        self.changed.setMaximumHeight(56)
        self.changed.setTabChangesFocus(True)
        fields.addRow(self.tr("What has changed"), self.changed)
        self.incident = QCheckBox(self.tr("After a new incident"), self)
        fields.addRow("", self.incident)
        self.review = QDateEdit(self)
        self.review.setObjectName("riskReview")
        self.review.setCalendarPopup(True)
        self.review.setDisplayFormat("dd/MM/yyyy")
        self.review.setSpecialValueText(self.tr("No date"))
        self.review.setMaximumDate(QDate(2100, 12, 31))
        fields.addRow(self.tr("Next review"), self.review)
        form.addLayout(fields)
        buttons = QHBoxLayout()
        self.saveButton = QPushButton(self.tr("Save assessment"), self)
        self.saveButton.setObjectName("riskSave")
        self.saveButton.clicked.connect(self.save)
        self.referButton = QPushButton(self.tr("MARAC referral…"), self)
        self.referButton.setObjectName("riskRefer")
        self.referButton.clicked.connect(self.refer)
        buttons.addWidget(self.saveButton)
        buttons.addWidget(self.referButton)
        form.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form.addWidget(self.message)
        form.addStretch(1)
        body.addWidget(side, 2)
        outer.addLayout(body, 1)

        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(self.chart.margins().__class__(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chartView = QChartView(self.chart, self)
        self.chartView.setObjectName("riskChart")
        self.chartView.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chartView.setMinimumHeight(150)
        self.chartView.setMaximumHeight(170)
        bottom.addWidget(self.chartView, 3)
        earlier = QVBoxLayout()
        self.earlier = QComboBox(self)
        self.earlier.setObjectName("riskEarlier")
        self.openButton = QPushButton(self.tr("Read"), self)
        self.openButton.clicked.connect(self.open_earlier)
        self.openButton.setAccessibleName(self.tr("Read the earlier assessment"))
        earlier_label = QLabel(self.tr("Earlier assessments"), self)
        earlier_label.setBuddy(self.earlier)
        self.earlier.setAccessibleName(self.tr("Earlier assessments"))
        earlier.addWidget(earlier_label)
        earlier.addWidget(self.earlier)
        earlier.addWidget(self.openButton)
        key = QLabel(
            self.tr("The chart shows the score of each assessment; a green point: the level was raised by judgement."),
            self,
        )
        key.setWordWrap(True)
        look.set_role(key, "hint")
        earlier.addWidget(key)
        earlier.addStretch(1)
        bottom.addLayout(earlier, 2)
        outer.addLayout(bottom)

        self.template.currentIndexChanged.connect(self._template_chosen)
        self.judgement.currentIndexChanged.connect(self._update_result)
        self.clear()

    # -- in and out --------------------------------------------------------------------------------------------
    def bind(self, session: Session) -> None:
        self._session = session

    def set_case(self, case_id: str | None, closed: bool = False) -> None:
        """Show ``case_id``'s risk: a blank checklist to fill in (the last one used), the history, the prompt."""
        self._close_dialogs()
        self._case_id = case_id
        self._closed = closed
        service = self._session.risk if self._session else None
        if case_id is None or service is None:
            self.clear()
            return
        try:
            self._templates = {t.id: t for t in service.templates()}
            self._assessments = service.assessments(case_id)
            prompt = service.review_prompt(case_id)
        except SafetyWorkerError as exc:
            self.clear()
            self._say(self.tr("The risk assessments could not be shown: {p}").format(p=_problem(exc)), True)
            return
        self._loading = True
        self.template.clear()
        for t in self._templates.values():
            self.template.addItem(t.name, t.id)
        last = self._assessments[-1].template if self._assessments else None
        index = self.template.findData(last) if last else 0
        self.template.setCurrentIndex(max(index, 0))
        self._loading = False
        self._fill_questions()
        self._fill_history()
        if prompt:
            self.prompt.setText(self.tr("Something changed: review the risk assessment? ({why})").format(why=prompt))
        self.prompt.setVisible(bool(prompt))
        for w in (self.table, self.template, self.seenAlone, self.judgement, self.reason, self.changed, self.review,
                  self.note, self.incident, self.saveButton):  # fmt: skip
            w.setEnabled(not closed)
        self.referButton.setEnabled(bool(self._assessments))
        self._say(self.tr("This case is closed: its assessments can be read, not added to.") if closed else "")

    def clear(self) -> None:
        """Forget the case (the app is locking): the form, the chart and any open dialog."""
        self._close_dialogs()
        self._case_id = None
        self._assessments = []
        self._loading = True
        self.template.clear()
        self.table.setRowCount(0)
        self.judgement.clear()
        self.reason.clear()
        self.changed.clear()
        self.note.clear()
        self.seenAlone.setChecked(False)
        self.incident.setChecked(False)
        self.review.setDate(self.review.minimumDate())
        self.earlier.clear()
        self._loading = False
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.result.setText("")
        self.referHint.setText("")
        self.referHint.hide()
        self.prompt.setText("")
        self.prompt.hide()
        self._say("")

    def is_dirty(self) -> bool:
        return self._case_id is not None and any(a != "not_asked" for a in self.answers().values())

    # -- the checklist -----------------------------------------------------------------------------------------
    def current_template(self) -> RiskTemplate | None:
        return self._templates.get(self.template.currentData())

    def _template_chosen(self, _index: int) -> None:
        if not self._loading:
            self._fill_questions()

    def _fill_questions(self) -> None:
        t = self.current_template()
        self._loading = True
        self.table.setRowCount(0)
        self.judgement.clear()
        self.judgement.addItem(self.tr("None"), "")
        if t is not None:
            self.table.setRowCount(len(t.questions))
            for row, q in enumerate(t.questions):
                item = QTableWidgetItem(q.text)
                item.setData(Qt.ItemDataRole.UserRole, q.id)
                item.setToolTip(q.help or q.text)
                self.table.setItem(row, QUESTION, item)
                self.table.setItem(row, ANSWER, QTableWidgetItem(self._words["not_asked"]))
                self._cell(row, ANSWER).setData(Qt.ItemDataRole.UserRole, "not_asked")
                self.table.setItem(row, NOTE, QTableWidgetItem(""))
            for level in t.levels:
                self.judgement.addItem(level.label, level.name)
            self.table.resizeRowsToContents()
            self.table.setCurrentCell(0, ANSWER)
        self._loading = False
        self._update_result()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.table.resizeRowsToContents()
            return False
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            # PySide6 can hand a key press over as a plain QEvent; its stubs lack QKeyEvent's copy from one.
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()  # type: ignore[call-overload]
            word = ANSWER_KEYS.get(Qt.Key(key))
            if word is not None and self.table.isEnabled():
                self.answer_current(word)
                return True
        return super().eventFilter(watched, event)

    def answer_current(self, word: str) -> None:
        """Answer the chosen question and move to the next one."""
        row = self.table.currentRow()
        if row < 0 or word not in ANSWERS:
            return
        self.set_answer(row, word)
        if row + 1 < self.table.rowCount():
            self.table.setCurrentCell(row + 1, ANSWER)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """A cell of the checklist (each row's three are set when the template is loaded)."""
        item = self.table.item(row, column)
        assert item is not None, (row, column)
        return item

    def set_answer(self, row: int, word: str) -> None:
        item = self._cell(row, ANSWER)
        item.setText(self._words[word])
        item.setData(Qt.ItemDataRole.UserRole, word)
        bold = item.font()
        bold.setBold(word == "yes")
        item.setFont(bold)
        self._update_result()
        if not self._loading:
            self.edited.emit()

    def answers(self) -> dict[str, str]:
        out = {}
        for row in range(self.table.rowCount()):
            qid = self._cell(row, QUESTION).data(Qt.ItemDataRole.UserRole)
            out[qid] = self._cell(row, ANSWER).data(Qt.ItemDataRole.UserRole)
        return out

    def notes(self) -> dict[str, str]:
        out = {}
        for row in range(self.table.rowCount()):
            text = self._cell(row, NOTE).text().strip()
            if text:
                out[self._cell(row, QUESTION).data(Qt.ItemDataRole.UserRole)] = text
        return out

    def _row_chosen(self, row: int, *_args: int) -> None:
        self._loading = True
        self.note.setText(self._cell(row, NOTE).text() if 0 <= row < self.table.rowCount() else "")
        self._loading = False

    def _note_edited(self, text: str) -> None:
        row = self.table.currentRow()
        if row >= 0 and not self._loading:
            self._cell(row, NOTE).setText(text)

    def _update_result(self, *_args: object) -> None:
        """The score and level as the checklist is filled in (the core's rules, nothing saved)."""
        t = self.current_template()
        if t is None or self._loading:
            return
        from safetyworker.risk import scoring

        answers = self.answers()
        value = scoring.score(t, answers)
        level = scoring.rules_level(t, value)
        chosen = self.judgement.currentData() or ""
        if chosen and t.rank(chosen) > t.rank(level):
            level = chosen
        outcome = t.level(level)
        self.result.setText(
            self.tr("Score {score} of {most} · Level: {level}").format(
                score=value, most=t.max_score(), level=outcome.label if outcome else level
            )
        )
        refer = bool(outcome and outcome.refer) or (t.refer_from_score is not None and value >= t.refer_from_score)
        self.referHint.setText(self.tr("This level calls for a MARAC referral.") if refer else "")
        self.referHint.setVisible(refer)

    # -- saving --------------------------------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        t = self.current_template()
        review = self.review.date()
        data: dict[str, Any] = {
            "template": t.id if t else "",
            "answers": self.answers(),
            "notes": self.notes(),
            "seen_alone": self.seenAlone.isChecked(),
            "what_changed": self.changed.toPlainText(),
            "new_incident": self.incident.isChecked(),
        }
        if review != self.review.minimumDate():
            data["next_review"] = review.toString("yyyy-MM-dd")
        if self.judgement.currentData() or self.reason.toPlainText().strip():
            data["judgement"] = {"level": self.judgement.currentData() or "", "reason": self.reason.toPlainText()}
        return data

    def save(self) -> bool:
        service = self._session.risk if self._session else None
        if self._case_id is None or service is None or self._closed:
            return False
        try:
            saved = service.add(self._case_id, self.data())
        except InvalidInput as exc:
            self._say(
                self.tr("Not saved. {field}: {problem}").format(field=_field(self, exc.field), problem=exc.problem),
                True,
            )
            return False
        except SafetyWorkerError as exc:
            self._say(self.tr("Not saved: {problem}").format(problem=_problem(exc)), True)
            return False
        case_id = self._case_id
        self.set_case(case_id)
        if saved.refer:
            self._say(
                self.tr("Saved. The level is {level}: this calls for a MARAC referral.").format(level=saved.level_label)
            )
        else:
            self._say(
                self.tr("Saved. Score {score}, level {level}.").format(score=saved.score, level=saved.level_label)
            )
        self.saved.emit(case_id)
        return True

    # -- history ---------------------------------------------------------------------------------------------
    def _fill_history(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.earlier.clear()
        for a in reversed(self._assessments):
            self.earlier.addItem(
                self.tr("{n}. {day}: score {score}, {level}").format(
                    n=a.version, day=a.assessed_at[:10], score=a.score, level=a.level_label
                ),
                a.version,
            )
        self.openButton.setEnabled(bool(self._assessments))
        if not self._assessments:
            self.chart.setTitle(self.tr("No assessment yet"))
            return
        self.chart.setTitle("")
        line = QLineSeries()
        line.setName(self.tr("Score"))
        raised = QScatterSeries()
        raised.setName(self.tr("Level raised by judgement"))
        raised.setMarkerSize(10)
        for a in self._assessments:
            when = QDateTime(QDate.fromString(a.assessed_at[:10], "yyyy-MM-dd"), QTime(12, 0))
            line.append(when.toMSecsSinceEpoch(), a.score)
            if a.level != a.rules_level:
                raised.append(when.toMSecsSinceEpoch(), a.score)
        line.setPointsVisible(True)
        line.setPointLabelsVisible(True)
        line.setPointLabelsFormat("@yPoint")
        self.chart.addSeries(line)
        self.chart.addSeries(raised)
        x = QDateTimeAxis()
        x.setFormat("dd MMM yy")
        x.setTickCount(min(max(len(self._assessments), 2), 6))
        first = QDateTime(QDate.fromString(self._assessments[0].assessed_at[:10], "yyyy-MM-dd"), QTime(0, 0))
        last = QDateTime(QDate.fromString(self._assessments[-1].assessed_at[:10], "yyyy-MM-dd"), QTime(23, 59))
        x.setRange(first.addDays(-3), last.addDays(3))
        y = QValueAxis()
        t = self._templates.get(self._assessments[-1].template)
        y.setRange(0, max([t.max_score() if t else 0, *(a.score for a in self._assessments), 1]))
        y.setLabelFormat("%d")
        y.setTickCount(3)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in (line, raised):
            series.attachAxis(x)
            series.attachAxis(y)

    def open_earlier(self) -> None:
        """Read an earlier assessment (an audited view)."""
        service = self._session.risk if self._session else None
        number = self.earlier.currentData()
        if self._case_id is None or service is None or number is None:
            return
        try:
            a = service.show(self._case_id, number)
        except SafetyWorkerError as exc:
            self._say(_problem(exc), True)
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Risk assessment {n}").format(n=number))
        layout = QVBoxLayout(dialog)
        text = QTextBrowser(dialog)
        text.setObjectName("riskEarlierText")
        text.setPlainText(assessment_text(self, a) if a else "")
        layout.addWidget(text)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        box.rejected.connect(dialog.reject)
        layout.addWidget(box)
        dialog.resize(620, 560)
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
        dialog.open()

    # -- the MARAC referral --------------------------------------------------------------------------------------
    def refer(self) -> None:
        if self._case_id is None or self._session is None or self._session.risk is None:
            return
        dialog = ReferralDialog(self._session, self._case_id, self)
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
        dialog.recorded.connect(self.saved)
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        if shiboken6.isValid(dialog):
            dialog.deleteLater()

    def _close_dialogs(self) -> None:
        for dialog in list(self._dialogs):
            if shiboken6.isValid(dialog):
                if isinstance(dialog, ReferralDialog):
                    dialog.forget()
                dialog.reject()
                dispose(dialog)
        self._dialogs = []

    def _say(self, text: str, problem: bool = False) -> None:
        look.say(self.message, text, problem)


class ReferralDialog(QDialog):
    """Refer to a MARAC: where, consent, what the person wants; record it, and save the referral PDF."""

    recorded = Signal(str)

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MARAC referral"))
        self.session = session
        self.case_id = case_id
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.marac = QLineEdit(self)
        self.marac.setObjectName("referralMarac")
        form.addRow(self.tr("MARAC"), self.marac)
        self.consent = QComboBox(self)
        self.consent.setObjectName("referralConsent")
        for value, text in (
            ("given", self.tr("Given")),
            ("refused", self.tr("Refused: referring anyway")),
            ("not_asked", self.tr("Not asked")),
        ):
            self.consent.addItem(text, value)
        form.addRow(self.tr("Consent"), self.consent)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("referralReason")
        self.reason.setPlaceholderText(self.tr("Why the referral goes ahead without consent"))
        self.reason.setMaximumHeight(60)
        form.addRow(self.tr("Reason"), self.reason)
        self.wishes = QPlainTextEdit(self)
        self.wishes.setObjectName("referralWishes")
        self.wishes.setMaximumHeight(60)
        form.addRow(self.tr("What the person wants"), self.wishes)
        self.heard = QDateEdit(self)
        self.heard.setCalendarPopup(True)
        self.heard.setDisplayFormat("dd/MM/yyyy")
        self.heard.setSpecialValueText(self.tr("Not yet"))
        self.heard.setDate(self.heard.minimumDate())
        form.addRow(self.tr("Heard at the MARAC on"), self.heard)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.recordButton = box.addButton(self.tr("Record referral"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pdfButton = box.addButton(self.tr("Save referral PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        self.recordButton.clicked.connect(self.record)
        self.pdfButton.clicked.connect(self.save_pdf)
        layout.addWidget(box)
        referrals = session.risk.referrals(case_id) if session.risk else []
        if referrals:  # the latest referral's details: nothing typed twice
            last = referrals[-1]
            self.marac.setText(last.marac)
            self.consent.setCurrentIndex(max(self.consent.findData(last.consent), 0))
            self.reason.setPlainText(last.consent_reason)
            self.wishes.setPlainText(last.wishes)
        self.resize(520, 420)

    def details(self) -> dict[str, Any]:
        data = {
            "marac": self.marac.text(),
            "consent": self.consent.currentData(),
            "consent_reason": self.reason.toPlainText(),
            "wishes": self.wishes.toPlainText(),
        }
        if self.heard.date() != self.heard.minimumDate():
            data["heard_on"] = self.heard.date().toString("yyyy-MM-dd")
        return data

    def record(self) -> None:
        if self.session.risk is None:
            return
        try:
            self.session.risk.refer(self.case_id, self.details())
        except SafetyWorkerError as exc:
            look.say(self.message, self.tr("Not recorded: {p}").format(p=_problem(exc)), True)
            return
        self.recorded.emit(self.case_id)
        self.accept()

    def save_pdf(self, path: Path | None = None) -> bool:
        """Write the referral to a file the worker picks (never over a file without asking, never inside a store
        folder); audited."""
        if self.session.risk is None:
            return False
        risk, case_id, details = self.session.risk, self.case_id, self.details()
        return save_pdf(
            self,
            self.message,
            path,
            title=self.tr("Save the referral as a PDF"),
            suggested=self.tr("referral.pdf"),
            make=lambda: risk.render_referral(case_id, details, "risk.referral_save_pdf"),
            saved=self.tr("Saved as {name}. Send it securely, then delete it."),
        )

    def forget(self) -> None:
        self.marac.clear()
        for text in (self.reason, self.wishes):
            text.clear()


def assessment_text(widget: QWidget, a: Assessment) -> str:
    """An assessment as plain text to read (every answer, note and the judgement)."""
    tr = widget.tr
    words = {"yes": tr("yes"), "no": tr("no"), "dont_know": tr("don't know"), "not_asked": tr("not asked")}
    lines = [
        tr("Done {when}{by}").format(
            when=a.assessed_at[:16].replace("T", " "), by=f" · {a.assessor}" if a.assessor else ""
        ),
        tr("Checklist: {t} (version {v})").format(t=a.template, v=a.template_version),
        tr("Score {score} · Level {level}").format(score=a.score, level=a.level_label),
        tr("Seen alone and safely: {x}").format(
            x={True: tr("yes"), False: tr("no"), None: tr("not recorded")}[a.seen_alone]
        ),
    ]
    if a.judgement:
        lines.append(
            tr("Judgement: {level}. {reason}").format(level=a.judgement["level"], reason=a.judgement["reason"])
        )
    if a.what_changed:
        lines.append(tr("What has changed: {x}").format(x=a.what_changed))
    if a.next_review:
        lines.append(tr("Next review: {d}").format(d=a.next_review))
    lines.append("")
    for q in a.questions:
        lines.append(f"[{words.get(a.answers.get(q['id'], 'not_asked'), '')}] {q['text']}")
        if a.notes.get(q["id"]):
            lines.append(f"      {a.notes[q['id']]}")
    return "\n".join(lines)


def _problem(exc: SafetyWorkerError) -> str:
    return str(getattr(exc, "problem", exc))


def _field(widget: QWidget, name: str) -> str:
    names = {
        "judgement.reason": widget.tr("Reason"),
        "judgement.level": widget.tr("Judgement"),
        "next_review": widget.tr("Next review"),
        "what_changed": widget.tr("What has changed"),
    }
    return names.get(name, name)
