"""Earlier versions of a safety plan, to read (never to change) and to print again.

A plan is never edited in place: each save is a new version with who saved it and when, so a worker can see
what was agreed at an earlier meeting. This dialog lists the versions, newest first, and shows the chosen one
as read-only text.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from safetyworker.plans.model import SECTION_TITLES, SECTIONS, PlanVersion
from safetyworker.plans.templates import PlanTemplate
from safetyworker.ui.forms.ui_plan_history import Ui_PlanHistoryDialog
from safetyworker.ui.record_text import day_text, when_text
from safetyworker.ui.remembered_dialog import RememberedDialog

_NUMBER = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def saved_when(plan: PlanVersion) -> str:
    """When the version was saved, in local time ("Tue 12 Nov 2026, 10:05"), or '' if not known."""
    try:
        return when_text(datetime.fromisoformat(plan.saved_at.replace("Z", "+00:00")))
    except ValueError:
        return ""


def version_text(plan: PlanVersion) -> str:
    """ "Version 3, saved Tue 12 Nov 2026, 10:05 by Sam" (the author only when one was recorded)."""
    when = saved_when(plan)
    if when:
        text = tr("Version {n}, saved {when}").format(n=plan.version, when=when)
    else:
        text = tr("Version {n}").format(n=plan.version)
    if plan.author:
        text = tr("{version} by {author}").format(version=text, author=plan.author)
    return text


def plan_html(plan: PlanVersion, templates: dict[str, PlanTemplate]) -> str:
    """The version as read-only rich text: sections in order, each item marked for whose copy it is."""
    template = templates.get(plan.template)
    when = saved_when(plan)
    saved = tr("Saved {when}").format(when=when) if when else ""
    if plan.author:
        saved = tr("{saved} by {author}").format(saved=saved, author=plan.author) if saved else plan.author
    facts = [
        saved,
        tr("Situation: {title}").format(title=template.title if template is not None else plan.template),
        tr("Review date: {date}").format(date=day_text(plan.review_date)) if plan.review_date else tr("No review date"),
    ]
    parts = [
        f"<p style='font-size:15pt; font-weight:600; margin-bottom:4px'>"
        f"{html.escape(tr('Version {n}').format(n=plan.version))}</p>",
        "<p style='color:#4b5563; margin-top:0'>" + "<br>".join(html.escape(f) for f in facts if f) + "</p>",
    ]
    if not plan.items:
        parts.append(f"<p><i>{html.escape(tr('This version has no items.'))}</i></p>")
    for key in SECTIONS:
        items = plan.section_items(key)
        if not items:
            continue
        parts.append(
            "<p style='font-size:12pt; font-weight:600; color:#0f5257; margin-top:14px; margin-bottom:2px'>"
            f"{html.escape(SECTION_TITLES[key])}</p><ul style='margin-top:0'>"
        )
        for item in items:
            mark = tr("on the person's copy") if item.personal_copy else tr("worker copy only")
            text = html.escape(item.text).replace("\n", "<br>")
            if item.meaning.strip():
                means = tr("what it means, worker copy only")
                text += f"<br><span style='color:#5b6573'>{html.escape(means)}:</span> "
                text += html.escape(item.meaning).replace("\n", "<br>")
            parts.append(
                f"<li style='margin-bottom:5px'>{text} <span style='color:#5b6573'>({html.escape(mark)})</span></li>"
            )
        parts.append("</ul>")
    return "".join(parts)


class PlanHistoryDialog(RememberedDialog):
    # a version number to preview and print
    print_requested = Signal(int)

    def __init__(
        self, versions: list[PlanVersion], templates: dict[str, PlanTemplate], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanHistoryDialog()
        self.ui.setupUi(self)
        self._versions = {v.version: v for v in versions}
        self._templates = templates
        latest = max(self._versions, default=0)
        for plan in sorted(versions, key=lambda v: v.version, reverse=True):
            title = tr("Version {n}").format(n=plan.version)
            if plan.version == latest:
                title = tr("{version} (the current one)").format(version=title)
            lines = [title, saved_when(plan), tr("by {author}").format(author=plan.author) if plan.author else ""]
            row = QListWidgetItem("\n".join(line for line in lines if line))
            row.setData(_NUMBER, plan.version)
            self.ui.versions.addItem(row)
        self.ui.versions.currentRowChanged.connect(lambda _row: self._show())
        self.ui.printButton.clicked.connect(self._print)
        self.ui.closeButton.clicked.connect(self.reject)
        if self.ui.versions.count():
            self.ui.versions.setCurrentRow(0)
        self._show()
        self.restore_geometry()

    def shown_version(self) -> int | None:
        row = self.ui.versions.currentItem()
        return row.data(_NUMBER) if row is not None else None

    def select_version(self, number: int) -> None:
        for i in range(self.ui.versions.count()):
            if self.ui.versions.item(i).data(_NUMBER) == number:
                self.ui.versions.setCurrentRow(i)
                return

    def _show(self) -> None:
        number = self.shown_version()
        plan = self._versions.get(number) if number is not None else None
        self.ui.plan.setHtml(plan_html(plan, self._templates) if plan is not None else "")
        self.ui.printButton.setEnabled(plan is not None)

    def _print(self) -> None:
        number = self.shown_version()
        if number is not None:
            self.print_requested.emit(number)

    def forget(self) -> None:
        """Drop what is shown (the app is locking)."""
        self.ui.plan.clear()
        self.ui.versions.clear()
        self._versions = {}
