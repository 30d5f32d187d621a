"""The "Safety plan" tab of the case record: the situation the plan is for, its items (``PlanItemsEditor``),
a review date, and Save as a new version; earlier versions, preview and print.

The plan is saved on its own (``PlanService.set``), as a new numbered version with who saved it and when;
earlier versions are kept and can be read (``PlanHistoryDialog``) and printed. The record treats an unsaved
plan like any other unsaved edit (``is_dirty``): it asks before leaving, and a lock drops the edit. Printing
always uses a saved version, so what is printed is what the record holds. An item left empty is not saved.
"""

from __future__ import annotations

import re
from datetime import date

import shiboken6
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QMenu, QMessageBox, QScrollArea, QWidget

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.plans.model import PlanVersion
from safetyworker.plans.templates import PlanTemplate
from safetyworker.printing.options import PrintOptions
from safetyworker.printing.strings import ALWAYS_PRINTED
from safetyworker.services.plans import PlanService
from safetyworker.services.session import Session
from safetyworker.timetable import planner
from safetyworker.ui import look
from safetyworker.ui.forms.ui_safety_plan import Ui_SafetyPlan
from safetyworker.ui.narrow import StackWhenNarrow
from safetyworker.ui.plan_editor import PlanItemsEditor
from safetyworker.ui.plan_history import PlanHistoryDialog, version_text
from safetyworker.ui.plan_print import PlanPrintDialog
from safetyworker.ui.record_text import date_input, qdate
from safetyworker.ui.remembered_dialog import dispose

_ITEM = re.compile(r"items\[(\d+)\]")


class SafetyPlanPanel(QWidget):
    # an edit was made or undone (the record works out whether anything is unsaved)
    changed = Signal()
    # case id, after a new version was saved
    saved = Signal(str)
    # case id: show the person their own copy, full screen ("Show to the person…")
    show_to_person = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SafetyPlan()
        self.ui.setupUi(self)
        date_input(self.ui.reviewDate)
        self._card_scrolls()
        # Larger text on a 1366 laptop: the rows of buttons and the list beside its item stack (ui/narrow.py)
        ui = self.ui
        card = ui.bodyLayout.itemAt(ui.bodyLayout.count() - 1)  # the item's card, beside the list and its buttons
        self.rows = [StackWhenNarrow(self, row) for row in (ui.topRow, ui.statusRow, ui.bottomRow)]
        self.body: StackWhenNarrow | None = None

        def beside() -> int:  # the item's card, unless the list is above it
            return 0 if self.body is not None and self.body.stacked else card.minimumSize().width() + 12

        self.rows.append(StackWhenNarrow(self, ui.listButtons, extra=beside))
        # and the list above its item where even stacked buttons leave the item too little (Welsh at Larger); made
        # last, so it fits first on a resize (Qt asks the filter installed last first) and the buttons follow it
        self.body = StackWhenNarrow(self, ui.bodyLayout)
        self.rows[-1].fit()
        self.editor = PlanItemsEditor(self.ui, self)
        self._session: Session | None = None
        self._case_id: str | None = None
        self._closed = False
        self._current: PlanVersion | None = None
        self._templates: dict[str, PlanTemplate] = {}
        self._template = ""
        self._baseline: dict | None = None
        self._no_date = QDate.currentDate().addDays(-1)
        self._loading = False
        self._dialogs: list[QDialog] = []
        ui = self.ui
        ui.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.template.setMinimumContentsLength(14)
        ui.reviewDate.setSpecialValueText(self.tr("No date"))
        ui.reviewDate.setMaximumDate(QDate(2100, 12, 31))
        ui.template.currentIndexChanged.connect(self._template_chosen)
        ui.reviewDate.dateChanged.connect(self._review_changed)
        ui.clearReview.clicked.connect(lambda: ui.reviewDate.setDate(ui.reviewDate.minimumDate()))
        self._helplines: list[str] = []  # chosen for this plan; [] the usual set
        self._helpline_menu = QMenu(self)
        self._helpline_menu.setAccessibleName(self.tr("Helplines on the person's copy"))
        self._helpline_menu.triggered.connect(self._helpline_toggled)
        ui.helplinesButton.setMenu(self._helpline_menu)
        self.editor.edited.connect(self._edited)
        ui.saveButton.clicked.connect(self.save)
        ui.historyButton.clicked.connect(self.show_history)
        ui.printButton.clicked.connect(self.preview)
        ui.showPersonButton.clicked.connect(self._show_to_person)
        self.clear()

    # -- in and out --------------------------------------------------------------------------------------------

    def _card_scrolls(self) -> None:
        """The item card (the chosen item and the guidance for its section) scrolls on a short screen rather than
        making the whole window taller than a 1366x768 laptop has room for (1366x700 with a taskbar)."""
        card = self.ui.itemCard
        scroll = QScrollArea(self)
        scroll.setObjectName("itemCardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(self.tr("The chosen item"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.bodyLayout.replaceWidget(card, scroll)
        scroll.setWidget(card)
        # never narrower than the card and its scroll bar: it scrolls up and down only
        scroll.setMinimumWidth(card.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())

    def bind(self, session: Session) -> None:
        self._session = session

    def set_case(self, case_id: str | None, closed: bool = False) -> None:
        """Show the saved plan of ``case_id`` (None: a new case, which has no plan until it is saved)."""
        keep = self.editor.selected_key() if case_id is not None and case_id == self._case_id else None
        self._close_dialogs()
        self._case_id = case_id
        self._closed = closed
        self._current = None
        self._say("")
        service = self._service()
        if case_id is None or service is None:
            self._populate(None)
            return
        try:
            if not self._templates:
                self._templates = {t.id: t for t in service.templates()}
                self._fill_templates()
            self._current = service.current(case_id)
        except SafetyWorkerError as exc:
            self._populate(None)
            self._say(self.tr("The plan could not be shown: {problem}").format(problem=_problem(exc)), True)
            return
        self._populate(self._current)
        if keep is None:
            self.editor.select_first()
        else:
            self.editor.select(*keep)

    def clear(self) -> None:
        """Forget the case (the app is locking): no widget or dialog keeps any of the plan."""
        self._close_dialogs()
        self._case_id = None
        self._closed = False
        self._current = None
        self._populate(None)
        self._say("")

    def is_dirty(self) -> bool:
        if self._case_id is None or self._baseline is None:
            return False
        now = self._snapshot()
        if self._current is None:  # a situation chosen for a plan with nothing in it yet is not a change
            now["template"] = self._baseline["template"]
        return now != self._baseline

    def revert(self) -> None:
        """Back to the saved plan."""
        self._populate(self._current)
        self._say("")

    @property
    def case_id(self) -> str | None:
        return self._case_id

    def current_version(self) -> PlanVersion | None:
        return self._current

    # -- saving ------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the plan as a new version; True when saved (or when there was nothing new to save)."""
        service = self._service()
        if self._case_id is None or service is None or self._closed:
            return False
        self._say("")
        items = self.editor.items()
        kept = [i for i, item in enumerate(items) if _written(item)]
        data = self._snapshot()
        data["items"] = [
            dict(items[i], text=items[i]["text"].strip(), meaning=items[i]["meaning"].strip()) for i in kept
        ]
        try:
            version = service.set(self._case_id, data, author=self._author())
        except InvalidInput as exc:
            self._show_invalid(exc, kept)
            return False
        except SafetyWorkerError as exc:
            self._say(self.tr("Not saved: {problem}").format(problem=_problem(exc)), True)
            return False
        case_id = self._case_id
        self.set_case(case_id, self._closed)
        if version is None:
            self._say(self.tr("Nothing has changed since the last version, so no new version was saved."))
        else:
            self._say(self.tr("Saved as version {n}.").format(n=version.version))
            self.saved.emit(case_id)
        self.changed.emit()
        return True

    def _show_invalid(self, exc: InvalidInput, kept: list[int]) -> None:
        match = _ITEM.match(exc.field or "")
        if match and int(match.group(1)) < len(kept):
            self.editor.select("item", kept[int(match.group(1))])
            self.ui.itemText.setFocus()
            self._say(self.tr("Not saved: the chosen item {problem}.").format(problem=exc.problem), True)
        elif exc.field == "review_date":
            self.ui.reviewDate.setFocus()
            self._say(self.tr("Not saved: the review date {problem}.").format(problem=exc.problem), True)
        else:
            self._say(self.tr("Not saved: {problem}").format(problem=exc.problem), True)

    def _service(self) -> PlanService | None:
        return self._session.plans if self._session is not None else None

    def _author(self) -> str:
        """Who saves: the worker's name from enrolment with the office, when this laptop has one."""
        settings = self._session.settings if self._session is not None else None
        return settings.worker_name() if settings is not None else ""

    # -- showing -----------------------------------------------------------------------------------------------
    def _fill_templates(self) -> None:
        combo = self.ui.template
        self._loading = True
        try:
            combo.clear()
            for template in self._templates.values():
                combo.addItem(template.title, template.id)
        finally:
            self._loading = False

    def _populate(self, plan: PlanVersion | None) -> None:
        """Show ``plan`` (None: an empty plan), as saved: the result is not dirty."""
        ui = self.ui
        active = self._case_id is not None
        self._loading = True
        try:
            template = plan.template if plan is not None else ""
            if template not in self._templates:
                template = next(iter(self._templates), "")
            self._template = template
            ui.template.setCurrentIndex(max(0, ui.template.findData(template)))
            review = plan.review_date if plan is not None else None
            # the store's today (unbound, before any store: the laptop's): a UTC laptop's is a day behind at 00:30
            today = planner.local_today(self._session) if self._session is not None else date.today()
            self._no_date = qdate(min(today, review or today)).addDays(-1)  # shown as "No date"
            ui.reviewDate.setMinimumDate(self._no_date)
            ui.reviewDate.setDate(qdate(review) if review else self._no_date)
            self._helplines = list(plan.helplines) if plan is not None else []
            self._fill_helplines()
            items = [i.to_json() for i in plan.items] if plan is not None else []
            self.editor.set_items(items, self._templates.get(template), active, not self._closed)
        finally:
            self._loading = False
        self._baseline = self._snapshot() if active else None
        for widget in (ui.template, ui.reviewDate, ui.helplinesButton):
            widget.setEnabled(active and not self._closed)
        ui.clearReview.setEnabled(active and not self._closed and self._has_review())
        ui.closedHint.setVisible(active and self._closed)
        self._show_template_hint()
        self._update_state()

    def _snapshot(self) -> dict:
        review = self.ui.reviewDate.date()
        return {
            "template": self._template,
            "items": [item for item in self.editor.items() if _written(item)],
            "review_date": review.toPython().isoformat() if self._has_review() else None,
            "helplines": list(self._helplines),
        }

    def _show_template_hint(self) -> None:
        template = self._templates.get(self._template)
        hint = template.description if template is not None and self._case_id is not None else ""
        self.ui.templateHint.setText(hint)
        self.ui.templateHint.setVisible(bool(hint))

    def _update_state(self) -> None:
        ui = self.ui
        dirty = self.is_dirty()
        ui.saveButton.setEnabled(dirty and not self._closed)
        ui.historyButton.setEnabled(self._current is not None)
        ui.printButton.setEnabled(self._current is not None)
        ui.printButton.setToolTip("" if self._current is not None else self.tr("Save the plan first"))
        ui.showPersonButton.setEnabled(self._current is not None)
        if self._case_id is None:
            text = ""
        elif self._current is None:
            text = self.tr("Not saved yet.") if dirty else self.tr("No plan saved yet.")
        else:
            text = version_text(self._current)
            if dirty:
                text = self.tr("{version} · changes not saved yet").format(version=text)
        ui.versionLabel.setText(text)

    def _say(self, text: str, problem: bool = False) -> None:
        look.say(self.ui.messageLabel, text, problem)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.editor.schedule_fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.editor.build_if_stale()

    # -- editing -----------------------------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if self._loading or self._case_id is None:
            return
        self._update_state()
        self.changed.emit()

    def _review_changed(self, *_args: object) -> None:
        self.ui.clearReview.setEnabled(self._case_id is not None and not self._closed and self._has_review())
        self._edited()

    # -- helplines chosen for this person -----------------------------------------------------------------------
    def _fill_helplines(self) -> None:
        """One checkable entry per helpline of the office's list; ticked: printed on the person's copy."""
        menu = self._helpline_menu
        menu.clear()
        service = self._service()
        if service is None:
            self._show_helplines_choice()
            return
        shown = self._helplines or service.default_helplines()
        for line in service.helpline_choices():
            action = menu.addAction(f"{line.name} ({line.number})")
            action.setCheckable(True)
            action.setData(line.id)
            action.setChecked(line.id in shown or line.id == ALWAYS_PRINTED)
            action.setEnabled(line.id != ALWAYS_PRINTED)  # 999 is always printed
        menu.addSeparator()
        usual = menu.addAction(self.tr("Use the usual helplines"))
        usual.setData("")
        self._show_helplines_choice()

    def _helpline_toggled(self, action: QAction) -> None:
        line_id = action.data()
        if not line_id:
            self._helplines = []
        else:
            chosen = [a.data() for a in self._helpline_menu.actions() if a.isCheckable() and a.isChecked()]
            self._helplines = [c for c in chosen if c != ALWAYS_PRINTED]
        self._fill_helplines()
        self._edited()

    def _show_helplines_choice(self) -> None:
        n = len(self._helplines)
        self.ui.helplinesButton.setText(
            self.tr("Helplines: %n chosen", "", n) if n else self.tr("Helplines: the usual ones")
        )

    def _has_review(self) -> bool:
        return self.ui.reviewDate.date() > self._no_date

    def _template_chosen(self, _index: int) -> None:
        if self._loading:
            return
        self._template = self.ui.template.currentData() or ""
        self.editor.set_template(self._templates.get(self._template))
        self._show_template_hint()
        self._edited()

    # -- versions, preview and print ---------------------------------------------------------------------------
    def _render(self, options: PrintOptions, action: str, version: int | None) -> bytes:
        service = self._service()
        if service is None or self._case_id is None:
            raise SafetyWorkerError(self.tr("The app is locked."))
        return service.render(self._case_id, options, action, version=version)

    def _if_found(self, options: PrintOptions, version: int | None) -> str:
        service = self._service()
        if service is None or self._case_id is None:
            raise SafetyWorkerError(self.tr("The app is locked."))
        return service.if_found(self._case_id, options, version)

    def preview(self) -> PlanPrintDialog | None:
        """Preview and print the saved plan (asking first when there are unsaved changes)."""
        if self._current is None:
            return None
        if self.is_dirty() and not self._closed:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Save the changes first?"),
                self.tr("Printing uses the saved plan. Save the changes as a new version first?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                self,
            )
            saved_copy = box.addButton(self.tr("Print the saved version"), QMessageBox.ButtonRole.NoRole)
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            self._dialogs.append(box)  # a lock while it is open closes it
            try:
                box.exec()
                clicked = box.clickedButton() if shiboken6.isValid(box) else None
                answer = box.standardButton(clicked) if clicked is not None else None
            finally:
                if box in self._dialogs:
                    self._dialogs.remove(box)
                dispose(box)
            if not shiboken6.isValid(self) or self._current is None:
                return None
            if answer == QMessageBox.StandardButton.Save:
                if not self.save():
                    return None
            elif clicked is not saved_copy:
                return None
        return self.open_print(None)

    def _show_to_person(self) -> None:
        if self._current is not None and self._case_id is not None:
            self.show_to_person.emit(self._case_id)

    def open_print(self, version: int | None, parent: QWidget | None = None) -> PlanPrintDialog | None:
        """The preview and print dialog for ``version`` (None: the current one)."""
        plan, service = self._current, self._service()
        if plan is None or service is None or self._case_id is None:
            return None
        try:
            if version is not None and version != plan.version:
                earlier = service.version(self._case_id, version)
                about = self.tr("An earlier version: {version}").format(version=version_text(earlier))
            else:
                about = self.tr("The saved plan: {version}").format(version=version_text(plan))
        except SafetyWorkerError as exc:
            self._say(self.tr("That version could not be shown: {problem}").format(problem=_problem(exc)), True)
            return None
        dialog = PlanPrintDialog(
            lambda options, action: self._render(options, action, version),
            about,
            parent or self,
            if_found=lambda options: self._if_found(options, version),
        )
        self._track(dialog)
        dialog.open()
        return dialog

    def show_history(self) -> PlanHistoryDialog | None:
        service = self._service()
        if service is None or self._case_id is None or self._current is None:
            return None
        try:
            versions = service.versions(self._case_id)
        except SafetyWorkerError as exc:
            self._say(self.tr("The earlier versions could not be shown: {problem}").format(problem=_problem(exc)), True)
            return None
        dialog = PlanHistoryDialog(versions, self._templates, self)
        dialog.print_requested.connect(lambda number: self.open_print(number, dialog))
        self._track(dialog)
        dialog.open()
        return dialog

    def _track(self, dialog: QDialog) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._untrack(dialog))

    def _untrack(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        if shiboken6.isValid(dialog):
            dialog.deleteLater()

    def _close_dialogs(self) -> None:
        """Close and delete every preview and history window now (not later): nothing may keep the plan."""
        dialogs, self._dialogs = self._dialogs, []
        for dialog in reversed(dialogs):
            if shiboken6.isValid(dialog):
                forget = getattr(dialog, "forget", None)
                if forget is not None:
                    forget()
                dispose(dialog)

    def open_dialogs(self) -> list[QDialog]:
        return [d for d in self._dialogs if shiboken6.isValid(d)]


def _problem(exc: SafetyWorkerError) -> str:
    return str(getattr(exc, "problem", exc))


def _written(item: dict) -> bool:
    """An item with something in it: its words, or (agreed words not yet written apart) only its meaning."""
    return bool(item["text"].strip() or item["meaning"].strip())
