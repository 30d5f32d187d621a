"""`safetyworker log add --minutes/--support`, `support add|show` and `directory list|search|add|import|add-to-plan`
as a worker and an office script use them: JSON everywhere, exit 2 naming the field with nothing saved on bad
input, a directory spreadsheet taken whole or not at all with every bad row named."""

from __future__ import annotations

import json

import pytest

from .conftest import write

CASE = {
    "preferred_name": "Siân",
    "locality": "Rhayader",
    "address": {"lines": ["7 Hidden Lane"], "postcode": "LD6 5AB"},
    "contact_methods": [{"kind": "mobile", "value": "07700 900123"}],
}
HEADER = "name,kinds,serves,areas,outreach,hours,phone,email,languages,welsh_language,referral,checked\n"
GOOD_CSV = (
    HEADER
    + "Upper Wye Housing (test),housing;benefits_money,any,Rhayader;LD6,yes,Mon-Fri,01632 960201,,English;Welsh,yes,"
    "Phone them,2026-10-01\n"
    + "Wyeside Housing (test),housing,any,Builth Wells;LD2,no,Tue,01632 960202,,English,no,,2026-10-01\n"
    + "Anywhere Transport (test),transport,any,,yes,,01632 960203,,,no,,2024-01-01\n"
    + "Hillside Women (test),housing;emotional,women,LD,yes,,01632 960204,,,yes,,2026-10-01\n"
)


@pytest.fixture
def case_id(cli_store, tmp_path):
    code, out, _ = cli_store("case", "add", write(tmp_path, "case.json", CASE))
    assert code == 0
    return out.strip()


def one_line_error(err: str) -> None:
    assert err.startswith("safetyworker: ") and err.count("\n") == 1 and "Traceback" not in err, err


def test_a_visit_and_a_call_to_housing_show_as_time_and_support_given(cli_store, case_id):
    code, out, err = cli_store(
        "log",
        "add",
        case_id,
        "--outcome",
        "visit_done",
        "--channel",
        "visit",
        "--minutes",
        "60",
        "--travel-minutes",
        "45",
        "--support",
        "emotional,safety_planning",
        "--json",
    )
    assert code == 0, err
    code, out, err = cli_store(
        "support", "add", case_id, "--minutes", "25", "--support", "housing", "--note", "Rang the council", "--json"
    )
    assert code == 0, err
    entry = json.loads(out)["id"]
    code, out, _ = cli_store("support", "show", case_id, "--json")
    shown = json.loads(out)
    assert shown["this_month"]["minutes"] == 85 and shown["this_month"]["travel_minutes"] == 45
    assert shown["since_referral"]["by_kind"] == {"emotional": 60, "safety_planning": 60, "housing": 25}
    assert [e["id"] for e in shown["entries"]] == [entry]
    code, out, _ = cli_store("case", "show", case_id, "--json")
    log = json.loads(out)["contact_log"][-1]
    assert (log["minutes"], log["travel_minutes"], log["support"]) == (60, 45, ["safety_planning", "emotional"])
    code, out, _ = cli_store("support", "show", case_id)
    assert "1 h 25 min" in out and "Housing: 25 min" in out


def test_a_support_entry_corrected_once_cannot_be_corrected_again(cli_store, case_id):
    """Two corrections of one entry would both count in the totals: the second is refused, naming the entry to
    correct instead, and nothing is saved (as for the contact log and notes)."""

    def add(*extra):
        code, out, err = cli_store("support", "add", case_id, "--minutes", *extra, "--support", "housing", "--json")
        return code, (json.loads(out)["id"] if code == 0 else None), err

    _code, first, _err = add("30")
    code, second, err = add("45", "--corrects", first)
    assert code == 0, err
    code, _none, err = add("50", "--corrects", first)
    assert code == 2
    one_line_error(err)
    assert "--corrects" in err and second in err
    code, out, _ = cli_store("support", "show", case_id, "--json")
    assert json.loads(out)["since_referral"]["minutes"] == 45
    code, _third, err = add("50", "--corrects", second)  # the latest of the chain can be corrected
    assert code == 0, err


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["support", "add", "{case}", "--minutes", "ten", "--support", "housing"], "--minutes"),
        (["support", "add", "{case}", "--minutes", "10", "--support", "gardening"], "--support"),
        (["support", "add", "{case}", "--minutes", "10", "--support", ","], "--support"),
        (["support", "add", "{case}", "--minutes", "99999", "--support", "housing"], "--minutes"),
        (["log", "add", "{case}", "--outcome", "spoke", "--support", "housing,nonsense"], "--support"),
        (["log", "add", "{case}", "--outcome", "spoke", "--travel-minutes", "-3"], "--travel-minutes"),
        (["directory", "search", "--need", "gardening"], "need"),
    ],
)
def test_bad_input_is_exit_2_naming_the_field_and_nothing_is_saved(cli_store, case_id, argv, field):
    code, out, err = cli_store(*[a.replace("{case}", case_id) for a in argv])
    assert code == 2, (out, err)
    one_line_error(err)
    assert field in err
    code, out, _ = cli_store("support", "show", case_id, "--json")
    assert json.loads(out)["since_referral"]["entries"] == 0


def test_directory_search_takes_the_need_and_group_as_the_list_shows_them(cli_store, tmp_path):
    """Issue 19 review: the list shows "Housing", so --need Housing (or HOUSING) must find the same as housing;
    --serves likewise ("Men", "MEN"); a word that names nothing is still refused, naming the field."""
    path = tmp_path / "directory.csv"
    path.write_text(GOOD_CSV)
    assert cli_store("directory", "import", str(path))[0] == 0
    code, out, err = cli_store("directory", "search", "--need", "housing", "--serves", "men", "--json")
    assert code == 0, err
    wanted = [e["name"] for e in json.loads(out)["entries"]]
    assert wanted == ["Upper Wye Housing (test)", "Wyeside Housing (test)"]
    for need, serves in (("Housing", "Men"), ("HOUSING", "MEN"), (" housing ", "men")):
        code, out, err = cli_store("directory", "search", "--need", need, "--serves", serves, "--json")
        assert code == 0, err
        assert [e["name"] for e in json.loads(out)["entries"]] == wanted
    code, out, _ = cli_store("directory", "search", "--need", "Benefits and money", "--json")
    assert [e["name"] for e in json.loads(out)["entries"]] == ["Upper Wye Housing (test)"]
    code, out, _ = cli_store("directory", "search", "--serves", "lgbt+ people", "--need", "emotional", "--json")
    assert code == 0 and json.loads(out)["entries"] == []
    code, _, err = cli_store("directory", "search", "--serves", "Martians")
    assert code == 2 and "serves" in err
    one_line_error(err)


def test_directory_import_search_near_the_case_and_add_to_plan(cli_store, case_id, tmp_path):
    path = tmp_path / "directory.csv"
    path.write_text(GOOD_CSV)
    code, out, err = cli_store("directory", "import", str(path), "--json")
    assert code == 0, err
    assert json.loads(out) == {"added": 4, "updated": 0, "unchanged": 0}
    code, out, _ = cli_store("directory", "search", "--near", "Rhayader", "--need", "housing", "--json")
    found = json.loads(out)["entries"]
    assert [(e["name"], e["area"]) for e in found] == [
        ("Upper Wye Housing (test)", "covers"),
        ("Hillside Women (test)", "elsewhere"),
        ("Wyeside Housing (test)", "elsewhere"),
    ]
    # the case's postcode district (LD6) and area (LD) count too; men are not offered a service for women
    code, out, err = cli_store(
        "directory", "search", "--case", case_id, "--need", "housing", "--serves", "men", "--json"
    )
    assert code == 0, err
    assert [e["name"] for e in json.loads(out)["entries"]] == ["Upper Wye Housing (test)", "Wyeside Housing (test)"]
    code, out, _ = cli_store("directory", "search", "--case", case_id, "--need", "housing", "--json")
    assert [e["area"] for e in json.loads(out)["entries"]] == ["covers", "covers", "elsewhere"]
    code, out, _ = cli_store("directory", "search", "--near", "Rhayader", "--outreach", "--welsh", "--json")
    assert [e["name"] for e in json.loads(out)["entries"]] == ["Upper Wye Housing (test)", "Hillside Women (test)"]
    code, out, _ = cli_store("directory", "list", "--json")
    listed = {e["name"]: e for e in json.loads(out)["entries"]}
    assert listed["Anywhere Transport (test)"]["stale"] and not listed["Upper Wye Housing (test)"]["stale"]
    entry = listed["Upper Wye Housing (test)"]["id"]
    code, out, err = cli_store("directory", "add-to-plan", entry, case_id, "--json")
    assert code == 0, err
    assert json.loads(out)["plan_version"] == 1
    code, out, _ = cli_store("plan", "show", case_id, "--json")
    items = json.loads(out)["items"]
    assert items == [
        {
            "section": "local_services",
            "text": "Upper Wye Housing (test) – 01632 960201 – Mon-Fri",
            "personal_copy": False,
            "meaning": "",
        }
    ]
    code, out, _ = cli_store("directory", "add-to-plan", entry, case_id, "--json")
    assert json.loads(out)["plan_version"] is None, "already there: no new version"
    # the same file again updates nothing
    code, out, _ = cli_store("directory", "import", str(path), "--json")
    assert json.loads(out) == {"added": 0, "updated": 0, "unchanged": 4}


def test_a_directory_file_with_bad_rows_imports_nothing_and_names_every_row(cli_store, tmp_path):
    bad = (
        HEADER
        + "Good (test),housing,any,,no,,,,,no,,\n"
        + "Bad phone (test),housing,any,,no,,12,,,no,,\n"
        + "No kinds (test),,any,,no,,,,,no,,\n"
        + "Bad flag (test),housing,any,,perhaps,,,,,no,,\n"
        + "Good (test),housing,any,,no,,,,,no,,\n"
    )
    code, out, err = cli_store("directory", "import", write(tmp_path, "bad.csv", bad), "--json")
    assert code == 2, err
    problems = json.loads(out)["problems"]
    assert [(p["line"], p["field"]) for p in problems] == [(3, "phone"), (4, "kinds"), (5, "outreach"), (6, "name")]
    code, out, _ = cli_store("directory", "list", "--json")
    assert json.loads(out)["entries"] == []
    code, out, err = cli_store("directory", "import", write(tmp_path, "bad.csv", bad))
    assert code == 2 and "line 3, phone" in out and "Nothing was imported" in out


def test_directory_add_from_standard_input(cli_store, monkeypatch):
    import io
    import sys

    entry = {"name": "Food bank (test)", "kinds": ["benefits_money"], "serves": "any", "areas": ["Rhayader"]}
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(entry).encode())))
    code, out, err = cli_store("directory", "add", "-", "--json")
    assert code == 0, err
    code, out, _ = cli_store("directory", "list", "--json")
    (listed,) = json.loads(out)["entries"]
    assert listed["name"] == "Food bank (test)" and listed["checked"] is None and listed["stale"]


def test_directory_edit_checked_and_remove_change_one_entry_and_refuse_bad_input_whole(cli_store, tmp_path):
    entry = {"name": "Food bank (test)", "kinds": ["benefits_money"], "areas": ["Rhayader"], "phone": "01632 960301"}
    code, out, err = cli_store("directory", "add", write(tmp_path, "e.json", entry))
    entry_id = out.strip()
    changed = {**entry, "phone": "01632 960302", "hours": "Fri 10:00–12:00"}
    code, out, err = cli_store("directory", "edit", entry_id, write(tmp_path, "e2.json", changed), "--json")
    assert code == 0, err
    assert sorted(json.loads(out)["changed"]) == ["hours", "phone"]
    code, out, err = cli_store("directory", "edit", entry_id, write(tmp_path, "e3.json", {**entry, "phone": "12"}))
    assert code == 2 and "phone" in err
    one_line_error(err)
    code, out, err = cli_store("directory", "checked", entry_id, "--json")
    assert code == 0, err
    code, out, _ = cli_store("directory", "list", "--json")
    (listed,) = json.loads(out)["entries"]
    assert listed["phone"] == "+441632960302" and listed["checked"] is not None and not listed["stale"]
    code, out, err = cli_store("directory", "remove", entry_id, "--json")
    assert code == 0 and json.loads(out)["removed"], err
    code, out, _ = cli_store("directory", "list", "--json")
    assert json.loads(out)["entries"] == []
    code, out, err = cli_store("directory", "remove", entry_id)
    assert code != 0 and "Traceback" not in err


@pytest.mark.parametrize("minutes", ["lots", -5, 10**12, 2.5])
def test_support_minutes_stored_as_no_form_takes_count_as_none_and_never_crash(cli_store, store_dir, case_id, minutes):
    """An entry from an older version or a damaged edit: the case's totals and the support report still add up
    (the bad entry counts as no time) and doctor names it."""
    from safetyworker.store.vault import Store

    from .conftest import PASSPHRASE

    code, out, err = cli_store("--json", "support", "add", case_id, "--minutes", "20", "--support", "housing")
    assert code == 0, err
    with Store.unlock(store_dir, PASSPHRASE) as store, store.transaction():
        store.db.execute(
            "INSERT INTO support_entry (id, created_hlc, device_id, case_id, at, minutes, travel_minutes, "
            "support_kinds, note, author, corrects_id) SELECT 'X1', created_hlc, device_id, case_id, at, ?, "
            "travel_minutes, support_kinds, note, author, corrects_id FROM support_entry",
            (minutes,),
        )
    code, out, err = cli_store("--json", "support", "show", case_id)
    assert code == 0, err
    assert json.loads(out)["since_referral"]["minutes"] == 20
    code, out, err = cli_store("support", "show", case_id)
    assert code == 0, err
    code, out, err = cli_store("--json", "report", "support")
    assert code == 0, err
    code, out, err = cli_store("--json", "doctor")
    assert code == 1 and [b["record_id"] for b in json.loads(out)["bad_values"]] == ["X1"]
