"""Planned contacts complete from the contact log: ``log add``, ``contact cancel``, ``contact plan`` and the
service under them. A worker who has spoken to the person sees the case leave "calls due" and the overdue list."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from safetyworker.errors import InvalidInput
from safetyworker.services import agenda as agenda_service
from safetyworker.services.cases import CaseService
from safetyworker.services.contacts import ContactService

TODAY = date.today()
LONDON = ZoneInfo("Europe/London")  # the store's time zone


def case_doc(**extra) -> dict:
    """A case whose programme started late enough that its initial contact is overdue, callable all day (but
    not at 23:59-00:00), with voicemail barred."""
    start = TODAY + timedelta(days=3)  # initial contact due a week before: four days ago
    doc = {
        "preferred_name": "Rhiannon",
        "status": "active",
        "contact_methods": [
            {
                "kind": "mobile",
                "value": "07700 900461",
                "safe_windows": [
                    {"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "start": "00:00", "end": "23:59"}
                ],
            }
        ],
        "person_causing_harm": {
            "name": "R",
            "programme": {"name": "Building Choices", "start_date": start.isoformat(), "status": "waiting"},
        },
    }
    return doc | extra


def now_text() -> str:
    moment = datetime.now(LONDON).replace(microsecond=0)
    if moment.hour == 23 and moment.minute >= 58:  # keep inside the 00:00-23:59 window
        moment -= timedelta(minutes=5)
    return moment.isoformat()


@pytest.fixture
def setup(cli_store):
    code, out, err = cli_store("case", "add", "-", "--json", stdin=json.dumps(case_doc()))
    assert code == 0, err
    case_id = json.loads(out)[0]["id"]
    return cli_store, case_id


def show(cli, case_id) -> dict:
    code, out, err = cli("case", "show", case_id, "--json")
    assert code == 0, err
    return json.loads(out)


def planned(doc: dict, kind: str) -> dict:
    (row,) = [c for c in doc["planned_contacts"] if c["kind"] == kind]
    return row


def method_id(doc: dict) -> str:
    return doc["contact_methods"][0]["id"]


def first_method(service: CaseService, case_id: str) -> str:
    return service.get(case_id).contact_methods[0].id


def test_logging_a_call_completes_the_due_contact_and_the_case_leaves_calls_due(setup):
    cli, case_id = setup
    doc = show(cli, case_id)
    initial = planned(doc, "initial")
    assert (initial["status"], initial["overdue"], initial["done_at"], initial["log_id"]) == (
        "planned",
        True,
        None,
        None,
    )
    at = now_text()
    code, out, _err = cli("calls", "due", "--at", at, "--json")
    assert [c["case_id"] for c in json.loads(out)] == [case_id]

    code, out, err = cli(
        "log", "add", case_id, "--outcome", "spoke", "--method", method_id(doc), "--at", at, "--note", "All fine",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["fulfilled"] == [initial["id"]]

    after = planned(show(cli, case_id), "initial")
    assert after["status"] == "done" and after["log_id"] == result["id"] and not after["overdue"]
    assert after["done_at"] == datetime.fromisoformat(at).astimezone(UTC).isoformat().replace("+00:00", "Z")
    assert json.loads(cli("calls", "due", "--at", at, "--json")[1]) == []
    agenda = json.loads(cli("agenda", "--at", at, "--json")[1])
    assert case_id not in json.dumps(agenda["overdue"]) and agenda["calls_now"] == []
    # The other contacts of the programme are still to come.
    assert planned(show(cli, case_id), "mid_point")["status"] == "planned"


def test_text_output_names_the_contact_done(setup):
    cli, case_id = setup
    code, out, _err = cli("log", "add", case_id, "--outcome", "visit_done", "--channel", "visit", "--at", now_text())
    assert code == 0
    assert "Done: the initial contact due" in out


@pytest.mark.parametrize(
    "outcome", ["no_answer_no_message", "someone_else_answered_protocol_used", "unsafe_to_talk_call_back"]
)
def test_an_attempt_that_did_not_reach_the_person_completes_nothing(setup, outcome):
    cli, case_id = setup
    doc = show(cli, case_id)
    at = now_text()
    code, out, err = cli(
        "log", "add", case_id, "--outcome", outcome, "--method", method_id(doc), "--at", at, "--json"
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["fulfilled"] == []
    assert planned(show(cli, case_id), "initial")["status"] == "planned"
    assert [c["case_id"] for c in json.loads(cli("calls", "due", "--at", at, "--json")[1])] == [case_id]
    # ...and it cannot be made to.
    initial = planned(doc, "initial")["id"]
    code, _out, err = cli(
        "log",
        "add",
        case_id,
        "--method",
        method_id(show(cli, case_id)),
        "--outcome",
        outcome,
        "--fulfils",
        initial,
        "--at",
        at,
    )
    assert code == 2 and "reached the person" in err


def test_the_worker_picks_another_contact_or_none(setup):
    cli, case_id = setup
    doc = show(cli, case_id)
    at = now_text()
    code, out, _err = cli(
        "log",
        "add",
        case_id,
        "--method",
        method_id(show(cli, case_id)),
        "--outcome",
        "spoke",
        "--fulfils",
        "none",
        "--at",
        at,
        "--json",
    )
    assert code == 0 and json.loads(out)["fulfilled"] == []
    assert planned(show(cli, case_id), "initial")["status"] == "planned"

    mid = planned(doc, "mid_point")["id"]
    code, out, _err = cli(
        "log",
        "add",
        case_id,
        "--method",
        method_id(show(cli, case_id)),
        "--outcome",
        "spoke",
        "--fulfils",
        mid,
        "--at",
        at,
        "--json",
    )
    assert code == 0 and json.loads(out)["fulfilled"] == [mid]
    after = show(cli, case_id)
    assert planned(after, "mid_point")["status"] == "done" and planned(after, "initial")["status"] == "planned"

    # A contact already done, or not this case's, is refused and nothing is logged.
    entries = len(after["contact_log"])
    for bad in (mid, "01JUNKJUNKJUNKJUNKJUNKJUNK"):
        code, _out, err = cli(
            "log",
            "add",
            case_id,
            "--method",
            method_id(show(cli, case_id)),
            "--outcome",
            "spoke",
            "--fulfils",
            bad,
            "--at",
            at,
        )
        assert code == 2 and "fulfils" in err
    assert len(show(cli, case_id)["contact_log"]) == entries


def test_a_contact_not_due_yet_is_not_completed_without_asking(setup):
    cli, case_id = setup
    initial = planned(show(cli, case_id), "initial")["id"]
    _code, out, _err = cli(
        "log",
        "add",
        case_id,
        "--method",
        method_id(show(cli, case_id)),
        "--outcome",
        "spoke",
        "--at",
        now_text(),
        "--json",
    )
    assert json.loads(out)["fulfilled"] == [initial]
    # The mid-point is weeks away: a second call today completes nothing by itself.
    _code, out, _err = cli(
        "log",
        "add",
        case_id,
        "--method",
        method_id(show(cli, case_id)),
        "--outcome",
        "spoke",
        "--at",
        now_text(),
        "--json",
    )
    assert json.loads(out)["fulfilled"] == []


def test_log_add_keeps_the_call_protocol(setup):
    cli, case_id = setup
    doc = show(cli, case_id)
    method = method_id(doc)
    at = now_text()
    code, _out, err = cli("log", "add", case_id, "--outcome", "left_message", "--method", method, "--at", at)
    assert code == 2 and "voicemail" in err
    code, _out, err = cli("log", "add", case_id, "--outcome", "left_message", "--at", at)
    assert code == 2 and "--method: say which number was rung" in err, "the message names the option to add"
    # Outside the safe times (23:59-00:00 is outside the window) needs a reason.
    yesterday = TODAY - timedelta(days=1)
    late_text = datetime(yesterday.year, yesterday.month, yesterday.day, 23, 59, 30, tzinfo=LONDON).isoformat()
    code, _out, err = cli("log", "add", case_id, "--outcome", "spoke", "--method", method, "--at", late_text)
    assert code == 2 and "--reason: this call was outside the agreed safe times: say why" in err
    assert show(cli, case_id)["contact_log"] == []  # nothing half-written
    assert planned(show(cli, case_id), "initial")["status"] == "planned"
    code, _out, err = cli(
        "log", "add", case_id, "--outcome", "spoke", "--method", method, "--at", late_text, "--reason", "She asked"
    )  # fmt: skip
    assert code == 0, err
    assert show(cli, case_id)["contact_log"][0]["override_reason"] == "She asked"


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["--outcome", "chatted"], "outcome"),
        (["--outcome", "spoke", "--channel", "pigeon"], "channel"),
        (["--outcome", "spoke", "--at", "2026-01-01T10:00"], "--at"),
        (["--outcome", "spoke", "--at", "next tuesday"], "--at"),
        (["--outcome", "spoke", "--at", "2099-01-01T10:00Z"], "--at"),
        (["--outcome", "spoke", "--method", "nope"], "--method: is not one of this case's contact methods"),
        (["--outcome", "spoke", "--corrects", "nope"], "--corrects: nope is not an entry of this case's contact log"),
        (["--outcome", "spoke", "--corrects", " "], "--corrects"),
        (["--outcome", "spoke", "--fulfils", " "], "--fulfils"),
    ],
)
def test_log_add_bad_input(setup, argv, field):
    cli, case_id = setup
    code, _out, err = cli("log", "add", case_id, "--method", method_id(show(cli, case_id)), *argv)
    assert code == 2 and field in err, err
    assert show(cli, case_id)["contact_log"] == []


def test_log_add_unknown_case(cli_store):
    code, _out, err = cli_store("log", "add", "01NOSUCHCASE0000000000000", "--outcome", "spoke")
    assert code == 5 and "no case" in err


def test_a_correction_can_undo_the_completion(store):
    service = CaseService(store)
    (case_id,) = service.add(case_doc())
    entry = service.append_log(case_id, channel="visit", outcome="visit_done")
    initial = next(c for c in service.show(case_id)["planned_contacts"] if c["kind"] == "initial")
    assert initial["status"] == "done" and initial["log_id"] == entry
    # "It was not her: nobody answered" -> the contact is still to be made.
    service.append_log(case_id, channel="visit", outcome="no_answer_no_message", corrects_id=entry)
    again = next(c for c in service.show(case_id)["planned_contacts"] if c["kind"] == "initial")
    assert (again["status"], again["done_at"], again["log_id"]) == ("planned", None, None)
    # Correcting the time of a real visit keeps it done, now pointing at the correction.
    first = service.append_log(case_id, channel="visit", outcome="visit_done")
    fixed = service.append_log(case_id, channel="visit", outcome="visit_done", corrects_id=first)
    done = next(c for c in service.show(case_id)["planned_contacts"] if c["kind"] == "initial")
    assert done["status"] == "done" and done["log_id"] == fixed


def test_log_add_corrects_an_entry_and_the_contact_is_due_again(setup):
    """The CLI corrects as the desktop's "Correct…" does: "spoke" was a mistake, nobody answered."""
    cli, case_id = setup
    doc = show(cli, case_id)
    initial = planned(doc, "initial")["id"]
    at = now_text()
    code, out, err = cli("log", "add", case_id, "--outcome", "spoke", "--method", method_id(doc), "--at", at)
    assert code == 0, err
    entry = out.splitlines()[0]
    assert json.loads(cli("calls", "due", "--at", at, "--json")[1]) == []
    assert entry in cli("case", "show", case_id)[1], "the record shows the id a correction names"

    code, out, err = cli(
        "log", "add", case_id, "--outcome", "no_answer_no_message", "--method", method_id(doc), "--at", at,
        "--corrects", entry,
    )  # fmt: skip
    assert code == 0, err
    assert "Planned again: the initial contact due" in out
    correction = out.splitlines()[0]
    again = planned(show(cli, case_id), "initial")
    assert (again["status"], again["done_at"], again["log_id"]) == ("planned", None, None)
    assert [c["case_id"] for c in json.loads(cli("calls", "due", "--at", at, "--json")[1])] == [case_id]
    log = show(cli, case_id)["contact_log"]
    assert [(e["id"], e["corrects_id"]) for e in log] == [(entry, None), (correction, entry)], "append-only"

    # An entry already corrected is not corrected again (the desktop offers "Correct…" on the latest only).
    code, _out, err = cli(
        "log", "add", case_id, "--outcome", "spoke", "--method", method_id(doc), "--at", at, "--corrects", entry
    )  # fmt: skip
    assert code == 2 and f"--corrects: {entry} was already corrected by {correction}" in err
    # Correcting the correction back to "spoke" completes the contact again, and --json says so.
    code, out, err = cli(
        "log", "add", case_id, "--outcome", "spoke", "--method", method_id(doc), "--at", at,
        "--corrects", correction, "--json",
    )  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert (result["fulfilled"], result["corrects_id"], result["undone"]) == ([initial], correction, [])
    assert planned(show(cli, case_id), "initial")["log_id"] == result["id"]


def test_a_correction_names_an_entry_of_the_same_case(store):
    """Naming another case's entry would put that case's completed contact back to planned: refused whole."""
    service = CaseService(store)
    (mine,) = service.add(case_doc())
    (theirs,) = service.add(case_doc(preferred_name="Other"))
    their_entry = service.append_log(theirs, channel="visit", outcome="visit_done")
    before = service.show(theirs)["planned_contacts"]
    with pytest.raises(InvalidInput) as refused:
        service.append_log(mine, channel="visit", outcome="no_answer_no_message", corrects_id=their_entry)
    assert refused.value.field == "corrects_id"
    assert service.show(theirs)["planned_contacts"] == before, "their completed contact stays done"
    assert service.show(mine)["contact_log"] == [], "nothing half-written"
    with pytest.raises(InvalidInput):
        service.append_log(mine, channel="visit", outcome="visit_done", corrects_id="01NOSUCHENTRY000000000000")


def test_proposals_offer_the_earliest_due_first(store):
    service = CaseService(store)
    (case_id,) = service.add(case_doc())
    contacts = ContactService(store)
    now = datetime.now(UTC)
    rows = contacts.proposals(case_id, now)
    assert [r["kind"] for r in rows][:2] == ["initial", "mid_point"]
    assert [r["due_now"] for r in rows][:2] == [True, False]
    assert contacts.proposed(case_id, "spoke", now) == rows[0]["id"]
    assert contacts.proposed(case_id, "no_answer_no_message", now) is None
    entry = service.append_log(
        case_id, channel="phone", outcome="spoke", contact_method_id=first_method(service, case_id)
    )
    assert contacts.proposed(case_id, "spoke", now) is None
    # A correction of that entry may complete the same contact again.
    assert contacts.proposed(case_id, "spoke", now, corrects_id=entry) == rows[0]["id"]


def test_replanning_keeps_a_done_contact(store):
    service = CaseService(store)
    (case_id,) = service.add(case_doc())
    service.append_log(case_id, channel="phone", outcome="spoke", contact_method_id=first_method(service, case_id))
    later = (TODAY + timedelta(days=10)).isoformat()
    service.update(case_id, {"person_causing_harm": {"programme": {"start_date": later}}})
    rows = [c for c in service.show(case_id)["planned_contacts"] if c["kind"] == "initial"]
    assert [r["status"] for r in rows] == ["done"]


def test_contact_cancel_by_hand_with_a_reason(setup):
    cli, case_id = setup
    initial = planned(show(cli, case_id), "initial")["id"]
    code, _out, err = cli("contact", "cancel", initial, "--reason", "  ")
    assert code == 2 and "reason" in err
    code, out, err = cli("contact", "cancel", initial, "--reason", "Met at the programme office instead", "--json")
    assert code == 0, err
    assert json.loads(out) == {"id": initial, "case_id": case_id, "status": "cancelled"}
    row = planned(show(cli, case_id), "initial")
    assert row["status"] == "cancelled" and row["cancel_reason"] == "Met at the programme office instead"
    assert json.loads(cli("calls", "due", "--at", now_text(), "--json")[1]) == []
    code, out, _err = cli("case", "show", case_id)
    assert "Cancelled: Met at the programme office instead" in out, "the record says why, as the desktop does"
    code, _out, err = cli("contact", "cancel", initial, "--reason", "again")
    assert code == 2 and "already cancelled" in err
    code, _out, err = cli("contact", "cancel", "01NOSUCHCONTACT00000000000", "--reason", "x")
    assert code == 5


def test_a_contact_cancelled_by_hand_is_not_planned_again(store):
    service = CaseService(store)
    (case_id,) = service.add(case_doc())
    initial = next(c for c in service.show(case_id)["planned_contacts"] if c["kind"] == "initial")
    ContactService(store).cancel(initial["id"], "Not wanted")
    later = (TODAY + timedelta(days=4)).isoformat()
    service.update(case_id, {"person_causing_harm": {"programme": {"start_date": later}}})
    rows = [c for c in service.show(case_id)["planned_contacts"] if c["kind"] == "initial"]
    assert [(r["status"], r["cancel_reason"]) for r in rows] == [("cancelled", "Not wanted")]


def test_contact_plan_an_ad_hoc_call(setup):
    cli, case_id = setup
    initial = planned(show(cli, case_id), "initial")["id"]
    cli("contact", "cancel", initial, "--reason", "Done at the office")
    code, out, err = cli(
        "contact", "plan", case_id, "--kind", "ad_hoc", "--due", TODAY.isoformat(), "--note", "Court date", "--json"
    )  # fmt: skip
    assert code == 0, err
    planned_id = json.loads(out)["id"]
    row = next(c for c in show(cli, case_id)["planned_contacts"] if c["id"] == planned_id)
    assert (row["kind"], row["source"], row["status"], row["note"]) == ("ad_hoc", "manual", "planned", "Court date")
    at = now_text()
    assert [c["case_id"] for c in json.loads(cli("calls", "due", "--at", at, "--json")[1])] == [case_id]
    code, out, _err = cli(
        "log", "add", case_id, "--method", method_id(show(cli, case_id)), "--outcome", "spoke", "--at", at, "--json"
    )
    assert json.loads(out)["fulfilled"] == [planned_id]
    assert json.loads(cli("calls", "due", "--at", at, "--json")[1]) == []


@pytest.mark.parametrize(
    ("argv", "code", "field"),
    [
        (["--kind", "initial", "--due", TODAY.isoformat()], 2, "kind"),
        (["--kind", "ad_hoc", "--due", "soon"], 2, "--due"),
        (["--kind", "ad_hoc", "--due", (TODAY - timedelta(days=2)).isoformat()], 2, "due"),
    ],
)
def test_contact_plan_bad_input(setup, argv, code, field):
    cli, case_id = setup
    before = len(show(cli, case_id)["planned_contacts"])
    got, _out, err = cli("contact", "plan", case_id, *argv)
    assert got == code and field in err
    assert len(show(cli, case_id)["planned_contacts"]) == before


def test_contact_plan_unknown_case(cli_store):
    code, _out, _err = cli_store(
        "contact", "plan", "01NOSUCHCASE0000000000000", "--kind", "ad_hoc", "--due", "2099-01-01"
    )
    assert code == 5


def test_service_refuses_a_choice_for_an_unsuccessful_outcome(store):
    service = CaseService(store)
    (case_id,) = service.add(case_doc())
    initial = next(c for c in service.show(case_id)["planned_contacts"] if c["kind"] == "initial")
    with pytest.raises(InvalidInput) as caught:
        service.append_log(
            case_id,
            channel="phone",
            outcome="no_answer_no_message",
            fulfils=initial["id"],
            contact_method_id=first_method(service, case_id),
        )
    assert caught.value.field == "fulfils"
    assert service.history(case_id)["contact_log"] == []
    assert agenda_service.agenda(store, datetime.now(UTC))["overdue"][0]["id"] == initial["id"]


@pytest.mark.slow
def test_killed_while_logging_contacts_each_entry_and_its_completion_land_together(tmp_path):
    import os
    import random
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    import keyring
    from keyring.backends import fail

    from safetyworker.records import tables
    from safetyworker.records.case_rows import PLANNED
    from safetyworker.store.vault import Store

    keyring.set_keyring(fail.Keyring())  # the child cannot see the in-memory keyring
    worker = Path(__file__).with_name("contact_fault_worker.py")
    folder = tmp_path / "store"
    with Store.create(folder, "first passphrase here") as store:
        (case_id,) = CaseService(store).add({"preferred_name": "Ann", "status": "active"})
        with store.transaction():
            for _i in range(3000):
                values = {"case_id": case_id, "kind": "ad_hoc", "due_date": TODAY.isoformat(), "source": "manual"}
                tables.insert(store, PLANNED, values)
    rng = random.Random(20261207)
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    for _trial in range(10):
        with subprocess.Popen(
            [sys.executable, str(worker), str(folder), case_id], stdout=subprocess.PIPE, env=env, text=True
        ) as child:
            assert child.stdout is not None
            child.stdout.readline()
            time.sleep(rng.uniform(0, 0.3))
            child.send_signal(signal.SIGKILL)
            child.stdout.read()
        with Store.unlock(folder, "first passphrase here") as store:
            db = store.db
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            entries = {r[0] for r in db.execute("SELECT id FROM contact_log")}
            done = [r[0] for r in db.execute("SELECT log_id FROM planned_contact WHERE status = 'done'")]
            assert len(done) == len(entries) and set(done) == entries, "each entry completed exactly one contact"
    assert len(entries) > 10
