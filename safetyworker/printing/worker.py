"""The worker copy: the whole plan with everything the worker needs beside it (who the person is, how to
contact them safely, the children, the person causing harm), for the file or a colleague covering a case.

It is English only: it is the organisation's record, and its labels go through ``_()`` like the rest of
the app. It says on every page that it must be kept secure. Its metadata is as neutral as the person's copy,
because a saved file can be found too.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from safetyworker.i18n import _, _n
from safetyworker.plans.model import SECTION_TITLES, SECTIONS, PlanVersion
from safetyworker.printing import document
from safetyworker.printing.document import para_text
from safetyworker.printing.options import PrintOptions
from safetyworker.printing.sheet import Sheet, code_words, yes
from safetyworker.printing.strings import Helplines, format_date, words
from safetyworker.records import phone
from safetyworker.records.model import Case, Child, ContactMethod, Period, PersonCausingHarm, Programme, WeeklyWindow


def _day(value: date | None) -> str:
    return format_date(value, words("en")) if value else ""


def _saved(stamp: str) -> str:
    """A stored UTC time in this computer's local time."""
    try:
        at = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return f"{_day(at.date())}, {at:%H:%M}"


def _weekly(window: WeeklyWindow) -> str:
    days = ", ".join(code_words(d) for d in window.days)
    return f"{days} {window.start:%H:%M}–{window.end:%H:%M}"


def _period(period: Period) -> str:
    return f"{_day(period.start.date())} {period.start:%H:%M} – {_day(period.end.date())} {period.end:%H:%M}"


def method_facts(method: ContactMethod, *, worker_copy: bool = True) -> list[tuple[str, str]]:
    """How and when to reach the person safely by ``method``. The MARAC referral (``worker_copy=False``) leaves
    out the code word, the worker's notes and whether to withhold our number: it goes to many agencies
    (docs/risk.md)."""
    own = worker_copy and method.is_phone
    return [
        (_("Safe to call"), yes(method.safe_to_call)) if method.is_phone else ("", ""),
        (_("Safe to text"), yes(method.safe_to_text)) if method.is_phone else ("", ""),
        (_("Voicemail allowed"), yes(method.voicemail_allowed)) if method.is_phone else ("", ""),
        (_("Withhold our number"), yes(method.withhold_number)) if own else ("", ""),
        (_("Ask for"), method.ask_for),
        (_("Who else may answer"), method.who_else_may_answer),
        (_("If someone else answers"), method.if_someone_else_answers),
        (_("Code word"), method.code_word if worker_copy else ""),
        (_("Safe times every week"), "; ".join(_weekly(w) for w in method.safe_windows)),
        (_("One-off safe times"), "; ".join(_period(p) for p in method.one_off_windows)),
        (_("Do not contact"), "; ".join(_period(p) for p in method.blackout_windows)),
        (_("Notes"), method.notes if worker_copy else ""),
    ]


def method_heading(method: ContactMethod) -> str:
    value = phone.display(method.value) if method.is_phone else method.value
    return f"{code_words(method.kind)}: {value}"


def child_facts(child: Child, *, views: bool = True) -> list[tuple[str, str]]:
    """A child as the printed copies show them; the referral leaves out their views."""
    return [
        (_("School"), child.school),
        (_("Lives with"), child.lives_with),
        (_("Contact arrangements"), child.contact_arrangements),
        (_("Safety steps"), child.safety_steps),
        (_("Their views"), child.views if views else ""),
    ]


def child_heading(child: Child) -> str:
    return child.name + (f" ({child.age})" if child.age is not None else "")


def _case_details(sheet: Sheet, case: Case) -> None:
    address = ", ".join([*case.address_lines, case.postcode] if case.postcode else case.address_lines)
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
            (_("Address"), address),
            (_("Safe to visit"), yes(case.safe_to_visit)),
            (_("Safe to post"), yes(case.safe_to_post)),
            (_("Locality"), case.locality),
            (_("Transport"), case.transport),
            (_("Case status"), code_words(case.status)),
            (_("Allocated worker"), case.allocated_worker),
            (_("Referred by"), case.referral_source),
            (_("Consent"), code_words(case.consent_status)),
            (_("Consent to share with"), case.consent_sharing),
        ]
    )
    if case.contact_methods:
        sheet.heading(_("How to contact them safely"))
        for method in case.contact_methods:
            sheet.story.append(KeepTogether([Paragraph(para_text(method_heading(method)), sheet.st.subheading)]))
            sheet.facts(method_facts(method))
            sheet.gap()
    if case.children:
        sheet.heading(_("Children"))
        for child in case.children:
            sheet.subheading(child_heading(child))
            sheet.facts(child_facts(child))
            sheet.gap()
    pch = case.person_causing_harm
    if pch:
        sheet.heading(_("Person causing harm"))
        programme = pch.programme
        sheet.facts([*person_facts(pch), (_("Programme"), programme_text(programme) if programme else "")])


def person_facts(pch: PersonCausingHarm) -> list[tuple[str, str]]:
    """The person causing harm as the worker copy and the MARAC referral print them (the programme apart: each
    says it its own way)."""
    return [
        (_("Name"), pch.name),
        (_("Relationship"), pch.relationship),
        (_("Custody"), code_words(pch.custody_status)),
        (_("Release date"), _day(pch.release_date)),
        (_("Licence conditions"), pch.licence_conditions),
        (_("Exclusion zones"), pch.exclusion_zones),
        (_("Order ends"), _day(pch.order_end)),
        (_("Probation officer"), pch.probation_officer),
    ]


def programme_text(programme: Programme) -> str:
    n = programme.sessions_attended
    return _n("{name} ({status}, {n} session)", "{name} ({status}, {n} sessions)", n).format(
        name=programme.name, status=code_words(programme.status), n=n
    )


def _plan_items(sheet: Sheet, plan: PlanVersion) -> None:
    sheet.heading(_("The plan"))
    sheet.text(_("Items marked WORKER ONLY are not printed on the person's copy or card."), "small")
    for section in SECTIONS:
        items = plan.section_items(section)
        if not items and not (section == "review" and plan.review_date):
            continue
        flow: list[Flowable] = [Paragraph(para_text(SECTION_TITLES[section]), sheet.st.subheading)]
        for item in items:
            mark = "" if item.personal_copy else "<b>" + para_text(_("WORKER ONLY")) + "</b> · "
            words = para_text(item.text)
            if not item.text.strip():
                words = "<i>" + para_text(_("(no words to print yet)")) + "</i>"
            if item.meaning.strip():
                # the meaning is never on the person's copy or card: say so beside it
                words += "<br/><b>" + para_text(_("What it means (worker copy only):")) + "</b> "
                words += para_text(item.meaning)
            flow.append(Paragraph(mark + words, sheet.st.bullet, bulletText="•"))
        if section == "review" and plan.review_date:
            flow.append(
                Paragraph(para_text(_("Next review: {date}").format(date=_day(plan.review_date))), sheet.st.bullet)
            )
        sheet.story += [KeepTogether(flow[:2]), *flow[2:], Spacer(1, sheet.st.body.fontSize * 0.4)]


def _numbers(sheet: Sheet, lines: Helplines, chosen: tuple[str, ...]) -> None:
    person = lines.for_person(chosen)
    sheet.heading(_("Numbers printed on the person's copy"))
    labels = words("en")["lines"]
    sheet.facts([(labels[h.neutral_label], f"{h.number}: {h.name}") for h in person if h.neutral_label])
    sheet.text(
        _(
            "Numbers last checked {when}. Numbers and hours change: check them before relying on them. "
            "The office can send corrected numbers (safetyworker office helplines set)."
        ).format(when=lines.last_checked),
        "small",
    )


def worker_copy(case: Case, plan: PlanVersion, options: PrintOptions, numbers: Helplines) -> bytes:
    st = document.sheet_styles(options.large_print, body_size=10)
    sheet = Sheet(st)
    sheet.title(_("Safety plan: worker copy"), case.preferred_name)
    sheet.facts(
        [
            (_("Plan version"), str(plan.version) if plan.version else ""),
            (_("Saved by"), plan.author),
            (_("Saved on"), _saved(plan.saved_at) if plan.saved_at else ""),
            (_("Started from"), code_words(plan.template)),
            (_("Next review"), _day(plan.review_date) or _("not set")),
            (_("Case reference"), case.id or ""),
        ]
    )
    sheet.gap()
    _plan_items(sheet, plan)
    _case_details(sheet, case)
    _numbers(sheet, numbers, plan.helplines)

    return sheet.pdf(_("Worker copy — keep secure"))
