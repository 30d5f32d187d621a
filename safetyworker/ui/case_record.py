"""The case record: the right-hand side of the main window.

It shows one case (``CaseService.show``, an audited view) and edits it as a whole. Save builds the whole case
in the interchange format from the widgets and hands it to ``CaseService.update`` (or ``add`` for a new case),
which checks everything before writing anything: either all of it is saved, or none of it, and a problem is
shown beside the field it is about. The contact log and notes are different: they are append-only and an
entry is kept the moment it is added. The safety plan is saved as a new version of the plan (its own Save, or
this one); an unsaved plan counts as an unsaved change of the record.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.services.session import Session
from safetyworker.ui.assign_dialog import AssignDialog
from safetyworker.ui.case_form import empty_doc, field_widgets, fill_choices, read_case, write_case
from safetyworker.ui.close_case_dialog import CloseCaseDialog
from safetyworker.ui.field_errors import FieldErrors, field_label
from safetyworker.ui.fitting_tabs import TabFit
from safetyworker.ui.forms.ui_case_record import Ui_CaseRecord
from safetyworker.ui.planned_contacts import PlannedContactsPanel
from safetyworker.ui.record_text import text_to_date
from safetyworker.ui.remembered_dialog import dispose, run_dialog
from safetyworker.ui.risk_tab import RiskPanel
from safetyworker.ui.sharing_tab import SharingPanel
from safetyworker.ui.subject_access_dialog import SubjectAccessDialog

_LIST_ITEM = re.compile(r"(contact_methods|children)\[(\d+)\](?:\.(.*))?$")


class CaseRecordWidget(QWidget):
    # case id, after a successful save or close
    case_saved = Signal(str)
    # office: the case was given to a worker (the sync status counts each worker's cases)
    case_assigned = Signal(str)
    # case id, after a contact log entry or a note was added (kept at once; not part of Save)
    history_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_CaseRecord()
        self.ui.setupUi(self)
        self._case_id: str | None = None
        self._doc: dict[str, Any] | None = None
        self._holder_line = ""  # office: who holds the case, in the header (never on a laptop)
        self._baseline: dict[str, Any] | None = None
        self._active = False
        self._dirty = False
        self._loading = False
        self._held = ""  # why the case cannot be changed just now (a bundle is being imported), or ""
        self.errors = FieldErrors()

        ui = self.ui
        fill_choices(ui)
        for page in (ui.personPage, ui.harmPage):  # one label column per page, so the cards line up
            forms = page.findChildren(QFormLayout)
            labels = [
                form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                for form in forms
                for row in range(form.rowCount())
                if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
            ]
            width = max((label.sizeHint().width() for label in labels if label is not None), default=0)
            for label in labels:
                if label is not None:
                    label.setMinimumWidth(width)
        for warning in (ui.addressWarning, ui.releaseHint):  # short warnings hug their words
            warning.setWordWrap(False)
            warning.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        ui.saveButton.clicked.connect(self.save)
        # Ctrl+S as its own shortcut: a button's shortcut is wiped when its text is set (uic sets the text after
        # the shortcut). It works anywhere in the window while the record is shown.
        self.saveShortcut = QShortcut(QKeySequence.StandardKey.Save, self, context=Qt.ShortcutContext.WindowShortcut)
        self.saveShortcut.activated.connect(self._save_by_key)
        ui.revertButton.clicked.connect(self._revert)
        ui.closeCaseButton.clicked.connect(self._close_case)
        # what is done with the case as a whole, less often: a menu, so the header keeps its room
        self.moreMenu = QMenu(self)
        self.moreMenu.setToolTipsVisible(True)  # says why the copy waits while a bundle is imported
        self.actionSubjectAccess = self.moreMenu.addAction(self.tr("Subject access copy…"))
        self.actionSubjectAccess.triggered.connect(self._subject_access)
        # the office gives a case to a worker, or moves it to another (the CLI's "office assign")
        self.actionAssign = self.moreMenu.addAction(self.tr("Give to a worker…"))
        self.actionAssign.setObjectName("actionAssign")
        self.actionAssign.setVisible(session.role == "office")
        self.actionAssign.triggered.connect(self._assign)
        ui.moreButton.setMenu(self.moreMenu)
        ui.moreButton.setEnabled(False)
        # the timetable: its own tab, after the contact log that completes its contacts
        self.plannedPanel = PlannedContactsPanel(self)
        self.plannedPanel.setObjectName("plannedPanel")
        self.plannedTab = self.plannedPanel
        ui.tabs.insertTab(ui.tabs.indexOf(ui.logTab) + 1, self.plannedPanel, self.tr("Timetable"))
        # Short tab titles, all in view on a 1366-wide laptop (never behind scroll arrows); the long names in
        # the tooltips. The record is never narrower than its tabs: the caseload gives way (caseload_columns).
        self._tab_tips = {
            ui.contactTab: self.tr("How to contact safely"),
            ui.personTab: self.tr("The person"),
            ui.harmTab: self.tr("Person causing harm"),
            self.plannedPanel: self.tr("Planned contacts"),
            ui.planTab: self.tr("Safety plan"),
            ui.logTab: self.tr("Contact log"),
            ui.childrenTab: self.tr("Children"),
            ui.notesTab: self.tr("Notes"),
        }
        # a title that does not fit the room a 1366-wide laptop leaves is shortened, never the window widened
        self.tabFit = TabFit(ui.tabs)
        for page, whole in self._tab_tips.items():
            self.tabFit.name(page, whole)
        self.plannedPanel.bind(session)
        self.plannedPanel.changed.connect(self._planned_changed)
        ui.logPanel.bind(session)
        ui.notesPanel.bind(session)
        ui.planPanel.bind(session)
        # the risk assessments: their own tab, after the safety plan
        self.riskPanel = RiskPanel(self)
        self.riskPanel.setObjectName("riskPanel")
        # the checklist, its result and the history scroll as a whole on a short screen (1366x700 at the least)
        self.riskTab = QScrollArea(self)
        self.riskTab.setObjectName("riskScroll")
        self.riskTab.setWidgetResizable(True)
        self.riskTab.setFrameShape(QScrollArea.Shape.NoFrame)
        self.riskTab.setWidget(self.riskPanel)
        ui.tabs.insertTab(ui.tabs.indexOf(ui.planTab) + 1, self.riskTab, self.tr("Risk"))
        self.riskPanel.bind(session)
        # information sharing and the actions from it: after the risk assessment
        self.sharingPanel = SharingPanel(self)
        self.sharingPanel.setObjectName("sharingPanel")
        ui.tabs.insertTab(ui.tabs.indexOf(self.riskTab) + 1, self.sharingPanel, self.tr("Sharing"))
        self.tabFit.name(self.sharingPanel, self.tr("Information sharing with other agencies, and its actions"))
        self.sharingPanel.bind(session)
        self.sharingPanel.changed.connect(self.history_changed)
        self.riskPanel.saved.connect(self._risk_saved)
        self.riskPanel.edited.connect(self._edited)
        ui.planPanel.changed.connect(self._edited)
        ui.planPanel.saved.connect(self._plan_saved)
        ui.logPanel.appended.connect(self._history_added)
        ui.logPanel.plan_changed.connect(self._plan_changed)
        ui.notesPanel.appended.connect(self._history_added)
        # the contact log scrolls as a whole on a short screen, so its list of entries keeps a useful height
        logScroll = QScrollArea(ui.logTab)
        logScroll.setObjectName("logScroll")
        logScroll.setWidgetResizable(True)
        logScroll.setFrameShape(QScrollArea.Shape.NoFrame)
        logScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.logTabLayout.removeWidget(ui.logPanel)
        logScroll.setWidget(ui.logPanel)
        ui.logTabLayout.addWidget(logScroll)
        logScroll.setAccessibleName(self.tr("Contact log"))
        self.riskTab.setAccessibleName(self.tr("Risk assessment"))
        for area in (logScroll, self.riskTab):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside, never to the frame
        for area in self.findChildren(QScrollArea):
            # the pages sit on the tab's own background, not a grey viewport
            area.viewport().setAutoFillBackground(False)
            inner = area.widget()
            if inner is not None:
                inner.setAutoFillBackground(False)
        ui.contactPanel.changed.connect(self._edited)
        ui.childrenPanel.changed.connect(self._edited)
        for page in (ui.personPage, ui.harmPage):
            for widget in page.findChildren(QWidget):
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.textChanged.connect(self._edited)
                elif isinstance(widget, QCheckBox):
                    widget.toggled.connect(self._edited)
                elif isinstance(widget, QComboBox):
                    widget.currentIndexChanged.connect(self._edited)
                elif isinstance(widget, QSpinBox):
                    widget.valueChanged.connect(self._edited)
        self._wide: bool | None = None
        self._reflow()
        self.clear()

    # -- layout ----------------------------------------------------------------------------------------------
    WIDE = 860  # from this width the cards of a page sit two across

    def minimumSizeHint(self) -> QSize:
        """Never narrower than the tab titles (every tab in view, no scroll arrows: the splitter keeps this),
        unless the titles want more than a 1366-wide laptop has room for: then they are shortened (TabFit)."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        assert layout is not None  # the form's, set up in __init__
        margins = layout.contentsMargins()
        tabs = self.tabFit.wanted_width() + margins.left() + margins.right() + 4
        return QSize(max(hint.width(), tabs), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        wide = self.width() >= self.WIDE
        if wide == self._wide:
            return
        self._wide = wide
        ui = self.ui
        for grid, rows in (
            (ui.personGrid, [[ui.namesCard, ui.addressCard], [ui.supportCard, ui.consentCard]]),
            (ui.harmGrid, [[ui.harmIntro], [ui.harmCard, ui.programmeCard], [ui.licenceCard]]),
        ):
            for row in range(grid.rowCount()):
                grid.setRowStretch(row, 0)
            while grid.count():
                grid.takeAt(0)  # widgets stay where they are; the spacers from the form go
            row = 0
            for widgets in rows:
                if wide:
                    for column, widget in enumerate(widgets):
                        grid.addWidget(widget, row, column, 1, 2 if len(widgets) == 1 else 1)
                    row += 1
                else:
                    for widget in widgets:
                        grid.addWidget(widget, row, 0, 1, 2)
                        row += 1
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(row, 1)

    # -- public interface ----------------------------------------------------------------------------------
    def load(self, case_id: str) -> None:
        """Show the case (an audited view). Unsaved edits to the case shown before are dropped: the caller
        asks ``maybe_leave()`` first."""
        if self.session.cases is None:  # locked
            self.clear()
            return
        try:
            doc = self.session.cases.show(case_id)
        except SafetyWorkerError as exc:
            self.clear()
            self._banner(str(exc))
            return
        self._case_id = case_id
        self._doc = doc
        self._holder_line = self._holder_text(case_id)
        self._active = True
        self._populate(doc)
        self.ui.logPanel.case_place = doc.get("locality") or (doc.get("address") or {}).get("postcode") or ""
        self.ui.logPanel.set_case(case_id, doc["contact_methods"], doc["contact_log"])
        self.ui.notesPanel.set_case(case_id, doc["notes"])
        self.plannedPanel.set_case(case_id, closed=doc.get("status") == "closed")
        self.ui.planPanel.set_case(case_id, closed=doc.get("status") == "closed")
        self.riskPanel.set_case(case_id, closed=doc.get("status") == "closed")
        self.sharingPanel.set_case(case_id, closed=doc.get("status") == "closed")
        self._enable_history(True)
        self._update_risk_tab()
        self._set_dirty(self._dirty)

    def new_case(self) -> None:
        self._case_id = None
        self._doc = None
        self._active = True
        self._populate(empty_doc())
        self.ui.logPanel.set_case(None, [], [])
        self.ui.notesPanel.set_case(None, [])
        self.plannedPanel.set_case(None)
        self.ui.planPanel.set_case(None)
        self.riskPanel.set_case(None)
        self.sharingPanel.set_case(None)
        self._enable_history(False)
        self.ui.tabs.setCurrentWidget(self.ui.personTab)
        self.ui.preferredName.setFocus()

    def is_dirty(self) -> bool:
        return self._dirty or self.ui.planPanel.is_dirty() or self.riskPanel.is_dirty()

    def has_unadded_log_entry(self) -> bool:
        """A contact-log entry was typed but not added (it is not part of Save, so it is asked about apart)."""
        return self.ui.logPanel.has_draft()

    def maybe_leave(self) -> bool:
        """True when it is fine to show something else: nothing unsaved, or saved, or discarded."""
        if self.has_unadded_log_entry() and not self._leave_log_entry():
            return False
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Changes not saved"),
            self.tr("The changes to this record have not been saved. Save them now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._populate(self._doc or empty_doc())
            self.ui.planPanel.revert()
            self._revert_risk()
            self._set_dirty(False)
            return True
        return False

    def _leave_log_entry(self) -> bool:
        """Ask about the contact-log entry being written: add it, throw it away, or stay (False)."""
        answer = QMessageBox.question(
            self,
            self.tr("Log entry not added"),
            self.tr("The contact-log entry you were writing has not been added to the log. Add it now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            if self.ui.logPanel.add_entry():
                return True
            self.ui.tabs.setCurrentWidget(self.ui.logTab)  # its problem is shown there
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self.ui.logPanel.discard_draft()
            return True
        self.ui.tabs.setCurrentWidget(self.ui.logTab)
        return False

    def clear(self) -> None:
        """Forget everything shown (the app is locking): no widget keeps any of the case."""
        self._case_id = None
        self._doc = None
        self._active = False
        self._populate(empty_doc())
        self.ui.contactPanel.clear()
        self.ui.childrenPanel.clear()
        self.ui.logPanel.clear()
        self.ui.notesPanel.clear()
        self.plannedPanel.clear()
        self.ui.planPanel.clear()
        self.riskPanel.clear()
        self.sharingPanel.clear()
        self._update_risk_tab()
        self._enable_history(False)
        self._baseline = None
        self.ui.title.setText("")
        self.ui.subtitle.setText("")
        self.ui.statusChip.setText("")
        self.ui.statusChip.hide()
        self.setWindowTitle("")
        self._banner("")
        self.ui.saveButton.setEnabled(False)
        self.ui.revertButton.setEnabled(False)
        self.ui.closeCaseButton.setEnabled(False)

    @property
    def case_id(self) -> str | None:
        return self._case_id

    # -- while a bundle is imported ----------------------------------------------------------------------------
    def hold(self, reason: str) -> None:
        """``reason``: no change to the case starts or is saved until ``hold("")`` gives it back (as every part
        held during an import does): an import running in the background may change this case, and saving the
        form as it was shown would quietly undo what the import brought. The case stays readable, and the
        contact log and notes (only ever added to) stay open."""
        self._held = reason
        free = not reason
        for page in (self.ui.contactTab, self.ui.personTab, self.ui.childrenTab, self.ui.harmTab, self.ui.planTab):
            page.setEnabled(free)
        self.riskPanel.setEnabled(free)
        self.sharingPanel.setEnabled(free)
        self.plannedPanel.hold(reason)  # planning or cancelling a contact is a change, as a save is
        for button in (self.ui.saveButton, self.ui.revertButton, self.ui.closeCaseButton):
            if reason:
                button.setEnabled(False)
            button.setToolTip(reason)
        self.ui.logPanel.hold(reason)
        self.actionSubjectAccess.setEnabled(free)  # a whole record read and audited: it would wait for the import
        self.actionSubjectAccess.setToolTip(reason)
        if free:
            self.ui.closeCaseButton.setEnabled(bool(self._case_id) and (self._doc or {}).get("status") != "closed")
            self._set_dirty(self._dirty)

    @property
    def held(self) -> bool:
        return bool(self._held)

    # -- the contact log and notes ---------------------------------------------------------------------------
    def _enable_history(self, enabled: bool) -> None:
        """A new case has no plan, log or notes until it is saved."""
        tabs = self.ui.tabs
        for page in (self.ui.planTab, self.riskTab, self.ui.logTab, self.plannedTab, self.ui.notesTab):
            tabs.setTabEnabled(tabs.indexOf(page), enabled)
            tip = self._tab_tips.get(page, "") if enabled else self.tr("Save the new case first")
            tabs.setTabToolTip(tabs.indexOf(page), tip)

    def _plan_changed(self, case_id: str) -> None:
        """A service was added to the plan from the directory: show the new version, unless the plan is being
        edited (then the worker's edit stays, and the saved version shows when they leave it)."""
        if case_id == self._case_id and not self.ui.planPanel.is_dirty():
            self.ui.planPanel.set_case(case_id, closed=(self._doc or {}).get("status") == "closed")

    def _history_added(self, case_id: str) -> None:
        if case_id != self._case_id or self.session.cases is None:
            return
        doc = self.session.cases.history(case_id)
        self.ui.logPanel.show_log(doc["contact_log"])
        self.ui.notesPanel.show_notes(doc["notes"])
        if self._doc is not None:
            self._doc["contact_log"], self._doc["notes"] = doc["contact_log"], doc["notes"]
        self.plannedPanel.reload()  # a logged contact may have completed one
        if self.session.risk is not None:  # a logged incident asks for a review
            self.riskPanel.set_case(case_id, closed=(self._doc or {}).get("status") == "closed")
            self._update_risk_tab()
        self.history_changed.emit(case_id)

    def _risk_saved(self, case_id: str) -> None:
        """An assessment or referral was saved: the review it planned shows on the timetable and Today."""
        if case_id != self._case_id:
            return
        self.plannedPanel.reload()
        self.ui.logPanel.refresh_planned()
        self._update_risk_tab()
        self._set_dirty(self._dirty)
        self.case_saved.emit(case_id)

    def _revert_risk(self) -> None:
        """Drop an unsaved checklist: a fresh one for the case."""
        if self._case_id:
            self.riskPanel.set_case(self._case_id, closed=(self._doc or {}).get("status") == "closed")

    def _update_risk_tab(self) -> None:
        """The tab says when something changed that calls for a review: a warning shape beside its short title,
        the words in its tooltip and accessible name (a longer title widened the window past a laptop's)."""
        prompt = self.riskPanel.prompt.text() if not self.riskPanel.prompt.isHidden() else ""
        self.tabFit.mark(self.riskTab, self.tr("Risk"), prompt)

    def _planned_changed(self, case_id: str) -> None:
        """A contact was cancelled or planned by hand: the log form offers the open ones afresh."""
        if case_id != self._case_id:
            return
        self.ui.logPanel.refresh_planned()
        self.history_changed.emit(case_id)

    # -- saving ----------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save what changed: the plan (as a new version) first, then the rest of the record."""
        if not self._active or self.session.cases is None or self._held:
            return False
        self._clear_errors()
        plan = self.ui.planPanel
        if plan.is_dirty():
            if not plan.save():
                self.ui.tabs.setCurrentWidget(self.ui.planTab)
                self._banner(self.tr("Not saved: the safety plan has a problem, shown on its tab."))
                return False
            if not self._dirty and self._case_id:
                self._set_dirty(False)
                return True
        if self.riskPanel.is_dirty():
            if not self.riskPanel.save():
                self.ui.tabs.setCurrentWidget(self.riskTab)
                self._banner(self.tr("Not saved: the risk assessment has a problem, shown on its tab."))
                return False
            if not self._dirty and self._case_id:
                self._set_dirty(False)
                return True
        panel, children = self.ui.contactPanel, self.ui.childrenPanel
        try:
            doc = read_case(self.ui, strict=True)
            if self._case_id:
                doc["contact_methods"] += [{"id": i, "remove": True} for i in panel.removed_ids()]
                doc["children"] += [{"id": i, "remove": True} for i in children.removed_ids()]
                self.session.cases.update(self._case_id, doc)
                case_id = self._case_id
            else:
                case_id = self.session.cases.add(doc)[0]
        except InvalidInput as exc:
            self._show_invalid(exc)
            return False
        except SafetyWorkerError as exc:
            self._banner(self.tr("Not saved: {problem}").format(problem=exc))
            return False
        tab = self.ui.tabs.currentIndex()
        method_row, child_row = panel.current_row(), children.current_row()
        self.load(case_id)
        self.ui.tabs.setCurrentIndex(tab)
        if method_row >= 0:
            panel.select(min(method_row, len(panel.saved_methods()) - 1))
        if child_row >= 0:
            children.select(child_row)
        self.case_saved.emit(case_id)
        return True

    def _save_by_key(self) -> None:
        """Ctrl+S does what the Save button does, when the button could be pressed."""
        if self.ui.saveButton.isEnabled():
            self.save()

    # -- showing ---------------------------------------------------------------------------------------------
    def _populate(self, doc: dict[str, Any]) -> None:
        """Fill the editable parts from ``doc`` (the case as ``show`` gives it); the result is not dirty."""
        ui = self.ui
        self._loading = True
        try:
            self._clear_errors()
            write_case(ui, doc)
            for edit in self.findChildren(QLineEdit):
                edit.setCursorPosition(0)  # show the start of long text, not its end
        finally:
            self._loading = False
        self._baseline = self._snapshot()
        self._set_dirty(False)
        is_closed = doc.get("status") == "closed"
        ui.closeCaseButton.setEnabled(bool(self._case_id) and not is_closed and not self._held)
        ui.moreButton.setEnabled(bool(self._case_id))
        ui.closedBanner.setText(
            self.tr("This case is closed. Reason: {reason}").format(reason=doc.get("closed_reason") or "")
            if is_closed
            else ""
        )
        ui.closedBanner.setVisible(is_closed)

    def _snapshot(self) -> dict[str, Any]:
        doc = read_case(self.ui, strict=False)
        doc["removed"] = [self.ui.contactPanel.removed_ids(), self.ui.childrenPanel.removed_ids()]
        return doc

    def _edited(self, *_args: object) -> None:
        if self._loading or not self._active:
            return
        self._set_dirty(self._snapshot() != self._baseline)

    def _set_dirty(self, dirty: bool) -> None:
        """``dirty``: the case itself has unsaved edits; the buttons and title also count an unsaved plan."""
        self._dirty = dirty and self._active
        unsaved = self.is_dirty()
        self.ui.saveButton.setEnabled(unsaved and not self._held)
        self.ui.revertButton.setEnabled(unsaved and not self._held)
        self.setWindowModified(unsaved)
        self._update_header()

    def _plan_saved(self, case_id: str) -> None:
        self._banner("")
        self._set_dirty(self._dirty)
        self.case_saved.emit(case_id)

    def _update_header(self) -> None:
        ui = self.ui
        if not self._active:
            return
        name = ui.preferredName.text().strip() or (self.tr("New case") if not self._case_id else "")
        ui.title.setText(f"{name} •" if self.is_dirty() else name)
        self.setWindowTitle(f"{name}[*]")
        ui.statusChip.setText(ui.status.currentText())
        ui.statusChip.setVisible(True)
        parts = [ui.pronouns.text().strip(), ui.locality.text().strip(), self._holder_line if self._case_id else ""]
        ui.subtitle.setText("  ·  ".join(p for p in parts if p))
        visit, post = ui.safeToVisit.isChecked(), ui.safeToPost.isChecked()
        warning = ""
        if not visit and not post:
            warning = self.tr("Do not visit or post here")
        elif not visit:
            warning = self.tr("Do not visit here")
        elif not post:
            warning = self.tr("Do not post anything here")
        ui.addressWarning.setText(warning)
        ui.addressWarning.setVisible(bool(warning))
        self._update_release_hint()

    def _update_release_hint(self) -> None:
        hint = ""
        try:
            iso = text_to_date(self.ui.releaseDate.text(), "release_date")
            release = date.fromisoformat(iso) if iso else None
        except (InvalidInput, ValueError):
            release = None
        if release is not None:
            days = (release - date.today()).days
            if days == 0:
                hint = self.tr("Due for release today")
            elif 0 < days <= 120:
                hint = self.tr("Due for release in %n day(s)", "", days)
        self.ui.releaseHint.setText(hint)
        self.ui.releaseHint.setVisible(bool(hint))

    # -- problems --------------------------------------------------------------------------------------------
    def _banner(self, message: str) -> None:
        self.ui.errorBanner.setText(message)
        self.ui.errorBanner.setVisible(bool(message))

    def _clear_errors(self) -> None:
        self.errors.clear()
        self.ui.contactPanel.editor.errors.clear()
        self.ui.childrenPanel.errors.clear()
        self._banner("")

    def _show_invalid(self, exc: InvalidInput) -> None:
        """Show the problem beside its field (changing tab and selecting the method or child it is about)."""
        path, problem = exc.field, exc.problem
        ui = self.ui
        where = ""
        match = _LIST_ITEM.match(path)
        if match:
            which, row, rest = match.group(1), int(match.group(2)), match.group(3) or ""
            if which == "contact_methods":
                ui.tabs.setCurrentWidget(ui.contactTab)
                ui.contactPanel.show_error(row, rest, problem)
                where = ui.contactPanel.editor.field_name(rest) or self.tr("How to contact safely")
            else:
                ui.tabs.setCurrentWidget(ui.childrenTab)
                ui.childrenPanel.show_error(row, rest, problem)
                where = ui.childrenPanel.field_name(rest) or self.tr("Children")
        else:
            widget = field_widgets(self.ui).get(path)
            if widget is not None:
                self._reveal(widget)
                self.errors.show(widget, problem)
                widget.setFocus()
                where = field_label(widget)
        if where:
            self._banner(self.tr("Not saved. {where}: {problem}").format(where=where, problem=problem))
        else:
            self._banner(self.tr("Not saved: {problem}").format(problem=problem))

    def _reveal(self, widget: QWidget) -> None:
        tabs = self.ui.tabs
        for i in range(tabs.count()):
            if tabs.widget(i).isAncestorOf(widget):
                tabs.setCurrentIndex(i)
                break
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)

    # -- buttons ---------------------------------------------------------------------------------------------
    def _revert(self) -> None:
        if not self.is_dirty():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo changes"),
            self.tr("Undo all the changes made since the record was last saved?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._populate(self._doc or empty_doc())
            self.ui.planPanel.revert()
            self._revert_risk()
            self._set_dirty(False)

    def _subject_access(self) -> None:
        """Everything held about this person in one file, after a warning (ui/subject_access_dialog.py)."""
        if not self._case_id or self._held:
            return
        dialog = SubjectAccessDialog(self.session, self._case_id, self)
        dialog.saved.connect(self._subject_access_saved)
        try:
            run_dialog(dialog)
        finally:
            dispose(dialog)

    def _subject_access_saved(self, name: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            text = self.tr("Saved the subject access copy as {name}. Give it to the person safely, then delete it.")
            window.statusBar().showMessage(text.format(name=name), 30_000)

    def _holder_text(self, case_id: str) -> str:
        """Office: who holds the case, for the header ("With Ash"); a laptop shows no such line."""
        office = self.session.office
        if office is None or self.session.role != "office":
            return ""
        name = office.holders().get(case_id)
        return self.tr("With {worker}").format(worker=name) if name else self.tr("Not given to a worker yet")

    def _assign(self) -> None:
        """Office: choose the worker the case goes to; the status bar says what happens next."""
        office = self.session.office
        if not self._case_id or office is None or self.session.role != "office":
            return
        case_id, name = self._case_id, self.ui.title.text().rstrip(" •")
        dialog = AssignDialog(self.session, name, office.holder(case_id), self)
        try:
            if not run_dialog(dialog) or (chosen := dialog.chosen()) is None:
                return
            office.assign(case_id, chosen[0])
        except SafetyWorkerError as exc:
            self._banner(self.tr("The case was not given: {problem}").format(problem=getattr(exc, "problem", exc)))
            return
        finally:
            dispose(dialog)
        window = self.window()
        if isinstance(window, QMainWindow):
            text = self.tr("{name}'s case goes to {worker} with the next bundle you make for them.")
            window.statusBar().showMessage(text.format(name=name, worker=chosen[1]), 30_000)
        self._holder_line = self._holder_text(case_id)
        self._update_header()
        self.case_assigned.emit(case_id)

    def _close_case(self) -> None:
        if not self._case_id or self._held or not self.maybe_leave():
            return
        case_id = self._case_id
        dialog = CloseCaseDialog(self)
        try:
            if not run_dialog(dialog):
                return
            self.session.unlocked(self.session.cases).close(case_id, dialog.reason())
        except SafetyWorkerError as exc:
            self._banner(self.tr("The case was not closed: {problem}").format(problem=getattr(exc, "problem", exc)))
            return
        finally:
            dispose(dialog)
        self.load(case_id)
        self.case_saved.emit(case_id)
