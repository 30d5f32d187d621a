"""The top of the case record and what can be pressed there: the name (with a mark while a change is unsaved),
the status chip, the line under the name (at the office, who holds the case), the address and release
warnings, the banner that says what went wrong; and the record's hold while a bundle is imported.

A plural comes from ``CaseRecordWidget`` itself (``_release_text``): PySide's tr() tries each class of the
object's MRO in turn and stops at the first whose answer differs from the source, and a plural's untranslated
answer ("5 day(s)") always differs, so a plural filed under this class would never be found.

Save and Undo changes can be pressed only while something is unsaved and nothing holds the case; the window
title's ``[*]`` follows the same count (the case, an unsaved safety plan, an unsaved risk checklist).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout

from safetyworker.errors import InvalidInput
from safetyworker.timetable import planner
from safetyworker.ui.narrow import StackWhenNarrow
from safetyworker.ui.record_tabs import RecordTabs
from safetyworker.ui.record_text import text_to_date


class RecordHeader(RecordTabs):
    """The record's header and its hold (a base of ``CaseRecordWidget``, never made on its own)."""

    _case_id: str | None
    _doc: dict[str, Any] | None
    _holder_line: str  # office: who holds the case, in the header (never on a laptop)
    _active: bool
    _dirty: bool
    _held: str  # why the case cannot be changed just now (a bundle is being imported), or ""
    actionSubjectAccess: QAction

    def _release_text(self, days: int) -> str:
        """ "Due for release in 5 days", from ``CaseRecordWidget`` (a plural: see the module's docstring)."""
        raise NotImplementedError

    # -- what is unsaved ---------------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty or self.ui.planPanel.is_dirty() or self.riskPanel.is_dirty()

    def _set_dirty(self, dirty: bool) -> None:
        """``dirty``: the case itself has unsaved edits; the buttons and title also count an unsaved plan."""
        self._dirty = dirty and self._active
        unsaved = self.is_dirty()
        self.ui.saveButton.setEnabled(unsaved and not self._held)
        self.ui.revertButton.setEnabled(unsaved and not self._held)
        self.setWindowModified(unsaved)
        self._update_header()

    # -- the header -------------------------------------------------------------------------------------------
    def _arrange_header(self) -> None:
        """The buttons go under the name where the record is narrow (Larger text on a 1366 laptop): Save in
        view, never beyond the right edge."""
        ui = self.ui
        header = ui.headerLayout
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (ui.moreButton, ui.revertButton, ui.closeCaseButton, ui.saveButton):
            header.removeWidget(button)
            buttons.addWidget(button)
        header.removeItem(ui.headerSpacer)
        header.addLayout(buttons, 1)
        self.headerFit = StackWhenNarrow(self, header)

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
            days = (release - planner.local_today(self.session)).days  # the store's today, not the laptop's
            if days == 0:
                hint = self.tr("Due for release today")
            elif 0 < days <= 120:
                hint = self._release_text(days)
        self.ui.releaseHint.setText(hint)
        self.ui.releaseHint.setVisible(bool(hint))

    def _holder_text(self, case_id: str) -> str:
        """Office: who holds the case, for the header ("With Ash"); a laptop shows no such line."""
        office = self.session.office
        if office is None or self.session.role != "office":
            return ""
        name = office.holders().get(case_id)
        return self.tr("With {worker}").format(worker=name) if name else self.tr("Not given to a worker yet")

    def _banner(self, message: str) -> None:
        self.ui.errorBanner.setText(message)
        self.ui.errorBanner.setVisible(bool(message))

    # -- while a bundle is imported ---------------------------------------------------------------------------
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
