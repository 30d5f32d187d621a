"""Helplines chosen per person: a plan may print the men's advice line or an LGBT+ line instead of the general
one, from the office's list; the choice is in the plan JSON and the printed personal copy shows it."""

from __future__ import annotations

import pytest

from safetyworker.errors import InvalidInput
from safetyworker.printing.strings import helplines
from safetyworker.services.cases import CaseService
from safetyworker.services.plans import PlanService


@pytest.fixture
def case_id(store):
    return CaseService(store).add({"preferred_name": "Dan"})[0]


def plan(**extra) -> dict:
    return {
        "template": "has_left",
        "items": [{"section": "safe_places", "text": "The library", "personal_copy": True}],
        **extra,
    }


def test_the_chosen_helplines_are_kept_and_printed_for_the_person(store, case_id):
    service = PlanService(store)
    saved = service.set(case_id, plan(helplines=["mens_advice_line", "galop"]))
    assert saved is not None and saved.helplines == ("mens_advice_line", "galop")
    current = service.current(case_id)
    assert current.to_json()["helplines"] == ["mens_advice_line", "galop"]
    printed = [h.id for h in helplines().for_person(current.helplines)]
    assert printed == ["emergency", "mens_advice_line", "galop"]  # 999 always
    assert "national_da_helpline" not in printed
    # the same plan again is not a new version; another choice is
    assert service.set(case_id, plan(helplines=["mens_advice_line", "galop"])) is None
    assert service.set(case_id, plan()) is not None
    assert [h.id for h in helplines().for_person(service.current(case_id).helplines)] == service.default_helplines()


def test_the_personal_copy_shows_the_chosen_numbers(store, case_id):
    import io

    from pypdf import PdfReader

    from safetyworker.printing.options import PrintOptions

    service = PlanService(store)
    service.set(case_id, plan(helplines=["mens_advice_line"]))
    pdf = service.render(case_id, PrintOptions(variant="personal"), "plan.preview")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    mens = next(h for h in helplines().entries if h.id == "mens_advice_line")
    general = next(h for h in helplines().entries if h.id == "national_da_helpline")
    assert mens.number in text and general.number not in text


@pytest.mark.parametrize("bad", [["nope"], "galop", ["galop", "galop"], [3]])
def test_a_helpline_not_in_the_list_is_refused(store, case_id, bad):
    with pytest.raises(InvalidInput, match="helplines"):
        PlanService(store).set(case_id, plan(helplines=bad))
    assert PlanService(store).current(case_id) is None


@pytest.mark.parametrize("stored", ['["BAD ID"]', '"galop"', '["galop", "galop"]', "[1]"])
def test_a_plan_version_with_helplines_no_form_saves_is_refused_on_arrival(stored):
    from safetyworker.sync import stored_check

    row = {"template": "has_left", "items_json": "[]", "author": "", "saved_at": "2026-12-01T10:00:00+00:00"}
    stored_check.check_row("safety_plan_version", {**row, "helplines_json": '["galop"]'})
    with pytest.raises(InvalidInput, match="helplines_json"):
        stored_check.check_row("safety_plan_version", {**row, "helplines_json": stored})
