"""Lone working through the CLI, as a worker plans a day: a visit at an address not marked safe to visit is
refused (exit 2, nothing saved) until a neutral place is given; the day's list says who is overdue at a given
moment (never the real clock's time of day); back safe clears it; the visit is logged in the contact log; the
visit sheet is a PDF with as little on it as the office's lone-working log needs."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from safetyworker.store.vault import Store

from .conftest import PASSPHRASE, write

UNSAFE = {
    "preferred_name": "Siân Visitee",
    "address": {"lines": ["7 Hidden Lane"], "postcode": "NS1 2AB", "safe_to_visit": False},
    "contact_methods": [{"kind": "mobile", "value": "07700 900123"}],
    "person_causing_harm": {"name": "Liam Hardy", "custody_status": "on_licence"},
}
SAFE = {**UNSAFE, "preferred_name": "Robin Safe", "address": {"lines": ["9 Open Road"], "safe_to_visit": True}}


@pytest.fixture
def cases(cli_store, tmp_path):
    ids = {}
    for key, data in (("unsafe", UNSAFE), ("safe", SAFE)):
        code, out, _ = cli_store("case", "add", write(tmp_path, f"{key}.json", data))
        assert code == 0
        ids[key] = out.strip()
    return ids


def plan(cli_store, case_id, *extra):
    return cli_store(
        "visit",
        "plan",
        case_id,
        "--at",
        "2025-12-08T10:00",
        "--minutes",
        "60",
        "--back-by",
        "2025-12-08T11:30",
        "--json",
        *extra,
    )


def rows(store_dir):
    with Store.unlock(store_dir, PASSPHRASE) as store:
        return store.db.execute("SELECT count(*) FROM visit").fetchone()[0]


def test_a_visit_at_an_address_not_safe_to_visit_is_refused_until_a_neutral_place_is_given(cli_store, cases, store_dir):
    code, out, err = plan(cli_store, cases["unsafe"])
    assert code == 2 and out == ""
    assert err.startswith("safetyworker: ") and err.count("\n") == 1 and "Traceback" not in err
    assert "--where" in err and "not marked safe to visit" in err
    assert rows(store_dir) == 0, "nothing saved"

    code, out, err = plan(cli_store, cases["unsafe"], "--where", "Hill Library, meeting room 2")
    assert code == 0, err
    visit = json.loads(out)
    # 10:00 local time in December is 10:00 UTC in London
    assert visit["case_id"] == cases["unsafe"]
    assert (visit["at"], visit["back_by"], visit["back_at"]) == ("2025-12-08T10:00:00Z", "2025-12-08T11:30:00Z", None)
    assert visit["place"] == "Hill Library, meeting room 2" and not visit["at_address"]

    code, out, err = plan(cli_store, cases["safe"])
    assert code == 0, err
    assert json.loads(out)["at_address"]


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (("--back-by", "2025-12-08T10:30"), "--back-by"),  # before the visit ends
        (("--back-by", "2025-12-09T10:30"), "--back-by"),  # far too late for a welfare call
        (("--minutes", "lots"), "--minutes"),
        (("--at", "tomorrow at ten"), "--at"),
    ],
)
def test_times_that_make_no_sense_are_refused_naming_the_option(cli_store, cases, store_dir, change, says):
    argv = {"--at": "2025-12-08T10:00", "--minutes": "60", "--back-by": "2025-12-08T11:30"}
    argv[change[0]] = change[1]
    flat = [x for kv in argv.items() for x in kv]
    code, _out, err = cli_store("visit", "plan", cases["safe"], *flat)
    assert code == 2 and says in err, err
    assert rows(store_dir) == 0


def test_the_day_list_says_overdue_after_back_by_and_back_safe_clears_it(cli_store, cases):
    code, out, _ = plan(cli_store, cases["safe"])
    visit_id = json.loads(out)["id"]

    def listed(now):
        code, out, err = cli_store("visit", "list", "--date", "2025-12-08", "--now", now, "--json")
        assert code == 0, err
        return json.loads(out)

    before = listed("2025-12-08T11:29Z")
    assert [(v["id"], v["overdue"]) for v in before] == [(visit_id, False)]
    assert set(before[0]) >= {"case_id", "worker", "at", "back_by", "back_at", "overdue"}
    assert [v["overdue"] for v in listed("2025-12-08T11:31Z")] == [True]
    assert listed("2025-12-08T11:31Z")[0]["back_at"] is None
    code, out, _ = cli_store("visit", "list", "--date", "2025-12-09", "--now", "2025-12-08T11:31Z", "--json")
    assert json.loads(out) == [], "another day's list"

    code, out, err = cli_store("visit", "back", visit_id, "--at", "2025-12-08T11:40Z", "--json")
    assert code == 0, err
    assert json.loads(out)["back_at"] == "2025-12-08T11:40:00Z"
    after = listed("2025-12-08T18:00Z")
    assert [(v["back_at"], v["overdue"]) for v in after] == [("2025-12-08T11:40:00Z", False)]

    code, out, _ = cli_store("visit", "list", "--date", "2025-12-08", "--now", "2025-12-08T18:00Z")
    assert "Visit" in out and "11:40" in out


def test_on_the_laptop_an_overdue_visit_tells_the_worker_what_to_do_not_to_ring_themselves(cli_store, cases):
    """`visit list` runs on the worker's own laptop: "ring the worker now" would be telling them to ring
    themselves. It says to mark themselves back safe, or, if they are not safe, to ring 999 or the office."""
    plan(cli_store, cases["safe"])
    code, out, err = cli_store("visit", "list", "--date", "2025-12-08", "--now", "2025-12-08T11:31Z")
    assert code == 0, err
    last = out.strip().splitlines()[-1]
    assert last == (
        "1 visit overdue: if you are safe, mark yourself back safe now. If you are not safe, ring 999, or your office."
    )
    assert "ring the worker" not in out


def test_a_visit_whose_start_cannot_be_read_is_listed_first(cli_store, cases, store_dir):
    """It is the one that needs looking at (its time shows as ??:??): first on the day's list, not last."""
    code, out, _ = plan(cli_store, cases["safe"])
    early = json.loads(out)["id"]
    code, out, _ = cli_store(
        "visit", "plan", cases["safe"], "--at", "2025-12-08T14:00", "--minutes", "30",
        "--back-by", "2025-12-08T15:00", "--json",
    )  # fmt: skip
    damaged = json.loads(out)["id"]
    with Store.unlock(store_dir, PASSPHRASE) as store, store.transaction():
        # a start no form takes, that sorts after the stored moments as text
        store.db.execute("UPDATE visit SET at = 'soon' WHERE id = ?", (damaged,))
    for command in (("visit", "list"),):
        code, out, err = cli_store(*command, "--date", "2025-12-08", "--now", "2025-12-08T09:00Z", "--json")
        assert code == 0, err
        assert [v["id"] for v in json.loads(out)] == [damaged, early]
    code, out, _ = cli_store("visit", "list", "--date", "2025-12-08", "--now", "2025-12-08T09:00Z")
    lines = [line for line in out.splitlines() if early in line or damaged in line]
    assert damaged in lines[0] and "??:??" in lines[0]


def test_the_day_is_typed_the_uk_way_too(cli_store, cases):
    """A worker types 08/12/2025 as in every other date: the same list as 2025-12-08; nonsense is one line, exit 2."""
    code, out, _ = plan(cli_store, cases["safe"])
    visit_id = json.loads(out)["id"]
    code, out, err = cli_store("visit", "list", "--date", "08/12/2025", "--now", "2025-12-08T11:00Z", "--json")
    assert code == 0, err
    assert [v["id"] for v in json.loads(out)] == [visit_id]
    code, _out, err = cli_store("visit", "list", "--date", "31/02/2025")
    assert code == 2 and err.startswith("safetyworker: --date:") and "Traceback" not in err


def test_back_safe_before_the_visit_or_for_an_unknown_visit_is_refused(cli_store, cases):
    code, out, _ = plan(cli_store, cases["safe"])
    visit_id = json.loads(out)["id"]
    code, _out, err = cli_store("visit", "back", visit_id, "--at", "2025-12-08T09:00Z")
    assert code == 2 and "--at" in err
    code, _out, err = cli_store("visit", "back", "01NOSUCHVISIT0000000000000")
    assert code != 0 and "No visit" in err and "Traceback" not in err


def test_the_visit_is_logged_in_the_contact_log(cli_store, cases, store_dir):
    code, out, _ = plan(cli_store, cases["safe"])
    visit_id = json.loads(out)["id"]
    code, out, err = cli_store("visit", "log", visit_id, "--note", "Went through the plan", "--json")
    assert code == 0, err
    log_id = json.loads(out)["log_id"]
    with Store.unlock(store_dir, PASSPHRASE) as store:
        row = store.db.execute("SELECT case_id, channel, outcome, at, note FROM contact_log WHERE id = ?", (log_id,))
        assert row.fetchone() == (cases["safe"], "visit", "spoke", "2025-12-08T10:00:00Z", "Went through the plan")


def test_the_visit_sheet_holds_what_the_office_needs_and_no_names(cli_store, cases, tmp_path):
    plan(cli_store, cases["unsafe"], "--where", "Hill Library")
    plan(cli_store, cases["safe"])
    target = tmp_path / "sheet.pdf"
    code, _out, err = cli_store("visit", "sheet", "--date", "2025-12-08", "-o", str(target), "--json")
    assert code == 0, err
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Hill Library" in text and "Home address on record" in text
    assert "11:30" in text and cases["safe"] in text
    for secret in ("Siân", "Robin", "Hidden Lane", "Open Road", "Liam", "abuse", "harm", "risk"):
        assert secret.lower() not in text.lower(), secret
    code, _out, err = cli_store("visit", "sheet", "--date", "2025-12-08", "-o", str(target))
    assert code != 0 and "already exists" in err, "never replaces a file without --force"


def test_office_visits_is_for_the_office(cli_store):
    code, _out, err = cli_store("office", "visits", "--json")
    assert code != 0 and "office" in err


def test_the_safety_flags_say_what_to_weigh_before_planning(cli_store, cases, store_dir, tmp_path):
    from safetyworker.services.visits import VisitService

    code, _out, err = cli_store(
        "risk", "add", cases["unsafe"], write(tmp_path, "r.json", {"template": "practice-14", "answers": {}})
    )
    assert code == 0, err
    with Store.unlock(store_dir, PASSPHRASE) as store:
        service = VisitService(store)
        unsafe = {f.code: f for f in service.flags(cases["unsafe"])}
        safe = {f.code for f in service.flags(cases["safe"])}
    assert unsafe["not_safe_to_visit"].stop
    assert {"released", "risk", "check"} <= set(unsafe) and unsafe["risk"].text == "Risk level: Standard."
    assert "not_safe_to_visit" not in safe and "no_risk" in safe


@pytest.mark.parametrize(
    ("column", "value"),
    [("back_by", "2025-13-45T99:00:00Z"), ("back_by", "teatime"), ("at", "soon"), ("minutes", "long")],
)
def test_a_visit_stored_with_a_time_no_form_takes_reads_without_crashing_and_counts_as_overdue(
    cli_store, cases, store_dir, tmp_path, column, value
):
    """A value from an older version or a damaged edit: the day's list, the sheet and doctor still work, and a
    back-in-touch time that cannot be read counts as passed (the office rings rather than waits)."""
    code, out, _ = plan(cli_store, cases["safe"])
    visit_id = json.loads(out)["id"]
    with Store.unlock(store_dir, PASSPHRASE) as store, store.transaction():
        store.db.execute(f"UPDATE visit SET {column} = ? WHERE id = ?", (value, visit_id))
    # still on that day's list, never hidden (a start that cannot be read goes by its back-in-touch time)
    code, out, err = cli_store("visit", "list", "--date", "2025-12-08", "--now", "2025-12-08T10:05Z", "--json")
    assert code == 0, err
    assert [(v["id"], v["overdue"]) for v in json.loads(out)] == [(visit_id, column == "back_by")]
    code, out, err = cli_store("visit", "list", "--date", "2025-12-08", "--now", "2025-12-08T10:05Z")
    assert code == 0 and "Traceback" not in err, err
    if column in ("at", "back_by"):
        assert "??:??" in out
    code, out, err = cli_store("visit", "list", "--date", "2025-12-09", "--now", "2025-12-08T10:05Z", "--json")
    assert code == 0 and json.loads(out) == [], "nor listed on another day"
    code, _out, err = cli_store("visit", "sheet", "--date", "2025-12-08", "-o", str(tmp_path / "sheet.pdf"))
    assert code == 0, err
    code, out, _err = cli_store("doctor", "--json")
    assert code == 1
    assert [(b["record_id"], b["field"]) for b in json.loads(out)["bad_values"]] == [(visit_id, column)]


def test_a_visit_whose_start_and_back_by_cannot_be_read_is_listed_every_day_until_back_safe(
    cli_store, cases, store_dir
):
    """Nothing says which day it was: the office is shown it (overdue) on every day's list rather than never."""
    code, out, _ = plan(cli_store, cases["safe"])
    visit_id = json.loads(out)["id"]
    with Store.unlock(store_dir, PASSPHRASE) as store, store.transaction():
        store.db.execute("UPDATE visit SET at = 'soon', back_by = 'teatime' WHERE id = ?", (visit_id,))
    for day in ("2025-12-08", "2026-01-30"):
        code, out, err = cli_store("visit", "list", "--date", day, "--now", "2025-12-08T10:05Z", "--json")
        assert code == 0, err
        assert [(v["id"], v["overdue"]) for v in json.loads(out)] == [(visit_id, True)]
