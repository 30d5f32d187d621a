"""A whole day's work through the command line, on a private machine, with canary strings in every free-text
field: the office adds a case and gives it to a worker; the worker edits it, logs a call, writes a plan, saves
the person's copy as a PDF, sends a bundle back; the office imports it and answers; both back up, the office
exports its audit trail and a report for its funders. Then every file of the
machine (the store folders, the temp folder, the home, cache, config and data folders, and every file written
for a person) is searched: no canary outside the encrypted files and the PDF that was asked for.

The desktop's day is tests/ui/test_no_leaks_desktop.py."""

from __future__ import annotations

import json

import pytest

from .leak_day import CANARIES, Machine, canary_case, canary_plan
from .sync_world import PASSPHRASE, World, cli


@pytest.fixture
def machine(tmp_path, monkeypatch):
    m = Machine(tmp_path / "machine")
    m.redirect(monkeypatch)
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    return m


def run_json(capsys, *argv: str) -> dict:
    capsys.readouterr()
    assert cli("--json", *argv) == 0, argv
    return json.loads(capsys.readouterr().out)


def test_a_day_through_the_command_line_leaves_nothing_in_the_clear(machine, capsys):
    world = World(machine.root / "stores", names=("Ash",))
    world.register_all()  # the laptop's first bundle: the office learns its keys
    office, laptop = str(world.folder("office")), str(world.folder("Ash"))
    worker = world.worker_ids["Ash"]
    try:
        # the office adds the case and gives it to the worker
        added = run_json(capsys, "--store", office, "case", "add", str(machine.input_file("case.json", canary_case())))
        case_id = added[0]["id"] if isinstance(added[0], dict) else added[0]
        assert cli("--store", office, "office", "assign", case_id, worker) == 0
        to_laptop = machine.exports / "for-ash"
        assert cli("--store", office, "bundle", "export", "--to", worker, "-o", str(to_laptop)) == 0
        assert cli("--store", laptop, "bundle", "import", str(to_laptop)) == 0

        # the worker's day
        changes = machine.input_file("update.json", {"transport": CANARIES["note"]})
        assert cli("--store", laptop, "case", "update", case_id, str(changes)) == 0
        shown = run_json(capsys, "--store", laptop, "case", "show", case_id)
        method = shown["contact_methods"][0]["id"]
        assert cli(
            "--store", laptop, "log", "add", case_id, "--outcome", "spoke", "--channel", "phone", "--method", method,
            "--note", CANARIES["log"], "--reason", CANARIES["log"], "--fulfils", "none",
        ) == 0  # fmt: skip
        assert cli("--store", laptop, "plan", "set", case_id, str(machine.input_file("plan.json", canary_plan()))) == 0
        pdf = machine.exports / "copy.pdf"
        assert cli("--store", laptop, "plan", "pdf", case_id, "--variant", "worker", "-o", str(pdf)) == 0
        machine.asked.add(pdf)
        assert cli("--store", laptop, "case", "list", "--search", CANARIES["name"][:8]) == 0
        assert CANARIES["name"] in capsys.readouterr().out, "the day really stored and found the canaries"
        to_office = machine.exports / "for-office"
        assert cli("--store", laptop, "bundle", "export", "-o", str(to_office)) == 0

        # the office takes it, and answers
        assert cli("--store", office, "bundle", "import", str(to_office)) == 0
        answer = machine.exports / "answer"
        assert cli("--store", office, "bundle", "export", "--to", worker, "-o", str(answer)) == 0
        assert cli("--store", laptop, "bundle", "import", str(answer)) == 0
        assert cli("--store", laptop, "doctor") == 0

        # what the service keeps and hands on: a backup, the audit trail, a report for the funders
        (machine.exports / "backups").mkdir()
        assert cli("--store", laptop, "backup", "--to", str(machine.exports / "backups")) == 0
        assert cli("--store", office, "backup", "--to", str(machine.exports / "backups")) == 0
        assert cli("--store", office, "audit", "export", "-o", str(machine.exports / "trail.csv")) == 0
        assert cli("--store", office, "report", "support", "--csv", str(machine.exports / "support.csv")) == 0
        assert cli("--store", laptop, "audit", "verify") == 0
    finally:
        world.close()  # the lock: every store closed

    assert pdf.read_bytes().startswith(b"%PDF"), "the asked-for PDF was written"
    assert {p.name for p in machine.exports.iterdir()} >= {"for-ash", "for-office", "answer", "copy.pdf", "trail.csv"}
    assert len(list((machine.exports / "backups").iterdir())) == 2, "both backups were written"
    assert machine.leaks() == []
