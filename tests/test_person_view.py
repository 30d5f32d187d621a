"""Showing a person their own copy of the plan on the screen and editing it with them: only their items (for
agreed words, the words alone) are ever in what the screen gets; what they change is saved as a new version and
every worker-only item is kept as it was; a view can never touch a worker-only item."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safetyworker.errors import InvalidInput
from safetyworker.plans.model import SECTIONS, PersonalEntry, PlanDraft, PlanItem, personal_entries, with_personal
from safetyworker.services.cases import CaseService
from safetyworker.services.plans import SHOW_PERSON, PlanService, person_lang
from safetyworker.store import audit

WORKER_ONLY = "Spare key under the blue plant pot at Gwen's"
MEANING = "means: ring 999 now"


def _plan() -> dict:
    return {
        "template": "preparing_to_leave",
        "items": [
            {"section": "people_to_contact", "text": "Sister: 07700 900111", "personal_copy": True},
            {"section": "safe_places", "text": WORKER_ONLY, "personal_copy": False},
            {"section": "code_words", "text": "Is the washing out?", "meaning": MEANING, "personal_copy": True},
            {"section": "safe_places", "text": "The library on Tuesdays", "personal_copy": True},
        ],
        "review_date": "2031-03-04",
    }


@pytest.fixture
def case_id(store):
    case = CaseService(store).add({"preferred_name": "Rhiannon", "languages": ["Welsh", "English"]})[0]
    PlanService(store).set(case, _plan())
    return case


def _view_text(view) -> str:
    parts = [view.title, view.review_line, view.numbers_heading, view.emergency_tip]
    parts += [t for _s, t in view.section_titles] + [e.text for e in view.entries]
    parts += [f"{label} {number}" for label, number in view.numbers]
    return "\n".join(parts)


def test_the_view_holds_the_persons_items_and_nothing_of_the_worker(store, case_id):
    other = CaseService(store).add({"preferred_name": "Someone Else"})[0]
    other_plan = {"section": "safe_places", "text": "Other case's refuge", "personal_copy": True}
    PlanService(store).set(other, {"template": "preparing_to_leave", "items": [other_plan]})
    view = PlanService(store).for_person(case_id)
    text = _view_text(view)
    assert [e.text for e in view.entries] == ["Sister: 07700 900111", "The library on Tuesdays", "Is the washing out?"]
    for hidden in (WORKER_ONLY, MEANING, "Rhiannon", "Someone Else", "Other case's refuge"):
        assert hidden not in text
    assert view.lang == "cy", "Welsh is among the person's languages"
    assert view.title == "Fy nghynllun"
    assert "2031" in view.review_line
    assert PlanService(store).for_person(case_id, "en").title == "My plan"


def test_showing_is_audited_without_plan_text(store, case_id):
    PlanService(store).for_person(case_id, "en")
    rows = store.db.execute("SELECT target_id, detail FROM audit_event WHERE action = ?", (SHOW_PERSON,)).fetchall()
    assert len(rows) == 1 and rows[0][0] == case_id
    assert "Sister" not in str(rows) and audit.verify_chain(store)


def test_a_case_without_a_plan_shows_nothing_and_a_bad_language_is_refused(store, case_id):
    bare = CaseService(store).add({"preferred_name": "No Plan Yet"})[0]
    assert PlanService(store).for_person(bare) is None
    with pytest.raises(InvalidInput):
        PlanService(store).for_person(case_id, "fr")


def test_editing_with_the_person_saves_a_version_and_keeps_the_worker_items(store, case_id):
    plans = PlanService(store)
    view = plans.for_person(case_id, "en")
    entries = [
        PersonalEntry(e.section, "Sister Gwen: 07700 900111", e.index) if e.text.startswith("Sister") else e
        for e in view.entries
        if not e.text.startswith("Is the washing")  # they no longer want the words on their copy
    ]
    entries.append(PersonalEntry("safe_places", "The café by the station"))
    saved = plans.save_for_person(case_id, view.version_id, entries, author="Sam")
    assert saved is not None and saved.version == 2
    items = [(i.section, i.text, i.personal_copy, i.meaning) for i in saved.items]
    assert items == [
        ("people_to_contact", "Sister Gwen: 07700 900111", True, ""),
        ("safe_places", WORKER_ONLY, False, ""),
        ("code_words", "Is the washing out?", False, MEANING),  # the worker keeps the words and their meaning
        ("safe_places", "The library on Tuesdays", True, ""),
        ("safe_places", "The café by the station", True, ""),
    ]
    assert saved.review_date.isoformat() == "2031-03-04"
    assert plans.current(case_id).version == 2


def test_nothing_changed_saves_nothing(store, case_id):
    plans = PlanService(store)
    view = plans.for_person(case_id)
    assert plans.save_for_person(case_id, view.version_id, list(view.entries)) is None
    assert plans.current(case_id).version == 1


def test_a_plan_changed_meanwhile_is_not_overwritten(store, case_id):
    plans = PlanService(store)
    view = plans.for_person(case_id)
    plans.set(case_id, {**_plan(), "review_date": None})
    with pytest.raises(InvalidInput, match="changed while it was shown"):
        plans.save_for_person(case_id, view.version_id, list(view.entries))
    assert plans.current(case_id).version == 2


def test_a_view_cannot_reach_a_worker_only_item(store, case_id):
    plans = PlanService(store)
    view = plans.for_person(case_id)
    hostile = [*view.entries, PersonalEntry("safe_places", "changed", 1)]  # index 1 is the worker-only item
    with pytest.raises(InvalidInput):
        plans.save_for_person(case_id, view.version_id, hostile)
    with pytest.raises(InvalidInput):
        plans.save_for_person(case_id, view.version_id, [PersonalEntry("nowhere", "x")])
    assert plans.current(case_id).version == 1


@pytest.mark.parametrize(
    ("languages", "lang"),
    [([], "en"), (["English"], "en"), (["welsh"], "cy"), (["Cymraeg (first language)"], "cy"), (["Polish"], "en")],
)
def test_the_persons_language(store, languages, lang):
    case = CaseService(store).add({"preferred_name": "A", "languages": languages})[0]
    PlanService(store).set(case, _plan())
    assert person_lang(PlanService(store)._load_case(case)) == lang
    assert PlanService(store).for_person(case).lang == lang


_items = st.lists(
    st.builds(
        PlanItem,
        st.sampled_from(SECTIONS),
        st.sampled_from(["", "a", "b words", "c"]),
        st.booleans(),
        st.sampled_from(["", "meaning"]),
    ),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(_items, st.data())
def test_worker_only_items_survive_any_edit_by_the_person(items, data):
    plan = PlanDraft("preparing_to_leave", tuple(items))
    shown = personal_entries(plan)
    kept = data.draw(st.lists(st.sampled_from(shown), unique_by=lambda e: e.index) if shown else st.just([]))
    edited = [PersonalEntry(e.section, data.draw(st.sampled_from(["", "new words", e.text])), e.index) for e in kept]
    new = st.builds(PersonalEntry, st.sampled_from(SECTIONS), st.sampled_from(["x", ""]))
    added = data.draw(st.lists(new, max_size=3))
    result = with_personal(plan, edited + added)
    hidden = [i for i in plan.items if not (i.personal_copy and i.text.strip())]
    rest = iter(result.items)
    assert all(item in rest for item in hidden), "every worker-only item kept, in order"
    meanings = [i.meaning for i in plan.items if i.meaning]
    assert sorted(i.meaning for i in result.items if i.meaning) == sorted(meanings), "no meaning is ever lost"
    wanted = sorted(e.text.strip() for e in edited + added if e.text.strip())
    assert sorted(e.text for e in personal_entries(result)) == wanted, "the person's copy is what they agreed"
    assert with_personal(plan, personal_entries(plan)) == plan, "showing without editing changes nothing"


# -- the command line: the same copy, and the same save --------------------------------------------------------
def test_cli_shows_the_persons_copy_and_saves_it_edited(cli_store, tmp_path):
    import json

    from tests.conftest import write

    code, out, _err = cli_store(
        "case", "add", write(tmp_path, "case.json", {"preferred_name": "Rhiannon", "languages": ["Welsh"]})
    )
    case_id = out.strip()
    assert cli_store("plan", "set", case_id, write(tmp_path, "plan.json", _plan()))[0] == 0

    code, out, _err = cli_store("plan", "personal", case_id, "--lang", "en")
    assert code == 0 and "My plan" in out and "• Sister: 07700 900111" in out
    assert WORKER_ONLY not in out and MEANING not in out and "Rhiannon" not in out

    code, out, _err = cli_store("plan", "personal", case_id, "--json")
    doc = json.loads(out)
    assert doc["lang"] == "cy" and doc["title"] == "Fy nghynllun"
    assert WORKER_ONLY not in out and MEANING not in out
    doc["items"][0]["text"] = "Sister Gwen: 07700 900111"
    doc["items"].append({"section": "pets", "text": "Bramble goes to Gwen's"})
    code, out, _err = cli_store("plan", "personal-set", case_id, write(tmp_path, "mine.json", doc), "--json")
    assert code == 0 and json.loads(out) == {"case_id": case_id, "changed": True, "version": 2}
    code, out, _err = cli_store("plan", "show", case_id, "--json")
    items = json.loads(out)["items"]
    assert [i["text"] for i in items if not i["personal_copy"]] == [WORKER_ONLY]
    assert any(i["text"] == "Bramble goes to Gwen's" and i["personal_copy"] for i in items)

    # the same file again: the plan has moved on, so it is refused plainly (exit 2), nothing written
    code, out, err = cli_store("plan", "personal-set", case_id, write(tmp_path, "mine.json", doc))
    assert code == 2 and "changed while it was shown" in err and "Traceback" not in err
    bad = {**doc, "items": [{"section": "safe_places", "text": "x", "index": 1}]}
    bad["version_id"] = json.loads(cli_store("plan", "personal", case_id, "--json")[1])["version_id"]
    code, out, err = cli_store("plan", "personal-set", case_id, write(tmp_path, "bad.json", bad))
    assert code == 2 and "person's own copy" in err
