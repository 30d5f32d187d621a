"""The "Risk" tab of the case record: the checklist as a form, the score and level as it is filled in (above
the questions), the assessment's judgement and review date (below them), the history folded away
(ui/risk_history.py) and the MARAC referral (ui/risk_referral.py). Laid out for a 1366x700 laptop: the
questions take the width, one line each for most, about nine in view.

Keyboard first: the questions are one per row of a table; with a row chosen, 1 (yes), 2 (no), 3 (don't know)
and 0 (not asked) answer it and move to the next, so a worker can go down the checklist with a phone in the
other hand. Everything goes through ``session.risk`` (services/risk.py): the tab holds no rule of its own. A lock
calls ``clear()``: no widget, chart or dialog keeps anything of the case.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.risk.templates import ANSWERS, RiskTemplate
from safetyworker.services.risk_assessment import Assessment
from safetyworker.services.session import Session
from safetyworker.ui import look
from safetyworker.ui.forms.ui_risk_panel import Ui_RiskPanel
from safetyworker.ui.narrow import FoldGrid, StackWhenNarrow
from safetyworker.ui.record_text import date_input
from safetyworker.ui.remembered_dialog import dispose
from safetyworker.ui.risk_history import RiskHistory
from safetyworker.ui.risk_referral import ReferralDialog, _problem, assessment_text

# The key that answers each way (the order of ``ANSWERS``).
ANSWER_KEYS = {Qt.Key.Key_1: "yes", Qt.Key.Key_2: "no", Qt.Key.Key_3: "dont_know", Qt.Key.Key_0: "not_asked"}
QUESTION, ANSWER, NOTE = range(3)


class RiskPanel(QWidget):
    # case id, after an assessment or a referral was saved
    saved = Signal(str)
    # an answer was given (the record counts an unfinished checklist as an unsaved change)
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

        self.ui = Ui_RiskPanel()
        self.ui.setupUi(self)
        ui = self.ui
        # two columns, not four, where narrow (Larger text, 1366); one, a label above its field, where narrower still
        self.fold = FoldGrid(ui.riskCard, ui.grid, one_column=True)
        # "Seen alone and safely" goes under the checklist where narrow: beside it the row scrolled the tab 123 px
        # sideways at Larger text on a 1366 laptop
        self.topFit = StackWhenNarrow(self, ui.top)
        self.prompt = ui.riskPrompt
        self.template = ui.riskTemplate
        self.seenAlone = ui.riskSeenAlone
        self.result = ui.riskResult
        self.referHint = ui.riskReferHint
        self.hint = ui.riskHint
        # the questions take the width: a narrow answer column, and the note column shows the first words (the
        # chosen question's note is written below the table)
        self.table: QTableWidget = ui.riskQuestions
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(ANSWER, 104)
        self.table.setColumnWidth(NOTE, 120)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # rows fit their wrapped question as the width changes
        self.table.currentCellChanged.connect(self._row_chosen)
        self.note = ui.riskNote
        self.note.textEdited.connect(self._note_edited)
        self.judgement = ui.riskJudgement
        self.reason = ui.riskReason
        self.changed = ui.riskChanged
        self.incident = ui.riskIncident
        self.review = ui.riskReview
        date_input(self.review)
        self.saveButton = ui.riskSave
        self.saveButton.clicked.connect(self.save)
        self.referButton = ui.riskRefer
        self.referButton.clicked.connect(self.refer)
        self.message = ui.riskMessage
        self.history: RiskHistory = ui.riskHistory
        self.history.read.connect(self.open_earlier)
        self.chart, self.earlier, self.openButton = self.history.chart, self.history.earlier, self.history.openButton

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
            # a broken checklist file leaves the history readable; the problem is said below (and adding names it)
            self._templates, problems = service.readable_templates()
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
        self.history.show_assessments(self._assessments, self._templates)
        if prompt:
            self.prompt.setText(self.tr("Something changed: review the risk assessment? ({why})").format(why=prompt))
        self.prompt.setVisible(bool(prompt))
        for w in (self.table, self.template, self.seenAlone, self.judgement, self.reason, self.changed, self.review,
                  self.note, self.incident, self.saveButton):  # fmt: skip
            w.setEnabled(not closed)
        self.referButton.setEnabled(bool(self._assessments))
        if problems:
            self._say(
                self.tr(
                    "A checklist file cannot be used, so no assessment can be saved until it is put right: {p}"
                ).format(p=problems[0]),
                True,
            )
        else:
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
        self._loading = False
        self.history.clear()
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
            # and again once the question column has followed the viewport (it does so after this event): rows
            # kept the height of a narrower column otherwise (four lines for one at 1366)
            QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)  # not once the table is gone
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
    def open_earlier(self, number: int | None = None) -> None:
        """Read an earlier assessment (an audited view): ``number``, or the one chosen in the history."""
        service = self._session.risk if self._session else None
        number = self.history.chosen() if number is None else number
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


def _field(widget: QWidget, name: str) -> str:
    names = {
        "judgement.reason": widget.tr("Reason"),
        "judgement.level": widget.tr("Judgement"),
        "next_review": widget.tr("Next review"),
        "what_changed": widget.tr("What has changed"),
    }
    return names.get(name, name)
