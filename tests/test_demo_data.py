"""The demo caseload is data in resources/demo/: dates relative to today, checked like local input, and a broken
file named (file and entry) before anything is written."""

from __future__ import annotations

import ast
import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safetyworker import demo, resources
from safetyworker.demo import dates, loader
from safetyworker.errors import InvalidInput
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import store_exists

ROOT = Path(__file__).resolve().parent.parent
FILES = ("cases.json", "history.json", "plans.json", "risk.json")
TODAY = date(2026, 12, 7)


# -- where the data lives -----------------------------------------------------------------------------------


def test_the_demo_is_data_in_resources_demo():
    for name in FILES:
        assert resources.resource("demo", name).is_file(), name
    written = json.loads(resources.resource("demo", "cases.json").read_text(encoding="utf-8"))["cases"]
    assert demo.demo_cases() == [dates.resolve(doc, date.today()) for doc in written]
    assert set(demo.demo_plans()) == {"Ffion", "Siân", "Alex", "Eleri"}


def test_the_frozen_app_collects_the_demo_files():
    # the spec collects resources/ as a whole (demo/ included) where safetyworker/resources.py looks for it
    spec = (ROOT / "installer" / "safetyworker.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "safetyworker/resources")' in spec
    assert '"resources" = "safetyworker/resources"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_plans_import_neither_services_nor_the_demo():
    """The arrows point down: services use plans, the demo uses services; plans use neither (no cycle)."""
    for path in (ROOT / "safetyworker" / "plans").rglob("*.py"):
        upward = {m for m in _imports(path) if m.startswith(("safetyworker.services", "safetyworker.demo"))}
        assert not upward, (path.name, upward)


# -- relative dates -----------------------------------------------------------------------------------------


def test_relative_dates_in_each_notation():
    doc = {
        "referral": {"date": {"days": -75}},
        "one_off_windows": [{"start": {"days": 3, "time": "14:30"}, "end": {"days": 3, "time": "16:00"}}],
        "date_of_birth": {"age": 34, "birthday": "03-14"},
        "safe_windows": [{"days": ["sat"], "start": "09:00", "end": "11:00"}],
        "children": [{"name": "Osian", "age": 8}],
    }
    assert dates.resolve(doc, TODAY) == {
        "referral": {"date": "2026-09-23"},
        "one_off_windows": [{"start": "2026-12-10T14:30", "end": "2026-12-10T16:00"}],
        "date_of_birth": "1992-03-14",
        "safe_windows": [{"days": ["sat"], "start": "09:00", "end": "11:00"}],
        "children": [{"name": "Osian", "age": 8}],
    }
    assert doc["referral"]["date"] == {"days": -75}, "the file's own object is left as it was"


@given(st.integers(min_value=-3000, max_value=3000), st.dates(date(2000, 1, 1), date(2090, 12, 31)))
def test_a_relative_day_is_that_many_days_from_today(days, today):
    assert dates.resolve({"a": [{"days": days}]}, today) == {"a": [(today + timedelta(days=days)).isoformat()]}


@pytest.mark.parametrize(
    ("value", "where"),
    [
        ({"days": "3"}, "x.date.days"),
        ({"days": 1.5}, "x.date.days"),
        ({"days": True}, "x.date.days"),
        ({"days": 1, "time": "25:00"}, "x.date.time"),
        ({"age": 30, "birthday": "02-30"}, "x.date.birthday"),
    ],
)
def test_a_malformed_relative_date_is_named(value, where):
    with pytest.raises(InvalidInput) as caught:
        dates.resolve({"date": value}, TODAY, "x")
    assert caught.value.field == where


# -- a broken demo file ---------------------------------------------------------------------------------------


@pytest.fixture
def demo_files(tmp_path, monkeypatch):
    """A copy of resources/demo/ the loader reads instead; returns a function to change one file."""
    folder = tmp_path / "demo"
    shutil.copytree(resources.resource("demo"), folder)
    monkeypatch.setattr(loader, "resource", lambda *parts: tmp_path.joinpath(*parts))

    def change(name, edit):
        path = folder / name
        data = json.loads(path.read_text(encoding="utf-8"))
        edit(data)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    return change


def _problem() -> str:
    with pytest.raises(InvalidInput) as caught:
        loader.load_demo()
    return str(caught.value)


def test_the_copy_loads_as_shipped(demo_files):
    assert loader.load_demo().cases == demo.demo_cases()


def test_a_bad_case_names_the_file_case_and_field(demo_files):
    demo_files("cases.json", lambda d: d["cases"][2]["contact_methods"][0].update(value="not a number"))
    problem = _problem()
    assert problem.startswith("demo/cases.json, case 3 (Siân), contact_methods[0].value: "), problem


def test_an_unknown_case_field_is_refused_as_local_input_is(demo_files):
    demo_files("cases.json", lambda d: d["cases"][0]["contact_methods"][0].update(voicemail_alowed=True))
    assert "case 1 (Ffion), contact_methods[0].voicemail_alowed: is not a known field" in _problem()


def test_a_message_left_where_voicemail_is_not_allowed_is_refused(demo_files):
    demo_files("history.json", lambda d: d["history"]["Ffion"]["log"][2].update(outcome="left_message"))
    problem = _problem()
    assert problem.startswith("demo/history.json, Ffion, log[2].outcome: "), problem
    assert "voicemail" in problem


def test_a_call_that_fits_no_safe_window_is_refused(demo_files):
    demo_files("history.json", lambda d: d["history"]["Gareth"]["log"][0]["at"].update(time="03:00"))
    assert _problem() == "demo/history.json, Gareth, log[0].at: a call at 03:00 fits none of the safe windows"


def test_a_log_entry_with_an_unknown_outcome_or_field_is_refused(demo_files):
    demo_files("history.json", lambda d: d["history"]["Nia"]["log"][1].update(outcome="chatted"))
    assert _problem().startswith("demo/history.json, Nia, log[1].outcome: must be one of")


def test_history_for_a_case_the_demo_does_not_have_is_refused(demo_files):
    demo_files("history.json", lambda d: d["history"].update(Nobody={"log": [], "notes": ["x"]}))
    assert _problem().startswith("demo/history.json, Nobody: ")


def test_a_bad_plan_names_the_file_case_and_version(demo_files):
    demo_files("plans.json", lambda d: d["plans"]["Ffion"][1]["items"][0].update(section="hideout"))
    assert _problem().startswith("demo/plans.json, Ffion, version 2, items[0].section: ")


def test_a_file_that_is_not_json_is_named(demo_files, tmp_path):
    (tmp_path / "demo" / "plans.json").write_text("{", encoding="utf-8")
    assert _problem().startswith("demo/plans.json: is not valid UTF-8 JSON")


def test_a_broken_demo_file_changes_nothing_in_the_store(demo_files, store):
    demo_files("plans.json", lambda d: d["plans"]["Eleri"][0].update(template="no_such_template"))
    with pytest.raises(InvalidInput):
        demo.populate_demo(store)
    assert CaseService(store).count() == 0


def test_the_demo_command_with_a_broken_file_says_which_and_makes_no_store(demo_files, cli, store_dir):
    demo_files("cases.json", lambda d: d["cases"][0].update(status="sleeping"))
    code, out, err = cli("demo")
    assert code == 2 and not out
    assert "demo/cases.json, case 1 (Ffion), status" in err and "Traceback" not in err
    assert not store_exists(store_dir)


# -- a broken risk entry ---------------------------------------------------------------------------------------


def test_a_risk_answer_not_in_the_list_names_the_file_case_and_field(demo_files):
    demo_files("risk.json", lambda d: d["risk"]["Jade"]["assessments"][0]["answers"].update(separation="maybe"))
    problem = _problem()
    assert problem.startswith("demo/risk.json, Jade, assessments[0].answers.separation: must be one of"), problem


def test_a_judgement_without_a_reason_is_refused_as_a_workers_is(demo_files):
    demo_files("risk.json", lambda d: d["risk"]["Siân"]["assessments"][1]["judgement"].update(reason=" "))
    problem = _problem()
    assert problem.startswith("demo/risk.json, Siân, assessments[1].judgement.reason: "), problem
    assert "reason" in problem


def test_an_assessment_with_an_unknown_checklist_or_field_is_refused(demo_files):
    demo_files("risk.json", lambda d: d["risk"]["Eleri"]["assessments"][0].update(template="licensed-24"))
    assert _problem().startswith("demo/risk.json, Eleri, assessments[0].template: must be one of: practice-14")


def test_an_assessment_needs_a_day_and_a_time(demo_files):
    demo_files("risk.json", lambda d: d["risk"]["Ffion"]["assessments"][0].update(assessed_at="2026-01-01"))
    assert _problem().startswith("demo/risk.json, Ffion, assessments[0].assessed_at: must be a day and a time")


def test_a_referral_refused_without_a_reason_names_its_field(demo_files):
    demo_files("risk.json", lambda d: d["risk"]["Jade"]["referrals"][0].update(consent="refused"))
    assert _problem().startswith("demo/risk.json, Jade, referrals[0].consent_reason: ")


def test_risk_for_a_closed_or_unknown_case_is_refused(demo_files):
    closed = {"assessments": [{"template": "practice-14", "assessed_at": {"days": -5, "time": "10:00"}, "answers": {}}]}
    demo_files("risk.json", lambda d: d["risk"].update(Hannah=closed))
    assert _problem().startswith("demo/risk.json, Hannah: this case is closed")
    demo_files("risk.json", lambda d: (d["risk"].pop("Hannah"), d["risk"].update(Nobody=closed)))
    assert _problem().startswith("demo/risk.json, Nobody: there is no demo case of that name")


def _bad_note(d):
    d["risk"]["Dylan"]["assessments"][0]["notes"].update(q99="not a question")


def test_a_broken_risk_entry_changes_nothing_in_the_store(demo_files, store):
    demo_files("risk.json", _bad_note)
    with pytest.raises(InvalidInput):
        demo.populate_demo(store)
    assert CaseService(store).count() == 0


def test_the_demo_command_names_a_broken_risk_entry_and_makes_no_store(demo_files, cli, store_dir):
    demo_files("risk.json", _bad_note)
    code, out, err = cli("demo")
    assert code == 2 and not out
    assert "demo/risk.json, Dylan, assessments[0].notes.q99: " in err and "Traceback" not in err
    assert not store_exists(store_dir)


def test_a_referral_without_an_assessment_before_it_is_refused(demo_files):
    referral = {"marac": "Powys MARAC", "consent": "given", "referred_on": {"days": -3}}
    demo_files("risk.json", lambda d: d["risk"].update(Nia={"referrals": [referral]}))
    assert _problem() == "demo/risk.json, Nia, referrals: a referral needs an assessment before it"
