"""Risk assessments and checklists in sync bundles: assessments are append-only entries that travel like the
contact log (a laptop sends only its own cases'), the history reads in the order they were done on every side
after two laptops' assessments meet, an office-sent checklist reaches the laptop and can be used there, and an
assessment no form would save is refused at the door."""

from __future__ import annotations

import json

import pytest

from safetyworker.records import tables
from safetyworker.services.risk import RiskService
from safetyworker.services.risk_templates import REFERENCE
from safetyworker.sync import bundles
from safetyworker.sync.authority import BundleRefused
from safetyworker.sync.enrolment import NotAnOffice

from .sync_world import PASSPHRASE, World, cli, store_fingerprint
from .test_sync_authority import crafted, import_refused, without_audit


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash", "Birch"))
    w.register_all()
    yield w
    w.close()


def yes(n: int) -> dict[str, str]:
    return {f"q{i:02d}": ("yes" if i <= n else "no") for i in range(1, 25)}


def history(world: World, where: str, case_id: str) -> list[tuple[int, str, str]]:
    return [(h["score"], h["level"], h["assessed_at"][:10]) for h in RiskService(world.store(where)).history(case_id)]


def test_history_order_across_two_laptops_after_sync(world):
    case_id = world.add_case(preferred_name="Robin")
    world.give(case_id, "Ash")
    RiskService(world.store("Ash")).add(
        case_id,
        {
            "template": "example-24",
            "answers": yes(14),
            "assessed_at": "2026-10-01T10:00:00Z",
            "next_review": "2026-11-01",
        },
    )
    world.sync("Ash")
    # the case moves to Birch, who reviews it; Birch also enters a paper assessment Ash did earlier
    world.give(case_id, "Birch")
    birch = RiskService(world.store("Birch"))
    assert history(world, "Birch", case_id) == [(14, "high", "2026-10-01")], "Ash's assessment came with the case"
    birch.add(case_id, {"template": "example-24", "answers": yes(10), "assessed_at": "2026-11-01T10:00:00Z"})
    birch.add(case_id, {"template": "example-24", "answers": yes(2), "assessed_at": "2026-09-01T10:00:00Z"})
    world.sync("Birch")
    expected = [(2, "standard", "2026-09-01"), (14, "high", "2026-10-01"), (10, "medium", "2026-11-01")]
    assert history(world, "office", case_id) == expected
    assert history(world, "Birch", case_id) == expected
    assert RiskService(world.office).caseload()[case_id].level == "medium", "the latest done is the current one"
    # sent again (the office has not acknowledged it yet): each assessment is still there once
    world.send("Birch")
    world.office_import(world.export("Birch").path)
    assert history(world, "office", case_id) == expected


def test_a_laptop_cannot_add_an_assessment_to_another_workers_case(world, capsys):
    ash_case = world.add_case(preferred_name="Ash's person")
    birch_case = world.add_case(preferred_name="Birch's person")
    world.give(ash_case, "Ash")
    world.give(birch_case, "Birch")
    laptop = world.store("Ash")
    RiskService(laptop).add(ash_case, {"template": "practice-14", "answers": {"separation": "yes"}})
    row = dict(
        zip(
            [d[0] for d in laptop.db.execute("SELECT * FROM risk_assessment").description],
            laptop.db.execute("SELECT * FROM risk_assessment").fetchone(),
            strict=True,
        )
    )
    row.update(id="01JFAKEASSESSMENT00000000000", case_id=birch_case)
    import_refused(
        world, crafted(world, "Ash", [{"t": "risk_assessment", "id": row["id"], "row": row}]), capsys, "not assigned"
    )


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"answers_json": json.dumps({"separation": "maybe"})}, "answers_json"),
        ({"judgement_level": "high", "judgement_reason": ""}, "judgement_reason"),
        ({"score": "many"}, "score"),
    ],
)
def test_an_assessment_no_form_would_save_is_refused_whole(world, capsys, change, says):
    case_id = world.add_case(preferred_name="Robin")
    world.give(case_id, "Ash")
    laptop = world.store("Ash")
    RiskService(laptop).add(case_id, {"template": "practice-14", "answers": {"separation": "yes"}})
    cur = laptop.db.execute("SELECT * FROM risk_assessment")
    row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    row.update(id="01JFAKEASSESSMENT00000000000", **change)
    err = import_refused(
        world, crafted(world, "Ash", [{"t": "risk_assessment", "id": row["id"], "row": row}]), capsys, "no form"
    )
    assert says in err


def test_an_office_checklist_reaches_the_laptop_and_can_be_used_there(world, tmp_path):
    case_id = world.add_case(preferred_name="Robin")
    world.give(case_id, "Ash")
    data = RiskService(world.office).template("example-24").to_json()
    data.update(id="northshire-20", name="Northshire checklist", version=3, questions=data["questions"][:20])
    path = tmp_path / "northshire.json"
    path.write_text(json.dumps(data))
    assert cli("--store", str(world.folder("office")), "risk", "publish", str(path)) == 0
    assert "northshire-20" not in [t.id for t in RiskService(world.store("Ash")).templates()]
    world.deliver("Ash")
    laptop = RiskService(world.store("Ash"))
    used = laptop.template("northshire-20")
    assert (used.version, len(used.questions), used.source) == (3, 20, "office")
    saved = laptop.add(case_id, {"template": "northshire-20", "answers": {"q01": "yes"}})
    assert saved.score == 1
    world.send("Ash")
    assert RiskService(world.office).latest(case_id).template == "northshire-20"


def test_a_laptop_cannot_publish_a_checklist(world, tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps(RiskService(world.office).template("example-24").to_json()))
    with pytest.raises(NotAnOffice):
        RiskService(world.store("Ash")).publish_template(path)


def test_a_broken_checklist_in_an_office_bundle_is_refused_on_the_laptop(world):
    from safetyworker.sync.enrolment import require_office

    case_id = world.add_case(preferred_name="Robin")
    world.give(case_id, "Ash")
    office = world.office
    with office.transaction():
        tables.insert(office, REFERENCE, {"body": json.dumps({"id": "broken"}), "checked": ""}, record_id="risk:broken")
    require_office(office)
    path = world.export_to("Ash").path
    laptop = world.store("Ash")
    before = store_fingerprint(laptop)
    with pytest.raises(BundleRefused, match="no form accepts"):
        bundles.import_bundle(laptop, path)
    assert without_audit(store_fingerprint(laptop)) == without_audit(before)


def test_a_referral_and_its_marac_date_reach_the_office_and_count_there(world):
    case_id = world.add_case(preferred_name="Robin")
    world.give(case_id, "Ash")
    laptop = RiskService(world.store("Ash"))
    referral = laptop.refer(case_id, {"marac": "Northshire MARAC", "consent": "given", "referred_on": "2026-10-01"})
    world.sync("Ash")
    laptop.heard(case_id, referral.id, "2026-10-20")
    world.send("Ash")
    office = RiskService(world.office)
    assert [(r.marac, r.consent, r.heard_on) for r in office.referrals(case_id)] == [
        ("Northshire MARAC", "given", "2026-10-20")
    ]
    again = office.add(
        case_id, {"template": "practice-14", "answers": {}, "new_incident": True, "assessed_at": "2026-12-01"}
    )
    assert again.repeat, "heard at the MARAC seven weeks ago, and a new incident: a repeat referral"
