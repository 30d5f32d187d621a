"""Show to the person: their own copy of the plan, full screen, and nothing else.

On a visit the worker turns the laptop round. This window shows only what the person's printed copy would
(``PlanService.for_person``: their items, for agreed words the words alone, in their language), in large type:
no caseload, no other names, no toolbar, no menu. Worker-only items and meanings are never given to it, so
there is nothing to hide by filtering. The two of them can change the person's items together; "Save changes"
saves a new plan version through the plan service, keeping every worker-only item as it was.

Everything in it speaks the language of the person's copy (English or Cymraeg, chosen with "Language"), not
the app's: its controls, messages and the question before finishing are read from that language's catalogue
(``look.translate_in``), so the person never sees two languages at once.

Leaving needs the passphrase: "Finish and lock" locks the app (the unlock screen then brings the worker back to
the case). Escape and closing the window (Alt+F4) do nothing; F12 hides and locks as everywhere.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.plans.model import PersonalEntry
from safetyworker.printing.person_view import PersonView
from safetyworker.services.session import Session
from safetyworker.ui import look
from safetyworker.ui.forms.ui_person_view import Ui_PersonView

# Type sizes (points) of the person's view: easy to read from across a table.
TEXT_POINTS = {False: 15, True: 20}


class ItemText(QPlainTextEdit):
    """One item's words, as tall as its text (no inner scroll bar); Tab moves on rather than typing a tab."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self.fit)

    def fit(self) -> None:
        lines = max(1, round(self.document().size().height()))
        margins = self.contentsMargins()
        frame = round(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + frame + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.fit()


class PersonPlanView(QWidget):
    """Full screen; ``leave_requested``: Finish was pressed (the controller locks the app)."""

    leave_requested = Signal()
    hide_requested = Signal()

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonView()
        self.ui.setupUi(self)
        self.setObjectName("personView")
        self.setWindowTitle(" ")  # no app name, no person's name: someone glancing at a taskbar learns nothing
        self._session = session
        self._case_id = case_id
        self._view: PersonView | None = None
        self._entries: list[PersonalEntry] = []
        self._baseline: list[tuple[str, str, int | None]] = []
        self._editors: list[tuple[int, ItemText]] = []  # (place in _entries, its editor)
        self._box: QMessageBox | None = None
        self._lang = "en"
        ui = self.ui
        ui.language.addItem("English", "en")  # a language's own name is not translated
        ui.language.addItem("Cymraeg", "cy")
        ui.language.currentIndexChanged.connect(self._language_chosen)
        ui.largerText.toggled.connect(self._apply_size)
        ui.hideButton.clicked.connect(self.hide_requested)
        ui.finishButton.clicked.connect(self.finish)
        ui.addButton.clicked.connect(self.add_item)
        ui.saveButton.clicked.connect(self.save)
        ui.pageLayout.setStretch(0, 1)  # the column in the middle, at most 1100 px wide: lines easy to follow
        ui.pageLayout.setStretch(1, 6)
        ui.pageLayout.setStretch(2, 1)
        self._apply_size(False)
        self.load()

    # -- what is shown -----------------------------------------------------------------------------------------
    def load(self, lang: str | None = None) -> bool:
        """Fetch the person's copy afresh (the saved version); False when it cannot be shown."""
        plans = self._session.plans
        if plans is None:
            return False
        try:
            view = plans.for_person(self._case_id, lang)
        except SafetyWorkerError as exc:
            self._say(str(getattr(exc, "problem", exc)), True)
            return False
        if view is None:
            return False
        self._view = view
        self._entries = list(view.entries)
        self._baseline = self._snapshot()
        self._show_language(view.lang)
        self._build()
        return True

    @property
    def has_plan(self) -> bool:
        return self._view is not None

    def _show_language(self, lang: str) -> None:
        combo = self.ui.language
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(lang)))
        combo.blockSignals(False)
        self._speak(lang)

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        """This view's own words in the language of the person's copy, not the app's."""
        return look.translate_in(self._lang, "PersonPlanView", source, disambiguation, n)

    def _speak(self, lang: str) -> None:
        """Set the form's texts (those of ``person_view.ui``, context PersonView) in ``lang``."""
        self._lang = lang
        ui = self.ui

        def t(source: str) -> str:
            return look.translate_in(lang, "PersonView", source)

        ui.languageLabel.setText(t("Language"))
        ui.language.setAccessibleName(t("Language of the plan"))
        ui.largerText.setText(t("Larger text"))
        ui.hideButton.setText(t("Hide (F12)"))
        ui.hideButton.setToolTip(t("Hide the screen at once: a blank page, and the app locks"))
        ui.finishButton.setText(t("Finish and lock"))
        ui.finishButton.setToolTip(t("End this view: the app locks, and the worker's passphrase opens it again"))
        ui.scroll.setAccessibleName(t("The plan"))
        ui.addLabel.setText(t("Add to"))
        ui.addSection.setAccessibleName(t("Part of the plan to add to"))
        ui.addButton.setText(t("Add"))
        ui.saveButton.setText(t("Save changes"))
        if ui.messageLabel.text():  # a message in the other language would be the only words left in it
            self._say("")

    def _language_chosen(self, _index: int) -> None:
        """The same items (as edited so far) under the headings of the other language."""
        plans, lang = self._session.plans, self.ui.language.currentData()
        if plans is None or self._view is None:
            return
        self._read_editors()
        entries, baseline = self._entries, self._baseline
        try:
            view = plans.for_person(self._case_id, lang)
        except SafetyWorkerError as exc:
            self._say(str(getattr(exc, "problem", exc)), True)
            return
        if view is None:
            return
        self._view = view
        self._entries, self._baseline = entries, baseline
        self._speak(view.lang)
        self._build()

    def _titles(self) -> dict[str, str]:
        return dict(self._view.section_titles) if self._view is not None else {}

    def _build(self) -> None:
        """Lay the column out again: each part of the plan with something in it, its items, then the review date
        and the useful numbers."""
        view = self._view
        layout = self.ui.columnLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._editors = []
        if view is None:
            return
        self.ui.title.setText(view.title)
        titles = self._titles()
        combo = self.ui.addSection
        chosen = combo.currentData()
        combo.clear()
        for section, title in view.section_titles:
            combo.addItem(title, section)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        for section, title in view.section_titles:
            places = [n for n, entry in enumerate(self._entries) if entry.section == section]
            if not places:
                continue
            heading = QLabel(title, self.ui.column)
            heading.setProperty("role", "personSection")
            layout.addWidget(heading)
            for count, n in enumerate(places, start=1):
                layout.addWidget(self._item_row(n, titles[section], count))
        if view.review_line:
            layout.addSpacing(12)
            layout.addWidget(self._label(view.review_line))
        if view.numbers:
            layout.addSpacing(12)
            heading = QLabel(view.numbers_heading, self.ui.column)
            heading.setProperty("role", "personSection")
            layout.addWidget(heading)
            for label, number in view.numbers:
                layout.addWidget(
                    # a number is never broken over two lines: its spaces do not break
                    self._label(
                        f"{_escape(label)}:  <b>{_escape(number).replace(' ', '&nbsp;')}</b>",
                        rich=True,
                        plain=f"{label}: {number}",
                    )
                )
            layout.addWidget(self._label(view.emergency_tip))
        layout.addStretch(1)
        for i in range(layout.count()):  # now, not at the layout's queued show: a new item takes the focus at once
            added = layout.itemAt(i).widget()
            if added is not None:
                added.show()
        look.repolish(self.ui.column)
        self._update_state()

    def _label(self, text: str, rich: bool = False, plain: str = "") -> QLabel:
        label = QLabel(self.ui.column)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setText(text)
        label.setWordWrap(True)
        if rich:
            label.setAccessibleName(plain)
        return label

    def _item_row(self, n: int, section_title: str, count: int) -> QWidget:
        row = QWidget(self.ui.column)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        editor = ItemText(self._entries[n].text, row)
        editor.setAccessibleName(self.tr("{part}: item {n}").format(part=section_title, n=count))
        editor.textChanged.connect(self._update_state)
        remove = QPushButton(self.tr("Remove"), row)
        remove.setAccessibleName(self.tr("Remove item {n} of {part}").format(n=count, part=section_title))
        remove.clicked.connect(lambda _c=False, place=n: self.remove_item(place))
        line.addWidget(editor, 1)
        line.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self._editors.append((n, editor))
        return row

    def _apply_size(self, larger: bool) -> None:
        points = TEXT_POINTS[bool(larger)]
        self.setStyleSheet(
            f"#personView, #personView #page {{ background: #fbfaf7; }}"
            f"#personView QWidget {{ font-size: {points}pt; }}"
            f'#personView QLabel[role="title"] {{ font-size: {points + 9}pt; font-weight: 600; }}'
            f'#personView QLabel[role="personSection"] {{ font-size: {points + 3}pt; font-weight: 600; '
            f"color: #0f5257; padding-top: 10px; }}"
            f"#personView QCheckBox::indicator {{ width: {points + 3}px; height: {points + 3}px; }}"
        )
        for _n, editor in self._editors:
            editor.fit()

    # -- editing together --------------------------------------------------------------------------------------
    def _read_editors(self) -> None:
        for n, editor in self._editors:
            if shiboken6.isValid(editor):
                entry = self._entries[n]
                self._entries[n] = PersonalEntry(entry.section, editor.toPlainText(), entry.index)

    def _snapshot(self) -> list[tuple[str, str, int | None]]:
        return [(e.section, e.text.strip(), e.index) for e in self._entries if e.text.strip() or e.index is not None]

    def is_dirty(self) -> bool:
        self._read_editors()
        return self._snapshot() != self._baseline

    def add_item(self) -> None:
        """A new, empty item in the chosen part of the plan, ready to type into."""
        section = self.ui.addSection.currentData()
        if not section:
            return
        self._read_editors()
        self._entries.append(PersonalEntry(section, ""))
        self._build()
        for n, editor in self._editors:
            if n == len(self._entries) - 1:
                editor.setFocus()
                self.ui.scroll.ensureWidgetVisible(editor)

    def remove_item(self, place: int) -> None:
        self._read_editors()
        del self._entries[place]
        self._build()

    def _update_state(self) -> None:
        self.ui.saveButton.setEnabled(self.is_dirty())

    def save(self) -> bool:
        """Save the person's items as a new version of the plan; True when saved (or nothing changed)."""
        plans, view = self._session.plans, self._view
        if plans is None or view is None:
            return False
        self._read_editors()
        settings = self._session.settings
        author = settings.worker_name() if settings is not None else ""
        try:
            saved = plans.save_for_person(self._case_id, view.version_id, self._entries, author=author)
        except InvalidInput as exc:
            self._say(self.tr("Not saved: {problem}").format(problem=exc.problem), True)
            return False
        except SafetyWorkerError as exc:
            self._say(self.tr("Not saved: {problem}").format(problem=getattr(exc, "problem", exc)), True)
            return False
        lang = self.ui.language.currentData()
        self.load(lang)
        self._say(self.tr("Saved.") if saved is not None else self.tr("Nothing had changed."))
        return True

    def _say(self, text: str, problem: bool = False) -> None:
        look.say(self.ui.messageLabel, text, problem)

    # -- leaving ------------------------------------------------------------------------------------------------
    def finish(self) -> None:
        """Lock the app (the way back is the passphrase), after asking about changes not saved yet."""
        if self.is_dirty():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Save the changes?"),
                self.tr("The changes have not been saved yet. Save them before finishing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            for which, source in (
                (QMessageBox.StandardButton.Save, "Save"),
                (QMessageBox.StandardButton.Discard, "Discard"),
                (QMessageBox.StandardButton.Cancel, "Cancel"),
            ):  # Qt's own words for these buttons, in the view's language too
                box.button(which).setText(look.translate_in(self._lang, "QPlatformTheme", source))
            self._box = box
            try:
                answer = box.exec()
            finally:
                self._box = None
                if shiboken6.isValid(box):
                    box.deleteLater()
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                return
            if answer not in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
                return  # the box was closed some other way (hidden by F12): the hide locks anyway
        self.leave_requested.emit()

    def discard(self) -> None:
        """Forget the plan (the app is locking)."""
        self._view = None
        self._entries = []
        self._baseline = []
        self._build()
        self.ui.title.clear()
        self.ui.addSection.clear()
        self.ui.messageLabel.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape never leaves this view: only Finish (and the passphrase) does
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # Alt+F4 or the window's close button: leaving needs the passphrase


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
