"""Who a report covers (issue 19): at the office every worker's cases, from their bundles, or one worker's with
``--worker``; on a laptop the worker's own caseload and nobody else's. And the command line's journey: figures
as JSON keyed by the case JSON's words, a CSV written once (never over a file, never with a name in it), exit 2
with one plain line for bad input."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime

import pytest

from safetyworker.errors import InvalidInput
from safetyworker.services.cases import CaseService
from safetyworker.services.reports import ReportService
from safetyworker.services.support import SupportService

from .sync_world import PASSPHRASE, World
from .test_support_cli import CASE

AT = datetime(2026, 11, 10, 10, 0, tzinfo=UTC)
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash", "Birch"))
    w.register_all()
    yield w
    w.close()


def visit(world, where: str, case_id: str, minutes: int) -> None:
    CaseService(world.store(where)).append_log(
        case_id, channel="visit", outcome="visit_done", at=AT, minutes=minutes, support=["emotional"]
    )


def test_the_office_covers_every_worker_and_a_laptop_its_own(world):
    ash_case = world.add_case(preferred_name="Robin", status="active")
    birch_case = world.add_case(preferred_name="Jo", status="active")
    world.add_case(preferred_name="Kit")  # held by the office itself: referred
    world.give(ash_case, "Ash")
    world.give(birch_case, "Birch")
    visit(world, "Ash", ash_case, 50)
    SupportService(world.store("Ash")).add(ash_case, minutes=15, support="housing", at=AT)
    visit(world, "Birch", birch_case, 20)
    world.send("Ash")
    world.send("Birch")
    ash, birch = world.worker_ids["Ash"], world.worker_ids["Birch"]

    office = ReportService(world.office)
    everyone = office.report("support", *NOVEMBER)
    assert everyone["scope"] == "office"
    assert everyone["by_worker"] == {ash: 65, birch: 20} and everyone["total_minutes"] == 85
    assert office.report("caseload")["by_status"] == {"referred": 1, "active": 2}
    contacts = office.report("contacts", *NOVEMBER)
    assert contacts["by_channel"] == {"visit": {"attempted": 2, "made": 2}}

    only_ash = office.report("support", *NOVEMBER, worker=ash)
    assert (only_ash["scope"], only_ash["worker"]) == ("worker", ash)
    assert only_ash["by_worker"] == {ash: 65}
    assert office.report("caseload", worker=birch)["by_status"] == {"active": 1}
    with pytest.raises(InvalidInput) as err:
        office.report("caseload", worker="not-a-worker")
    assert err.value.field == "--worker"

    laptop = ReportService(world.store("Ash"))
    own = laptop.report("support", *NOVEMBER)
    assert own["scope"] == "laptop" and own["by_worker"] == {ash: 65}
    assert laptop.report("caseload")["by_status"] == {"active": 1}
    assert laptop.report("support", *NOVEMBER, worker=ash)["total_minutes"] == 65
    with pytest.raises(InvalidInput, match="office"):
        laptop.report("caseload", worker=birch)


def test_the_command_line_journey(cli_store, tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps({**CASE, "status": "active", "referral": {"date": "2026-11-02"}}))
    code, out, err = cli_store("case", "add", str(path))
    assert code == 0, err
    case_id = out.strip()
    code, _, err = cli_store(
        "support", "add", case_id, "--minutes", "25", "--support", "housing", "--at", "2026-11-03T10:00:00+00:00"
    )
    assert code == 0, err

    code, out, err = cli_store("report", "caseload", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["by_status"] == {"active": 1} and doc["referrals_in"] == 1 and doc["report"] == "caseload"

    code, out, err = cli_store("report", "support", "--from", "01/11/2026", "--to", "30/11/2026", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert (doc["total_minutes"], doc["by_kind"], doc["from"], doc["to"]) == (
        25,
        {"housing": 25},
        "2026-11-01",
        "2026-11-30",
    )

    target = tmp_path / "q4.csv"
    code, out, err = cli_store("report", "caseload", "--csv", str(target))
    assert code == 0, err
    assert "<5" in out and "Siân" not in target.read_text()
    rows = {(r[1], r[2]): r[3] for r in csv.reader(target.read_text().splitlines())}
    assert rows[("by_status", "active")] == "<5" and rows[("suppressed", "")] == "yes"
    # never over a file already there; --force and --no-suppress say so
    code, _, err = cli_store("report", "caseload", "--csv", str(target))
    assert code != 0 and "already exists" in err and "Traceback" not in err
    code, out, err = cli_store("report", "caseload", "--csv", str(target), "--force", "--no-suppress", "--json")
    assert code == 0, err
    assert json.loads(out)["suppressed"] is False
    rows = {(r[1], r[2]): r[3] for r in csv.reader(target.read_text().splitlines())}
    assert rows[("by_status", "active")] == "1"

    code, out, _ = cli_store("report", "timeliness")
    assert code == 0 and "Contacts overdue" in out


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["report", "caseload", "--from", "2026-12-01", "--to", "2026-11-01"], "--from"),
        (["report", "caseload", "--from", "31/02/2026"], "--from"),
        (["report", "caseload", "--worker", "w1"], "--worker"),
    ],
)
def test_bad_input_is_one_plain_line_and_exit_2(cli_store, argv, word):
    code, _, err = cli_store(*argv)
    assert code == 2 and word in err and "Traceback" not in err, err
