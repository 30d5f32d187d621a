"""The desktop forms apply the core's text rule: a name pasted with a hidden direction override or control
character is shown as a problem beside the field, and nothing is saved."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QLabel

from safetyworker.ui.case_record import CaseRecordWidget


@pytest.fixture
def record(session, qtbot):
    widget = CaseRecordWidget(session)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _ffion(record, session) -> str:
    case_id = next(c.id for c in session.cases.search(include_closed=True) if c.preferred_name == "Ffion")
    record.load(case_id)
    return case_id


@pytest.mark.parametrize("pasted", ["Ffion \u202enoiffE", "Ffion\x1b[2J", "Ffion\tJones"])
def test_a_pasted_name_with_a_hidden_character_is_not_saved(record, session, pasted):
    case_id = _ffion(record, session)
    before = session.cases.show(case_id)
    record.ui.preferredName.setText(pasted)
    assert record.save() is False
    assert record.ui.preferredName.property("invalid") is True
    assert "Not saved" in record.ui.errorBanner.text()
    shown = [label.text() for label in record.findChildren(QLabel, "fieldError") if label.isVisibleTo(record)]
    assert any("hidden control character" in text for text in shown), shown
    assert session.cases.show(case_id) == before
    if os.environ.get("SAFETYWORKER_SCREENSHOTS"):
        record.grab().save(os.environ["SAFETYWORKER_SCREENSHOTS"])
    record.ui.preferredName.setText("Ffion")
    assert record.save() is True or not record.is_dirty()


def test_notes_may_still_hold_line_breaks(record, session):
    case_id = _ffion(record, session)
    record.ui.accessNeeds.setPlainText("Hearing aid\nPrefers mornings")
    assert record.save() is True
    assert session.cases.show(case_id)["access_needs"] == "Hearing aid\nPrefers mornings"
