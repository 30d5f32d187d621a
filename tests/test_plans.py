"""Safety plans as a worker relies on them: every save a new version, earlier versions readable, the review date
on the timetable, bad input refused without changing anything, and no plan text in the audit trail."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backends import fail

from safetyworker import demo
from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.events import CASES_CHANGED
from safetyworker.plans.model import SECTIONS, PlanDraft, PlanItem, parse_plan
from safetyworker.plans.templates import ORDER, PlanTemplate, load_templates
from safetyworker.printing.options import PrintOptions
from safetyworker.services.agenda import agenda
from safetyworker.services.cases import CaseService
from safetyworker.services.plans import PlanService
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.timetable import planner

from .conftest import PASSPHRASE

SECRET = "Spare key under the blue plant pot at Gwen's"
REVIEW = date.today() + timedelta(days=10)


def plan(review: date | None = REVIEW, template: str = "preparing_to_leave", extra: str = "") -> dict:
    return {
        "template": template,
        "items": [
            {"section": "people_to_contact", "text": "Sister: 07700 900111", "personal_copy": True},
            {"section": "safe_places", "text": SECRET + extra, "personal_copy": False},
            {"section": "code_words", "text": "'Is the washing out?'", "meaning": "ring 999", "personal_copy": True},
        ],
        "review_date": review.isoformat() if review else None,
    }


@pytest.fixture
def case_id(store):
    return CaseService(store).add(
        {
            "preferred_name": "Rhiannon",
            "person_causing_harm": {
                "name": "Gareth Example",
                "programme": {"name": "Building Choices", "start_date": date.today().isoformat()},
            },
        }
    )[0]


def review_contacts(store, case_id, live_only=True):
    sql = (
        "SELECT id, due_date, status, deleted_hlc FROM planned_contact WHERE case_id = ? AND kind = 'review' "
        "AND source = 'plan'"
    )
    if live_only:
        sql += " AND deleted_hlc IS NULL"
    return store.db.execute(sql + " ORDER BY created_hlc", (case_id,)).fetchall()


def snapshot(store):
    """Everything a plan save could touch."""
    db = store.db
    return {
        table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("safety_plan_version", "planned_contact", "audit_event", "field_stamp")
    }


# -- templates ----------------------------------------------------------------------------------------------


def test_the_four_templates_load_in_order_with_prompts_for_known_sections():
    templates = load_templates()
    assert list(templates) == list(ORDER)
    for template in templates.values():
        assert template.title and template.description
        assert template.section_ids() == [s for s in SECTIONS if s in template.section_ids()], "in plan order"
        assert "review" in template.section_ids()
        assert all(s.prompts and all(p.strip() for p in s.prompts) for s in template.sections)
    assert "children" in templates["with_children"].section_ids()
    assert "leaving_plan" in templates["preparing_to_leave"].section_ids()
    assert templates["has_left"].prompts("leaving_plan") == ()


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ("{not json", "bad.json"),
        ('{"id": "x", "title": "X", "sections": [{"section": "hobbies", "prompts": []}]}', "sections[0].section"),
        ('{"id": "x", "title": "X", "sections": []}', "bad.json.sections"),
        ('{"id": "X Y", "title": "X", "sections": [{"section": "pets"}]}', "bad.json.id"),
        ('{"id": "x", "sections": [{"section": "pets"}]}', "bad.json.title"),
        ('{"id": "x", "title": "X", "sections": [{"section": "pets", "promts": []}]}', "promts"),
        ('{"id": "x", "title": "X", "sections": [{"section": "pets"}, {"section": "pets"}]}', "sections[1]"),
    ],
)
def test_a_malformed_template_file_is_refused_naming_the_file_and_field(tmp_path, content, field):
    (tmp_path / "bad.json").write_text(content)
    with pytest.raises(InvalidInput) as error:
        load_templates(tmp_path)
    assert field in str(error.value)


def test_two_template_files_with_one_id_are_refused(tmp_path):
    doc = {"id": "same", "title": "Same", "sections": [{"section": "pets", "prompts": ["Who feeds the cat?"]}]}
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(doc))
    with pytest.raises(InvalidInput, match=r"b\.json"):
        load_templates(tmp_path)


def test_a_template_round_trips_through_its_json():
    for template in load_templates().values():
        assert PlanTemplate.from_json(template.to_json()) == template


# -- saving versions ----------------------------------------------------------------------------------------


def test_every_save_is_a_new_version_and_earlier_ones_stay_readable(store, case_id):
    service = PlanService(store)
    assert service.current(case_id) is None and service.versions(case_id) == []
    first = service.set(case_id, plan(), author="Jo")
    assert first.version == 1 and first.author == "Jo" and first.saved_at.endswith("Z")
    second = service.set(case_id, plan(extra=" (moved)"), author="Sam")
    assert second.version == 2
    assert [v.version for v in service.versions(case_id)] == [1, 2]
    assert service.current(case_id) == second
    old = service.version(case_id, 1)
    assert old == first and old.items[1].text == SECRET
    assert service.version(case_id, 2).items[1].text == SECRET + " (moved)"
    with pytest.raises(RecordNotFound, match="version 3"):
        service.version(case_id, 3)


def test_saving_the_same_plan_again_makes_no_version_and_writes_nothing(store, case_id):
    service = PlanService(store)
    service.set(case_id, plan())
    before = snapshot(store)
    assert service.set(case_id, plan(), author="someone else") is None
    assert snapshot(store) == before


def test_a_plan_read_with_show_can_be_given_back_unchanged(store, case_id):
    service = PlanService(store)
    service.set(case_id, plan(), author="Jo")
    shown = service.show(case_id)
    assert shown["version"] == 1 and shown["versions"] == 1 and shown["author"] == "Jo"
    assert service.set(case_id, json.loads(json.dumps(shown))) is None


def test_a_draft_object_is_accepted_as_well_as_json(store, case_id):
    draft = PlanDraft("has_left", (PlanItem("pets", "Cat to Nain's", True),), None)
    saved = PlanService(store).set(case_id, draft)
    assert (saved.template, saved.items, saved.review_date) == (draft.template, draft.items, None)


def test_a_save_tells_the_front_ends_after_it_is_committed(store, case_id):
    seen = []
    store.events.subscribe(
        lambda name, data: seen.append((name, data["ids"], store.db.in_transaction)) if name == CASES_CHANGED else None
    )
    PlanService(store).set(case_id, plan())
    assert seen == [(CASES_CHANGED, [case_id], False)]
    seen.clear()
    PlanService(store).set(case_id, plan())
    assert seen == [], "no change, no event"


def test_versions_are_numbered_by_clock_so_a_synced_earlier_save_comes_first(store, case_id):
    service = PlanService(store)
    mine = service.set(case_id, plan())
    earlier_hlc = "000000000000001-00000-OTHERLAPTOP"
    with store.transaction() as db:
        db.execute(
            "INSERT INTO safety_plan_version (id, created_hlc, device_id, case_id, template, items_json, "
            "review_date, author, saved_at) VALUES ('OTHER', ?, 'OTHERLAPTOP', ?, 'has_left', '[]', NULL, 'Al', "
            "'2026-01-01T09:00:00Z')",
            (earlier_hlc, case_id),
        )
    assert [v.id for v in service.versions(case_id)] == ["OTHER", mine.id]
    assert service.current(case_id).id == mine.id and service.current(case_id).version == 2


def test_versions_cannot_be_changed_or_deleted(store, case_id):
    PlanService(store).set(case_id, plan())
    for sql in ("UPDATE safety_plan_version SET author = 'x'", "DELETE FROM safety_plan_version"):
        with pytest.raises(Exception, match="append-only"), store.transaction() as db:
            db.execute(sql)
    assert len(PlanService(store).versions(case_id)) == 1


# -- the review date on the timetable -----------------------------------------------------------------------


def test_the_review_date_becomes_one_planned_review_contact_kept_in_step(store, case_id):
    service = PlanService(store)
    service.set(case_id, plan(REVIEW))
    [(first_id, due, status, _d)] = review_contacts(store, case_id)
    assert (due, status) == (REVIEW.isoformat(), "planned")

    service.set(case_id, plan(REVIEW, extra="!"))  # same date: the same contact stays
    assert [r[0] for r in review_contacts(store, case_id)] == [first_id]

    moved = REVIEW + timedelta(days=7)
    service.set(case_id, plan(moved))
    [(new_id, due, _s, _d)] = review_contacts(store, case_id)
    assert new_id != first_id and due == moved.isoformat()
    old = [r for r in review_contacts(store, case_id, live_only=False) if r[0] == first_id]
    assert old[0][3] is not None, "the old one is a tombstone (synced as removed), not deleted"

    service.set(case_id, plan(None))
    assert review_contacts(store, case_id) == []
    shown = [c for c in planner.planned_contacts(store, case_id) if c["kind"] == "review"]
    assert shown == []


def test_a_review_already_done_is_not_planned_again_for_the_same_date(store, case_id):
    service = PlanService(store)
    service.set(case_id, plan(REVIEW))
    [(contact_id, *_rest)] = review_contacts(store, case_id)
    with store.transaction():
        store.db.execute("UPDATE planned_contact SET status = 'done' WHERE id = ?", (contact_id,))
    service.set(case_id, plan(REVIEW, extra=" after the review"))
    assert [(r[0], r[2]) for r in review_contacts(store, case_id)] == [(contact_id, "done")]
    later = REVIEW + timedelta(days=28)
    service.set(case_id, plan(later))
    live = review_contacts(store, case_id)
    assert (contact_id, "done") in [(r[0], r[2]) for r in live], "a done review is history and stays"
    assert [r[1] for r in live if r[2] == "planned"] == [later.isoformat()]


def test_the_programme_planner_never_touches_the_plan_review(store, case_id):
    PlanService(store).set(case_id, plan(REVIEW))
    before = review_contacts(store, case_id)
    service = CaseService(store)
    service.update(case_id, {"person_causing_harm": {"programme": {"status": "dropped_out"}}})
    service.update(case_id, {"person_causing_harm": {"release_date": (REVIEW + timedelta(days=30)).isoformat()}})
    with store.transaction():
        planner.replan(store, case_id)
    assert review_contacts(store, case_id) == before
    assert "plan" not in planner.MANAGED_SOURCES


def test_the_review_shows_on_the_agenda(store, case_id):
    PlanService(store).set(case_id, plan(date.today() + timedelta(days=3)))
    reviews = agenda(store, datetime.now(UTC), 14)["reviews"]
    assert [(r["case_id"], r["source"]) for r in reviews] == [(case_id, "plan")]


# -- bad input changes nothing ------------------------------------------------------------------------------


def _with(**changes):
    doc = plan()
    doc.update(changes)
    return doc


def _item(**changes):
    return _with(items=[{"section": "pets", "text": "Cat", "personal_copy": True, **changes}])


BAD_PLANS = [
    (_with(template="no_such_template"), "template"),
    (_with(template=None), "template"),
    (_item(section="hobbies"), "items[0].section"),
    (_item(text="   "), "items[0].text"),
    (_item(text="x" * 2001), "items[0].text"),
    (_item(text="\ud800"), "items[0].text"),
    (_item(personal_copy="yes"), "items[0].personal_copy"),
    (_item(colour="red"), "items[0].colour"),
    (_with(items={"section": "pets"}), "items"),
    (_with(items=["just text"]), "items[0]"),
    (_with(items=[{"section": "pets", "text": "x"}] * 301), "items"),
    (_with(review_date="next Tuesday"), "review_date"),
    (_with(review_date="2026-02-30"), "review_date"),
    (_with(review_date="1999-12-31"), "review_date"),
    (_with(reviewdate="2026-12-01"), "reviewdate"),
    ([plan()], "(top level)"),
    ("a plan", "(top level)"),
]


@pytest.mark.parametrize(("data", "field"), BAD_PLANS)
def test_a_bad_plan_is_refused_naming_the_field_and_changes_nothing(store, case_id, data, field):
    service = PlanService(store)
    service.set(case_id, plan())
    before = snapshot(store)
    with pytest.raises(InvalidInput) as error:
        service.set(case_id, data)
    assert error.value.field == field
    assert snapshot(store) == before


def test_a_bad_author_is_refused(store, case_id):
    before = snapshot(store)
    for author in ("x" * 201, "\udcff", 42):
        with pytest.raises(InvalidInput) as error:
            PlanService(store).set(case_id, plan(), author=author)
        assert error.value.field == "author"
    assert snapshot(store) == before


def test_an_unknown_case_or_a_closed_case_is_refused_and_changes_nothing(store, case_id):
    service = PlanService(store)
    before = snapshot(store)
    with pytest.raises(RecordNotFound, match="NOSUCHCASE"):
        service.set("NOSUCHCASE", plan())
    for read in (service.current, service.versions, service.show):
        with pytest.raises(RecordNotFound):
            read("NOSUCHCASE")
    CaseService(store).close(case_id, "Moved away")
    before = snapshot(store)
    with pytest.raises(InvalidInput) as error:
        service.set(case_id, plan())
    assert error.value.field == "status" and "closed" in str(error.value)
    assert snapshot(store) == before


def test_a_closed_case_keeps_its_plan_readable(store, case_id):
    service = PlanService(store)
    service.set(case_id, plan())
    CaseService(store).close(case_id, "Moved away")
    assert service.current(case_id).version == 1
    assert service.show(case_id)["items"][1]["text"] == SECRET


# -- the audit trail ----------------------------------------------------------------------------------------


def test_saves_and_views_are_audited_without_any_plan_text(store, case_id):
    service = PlanService(store)
    saved = service.set(case_id, plan(), author="Jo Bloggs")
    service.show(case_id)
    service.show(case_id, version=1)
    events = store.db.execute("SELECT action, target_id, detail FROM audit_event WHERE action LIKE 'plan.%'").fetchall()
    view = ("plan.view", case_id, saved.id)
    assert events == [("plan.save", case_id, saved.id), view, view]
    everything = json.dumps(store.db.execute("SELECT * FROM audit_event").fetchall())
    for text in (SECRET, "07700 900111", "washing", "Jo Bloggs", REVIEW.isoformat(), "preparing_to_leave"):
        assert text not in everything
    assert audit.verify_chain(store)


def test_reading_for_the_editor_is_not_audited_on_its_own(store, case_id):
    service = PlanService(store)
    service.set(case_id, plan())
    count = store.db.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    service.current(case_id)
    service.versions(case_id)
    service.version(case_id, 1)
    assert store.db.execute("SELECT count(*) FROM audit_event").fetchone()[0] == count


def test_show_of_a_case_without_a_plan_is_none(store, case_id):
    assert PlanService(store).show(case_id) is None


def test_plan_text_is_not_stored_in_the_clear(store_dir, case_id, store):
    PlanService(store).set(case_id, plan())
    store.close()
    for path in store_dir.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


# -- printing -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "options", "detail"),
    [
        ("plan.preview", {"variant": "worker"}, "worker:en"),
        ("plan.print", {"variant": "personal", "lang": "cy", "large_print": True}, "personal:cy:large"),
        ("plan.save_pdf", {"variant": "card", "include_name": True}, "card:en"),
    ],
)
def test_render_makes_a_pdf_in_memory_and_audits_what_was_made(store, case_id, tmp_path, action, options, detail):
    PlanService(store).set(case_id, plan())
    empty = tmp_path / "tmp"
    empty.mkdir()
    previous, tempfile.tempdir = tempfile.tempdir, str(empty)
    try:
        pdf = PlanService(store).render(case_id, PrintOptions(**options), action)
    finally:
        tempfile.tempdir = previous
    assert pdf.startswith(b"%PDF") and list(empty.iterdir()) == []
    last = store.db.execute("SELECT action, target_id, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    assert last == (action, case_id, detail)


def test_render_of_an_earlier_version_and_refusals(store, case_id):
    service = PlanService(store)
    card = PrintOptions("card")
    before = snapshot(store)
    with pytest.raises(InvalidInput) as error:
        service.render(case_id, card, "plan.preview")
    assert error.value.field == "plan"
    service.set(case_id, plan())
    service.set(case_id, plan(None))
    assert service.render(case_id, card, "plan.preview", version=1).startswith(b"%PDF")
    before = snapshot(store)
    with pytest.raises(InvalidInput) as error:
        service.render(case_id, card, "plan.email")
    assert error.value.field == "action"
    with pytest.raises(RecordNotFound):
        service.render(case_id, card, "plan.print", version=3)
    with pytest.raises(RecordNotFound):
        service.render("NOSUCHCASE", card, "plan.print")
    assert snapshot(store) == before
    everything = json.dumps(store.db.execute("SELECT * FROM audit_event").fetchall())
    assert SECRET not in everything and "Rhiannon" not in everything


# -- parsing (property tests) -------------------------------------------------------------------------------

TEMPLATE_IDS = tuple(load_templates())
ANY_TEXT = st.text(st.characters(exclude_categories=()) | st.sampled_from(["\ud800", "<", "&", "\n"]), max_size=30)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=12,
)
NEAR_ITEM = st.fixed_dictionaries(
    {},
    optional={
        "section": st.sampled_from(SECTIONS) | JSON,
        "text": ANY_TEXT | JSON,
        "personal_copy": st.booleans() | JSON,
        "extra": JSON,
    },
)
NEAR_PLAN = st.fixed_dictionaries(
    {},
    optional={
        "template": st.sampled_from(TEMPLATE_IDS) | JSON,
        "items": st.lists(NEAR_ITEM | JSON, max_size=4) | JSON,
        "review_date": st.dates().map(date.isoformat) | JSON,
        "unknown": JSON,
    },
)


@settings(max_examples=300, deadline=None)
@given(JSON | NEAR_PLAN)
def test_parse_plan_never_raises_anything_but_invalid_input(data):
    try:
        draft = parse_plan(data, TEMPLATE_IDS)
    except InvalidInput as error:
        assert error.field and str(error)
    else:
        assert draft.template in TEMPLATE_IDS


# Valid item text: anything but control characters and direction overrides (docs/interchange.md), line breaks
# allowed.
ITEM_TEXT = (
    st.text(
        st.characters(
            blacklist_categories=("Cs", "Cc"),
            blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029",
        )
        | st.just("\n"),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(bool)
)
DRAFTS = st.builds(
    PlanDraft,
    template=st.sampled_from(TEMPLATE_IDS),
    items=st.lists(st.builds(PlanItem, st.sampled_from(SECTIONS), ITEM_TEXT, st.booleans()), max_size=8).map(tuple),
    review_date=st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
)


@settings(max_examples=200, deadline=None)
@given(DRAFTS)
def test_a_valid_draft_round_trips_through_its_json(draft):
    assert parse_plan(json.loads(json.dumps(draft.to_json())), TEMPLATE_IDS) == draft


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(DRAFTS)
def test_any_valid_draft_saved_reads_back_the_same(store, case_id, draft):
    service = PlanService(store)
    saved = service.set(case_id, draft)
    current = service.current(case_id)
    assert (current.template, current.items, current.review_date) == (draft.template, draft.items, draft.review_date)
    if saved is not None:
        assert current == saved


# -- the demo -----------------------------------------------------------------------------------------------


def test_the_demo_gives_a_few_cases_a_plan_of_each_kind(store):
    ids = demo.populate_demo(store)
    service = PlanService(store)
    plans = {case_id: service.versions(case_id) for case_id in ids}
    with_plan = {case_id: versions for case_id, versions in plans.items() if versions}
    assert 3 <= len(with_plan) <= 5
    current = [versions[-1] for versions in with_plan.values()]
    assert {p.template for p in current} == set(ORDER)
    assert any(len(versions) >= 2 for versions in with_plan.values()), "one plan has a history"
    for p in current:
        assert p.personal_items() and len(p.personal_items()) < len(p.items), "personal and worker-only items"
        assert p.review_date and p.review_date > date.today()
        assert [r[1] for r in review_contacts(store, p.case_id)] == [p.review_date.isoformat()]
    assert audit.verify_chain(store)


def test_demo_personal_items_are_discreet(store):
    ids = demo.populate_demo(store)
    service = PlanService(store)
    cases = {case_id: CaseService(store)._load(case_id) for case_id in ids}
    words = ("domestic", "abuse", "violence", "perpetrator", "probation", "refuge", "marac", "risk", "safety worker")
    for case_id, case in cases.items():
        current = service.current(case_id)
        if current is None:
            continue
        harm = case.person_causing_harm.name.split()[0].casefold()
        for item in current.personal_items():
            text = item.text.casefold()
            assert not any(w in text for w in words), item
            assert harm not in text, item


def test_a_store_reopened_has_its_plans(store_dir, store, case_id):
    PlanService(store).set(case_id, plan())
    store.close()
    with Store.unlock(store_dir, PASSPHRASE) as again:
        assert PlanService(again).current(case_id).items[1].text == SECRET


# -- killed mid-save ----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_killed_while_saving_plans_each_save_is_whole(tmp_path):
    """kill -9 at random moments: each save is the new version with its review contact and audit event, or
    none of them."""
    keyring.set_keyring(fail.Keyring())  # the child cannot see the in-memory keyring: both use the file
    worker = Path(__file__).with_name("plan_fault_worker.py")
    passphrase = "first passphrase here"
    folder = tmp_path / "store"
    with Store.create(folder, passphrase) as store:
        case_id = CaseService(store).add({"preferred_name": "Kept whole"})[0]
    rng = random.Random(20261124)
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    committed = 0
    for _trial in range(8):
        with subprocess.Popen(
            [sys.executable, str(worker), str(folder), case_id], stdout=subprocess.PIPE, env=env, text=True
        ) as child:
            assert child.stdout is not None
            child.stdout.readline()
            time.sleep(rng.uniform(0, 0.3))
            child.send_signal(signal.SIGKILL)
            committed += 1 + child.stdout.read().count("\n")
        with Store.unlock(folder, passphrase) as store:
            db = store.db
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            versions = PlanService(store).versions(case_id)
            assert committed <= len(versions) <= committed + 1, "a commit may land just before its line is printed"
            committed = len(versions)
            saves = db.execute("SELECT count(*) FROM audit_event WHERE action = 'plan.save'").fetchone()[0]
            assert saves == len(versions)
            reviews = review_contacts(store, case_id, live_only=False)
            assert len(reviews) == len(versions), "each save moved the date: one review contact made per save"
            live = review_contacts(store, case_id)
            assert [(r[1], r[2]) for r in live] == [(versions[-1].review_date.isoformat(), "planned")]
            assert audit.verify_chain(store)
    assert committed > 8


# -- agreed words written before they had two parts (issue 11) -------------------------------------------------


def _save_as_an_old_laptop_did(store, case_id, items):
    """A version as the app wrote it before items had a meaning: one text per item, no "meaning" at all."""
    with store.transaction() as db:
        db.execute(
            "INSERT INTO safety_plan_version (id, created_hlc, device_id, case_id, template, items_json, "
            "review_date, author, saved_at) VALUES (?, ?, ?, ?, ?, ?, NULL, '', '2026-01-01T00:00:00Z')",
            ("01JOLDPLAN000000000000000", store.clock.now(), store.device_id, case_id, "has_left", json.dumps(items)),
        )


def test_old_agreed_words_stay_on_the_worker_copy_until_written_apart(store, case_id):
    from tests.test_plan_pdf import text_of

    old = "Text Catrin 'is the washing out?' = please ring 999 and send help"
    _save_as_an_old_laptop_did(
        store,
        case_id,
        [
            {"section": "people_to_contact", "text": "Sister: 07700 900111", "personal_copy": True},
            {"section": "code_words", "text": old, "personal_copy": True},
        ],
    )
    service = PlanService(store)
    item = service.current(case_id).items[1]
    assert (item.text, item.meaning, item.personal_copy) == ("", old, True)
    for options in (PrintOptions("card"), PrintOptions("personal"), PrintOptions("card", lang="cy")):
        printed = text_of(service.render(case_id, options, "plan.preview"))
        assert "washing" not in printed and "catrin" not in printed and "send help" not in printed
        assert "07700 900111" in printed  # the rest of the plan still prints
        assert "1 agreed word is left off" in service.if_found(case_id, options)
    assert "washing out" in text_of(service.render(case_id, PrintOptions("worker"), "plan.preview"))
    # the worker writes the words alone: now they print, and the meaning still does not
    doc = service.show(case_id)
    doc["items"][1]["text"] = "'Is the washing out?'"
    service.set(case_id, doc)
    printed = text_of(service.render(case_id, PrintOptions("card"), "plan.preview"))
    assert "is the washing out?" in printed and "send help" not in printed and "catrin" not in printed


def test_a_plan_file_without_meanings_is_read_by_the_same_rule(store, case_id):
    data = plan()
    data["items"][2] = {"section": "code_words", "text": "'Is the washing out?' = ring 999", "personal_copy": True}
    PlanService(store).set(case_id, data)
    item = PlanService(store).current(case_id).items[2]
    assert (item.text, item.meaning) == ("", "'Is the washing out?' = ring 999")
    # and a meaning of its own needs no words yet; an item with neither is refused, naming the field
    with pytest.raises(InvalidInput) as error:
        parse_plan({"template": "has_left", "items": [{"section": "code_words", "text": "", "meaning": ""}]}, ORDER)
    assert error.value.field == "items[0].text"
    assert parse_plan(
        {"template": "has_left", "items": [{"section": "code_words", "text": "", "meaning": "ring 999"}]}, ORDER
    ).items[0] == PlanItem("code_words", "", False, "ring 999")


def test_the_line_on_what_a_copy_shows_if_found(store, case_id):
    service = PlanService(store)
    data = plan()
    data["items"] += [
        {"section": "people_to_contact", "text": "Mrs Ellis next door, or text Catrin", "personal_copy": True},
        {"section": "phone_online", "text": "Ring 999, or the 24-hour line on 0808 2000 247", "personal_copy": True},
        {"section": "safe_places", "text": "keep away from the pub where gareth drinks", "personal_copy": True},
    ]
    service.set(case_id, data)
    line = service.if_found(case_id, PrintOptions("personal", include_name=True))
    assert "\n" not in line
    assert "their name" in line and "Mrs Ellis" in line and "Catrin" in line
    assert "gareth" in line, "a name in the case record is found wherever it stands"
    assert "07700 900111" in line and "0808 2000 247" not in line, "helplines are not a worry"
    assert "agreed words" in line and "ring 999" not in line
    card = service.if_found(case_id, PrintOptions("card"))
    assert "their name" not in card and "gareth" not in card, "the card prints only its own sections"
    assert service.if_found(case_id, PrintOptions("worker")) == ""
    # agreed words written with their meaning in the words: the line says so
    data["items"].append(
        {"section": "code_words", "text": "'Tea's ready' = ring 999", "meaning": "", "personal_copy": True}
    )
    service.set(case_id, data)
    assert "agreed words that seem to say what they mean" in service.if_found(case_id, PrintOptions("card"))
