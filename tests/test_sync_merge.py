"""Merging bundles: per-field last-writer-wins by HLC, conflicts kept for a person, removed records never coming
back, conflicts resolved at the office reaching the laptops, and cases leaving a laptop once the office holds
them (DESIGN.md, Sync bundles)."""

from __future__ import annotations

import json
import shutil

import pytest

from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store
from safetyworker.sync import bundle_ledger, bundles, conflicts, office, status

from .sync_world import PASSPHRASE, World, cli, conflict_set, store_fingerprint, synced_state


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash", "Birch"))
    w.register_all()
    yield w
    w.close()


def held_by_both(world: World, **fields) -> str:
    """A case given to Ash, then moved to Birch while Ash has not synced since: both laptops hold it."""
    case_id = world.add_case("office", **fields)
    world.give(case_id, "Ash")
    world.give(case_id, "Birch")
    assert world.case("Ash", case_id) and world.case("Birch", case_id)
    return case_id


def device(world: World, name: str) -> str:
    return world.store(name).device_id


def values(world: World, where: str = "office") -> set:
    return conflict_set(world.store(where))


# -- concurrent edits ------------------------------------------------------------------------------------------


def test_same_field_on_two_laptops_makes_one_conflict_with_both_values(world):
    case_id = held_by_both(world, locality="Hill")
    world.edit("Ash", case_id, locality="Ash Vale")
    world.edit("Ash", case_id, locality="Ash Dale")  # one value per device: its latest
    world.edit("Birch", case_id, locality="Birch Vale")
    first = world.send("Ash")
    assert first.conflicts == 0
    second = world.send("Birch")
    assert second.conflicts == 1
    assert values(world) == {
        (
            "case_record",
            case_id,
            "locality",
            frozenset({(device(world, "Ash"), '"Ash Dale"'), (device(world, "Birch"), '"Birch Vale"')}),
        )
    }
    assert world.case("office", case_id)["locality"] == "Birch Vale"  # the later edit holds until someone chooses
    listed = conflicts.list_conflicts(world.office)
    assert [sorted(v["from"] for v in c["values"]) for c in listed] == [["Ash", "Birch"]]


def test_different_fields_merge_without_a_conflict(world):
    case_id = held_by_both(world, locality="Hill", pronouns="")
    world.edit("Ash", case_id, locality="Vale")
    world.edit("Birch", case_id, pronouns="they/them")
    world.send("Birch")
    world.send("Ash")
    row = world.case("office", case_id)
    assert (row["locality"], row["pronouns"]) == ("Vale", "they/them")
    assert values(world) == set()
    world.deliver("Birch")
    assert world.case("Birch", case_id)["locality"] == "Vale"


def test_an_edit_made_in_view_of_the_other_is_not_a_conflict(world):
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    world.edit("office", case_id, locality="Office Vale")
    world.deliver("Ash")
    assert world.case("Ash", case_id)["locality"] == "Office Vale"
    world.edit("Ash", case_id, locality="Ash Vale")  # made with the office's value in view
    assert world.send("Ash").conflicts == 0
    assert world.case("office", case_id)["locality"] == "Ash Vale"
    assert values(world) == set()


@pytest.mark.parametrize("laptop_first", [True, False], ids=["laptop-sends-first", "laptop-imports-first"])
def test_office_and_laptop_editing_one_field_keep_both_values(world, laptop_first):
    """Whichever way round the USB stick goes, the laptop's edit reaches the office and a conflict is queued."""
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    world.edit("Ash", case_id, locality="Ash Vale")
    world.edit("office", case_id, locality="Office Vale")
    if laptop_first:
        world.send("Ash")
        world.deliver("Ash")
    else:  # the usual order at a desk: take the office's bundle in, then write one back
        world.deliver("Ash")
        world.send("Ash")
    assert values(world) == {
        (
            "case_record",
            case_id,
            "locality",
            frozenset({(device(world, "Ash"), '"Ash Vale"'), (device(world, "office"), '"Office Vale"')}),
        )
    }
    assert world.case("office", case_id)["locality"] == "Office Vale"
    world.deliver("Ash")
    assert world.case("Ash", case_id)["locality"] == "Office Vale", "both ends hold the same value"


# -- removed records -------------------------------------------------------------------------------------------


def test_a_removed_contact_method_stays_removed_whatever_comes_later(world):
    case_id = world.add_case(
        "office",
        contact_methods=[{"kind": "mobile", "value": "07700 900123"}, {"kind": "landline", "value": "01632 960001"}],
    )
    world.give(case_id, "Ash")
    landline = next(m for m in world.methods("office", case_id) if m["kind"] == "landline")["id"]
    world.remove_method("office", case_id, landline)
    # Ash has not heard: changes the number, then the office's bundle and Ash's cross.
    CaseService(world.laptops["Ash"]).update(
        case_id, {"contact_methods": [{"id": landline, "value": "01632 960999", "notes": "new number"}]}
    )
    result = world.send("Ash")
    assert result.dropped_erased == 1
    gone = next(m for m in world.methods("office", case_id) if m["id"] == landline)
    assert gone["deleted_hlc"] is not None
    assert [m.kind for m in CaseService(world.office).get(case_id).contact_methods] == ["mobile"]
    world.deliver("Ash")
    assert [m.kind for m in CaseService(world.laptops["Ash"]).get(case_id).contact_methods] == ["mobile"]
    # and once more, from a laptop that held the case before it moved
    world.give(case_id, "Birch")
    world.send("Ash")
    assert [m.kind for m in CaseService(world.office).get(case_id).contact_methods] == ["mobile"]
    assert values(world) == set()


def test_an_edit_racing_a_removal_does_not_open_a_conflict_on_the_removed_record(world):
    case_id = held_by_both(world, contact_methods=[{"kind": "mobile", "value": "07700 900123"}])
    method = world.methods("office", case_id)[0]["id"]
    world.remove_method("office", case_id, method)
    for name, note in (("Ash", "from Ash"), ("Birch", "from Birch")):
        CaseService(world.laptops[name]).update(case_id, {"contact_methods": [{"id": method, "notes": note}]})
        world.send(name)
    assert values(world) == set(), "nobody has to choose between values of a removed record"
    assert world.methods("office", case_id)[0]["deleted_hlc"] is not None


# -- resolving conflicts ---------------------------------------------------------------------------------------


def conflict_for(world: World, case_id: str) -> dict:
    found = [c for c in conflicts.list_conflicts(world.office) if c["case_id"] == case_id]
    assert len(found) == 1
    return found[0]


def test_resolving_by_keeping_one_device_reaches_the_laptops(world, capsys):
    case_id = held_by_both(world, locality="Hill")
    world.edit("Ash", case_id, locality="Ash Vale")
    world.edit("Birch", case_id, locality="Birch Vale")
    world.send("Ash")
    world.send("Birch")
    conflict = conflict_for(world, case_id)
    capsys.readouterr()
    code = cli(
        "--store", str(world.folder("office")), "conflicts", "resolve", conflict["id"], "--keep", device(world, "Ash")
    )
    assert code == 0, capsys.readouterr().err
    assert "Resolved" in capsys.readouterr().out
    assert world.case("office", case_id)["locality"] == "Ash Vale"
    assert conflicts.list_conflicts(world.office) == []
    world.deliver("Birch")
    assert world.case("Birch", case_id)["locality"] == "Ash Vale"
    # Birch's later bundle does not reopen it
    world.edit("Birch", case_id, pronouns="she/her")
    assert world.send("Birch").conflicts == 0
    assert world.case("office", case_id)["locality"] == "Ash Vale"


def test_resolving_with_a_typed_value_reaches_the_laptop(world, capsys):
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    world.edit("office", case_id, locality="Office Vale")
    world.edit("Ash", case_id, locality="Ash Vale")
    assert world.send("Ash").conflicts == 1
    conflict = conflict_for(world, case_id)
    capsys.readouterr()
    code = cli(
        "--store", str(world.folder("office")), "--json", "conflicts", "resolve", conflict["id"], "--value", '"Dale"'
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out)["current"] == "Dale"
    world.deliver("Ash")
    assert world.case("Ash", case_id)["locality"] == "Dale"
    assert world.case("office", case_id)["locality"] == "Dale"
    assert [c["status"] for c in conflicts.list_conflicts(world.office, include_resolved=True)] == ["resolved"]


def test_a_typed_value_of_the_wrong_kind_is_refused_and_changes_nothing(world, capsys):
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    world.edit("office", case_id, locality="Office Vale")
    world.edit("Ash", case_id, locality="Ash Vale")
    assert world.send("Ash").conflicts == 1
    conflict = conflict_for(world, case_id)
    before = store_fingerprint(world.office)
    capsys.readouterr()
    code = cli("--store", str(world.folder("office")), "conflicts", "resolve", conflict["id"], "--value", "42")
    assert code == 2
    assert "holds text" in capsys.readouterr().err
    assert store_fingerprint(world.office) == before


# -- cases leaving a laptop ------------------------------------------------------------------------------------


def case_rows_on(world: World, name: str, case_id: str) -> int:
    db = world.store(name).db
    return sum(
        db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (case_id,)).fetchone()[0]
        for table, column in (("case_record", "id"), ("contact_method", "case_id"), ("contact_log", "case_id"))
    )


def test_a_closed_case_leaves_the_laptop_once_the_office_acknowledged_it(world):
    case_id = world.add_case("office")
    world.give(case_id, "Ash")
    ash = world.laptops["Ash"]
    CaseService(ash).append_log(case_id, channel="in_person", outcome="spoke")
    CaseService(ash).close(case_id, "moved away")
    assert world.deliver("Ash").purged_cases == 0, "the office has not seen the closure yet"
    assert case_rows_on(world, "Ash", case_id) == 3
    world.send("Ash")
    assert world.deliver("Ash").purged_cases == 1
    assert case_rows_on(world, "Ash", case_id) == 0
    assert ash.db.execute("SELECT count(*) FROM field_stamp").fetchone()[0] == 0
    assert world.case("office", case_id)["status"] == "closed"
    assert case_rows_on(world, "office", case_id) == 3


def test_a_case_closed_at_the_office_leaves_the_laptop(world):
    case_id = world.add_case("office")
    world.give(case_id, "Ash")
    world.edit("Ash", case_id, locality="Vale")
    world.sync("Ash")  # Ash's edits are all at the office, acknowledged
    CaseService(world.office).close(case_id, "no longer needed")
    assert world.deliver("Ash").purged_cases == 1, "the office's own change holds nothing back"
    assert case_rows_on(world, "Ash", case_id) == 0
    assert status.status(world.laptops["Ash"])["pending_changes"] == 0


def test_changes_from_the_office_are_not_waiting_to_be_sent(world):
    case_id = world.add_case("office")
    world.give(case_id, "Ash")
    laptop = world.laptops["Ash"]
    assert status.status(laptop)["pending_changes"] == 0
    world.edit("Ash", case_id, locality="Vale")
    CaseService(laptop).append_log(case_id, channel="in_person", outcome="spoke")
    assert status.status(laptop)["pending_changes"] == 2
    assert status.status(laptop)["unsent_changes"] == 2
    world.send("Ash")
    assert status.status(laptop)["pending_changes"] == 2, "sent, not yet acknowledged"
    assert status.status(laptop)["unsent_changes"] == 0, "sent: nothing new to send"
    world.edit("Ash", case_id, transport="no car")
    assert status.status(laptop)["unsent_changes"] == 1, "only the change made since the bundle"
    world.send("Ash")
    world.edit("office", case_id, pronouns="they/them")
    world.deliver("Ash")
    assert status.status(laptop)["pending_changes"] == 0
    assert status.status(laptop)["unsent_changes"] == 0


def test_a_transferred_case_leaves_the_first_laptop_only_after_its_changes_arrived(world):
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    world.edit("Ash", case_id, locality="Ash Vale")  # not sent yet
    world.give(case_id, "Birch")
    kept = world.deliver("Ash")
    assert kept.purged_cases == 0 and world.case("Ash", case_id)["locality"] == "Ash Vale"
    world.send("Ash")
    assert world.case("office", case_id)["locality"] == "Ash Vale"
    assert world.deliver("Ash").purged_cases == 1
    assert case_rows_on(world, "Ash", case_id) == 0
    world.deliver("Birch")
    assert world.case("Birch", case_id)["locality"] == "Ash Vale"


def test_a_case_moved_away_and_back_arrives_whole(world):
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    world.edit("Ash", case_id, locality="Ash Vale", pronouns="he/him")
    world.sync("Ash")
    world.give(case_id, "Birch")
    world.deliver("Ash")
    assert case_rows_on(world, "Ash", case_id) == 0
    world.give(case_id, "Ash")
    row = world.case("Ash", case_id)
    assert row is not None and (row["locality"], row["pronouns"]) == ("Ash Vale", "he/him")
    assert len(world.methods("Ash", case_id)) == 1


def test_the_office_editing_a_case_the_laptop_already_dropped(world):
    case_id = world.add_case("office", locality="Hill")
    other = world.add_case("office", locality="Elsewhere")
    world.give(case_id, "Ash")
    world.give(other, "Ash")
    CaseService(world.laptops["Ash"]).close(case_id, "moved away")
    world.sync("Ash")
    assert case_rows_on(world, "Ash", case_id) == 0
    # The case is still Ash's at the office, which goes on editing it (a note on the closed file, a new number).
    world.edit("office", case_id, locality="Archive")
    CaseService(world.office).append_note(case_id, "closing letter sent")
    world.edit("office", other, locality="Still here")
    result = world.deliver("Ash")
    assert result.status == "applied"
    assert case_rows_on(world, "Ash", case_id) == 0, "a dropped case does not come back"
    assert world.case("Ash", other)["locality"] == "Still here"


# -- re-sending ------------------------------------------------------------------------------------------------


def test_resending_after_an_unacknowledged_export_is_harmless(world, tmp_path):
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    ash = CaseService(world.laptops["Ash"])
    world.edit("Ash", case_id, locality="Vale")
    ash.append_log(case_id, channel="in_person", outcome="spoke", note="first")
    lost = world.export("Ash").path  # never arrives (yet)
    world.edit("Ash", case_id, locality="Dale")
    ash.append_log(case_id, channel="in_person", outcome="spoke", note="second")
    again = world.export("Ash")
    assert again.counts == {"case_record": 1, "contact_log": 2}, "everything not acknowledged travels again"

    world.close()
    shutil.copytree(world.folder("office"), tmp_path / "office-copy")
    world.reopen()
    world.office_import(again.path)
    once = synced_state(world.office)
    assert world.office_import(lost).status == "applied"  # the late one changes nothing
    assert synced_state(world.office) == once
    assert world.case("office", case_id)["locality"] == "Dale"
    assert world.office.db.execute("SELECT count(*) FROM contact_log").fetchone()[0] == 2
    assert conflict_set(world.office) == set()
    with Store.unlock(tmp_path / "office-copy", PASSPHRASE) as other:  # the other way round: the same
        for path in (lost, again.path):
            bundles.import_bundle(other, path)
        assert synced_state(other) == once
        assert conflict_set(other) == set()
    world.deliver("Ash")
    assert world.export("Ash").counts == {}, "once acknowledged, nothing travels again"


def test_a_case_moved_on_twice_leaves_the_first_laptop_too(tmp_path, monkeypatch):
    """Ash -> Birch -> Cedar while Ash was not syncing: Ash's next bundle from the office still takes it off."""
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    world = World(tmp_path / "three")
    try:
        world.register_all()
        case_id = world.add_case("office")
        kept = world.add_case("office")
        world.give(case_id, "Ash")
        world.give(kept, "Ash")
        world.assign(case_id, "Birch")
        world.give(case_id, "Cedar")
        assert world.deliver("Ash").purged_cases == 1
        assert case_rows_on(world, "Ash", case_id) == 0
        assert world.case("Ash", kept) is not None
    finally:
        world.close()


def test_a_case_given_back_before_it_was_dropped_stays(world):
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    world.edit("Ash", case_id, locality="Vale")  # unsent: the case cannot go yet
    world.give(case_id, "Birch")
    assert world.deliver("Ash").purged_cases == 0
    world.give(case_id, "Ash")  # and back, before Ash synced
    world.send("Ash")
    world.deliver("Ash")
    world.sync("Ash")
    assert world.case("Ash", case_id) is not None
    assert world.case("Ash", case_id)["locality"] == "Vale"


def test_an_older_office_bundle_arriving_late_does_not_take_a_case_away(world):
    first = world.add_case("office")
    world.assign(first, "Ash")
    older = world.export_to("Ash").path  # not taken in yet
    second = world.add_case("office")
    world.assign(second, "Ash")
    world.deliver("Ash")  # the newer one: both cases
    assert world.laptop_import("Ash", older).status == "applied"
    assert world.case("Ash", first) is not None and world.case("Ash", second) is not None


def test_people_causing_harm_of_a_dropped_case_do_not_come_back(world):
    case_id = world.add_case("office", person_causing_harm={"name": "Alex Example", "relationship": "ex-partner"})
    world.give(case_id, "Ash")
    assert world.laptops["Ash"].db.execute("SELECT count(*) FROM person_causing_harm").fetchone()[0] == 1
    CaseService(world.laptops["Ash"]).close(case_id, "moved away")
    world.sync("Ash")
    assert world.laptops["Ash"].db.execute("SELECT count(*) FROM person_causing_harm").fetchone()[0] == 0
    world.edit("office", case_id, person_causing_harm={"release_date": "2027-01-15", "custody_status": "on_licence"})
    assert world.deliver("Ash").status == "applied"
    assert world.laptops["Ash"].db.execute("SELECT count(*) FROM person_causing_harm").fetchone()[0] == 0
    # but a person linked to a case the laptop is given arrives with it
    other = world.add_case("office", person_causing_harm={"name": "Chris Example"})
    world.give(other, "Ash")
    names = [r[0] for r in world.laptops["Ash"].db.execute("SELECT name FROM person_causing_harm")]
    assert names == ["Chris Example"]


def test_an_outvoted_edit_travels_until_acknowledged_then_stops(world):
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    ash = world.laptops["Ash"]
    world.edit("Ash", case_id, locality="Ash Vale")
    world.edit("office", case_id, locality="Office Vale")
    world.deliver("Ash")
    assert ash.db.execute("SELECT count(*) FROM sync_outvoted").fetchone()[0] == 1
    assert world.case("Ash", case_id)["locality"] == "Office Vale"
    lost = world.export("Ash")  # carries it: never arrives
    assert lost.counts == {"case_record": 1}
    world.send("Ash")
    assert len(values(world)) == 1
    world.deliver("Ash")  # acknowledges the bundle that carried it
    assert ash.db.execute("SELECT count(*) FROM sync_outvoted").fetchone()[0] == 0
    assert world.export("Ash").counts == {}
    assert world.office_import(lost.path).conflicts == 0, "the late copy adds nothing"
    assert len(values(world)) == 1


def test_an_erased_case_is_gone_everywhere_and_late_changes_are_dropped(world):
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    world.edit("Ash", case_id, locality="Vale")
    CaseService(world.laptops["Ash"]).append_log(case_id, channel="in_person", outcome="spoke")
    office.erase(world.office, case_id)
    late = world.send("Ash")
    assert late.dropped_erased == 2
    assert case_rows_on(world, "office", case_id) == 0
    world.deliver("Ash")
    assert case_rows_on(world, "Ash", case_id) == 0
    assert world.export("Ash").counts == {}


@pytest.mark.parametrize("ash_first", [True, False], ids=["ash-first", "birch-first"])
def test_a_value_replaced_in_view_of_it_is_not_among_the_conflicting_values(world, ash_first):
    """The office's value reached Birch, who changed it with it in view; Ash changed it without seeing it. The
    conflict is Ash's value against Birch's, whichever bundle the office takes in first."""
    case_id = held_by_both(world, locality="Hill")
    world.edit("office", case_id, locality="Office Vale")
    world.edit("Ash", case_id, locality="Ash Vale")
    world.deliver("Birch")
    world.edit("Birch", case_id, locality="Birch Vale")
    ash, birch = world.export("Ash").path, world.export("Birch").path
    for path in (ash, birch) if ash_first else (birch, ash):
        world.office_import(path)
    assert values(world) == {
        (
            "case_record",
            case_id,
            "locality",
            frozenset({(device(world, "Ash"), '"Ash Vale"'), (device(world, "Birch"), '"Birch Vale"')}),
        )
    }


def test_a_bundle_written_but_not_recorded_is_not_taken_for_a_later_one(world, monkeypatch):
    """The laptop stopped (a crash, a flat battery) after writing a bundle but before noting it as sent, so the
    next bundle has the same number. An acknowledgement of the first must not count for the second's changes."""
    case_id = world.add_case("office", locality="Hill")
    world.give(case_id, "Ash")
    world.edit("Ash", case_id, locality="Vale")

    def crash(*_args, **_kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(bundle_ledger, "record_sent", crash)
        with pytest.raises(KeyboardInterrupt):
            world.export("Ash")
    first = sorted((world.root / "bundles").iterdir())[-1]
    world.edit("Ash", case_id, pronouns="they/them")  # after the first bundle was written
    second = world.export("Ash")
    assert second.sequence == 2
    world.office_import(first)  # only the first reaches the office
    world.deliver("Ash")  # which acknowledges "bundle 2"
    assert world.export("Ash").counts == {"case_record": 1}, "the pronouns still travel"
    world.send("Ash")
    assert world.case("office", case_id)["pronouns"] == "they/them"
