"""The case record's form, both ways: the widgets filled from a case in the interchange format, and the case
read back from the widgets (what Save sends), plus which widget shows which field.

Kept apart from the record widget so the mapping can be read, and checked, in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from safetyworker.errors import InvalidInput
from safetyworker.records.model import Case
from safetyworker.ui.forms.ui_case_record import Ui_CaseRecord
from safetyworker.ui.record_text import (
    case_statuses,
    consent_statuses,
    custody_statuses,
    date_to_text,
    programme_statuses,
    text_to_date,
)

OPEN_STATUSES = ("referred", "contacted", "active", "declined")


def empty_doc() -> dict[str, Any]:
    doc = Case(preferred_name="").to_json()
    doc.update(contact_log=[], notes=[])
    return doc


def _fill(combo: QComboBox, choices: dict[str, str]) -> None:
    combo.clear()
    for key, text in choices.items():
        combo.addItem(text, key)


def _choose(combo: QComboBox, key: str | None) -> None:
    combo.setCurrentIndex(max(combo.findData(key), 0))


def fill_choices(ui: Ui_CaseRecord) -> None:
    """The plain words in the drop-down lists (closing a case is not one of them: see "Close case…")."""
    _fill(ui.status, {k: v for k, v in case_statuses().items() if k in OPEN_STATUSES})
    _fill(ui.consentStatus, consent_statuses())
    _fill(ui.custody, custody_statuses())
    _fill(ui.programmeStatus, programme_statuses())


def read_case(ui: Ui_CaseRecord, strict: bool) -> dict[str, Any]:
    """The case in the interchange format, from the widgets. With ``strict``, a date that cannot be read
    raises InvalidInput; otherwise it is kept as typed (to notice edits)."""

    def when(widget: QLineEdit, field: str) -> str | None:
        try:
            return text_to_date(widget.text(), field)
        except InvalidInput:
            if strict:
                raise
            return widget.text()

    return {
        "preferred_name": ui.preferredName.text().strip(),
        "legal_name": ui.legalName.text().strip(),
        "phone_name": ui.phoneName.text().strip(),
        "pronouns": ui.pronouns.text().strip(),
        "date_of_birth": when(ui.dateOfBirth, "date_of_birth"),
        "languages": [p.strip() for p in re.split(r"[,;]", ui.languages.text()) if p.strip()],
        "access_needs": ui.accessNeeds.toPlainText().strip(),
        "address": {
            "lines": [line.strip() for line in ui.addressLines.toPlainText().splitlines() if line.strip()],
            "postcode": ui.postcode.text().strip(),
            "safe_to_visit": ui.safeToVisit.isChecked(),
            "safe_to_post": ui.safeToPost.isChecked(),
        },
        "locality": ui.locality.text().strip(),
        "transport": ui.transport.text().strip(),
        "status": ui.status.currentData(),
        "referral": {
            "source": ui.referralSource.text().strip(),
            "date": when(ui.referralDate, "referral.date"),
            "programme": ui.referralProgramme.text().strip(),
        },
        "consent": {
            "status": ui.consentStatus.currentData(),
            "date": when(ui.consentDate, "consent.date"),
            "sharing": ui.consentSharing.toPlainText().strip(),
        },
        "allocated_worker": ui.allocatedWorker.text().strip(),
        "contact_methods": ui.contactPanel.methods(),
        "children": ui.childrenPanel.children_docs(),
        "person_causing_harm": _read_person(ui, when),
    }


def _read_person(ui: Ui_CaseRecord, when: Callable[[QLineEdit, str], str | None]) -> dict[str, Any] | None:
    programme: dict[str, Any] | None = {
        "name": ui.programmeName.text().strip(),
        "start_date": when(ui.programmeStart, "person_causing_harm.programme.start_date"),
        "sessions_attended": ui.sessions.value(),
        "status": ui.programmeStatus.currentData(),
    }
    if programme == {"name": "", "start_date": None, "sessions_attended": 0, "status": "waiting"}:
        programme = None
    person = {
        "name": ui.harmName.text().strip(),
        "relationship": ui.relationship.text().strip(),
        "custody_status": ui.custody.currentData(),
        "release_date": when(ui.releaseDate, "person_causing_harm.release_date"),
        "licence_conditions": ui.licenceConditions.toPlainText().strip(),
        "exclusion_zones": ui.exclusionZones.toPlainText().strip(),
        "order_end": when(ui.orderEnd, "person_causing_harm.order_end"),
        "probation_officer": ui.probationOfficer.text().strip(),
        "reference": ui.harmReference.text().strip(),
        "programme": programme,
    }
    blank = {k: v for k, v in person.items() if k != "custody_status"}
    if not any(blank.values()) and person["custody_status"] == "unknown":
        return None  # nobody recorded
    return person


def write_case(ui: Ui_CaseRecord, doc: dict[str, Any]) -> None:
    """Fill the widgets from ``doc`` (the case as ``CaseService.show`` gives it)."""
    ui.preferredName.setText(doc.get("preferred_name") or "")
    ui.legalName.setText(doc.get("legal_name") or "")
    ui.phoneName.setText(doc.get("phone_name") or "")
    ui.pronouns.setText(doc.get("pronouns") or "")
    ui.dateOfBirth.setText(date_to_text(doc.get("date_of_birth")))
    ui.languages.setText(", ".join(doc.get("languages") or []))
    ui.accessNeeds.setPlainText(doc.get("access_needs") or "")
    address = doc.get("address") or {}
    ui.addressLines.setPlainText("\n".join(address.get("lines") or []))
    ui.postcode.setText(address.get("postcode") or "")
    ui.safeToVisit.setChecked(bool(address.get("safe_to_visit")))
    ui.safeToPost.setChecked(bool(address.get("safe_to_post")))
    ui.locality.setText(doc.get("locality") or "")
    ui.transport.setText(doc.get("transport") or "")
    status = doc.get("status") or "referred"
    closed_index = ui.status.findData("closed")
    if status == "closed" and closed_index < 0:
        ui.status.addItem(case_statuses()["closed"], "closed")
    elif status != "closed" and closed_index >= 0:
        ui.status.removeItem(closed_index)
    _choose(ui.status, status)
    referral = doc.get("referral") or {}
    ui.referralSource.setText(referral.get("source") or "")
    ui.referralDate.setText(date_to_text(referral.get("date")))
    ui.referralProgramme.setText(referral.get("programme") or "")
    consent = doc.get("consent") or {}
    _choose(ui.consentStatus, consent.get("status") or "not_asked")
    ui.consentDate.setText(date_to_text(consent.get("date")))
    ui.consentSharing.setPlainText(consent.get("sharing") or "")
    ui.allocatedWorker.setText(doc.get("allocated_worker") or "")
    person = doc.get("person_causing_harm") or {}
    ui.harmName.setText(person.get("name") or "")
    ui.relationship.setText(person.get("relationship") or "")
    _choose(ui.custody, person.get("custody_status") or "unknown")
    ui.releaseDate.setText(date_to_text(person.get("release_date")))
    ui.licenceConditions.setPlainText(person.get("licence_conditions") or "")
    ui.exclusionZones.setPlainText(person.get("exclusion_zones") or "")
    ui.orderEnd.setText(date_to_text(person.get("order_end")))
    ui.probationOfficer.setText(person.get("probation_officer") or "")
    ui.harmReference.setText(person.get("reference") or "")
    programme = person.get("programme") or {}
    ui.programmeName.setText(programme.get("name") or "")
    ui.programmeStart.setText(date_to_text(programme.get("start_date")))
    ui.sessions.setValue(int(programme.get("sessions_attended") or 0))
    _choose(ui.programmeStatus, programme.get("status") or "waiting")
    ui.contactPanel.set_methods(doc.get("contact_methods") or [])
    ui.childrenPanel.set_children(doc.get("children") or [])


def field_widgets(ui: Ui_CaseRecord) -> dict[str, QWidget]:
    """The widget for each field path the core may name in a problem (``InvalidInput.field``)."""
    harm = "person_causing_harm"
    return {
        "preferred_name": ui.preferredName,
        "legal_name": ui.legalName,
        "phone_name": ui.phoneName,
        "pronouns": ui.pronouns,
        "date_of_birth": ui.dateOfBirth,
        "languages": ui.languages,
        "access_needs": ui.accessNeeds,
        "address": ui.addressLines,
        "address.lines": ui.addressLines,
        "address.postcode": ui.postcode,
        "address.safe_to_visit": ui.safeToVisit,
        "address.safe_to_post": ui.safeToPost,
        "locality": ui.locality,
        "transport": ui.transport,
        "status": ui.status,
        "closed_reason": ui.status,
        "referral.source": ui.referralSource,
        "referral.date": ui.referralDate,
        "referral.programme": ui.referralProgramme,
        "consent.status": ui.consentStatus,
        "consent.date": ui.consentDate,
        "consent.sharing": ui.consentSharing,
        "allocated_worker": ui.allocatedWorker,
        harm: ui.harmName,
        f"{harm}.name": ui.harmName,
        f"{harm}.relationship": ui.relationship,
        f"{harm}.custody_status": ui.custody,
        f"{harm}.release_date": ui.releaseDate,
        f"{harm}.licence_conditions": ui.licenceConditions,
        f"{harm}.exclusion_zones": ui.exclusionZones,
        f"{harm}.order_end": ui.orderEnd,
        f"{harm}.probation_officer": ui.probationOfficer,
        f"{harm}.reference": ui.harmReference,
        f"{harm}.programme": ui.programmeName,
        f"{harm}.programme.name": ui.programmeName,
        f"{harm}.programme.start_date": ui.programmeStart,
        f"{harm}.programme.sessions_attended": ui.sessions,
        f"{harm}.programme.status": ui.programmeStatus,
    }
