"""`safetyworker agency|share|action ...` as an office script or a worker uses them: an agency with its named
contacts, a case linked to its probation officer, a sharing record with an action due in working days, the
action listed until it is marked done; JSON everywhere; bad input exit 2 naming the field, nothing saved."""

from __future__ import annotations

import json

import pytest

from .conftest import write

AGENCIES = [
    {
        "name": "Northshire Probation Delivery Unit",
        "kind": "probation",
        "phone": "01632 960001",
        "email": "pdu@northshire.example",
        "contacts": [
            {"name": "Alex Reed", "role": "Probation officer", "phone": "07700 900201", "email": "a.reed@pdu.example"},
            {"name": "Kim Shaw", "role": "Programme tutor"},
        ],
    },
    {
        "name": "Northshire Police Public Protection Unit",
        "kind": "police",
        "contacts": [{"name": "DC Jo Park", "role": "Domestic abuse officer", "phone": "020 7946 0999"}],
    },
]
CASE = {"preferred_name": "Siân", "address": {"lines": ["7 Hidden Lane"], "postcode": "NS1 2AB"}}


@pytest.fixture
def world(cli_store, tmp_path):
    code, out, err = cli_store("agency", "add", write(tmp_path, "agencies.json", AGENCIES), "--json")
    assert code == 0, err
    assert len(json.loads(out)["ids"]) == 2
    code, out, _ = cli_store("agency", "list", "--json")
    agencies = {a["kind"]: a for a in json.loads(out)}
    contacts = {c["name"]: c["id"] for a in agencies.values() for c in a["contacts"]}
    code, out, _ = cli_store("case", "add", write(tmp_path, "case.json", CASE))
    return {"cli": cli_store, "case": out.strip(), "contacts": contacts, "agencies": agencies}


def test_agency_list_and_show(world):
    cli = world["cli"]
    probation = world["agencies"]["probation"]
    assert probation["phone"] == "+441632960001"
    assert probation["local"] is False  # made at the office's end (this store is not an enrolled laptop)
    code, out, _ = cli("agency", "show", probation["id"])
    assert code == 0
    assert "Alex Reed, Probation officer: 07700 900201, a.reed@pdu.example" in out
    code, out, _ = cli("agency", "list")
    assert "Northshire Police Public Protection Unit" in out and "DC Jo Park" in out


def test_bad_agency_refused_whole(cli_store, tmp_path):
    bad = [AGENCIES[0], {"name": "Housing", "kind": "housing", "contacts": [{"name": "X", "phone": "12"}]}]
    code, _, err = cli_store("agency", "add", write(tmp_path, "bad.json", bad))
    assert code == 2 and "[1].contacts[0].phone" in err and "Traceback" not in err
    code, out, _ = cli_store("agency", "list", "--json")
    assert json.loads(out) == []  # nothing half-written


def test_case_links_its_agency_contacts(world, tmp_path):
    cli, case_id, contacts = world["cli"], world["case"], world["contacts"]
    update = {"agency_contacts": [contacts["Alex Reed"], contacts["Kim Shaw"]]}
    assert cli("case", "update", case_id, write(tmp_path, "u.json", update))[0] == 0
    code, out, _ = cli("case", "show", case_id, "--json")
    linked = json.loads(out)["agency_contacts"]
    assert [(c["name"], c["role"], c["agency"]) for c in linked] == [
        ("Alex Reed", "Probation officer", "Northshire Probation Delivery Unit"),
        ("Kim Shaw", "Programme tutor", "Northshire Probation Delivery Unit"),
    ]
    code, _, err = cli("case", "update", case_id, write(tmp_path, "b.json", {"agency_contacts": ["nope"]}))
    assert code == 2 and "agency_contacts[0]" in err
    assert cli("case", "update", case_id, write(tmp_path, "c.json", {"agency_contacts": []}))[0] == 0
    code, out, _ = cli("case", "show", case_id, "--json")
    assert json.loads(out)["agency_contacts"] == []


def share_doc(contacts, **extra):
    doc = {
        "direction": "received",
        "contact_id": contacts["Alex Reed"],
        "date": "2026-12-04",
        "summary": "He has a new address: 12 Mill Road.",
        "basis": "consent",
        "actions": [
            {
                "what": "Tell the police unit about the new address",
                "to_contact_id": contacts["DC Jo Park"],
                "due_in_working_days": 1,
            }
        ],
    }
    doc.update(extra)
    return doc


def test_share_add_list_action_done_journey(world, tmp_path):
    cli, case_id, contacts = world["cli"], world["case"], world["contacts"]
    # Friday 4 December 2026: one working day later is Monday 7th
    code, out, err = cli("share", "add", case_id, write(tmp_path, "s.json", share_doc(contacts)), "--json")
    assert code == 0, err
    record = json.loads(out)
    assert record["direction"] == "received" and record["basis"] == "consent"
    [action] = record["actions"]
    assert action["due_on"] == "2026-12-07"
    assert action["to"].startswith("DC Jo Park (Domestic abuse officer")
    assert action["open"] is True

    code, out, _ = cli("share", "list", case_id)
    assert "Received from Alex Reed (Probation officer" in out and "Tell the police unit" in out
    code, out, _ = cli("action", "list", "--open", "--json")
    assert [a["id"] for a in json.loads(out)] == [action["id"]]

    code, _, err = cli("action", "done", action["id"], "--how", "   ")
    assert code == 2 and "how" in err
    code, out, _ = cli("action", "done", action["id"], "--how", "Phoned DC Park", "--json")
    assert code == 0
    done = json.loads(out)
    assert done["open"] is False and done["done_how"] == "Phoned DC Park" and done["done_on"]
    code, out, _ = cli("action", "list", "--open", "--json")
    assert json.loads(out) == []
    code, out, _ = cli("action", "list", "--json")
    assert [a["done_how"] for a in json.loads(out)] == ["Phoned DC Park"]
    code, _, err = cli("action", "done", action["id"], "--how", "again")
    assert code == 2 and "already" in err


def test_action_done_on_a_day_typed_the_uk_way_and_never_before_the_sharing(world, tmp_path):
    """A worker types the day as every other date in the app (04/12/2026); a day before the sharing the action
    came from (Friday 4 December) cannot be when it was passed on: refused, naming --on, nothing saved."""
    cli, case_id, contacts = world["cli"], world["case"], world["contacts"]
    code, out, err = cli("share", "add", case_id, write(tmp_path, "s.json", share_doc(contacts)), "--json")
    assert code == 0, err
    [action] = json.loads(out)["actions"]
    code, _, err = cli("action", "done", action["id"], "--how", "Phoned DC Park", "--on", "03/12/2026")
    assert code == 2 and err.startswith("safetyworker: on:") and "before the sharing" in err
    assert "Traceback" not in err
    code, out, _ = cli("action", "list", "--open", "--json")
    assert [a["id"] for a in json.loads(out)] == [action["id"]]  # still open
    code, out, err = cli("action", "done", action["id"], "--how", "Phoned DC Park", "--on", "04/12/2026", "--json")
    assert code == 0, err
    assert json.loads(out)["done_on"] == "2026-12-04"


def test_safeguarding_without_reason_refused(world, tmp_path):
    cli, case_id, contacts = world["cli"], world["case"], world["contacts"]
    doc = share_doc(contacts, direction="shared", basis="safeguarding")
    code, _, err = cli("share", "add", case_id, write(tmp_path, "s.json", doc))
    assert code == 2 and "reason" in err and "consent" in err
    code, out, _ = cli("share", "list", case_id, "--json")
    assert json.loads(out) == []
    doc["reason"] = "Children at immediate risk; the person could not be reached safely."
    assert cli("share", "add", case_id, write(tmp_path, "s.json", doc))[0] == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"contact_id": "nobody"}, "contact_id"),
        ({"direction": "sideways"}, "direction"),
        ({"date": "2999-01-01"}, "date"),
        ({"actions": [{"what": "x"}]}, "actions[0].due"),
        ({"actions": [{"what": "x", "due_in_working_days": 1, "owner_contact_id": "nobody"}]}, "owner_contact_id"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_sharing_names_the_field(world, tmp_path, change, field):
    cli, case_id, contacts = world["cli"], world["case"], world["contacts"]
    code, _, err = cli("share", "add", case_id, write(tmp_path, "s.json", share_doc(contacts, **change)))
    assert code == 2 and field in err and "Traceback" not in err
    code, out, _ = cli("share", "list", case_id, "--json")
    assert json.loads(out) == []


def test_share_from_standard_input(world):
    cli, case_id, contacts = world["cli"], world["case"], world["contacts"]
    code, out, err = cli("share", "add", case_id, "-", "--json", stdin=json.dumps(share_doc(contacts)))
    assert code == 0, err
    assert json.loads(out)["summary"].startswith("He has a new address")


def test_all_workers_only_at_the_office(world):
    code, _, err = world["cli"]("action", "list", "--all-workers")
    assert code == 2 and "office" in err
