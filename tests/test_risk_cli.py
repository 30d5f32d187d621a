"""`safetyworker risk ...` as an office script uses it: JSON everywhere, exit 2 naming the field and nothing
saved on bad input, and a MARAC referral PDF (confidential on every page, the yes-answers with their notes, the
judgement and the consent basis) written only where asked, never over a file without --force."""

from __future__ import annotations

import io
import json
import time

import pytest
from pypdf import PdfReader

from safetyworker.store.vault import Store

from .conftest import PASSPHRASE, write

CASE = {
    "preferred_name": "Siân",
    "date_of_birth": "1990-02-03",
    "address": {"lines": ["7 Hidden Lane"], "postcode": "NS1 2AB"},
    "contact_methods": [
        {
            "kind": "mobile",
            "value": "07700 900123",
            "safe_windows": [{"days": ["mon", "wed"], "start": "10:00", "end": "12:00"}],
            "if_someone_else_answers": "Ask for Pat from the library",
            "code_word": "Is the rota out",
        }
    ],
    "children": [{"name": "Mo", "age": 6, "school": "Hill Primary"}],
    "person_causing_harm": {
        "name": "Liam Hardy",
        "custody_status": "in_custody",
        "release_date": "2027-01-10",
        "programme": {"name": "Building Choices", "status": "waiting"},
    },
}


@pytest.fixture
def case_id(cli_store, tmp_path):
    code, out, _ = cli_store("case", "add", write(tmp_path, "case.json", CASE))
    assert code == 0
    return out.strip()


def one_line_error(err: str) -> None:
    assert err.startswith("safetyworker: ") and err.count("\n") == 1 and "Traceback" not in err, err


def test_templates_json_lists_both_checklists(cli_store):
    code, out, _ = cli_store("risk", "templates", "--json")
    assert code == 0
    found = {t["id"]: t for t in json.loads(out)}
    assert set(found) >= {"practice-14", "example-24"}
    assert len(found["practice-14"]["questions"]) == 14
    assert found["practice-14"]["levels"] == [
        {"name": "standard", "min_score": 0},
        {"name": "medium", "min_score": None},
        {"name": "high", "min_score": None},
    ]
    assert found["example-24"]["levels"] == [
        {"name": "standard", "min_score": 0},
        {"name": "medium", "min_score": 10},
        {"name": "high", "min_score": 14},
    ]
    assert set(found["example-24"]["questions"][0]) == {"id", "text"}


def answers(n: int) -> dict[str, str]:
    return {f"q{i:02d}": ("yes" if i <= n else "no") for i in range(1, 25)}


def test_add_show_history_round_trip(cli_store, case_id, tmp_path):
    first = {"template": "example-24", "answers": answers(10), "assessed_at": "2026-10-01T09:00:00Z"}
    code, out, _ = cli_store("risk", "add", case_id, write(tmp_path, "a.json", first), "--json")
    assert code == 0
    added = json.loads(out)
    assert (added["score"], added["level"]) == (10, "medium")
    second = {
        "template": "example-24",
        "answers": answers(4),
        "notes": {"q01": "changed bus route"},
        "seen_alone": True,
        "judgement": {"level": "high", "reason": "threats to kill reported by the school"},
        "next_review": "2030-01-15",
        "assessed_at": "2026-11-01T09:00:00Z",
    }
    code, out, _ = cli_store("risk", "add", case_id, "-", "--json", stdin=json.dumps(second))
    assert code == 0 and json.loads(out)["level"] == "high"
    code, out, _ = cli_store("risk", "show", case_id, "--json")
    shown = json.loads(out)
    for key in (
        "id",
        "template",
        "score",
        "level",
        "judgement",
        "answers",
        "notes",
        "seen_alone",
        "next_review",
        "assessed_at",
    ):
        assert key in shown
    assert shown["judgement"] == second["judgement"] and shown["notes"] == {"q01": "changed bus route"}
    code, out, _ = cli_store("risk", "show", case_id, "--version", "1", "--json")
    assert json.loads(out)["score"] == 10
    code, out, _ = cli_store("risk", "history", case_id, "--json")
    history = json.loads(out)
    assert [(h["score"], h["level"]) for h in history] == [(10, "medium"), (4, "high")]
    assert set(history[0]) == {"id", "assessed_at", "score", "level"}
    code, out, _ = cli_store("risk", "show", case_id)
    assert code == 0 and "[yes] Has the person had to change a daily routine" in out and "changed bus route" in out


def test_show_and_history_say_when_it_was_done_in_the_one_date_format(cli_store, case_id, tmp_path, monkeypatch):
    """As the desktop: "Sun 1 Nov 2026, 09:00" (local time), never the stored "2026-11-01T09:00:00Z"."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    try:
        data = {"template": "example-24", "answers": answers(4), "assessed_at": "2026-11-01T09:00:00Z"}
        data["next_review"] = "2030-01-15"
        code, out, err = cli_store("risk", "add", case_id, write(tmp_path, "a.json", data), "--json")
        assert code == 0, err
        code, out, _ = cli_store("risk", "show", case_id)
        assert code == 0
        done = next(line for line in out.splitlines() if line.strip().startswith("Done"))
        assert "Sun 1 Nov 2026, 09:00" in done and "2026-11-01T" not in out
        assert "Tue 15 Jan 2030" in out, "the next review reads the same way"
        code, out, _ = cli_store("risk", "history", case_id)
        assert code == 0 and "Sun 1 Nov 2026, 09:00" in out and "2026-11-01T" not in out
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"template": "nope", "answers": {}}, "template"),
        ({"template": "example-24", "answers": {"q99": "yes"}}, "answers.q99"),
        ({"template": "example-24", "answers": {"q01": "maybe"}}, "answers.q01"),
        ({"template": "example-24", "answers": {}, "judgement": {"level": "high"}}, "judgement.reason"),
        (
            {"template": "example-24", "answers": answers(14), "judgement": {"level": "medium", "reason": "calmer"}},
            "judgement.level",
        ),
    ],
)
def test_bad_input_exits_2_naming_the_field_and_saves_nothing(cli_store, case_id, tmp_path, data, field):
    code, _, err = cli_store("risk", "add", case_id, write(tmp_path, "bad.json", data))
    assert code == 2
    one_line_error(err)
    assert f" {field}:" in err
    code, out, _ = cli_store("risk", "history", case_id, "--json")
    assert json.loads(out) == []


def test_no_such_case_exits_5(cli_store, tmp_path):
    code, _, err = cli_store(
        "risk", "add", "01NOSUCHCASE", write(tmp_path, "a.json", {"template": "practice-14", "answers": {}})
    )
    assert code == 5
    one_line_error(err)


def pdf_text(path) -> tuple[str, list[str]]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    pages = [p.extract_text() for p in reader.pages]
    return "\n".join(pages), pages


def test_the_referral_pdf_holds_the_yes_answers_judgement_and_consent(cli_store, case_id, tmp_path):
    data = {
        "template": "practice-14",
        "answers": {"separation": "yes", "weapons_threats": "yes", "pregnancy": "no", "escalation": "dont_know"},
        "notes": {"weapons_threats": "knife shown in October", "pregnancy": "not pregnant"},
        "judgement": {"level": "high", "reason": "escalating since the separation"},
        "seen_alone": True,
    }
    assert cli_store("risk", "add", case_id, write(tmp_path, "a.json", data))[0] == 0
    referral = {
        "marac": "Northshire MARAC",
        "consent": "refused",
        "consent_reason": "risk to the children outweighs it",
        "wishes": "to stay in the house with a sanctuary scheme",
    }
    code, out, _ = cli_store("risk", "refer", case_id, write(tmp_path, "r.json", referral), "--json")
    assert code == 0 and json.loads(out)["consent"] == "refused"
    target = tmp_path / "referral.pdf"
    code, _, err = cli_store("risk", "referral", case_id, "-o", str(target))
    assert code == 0, err
    text, pages = pdf_text(target)
    flat = " ".join(text.split())
    for expected in (
        "Siân",
        "3 February 1990",
        "Mon, Wed 10:00",
        "Ask for Pat from the library",
        "Mo (6)",
        "Liam Hardy",
        "Building Choices",
        "10 January 2027",
        "Recent or imminent separation",
        "Past use of weapons or threats to kill",
        "knife shown in October",
        "escalating since the separation",
        "Refused",
        "risk to the children outweighs it",
        "to stay in the house with a sanctuary scheme",
        "Northshire MARAC",
    ):
        assert expected in flat, expected
    assert "Partner pregnant" not in flat and "not pregnant" not in flat, "only the yes-answers are listed"
    assert "Recent escalation" not in flat, "don't know is not a yes"
    assert "Hidden Lane" not in flat and "NS1 2AB" not in flat, "the address does not travel in a referral"
    assert "Is the rota out" not in flat, "nor the person's code words"
    assert all("CONFIDENTIAL" in p for p in pages)
    info = PdfReader(io.BytesIO(target.read_bytes())).metadata or {}
    assert not any("Sian" in str(v) or "Siân" in str(v) or "MARAC" in str(v) for v in info.values())
    # never over a file that is there, unless --force; and audited without content
    code, _, err = cli_store("risk", "referral", case_id, "-o", str(target))
    assert code == 1 and "--force" in err
    assert cli_store("risk", "referral", case_id, "-o", str(target), "--force")[0] == 0
    with Store.unlock(tmp_path / "store", PASSPHRASE) as store:
        actions = store.db.execute(
            "SELECT action, detail FROM audit_event WHERE action LIKE 'risk.%' ORDER BY seq"
        ).fetchall()
    assert actions == [
        ("risk.add", actions[0][1]),
        ("risk.referral", "refused"),
        ("risk.referral_save_pdf", "refused"),
        ("risk.referral_save_pdf", "refused"),
    ]


def test_the_referral_is_never_written_into_the_store_folder(cli_store, case_id, tmp_path):
    assert (
        cli_store("risk", "add", case_id, write(tmp_path, "a.json", {"template": "practice-14", "answers": {}}))[0] == 0
    )
    code, _, _err = cli_store("risk", "referral", case_id, "-o", str(tmp_path / "store" / "r.pdf"), "--force")
    assert code != 0
    assert not (tmp_path / "store" / "r.pdf").exists()


def test_heard_at_marac_makes_a_new_incident_a_repeat_referral(cli_store, case_id, tmp_path):
    code, out, _ = cli_store(
        "risk", "refer", case_id, write(tmp_path, "r.json", {"marac": "North", "consent": "given"}), "--json"
    )
    referral = json.loads(out)["id"]
    assert cli_store("risk", "heard", case_id, referral, "2026-11-20")[0] == 0
    data = {"template": "practice-14", "answers": {}, "new_incident": True, "assessed_at": "2026-12-01T10:00:00Z"}
    code, out, _ = cli_store("risk", "add", case_id, write(tmp_path, "a.json", data))
    assert code == 0 and "repeat referral" in out
    code, out, _ = cli_store("risk", "show", case_id, "--json")
    assert json.loads(out)["referral"] == {"advised": True, "repeat": True}


def test_a_log_entry_can_record_a_new_incident_which_prompts_a_review(cli_store, case_id, tmp_path):
    from safetyworker.services.risk import RiskService

    assert (
        cli_store("risk", "add", case_id, write(tmp_path, "a.json", {"template": "practice-14", "answers": {}}))[0] == 0
    )
    code, _, err = cli_store("log", "add", case_id, "--channel", "visit", "--outcome", "visit_done", "--incident")
    assert code == 0, err
    with Store.unlock(tmp_path / "store", PASSPHRASE) as store:
        assert "incident" in RiskService(store).review_prompt(case_id)


def test_show_says_something_changed_after_a_new_incident(cli_store, case_id, tmp_path):
    # the Risk tab asks for a review; `risk show` (the CLI's view of the same) must ask too
    assert (
        cli_store("risk", "add", case_id, write(tmp_path, "a.json", {"template": "practice-14", "answers": {}}))[0] == 0
    )
    code, out, _ = cli_store("--json", "risk", "show", case_id)
    assert code == 0 and json.loads(out)["review_prompt"] is None
    assert cli_store("log", "add", case_id, "--channel", "visit", "--outcome", "visit_done", "--incident")[0] == 0
    code, out, _ = cli_store("risk", "show", case_id)
    assert code == 0 and out.startswith("Something changed: review the risk assessment? (a new incident was logged)")
    code, out, _ = cli_store("--json", "risk", "show", case_id)
    assert json.loads(out)["review_prompt"] == "a new incident was logged"


def test_the_agenda_says_a_review_is_the_risk_assessments(cli_store, case_id, tmp_path):
    from datetime import date, timedelta

    soon = (date.today() + timedelta(days=3)).isoformat()
    late = (date.today() - timedelta(days=2)).isoformat()
    data = {"template": "practice-14", "answers": {}, "next_review": soon}
    assert cli_store("risk", "add", case_id, write(tmp_path, "a.json", data))[0] == 0
    code, out, _ = cli_store("agenda")
    reviews = out.split("Reviews due")[1]
    assert code == 0 and "risk assessment" in reviews and soon in reviews
    data["next_review"] = late
    assert cli_store("risk", "add", case_id, write(tmp_path, "b.json", data))[0] == 0
    overdue = cli_store("agenda")[1].split("Overdue")[1].split("Releases")[0]
    assert "risk assessment" in overdue and late in overdue


def test_the_referral_pdf_says_no_children_are_recorded_rather_than_leaving_the_section_out(cli_store, tmp_path):
    """Issue 14: a MARAC reads a missing Children section as "not asked"."""
    childless = {key: value for key, value in CASE.items() if key != "children"}
    code, case_id, _ = cli_store("case", "add", write(tmp_path, "case.json", childless))
    case_id = case_id.strip()
    assert code == 0
    data = {"template": "practice-14", "answers": {"separation": "yes"}, "assessed_at": "2026-12-08T10:00:00Z"}
    assert cli_store("risk", "add", case_id, write(tmp_path, "a.json", data))[0] == 0
    assert cli_store("risk", "refer", case_id, write(tmp_path, "r.json", {"marac": "Northshire MARAC"}))[0] == 0
    target = tmp_path / "referral.pdf"
    code, _, err = cli_store("risk", "referral", case_id, "-o", str(target))
    assert code == 0, err
    flat = " ".join(pdf_text(target)[0].split())
    assert "Children None recorded." in flat, flat
    assert "Done on Tue 8 Dec 2026" in flat, "dates as people read them (issue 17)"
