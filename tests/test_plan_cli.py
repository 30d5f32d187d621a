"""`safetyworker plan ...` as a worker or a script uses it: one plain line for every error, JSON that round-trips,
and a PDF written only where asked, never over a file that is already there."""

from __future__ import annotations

import json
import stat

import pytest

from safetyworker.services.plans import PlanService
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE, write

PLAN = {
    "template": "has_left",
    "items": [
        {"section": "people_to_contact", "text": "Sam at work: rings 999 if anyone asks for me", "personal_copy": True},
        {"section": "after_leaving", "text": "Release in three weeks: ring the day before\nand the day after"},
        {"section": "code_words", "text": "'Is the rota out?'", "meaning": "ring 999", "personal_copy": True},
    ],
    "review_date": "2030-01-15",
}


@pytest.fixture
def case_id(cli_store, tmp_path):
    case = {"preferred_name": "Siân", "person_causing_harm": {"name": "Liam Hardy"}}
    code, out, _ = cli_store("case", "add", write(tmp_path, "case.json", case))
    assert code == 0
    return out.strip()


def one_line_error(err: str) -> None:
    assert err.startswith("safetyworker: ") and err.count("\n") == 1 and "Traceback" not in err, err


def audit_actions(store_dir) -> list[tuple[str, str, str]]:
    with Store.unlock(store_dir, PASSPHRASE) as store:
        return store.db.execute(
            "SELECT action, target_id, detail FROM audit_event WHERE action LIKE 'plan.%' ORDER BY seq"
        ).fetchall()


def test_set_then_show_then_versions(cli_store, tmp_path, case_id):
    code, out, _ = cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN), "--author", "Jo")
    assert (code, out) == (0, "Saved version 1 of the safety plan.\n")
    code, out, _ = cli_store("plan", "show", case_id)
    assert code == 0
    assert "1 of 1" in out and "Jo" in out and "Has left the relationship" in out and "2030-01-15" in out
    assert "People to contact (besides the police)" in out and "After leaving" in out
    assert "[person] Sam at work" in out
    assert "[worker] Release in three weeks: ring the day before\n" in out
    assert "         and the day after" in out, "a second line is indented under the first"
    code, out, _ = cli_store("plan", "versions", case_id)
    assert code == 0 and "Jo" in out and "2030-01-15" in out


def test_the_same_plan_again_says_so_and_adds_no_version(cli_store, tmp_path, case_id):
    path = write(tmp_path, "plan.json", PLAN)
    cli_store("plan", "set", case_id, path)
    code, out, _ = cli_store("plan", "set", case_id, path, "--json")
    assert code == 0 and json.loads(out) == {"case_id": case_id, "changed": False, "version": 1}
    code, out, _ = cli_store("plan", "set", case_id, path)
    assert "No changes" in out and "version 1" in out


def test_set_reads_standard_input(cli_store, case_id):
    code, out, _ = cli_store("plan", "set", case_id, "-", "--json", stdin=json.dumps(PLAN))
    assert code == 0 and json.loads(out) == {"case_id": case_id, "changed": True, "version": 1}


def test_show_json_can_be_edited_and_given_back(cli_store, tmp_path, case_id):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    code, out, _ = cli_store("plan", "show", case_id, "--json")
    doc = json.loads(out)
    assert doc["version"] == 1 and doc["versions"] == 1 and doc["items"][1]["personal_copy"] is False
    assert cli_store("plan", "set", case_id, write(tmp_path, "same.json", doc))[1].startswith("No changes")
    doc["items"].append({"section": "pets", "text": "Cat to the neighbours", "personal_copy": True})
    code, out, _ = cli_store("plan", "set", case_id, write(tmp_path, "edited.json", doc))
    assert (code, out) == (0, "Saved version 2 of the safety plan.\n")
    code, out, _ = cli_store("plan", "show", case_id, "--version", "1", "--json")
    assert len(json.loads(out)["items"]) == 3
    code, out, _ = cli_store("plan", "versions", case_id, "--json")
    listed = json.loads(out)
    assert [v["version"] for v in listed] == [1, 2] and [v["items"] for v in listed] == [3, 4]
    assert listed[1]["personal_items"] == 3


def test_a_case_without_a_plan(cli_store, case_id):
    assert cli_store("plan", "show", case_id) == (0, "This case has no safety plan yet.\n", "")
    assert cli_store("plan", "show", case_id, "--json")[1] == "null\n"
    assert cli_store("plan", "versions", case_id, "--json")[1] == "[]\n"


def test_templates_are_listed_without_a_store(cli):
    code, out, _ = cli("plan", "templates", "--json")
    assert code == 0
    templates = json.loads(out)
    assert [t["id"] for t in templates] == ["in_relationship", "preparing_to_leave", "has_left", "with_children"]
    assert all(s["prompts"] for t in templates for s in t["sections"])
    code, out, _ = cli("plan", "templates")
    assert code == 0 and "Preparing to leave" in out


@pytest.mark.parametrize(
    ("change", "field", "exit_code"),
    [
        ({"template": "nope"}, "template", 2),
        ({"items": [{"section": "hobbies", "text": "x"}]}, "items[0].section", 2),
        ({"review_date": "15/01/2030"}, "review_date", 2),
        ({"colour": "blue"}, "colour", 2),
    ],
)
def test_a_bad_plan_file_is_one_plain_line_and_changes_nothing(
    cli_store, tmp_path, case_id, store_dir, change, field, exit_code
):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    before = audit_actions(store_dir)
    code, out, err = cli_store("plan", "set", case_id, write(tmp_path, "bad.json", {**PLAN, **change}))
    assert code == exit_code and out == ""
    one_line_error(err)
    assert f": {field}: " in err
    assert audit_actions(store_dir) == before
    assert json.loads(cli_store("plan", "versions", case_id, "--json")[1])[0]["version"] == 1


@pytest.mark.parametrize(
    ("argv", "exit_code", "says"),
    [
        (("plan", "set", "NOSUCHCASE", "PLANFILE"), 5, "no case with the id NOSUCHCASE"),
        (("plan", "set", "CASE", "missing.json"), 1, "no file missing.json"),
        (("plan", "set", "CASE", "NOTJSON"), 2, "not valid JSON"),
        (("plan", "show", "CASE", "--version", "9"), 5, "no safety plan version 9"),
        (("plan", "show", "NOSUCHCASE"), 5, "no case"),
        (("plan", "versions", "NOSUCHCASE"), 5, "no case"),
    ],
)
def test_errors_are_one_plain_line(cli_store, tmp_path, case_id, argv, exit_code, says):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    names = {"CASE": case_id, "PLANFILE": str(tmp_path / "plan.json"), "NOTJSON": write(tmp_path, "x.json", "{")}
    code, _out, err = cli_store(*[names.get(a, a) for a in argv])
    assert code == exit_code
    one_line_error(err)
    assert says in err


def test_a_closed_case_plan_cannot_be_changed(cli_store, tmp_path, case_id):
    cli_store("case", "close", case_id, "--reason", "Moved away")
    code, _out, err = cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    assert code == 2
    one_line_error(err)
    assert "closed" in err


# -- plan pdf -----------------------------------------------------------------------------------------------


def test_pdf_writes_a_private_file_and_audits_the_save(cli_store, tmp_path, case_id, store_dir):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    target = tmp_path / "out" / "notes.pdf"
    target.parent.mkdir()
    code, out, err = cli_store(
        "plan", "pdf", case_id, "--variant", "personal", "--lang", "cy", "--large-print", "-o", str(target)
    )
    assert code == 0 and err.count("\n") == 1 and err.startswith("If someone else finds this copy")
    assert out.count("\n") == 1 and str(target) in out
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["notes.pdf"], "no temp file left beside it"
    assert audit_actions(store_dir)[-1] == ("plan.save_pdf", case_id, "personal:cy:large")


def test_pdf_will_not_replace_a_file_unless_told(cli_store, tmp_path, case_id, store_dir):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"my own file")
    before = audit_actions(store_dir)
    code, _out, err = cli_store("plan", "pdf", case_id, "--variant", "card", "-o", str(target))
    assert code == 1
    one_line_error(err)
    assert "--force" in err and target.read_bytes() == b"my own file"
    assert audit_actions(store_dir) == before, "nothing was made, so nothing is audited"
    code, _out, _err = cli_store("plan", "pdf", case_id, "--variant", "card", "-o", str(target), "--force", "--json")
    assert code == 0 and target.read_bytes().startswith(b"%PDF")
    assert json.loads(_out)["variant"] == "card"


def test_pdf_of_an_earlier_version_and_the_worker_copy(cli_store, tmp_path, case_id, store_dir):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    cli_store("plan", "set", case_id, write(tmp_path, "plan2.json", {**PLAN, "review_date": None}))
    target = tmp_path / "v1.pdf"
    code, out, _ = cli_store("plan", "pdf", case_id, "--variant", "worker", "--version", "1", "-o", str(target))
    assert code == 0 and "version 1" in out and target.read_bytes().startswith(b"%PDF")
    assert audit_actions(store_dir)[-1] == ("plan.save_pdf", case_id, "worker:en")


@pytest.mark.parametrize(
    ("argv", "exit_code", "says"),
    [
        (("--variant", "poster"), 2, "variant"),
        (("--variant", "card", "--lang", "fr"), 2, "lang"),
        (("--variant", "card", "--version", "7"), 5, "version 7"),
    ],
)
def test_pdf_bad_choices_are_one_line_and_write_nothing(cli_store, tmp_path, case_id, store_dir, argv, exit_code, says):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    target = tmp_path / "plan.pdf"
    before = audit_actions(store_dir)
    code, _out, err = cli_store("plan", "pdf", case_id, *argv, "-o", str(target))
    assert code == exit_code
    one_line_error(err)
    assert says in err
    assert not target.exists() and audit_actions(store_dir) == before


def test_pdf_without_a_plan_or_folder(cli_store, tmp_path, case_id):
    code, _out, err = cli_store("plan", "pdf", case_id, "--variant", "card", "-o", str(tmp_path / "a.pdf"))
    assert code == 2 and "plan: " in err
    one_line_error(err)
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    code, _out, err = cli_store("plan", "pdf", case_id, "--variant", "card", "-o", str(tmp_path / "no" / "a.pdf"))
    assert code == 1 and "no folder" in err
    one_line_error(err)
    assert not (tmp_path / "a.pdf").exists()


def test_plan_set_through_the_service_and_cli_agree(cli_store, tmp_path, case_id, store_dir):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    with Store.unlock(store_dir, PASSPHRASE) as store:
        current = PlanService(store).current(case_id)
    assert current.items[1].text == PLAN["items"][1]["text"] and current.items[1].personal_copy is False


def test_pdf_says_in_one_line_what_the_copy_shows_if_found(cli_store, tmp_path, case_id):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    code, out, err = cli_store(
        "plan", "pdf", case_id, "--variant", "card", "--with-name", "-o", str(tmp_path / "c.pdf")
    )
    assert code == 0 and err.count("\n") == 1
    assert "their name" in err and "Sam" in err and "agreed words" in err
    assert "ring 999" not in err, "what the agreed words mean is not said either"
    code, out, err = cli_store("plan", "pdf", case_id, "--variant", "card", "--json", "-o", str(tmp_path / "d.pdf"))
    assert code == 0 and json.loads(out)["if_found"] == err.strip()
    code, out, err = cli_store("plan", "pdf", case_id, "--variant", "worker", "-o", str(tmp_path / "w.pdf"))
    assert code == 0 and err == "", "the worker copy is never handed over"


def test_pdf_worker_copy_in_welsh_says_plainly_it_is_english(cli_store, tmp_path, case_id):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    target = tmp_path / "w.pdf"
    code, out, err = cli_store(
        "plan", "pdf", case_id, "--variant", "worker", "--lang", "cy", "--json", "-o", str(target)
    )
    assert code == 0
    assert "worker copy is printed in English" in err and err.count("\n") == 1
    assert json.loads(out)["lang"] == "en"
    code, out, err = cli_store(
        "plan", "pdf", case_id, "--variant", "personal", "--lang", "cy", "-o", str(tmp_path / "p.pdf")
    )
    assert code == 0 and "English" not in err


def test_show_prints_what_agreed_words_mean_as_worker_only(cli_store, tmp_path, case_id):
    cli_store("plan", "set", case_id, write(tmp_path, "plan.json", PLAN))
    code, out, _ = cli_store("plan", "show", case_id)
    assert code == 0
    assert "[person] 'Is the rota out?'\n    [worker] means: ring 999\n" in out
