"""The demo caseload loads, rings nobody, keeps its own call protocol and covers what a newcomer should see."""

from __future__ import annotations

from datetime import UTC, date, datetime

from safetyworker import demo
from safetyworker.records import case_rows, phone
from safetyworker.records.model import PROGRAMME_STATUSES, Case
from safetyworker.services.cases import CaseService
from safetyworker.store import audit


def _all_cases(store) -> list[Case]:
    ids = [row[0] for row in store.db.execute("SELECT id FROM case_record WHERE deleted_hlc IS NULL")]
    return [case_rows.load_case(store.db, i) for i in ids]


def test_demo_documents_are_valid_and_fresh_each_call():
    first, second = demo.demo_cases(), demo.demo_cases()
    assert 12 <= len(first) <= 16
    assert first == second and first is not second and first[0] is not second[0]
    parsed = [Case.from_json(doc) for doc in first]
    assert len({c.preferred_name for c in parsed}) == len(parsed), "names are unique, so the history lines up"
    assert set(demo._HISTORY) == {c.preferred_name for c in parsed}


def test_demo_loads_into_a_fresh_store(store):
    ids = demo.populate_demo(store)
    service = CaseService(store)
    assert len(ids) == len(demo.demo_cases()) == service.count()
    assert audit.verify_chain(store)
    listed = service.search(include_closed=True)
    assert {c.id for c in listed} == set(ids)
    assert all(c.last_contact for c in listed), "every demo case has some history"
    doc = service.show(ids[0])
    assert doc["contact_log"] and doc["notes"]


def test_every_phone_number_is_reserved_for_drama(store):
    demo.populate_demo(store)
    values = [m.value for c in _all_cases(store) for m in c.contact_methods if m.is_phone]
    assert len(values) >= 14
    assert all(phone.is_drama_number(v) for v in values), [v for v in values if not phone.is_drama_number(v)]
    assert len(set(values)) == len(values)


def test_the_caseload_covers_what_a_newcomer_should_see(store):
    demo.populate_demo(store)
    cases = _all_cases(store)
    assert any(c.children for c in cases)
    programmes = {c.person_causing_harm.programme.status for c in cases if c.person_causing_harm.programme}
    assert {"waiting", "started", "completed", "dropped_out"} <= programmes <= set(PROGRAMME_STATUSES)
    custody = {c.person_causing_harm.custody_status: c.person_causing_harm for c in cases}
    assert {"in_custody", "on_licence", "community"} <= set(custody)
    released = [p.release_date for c in cases if (p := c.person_causing_harm).custody_status == "in_custody"]
    assert all(p and 7 <= (p - date.today()).days <= 60 for p in released)
    assert {"referred", "contacted", "active", "declined", "closed"} <= {c.status for c in cases}
    assert all(c.closed_reason for c in cases if c.status == "closed")
    assert {"he/him", "she/her", "they/them"} <= {c.pronouns for c in cases}
    assert any(c.languages == ["Welsh", "English"] for c in cases)
    methods = [m for c in cases for m in c.contact_methods]
    assert any(m.kind == "landline" and not m.safe_to_call for m in methods)
    assert any(m.blackout_windows for m in methods)
    assert any(w.end < w.start for m in methods for w in m.safe_windows), "a window crossing midnight"
    assert any(w.days == ("sat",) for m in methods for w in m.safe_windows)
    assert any(not c.safe_to_visit for c in cases) and any(c.safe_to_visit for c in cases)
    assert len({c.locality for c in cases}) >= 10


def test_the_demo_keeps_its_own_call_protocol(store):
    demo.populate_demo(store)
    methods = {m.id: m for c in _all_cases(store) for m in c.contact_methods}
    rows = store.db.execute("SELECT at, outcome, contact_method_id, override_reason FROM contact_log").fetchall()
    assert rows
    now = datetime.now(UTC)
    for at, outcome, method_id, override in rows:
        assert datetime.fromisoformat(at) < now, "the history is in the past"
        if outcome == "left_message":
            assert methods[method_id].voicemail_allowed
        if method_id and not override:
            method = methods[method_id]
            assert method.safe_to_call
            local = datetime.fromisoformat(at).astimezone(demo.ZoneInfo(store.timezone))
            assert any(demo._inside(w, local.date(), local.time()) for w in method.safe_windows), (at, method)


def test_a_second_populate_adds_a_second_copy(store):
    first = demo.populate_demo(store)
    second = demo.populate_demo(store)
    assert len(second) == len(first) and not set(first) & set(second)
    service = CaseService(store)
    assert service.count() == 2 * len(first)
    assert len(service.search("Ffion", field="name")) == 2
    assert audit.verify_chain(store)


def test_the_demo_shows_contacts_its_log_made_as_done(store):
    """A newcomer's Today is not full of "overdue" contacts the log says were made: each call that reached the
    person completed the contact it was for. What is still overdue had no successful contact since it was due
    (Priya's end-of-programme contact: the last attempt reached someone else)."""
    from safetyworker.services import agenda

    ids = demo.populate_demo(store)
    service = CaseService(store)
    done = 0
    for case_id in ids:
        doc = service.show(case_id)
        successful = [e for e in doc["contact_log"] if e["outcome"] in ("spoke", "visit_done")]
        for contact in doc["planned_contacts"]:
            if contact["status"] == "done":
                assert contact["log_id"] in {e["id"] for e in successful}
                done += 1
            if contact["overdue"]:
                assert not [e for e in successful if e["at"][:10] >= contact["due"]], (doc["preferred_name"], contact)
    assert done >= 5
    overdue = agenda.agenda(store, datetime.now(UTC))["overdue"]
    assert [(o["preferred_name"], o["kind"]) for o in overdue] == [("Priya", "end")]
