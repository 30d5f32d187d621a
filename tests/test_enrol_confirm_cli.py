"""``office confirm`` and held first bundles through the CLI: exit codes, plain messages, ``doctor``'s
``device_words`` (docs/sync.md, "Confirming a laptop")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_sync_cli import fingerprint, ok_json, refused, run  # noqa: F401  (run: the fixture)


@pytest.fixture
def handed_over(tmp_path, run):  # noqa: F811
    """An office, Ash enrolled, Ash's laptop set up from the file; nothing confirmed yet."""
    office, laptop, enrol = tmp_path / "office", tmp_path / "laptop", tmp_path / "enrol-ash.json"
    ok_json(run(office, "--json", "init", "--office", "--name", "Northshire"))
    worker = ok_json(run(office, "--json", "office", "enrol", "--worker", "Ash", "-o", str(enrol)))["worker_id"]
    joined = ok_json(run(laptop, "--json", "init", "--enrol", str(enrol)))
    return {"office": office, "laptop": laptop, "enrol": enrol, "worker": worker, "tmp": tmp_path, **joined}


def _case(run, store: Path, tmp: Path, name: str) -> None:  # noqa: F811
    source = tmp / f"case-{name}.json"
    source.write_text(json.dumps({"preferred_name": name, "locality": "Hill"}))
    assert run(store, "case", "add", str(source))[0] == 0


def test_laptop_shows_its_words_at_enrolment_and_in_doctor(handed_over, run):  # noqa: F811
    words = handed_over["device_fingerprint"]
    doctor = ok_json(run(handed_over["laptop"], "--json", "doctor"))
    assert doctor["device_words"] == words and len(words.split()) == 6
    code, out, _err = run(handed_over["laptop"], "doctor")
    assert code == 0 and "This laptop's words" in out and words in out
    assert doctor["enrolment_refused"] is False and "enrolment_problem" not in doctor
    assert "device_words" not in ok_json(run(handed_over["office"], "--json", "doctor"))


def test_held_until_office_confirm_then_applied_on_import_again(handed_over, run):  # noqa: F811
    office, laptop, tmp, worker = (
        handed_over["office"],
        handed_over["laptop"],
        handed_over["tmp"],
        handed_over["worker"],
    )
    _case(run, laptop, tmp, "Morgan")
    bundle = tmp / "first.age"
    ok_json(run(laptop, "--json", "bundle", "export", "-o", str(bundle)))

    before = fingerprint(office)
    refused(run(office, "bundle", "import", str(bundle)), 1, "waiting for the office to confirm this laptop's words")
    after = fingerprint(office)
    assert after["case_record"] == [] and after["sync_peer"] == before["sync_peer"], "nothing applied, no keys pinned"
    code, out, _err = run(office, "bundle", "status")
    assert code == 0 and "Waiting for the office to confirm Ash's laptop's words" in out

    wrong = ["apple"] * 6 if "apple" not in handed_over["device_fingerprint"] else ["zebra"] * 6
    held = fingerprint(office)
    refused(run(office, "office", "confirm", worker, *wrong), 1, "do not match the laptop whose bundle is waiting")
    refused(run(office, "office", "confirm", worker, "one", "two"), 2, "six words")
    refused(run(office, "office", "confirm", "01NOSUCHWORKER0000000000000", *wrong), 5, "No worker")
    refused(run(laptop, "office", "confirm", worker, *wrong), 2, "for the office store")
    assert fingerprint(office) == held, "refused words change nothing"

    code, out, _err = run(office, "office", "confirm", worker, *handed_over["device_fingerprint"].upper().split())
    assert code == 0 and "Import its bundle again" in out
    imported = ok_json(run(office, "--json", "bundle", "import", str(bundle)))
    assert imported["status"] == "applied" and imported["counts"]["case_record"] == 1
    assert ok_json(run(office, "--json", "office", "workers"))[0]["status"] == "active"


def test_a_copied_enrolment_file_is_refused_with_an_alert_and_the_laptop_told(handed_over, run):  # noqa: F811
    office, laptop, tmp, worker = (
        handed_over["office"],
        handed_over["laptop"],
        handed_over["tmp"],
        handed_over["worker"],
    )
    copy = tmp / "copy"
    ok_json(run(copy, "--json", "init", "--enrol", str(handed_over["enrol"])))
    _case(run, copy, tmp, "Planted")
    ok_json(run(copy, "--json", "bundle", "export", "-o", str(tmp / "copy.age")))
    ok_json(run(laptop, "--json", "bundle", "export", "-o", str(tmp / "real.age")))

    refused(run(office, "bundle", "import", str(tmp / "copy.age")), 1, "waiting for the office to confirm")
    refused(
        run(office, "bundle", "import", str(tmp / "real.age")), 1, "this enrolment was already used by another laptop"
    )
    code, out, _err = run(office, "office", "workers")
    assert code == 0 and "ALERT: Ash's enrolment was already used by another laptop" in out
    assert ok_json(run(office, "--json", "bundle", "status"))["alerts"][0]["worker_id"] == worker
    assert fingerprint(office)["case_record"] == []

    # The office's answer: a notice the worker's laptop reads and says plainly.
    code, out, _err = run(office, "bundle", "export", "--to", worker, "-o", str(tmp / "notice.age"))
    assert code == 0 and "a notice" in out
    refused(run(laptop, "bundle", "import", str(tmp / "notice.age")), 1, "may have been copied. Call the office")
    code, out, _err = run(laptop, "bundle", "status")
    assert code == 0 and "may have been copied" in out
    assert ok_json(run(laptop, "--json", "bundle", "status"))["enrolment_refused"] is True
    # doctor says it too (issue 12): not "healthy", in words, in --json and by its exit code
    code, out, _err = run(laptop, "doctor")
    assert code == 1 and "may have been copied" in out and "The store is healthy" not in out
    code, out, _err = run(laptop, "--json", "doctor")
    doc = json.loads(out)
    assert code == 1 and doc["healthy"] is False and doc["enrolment_refused"] is True
    assert "may have been copied" in doc["enrolment_problem"]

    # Withdrawn: the alert is dealt with.
    ok_json(run(office, "--json", "office", "revoke", worker))
    code, out, _err = run(office, "office", "workers")
    assert "ALERT" not in out


def test_audit_list_at_the_office_names_the_worker_an_office_event_is_about(handed_over, run):  # noqa: F811
    """office.enrol and office.confirm are about a worker: `audit list` shows "Ash", not a record number; the id
    stays in --json (target_id) for an investigation."""
    office, worker = handed_over["office"], handed_over["worker"]
    ok_json(run(office, "--json", "office", "confirm", worker, *handed_over["device_fingerprint"].split()))
    code, out, err = run(office, "audit", "list")
    assert code == 0, err
    about_ash = [line for line in out.splitlines() if "Worker enrolled" in line or "words confirmed" in line]
    assert len(about_ash) == 2 and all("Ash" in line and worker not in line for line in about_ash), out
    events = ok_json(run(office, "--json", "audit", "list"))
    enrolled = next(e for e in events if e["action"] == "office.enrol")
    assert (enrolled["target_id"], enrolled["record"]) == (worker, "Ash")
