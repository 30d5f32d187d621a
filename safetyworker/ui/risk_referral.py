"""The MARAC referral from the Risk tab (where, consent, what the person wants; recorded, and saved as a PDF),
and an earlier assessment as plain text to read. Everything goes through ``session.risk``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.risk_assessment import Assessment
from safetyworker.services.session import Session
from safetyworker.ui import look
from safetyworker.ui.forms.ui_referral_dialog import Ui_ReferralDialog
from safetyworker.ui.pdf_save import save_pdf
from safetyworker.ui.record_text import date_input, when_text
from safetyworker.ui.remembered_dialog import RememberedDialog


class ReferralDialog(RememberedDialog):
    """Refer to a MARAC: where, consent, what the person wants; record it, and save the referral PDF."""

    recorded = Signal(str)
    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReferralDialog()
        self.ui.setupUi(self)
        self.session = session
        self.case_id = case_id
        self.marac = self.ui.referralMarac
        self.consent = self.ui.referralConsent
        for value, text in (
            ("given", self.tr("Given")),
            ("refused", self.tr("Refused: referring anyway")),
            ("not_asked", self.tr("Not asked")),
        ):
            self.consent.addItem(text, value)
        self.reason = self.ui.referralReason
        self.wishes = self.ui.referralWishes
        self.heard = self.ui.referralHeard
        date_input(self.heard)
        self.heard.setDate(self.heard.minimumDate())
        self.message = self.ui.message
        box = self.ui.buttonBox
        self.recordButton = box.addButton(self.tr("Record referral"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pdfButton = box.addButton(self.tr("Save referral PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        self.recordButton.clicked.connect(self.record)
        self.pdfButton.clicked.connect(self.save_pdf)
        referrals = session.risk.referrals(case_id) if session.risk else []
        if referrals:  # the latest referral's details: nothing typed twice
            last = referrals[-1]
            self.marac.setText(last.marac)
            self.consent.setCurrentIndex(max(self.consent.findData(last.consent), 0))
            self.reason.setPlainText(last.consent_reason)
            self.wishes.setPlainText(last.wishes)
        self.restore_geometry()  # the size it was left at, cut to the screen

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
        tr("Done {when} by {assessor}").format(
            when=when_text(datetime.fromisoformat(a.assessed_at)), assessor=a.assessor
        )
        if a.assessor
        else tr("Done {when}").format(when=when_text(datetime.fromisoformat(a.assessed_at))),
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
