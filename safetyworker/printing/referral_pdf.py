"""The MARAC referral, worker copy: pre-filled from the case and its latest risk assessment, so nothing is typed
twice. Built in memory (printing/document.py: neutral metadata, no telltales), "CONFIDENTIAL" on every page.

It leaves out the person's address and their code words: a referral travels to many agencies, and the safe way
to reach the person is the contact methods with their safe times and what to say if someone else answers
(docs/risk.md).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from safetyworker.i18n import N_, TranslatedMapping, _
from safetyworker.printing import document
from safetyworker.printing.document import para_text
from safetyworker.printing.strings import words
from safetyworker.printing.worker import (
    MARGIN,
    _day,
    _period,
    _Sheet,
    _weekly,
    _words,
    _yes,
    person_facts,
    programme_text,
)
from safetyworker.records import phone
from safetyworker.records.model import Case
from safetyworker.risk.templates import RiskTemplate

#: The worker's record of consent, in words (translated each time it is read: TranslatedMapping).
CONSENT_WORDS = TranslatedMapping(
    {
        "given": N_("Given"),
        "refused": N_("Refused: referred without consent"),
        "not_asked": N_("Not asked"),
    }
)


def _method(sheet: _Sheet, method: Any) -> None:
    """A contact method as the MARAC needs it: how and when to call safely. Not its code word, nor the worker's
    notes: a referral goes to many agencies (docs/risk.md)."""
    value = phone.display(method.value) if method.is_phone else method.value
    sheet.subheading(f"{_words(method.kind)}: {value}")
    sheet.facts(
        [
            (_("Safe to call"), _yes(method.safe_to_call)) if method.is_phone else ("", ""),
            (_("Safe to text"), _yes(method.safe_to_text)) if method.is_phone else ("", ""),
            (_("Voicemail allowed"), _yes(method.voicemail_allowed)) if method.is_phone else ("", ""),
            (_("Ask for"), method.ask_for),
            (_("Who else may answer"), method.who_else_may_answer),
            (_("If someone else answers"), method.if_someone_else_answers),
            (_("Safe times every week"), "; ".join(_weekly(w) for w in method.safe_windows)),
            (_("One-off safe times"), "; ".join(_period(p) for p in method.one_off_windows)),
            (_("Do not contact"), "; ".join(_period(p) for p in method.blackout_windows)),
        ]
    )
    sheet.gap()


def render_referral(
    case: Case, assessment: Any, details: dict[str, Any], _windows: list[str], template: RiskTemplate | None
) -> bytes:
    st = document.sheet_styles(False, body_size=10)
    sheet = _Sheet(st)
    sheet.story.append(Paragraph(para_text(_("MARAC referral: worker copy")), st.title))
    sheet.story.append(Paragraph(para_text(_("CONFIDENTIAL: share only with the MARAC")), st.subtitle))
    sheet.facts(
        [
            (_("MARAC"), details.get("marac", "")),
            (_("Referred on"), details.get("referred_on", "")),
            (_("Case reference"), case.id or ""),
        ]
    )
    sheet.heading(_("The person"))
    sheet.facts(
        [
            (_("Preferred name"), case.preferred_name),
            (_("Legal name"), case.legal_name),
            (_("Name to use on the phone"), case.phone_name),
            (_("Pronouns"), case.pronouns),
            (_("Date of birth"), _day(case.date_of_birth)),
            (_("Languages"), ", ".join(case.languages)),
            (_("Access needs"), case.access_needs),
            (_("Safe to post"), _yes(case.safe_to_post)),
            (_("Safe to visit"), _yes(case.safe_to_visit)),
        ]
    )
    if case.contact_methods:
        sheet.heading(_("How to contact them safely, and when"))
        for method in case.contact_methods:
            _method(sheet, method)
        if any(m.code_word for m in case.contact_methods):
            sheet.text(_("The person's code words are not on a referral: ask the worker."), "small")
    if case.children:
        sheet.heading(_("Children"))
        for child in case.children:
            sheet.subheading(child.name + (f" ({child.age})" if child.age is not None else ""))
            sheet.facts(
                [
                    (_("School"), child.school),
                    (_("Lives with"), child.lives_with),
                    (_("Contact arrangements"), child.contact_arrangements),
                    (_("Safety steps"), child.safety_steps),
                ]
            )
    pch = case.person_causing_harm
    if pch:
        programme = pch.programme
        sheet.heading(_("Person causing harm"))
        programme_row = (_("Programme"), programme_text(programme) if programme and programme.name else "")
        sheet.facts([*person_facts(pch), programme_row])
    level = template.level(assessment.level) if template else None
    sheet.heading(_("Risk assessment"))
    checklist = template.name if template else assessment.template
    seen = {True: _yes(True), False: _yes(False), None: _("Not recorded")}
    sheet.facts(
        [
            (_("Checklist"), f"{checklist} ({_('version')} {assessment.template_version})"),
            (_("Done on"), assessment.assessed_at[:10]),
            (_("Done by"), assessment.assessor),
            (_("Seen alone and safely"), seen[assessment.seen_alone]),
            (_("Score"), str(assessment.score)),
            (_("Level from the answers"), _words(assessment.rules_level)),
            (_("Level"), level.label if level else _words(assessment.level)),
            (
                _("Repeat referral"),
                _("yes: heard at a MARAC in the last months, and a new incident") if assessment.repeat else "",
            ),
            (_("What has changed"), assessment.what_changed),
        ]
    )
    sheet.heading(_("Risk factors answered yes"))
    yes = assessment.yes_answers()
    if not yes:
        sheet.text(_("None."))
    for text, note in yes:
        body = para_text(text) + (f"<br/><i>{para_text(note)}</i>" if note else "")
        sheet.story.append(Paragraph(body, st.bullet, bulletText="•"))
    sheet.heading(_("The worker's professional judgement"))
    if assessment.judgement:
        sheet.facts(
            [
                (_("Level"), _words(assessment.judgement["level"])),
                (_("Reason"), assessment.judgement["reason"]),
            ]
        )
    else:
        sheet.text(_("The level from the answers stands."))
    sheet.heading(_("Consent to this referral"))
    consent = details.get("consent", "not_asked")
    sheet.facts(
        [
            (_("Consent"), CONSENT_WORDS.get(consent, consent)),
            (_("Why we refer anyway"), details.get("consent_reason", "") if consent == "refused" else ""),
        ]
    )
    sheet.heading(_("What the person wants"))
    sheet.text(details.get("wishes") or _("Not recorded."))

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.setFont(st.small.fontName, st.small.fontSize)
        canvas.drawString(MARGIN, 11 * mm, _("CONFIDENTIAL — MARAC referral, worker copy — keep secure"))
        canvas.drawRightString(A4[0] - MARGIN, 11 * mm, _("Page {page} of {pages}").format(page=page, pages=pages))
        canvas.drawCentredString(A4[0] / 2, A4[1] - 10 * mm, _("CONFIDENTIAL"))

    return document.build(
        sheet.story,
        pagesize=A4,
        margins=(MARGIN, MARGIN, 18 * mm, 22 * mm),
        title=words("en")["metadata_title"],
        lang="en",
        footer=footer,
    )
