"""The demo caseload shows risk: levels in the caseload's Risk column, risk reviews on Today, a high case by
professional judgement with its MARAC referral, and a case whose history chart has two points. Written through
the risk service, as a worker's own assessments are."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from safetyworker import demo
from safetyworker.services import agenda
from safetyworker.services.risk import RiskService

#: The demo cases with no assessment yet (new, declined, closed): their Risk column stays empty.
NOT_ASSESSED = {"Gareth", "Carys", "Robyn", "Hannah", "Sam", "Nia"}


@pytest.fixture
def loaded(store):
    """The demo in a fresh store: (store, case id by preferred name)."""
    ids = demo.populate_demo(store)
    names = [doc["preferred_name"] for doc in demo.demo_cases()]
    return store, dict(zip(names, ids, strict=True))


def test_the_caseload_shows_a_spread_of_risk_levels(loaded):
    store, ids = loaded
    risk = RiskService(store).caseload()  # what the desktop's caseload fills its Risk column from
    level = {name: risk[case_id].level for name, case_id in ids.items() if case_id in risk}
    assert not NOT_ASSESSED & set(level), "several cases have no assessment yet"
    assert level == {
        "Ffion": "standard",
        "Siân": "medium",
        "Alex": "standard",
        "Priya": "standard",
        "Tomasz": "medium",
        "Jade": "high",
        "Eleri": "standard",
        "Dylan": "standard",
    }
    assert risk[ids["Jade"]].refer and risk[ids["Jade"]].level_label == "High"
    assert not any(r.overdue for r in risk.values()), "a newcomer sees no risk review overdue"


def test_today_lists_the_risk_reviews_coming_up(loaded):
    store, ids = loaded
    today = agenda.agenda(store, datetime.now(UTC))
    risk_reviews = {e["preferred_name"]: e["due"] for e in today["reviews"] if e["source"] == "risk"}
    assert set(risk_reviews) == {"Siân", "Tomasz", "Jade"}, risk_reviews
    assert all(date.fromisoformat(due) > date.today() for due in risk_reviews.values())
    assert not [e for e in today["overdue"] if e["source"] == "risk"]
    # the first of Siân's reviews was moved by her second assessment, not left behind overdue
    assert RiskService(store).caseload()[ids["Siân"]].review_due == risk_reviews["Siân"]


def test_the_high_case_is_high_by_judgement_with_a_marac_referral(loaded):
    store, ids = loaded
    service = RiskService(store)
    jade = service.latest(ids["Jade"])
    assert jade is not None and jade.level == "high" and jade.rules_level == "standard"
    assert jade.judgement and jade.judgement["level"] == "high" and "threatened to kill" in jade.judgement["reason"]
    assert jade.refer and jade.assessor == demo.AUTHOR
    assert ("Past use of weapons or threats to kill", "Said he would kill her if she kept the baby from him.") in (
        jade.yes_answers()
    )
    (referral,) = service.referrals(ids["Jade"])
    assert referral.assessment_id == jade.id and referral.consent == "given" and referral.wishes
    assert referral.referred_on < referral.heard_on < date.today().isoformat()


def test_one_case_has_a_history_of_two_and_one_uses_the_example_checklist(loaded):
    store, ids = loaded
    service = RiskService(store)
    history = service.history(ids["Siân"])
    assert [(h["version"], h["level"]) for h in history] == [(1, "standard"), (2, "medium")]
    assert history[0]["assessed_at"] < history[1]["assessed_at"]
    assert service.latest(ids["Siân"]).what_changed
    templates = {name: [a.template for a in service.assessments(case_id)] for name, case_id in ids.items()}
    assert [name for name, used in templates.items() if "example-24" in used] == ["Eleri"]
    assert {t for used in templates.values() for t in used} == {"practice-14", "example-24"}
    eleri = service.latest(ids["Eleri"])
    assert eleri.score == 7 and eleri.level == "standard"


def test_the_demo_assessments_are_audited_like_a_workers(loaded):
    store, _ids = loaded
    added = store.db.execute("SELECT count(*) FROM audit_event WHERE action = 'risk.add'").fetchone()[0]
    assert added == 9
    referrals = store.db.execute("SELECT count(*) FROM audit_event WHERE action = 'risk.referral'").fetchone()[0]
    assert referrals == 1
