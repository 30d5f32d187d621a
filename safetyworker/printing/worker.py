"""The worker copy: the whole plan with everything the worker needs beside it (who the person is, how to
contact them safely, the children, the person causing harm), for the file or a colleague covering a case.

It is English only: it is the organisation's record, and its labels go through ``_()`` like the rest of
the app. It says on every page that it must be kept secure. Its metadata is as neutral as the person's copy,
because a saved file can be found too.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from safetyworker.i18n import _, _n
from safetyworker.plans.model import SECTION_TITLES, SECTIONS, PlanVersion
from safetyworker.printing import document
from safetyworker.printing.document import Styles, para_text
from safetyworker.printing.options import PrintOptions
from safetyworker.printing.strings import Helplines, format_date, words
from safetyworker.records import phone
from safetyworker.records.model import Case, ContactMethod, Period, PersonCausingHarm, Programme, WeeklyWindow

MARGIN = 20 * mm
RULE = Color(0.55, 0.55, 0.55)  # hairlines between rows: there, but quieter than the text
WIDTH = A4[0] - 2 * MARGIN


def _words(value: str) -> str:
    """A stored code as words: "on_licence" -> "On licence"."""
    return value.replace("_", " ").capitalize()


def _yes(flag: bool) -> str:
    """Yes or No as every printed copy's tables write it (capital, like the words beside it: "Referred")."""
    return _("Yes") if flag else _("No")


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
    days = ", ".join(_words(d) for d in window.days)
    return f"{days} {window.start:%H:%M}–{window.end:%H:%M}"


def _period(period: Period) -> str:
    return f"{_day(period.start.date())} {period.start:%H:%M} – {_day(period.end.date())} {period.end:%H:%M}"


class _Sheet:
    """Collects the worker copy's flowables: headings, label/value tables, bullet lists."""

    def __init__(self, st: Styles) -> None:
        self.st = st
        self.story: list[Flowable] = []

    def heading(self, text: str) -> None:
        self.story += [CondPageBreak(self.st.heading.leading * 4), Paragraph(para_text(text), self.st.heading)]

    def facts(self, rows: list[tuple[str, str]]) -> None:
        """Two-column tables of what is filled in; empty values are left out, not printed as blanks.

        A table row cannot break across pages, so a value too long for a third of a page (long notes in large
        print) is printed under its label at full width instead, where it can flow onto the next page.
        """
        label_width = 44 * mm if self.st.body.fontSize < 14 else 62 * mm
        table: list[list[Flowable]] = []
        for label, value in rows:
            if not value or not value.strip():
                continue
            cell = Paragraph(para_text(value), self.st.body)
            if cell.wrap(WIDTH - label_width, A4[1])[1] > A4[1] / 3:
                self._table(table, label_width)
                table = []
                gap = self.st.body.fontSize * 0.5
                self.story += [Spacer(1, gap), Paragraph(para_text(label), self.st.label), cell, Spacer(1, gap * 2)]
            else:
                table.append([Paragraph(para_text(label), self.st.label), cell])
        self._table(table, label_width)

    def _table(self, data: list[list[Flowable]], label_width: float) -> None:
        if not data:
            return
        table = Table(data, colWidths=[label_width, WIDTH - label_width], hAlign="LEFT")
        pad = self.st.body.fontSize * 0.3
        lift = self.st.body.fontSize - self.st.label.fontSize  # the smaller label sits on the value's baseline
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad * 2),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (0, -1), pad + lift),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ]
            )
        )
        self.story.append(table)

    def subheading(self, text: str) -> None:
        self.story.append(Paragraph(para_text(text), self.st.subheading))

    def text(self, text: str, style: str = "body") -> None:
        self.story.append(Paragraph(para_text(text), getattr(self.st, style)))

    def gap(self) -> None:
        self.story.append(Spacer(1, self.st.body.fontSize * 0.8))


def _method(sheet: _Sheet, method: ContactMethod) -> None:
    value = phone.display(method.value) if method.is_phone else method.value
    rows = [
        (_("Safe to call"), _yes(method.safe_to_call)) if method.is_phone else ("", ""),
        (_("Safe to text"), _yes(method.safe_to_text)) if method.is_phone else ("", ""),
        (_("Voicemail allowed"), _yes(method.voicemail_allowed)) if method.is_phone else ("", ""),
        (_("Withhold our number"), _yes(method.withhold_number)) if method.is_phone else ("", ""),
        (_("Ask for"), method.ask_for),
        (_("Who else may answer"), method.who_else_may_answer),
        (_("If someone else answers"), method.if_someone_else_answers),
        (_("Code word"), method.code_word),
        (_("Safe times every week"), "; ".join(_weekly(w) for w in method.safe_windows)),
        (_("One-off safe times"), "; ".join(_period(p) for p in method.one_off_windows)),
        (_("Do not contact"), "; ".join(_period(p) for p in method.blackout_windows)),
        (_("Notes"), method.notes),
    ]
    sheet.story.append(KeepTogether([Paragraph(para_text(f"{_words(method.kind)}: {value}"), sheet.st.subheading)]))
    sheet.facts(rows)
    sheet.gap()


def _case_details(sheet: _Sheet, case: Case) -> None:
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
            (_("Safe to visit"), _yes(case.safe_to_visit)),
            (_("Safe to post"), _yes(case.safe_to_post)),
            (_("Locality"), case.locality),
            (_("Transport"), case.transport),
            (_("Case status"), _words(case.status)),
            (_("Allocated worker"), case.allocated_worker),
            (_("Referred by"), case.referral_source),
            (_("Consent"), _words(case.consent_status)),
            (_("Consent to share with"), case.consent_sharing),
        ]
    )
    if case.contact_methods:
        sheet.heading(_("How to contact them safely"))
        for method in case.contact_methods:
            _method(sheet, method)
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
                    (_("Their views"), child.views),
                ]
            )
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
        (_("Custody"), _words(pch.custody_status)),
        (_("Release date"), _day(pch.release_date)),
        (_("Licence conditions"), pch.licence_conditions),
        (_("Exclusion zones"), pch.exclusion_zones),
        (_("Order ends"), _day(pch.order_end)),
        (_("Probation officer"), pch.probation_officer),
    ]


def programme_text(programme: Programme) -> str:
    n = programme.sessions_attended
    return _n("{name} ({status}, {n} session)", "{name} ({status}, {n} sessions)", n).format(
        name=programme.name, status=_words(programme.status), n=n
    )


def _plan_items(sheet: _Sheet, plan: PlanVersion) -> None:
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


def _numbers(sheet: _Sheet, lines: Helplines, chosen: tuple[str, ...]) -> None:
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
    sheet = _Sheet(st)
    sheet.story.append(Paragraph(para_text(_("Safety plan: worker copy")), st.title))
    sheet.story.append(Paragraph(para_text(case.preferred_name), st.subtitle))
    sheet.facts(
        [
            (_("Plan version"), str(plan.version) if plan.version else ""),
            (_("Saved by"), plan.author),
            (_("Saved on"), _saved(plan.saved_at) if plan.saved_at else ""),
            (_("Started from"), _words(plan.template)),
            (_("Next review"), _day(plan.review_date) or _("not set")),
            (_("Case reference"), case.id or ""),
        ]
    )
    sheet.gap()
    _plan_items(sheet, plan)
    _case_details(sheet, case)
    _numbers(sheet, numbers, plan.helplines)

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.setFont(st.small.fontName, st.small.fontSize)
        canvas.drawString(MARGIN, 11 * mm, _("Worker copy — keep secure"))
        canvas.drawRightString(A4[0] - MARGIN, 11 * mm, _("Page {page} of {pages}").format(page=page, pages=pages))

    return document.build(
        sheet.story,
        pagesize=A4,
        margins=(MARGIN, MARGIN, 18 * mm, 22 * mm),
        title=words("en")["metadata_title"],
        lang="en",
        footer=footer,
    )
