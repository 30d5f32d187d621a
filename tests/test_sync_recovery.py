"""A forgotten passphrase is not data loss: the office recovery slot, request → answer + code → finish."""

from __future__ import annotations

import json

import pytest

from safetyworker.cli.main import main
from safetyworker.errors import WrongPassphrase
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store
from safetyworker.sync import enrolment, recovery

from .conftest import PASSPHRASE

NEW = "a brand new passphrase for the laptop"


@pytest.fixture
def pair(tmp_path):
    office = enrolment.create_office(tmp_path / "office", PASSPHRASE, "North office")
    enrol = enrolment.enrol_worker(office, "Ash")
    (tmp_path / "enrol.json").write_bytes(enrolment.enrolment_bytes(enrol))
    laptop = enrolment.create_laptop(tmp_path / "laptop", PASSPHRASE, enrolment.read_enrolment(tmp_path / "enrol.json"))
    case_id = CaseService(laptop).add({"preferred_name": "Robin Example"})[0]
    laptop.close()
    yield office, tmp_path / "laptop", case_id
    office.close()


def test_the_worker_gets_back_in_with_a_new_passphrase_and_keeps_the_caseload(pair, tmp_path):
    office, laptop_dir, case_id = pair
    (tmp_path / "req.json").write_bytes(recovery.request(laptop_dir))
    answer, words = recovery.answer(office, tmp_path / "req.json")
    (tmp_path / "ans.json").write_bytes(answer)
    assert len(words.split()) == 6
    recovery.finish(laptop_dir, tmp_path / "ans.json", words.upper(), NEW)
    with pytest.raises(WrongPassphrase):
        Store.unlock(laptop_dir, PASSPHRASE)
    with Store.unlock(laptop_dir, NEW) as laptop:
        assert CaseService(laptop).get(case_id).preferred_name == "Robin Example"


def test_a_wrong_code_changes_nothing(pair, tmp_path):
    office, laptop_dir, _case = pair
    (tmp_path / "req.json").write_bytes(recovery.request(laptop_dir))
    answer, _words = recovery.answer(office, tmp_path / "req.json")
    (tmp_path / "ans.json").write_bytes(answer)
    before = (laptop_dir / "keyslots.json").read_bytes()
    with pytest.raises(WrongPassphrase, match="recovery code"):
        recovery.finish(laptop_dir, tmp_path / "ans.json", "apple apple apple apple apple apple", NEW)
    assert (laptop_dir / "keyslots.json").read_bytes() == before
    Store.unlock(laptop_dir, PASSPHRASE).close()


def test_the_request_and_answer_reveal_no_key(pair, tmp_path):
    office, laptop_dir, _case = pair
    request = recovery.request(laptop_dir)
    answer, words = recovery.answer(office, _write(tmp_path / "req.json", request))
    assert words.encode() not in answer
    doc = json.loads(request)
    assert doc["sealed"] and "store_id" in doc


def test_another_office_cannot_answer(pair, tmp_path):
    _office, laptop_dir, _case = pair
    request = _write(tmp_path / "req.json", recovery.request(laptop_dir))
    with (
        enrolment.create_office(tmp_path / "other", PASSPHRASE, "Other office") as other,
        pytest.raises(Exception, match="not sealed to this office"),
    ):
        recovery.answer(other, request)


def test_cli_round_trip(pair, tmp_path, monkeypatch, capsys):
    office, laptop_dir, _case_id = pair
    office.close()
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    req, ans = str(tmp_path / "r.json"), str(tmp_path / "a.json")
    assert main(["--store", str(laptop_dir), "recover", "request", "-o", req]) == 0
    assert "opens nothing on its own" in capsys.readouterr().out
    assert main(["--store", str(tmp_path / "office"), "--json", "recover", "answer", req, "-o", ans]) == 0
    code = json.loads(capsys.readouterr().out)["code"]
    monkeypatch.setenv("SAFETYWORKER_RECOVERY_CODE", code)
    monkeypatch.setenv("SAFETYWORKER_NEW_PASSPHRASE", NEW)
    assert main(["--store", str(laptop_dir), "recover", "finish", ans]) == 0
    assert "new passphrase" in capsys.readouterr().out
    # a second answer file with the same name is refused rather than overwritten
    assert main(["--store", str(tmp_path / "office"), "recover", "answer", req, "-o", ans]) != 0
    assert "already exists" in capsys.readouterr().err


def test_a_store_without_an_office_has_no_recovery_request(store_dir, tmp_path):
    Store.create(store_dir, PASSPHRASE).close()
    with pytest.raises(Exception, match="no office recovery slot"):
        recovery.request(store_dir)


def _write(path, data):
    path.write_bytes(data)
    return path


def test_a_request_into_a_missing_folder_is_one_plain_line(pair, tmp_path, capsys):
    _office, laptop_dir, _case = pair
    code = main(["--store", str(laptop_dir), "recover", "request", "-o", str(tmp_path / "no-such" / "r.json")])
    assert code == 1
    assert "There is no folder" in capsys.readouterr().err
