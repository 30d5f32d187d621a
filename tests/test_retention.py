"""Retention (issue 16): the office erases cases closed longer than its schedule keeps them, with the tombstones
the sync already uses, so no old bundle brings anything back; a laptop takes closed cases off once the office
holds them; the schedule is set at the office and reaches every laptop; a dry run changes nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from safetyworker.services import retention
from safetyworker.services.cases import CaseService
from safetyworker.sync import stored_check

from .sync_world import PASSPHRASE, World, cli, store_fingerprint

NAME = "Quillon Retentiva"  # a canary: never in the audit trail


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    yield w
    w.close()


def closed_years_ago(world: World, where: str, years: int, **fields: object) -> str:
    """A case closed ``years`` (and a day) ago."""
    store = world.store(where)
    case_id = world.add_case(where, preferred_name=NAME, **fields)
    CaseService(store).close(case_id, "moved away")
    when = datetime.now(UTC) - timedelta(days=365 * years + 2 + years // 4)
    with store.transaction():
        store.db.execute(
            "UPDATE case_record SET closed_at = ? WHERE id = ?", (when.isoformat(timespec="seconds"), case_id)
        )
    return case_id


def rows_about(world: World, where: str, case_id: str) -> int:
    db = world.store(where).db
    return sum(
        db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (case_id,)).fetchone()[0]
        for table, column in (
            ("case_record", "id"),
            ("contact_method", "case_id"),
            ("contact_log", "case_id"),
            ("case_note", "case_id"),
            ("child", "case_id"),
        )
    )


def test_the_office_erases_cases_closed_longer_than_the_schedule_and_keeps_the_rest(world, capsys):
    old = closed_years_ago(world, "office", 7, children=[{"name": "Kit", "age": 4}])
    CaseService(world.office).append_note(old, "a note")
    recent = closed_years_ago(world, "office", 5)
    open_case = world.add_case("office")

    assert cli("--store", str(world.folder("office")), "retention", "run", "--dry-run", "--json") == 0
    dry = json.loads(capsys.readouterr().out)
    assert [r["case_id"] for r in dry["removed"]] == [old]
    assert dry["removed"][0]["reason"] == "closed_for_years"
    assert dry["totals"] == {"case_record": 1, "contact_method": 1, "child": 1, "case_note": 1}
    assert rows_about(world, "office", old) == 4, "a dry run changes nothing"

    assert cli("--store", str(world.folder("office")), "retention", "run") == 0
    out = capsys.readouterr().out
    assert old in out and "cases: 1" in out and NAME not in out
    assert rows_about(world, "office", old) == 0
    assert rows_about(world, "office", recent) > 0 and rows_about(world, "office", open_case) > 0
    audit = world.office.db.execute("SELECT action, target_id, detail FROM audit_event").fetchall()
    assert ("retention.erase", old, "closed_for_years") in audit
    assert any(a == "retention.run" and d.startswith("run,cases=1") for a, _t, d in audit)
    assert not any(NAME in " ".join(row) for row in audit), "no names in the audit trail"


def test_an_old_bundle_brings_nothing_back_after_the_erase(world):
    case_id = world.add_case("office", preferred_name=NAME)
    world.give(case_id, "Ash")
    world.edit("Ash", case_id, locality="Vale")
    CaseService(world.laptops["Ash"]).append_log(case_id, channel="in_person", outcome="spoke")
    old_bundle = world.export("Ash").path  # made before the erase, carried late
    CaseService(world.office).close(case_id, "support ended")
    report = retention.run(world.office, dry_run=False, today=date.today() + timedelta(days=365 * 7))
    assert [r.case_id for r in report.removed] == [case_id]
    assert rows_about(world, "office", case_id) == 0

    late = world.office_import(old_bundle)
    assert late.dropped_erased >= 2
    assert rows_about(world, "office", case_id) == 0, "nothing returns"
    world.deliver("Ash")
    assert rows_about(world, "Ash", case_id) == 0, "the erasure reaches the laptop"
    world.send("Ash")
    assert rows_about(world, "office", case_id) == 0


def test_the_laptop_takes_off_closed_cases_only_once_the_office_holds_them(world, capsys):
    case_id = world.add_case("office")
    world.give(case_id, "Ash")
    CaseService(world.laptops["Ash"]).close(case_id, "support ended")
    assert cli("--store", str(world.folder("Ash")), "retention", "run", "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["rule"] == "laptop" and doc["removed"] == []
    assert [(w["case_id"], w["reason"]) for w in doc["waiting"]] == [(case_id, "closed_waiting_for_office")]
    assert rows_about(world, "Ash", case_id) > 0, "never before the office has the closure"
    world.send("Ash")
    world.deliver("Ash")  # the office's answer acknowledges it, and the laptop takes it off (as before)
    assert rows_about(world, "Ash", case_id) == 0
    assert rows_about(world, "office", case_id) > 0, "the office keeps it until its own schedule says"


def test_the_office_sets_the_schedule_and_every_laptop_gets_it(world, capsys):
    office, ash = str(world.folder("office")), str(world.folder("Ash"))
    assert cli("--store", office, "settings", "set", "retention_years", "3") == 0
    assert "retention_years is now 3" in capsys.readouterr().out
    assert cli("--store", office, "settings", "show", "--json") == 0
    assert json.loads(capsys.readouterr().out)["retention_years"] == 3
    assert retention.schedule(world.laptops["Ash"]) == retention.Schedule(6, "default")
    world.deliver("Ash")
    assert retention.schedule(world.laptops["Ash"]) == retention.Schedule(3, "office")
    assert cli("--store", ash, "retention", "show") == 0
    assert "office holds every change" in capsys.readouterr().out

    recent = closed_years_ago(world, "office", 4)
    report = retention.run(world.office, dry_run=True)
    assert [r.case_id for r in report.removed] == [recent], "the office's own schedule is the one applied"


@pytest.mark.parametrize("value", ["0", "101", "six", "-3", "2.5", ""])
def test_a_bad_number_of_years_is_refused_and_nothing_changes(world, capsys, value):
    before = store_fingerprint(world.office)
    assert cli("--store", str(world.folder("office")), "settings", "set", "retention_years", value) == 2
    err = capsys.readouterr().err
    assert "retention_years" in err and "Traceback" not in err
    assert store_fingerprint(world.office) == before


def test_only_the_office_sets_the_schedule(world, capsys):
    before = store_fingerprint(world.laptops["Ash"])
    assert cli("--store", str(world.folder("Ash")), "settings", "set", "retention_years", "1") != 0
    assert "office" in capsys.readouterr().err
    assert store_fingerprint(world.laptops["Ash"]) == before


def test_a_schedule_no_form_accepts_is_refused_on_the_way_in():
    for years in (0, "six", 101, None, True):
        body = json.dumps({"retention_years": years})
        assert stored_check.problem_with("reference_data", "settings", {"id": "settings", "body": body})
    for body in ("[]", "not json"):
        assert stored_check.problem_with("reference_data", "settings", {"id": "settings", "body": body})
    ok = json.dumps({"retention_years": 6})
    assert stored_check.problem_with("reference_data", "settings", {"id": "settings", "body": ok}) is None


def test_a_laptops_bundle_cannot_carry_a_schedule(world):
    from safetyworker.records import org_settings, tables

    laptop = world.laptops["Ash"]
    with laptop.transaction():
        tables.insert(laptop, org_settings.REFERENCE, {"body": '{"retention_years": 1}', "checked": ""}, "settings")
    before = store_fingerprint(world.office)
    with pytest.raises(Exception, match="reference data comes only from the office"):
        world.send("Ash")
    after = store_fingerprint(world.office)
    assert {k: v for k, v in after.items() if k != "audit_event"} == {
        k: v for k, v in before.items() if k != "audit_event"
    }
    assert retention.schedule(world.office).source == "default"


def test_the_desktop_run_happens_once_a_day(world):
    closed_years_ago(world, "office", 8)
    today = date.today()
    first = retention.run_if_due(world.office, today)
    assert first is not None and len(first.removed) == 1
    assert retention.run_if_due(world.office, today) is None
    tomorrow = retention.run_if_due(world.office, today + timedelta(days=1))
    assert tomorrow is not None and tomorrow.removed == []


def test_the_desktop_run_and_the_note_of_its_day_land_together(world, monkeypatch):
    """A failure (a crash) as the day of the run is noted undoes the run too: the next unlock runs it once, and
    the audit trail says it ran once, not a run that erased and a second that found nothing."""
    old = closed_years_ago(world, "office", 8)
    db = world.office.db
    real_execute = db.execute

    def failing(sql, params=()):
        if sql.lstrip().startswith("INSERT") and retention.LAST_RUN_KEY in params:
            raise OSError("disk full")
        return real_execute(sql, params)

    monkeypatch.setattr(db, "execute", failing)
    with pytest.raises(OSError):
        retention.run_if_due(world.office, date.today())
    monkeypatch.setattr(db, "execute", real_execute)
    assert rows_about(world, "office", old) > 0, "nothing was erased"
    assert world.office.meta(retention.LAST_RUN_KEY) is None
    report = retention.run_if_due(world.office, date.today())
    assert report is not None and [r.case_id for r in report.removed] == [old]
    assert rows_about(world, "office", old) == 0
    runs = db.execute("SELECT count(*) FROM audit_event WHERE action = 'retention.run'").fetchone()[0]
    assert runs == 1
