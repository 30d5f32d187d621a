"""The sync commands end to end through the CLI (office, bundle, conflicts; init --office / --enrol), with --json
and plain output, and bad input refused with one plain line, a non-zero exit and the store unchanged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from safetyworker.cli.main import main
from safetyworker.store.vault import Store

from .sync_world import PASSPHRASE, store_fingerprint


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)

    def call(store: Path, *argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--store", str(store), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def ok_json(result: tuple[int, str, str]):
    code, out, err = result
    assert (code, err) == (0, ""), err
    return json.loads(out)


def refused(result: tuple[int, str, str], exit_code: int, says: str) -> None:
    code, out, err = result
    assert code == exit_code, (code, out, err)
    assert out == ""
    assert err.startswith("safetyworker: ") and err.count("\n") == 1, err
    assert says.lower() in err.lower(), err


def fingerprint(folder: Path):
    with Store.unlock(folder, PASSPHRASE) as store:
        return store_fingerprint(store)


@pytest.fixture
def sites(tmp_path, run):
    """An office store and a laptop enrolled from it, both made through the CLI."""
    office, laptop, enrol = tmp_path / "office", tmp_path / "laptop", tmp_path / "enrol-ash.json"
    made = ok_json(run(office, "--json", "init", "--office", "--name", "Northshire"))
    assert made["role"] == "office" and len(made["office_fingerprint"].split()) == 6
    enrolled = ok_json(run(office, "--json", "office", "enrol", "--worker", "Ash", "-o", str(enrol)))
    assert enrolled["office_fingerprint"] == made["office_fingerprint"] and enrol.exists()
    assert enrol.stat().st_mode & 0o077 == 0
    joined = ok_json(run(laptop, "--json", "init", "--enrol", str(enrol)))
    assert joined["role"] == "worker" and joined["worker_id"] == enrolled["worker_id"]
    assert joined["office_fingerprint"] == made["office_fingerprint"], "the same words on both sides"
    # At the hand-over the worker reads out the laptop's words and the office confirms them.
    ok_json(run(office, "--json", "office", "confirm", enrolled["worker_id"], *joined["device_fingerprint"].split()))
    return {"office": office, "laptop": laptop, "worker": enrolled["worker_id"], "tmp": tmp_path, **joined}


def add_case(run, store: Path, tmp: Path, name: str = "Jo") -> str:
    source = tmp / f"case-{name}.json"
    source.write_text(json.dumps({"preferred_name": name, "locality": "Hill"}))
    code, out, err = run(store, "case", "add", str(source))
    assert code == 0, err
    return out.split()[0]


# -- the commands ----------------------------------------------------------------------------------------------


def test_plain_output_of_init_and_enrol(tmp_path, run):
    code, out, err = run(tmp_path / "office", "init", "--office", "--name", "Northshire")
    assert code == 0 and err == ""
    assert "Office fingerprint:" in out
    enrol = tmp_path / "e.json"
    code, out, _err = run(tmp_path / "office", "office", "enrol", "--worker", "Ash", "-o", str(enrol))
    assert code == 0
    worker_id = out.splitlines()[0]
    assert re.fullmatch(r"[0-9A-Z]{26}", worker_id)
    assert "Hand the file over in person" in out
    code, out, _err = run(tmp_path / "laptop", "init", "--enrol", str(enrol))
    assert code == 0
    assert "Enrolled with Northshire" in out and "This laptop's fingerprint:" in out


def test_the_whole_round_through_the_cli(sites, run):
    office, laptop, tmp = sites["office"], sites["laptop"], sites["tmp"]
    worker = sites["worker"]
    assert ok_json(run(office, "--json", "office", "workers"))[0]["status"] == "pending"
    code, out, _err = run(office, "office", "workers")
    assert code == 0 and "Ash" in out and "pending" in out

    status = ok_json(run(laptop, "--json", "bundle", "status"))
    assert status["enrolled"] and status["bundles_sent"] == 0 and status["days_since_sent"] is None
    code, out, _err = run(laptop, "bundle", "status")
    assert code == 0 and "never sent" in out

    laptop_case = add_case(run, laptop, tmp, "Morgan")
    sent = ok_json(run(laptop, "--json", "bundle", "export", "-o", str(tmp / "first.age")))
    assert sent["sequence"] == 1 and sent["counts"]["case_record"] == 1
    imported = ok_json(run(office, "--json", "bundle", "import", str(tmp / "first.age")))
    assert imported["status"] == "applied" and imported["sender"] == "Ash"
    workers = ok_json(run(office, "--json", "office", "workers"))
    assert workers[0]["status"] == "active" and workers[0]["device_fingerprint"] == sites["device_fingerprint"]
    assert workers[0]["cases"] == 1, "a case first seen in a worker's bundle is that worker's"

    office_case = add_case(run, office, tmp, "Rhian")
    assigned = ok_json(run(office, "--json", "office", "assign", office_case, worker))
    assert assigned["changed"] is True
    code, out, _err = run(office, "office", "assign", office_case, worker)
    assert code == 0 and "already holds" in out

    folder = tmp / "stick"
    folder.mkdir()
    code, out, _err = run(office, "bundle", "export", "--to", worker, "-o", str(folder))
    assert code == 0 and out.startswith("Wrote ")
    (written,) = folder.iterdir()
    assert re.fullmatch(r"sync-\d{8}-\d{6}\.age", written.name), "a neutral name"
    code, out, _err = run(laptop, "bundle", "import", str(written))
    assert code == 0 and "Imported bundle 1 from Northshire" in out
    shown = ok_json(run(laptop, "--json", "case", "show", office_case))
    assert shown["preferred_name"] == "Rhian"

    status = ok_json(run(laptop, "--json", "bundle", "status"))
    assert status["last_acknowledged"] == 1 and status["bundles_received"] == 1
    code, out, _err = run(laptop, "bundle", "status")
    assert code == 0 and "last sent 0 days ago" in out

    office_status = ok_json(run(office, "--json", "bundle", "status"))
    assert office_status["role"] == "office" and office_status["open_conflicts"] == 0
    code, out, _err = run(office, "bundle", "status")
    assert code == 0 and "Office: Northshire" in out and "Ash: active" in out

    assert ok_json(run(office, "--json", "conflicts", "list")) == []
    code, out, _err = run(office, "conflicts", "list")
    assert code == 0 and "No open conflicts" in out
    assert laptop_case


def test_conflicts_list_and_resolve_in_plain_words(sites, run):
    office, laptop, tmp, worker = sites["office"], sites["laptop"], sites["tmp"], sites["worker"]
    run(laptop, "bundle", "export", "-o", str(tmp / "hello.age"))
    run(office, "bundle", "import", str(tmp / "hello.age"))
    case_id = add_case(run, office, tmp, "Rhian")
    run(office, "office", "assign", case_id, worker)
    run(office, "bundle", "export", "--to", worker, "-o", str(tmp / "give.age"))
    run(laptop, "bundle", "import", str(tmp / "give.age"))
    for store, where in ((laptop, "Vale"), (office, "Dale")):
        update = tmp / f"{where}.json"
        update.write_text(json.dumps({"locality": where}))
        assert run(store, "case", "update", case_id, str(update))[0] == 0
    run(laptop, "bundle", "export", "-o", str(tmp / "back.age"))
    code, out, _err = run(office, "bundle", "import", str(tmp / "back.age"))
    assert code == 0 and "1 new conflict to look at" in out

    code, out, _err = run(office, "conflicts", "list")
    assert code == 0 and '"Vale"' in out and '"Dale"' in out and "Ash" in out and "this office" in out
    listed = ok_json(run(office, "--json", "conflicts", "list"))
    assert [sorted(v["value"] for v in c["values"]) for c in listed] == [["Dale", "Vale"]]
    conflict_id = listed[0]["id"]
    ash_device = next(v["device_id"] for v in listed[0]["values"] if v["value"] == "Vale")

    before = fingerprint(office)
    refused(run(office, "conflicts", "resolve", conflict_id, "--value", "Oak Lane"), 2, "JSON")
    refused(run(office, "conflicts", "resolve", conflict_id, "--keep", "NOSUCHDEVICE"), 2, "not part of this conflict")
    refused(run(office, "conflicts", "resolve", "NOSUCHCONFLICT", "--keep", ash_device), 5, "No open conflict")
    assert fingerprint(office) == before

    code, out, _err = run(office, "conflicts", "resolve", conflict_id, "--keep", ash_device)
    assert code == 0 and "Resolved" in out
    assert ok_json(run(office, "--json", "case", "show", case_id))["locality"] == "Vale"
    refused(run(office, "conflicts", "resolve", conflict_id, "--keep", ash_device), 5, "No open conflict")


def test_revoke_through_the_cli(sites, run):
    office, laptop, tmp, worker = sites["office"], sites["laptop"], sites["tmp"], sites["worker"]
    run(laptop, "bundle", "export", "-o", str(tmp / "hello.age"))
    run(office, "bundle", "import", str(tmp / "hello.age"))
    code, out, _err = run(office, "office", "revoke", worker)
    assert code == 0 and "withdrawn" in out
    assert ok_json(run(office, "--json", "office", "workers"))[0]["status"] == "revoked"
    run(laptop, "bundle", "export", "-o", str(tmp / "late.age"))
    before = fingerprint(office)
    refused(run(office, "bundle", "import", str(tmp / "late.age")), 6, "withdrawn")
    refused(run(office, "bundle", "export", "--to", worker, "-o", str(tmp / "x.age")), 2, "withdrawn")
    assert fingerprint(office) == before
    assert not (tmp / "x.age").exists()


# -- bad input -------------------------------------------------------------------------------------------------


def test_enrolment_files_that_are_missing_or_malformed(tmp_path, run, sites):
    laptop = tmp_path / "new-laptop"
    refused(run(laptop, "init", "--enrol", str(tmp_path / "nowhere.json")), 1, "There is no file")
    good = json.loads((sites["tmp"] / "enrol-ash.json").read_text())
    bad_files = {
        "not-json.json": "this is not json",
        "binary.json": b"\xff\xfe\x00garbage",
        "list.json": json.dumps([good]),
        "wrong-format.json": json.dumps({**good, "format": "something-else/1"}),
        "missing-key.json": json.dumps({k: v for k, v in good.items() if k != "office_age_recipient"}),
        "bad-recipient.json": json.dumps({**good, "office_age_recipient": "age1notakey"}),
        "bad-signing-key.json": json.dumps({**good, "office_signing_public": "00ff"}),
        "bad-token.json": json.dumps({**good, "enrol_token": "not hex"}),
        "extra-key.json": json.dumps({**good, "surprise": 1}),
        "huge.json": " " * (70 * 1024),
    }
    for name, content in bad_files.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
        refused(run(laptop, "init", "--enrol", str(path)), 1, "is not an enrolment file")
    refused(run(laptop, "init", "--enrol", str(tmp_path)), 1, "is not an enrolment file")
    assert not laptop.exists() or not any(laptop.iterdir()), "no store was made"


def test_init_refuses_an_existing_store_and_bad_combinations(sites, run):
    office, laptop, tmp = sites["office"], sites["laptop"], sites["tmp"]
    enrol = tmp / "enrol-ash.json"
    before_laptop, before_office = fingerprint(laptop), fingerprint(office)
    refused(run(laptop, "init", "--enrol", str(enrol)), 1, "already exists")
    refused(run(office, "init", "--enrol", str(enrol)), 1, "already exists")
    refused(run(office, "init", "--office", "--name", "Again"), 1, "already exists")
    assert fingerprint(laptop) == before_laptop and fingerprint(office) == before_office
    refused(run(tmp / "o2", "init", "--office"), 2, "give the office a name")
    refused(run(tmp / "o3", "init", "--name", "Northshire"), 2, "only an office store has a name")
    refused(run(tmp / "o4", "init", "--office", "--name", "   "), 2, "give the office a name")
    for folder in ("o2", "o3", "o4"):
        assert not (tmp / folder / "store.db").exists()


def test_office_commands_on_a_laptop_and_laptop_commands_at_the_office(sites, run):
    office, laptop, tmp, worker = sites["office"], sites["laptop"], sites["tmp"], sites["worker"]
    before_laptop, before_office = fingerprint(laptop), fingerprint(office)
    refused(run(laptop, "office", "enrol", "--worker", "Birch", "-o", str(tmp / "b.json")), 2, "for the office store")
    refused(run(laptop, "office", "workers"), 2, "for the office store")
    refused(run(laptop, "office", "assign", "X", worker), 2, "for the office store")
    refused(run(laptop, "office", "revoke", worker), 2, "for the office store")
    refused(run(laptop, "bundle", "export", "--to", worker, "-o", str(tmp / "x.age")), 2, "--to")
    refused(run(office, "bundle", "export", "-o", str(tmp / "y.age")), 2, "--to")
    assert not (tmp / "b.json").exists() and not (tmp / "x.age").exists() and not (tmp / "y.age").exists()
    assert fingerprint(laptop) == before_laptop and fingerprint(office) == before_office


def test_office_commands_with_bad_ids(sites, run):
    office, laptop, tmp, worker = sites["office"], sites["laptop"], sites["tmp"], sites["worker"]
    before = fingerprint(office)
    refused(run(office, "bundle", "export", "--to", "NOSUCHWORKER", "-o", str(tmp / "a.age")), 2, "No worker")
    refused(run(office, "bundle", "export", "--to", worker, "-o", str(tmp / "b.age")), 2, "has not sent a bundle")
    refused(run(office, "office", "assign", "NOSUCHCASE", worker), 5, "No case")
    refused(run(office, "office", "revoke", "NOSUCHWORKER"), 5, "No worker")
    case_id = add_case(run, office, tmp)
    before = fingerprint(office)
    refused(run(office, "office", "assign", case_id, "NOSUCHWORKER"), 5, "No worker")
    refused(run(office, "office", "enrol", "--worker", "  ", "-o", str(tmp / "c.json")), 2, "worker's name")
    (tmp / "taken.json").write_text("{}")
    refused(run(office, "office", "enrol", "--worker", "Birch", "-o", str(tmp / "taken.json")), 1, "already exists")
    assert fingerprint(office) == before
    assert not any((tmp / n).exists() for n in ("a.age", "b.age", "c.json"))
    assert laptop.exists()


def test_sync_commands_on_a_store_that_does_not_sync(tmp_path, run):
    plain = tmp_path / "plain"
    assert run(plain, "init")[0] == 0
    bundle = tmp_path / "b.age"
    bundle.write_bytes(b"age-encryption.org/v1\n")
    before = fingerprint(plain)
    refused(run(plain, "bundle", "export", "-o", str(tmp_path / "x.age")), 2, "not enrolled")
    refused(run(plain, "bundle", "import", str(bundle)), 2, "not set up to sync")
    refused(run(plain, "office", "workers"), 2, "for the office store")
    assert ok_json(run(plain, "--json", "bundle", "status")) == {"role": "worker", "enrolled": False}
    code, out, _err = run(plain, "bundle", "status")
    assert code == 0 and "not enrolled" in out
    assert fingerprint(plain) == before
    refused(run(tmp_path / "nowhere", "bundle", "status"), 1, "There is no store")


def test_files_that_cannot_be_written(sites, run):
    office, laptop, tmp, worker = sites["office"], sites["laptop"], sites["tmp"], sites["worker"]
    missing = tmp / "no-such-folder"
    before_office, before_laptop = fingerprint(office), fingerprint(laptop)
    refused(run(office, "office", "enrol", "--worker", "Birch", "-o", str(missing / "e.json")), 1, "There is no folder")
    assert len(ok_json(run(office, "--json", "office", "workers"))) == 1, "no worker left enrolled without a file"
    refused(run(laptop, "bundle", "export", "-o", str(missing / "b.age")), 1, "There is no folder")
    assert fingerprint(office) == before_office and fingerprint(laptop) == before_laptop
    run(laptop, "bundle", "export", "-o", str(tmp / "hello.age"))
    run(office, "bundle", "import", str(tmp / "hello.age"))
    before_office = fingerprint(office)
    refused(run(office, "bundle", "export", "--to", worker, "-o", str(missing / "c.age")), 1, "There is no folder")
    assert fingerprint(office) == before_office
    assert not missing.exists()


# -- where -o puts a bundle ------------------------------------------------------------------------------------


def test_a_path_ending_in_a_separator_is_a_folder_and_a_missing_one_is_refused(sites, run):
    laptop, tmp = sites["laptop"], sites["tmp"]
    add_case(run, laptop, tmp, "Morgan")
    before = fingerprint(laptop)
    missing = tmp / "stick"
    refused(run(laptop, "bundle", "export", "-o", f"{missing}/"), 1, "There is no folder")
    assert not missing.exists(), "no file named like the folder"
    assert fingerprint(laptop) == before, "nothing recorded as sent"
    assert ok_json(run(laptop, "--json", "bundle", "status"))["bundles_sent"] == 0


def test_two_exports_to_one_folder_make_two_files_and_the_office_gets_both(sites, run, monkeypatch):
    office, laptop, tmp = sites["office"], sites["laptop"], sites["tmp"]
    folder = tmp / "stick"
    folder.mkdir()
    # Two bundles made in the same second get the same neutral name: the second must not replace the first.
    monkeypatch.setattr("safetyworker.sync.bundles.default_name", lambda prefix="sync": "sync-20261207-010203.age")
    add_case(run, laptop, tmp, "Morgan")
    first = ok_json(run(laptop, "--json", "bundle", "export", "-o", f"{folder}/"))
    add_case(run, laptop, tmp, "Rhian")
    second = ok_json(run(laptop, "--json", "bundle", "export", "-o", str(folder)))
    assert sorted(p.name for p in folder.iterdir()) == ["sync-20261207-010203-2.age", "sync-20261207-010203.age"]
    assert Path(first["file"]).name == "sync-20261207-010203.age" and first["file"] != second["file"]
    for path in sorted(folder.iterdir()):
        assert ok_json(run(office, "--json", "bundle", "import", str(path)))["status"] == "applied"
    worker = ok_json(run(office, "--json", "office", "workers"))[0]
    assert worker["cases"] == 2 and worker["gaps"] == []


def test_an_existing_bundle_file_is_never_replaced(sites, run):
    laptop, tmp = sites["laptop"], sites["tmp"]
    target = tmp / "hello.age"
    ok_json(run(laptop, "--json", "bundle", "export", "-o", str(target)))
    kept = target.read_bytes()
    before = fingerprint(laptop)
    refused(run(laptop, "bundle", "export", "-o", str(target)), 1, "already exists")
    assert target.read_bytes() == kept
    assert fingerprint(laptop) == before
