"""`safetyworker subject-access CASE_ID -o FILE`: everything held about one person, as a PDF they can read and
as JSON; other people's details (the person causing harm, the children, who else may answer) withheld and marked
unless a reviewer includes them with a reason, which is kept with the case; every failure one plain line, and
nothing written."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader

from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE, write

THIRD = (
    "Zebedee",  # the person causing harm's first name
    "Quartermain",  # and surname
    "CANARY-LICENCE",
    "Tillyanne",  # a child's name
    "CANARY-SCHOOL",
    "CANARY-WHO-ANSWERS",
    "CANARY-PROGRAMME",
)
CASE = {
    "preferred_name": "Siân",
    "legal_name": "Siân Example",
    "address": {"lines": ["7 Hidden Lane"], "postcode": "NS1 2AB"},
    "contact_methods": [
        {
            "kind": "mobile",
            "value": "07700 900123",
            "code_word": "Is the rota out",
            "who_else_may_answer": "CANARY-WHO-ANSWERS",
            "safe_windows": [{"days": ["mon", "wed"], "start": "10:00", "end": "12:00"}],
        }
    ],
    "children": [{"name": "Tillyanne", "age": 6, "school": "CANARY-SCHOOL", "safety_steps": "knows the code word"}],
    "person_causing_harm": {
        "name": "Zebedee Quartermain",
        "relationship": "ex-partner",
        "licence_conditions": "CANARY-LICENCE",
        "programme": {"name": "CANARY-PROGRAMME", "status": "waiting"},
    },
}


@pytest.fixture
def case_id(cli_store, tmp_path):
    code, out, _ = cli_store("case", "add", write(tmp_path, "case.json", CASE))
    assert code == 0
    case_id = out.strip()
    with Store.unlock(tmp_path / "store", PASSPHRASE) as store:  # notes are written in the desktop
        CaseService(store).append_note(case_id, "Zebedee came round; Tillyanne was at school.")
    code, _out, err = cli_store("log", "add", case_id, "--channel", "in_person", "--outcome", "spoke", "--note", "ok")
    assert code == 0, err
    return case_id


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages).split())


def one_line_error(err: str) -> None:
    assert err.startswith("safetyworker: ") and err.count("\n") == 1 and "Traceback" not in err, err


def audit_rows(store_dir):
    with Store.unlock(store_dir, PASSPHRASE) as store:
        # opening the store to look is recorded too (store.unlock, store.lock): not what the test is about
        return store.db.execute(
            "SELECT action, target_id, detail FROM audit_event WHERE action NOT IN ('store.unlock', 'store.lock')"
        ).fetchall()


def test_the_json_copy_holds_everything_about_the_person_with_third_parties_withheld(cli_store, case_id, tmp_path):
    target = tmp_path / "copy.json"
    code, out, err = cli_store("subject-access", case_id, "-o", str(target), "--json")
    assert code == 0, err
    assert json.loads(out)["third_parties"] == "withheld"
    text = target.read_text(encoding="utf-8")
    for canary in THIRD:
        assert canary not in text, canary
    doc = json.loads(text)
    assert doc["format"] == "safetyworker-subject-access/1" and doc["case_id"] == case_id
    assert doc["person"]["address"]["lines"] == ["7 Hidden Lane"]
    assert doc["contact_methods"][0]["code_word"] == "Is the rota out"
    assert doc["contact_methods"][0]["who_else_may_answer"] == "[withheld: third party]"
    assert doc["person_causing_harm"]["name"] == "[withheld: third party]"
    assert doc["person_causing_harm"]["relationship"] == "ex-partner"
    assert doc["children"][0]["age"] == 6 and doc["children"][0]["name"] == "[withheld: third party]"
    assert doc["notes"][0]["text"] == "[withheld: third party] came round; [withheld: third party] was at school."
    assert [e["outcome"] for e in doc["contact_log"]] == ["spoke"]
    assert {"case.create", "note.append", "contact_log.append"} <= {e["action"] for e in doc["audit"]}
    assert target.stat().st_mode & 0o077 == 0, "readable by this user only"
    assert ("subject_access.export", case_id, "json,third_parties=withheld") in audit_rows(tmp_path / "store")


def test_the_pdf_copy_is_readable_and_withholds_third_parties(cli_store, case_id, tmp_path):
    target = tmp_path / "copy.pdf"
    code, _out, err = cli_store("subject-access", case_id, "-o", str(target))
    assert code == 0, err
    text = pdf_text(target)
    for expected in ("Your information held by this service", "7 Hidden Lane", "Is the rota out", "ex-partner"):
        assert expected in text, expected
    assert "[withheld: third party]" in text
    for canary in THIRD:
        assert canary not in text, canary


def test_the_pdf_says_who_did_what_in_words_not_codes(cli_store, case_id, tmp_path):
    """The person reads "Who did what with your record": "Contact logged", never "contact_log.append"."""
    target = tmp_path / "copy.pdf"
    code, _out, err = cli_store("subject-access", case_id, "-o", str(target))
    assert code == 0, err
    text = pdf_text(target)
    assert "Case added" in text and "Note added" in text and "Contact logged" in text
    assert "case.create" not in text and "contact_log.append" not in text and "note.append" not in text
    code, _out, err = cli_store("subject-access", case_id, "-o", str(tmp_path / "copy.json"), "--format", "json")
    assert code == 0, err
    doc = json.loads((tmp_path / "copy.json").read_text(encoding="utf-8"))
    assert {"Case added", "Contact logged"} <= {e["meaning"] for e in doc["audit"]}


def test_a_reviewer_includes_third_parties_only_with_a_reason_kept_on_the_case(cli_store, case_id, tmp_path):
    target = tmp_path / "full.pdf"
    code, _out, err = cli_store(
        "subject-access",
        case_id,
        "-o",
        str(target),
        "--include-third-parties",
        "--reason",
        "court order 123",
    )
    assert code == 0, err
    text = pdf_text(target)
    for canary in THIRD:
        assert canary in text, canary
    assert "court order 123" in text
    assert ("subject_access.export", case_id, "pdf,third_parties=included") in audit_rows(tmp_path / "store")
    code, out, _ = cli_store("case", "show", case_id, "--json")
    assert any("court order 123" in n["text"] for n in json.loads(out)["notes"]), "the reason is kept with the case"
    audit_text = json.dumps(audit_rows(tmp_path / "store"))
    assert "court order" not in audit_text and "Zebedee" not in audit_text, "codes and ids only in the audit"


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        (["--include-third-parties"], "reason"),
        (["--include-third-parties", "--reason", "   "], "reason"),
        (["--reason", "because"], "reason"),
        (["--format", "docx"], "format"),
    ],
    ids=["missing-reason", "blank-reason", "reason-without-flag", "bad-format"],
)
def test_bad_requests_are_refused_and_nothing_is_written(cli_store, case_id, tmp_path, extra, field):
    target = tmp_path / "copy.pdf"
    before = audit_rows(tmp_path / "store")
    code, _out, err = cli_store("subject-access", case_id, "-o", str(target), *extra)
    assert code == 2
    one_line_error(err)
    assert field in err
    assert not target.exists()
    assert audit_rows(tmp_path / "store") == before


def test_an_unknown_case_is_refused(cli_store, tmp_path):
    target = tmp_path / "copy.pdf"
    code, _out, err = cli_store("subject-access", "01NOSUCHCASE", "-o", str(target))
    assert code == 5
    one_line_error(err)
    assert not target.exists()


def test_an_existing_file_is_never_replaced_without_force(cli_store, case_id, tmp_path):
    target = tmp_path / "copy.pdf"
    target.write_bytes(b"keep me")
    code, _out, err = cli_store("subject-access", case_id, "-o", str(target))
    assert code == 1 and "already exists" in err
    one_line_error(err)
    assert target.read_bytes() == b"keep me"
    assert cli_store("subject-access", case_id, "-o", str(target), "--force")[0] == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_nothing_is_written_inside_the_store_folder_even_with_force(cli_store, case_id, tmp_path):
    target = tmp_path / "store" / "copy.json"
    code, _out, err = cli_store("subject-access", case_id, "-o", str(target), "--force")
    assert code != 0 and "inside the store folder" in err
    one_line_error(err)
    assert not target.exists()


def test_the_reason_can_come_from_standard_input_out_of_sight(cli_store, case_id, tmp_path):
    target = tmp_path / "full.json"
    code, _out, err = cli_store(
        "subject-access",
        case_id,
        "-o",
        str(target),
        "--include-third-parties",
        "--reason",
        "-",
        stdin="safeguarding review 7\n",
    )
    assert code == 0, err
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["third_parties"] == "included" and doc["third_parties_reason"] == "safeguarding review 7"
    assert doc["person_causing_harm"]["name"] == "Zebedee Quartermain"


def test_the_pdf_writes_dates_the_uk_way_and_yes_no_as_the_other_printed_copies(cli, tmp_path):
    """The person reads "Date of birth Fri 30 Jun 2000", not "2000-06-30" (records/dates.py day_text, as every
    other screen and copy), and "Safe to visit No" as the worker copy and the MARAC referral write it."""
    assert cli("init")[0] == 0
    case = {
        "preferred_name": "Siân",
        "date_of_birth": "2000-06-30",
        "address": {"lines": ["7 Hidden Lane"], "postcode": "NS1 2AB", "safe_to_visit": False, "safe_to_post": True},
        "referral": {"source": "probation", "date": "2026-11-02"},
    }
    code, out, _ = cli("case", "add", write(tmp_path, "uk.json", case))
    assert code == 0
    target = tmp_path / "copy.pdf"
    code, _out, err = cli("subject-access", out.strip(), "-o", str(target))
    assert code == 0, err
    text = pdf_text(target)
    assert "Date of birth Fri 30 Jun 2000" in text and "Referred on Mon 2 Nov 2026" in text
    assert "Safe to visit No" in text and "Safe to post Yes" in text
    assert "2000-06-30" not in text and "2026-11-02" not in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), "no ISO date anywhere, the audit's times included"
