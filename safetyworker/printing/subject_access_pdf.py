"""The subject access copy as a PDF a person can read: what the service holds about them, section by section,
in plain words, from the same document as the JSON copy (services/subject_access.py), so the two never differ.

Built in memory like every printed copy (printing/document.py: neutral metadata, no telltales); "keep it
safe" on every page, because it holds the person's address, numbers and code words.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Paragraph

from safetyworker.i18n import _
from safetyworker.plans.model import SECTION_TITLES, SECTIONS
from safetyworker.printing import document
from safetyworker.printing.document import para_text
from safetyworker.printing.sheet import Sheet, code_words, yes
from safetyworker.records import phone
from safetyworker.records.dates import day_text

WITHHELD = "[withheld: third party]"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _text(value: Any) -> str:
    """A stored value in words: Yes/No as the other printed copies write it, a date the UK way ("Fri 30 Jun
    2000", records/dates.py), lists joined, small objects as "key: value"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes(value)
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return day_text(value)
    if isinstance(value, list):
        return "; ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, dict):
        return "; ".join(f"{code_words(str(k))}: {_text(v)}" for k, v in value.items() if _text(v))
    return str(value)


def _when(stamp: Any) -> str:
    """A stored UTC time as "Mon 7 Dec 2026, 14:05 UTC" (a copy may be read anywhere: say which clock)."""
    text = str(stamp or "")
    if len(text) >= 16 and text[10] == "T" and _ISO_DATE.fullmatch(text[:10]):
        return f"{day_text(text[:10])}, {text[11:16]} UTC"
    return _text(text) if text else ""


def _local(moment: Any) -> str:
    """A one-off window's local time ("2026-12-11T09:00") as "Fri 11 Dec 2026 09:00"."""
    text = str(moment or "")
    if len(text) >= 16 and text[10] == "T" and _ISO_DATE.fullmatch(text[:10]):
        return f"{day_text(text[:10])} {text[11:16]}"
    return text.replace("T", " ")


def _windows(value: Any) -> str:
    """Safe or blackout times as the form shows them: "Tue, Thu 13:00–15:00", "2026-12-11 00:00 – …"."""
    out = []
    for w in value if isinstance(value, list) else []:
        if isinstance(w, dict) and "days" in w:
            days = ", ".join(code_words(str(d)) for d in w.get("days") or [])
            out.append(f"{days} {w.get('start', '')}–{w.get('end', '')}")
        elif isinstance(w, dict):
            out.append(f"{_local(w.get('start'))} – {_local(w.get('end'))}")
        else:
            out.append(_text(w))
    return "; ".join(out)


def _generic(sheet: Sheet, row: dict[str, Any], skip: tuple[str, ...] = ("id", "case_id")) -> None:
    sheet.facts([(code_words(k), _text(v)) for k, v in row.items() if k not in skip])


def _person(sheet: Sheet, person: dict[str, Any]) -> None:
    address = person.get("address") or {}
    lines = [*address.get("lines", []), address.get("postcode", "")]
    referral = person.get("referral") or {}
    consent = person.get("consent") or {}
    sheet.heading(_("About you"))
    sheet.facts(
        [
            (_("Preferred name"), _text(person.get("preferred_name"))),
            (_("Legal name"), _text(person.get("legal_name"))),
            (_("Name to use on the phone"), _text(person.get("phone_name"))),
            (_("Pronouns"), _text(person.get("pronouns"))),
            (_("Date of birth"), _text(person.get("date_of_birth"))),
            (_("Languages"), _text(person.get("languages"))),
            (_("Access needs"), _text(person.get("access_needs"))),
            (_("Address"), ", ".join(line for line in lines if line)),
            (_("Safe to visit"), _text(address.get("safe_to_visit"))),
            (_("Safe to post"), _text(address.get("safe_to_post"))),
            (_("Locality"), _text(person.get("locality"))),
            (_("Transport"), _text(person.get("transport"))),
            (_("Case status"), code_words(_text(person.get("status")))),
            (_("Why the case was closed"), _text(person.get("closed_reason"))),
            (_("Closed on"), _when(person.get("closed_at"))),
            (_("Allocated worker"), _text(person.get("allocated_worker"))),
            (_("Referred by"), _text(referral.get("source"))),
            (_("Referred on"), _text(referral.get("date"))),
            (_("Programme"), _text(referral.get("programme"))),
            (_("Consent"), code_words(_text(consent.get("status")))),
            (_("Consent given on"), _text(consent.get("date"))),
            (_("Consent to share with"), _text(consent.get("sharing"))),
        ]
    )


def _methods(sheet: Sheet, methods: list[dict[str, Any]]) -> None:
    sheet.heading(_("How we contact you"))
    for m in methods:
        value = str(m.get("value", ""))
        shown = phone.display(value) if m.get("display") else value
        sheet.subheading(f"{code_words(str(m.get('kind', '')))}: {shown}")
        sheet.facts(
            [
                (_("Safe to call"), _text(m.get("safe_to_call"))),
                (_("Safe to text"), _text(m.get("safe_to_text"))),
                (_("Voicemail allowed"), _text(m.get("voicemail_allowed"))),
                (_("Withhold our number"), _text(m.get("withhold_number"))),
                (_("Ask for"), _text(m.get("ask_for"))),
                (_("Who else may answer"), _text(m.get("who_else_may_answer"))),
                (_("If someone else answers"), _text(m.get("if_someone_else_answers"))),
                (_("Code word"), _text(m.get("code_word"))),
                (_("Safe times every week"), _windows(m.get("safe_windows"))),
                (_("One-off safe times"), _windows(m.get("one_off_windows"))),
                (_("Do not contact"), _windows(m.get("blackout_windows"))),
                (_("Notes"), _text(m.get("notes"))),
            ]
        )
        sheet.gap()


def _plans(sheet: Sheet, plans: list[dict[str, Any]]) -> None:
    sheet.heading(_("Safety plans (every version)"))
    for plan in plans:
        n, when = plan.get("version"), _when(plan.get("saved_at"))
        if plan.get("author"):
            title = _("Version {n}, saved {when} by {author}").format(n=n, when=when, author=plan["author"])
        else:
            title = _("Version {n}, saved {when}").format(n=n, when=when)
        sheet.subheading(title)
        items = plan.get("items") or []
        for section in SECTIONS:
            texts = [i for i in items if i.get("section") == section]
            for item in texts:
                line = f"{SECTION_TITLES[section]}: {item.get('text', '')}"
                if item.get("meaning"):
                    line += f" ({item['meaning']})"
                sheet.bullet(line)
        if plan.get("review_date"):
            sheet.text(_("Next review: {date}").format(date=_text(plan["review_date"])))


def _entries(sheet: Sheet, title: str, rows: list[dict[str, Any]], head: Any, body: str) -> None:
    sheet.heading(title)
    for row in rows:
        author = f" ({row['author']})" if row.get("author") else ""
        text = f"<b>{para_text(head(row) + author)}</b>"
        if row.get("corrects_id"):
            text += " " + para_text(_("(corrects an earlier entry)"))
        if row.get(body):
            text += "<br/>" + para_text(str(row[body]))
        sheet.story.append(Paragraph(text, sheet.st.bullet, bulletText="•"))


def _assessments(sheet: Sheet, assessments: list[dict[str, Any]]) -> None:
    sheet.heading(_("Risk assessments"))
    for a in assessments:
        sheet.subheading(_("Assessment {n}, done {when}").format(n=a.get("version"), when=_when(a.get("assessed_at"))))
        judgement = a.get("judgement") or {}
        sheet.facts(
            [
                (_("Done by"), _text(a.get("assessor"))),
                (_("Checklist"), _text(a.get("template"))),
                (_("Score"), _text(a.get("score"))),
                (_("Level"), code_words(_text(a.get("level")))),
                (_("The worker's judgement"), _text(judgement)),
                (_("What has changed"), _text(a.get("what_changed"))),
                (_("Next review"), _text(a.get("next_review"))),
            ]
        )
        for answer in a.get("answers") or []:
            if answer.get("answer") == "not_asked" and not answer.get("note"):
                continue
            line = f"{answer.get('question')}: {code_words(str(answer.get('answer')))}"
            if answer.get("note"):
                line += f" ({answer['note']})"
            sheet.bullet(line)


def render(doc: dict[str, Any]) -> bytes:
    st = document.sheet_styles(False, body_size=10)
    sheet = Sheet(st)
    sheet.title(
        _("Your information held by this service"),
        _("Subject access copy, made {when}. Case reference {id}.").format(
            when=_when(doc.get("made_at")), id=str(doc.get("case_id"))
        ),
    )
    if doc.get("third_parties") == "withheld":
        sheet.text(
            _(
                "Details about other people (the person causing harm, your children, anyone else who may answer "
                "your phone) are left out and marked {mark}, wherever they appear."
            ).format(mark=WITHHELD)
        )
    else:
        sheet.text(
            _("Other people's details are included. Reason recorded: {reason}").format(
                reason=doc.get("third_parties_reason", "")
            )
        )
    sheet.text(_("This copy holds your address, phone numbers and code words. Keep it somewhere safe."))
    _person(sheet, doc.get("person") or {})
    if doc.get("contact_methods"):
        _methods(sheet, doc["contact_methods"])
    if doc.get("children"):
        sheet.heading(_("Children"))
        for n, child in enumerate(doc["children"], start=1):
            sheet.subheading(_("Child {n}").format(n=n))
            _generic(sheet, child)
    if doc.get("person_causing_harm"):
        sheet.heading(_("The person causing harm"))
        _generic(sheet, doc["person_causing_harm"])
    if doc.get("planned_contacts"):
        sheet.heading(_("Planned contacts"))
        for row in doc["planned_contacts"]:
            line = f"{_text(row.get('due'))}: {code_words(str(row.get('kind')))}, {code_words(str(row.get('status')))}"
            extra = "; ".join(str(row[k]) for k in ("note", "cancel_reason") if row.get(k))
            sheet.bullet(line + (f" ({extra})" if extra else ""))
    if doc.get("safety_plans"):
        _plans(sheet, doc["safety_plans"])
    if doc.get("contact_log"):
        _entries(
            sheet,
            _("Contact log"),
            doc["contact_log"],
            lambda r: f"{_when(r.get('at'))}: {code_words(str(r.get('channel')))}, {code_words(str(r.get('outcome')))}",
            "note",
        )
    if doc.get("notes"):
        _entries(sheet, _("Notes"), doc["notes"], lambda r: _when(r.get("at")), "text")
    if doc.get("risk_assessments"):
        _assessments(sheet, doc["risk_assessments"])
    if doc.get("marac_referrals"):
        sheet.heading(_("Referrals to a MARAC (a meeting of agencies about safety)"))
        for referral in doc["marac_referrals"]:
            _generic(sheet, referral, skip=("id", "case_id", "assessment_id"))
            sheet.gap()
    for table, rows in (doc.get("other_records") or {}).items():
        sheet.heading(code_words(table))
        for row in rows:
            _generic(sheet, row)
            sheet.gap()
    sheet.heading(_("Who did what with your record"))
    sheet.text(_("Each time your record was made, opened, changed, printed or copied, from the audit trail."), "small")
    for event in doc.get("audit") or []:
        # the code's meaning in words ("Contact logged"): the person reads this, not "contact_log.append"
        line = f"{_when(event.get('at'))}: {event.get('meaning') or event.get('action')}" + (
            f" ({event['detail']})" if event.get("detail") else ""
        )
        sheet.story.append(Paragraph(para_text(line), st.small))

    return sheet.pdf(_("Subject access copy — confidential — keep it safe"))
