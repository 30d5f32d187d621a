"""Probation's updates at the office, and telling the person: the office imports probation's file (matched by
reference, all or nothing, nothing guessed), each change the victim-survivor must hear of becomes one ``inform``
contact, and it reaches the worker's laptop in the next bundle, made once whichever side noticed it."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from safetyworker.errors import InvalidInput
from safetyworker.records import org_settings, tables
from safetyworker.records.case_rows import PERSON
from safetyworker.services.cases import CaseService
from safetyworker.services.probation import UpdatesRefused, import_updates
from safetyworker.sync.authority import BundleRefused
from safetyworker.sync.enrolment import NotAnOffice
from safetyworker.timetable import inform, planner, working_days

from .sync_world import PASSPHRASE, World, cli, store_fingerprint

THIS_YEAR = date.today().year
RELEASE = date(THIS_YEAR + 1, 3, 3)
LONDON = ZoneInfo("Europe/London")  # the stores' time zone: their "today" is London's


@pytest.fixture
def today() -> date:
    """London's date, the same all through the test. Not the machine's date (UTC on CI: a day behind London from
    midnight to 01:00 in summer) and not one taken when the module was imported (a run started at 23:58 met the
    next day in these tests). A test starting in the last minute before midnight waits for it, so the store and
    the test never see two different days."""
    now = datetime.now(LONDON)
    left = (datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), LONDON) - now).total_seconds()
    if left < 60:
        time.sleep(left + 1)
    return datetime.now(LONDON).date()


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    yield w
    w.close()


def person(reference: str = "PR/1001", **fields) -> dict:
    return {"name": "Rob Example", "reference": reference, "custody_status": "in_custody", **fields}


def informs(store, case_id: str) -> list[dict]:
    return [c for c in planner.planned_contacts(store, case_id) if c["kind"] == "inform"]


def csv_bytes(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def test_the_office_file_reaches_the_laptops_today_as_tell_them_released(world, tmp_path, capsys, today):
    case_id = world.add_case(person_causing_harm=person())
    world.give(case_id, "Ash")
    path = tmp_path / "updates.csv"
    path.write_bytes(csv_bytes("reference,release_date,custody_status", f"pr/1001 ,{RELEASE.isoformat()},"))
    office = str(world.folder("office"))

    assert cli("--store", office, "office", "import-updates", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "release_date: (none) -> " + RELEASE.isoformat() in out and "Dry run" in out
    assert informs(world.office, case_id) == []

    assert cli("--store", office, "--json", "office", "import-updates", str(path)) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["applied"] and report["inform_contacts"] == 1
    (made,) = informs(world.office, case_id)
    assert made["note"] == "tell them: released on 3 March"
    world.deliver("Ash")
    laptop = world.store("Ash")
    (seen,) = informs(laptop, case_id)
    assert seen["id"] == made["id"] and seen["note"] == made["note"]
    due = date.fromisoformat(seen["due"])
    assert due == working_days.add_working_days(today, 2, "england_wales")
    assert CaseService(laptop).show(case_id)["person_causing_harm"]["release_date"] == RELEASE.isoformat()

    # Made once: the file again changes nothing, and the laptop's next bundle brings no second contact.
    assert cli("--store", office, "office", "import-updates", str(path)) == 0
    capsys.readouterr()
    world.sync("Ash")
    world.deliver("Ash")
    assert len(informs(world.office, case_id)) == 1 and len(informs(laptop, case_id)) == 1


def test_a_change_typed_on_the_laptop_is_told_once_on_both_sides(world):
    case_id = world.add_case(person_causing_harm=person(programme={"name": "idap", "status": "started"}))
    world.give(case_id, "Ash")
    world.edit("Ash", case_id, person_causing_harm={"programme": {"name": "idap", "status": "dropped_out"}})
    (made,) = informs(world.store("Ash"), case_id)
    assert made["note"] == "tell them: left the programme"
    world.sync("Ash")
    world.deliver("Ash")
    assert [c["id"] for c in informs(world.office, case_id)] == [made["id"]]
    assert len(informs(world.store("Ash"), case_id)) == 1


@pytest.mark.parametrize(
    ("change", "note"),
    [
        ({"release_date": RELEASE.isoformat()}, "tell them: released on 3 March"),
        ({"custody_status": "on_licence"}, "tell them: now on licence in the community"),
        ({"custody_status": "community"}, "tell them: now in the community"),
        ({"programme": {"name": "idap", "status": "completed"}}, "tell them: completed the programme"),
        ({"programme": {"name": "idap", "status": "dropped_out"}}, "tell them: left the programme"),
        (
            {"programme": {"name": "idap", "status": "breached", "breach_date": f"{THIS_YEAR}-01-05"}},
            "tell them: breached the programme on 5 January",
        ),
    ],
)
def test_every_trigger_makes_one_inform_contact(store, change, note):
    (case_id,) = CaseService(store).add(
        {"preferred_name": "Sam", "person_causing_harm": person(programme={"name": "idap", "status": "started"})}
    )
    assert informs(store, case_id) == []
    CaseService(store).update(case_id, {"person_causing_harm": change})
    CaseService(store).update(case_id, {"person_causing_harm": change})  # the same again: no change, nothing new
    assert [c["note"] for c in informs(store, case_id)] == [note]


def test_a_new_case_and_an_unchanged_field_tell_nothing_and_a_moved_date_tells_again(store):
    (case_id,) = CaseService(store).add(
        {"preferred_name": "Sam", "person_causing_harm": person(release_date=RELEASE.isoformat())}
    )
    CaseService(store).update(case_id, {"person_causing_harm": {"licence_conditions": "No contact"}})
    assert informs(store, case_id) == []
    later = RELEASE + timedelta(days=7)
    CaseService(store).update(case_id, {"person_causing_harm": {"release_date": later.isoformat()}})
    assert [c["note"] for c in informs(store, case_id)] == [f"tell them: released on {later.day} March"]


def test_a_release_brought_forward_inside_the_notice_window_is_due_at_once(store, today):
    (case_id,) = CaseService(store).add(
        {"preferred_name": "Sam", "person_causing_harm": person(release_date=(today + timedelta(days=60)).isoformat())}
    )
    soon = today + timedelta(days=5)
    CaseService(store).update(case_id, {"person_causing_harm": {"release_date": soon.isoformat()}})
    (made,) = informs(store, case_id)
    assert made["due"] == today.isoformat()
    release = [
        c for c in planner.planned_contacts(store, case_id) if c["kind"] == "release" and c["status"] == "planned"
    ]
    assert len(release) == 1  # the usual release contact stays, for the new date


def test_sessions_stopping_is_told_once(store, today):
    start = today - timedelta(weeks=10)
    (case_id,) = CaseService(store).add(
        {
            "preferred_name": "Sam",
            "person_causing_harm": person(
                programme={"name": "idap", "status": "started", "start_date": start.isoformat(), "sessions_attended": 3}
            ),
        }
    )
    (person_id,) = [r[0] for r in store.db.execute("SELECT id FROM person_causing_harm")]
    with store.transaction():
        assert inform.after_change(store, person_id, inform.facts(store, person_id), today + timedelta(weeks=3)) == []
        (made,) = inform.after_change(store, person_id, inform.facts(store, person_id), today + timedelta(weeks=4))
        assert inform.after_change(store, person_id, inform.facts(store, person_id), today + timedelta(weeks=5)) == []
    (row,) = informs(store, case_id)
    assert row["id"] == made and row["note"].startswith("tell them: no programme session recorded since ")


def test_the_working_days_setting_is_set_at_the_office_and_followed_on_the_laptop(world, capsys, today):
    assert cli("--store", str(world.folder("office")), "settings", "set", "inform_working_days", "5") == 0
    assert cli("--store", str(world.folder("Ash")), "settings", "set", "inform_working_days", "1") != 0
    capsys.readouterr()
    case_id = world.add_case(person_causing_harm=person())
    world.give(case_id, "Ash")
    assert org_settings.number(world.store("Ash"), org_settings.INFORM_WORKING_DAYS) == 5
    world.edit("Ash", case_id, person_causing_harm={"custody_status": "community"})
    (made,) = informs(world.store("Ash"), case_id)
    assert made["due"] == working_days.add_working_days(today, 5).isoformat()


# -- the updates file: all or nothing, nothing guessed ------------------------------------------------------


def test_unmatched_ambiguous_and_malformed_rows_refuse_the_whole_file(world, tmp_path, capsys):
    one = world.add_case(person_causing_harm=person("PR/1"))
    world.add_case(person_causing_harm=person("PR/2"))
    world.add_case(preferred_name="Alex Example", person_causing_harm=person("pr/2"))
    before = store_fingerprint(world.office)
    office = str(world.folder("office"))
    path = tmp_path / "u.csv"
    path.write_bytes(
        csv_bytes(
            "reference,custody_status,release_date,sessions_attended",
            "PR/1,community,,",
            "PR/2,community,,",
            "PR/404,community,,",
            "Rob Example,community,,",
        )
    )
    assert cli("--store", office, "office", "import-updates", str(path)) == 2
    out = capsys.readouterr().out
    assert "line 3, PR/2: matches 2 people" in out and "line 4, PR/404: matches no person" in out
    assert "line 5, Rob Example: matches no person" in out  # a name is never a reference
    assert store_fingerprint(world.office) == before

    path.write_bytes(
        csv_bytes(
            "reference,custody_status,release_date,sessions_attended",
            "PR/1,community,,",
            "PR/404,in the sea,31/02/2030,lots",
            ",community,,",
            "PR/1,community,,",
            "PR/404,community,,",
        )
    )
    assert cli("--store", office, "--json", "office", "import-updates", str(path), "--skip-unmatched") == 2
    report = json.loads(capsys.readouterr().out)
    assert {(p["line"], p["field"]) for p in report["problems"]} == {
        (3, "custody_status"),
        (3, "release_date"),
        (3, "sessions_attended"),
        (4, "reference"),
        (5, "reference"),
        (6, "reference"),  # PR/404 again, though its first row (line 3) was bad
    }
    assert store_fingerprint(world.office) == before

    path.write_bytes(csv_bytes("reference,custody_status", "PR/1,community", "PR/2,community", "PR/404,community"))
    assert cli("--store", office, "office", "import-updates", str(path), "--skip-unmatched") == 0
    out = capsys.readouterr().out
    assert "PR/404: matches no person" in out and "PR/2: matches 2 people" in out
    assert CaseService(world.office).show(one)["person_causing_harm"]["custody_status"] == "community"
    actions = [r[0] for r in world.office.db.execute("SELECT action FROM audit_event WHERE action LIKE 'probation.%'")]
    assert actions == ["probation.update", "probation.import"]


def test_programme_news_for_a_person_without_a_programme_is_refused(world):
    world.add_case(person_causing_harm=person("PR/1"))
    with pytest.raises(UpdatesRefused) as refused:
        import_updates(world.office, csv_bytes("reference,programme_status", "PR/1,breached"))
    assert refused.value.report["problems"][0]["field"] == "programme_status"


def test_every_column_is_taken_and_an_empty_cell_changes_nothing(world):
    case_id = world.add_case(
        person_causing_harm=person(
            "PR/1", licence_conditions="Keep away", programme={"name": "idap", "status": "started"}
        )
    )
    report = import_updates(
        world.office,
        csv_bytes(
            "reference,release_date,custody_status,licence_conditions,programme_status,sessions_attended,breach_date",
            "PR/1,03/03/2031,on licence,,Breached,7,2030-01-02",
        ),
    )
    (change,) = report["changes"]
    assert set(change["fields"]) == {
        "release_date",
        "custody_status",
        "programme_status",
        "sessions_attended",
        "breach_date",
    }
    pch = CaseService(world.office).show(case_id)["person_causing_harm"]
    assert pch["licence_conditions"] == "Keep away"
    assert pch["programme"] == {
        "name": "idap",
        "start_date": None,
        "sessions_attended": 7,
        "status": "breached",
        "breach_date": "2030-01-02",
    }
    # one write, one contact with all there is to tell
    (made,) = informs(world.office, case_id)
    assert made["note"] == (
        "tell them: released on 3 March; now on licence in the community; breached the programme on 2 January"
    )


def test_only_the_office_imports_updates(world):
    with pytest.raises(NotAnOffice):
        import_updates(world.store("Ash"), csv_bytes("reference,custody_status", "PR/1,community"))


def test_a_file_that_is_not_an_updates_file_is_refused_plainly(world):
    for data, field in ((b"\xff\xfe", ""), (b"name,custody_status\nRob,community\n", "reference"), (b"", "")):
        with pytest.raises(InvalidInput) as exc:
            import_updates(world.office, data)
        assert exc.value.field == field


def test_a_hostile_reference_in_a_bundle_is_refused(world):
    case_id = world.add_case(person_causing_harm=person("PR/1"))
    world.give(case_id, "Ash")
    laptop = world.store("Ash")
    (person_id,) = [r[0] for r in laptop.db.execute("SELECT id FROM person_causing_harm")]
    with laptop.transaction():
        tables.update(laptop, PERSON, person_id, {"reference": "x" * 500})
    before = store_fingerprint(world.office)
    with pytest.raises(BundleRefused, match="no form accepts"):
        world.send("Ash")
    after = store_fingerprint(world.office)
    assert {k: v for k, v in after.items() if k != "audit_event"} == {
        k: v for k, v in before.items() if k != "audit_event"
    }


def test_a_dry_run_stopped_by_an_unmatched_row_still_shows_what_would_change(world, tmp_path, capsys):
    """The office's first look at probation's file: the changes per case and what did not match, together."""
    world.add_case(person_causing_harm=person("PR/1"))
    office = str(world.folder("office"))
    path = tmp_path / "u.csv"
    path.write_bytes(csv_bytes("reference,custody_status", "PR/1,community", "PR/404,community"))
    assert cli("--store", office, "office", "import-updates", str(path), "--dry-run") == 2
    out = capsys.readouterr().out
    assert "line 2, PR/1 (case " in out and "custody_status: in_custody -> community" in out
    assert "line 3, PR/404: matches no person" in out and "--skip-unmatched" in out


def test_a_change_saved_while_the_file_is_matched_is_not_undone_by_the_import(world, monkeypatch):
    """Between matching the file's rows to people and writing them, another writer (a laptop's bundle imported
    in the background) changes what the file does not: the import waits for it, or it for the import, and
    keeps it, rather than writing back the person as they were when the file was read."""
    import threading

    from safetyworker.services import probation

    case_id = world.add_case(person_causing_harm=person("PR/1", licence_conditions="Keep away"))
    office = world.office
    (person_id,) = [r[0] for r in office.db.execute("SELECT id FROM person_causing_harm")]
    real_plan = probation._plan
    other: list[threading.Thread] = []

    def change_conditions() -> None:
        with office.transaction():
            tables.update(office, PERSON, person_id, {"licence_conditions": "No contact with the children"})

    def plan(store, rows):
        report = real_plan(store, rows)
        thread = threading.Thread(target=change_conditions)
        other.append(thread)
        thread.start()
        thread.join(timeout=1)
        return report

    monkeypatch.setattr(probation, "_plan", plan)
    import_updates(office, csv_bytes("reference,custody_status", "PR/1,community"))
    other[0].join(timeout=10)
    assert not other[0].is_alive()
    pch = CaseService(office).show(case_id)["person_causing_harm"]
    assert pch["custody_status"] == "community"
    assert pch["licence_conditions"] == "No contact with the children"
