"""The case record's form and its tabs: the Designer form, the tabs added to it (timetable, risk, sharing), the
titles that fit a 1366-wide laptop, and the cards that sit two across when the record is wide.

Layout only: what is shown in the tabs, and what is done with it, is the rest of ``CaseRecordWidget``
(ui/case_record.py), built on this.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QScrollArea, QSizePolicy, QStackedWidget, QWidget

from safetyworker.services.session import Session
from safetyworker.ui.fitting_tabs import TabFit
from safetyworker.ui.forms.ui_case_record import Ui_CaseRecord
from safetyworker.ui.narrow import StackWhenNarrow, size_by_current_page
from safetyworker.ui.planned_contacts import PlannedContactsPanel
from safetyworker.ui.risk_tab import RiskPanel
from safetyworker.ui.sharing_tab import SharingPanel


class RecordTabs(QWidget):
    """The tabs of the case record (a base of ``CaseRecordWidget``, never made on its own)."""

    ui: Ui_CaseRecord
    session: Session
    _wide: bool | None  # the cards sit two across (None: not laid out yet)

    def _align_cards(self) -> None:
        """One label column per page, so the cards line up (no wider than twelve letters: a longer label wraps);
        short warnings hug their words."""
        ui = self.ui
        for page in (ui.personPage, ui.harmPage):
            forms = page.findChildren(QFormLayout)
            labels = [
                form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                for form in forms
                for row in range(form.rowCount())
                if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
            ]
            width = max((label.sizeHint().width() for label in labels if label is not None), default=0)
            # a label longer than twelve wide letters wraps rather than widening the column: Welsh at Larger
            # ("Y gorchymyn yn dod i ben", 262 px) made the harm page scroll sideways on a 1366 laptop
            cap = max((label.fontMetrics().horizontalAdvance("M") * 12 for label in labels if label), default=width)
            width = min(width, cap)
            for label in labels:
                if label is not None:
                    label.setWordWrap(label.sizeHint().width() > width)
                    label.setMinimumWidth(width)
        ui.licenceCardHeading.setWordWrap(True)  # Larger text on a 1366 laptop
        # and the address's two ticks one above the other where the card is narrow (Welsh at Larger)
        column = ui.addressLinesLabel
        self.safeAddressFit = StackWhenNarrow(ui.addressCard, ui.safeAddressRow, extra=lambda: column.width() + 12)
        for warning in (ui.addressWarning, ui.releaseHint):  # a warning wraps only where the card is narrow
            warning.setWordWrap(True)
            warning.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    def _assemble_tabs(self, session: Session) -> None:
        """Add the tabs the form does not hold, name every tab, and bind the panels to the session."""
        ui = self.ui
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
        ui.logPanel.bind(session)
        ui.notesPanel.bind(session)
        ui.planPanel.bind(session)
        ui.contactPanel.editor.timezone = session.timezone
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
        # the tabs not shown ask for no room: a page fits its width only when shown (ui/narrow.py), and the plan,
        # side by side until first shown, kept the record 150 px too wide at Larger text on a 1366 laptop
        pages = ui.tabs.widget(0).parentWidget()
        assert isinstance(pages, QStackedWidget)
        size_by_current_page(pages)

    # -- layout -----------------------------------------------------------------------------------------------
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

    # -- tabs that wait or warn -------------------------------------------------------------------------------
    def _enable_history(self, enabled: bool) -> None:
        """A new case has no plan, log or notes until it is saved."""
        tabs = self.ui.tabs
        for page in (self.ui.planTab, self.riskTab, self.ui.logTab, self.plannedTab, self.ui.notesTab):
            tabs.setTabEnabled(tabs.indexOf(page), enabled)
            tip = self._tab_tips.get(page, "") if enabled else self.tr("Save the new case first")
            tabs.setTabToolTip(tabs.indexOf(page), tip)

    def _update_risk_tab(self) -> None:
        """The tab says when something changed that calls for a review: a warning shape beside its short title,
        the words in its tooltip and accessible name (a longer title widened the window past a laptop's)."""
        prompt = self.riskPanel.prompt.text() if not self.riskPanel.prompt.isHidden() else ""
        self.tabFit.mark(self.riskTab, self.tr("Risk"), prompt)
