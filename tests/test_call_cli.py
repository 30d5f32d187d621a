"""``safetyworker call check`` and ``call card``, and the call protocol when a contact is logged."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from safetyworker.cli.call_commands import NOT_SAFE_NOW
from safetyworker.errors import InvalidInput
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE

CASE = {
    "preferred_name": "Rhiannon",
    "phone_name": "Rhi",
    "status": "active",
    "contact_methods": [
        {
            "kind": "landline",
            "value": "01632 960461",
            "safe_to_call": False,
        },
        {
            "kind": "mobile",
            "value": "07700 900461",
            "if_someone_else_answers": "Ask for Jo from the surgery",
            "code_word": "blue kettle",
            "safe_windows": [{"days": ["mon", "wed"], "start": "10:00", "end": "12:00"}],
            "blackout_windows": [{"start": "2026-12-24T00:00", "end": "2026-12-27T00:00"}],
        },
        {
            "kind": "mobile",
            "value": "07700 900462",
            "voicemail_allowed": True,
            "safe_windows": [{"days": ["mon"], "start": "09:00", "end": "17:00"}],
        },
    ],
}

MONDAY_10_30_BST = datetime(2026, 3, 30, 9, 30, tzinfo=UTC)
MONDAY_13_00_BST = datetime(2026, 3, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def case_id(cli):
    assert cli("init")[0] == 0
    code, out, _err = cli("case", "add", "-", "--json", stdin=json.dumps(CASE))
    assert code == 0
    return json.loads(out)[0]["id"]


def test_call_check_json_with_a_utc_time(cli, case_id):
    code, out, _err = cli("call", "check", case_id, "--at", "2026-03-30T09:30:00Z", "--json")
    assert code == 0
    doc = json.loads(out)
    assert {"safe", "reason", "next_window_start", "next_window_end"} <= set(doc)
    assert doc["safe"] is True and doc["reason"] == "Safe to call now until 12:00"
    assert doc["next_window_start"] == "2026-03-30T10:30:00+01:00"
    assert doc["next_window_end"] == "2026-03-30T12:00:00+01:00"

    # at 13:00 the first safe-to-call number is outside its window but the second is inside its own
    code, out, _err = cli("call", "check", case_id, "--at", "2026-03-30T13:00+01:00", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["safe"] is True and doc["reason"] == "Safe to call now until 17:00"
    assert doc["method_id"] == json.loads(cli("case", "show", case_id, "--json")[1])["contact_methods"][2]["id"]

    code, out, _err = cli("call", "check", case_id, "--at", "2026-03-30T18:00+01:00", "--json")
    assert code == NOT_SAFE_NOW
    doc = json.loads(out)
    assert doc["safe"] is False and doc["reason"].startswith("Outside the agreed safe times")
    assert (doc["next_window_start"], doc["next_window_end"]) == (
        "2026-04-01T10:00:00+01:00",
        "2026-04-01T12:00:00+01:00",
    )

    code, out, _err = cli("call", "check", case_id, "--at", "2026-12-23T12:00Z", "--json")
    doc = json.loads(out)
    # Wed 23 after the window; 24-26 blacked out; the third number opens first on Monday 28, at 09:00
    assert doc["next_window_start"] == "2026-12-28T09:00:00+00:00"

    code, out, _err = cli("call", "check", case_id, "--at", "2026-03-30T18:00+01:00")
    assert code == NOT_SAFE_NOW and "Outside the agreed safe times" in out and "Wed 1 Apr 10:00" in out
    assert out.count("Next safe time") == 1, f"said once, in one form: {out}"


def test_call_check_without_a_time_uses_now(cli, case_id):
    code, out, _err = cli("call", "check", case_id, "--json")
    safe = json.loads(out)["safe"]
    assert isinstance(safe, bool) and code == (0 if safe else NOT_SAFE_NOW)


def test_a_script_that_dials_only_on_exit_0_never_dials_at_an_unsafe_time(cli, case_id):
    """``call check ID && dial``: exit 0 is "safe to call now" and nothing else; "not safe now" has its own code,
    apart from the codes of errors."""
    for flags in ((), ("--json",)):
        code, out, _err = cli("call", "check", case_id, "--at", "2026-03-30T10:30+01:00", *flags)
        assert code == 0 and "Safe to call now" in out
        for unsafe in ("2026-03-30T18:00+01:00", "2026-03-30T03:00+01:00", "2026-12-24T11:00Z"):  # blackout too
            code, out, _err = cli("call", "check", case_id, "--at", unsafe, *flags)
            assert code == NOT_SAFE_NOW, (unsafe, out)
    assert NOT_SAFE_NOW not in (0, 1, 2, 3, 4, 5, 6, 70)
    code, out, _err = cli("case", "add", "-", "--json", stdin=json.dumps({"preferred_name": "No phone"}))
    no_phone = json.loads(out)[0]["id"]
    code, out, _err = cli("call", "check", no_phone, "--json")
    assert code == NOT_SAFE_NOW and json.loads(out)["safe"] is False


@pytest.mark.parametrize(
    ("value", "words"),
    [("yesterday", "is not a date and time"), ("2026-03-30T10:00", "has no time zone"), ("", "is not a date")],
)
def test_call_check_refuses_a_bad_time(cli, case_id, value, words):
    code, out, err = cli("call", "check", case_id, "--at", value)
    assert code == InvalidInput.exit_code and out == ""
    assert "--at" in err and words in err and "Traceback" not in err


def test_call_check_of_an_unknown_case(cli, case_id):
    code, _out, err = cli("call", "check", "no-such-case", "--json")
    assert code == 5 and "no case" in err


def test_call_card_text_and_audit(cli, case_id, store_dir):
    code, out, _err = cli("call", "card", case_id, "--at", "2026-04-01T10:30+01:00")  # a Wednesday
    assert code == 0
    assert "Number: 07700 900461" in out and "01632" not in out
    assert "Withhold your number" in out
    assert "Ask for: Rhi" in out
    assert "If someone else answers: Ask for Jo from the surgery" in out
    assert "Do not leave a voicemail or message" in out
    assert "Can't-talk code word: blue kettle" in out
    assert "No contacts logged yet." in out

    code, out, _err = cli("call", "card", case_id, "--json", "--at", "2026-04-01T10:30+01:00")
    card = json.loads(out)
    assert card["number"] == "07700 900461" and card["voicemail_allowed"] is False
    assert card["check"]["reason"] and card["recent_outcomes"] == []

    with Store.unlock(store_dir, PASSPHRASE) as store:
        rows = store.db.execute(
            "SELECT action, target_id, detail FROM audit_event WHERE action = 'call.card'"
        ).fetchall()
    assert rows == [("call.card", case_id, ""), ("call.card", case_id, "")]


def test_call_card_shows_the_last_three_outcomes(cli, case_id, store_dir):
    with Store.unlock(store_dir, PASSPHRASE) as store:
        service = CaseService(store)
        mobile = _methods(store, case_id)[1]
        outcomes = ["spoke", "no_answer_no_message", "visit_done", "unsafe_to_talk_call_back"]
        for day, outcome in zip((2, 4, 9, 11), outcomes, strict=True):  # Mondays and Wednesdays, in the window
            at = datetime(2026, 3, day, 11, tzinfo=UTC)
            service.append_log(case_id, channel="phone", outcome=outcome, at=at, contact_method_id=mobile)
    code, out, _err = cli("call", "card", case_id)
    assert code == 0 and "Spoke with them" not in out
    assert "No answer, no message left" in out and "Not safe to talk, call back later" in out


def _methods(store, case_id):
    return [m["id"] for m in CaseService(store).show(case_id)["contact_methods"]]


def test_logging_keeps_to_the_call_protocol(cli, case_id, store_dir):
    with Store.unlock(store_dir, PASSPHRASE) as store:
        service = CaseService(store)
        landline, mobile, work = _methods(store, case_id)
        before = len(service.history(case_id)["contact_log"])

        with pytest.raises(InvalidInput) as left:
            service.append_log(
                case_id, channel="phone", outcome="left_message", at=MONDAY_10_30_BST, contact_method_id=mobile
            )
        assert left.value.field == "outcome"
        with pytest.raises(InvalidInput) as nowhere:
            service.append_log(case_id, channel="phone", outcome="left_message", at=MONDAY_10_30_BST)
        assert nowhere.value.field == "contact_method_id", "a phone call names its number, always"

        with pytest.raises(InvalidInput) as outside:
            service.append_log(case_id, channel="phone", outcome="spoke", at=MONDAY_13_00_BST, contact_method_id=mobile)
        assert outside.value.field == "override_reason"
        assert "outside the agreed safe times: say why" in str(outside.value)
        with pytest.raises(InvalidInput) as blank:
            service.append_log(
                case_id,
                channel="phone",
                outcome="spoke",
                at=MONDAY_13_00_BST,
                contact_method_id=mobile,
                override_reason="   ",
            )
        assert blank.value.field == "override_reason"
        with pytest.raises(InvalidInput) as never:
            service.append_log(
                case_id, channel="phone", outcome="spoke", at=MONDAY_10_30_BST, contact_method_id=landline
            )
        assert never.value.field == "override_reason" and "not safe to call" in str(never.value)
        with pytest.raises(InvalidInput) as stranger:
            service.append_log(case_id, channel="phone", outcome="spoke", contact_method_id="not-a-method")
        assert stranger.value.field == "contact_method_id"
        assert len(service.history(case_id)["contact_log"]) == before, "nothing refused was written"

        service.append_log(case_id, channel="phone", outcome="spoke", at=MONDAY_10_30_BST, contact_method_id=mobile)
        service.append_log(
            case_id,
            channel="phone",
            outcome="spoke",
            at=MONDAY_13_00_BST,
            contact_method_id=mobile,
            override_reason="She rang asking for a call back straight away.",
        )
        service.append_log(
            case_id, channel="phone", outcome="left_message", at=MONDAY_13_00_BST, contact_method_id=work
        )
        log = service.history(case_id)["contact_log"]
    assert len(log) == before + 3
    assert log[-2]["override_reason"] == "She rang asking for a call back straight away."
