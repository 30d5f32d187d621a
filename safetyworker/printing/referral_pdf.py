"""The MARAC referral, worker copy: pre-filled from the case and its latest risk assessment, so nothing is typed
twice. Built in memory (printing/document.py: neutral metadata, no telltales), "CONFIDENTIAL" on every page.

It leaves out the person's address and their code words: a referral travels to many agencies, and the safe way
to reach the person is the contact methods with their safe times and what to say if someone else answers
(docs/risk.md).
"""

from __future__ import annotations

from typing import Any

from safetyworker.i18n import N_, TranslatedMapping, _
from safetyworker.printing import document
from safetyworker.printing.sheet import Sheet, code_words, yes
from safetyworker.printing.worker import (
    _day,
    child_facts,
    child_heading,
    method_facts,
    method_heading,
    person_facts,
    programme_text,
)
from safetyworker.records.dates import day_text
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


def render_referral(
    case: Case, assessment: Any, details: dict[str, Any], _windows: list[str], template: RiskTemplate | None
) -> bytes:
    st = document.sheet_styles(False, body_size=10)
    sheet = Sheet(st)
    sheet.title(_("MARAC referral: worker copy"), _("CONFIDENTIAL: share only with the MARAC"))
    sheet.facts(
        [
            (_("MARAC"), details.get("marac", "")),
            (_("Referred on"), day_text(details.get("referred_on"))),
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
            (_("Safe to post"), yes(case.safe_to_post)),
            (_("Safe to visit"), yes(case.safe_to_visit)),
        ]
    )
    if case.contact_methods:
        sheet.heading(_("How to contact them safely, and when"))
        for method in case.contact_methods:
            # not the code word nor the worker's notes: a referral goes to many agencies (docs/risk.md)
            sheet.subheading(method_heading(method))
            sheet.facts(method_facts(method, worker_copy=False))
            sheet.gap()
        if any(m.code_word for m in case.contact_methods):
            sheet.text(_("The person's code words are not on a referral: ask the worker."), "small")
    # always there: a MARAC reads a missing section as "not asked", so an empty one says so
    sheet.heading(_("Children"))
    if not case.children:
        sheet.text(_("None recorded."))
    for child in case.children:
        sheet.subheading(child_heading(child))
        sheet.facts(child_facts(child, views=False))
    pch = case.person_causing_harm
    if pch:
        programme = pch.programme
        sheet.heading(_("Person causing harm"))
        programme_row = (_("Programme"), programme_text(programme) if programme and programme.name else "")
        sheet.facts([*person_facts(pch), programme_row])
    level = template.level(assessment.level) if template else None
    sheet.heading(_("Risk assessment"))
    checklist = template.name if template else assessment.template
    seen = {True: yes(True), False: yes(False), None: _("Not recorded")}
    sheet.facts(
        [
            (_("Checklist"), _("{checklist} (version {v})").format(checklist=checklist, v=assessment.template_version)),
            (_("Done on"), day_text(assessment.assessed_at)),
            (_("Done by"), assessment.assessor),
            (_("Seen alone and safely"), seen[assessment.seen_alone]),
            (_("Score"), str(assessment.score)),
            (_("Level from the answers"), code_words(assessment.rules_level)),
            (_("Level"), level.label if level else code_words(assessment.level)),
            (
                _("Repeat referral"),
                _("yes: heard at a MARAC in the last months, and a new incident") if assessment.repeat else "",
            ),
            (_("What has changed"), assessment.what_changed),
        ]
    )
    sheet.heading(_("Risk factors answered yes"))
    answered_yes = assessment.yes_answers()
    if not answered_yes:
        sheet.text(_("None."))
    for text, note in answered_yes:
        sheet.bullet(text, note)
    sheet.heading(_("The worker's professional judgement"))
    if assessment.judgement:
        sheet.facts(
            [
                (_("Level"), code_words(assessment.judgement["level"])),
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

    return sheet.pdf(_("CONFIDENTIAL — MARAC referral, worker copy — keep secure"), banner=_("CONFIDENTIAL"))
