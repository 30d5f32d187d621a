"""The CLI as a script or an office coordinator uses it: exit codes, messages, JSON that round-trips."""

from __future__ import annotations

import hashlib
import io
import json

import keyring
import pytest
from keyring.backends import fail

from safetyworker.store.vault import DB_NAME

from .conftest import write

CASE = {
    "preferred_name": "Rhiannon",
    "legal_name": "Rhiannon Example",
    "pronouns": "she/her",
    "date_of_birth": "1988-04-02",
    "locality": "Machynlleth",
    "languages": ["Welsh", "English"],
    "address": {
        "lines": ["1 Example Row"],
        "postcode": "SY20 0ZZ",
        "safe_to_visit": False,
        "safe_to_post": False,
    },
    "status": "active",
    "contact_methods": [
        {
            "kind": "mobile",
            "value": "07700 900461",
            "safe_to_call": True,
            "if_someone_else_answers": "Ask for Jo from the surgery",
            "code_word": "blue kettle",
            "safe_windows": [{"days": ["mon", "wed"], "start": "10:00", "end": "12:00"}],
            "blackout_windows": [{"start": "2026-12-24T00:00", "end": "2026-12-27T00:00"}],
        }
    ],
    "children": [{"name": "Elis", "age": 6}],
    "person_causing_harm": {
        "name": "Gareth Example",
        "relationship": "ex-partner",
        "custody_status": "community",
        "programme": {"name": "Building Choices", "start_date": "2026-09-07"},
    },
}


def digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def test_init_then_refuses_to_init_again(cli, store_dir):
    code, out, _ = cli("init")
    assert code == 0 and "Created an encrypted store" in out
    before = digest(store_dir)
    code, _, err = cli("init")
    assert code != 0 and "already exists" in err
    assert digest(store_dir) == before


def test_wrong_passphrase_exits_nonzero_and_changes_nothing(cli_store, store_dir, monkeypatch):
    before = digest(store_dir)
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", "this is not it at all")
    code, _out, err = cli_store("case", "list")
    assert code == 3
    assert "Wrong passphrase" in err and "Traceback" not in err
    # the store is untouched; the one file written is a plain count of failures, for the audit trail at the next
    # unlock (docs/audit.md): a number and nothing else
    after = digest(store_dir)
    assert (store_dir / "unlock-failures").read_bytes() == b"1"
    del after["unlock-failures"]
    assert after == before


def test_add_show_round_trip_through_json(cli_store, tmp_path):
    code, out, _ = cli_store("case", "add", write(tmp_path, "case.json", CASE), "--json")
    assert code == 0
    [first] = json.loads(out)
    code, shown, _ = cli_store("case", "show", first["id"], "--json")
    doc = json.loads(shown)
    assert doc["contact_methods"][0]["value"] == "+447700900461"
    assert doc["contact_methods"][0]["display"] == "07700 900461"
    assert doc["contact_methods"][0]["voicemail_allowed"] is False
    assert doc["contact_methods"][0]["withhold_number"] is True

    code, out, _ = cli_store("case", "add", "-", "--json", stdin=shown)
    assert code == 0
    [second] = json.loads(out)
    again = json.loads(cli_store("case", "show", second["id"], "--json")[1])

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "created_at", "updated_at")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    assert strip(again) == strip(doc)


def test_add_list_of_cases_prints_each_id(cli_store, tmp_path):
    cases = [dict(CASE, preferred_name=n) for n in ("Ash", "Bo", "Cai")]
    code, out, _ = cli_store("case", "add", write(tmp_path, "cases.json", cases))
    assert code == 0 and len(out.split()) == 3
    code, out, _ = cli_store("case", "list", "--json")
    assert sorted(c["preferred_name"] for c in json.loads(out)) == ["Ash", "Bo", "Cai"]


def test_bad_object_names_the_field_and_adds_nothing(cli_store, tmp_path):
    bad = [CASE, dict(CASE, contact_methods=[{"kind": "mobile", "value": "0770"}])]
    code, _out, err = cli_store("case", "add", write(tmp_path, "bad.json", bad))
    assert code == 2
    assert "[1].contact_methods[0].value" in err
    assert json.loads(cli_store("case", "list", "--json")[1]) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [("{oops", "not valid JSON"), ("[]", "no cases"), ('"text"', "expected an object")],
)
def test_malformed_input_file(cli_store, tmp_path, content, message):
    code, _, err = cli_store("case", "add", write(tmp_path, "x.json", content))
    assert code == 2 and message in err


def test_missing_input_file(cli_store, tmp_path):
    code, _, err = cli_store("case", "add", str(tmp_path / "nope.json"))
    assert code == 1 and "There is no file" in err


def test_list_search_table_and_show_text(cli_store, tmp_path):
    cli_store("case", "add", write(tmp_path, "c.json", [CASE, dict(CASE, preferred_name="Tom", locality="Bala")]))
    code, out, _ = cli_store("case", "list", "--search", "machyn")
    assert code == 0 and "Rhiannon" in out and "Tom" not in out and "07700 900461" in out
    case_id = json.loads(cli_store("case", "list", "--json", "--search", "Tom")[1])[0]["id"]
    code, out, _ = cli_store("case", "show", case_id)
    assert "Voicemail or message" in out and "NEVER" in out and "blue kettle" in out


def test_update_and_close(cli_store, tmp_path):
    case_id = json.loads(cli_store("case", "add", write(tmp_path, "c.json", CASE), "--json")[1])[0]["id"]
    code, out, _ = cli_store("case", "update", case_id, write(tmp_path, "u.json", {"locality": "Aberdyfi"}), "--json")
    assert code == 0 and json.loads(out)["changed"] == ["locality"]
    code, _, err = cli_store("case", "close", case_id, "--reason", " ")
    assert code == 2 and "why" in err
    assert cli_store("case", "close", case_id, "--reason", "moved out of the area")[0] == 0
    assert json.loads(cli_store("case", "list", "--json")[1]) == []
    closed = json.loads(cli_store("case", "list", "--all", "--json")[1])
    assert closed[0]["status"] == "closed"


def test_unknown_case_id(cli_store):
    code, _, err = cli_store("case", "show", "01NOTAREALID")
    assert code == 5 and "no case" in err


def test_doctor_reports_versions_checks_and_protection(cli_store):
    code, out, _ = cli_store("doctor", "--json")
    report = json.loads(out)
    assert code == 0 and report["healthy"] is True
    assert report["sqlcipher_version"].startswith("4.")
    assert report["cipher_integrity_check"] == "ok" and report["integrity_check"] == "ok"
    assert report["protection"] == "os-keyring"
    assert "MemoryKeyring" in report["keyring_backend"]


def test_doctor_says_reduced_protection_without_a_keyring(cli):
    keyring.set_keyring(fail.Keyring())
    assert cli("init")[0] == 0
    code, out, _ = cli("doctor")
    assert code == 0 and "reduced protection" in out


def test_damaged_store_gives_the_clear_error(cli_store, store_dir):
    db = store_dir / DB_NAME
    db.write_bytes(db.read_bytes()[:5000])
    for argv in (("case", "list"), ("doctor",)):
        code, out, err = cli_store(*argv)
        assert code != 0
        assert "Traceback" not in out + err
        assert "damaged or incomplete" in out + err or "cut short" in out + err


def test_passphrase_change(cli_store, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_NEW_PASSPHRASE", "another fine passphrase")
    assert cli_store("passphrase", "change")[0] == 0
    assert cli_store("case", "list")[0] == 3
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", "another fine passphrase")
    assert cli_store("case", "list")[0] == 0


def test_no_passphrase_and_no_terminal(cli_store, monkeypatch):
    monkeypatch.delenv("SAFETYWORKER_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = cli_store("case", "list")
    assert code == 1 and "SAFETYWORKER_PASSPHRASE" in err


def test_a_bug_is_reported_without_a_traceback(cli_store, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("case content must not leak")

    monkeypatch.setattr("safetyworker.services.cases.CaseService.search", broken)
    code, _out, err = cli_store("case", "list")
    assert code == 70
    assert "bug" in err and "Traceback" not in err and "must not leak" not in err


def test_demo_fills_a_new_store(cli):
    code, out, _ = cli("demo", "--json")
    assert code == 0 and len(json.loads(out)) >= 10
    listed = json.loads(cli("case", "list", "--json")[1])
    assert all(c["phone"] is None or c["phone"].startswith(("+447700900", "+441632960")) for c in listed)


def test_the_case_table_and_planned_contacts_give_dates_the_uk_way(cli_store):
    """One date format for people (issue 17): day/month/year in the table, written out in a case's planned
    contacts; --json keeps the stored YYYY-MM-DD."""
    import re

    assert cli_store("demo")[0] == 0
    code, out, _ = cli_store("case", "list")
    assert code == 0 and re.search(r"\b\d{2}/\d{2}/\d{4}\b", out) and not re.search(r"\d{4}-\d{2}-\d{2}", out)
    listed = json.loads(cli_store("case", "list", "--json")[1])
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["next_contact"] or "") for c in listed)
    ffion = next(c["id"] for c in listed if c["preferred_name"] == "Ffion")
    out = cli_store("case", "show", ffion)[1]
    planned = out.split("Planned contacts:")[1].split("\n\n")[0]
    assert re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}\b", planned), planned
