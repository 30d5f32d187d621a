"""Risk checklists, scoring and assessments, as a worker depends on them: every threshold edge gives the right
level, judgement raises and never lowers and always has a reason, a case heard at MARAC with a new incident is a
repeat referral whatever the score, a bad checklist is refused naming the field, and an assessment is
append-only, audited without content, plans its review on Today and is fulfilled by a successful contact."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safetyworker.errors import InvalidInput
from safetyworker.risk import scoring
from safetyworker.risk.templates import ANSWERS, RiskTemplate, load_templates
from safetyworker.services import agenda
from safetyworker.services.cases import CaseService
from safetyworker.services.risk import RiskService

TEMPLATES = load_templates()
PRACTICE = TEMPLATES["practice-14"]
EXAMPLE = TEMPLATES["example-24"]


def yes(template: RiskTemplate, n: int) -> dict[str, str]:
    ids = template.question_ids()
    return {q: ("yes" if i < n else "no") for i, q in enumerate(ids)}


# -- the shipped checklists --------------------------------------------------------------------------------


def test_the_shipped_checklists_are_the_guidance_14_and_a_fictional_24():
    assert next(iter(TEMPLATES)) == "practice-14", "the default is offered first"
    assert len(PRACTICE.questions) == 14
    assert [(lvl.name, lvl.min_score) for lvl in PRACTICE.levels] == [
        ("standard", 0),
        ("medium", None),
        ("high", None),
    ]
    texts = " ".join(q.text for q in PRACTICE.questions).lower()
    for factor in ("separation", "pregnant", "weapons", "escalation", "breach", "minimisation", "condone"):
        assert factor in texts
    assert len(EXAMPLE.questions) == 24 and "fictional" in EXAMPLE.name
    assert [(lvl.name, lvl.min_score) for lvl in EXAMPLE.levels] == [("standard", 0), ("medium", 10), ("high", 14)]


# -- scoring at every threshold edge -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ticks", "level"),
    [(0, "standard"), (9, "standard"), (10, "medium"), (13, "medium"), (14, "high"), (24, "high")],
)
def test_the_example_levels_at_each_edge(ticks, level):
    answers = yes(EXAMPLE, ticks)
    assert scoring.score(EXAMPLE, answers) == ticks
    result = scoring.outcome(EXAMPLE, answers)
    assert result.level == level
    assert result.refer is (level == "high")


def test_only_yes_counts_dont_know_and_not_asked_do_not():
    answers = dict.fromkeys(EXAMPLE.question_ids(), "dont_know")
    answers["q01"] = "yes"
    answers["q02"] = "not_asked"
    assert scoring.score(EXAMPLE, answers) == 1


def test_the_guidance_checklist_never_reaches_medium_by_score_alone():
    assert scoring.outcome(PRACTICE, yes(PRACTICE, 14)).level == "standard"


def test_an_area_that_refers_at_17_refers_at_17_not_16():
    data = EXAMPLE.to_json()
    data["refer_from_score"] = 17
    data["levels"][2]["refer"] = False
    t = RiskTemplate.from_json(data)
    assert not scoring.outcome(t, yes(t, 16)).refer
    assert scoring.outcome(t, yes(t, 17)).refer


@given(st.lists(st.sampled_from(ANSWERS), min_size=24, max_size=24))
def test_the_level_never_falls_as_more_answers_turn_yes(words):
    answers = dict(zip(EXAMPLE.question_ids(), words, strict=True))
    before = EXAMPLE.rank(scoring.outcome(EXAMPLE, answers).level)
    for qid in EXAMPLE.question_ids():
        answers[qid] = "yes"
        now = EXAMPLE.rank(scoring.outcome(EXAMPLE, answers).level)
        assert now >= before
        before = now


# -- professional judgement ----------------------------------------------------------------------------------


def test_judgement_raises_the_level_with_a_reason():
    answers = yes(PRACTICE, 3)
    j = scoring.check_judgement(PRACTICE, {"level": "high", "reason": "threats to kill last week"}, "standard")
    result = scoring.outcome(PRACTICE, answers, j)
    assert (result.rules_level, result.level, result.refer) == ("standard", "high", True)


def test_judgement_never_lowers_the_level():
    with pytest.raises(InvalidInput) as err:
        scoring.check_judgement(EXAMPLE, {"level": "medium", "reason": "seems calmer"}, "high")
    assert err.value.field == "judgement.level" and "never lower" in err.value.problem


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_judgement_always_needs_a_reason(reason):
    with pytest.raises(InvalidInput) as err:
        scoring.check_judgement(PRACTICE, {"level": "high", "reason": reason}, "standard")
    assert err.value.field == "judgement.reason"


def test_a_judgement_level_the_checklist_does_not_have_is_refused():
    with pytest.raises(InvalidInput) as err:
        scoring.check_judgement(PRACTICE, {"level": "severe", "reason": "x"}, "standard")
    assert err.value.field == "judgement.level"


# -- repeat referral -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heard", "incident", "repeat"),
    [
        (date(2026, 1, 7), True, True),  # 11 months back
        (date(2025, 12, 7), True, True),  # exactly 12 months back: still within
        (date(2025, 12, 6), True, False),  # a day more than 12 months
        (date(2026, 6, 1), False, False),  # heard, but no new incident
    ],
)
def test_a_case_heard_at_marac_with_a_new_incident_is_a_repeat_referral_whatever_the_score(heard, incident, repeat):
    result = scoring.outcome(EXAMPLE, yes(EXAMPLE, 0), heard_on=[heard], new_incident=incident, on=date(2026, 12, 7))
    assert result.repeat is repeat
    assert result.refer is repeat
    assert result.level == "standard", "the level stays what the answers give; the referral is what changes"


# -- checklist validation --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.pop("id"), "id"),
        (lambda d: d.update(id="Bad Id"), "id"),
        (lambda d: d.pop("version"), "version"),
        (lambda d: d.update(questions=[]), "questions"),
        (lambda d: d["questions"].append(dict(d["questions"][0])), "questions[24].id"),
        (lambda d: d["questions"][0].pop("text"), "questions[0].text"),
        (lambda d: d.update(points={"maybe": 1}), "points.maybe"),
        (lambda d: d.update(points={"yes": "one"}), "points.yes"),
        (lambda d: d["levels"][0].update(min_score=1), "levels[0].min_score"),
        (lambda d: d["levels"][2].update(min_score=9), "levels[2].min_score"),
        (lambda d: d["levels"][1].update(name="standard"), "levels[1].name"),
        (lambda d: d.update(levels=[]), "levels"),
        (lambda d: d.update(colour="red"), "colour"),
        (lambda d: d.update(format=2), "format"),
    ],
)
def test_a_bad_checklist_is_refused_naming_the_field(change, field):
    data = copy.deepcopy(EXAMPLE.to_json())
    change(data)
    with pytest.raises(InvalidInput) as err:
        RiskTemplate.from_json(data)
    assert err.value.field == field


def test_an_organisations_own_checklist_in_the_store_folder_is_offered(store):
    folder = store.folder / "risk"
    folder.mkdir()
    data = EXAMPLE.to_json()
    data.update(id="our-own", name="Our checklist")
    (folder / "ours.json").write_text(json.dumps(data))
    ids = [t.id for t in RiskService(store).templates()]
    assert ids[0] == "practice-14" and "our-own" in ids


# -- assessments in the store --------------------------------------------------------------------------------


@pytest.fixture
def case_id(store):
    return CaseService(store).add(
        {"preferred_name": "Siân", "person_causing_harm": {"name": "Liam Hardy", "custody_status": "in_custody"}}
    )[0]


def audit(store, prefix="risk."):
    return store.db.execute(
        "SELECT action, target_id, detail FROM audit_event WHERE action LIKE ? ORDER BY seq", (prefix + "%",)
    ).fetchall()


def test_add_then_read_back_every_field(store, case_id):
    service = RiskService(store)
    saved = service.add(
        case_id,
        {
            "template": "example-24",
            "answers": yes(EXAMPLE, 12),
            "notes": {"q01": "moves between friends' houses"},
            "seen_alone": True,
            "judgement": {"level": "high", "reason": "threats to the children this week"},
            "next_review": "2030-01-15",
            "assessed_at": "2026-12-01T10:00:00Z",
            "what_changed": "He found out where she works",
        },
        assessor="Jo",
    )
    assert (saved.score, saved.rules_level, saved.level, saved.refer) == (12, "medium", "high", True)
    shown = service.show(case_id)
    assert shown.notes == {"q01": "moves between friends' houses"}
    assert shown.answers["q13"] == "no" and shown.seen_alone is True and shown.assessor == "Jo"
    assert shown.judgement == {"level": "high", "reason": "threats to the children this week"}
    assert shown.what_changed == "He found out where she works" and shown.next_review == "2030-01-15"
    assert shown.template_version == 1 and shown.questions[0]["text"].startswith("Has the person")


def test_bad_input_saves_nothing(store, case_id):
    service = RiskService(store)
    bad = [
        ({"template": "nope", "answers": {}}, "template"),
        ({"template": "example-24"}, "answers"),
        ({"template": "example-24", "answers": {"q99": "yes"}}, "answers.q99"),
        ({"template": "example-24", "answers": {"q01": "maybe"}}, "answers.q01"),
        ({"template": "example-24", "answers": {}, "judgement": {"level": "high"}}, "judgement.reason"),
        (
            {"template": "example-24", "answers": yes(EXAMPLE, 14), "judgement": {"level": "medium", "reason": "x"}},
            "judgement.level",
        ),
        ({"template": "example-24", "answers": {}, "next_review": "15/01/2030"}, "next_review"),
        ({"template": "example-24", "answers": {}, "seen_alone": "yes"}, "seen_alone"),
        ({"template": "example-24", "answers": {}, "assessed_at": "2099-01-01T00:00:00Z"}, "assessed_at"),
        ({"template": "example-24", "answers": {}, "colour": "red"}, "colour"),
    ]
    for data, field in bad:
        with pytest.raises(InvalidInput) as err:
            service.add(case_id, data)
        assert err.value.field == field, data
    assert service.assessments(case_id) == []
    assert store.db.execute("SELECT count(*) FROM planned_contact").fetchone()[0] == 0
    assert audit(store) == []


def test_assessments_are_append_only_and_a_correction_names_the_one_it_corrects(store, case_id):
    service = RiskService(store)
    first = service.add(case_id, {"template": "practice-14", "answers": {"separation": "yes"}})
    second = service.add(case_id, {"template": "practice-14", "answers": {"separation": "no"}, "corrects": first.id})
    assert [a.id for a in service.assessments(case_id)] == [first.id, second.id]
    assert service.latest(case_id).corrects == first.id
    with pytest.raises(Exception, match="append-only"), store.transaction() as db:
        db.execute("UPDATE risk_assessment SET score = 0")
    with pytest.raises(InvalidInput) as err:
        service.add(case_id, {"template": "practice-14", "answers": {}, "corrects": "01NOTANASSESSMENT"})
    assert err.value.field == "corrects"


def test_adding_and_viewing_are_audited_without_content(store, case_id):
    service = RiskService(store)
    saved = service.add(
        case_id,
        {"template": "practice-14", "answers": {"pregnancy": "yes"}, "notes": {"pregnancy": "due in March"}},
    )
    service.show(case_id)
    rows = audit(store)
    assert rows == [("risk.add", case_id, saved.id), ("risk.view", case_id, saved.id)]
    trail = json.dumps(store.db.execute("SELECT * FROM audit_event").fetchall())
    assert "March" not in trail and "pregnancy" not in trail


def test_history_is_in_the_order_the_assessments_were_done(store, case_id):
    service = RiskService(store)
    service.add(case_id, {"template": "example-24", "answers": yes(EXAMPLE, 14), "assessed_at": "2026-11-01"})
    service.add(case_id, {"template": "example-24", "answers": yes(EXAMPLE, 3), "assessed_at": "2026-09-01"})
    history = service.history(case_id)
    assert [(h["score"], h["level"]) for h in history] == [(3, "standard"), (14, "high")]
    assert service.caseload()[case_id].level == "high", "the current level is the latest done"


def test_adding_one_typed_in_from_paper_answers_with_that_one_not_the_latest(store, case_id):
    # `risk add --json` prints what add returns: it must be the assessment just saved, even when a later one exists
    service = RiskService(store)
    later = service.add(case_id, {"template": "example-24", "answers": yes(EXAMPLE, 14), "assessed_at": "2026-11-01"})
    paper = service.add(case_id, {"template": "example-24", "answers": yes(EXAMPLE, 3), "assessed_at": "2026-09-01"})
    assert paper.id != later.id
    assert (paper.score, paper.level, paper.version) == (3, "standard", 1)


def test_the_review_date_is_on_today_and_a_successful_contact_takes_it_off(store, case_id):
    service = RiskService(store)
    service.add(case_id, {"template": "practice-14", "answers": {}, "next_review": "2026-12-07"})
    at = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    reviews = agenda.agenda(store, at)["reviews"]
    assert [(r["case_id"], r["kind"], r["source"], r["due"]) for r in reviews] == [
        (case_id, "review", "risk", "2026-12-07")
    ]
    assert service.caseload(date(2026, 12, 7))[case_id].overdue
    CaseService(store).append_log(case_id, channel="visit", outcome="visit_done", at=at)
    assert agenda.agenda(store, at)["reviews"] == []


def test_a_new_review_date_moves_the_review_not_adds_one(store, case_id):
    service = RiskService(store)
    service.add(case_id, {"template": "practice-14", "answers": {}, "next_review": "2030-01-15"})
    service.add(case_id, {"template": "practice-14", "answers": {}, "next_review": "2030-02-15"})
    due = store.db.execute(
        "SELECT due_date FROM planned_contact WHERE source = 'risk' AND deleted_hlc IS NULL AND status = 'planned'"
    ).fetchall()
    assert due == [("2030-02-15",)]


def test_something_changed_prompts_a_review(store, case_id):
    service = RiskService(store)
    cases = CaseService(store)
    service.add(case_id, {"template": "practice-14", "answers": {}})
    assert service.review_prompt(case_id) is None
    cases.update(case_id, {"person_causing_harm": {"name": "Liam Hardy", "release_date": "2027-03-03"}})
    assert "release" in service.review_prompt(case_id)
    service.add(case_id, {"template": "practice-14", "answers": {}})
    assert service.review_prompt(case_id) is None, "a new assessment answers the prompt"
    cases.append_log(case_id, channel="visit", outcome="visit_done", incident=True)
    assert "incident" in service.review_prompt(case_id)


def test_a_programme_breach_prompts_a_review(store, case_id):
    service = RiskService(store)
    service.add(case_id, {"template": "practice-14", "answers": {}})
    CaseService(store).update(
        case_id,
        {
            "person_causing_harm": {
                "name": "Liam Hardy",
                "programme": {"name": "Building Choices", "status": "breached"},
            }
        },
    )
    assert "breached" in service.review_prompt(case_id)


def test_a_referral_is_recorded_and_a_heard_case_is_flagged_for_repeat_referral(store, case_id):
    service = RiskService(store)
    with pytest.raises(InvalidInput) as err:
        service.refer(case_id, {"marac": "Northshire MARAC", "consent": "refused"})
    assert err.value.field == "consent_reason"
    referral = service.refer(
        case_id,
        {"marac": "Northshire MARAC", "consent": "refused", "consent_reason": "children at risk", "wishes": "to stay"},
    )
    service.heard(case_id, referral.id, "2026-10-01")
    again = service.add(
        case_id, {"template": "example-24", "answers": {}, "new_incident": True, "assessed_at": "2026-12-01"}
    )
    assert again.repeat and again.refer and again.level == "standard"
    assert [a[0] for a in audit(store)] == ["risk.referral", "risk.heard", "risk.add"]


def test_a_closed_case_takes_no_new_assessment(store, case_id):
    CaseService(store).close(case_id, "moved away")
    with pytest.raises(InvalidInput) as err:
        RiskService(store).add(case_id, {"template": "practice-14", "answers": {}})
    assert err.value.field == "status"


@pytest.mark.slow
def test_killed_while_adding_assessments_each_is_whole(tmp_path):
    """kill -9 at random moments: each assessment comes with its review contact and audit event, or none of them."""
    import os
    import random
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    import keyring
    from keyring.backends import fail

    from safetyworker.store import audit as audit_trail
    from safetyworker.store.vault import Store

    keyring.set_keyring(fail.Keyring())  # the child cannot see the in-memory keyring: both use the file
    worker = Path(__file__).with_name("risk_fault_worker.py")
    passphrase = "first passphrase here"
    folder = tmp_path / "store"
    with Store.create(folder, passphrase) as store:
        case_id = CaseService(store).add({"preferred_name": "Kept whole"})[0]
    rng = random.Random(20261207)
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    committed = 0
    for _trial in range(6):
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
            found = RiskService(store).assessments(case_id)
            assert committed <= len(found) <= committed + 1, "a commit may land just before its line is printed"
            committed = len(found)
            adds = db.execute("SELECT count(*) FROM audit_event WHERE action = 'risk.add'").fetchone()[0]
            assert adds == len(found)
            live = db.execute(
                "SELECT due_date FROM planned_contact WHERE source = 'risk' AND deleted_hlc IS NULL"
            ).fetchall()
            assert live == [(found[-1].next_review,)]
            assert audit_trail.verify_chain(store)
    assert committed > 6


def test_a_broken_checklist_file_in_the_store_folder_never_stops_reading(store, case_id):
    # a mistyped organisation checklist stopped the desktop opening after unlock (the caseload's risk column
    # read every checklist); reading carries on without it, while adding still names the file and saves nothing
    service = RiskService(store)
    service.add(case_id, {"template": "example-24", "answers": yes(EXAMPLE, 14)})
    folder = store.folder / "risk"
    folder.mkdir()
    data = EXAMPLE.to_json()
    data.update(id="ours", name="Ours")
    data["levels"][2]["min_score"] = 5
    (folder / "ours.json").write_text(json.dumps(data))
    assert service.caseload()[case_id].level_label == "High"
    assert service.latest(case_id).refer and service.history(case_id)[0]["level"] == "high"
    readable, problems = service.readable_templates()
    assert "ours" not in readable and "example-24" in readable
    assert [p.field for p in problems] == ["ours.json.levels[2].min_score"]
    with pytest.raises(InvalidInput) as err:
        service.add(case_id, {"template": "example-24", "answers": {}})
    assert err.value.field == "ours.json.levels[2].min_score"
    assert len(service.assessments(case_id)) == 1


def test_a_referral_with_no_date_is_made_on_the_stores_today_on_a_utc_laptop(store, case_id, utc_laptop_after_midnight):
    """At 00:30 in a London summer a laptop set to UTC is still on yesterday: the referral is made today."""
    referral = RiskService(store).refer(case_id, {"marac": "Northshire MARAC", "consent": "given"})
    assert referral.referred_on == "2027-07-06"
