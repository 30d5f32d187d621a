"""Parity with the desktop's Notes tab and the log's "Correct…": `note add` and `log add --corrects` go through
the same service (CaseService.append_note / append_log) with the same rules: a correction names an entry of the
same case that is not corrected already, and a bad one is exit 2 with one line, nothing written."""

from __future__ import annotations

import json

from .conftest import write

CASE = {"preferred_name": "Siân", "address": {"lines": ["7 Hidden Lane"], "postcode": "NS1 2AB"}}


def _case(cli, tmp_path, name: str = "case.json", case: dict = CASE) -> str:
    code, out, err = cli("case", "add", write(tmp_path, name, case))
    assert code == 0, err
    return out.strip()


def _notes(cli, case_id: str) -> list[dict]:
    code, out, _ = cli("case", "show", case_id, "--json")
    assert code == 0
    return json.loads(out)["notes"]


def test_a_note_and_its_correction_from_the_command_line(cli_store, tmp_path):
    cli = cli_store
    case_id = _case(cli, tmp_path)
    code, out, err = cli("note", "add", case_id, "--note", "-", "--json", stdin="Moved to her sister's\n")
    assert code == 0, err
    first = json.loads(out)["id"]
    code, out, err = cli("note", "add", case_id, "--note", "Moved to her mother's", "--corrects", first)
    assert code == 0, err
    notes = _notes(cli, case_id)
    assert [(n["text"], n.get("corrects_id")) for n in notes] == [
        ("Moved to her sister's", None),
        ("Moved to her mother's", first),
    ]


def test_bad_notes_are_refused_with_one_line_and_nothing_written(cli_store, tmp_path):
    cli = cli_store
    case_id = _case(cli, tmp_path)
    other = _case(cli, tmp_path, "other.json", {"preferred_name": "Alex"})
    code, out, _ = cli("note", "add", other, "--note", "Alex's note", "--json")
    others_note = json.loads(out)["id"]
    code, out, _ = cli("note", "add", case_id, "--note", "First", "--json")
    first = json.loads(out)["id"]
    assert cli("note", "add", case_id, "--note", "Second", "--corrects", first)[0] == 0

    for argv, field in [
        (["--note", "   "], "text"),
        (["--note", "x", "--corrects", others_note], "corrects_id"),  # another case's note
        (["--note", "x", "--corrects", "01NOSUCHNOTE"], "corrects_id"),
        (["--note", "x", "--corrects", first], "corrects_id"),  # corrected already: the desktop greys it out
        (["--note", "bad\u202eturn"], "text"),
    ]:
        code, out, err = cli("note", "add", case_id, *argv)
        assert code == 2, (argv, err)
        assert field in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert len(_notes(cli, case_id)) == 2
    assert cli("note", "add", "01NOSUCHCASE", "--note", "x")[0] == 5


def test_a_log_correction_from_the_command_line_follows_the_desktops_rules(cli_store, tmp_path):
    cli = cli_store
    case_id = _case(cli, tmp_path)
    other = _case(cli, tmp_path, "other.json", {"preferred_name": "Alex"})
    code, out, err = cli("log", "add", case_id, "--outcome", "no_answer_no_message", "--channel", "visit", "--json")
    assert code == 0, err
    first = json.loads(out)["id"]
    code, out, _ = cli("log", "add", other, "--outcome", "no_answer_no_message", "--channel", "visit", "--json")
    others = json.loads(out)["id"]

    code, out, err = cli(
        "log", "add", case_id, "--outcome", "spoke", "--channel", "visit", "--corrects", first, "--json"
    )
    assert code == 0, err
    code, out, _ = cli("case", "show", case_id, "--json")
    log = json.loads(out)["contact_log"]
    assert [e.get("corrects_id") for e in log] == [None, first]

    for corrects in (first, others, "01NOSUCHENTRY", " "):
        code, _, err = cli("log", "add", case_id, "--outcome", "spoke", "--channel", "visit", "--corrects", corrects)
        assert code == 2 and "corrects" in err and "Traceback" not in err, (corrects, err)
    code, out, _ = cli("case", "show", case_id, "--json")
    assert len(json.loads(out)["contact_log"]) == 2
