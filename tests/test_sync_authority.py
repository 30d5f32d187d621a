"""A laptop may change only what it holds: bundles signed with a real enrolled laptop's keys, crafted to reach
past that laptop's cases (another worker's phone number, a case removed, a record moved, a value no form
accepts), are refused whole at the office, with a plain message and exit code, nothing changed, and the
refusal in the audit trail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from safetyworker.services.cases import CaseService
from safetyworker.sync import bundle_envelope, bundle_export, bundles
from safetyworker.sync.container import BadBundle
from safetyworker.sync.keys import KeyPair

from .sync_world import PASSPHRASE, World, cli, store_fingerprint


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash", "Birch"))
    w.register_all()
    yield w
    w.close()


@pytest.fixture
def cases(world):
    """Ash holds one case, Birch another (each with a mobile number), both synced both ways."""
    ash = world.add_case(preferred_name="Ash's person", contact_methods=[{"kind": "mobile", "value": "07700 900111"}])
    birch = world.add_case(
        preferred_name="Birch's person", contact_methods=[{"kind": "mobile", "value": "07700 900222"}]
    )
    world.give(ash, "Ash")
    world.give(birch, "Birch")
    world.sync("Ash")
    world.sync("Birch")
    return {"ash": ash, "birch": birch}


def crafted(world: World, name: str, ops: list[dict[str, Any]]) -> Path:
    """A bundle holding ``ops``, made and signed by laptop ``name`` with its real keys, the way the laptop's own
    export makes one (the project's own sealing code): only the operations are chosen by the test."""
    laptop = world.laptops[name]
    peer = bundles.office_peer(laptop)
    keys = KeyPair.load(laptop)
    assert keys is not None
    counts: dict[str, int] = {}
    for op in ops:
        counts[op["t"]] = counts.get(op["t"], 0) + 1
    manifest = bundle_envelope.make_manifest(laptop, bundles.TO_OFFICE, keys, peer, counts)
    manifest["sender_peer"] = laptop.meta("worker_id")
    path = world.path(f"crafted-{name}")
    path.parent.mkdir(exist_ok=True)
    bundle_export.seal_and_write(laptop, keys, peer, manifest, {"ops": ops}, path)
    return path


def edit(world: World, name: str, table: str, record_id: str, **fields: Any) -> dict[str, Any]:
    """One field-stamped operation, stamped by laptop ``name``'s own clock (as its edits are)."""
    laptop = world.laptops[name]
    return {"t": table, "id": record_id, "f": {k: [v, laptop.clock.now(), None] for k, v in fields.items()}}


def method_id(world: World, where: str, case_id: str) -> str:
    return world.methods(where, case_id)[0]["id"]


def without_audit(dump: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    return {k: v for k, v in dump.items() if k != "audit_event"}


def refusals(world: World) -> list[tuple[str, str]]:
    return [
        (target, detail)
        for target, detail in world.office.db.execute(
            "SELECT target_id, detail FROM audit_event WHERE action = 'bundle.refused' ORDER BY seq"
        )
    ]


def import_refused(world: World, path: Path, capsys, says: str) -> str:
    """Import at the office through the CLI: refused whole, one plain line, exit 6, the store unchanged but for
    the audit entry of the refusal."""
    before = store_fingerprint(world.office)
    audit_before = len(before["audit_event"])
    world.office.close()
    capsys.readouterr()
    code = cli("--store", str(world.folder("office")), "bundle", "import", str(path))
    out, err = capsys.readouterr()
    world.reopen()
    assert code == BadBundle.exit_code, (code, out, err)
    assert out == "" and "Traceback" not in err
    assert err.startswith("safetyworker: ") and err.count("\n") == 1, err
    assert says.lower() in err.lower(), err
    after = store_fingerprint(world.office)
    assert without_audit(after) == without_audit(before), "a refused bundle changes nothing"
    assert len(after["audit_event"]) == audit_before + 1
    return err


# -- another worker's case -------------------------------------------------------------------------------------


def test_a_laptop_cannot_replace_the_number_of_another_workers_case(world, cases, capsys):
    birch_method = method_id(world, "office", cases["birch"])
    attack = crafted(world, "Ash", [edit(world, "Ash", "contact_method", birch_method, value="+447700900999")])
    err = import_refused(world, attack, capsys, "tried to change cases not assigned to Ash: refused")
    assert "nothing was changed" in err.lower()
    assert refusals(world) == [(world.worker_ids["Ash"], "refused.not_assigned")]
    # the office sees it against Ash's laptop
    capsys.readouterr()
    world.office.close()
    assert cli("--store", str(world.folder("office")), "--json", "office", "workers") == 0
    listed = {w["name"]: w["bundles_refused"] for w in json.loads(capsys.readouterr().out)}
    world.reopen()
    assert listed == {"Ash": 1, "Birch": 0}
    # and so Birch's laptop still calls the number Birch holds, with no conflict waiting at the office
    world.deliver("Birch")
    assert world.methods("Birch", cases["birch"])[0]["value"] == "+447700900222"
    assert world.office.db.execute("SELECT count(*) FROM sync_conflict").fetchone()[0] == 0


def test_one_stray_change_refuses_the_whole_bundle_even_the_laptops_own_edits(world, cases, capsys):
    own = edit(world, "Ash", "case_record", cases["ash"], locality="Valley")
    stray = edit(world, "Ash", "case_record", cases["birch"], locality="Elsewhere")
    import_refused(world, crafted(world, "Ash", [own, stray]), capsys, "not assigned to Ash")
    assert world.case("office", cases["ash"])["locality"] == "Hill"


def test_a_laptop_cannot_add_entries_to_another_workers_case(world, cases, capsys):
    laptop = world.laptops["Ash"]
    row = {
        "id": "01JFAKENOTE0000000000000000",
        "created_hlc": laptop.clock.now(),
        "device_id": laptop.device_id,
        "case_id": cases["birch"],
        "at": "2026-11-23T10:00:00+00:00",
        "author": "",
        "text": "written into a case Ash does not hold",
        "corrects_id": None,
    }
    import_refused(world, crafted(world, "Ash", [{"t": "case_note", "id": row["id"], "row": row}]), capsys, "Ash")


def test_the_laptops_own_edits_and_new_cases_still_arrive(world, cases):
    world.edit("Ash", cases["ash"], locality="Valley")
    new_case = world.add_case("Ash", preferred_name="Met on a visit")
    world.send("Ash")
    assert world.case("office", cases["ash"])["locality"] == "Valley"
    assert world.case("office", new_case)["preferred_name"] == "Met on a visit"
    assert refusals(world) == []


def test_a_correction_on_the_laptops_own_case_cannot_hide_another_workers_entry(world, cases, capsys):
    """A log entry "correcting" an entry of Birch's case would drop Birch's contact from the office's reports."""
    birch_entry = CaseService(world.laptops["Birch"]).append_log(
        cases["birch"], channel="in_person", outcome="spoke", minutes=30
    )
    world.send("Birch")
    laptop = world.laptops["Ash"]
    own = CaseService(laptop).append_log(cases["ash"], channel="in_person", outcome="spoke", minutes=5)
    cur = laptop.db.execute("SELECT * FROM contact_log WHERE id = ?", (own,))
    row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    row.update(id="01JFAKELOG000000000000000000", corrects_id=birch_entry)
    attack = crafted(world, "Ash", [{"t": "contact_log", "id": row["id"], "row": row}])
    import_refused(world, attack, capsys, "not assigned to Ash")
    assert world.office.db.execute("SELECT count(*) FROM contact_log WHERE corrects_id IS NOT NULL").fetchone() == (0,)
    # a correction within its own case still arrives
    CaseService(world.laptops["Ash"]).append_log(
        cases["ash"], channel="in_person", outcome="spoke", minutes=10, corrects_id=own
    )
    world.send("Ash")
    assert world.office.db.execute("SELECT corrects_id FROM contact_log WHERE corrects_id IS NOT NULL").fetchall() == [
        (own,)
    ]


def test_a_laptop_cannot_link_itself_to_another_workers_person_causing_harm(world, cases, capsys):
    """Linking Birch's person causing harm to Ash's case would give Ash's laptop that person's record (release
    date, exclusion zones) and the right to change it."""
    CaseService(world.office).update(cases["birch"], {"person_causing_harm": {"name": "Pat Harm"}})
    person = world.office.db.execute("SELECT person_id FROM harm_link WHERE case_id = ?", (cases["birch"],)).fetchone()[
        0
    ]
    stamp = world.laptops["Ash"].clock.now()
    link = {
        "t": "harm_link",
        "id": "01JFAKELINK0000000000000000",
        "f": {"case_id": [cases["ash"], stamp, None], "person_id": [person, stamp, None]},
    }
    rename = {"t": "person_causing_harm", "id": person, "f": {"name": ["Someone Else", stamp, None]}}
    import_refused(world, crafted(world, "Ash", [link, rename]), capsys, "not assigned to Ash")
    import_refused(world, crafted(world, "Ash", [link]), capsys, "not assigned to Ash")
    assert world.office.db.execute("SELECT name FROM person_causing_harm WHERE id = ?", (person,)).fetchone() == (
        "Pat Harm",
    )


# -- removal and moves come only from the office ---------------------------------------------------------------


def test_a_laptop_cannot_remove_a_case_even_its_own(world, cases, capsys):
    laptop = world.laptops["Ash"]
    stamp = laptop.clock.now()
    removal = {"t": "case_record", "id": cases["ash"], "f": {"_deleted": [stamp, stamp, None]}}
    err = import_refused(world, crafted(world, "Ash", [removal]), capsys, "tried to remove a case: refused")
    assert "only the office erases" in err
    assert world.case("office", cases["ash"])["deleted_hlc"] is None
    assert refusals(world) == [(world.worker_ids["Ash"], "refused.removal")]


def test_a_laptop_can_still_close_its_case(world, cases):
    CaseService(world.laptops["Ash"]).close(cases["ash"], "moved away")
    world.send("Ash")
    row = world.case("office", cases["ash"])
    assert (row["status"], row["deleted_hlc"]) == ("closed", None)


def test_a_laptop_cannot_move_a_record_to_another_case(world, cases, capsys):
    second = world.add_case(preferred_name="Ash's second person")
    world.give(second, "Ash")
    ash_method = method_id(world, "office", cases["ash"])
    move = edit(world, "Ash", "contact_method", ash_method, case_id=second)
    err = import_refused(world, crafted(world, "Ash", [move]), capsys, "tried to move a record")
    assert "only the office moves" in err.lower()
    assert world.methods("office", cases["ash"])[0]["id"] == ash_method
    assert refusals(world) == [(world.worker_ids["Ash"], "refused.move")]


# -- every value as local input takes it ------------------------------------------------------------------------


BAD_VALUES = {
    "bad enum": ("case_record", {"status": "vanished"}, "status"),
    "over-long text": ("case_record", {"preferred_name": "x" * 5000}, "preferred_name: is too long"),
    "bad phone": ("contact_method", {"value": "12345"}, "is not a valid phone number"),
    "impossible date": ("case_record", {"date_of_birth": "1990-02-30"}, "is not a real date"),
    "wrong type": ("contact_method", {"voicemail_allowed": "yes"}, "voicemail_allowed: must be true or false"),
    "number not in its checked form": ("contact_method", {"value": "07700 900333"}, "checked phone number"),
}


@pytest.mark.parametrize("kind", sorted(BAD_VALUES))
def test_a_bundle_with_one_invalid_value_is_refused_whole(world, cases, capsys, kind):
    table, fields, says = BAD_VALUES[kind]
    target = cases["ash"] if table == "case_record" else method_id(world, "office", cases["ash"])
    good = edit(world, "Ash", "case_record", cases["ash"], locality="Valley")
    bad = edit(world, "Ash", table, target, **fields)
    err = import_refused(world, crafted(world, "Ash", [good, bad]), capsys, "holds a value that no form accepts")
    assert says in err
    assert world.case("office", cases["ash"])["locality"] == "Hill", "not even the good edit was taken"
    assert refusals(world) == [(world.worker_ids["Ash"], "refused.invalid_value")]


def test_an_invalid_new_case_from_a_laptop_is_refused(world, cases, capsys):
    laptop = world.laptops["Ash"]
    stamp = laptop.clock.now()
    new_case = {
        "t": "case_record",
        "id": "01JFAKECASE0000000000000000",
        "f": {"preferred_name": ["Someone", stamp, None], "consent_status": ["maybe", stamp, None]},
    }
    import_refused(world, crafted(world, "Ash", [new_case]), capsys, "consent.status")
    assert world.case("office", "01JFAKECASE0000000000000000") is None


def test_a_laptop_refuses_an_office_bundle_with_a_value_no_form_accepts(world, cases):
    """Both sides check: a value no form accepts never reaches a laptop either (a store damaged before these
    checks, or a crafted office bundle), and the laptop's call card keeps the number it holds."""
    from safetyworker.sync.authority import BundleRefused
    from safetyworker.sync.enrolment import require_office

    office = world.office
    keys = require_office(office)
    peer = bundles.active_worker(office, world.worker_ids["Ash"])
    method = method_id(world, "office", cases["ash"])
    stamp = office.clock.now()
    ops = [{"t": "contact_method", "id": method, "f": {"value": ["not a number", stamp, None]}}]
    manifest = bundle_envelope.make_manifest(office, bundles.TO_WORKER, keys, peer, {"contact_method": 1})
    manifest["sender_peer"] = office.meta("office_id")
    manifest["to_worker"] = world.worker_ids["Ash"]
    path = world.path("crafted-office")
    payload = {"ops": ops, "assigned": [], "dropped": [], "erased": [], "held": [cases["ash"]]}
    bundle_export.seal_and_write(office, keys, peer, manifest, payload, path)
    laptop = world.laptops["Ash"]
    before = store_fingerprint(laptop)
    with pytest.raises(BundleRefused, match="holds a value that no form accepts"):
        bundles.import_bundle(laptop, path)
    after = store_fingerprint(laptop)
    assert without_audit(after) == without_audit(before)
    assert laptop.db.execute("SELECT detail FROM audit_event WHERE action = 'bundle.refused'").fetchall() == [
        ("refused.invalid_value",)
    ]
    assert world.methods("Ash", cases["ash"])[0]["value"] == "+447700900111"


def test_a_date_of_today_on_a_laptop_whose_clock_is_a_day_ahead_is_taken_but_a_future_one_is_not(world, cases, capsys):
    from datetime import date, timedelta

    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    world.send("Ash")  # nothing pending
    taken = crafted(world, "Ash", [edit(world, "Ash", "case_record", cases["ash"], consent_date=tomorrow)])
    world.office_import(taken)
    assert world.case("office", cases["ash"])["consent_date"] == tomorrow
    later = (date.today() + timedelta(days=30)).isoformat()
    refused = crafted(world, "Ash", [edit(world, "Ash", "case_record", cases["ash"], consent_date=later)])
    import_refused(world, refused, capsys, "consent.date: … is in the future")
