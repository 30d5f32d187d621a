"""Reports for funders (issue 19): every figure of every report checked against a store built through the
services with known numbers, over a quarter in the past (July to September 2026, British Summer Time), with
entries either side of each boundary: a moment at 23:30 UTC on 30 June is 1 July in Europe/London, and one at
23:30 UTC on 30 September is 1 October. Then small-number suppression in the CSV, and names never in it."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest

from safetyworker.errors import InvalidInput
from safetyworker.risk import scoring
from safetyworker.risk.templates import load_templates
from safetyworker.services.cases import CaseService
from safetyworker.services.contacts import ContactService
from safetyworker.services.reports import ReportService, csv_rows, parse_period, quarter_of
from safetyworker.services.risk import RiskService
from safetyworker.services.sharing import SharingService
from safetyworker.services.support import SupportService

Q3 = (date(2026, 7, 1), date(2026, 9, 30))
PRACTICE = load_templates()["practice-14"]
HIGH_ANSWERS = dict.fromkeys(PRACTICE.question_ids(), "yes")
JUST_IN = datetime(2026, 6, 30, 23, 30, tzinfo=UTC)  # 00:30 on 1 July in London: inside the quarter
JUST_OUT = datetime(2026, 9, 30, 23, 30, tzinfo=UTC)  # 00:30 on 1 October in London: after it


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def person(start: str) -> dict:
    return {"name": "Rob Example", "programme": {"name": "idap", "start_date": start, "status": "started"}}


@pytest.fixture
def built(store, monkeypatch):
    """The hand-built caseload. Names are chosen to be searched for in the CSV."""
    cases = CaseService(store)

    def add(closed_at: str | None = None, **data) -> str:
        if closed_at:
            monkeypatch.setattr("safetyworker.services.cases.utc_now", lambda: closed_at)
        method = {"kind": "mobile", "value": "07700 900123", "safe_to_text": True, "voicemail_allowed": True}
        return cases.add({"contact_methods": [method], **data})[0]

    ids = {
        # referred on the quarter's first day; programme starts 3 August; reached on 20 July: before the start
        "a": add(
            preferred_name="Robin Zebedee",
            status="active",
            referral={"date": "2026-07-01"},
            person_causing_harm=person("2026-08-03"),
        ),
        # referred on the last day; programme starts 7 September; first reached on 10 September: after it
        "b": add(
            preferred_name="Jo Quixote",
            status="contacted",
            referral={"date": "2026-09-30"},
            person_causing_harm=person("2026-09-07"),
        ),
        # closed at 23:30 UTC on 30 September: 1 October in London, outside the quarter; referred the day before
        "c": add(
            preferred_name="Kit Yarrow",
            status="closed",
            closed_reason="Moved away",
            referral={"date": "2026-06-30"},
            closed_at="2026-09-30T23:30:00Z",
        ),
        # closed at 23:30 UTC on 30 June: 1 July in London, inside; the same reason typed differently
        "d": add(
            preferred_name="Lee Wexford",
            status="closed",
            closed_reason=" moved   AWAY ",
            referral={"date": "2026-10-01"},
            closed_at="2026-06-30T23:30:00Z",
        ),
        "d2": add(
            preferred_name="Val Umber",
            status="closed",
            closed_reason="No longer wanted support",
            closed_at="2026-08-01T09:00:00Z",
        ),
        "e": add(preferred_name="Max Tolliver", status="referred"),
    }
    planned = ContactService(store)
    with monkeypatch.context() as back_then:  # planned on 1 July, by hand
        back_then.setattr("safetyworker.timetable.planner.local_today", lambda _store: date(2026, 7, 1))
        planned.plan(ids["a"], "ad_hoc", date(2026, 9, 20))  # done only on 1 October: overdue at the quarter's end
        planned.plan(ids["b"], "ad_hoc", date(2026, 8, 1))  # done on 10 September: not overdue then
        planned.plan(ids["e"], "review", date(2026, 9, 30))  # due on the last day: not overdue yet
    RiskService(store).add(ids["a"], {"template": "practice-14", "answers": HIGH_ANSWERS})

    def log(case_id: str, **entry) -> None:
        method = cases.get(case_id).contact_methods[0].id
        cases.append_log(case_id, contact_method_id=method, override_reason="Agreed time", **entry)

    log(
        ids["a"],
        channel="phone",
        outcome="spoke",
        at=at("2026-07-20T10:00"),
        minutes=60,
        travel_minutes=30,
        support=["emotional", "safety_planning"],
    )
    log(ids["a"], channel="text", outcome="left_message", at=JUST_IN)
    log(ids["a"], channel="phone", outcome="spoke", at=JUST_OUT)
    log(ids["b"], channel="phone", outcome="no_answer_no_message", at=at("2026-09-01T10:00"))
    log(ids["b"], channel="visit", outcome="visit_done", at=at("2026-09-10T10:00"))
    work = SupportService(store)
    work.add(ids["a"], minutes=25, support="housing", at=at("2026-08-05T12:00"))
    work.add(ids["a"], minutes=10, support="legal_court", at=JUST_IN)
    work.add(ids["a"], minutes=40, support="housing", at=JUST_OUT)
    wrong = work.add(ids["b"], minutes=30, support="housing", at=at("2026-09-02T12:00"))
    work.add(ids["b"], minutes=45, support="housing,benefits_money", at=at("2026-09-02T12:00"), corrects_id=wrong)
    sharing = SharingService(store)
    sharing.add_agencies({"name": "Probation", "kind": "probation", "contacts": [{"name": "Alex Reed"}]})
    contact = sharing.contacts()[0].id

    def action(case: str, due: str, done: str | None = None, **more) -> None:
        doc = {
            "direction": "received",
            "contact_id": contact,
            "date": "2026-07-01",
            "summary": "New address",
            "basis": "consent",
            "actions": [{"what": "Tell the police unit", "due": due, **more}],
        }
        made = sharing.add(ids[case], doc, today=date(2026, 12, 1)).actions[0]
        if done:
            sharing.done(made.id, "Rang them", on=done)

    action("a", "2026-09-25")  # Friday: 3 working days late on Wednesday 30 September
    action("a", "2026-09-29", owner_contact_id=contact)  # an agency's, 1 day late
    action("a", "2026-09-30")  # due on the last day: open, not late
    action("a", "2026-08-10", "2026-08-07")  # done in time
    action("a", "2026-08-10", "2026-08-12")  # done late
    action("a", "2026-10-05")  # due after the quarter: open, not late
    action("b", "2026-09-15", "2026-10-02")  # done after the quarter: overdue at its end, done late
    action("c", "2026-09-01")  # a closed case: not open work, though due in the quarter
    return ids


def figures(store, name: str, period=Q3) -> dict:
    doc = ReportService(store).report(name, *period)
    return {k: v for k, v in doc.items() if k not in ("report", "from", "to", "as_at", "scope", "worker")}


def test_caseload_by_status_risk_referrals_and_closures(store, built):
    high = scoring.outcome(PRACTICE, HIGH_ANSWERS).level
    assert figures(store, "caseload") == {
        "by_status": {"referred": 1, "contacted": 1, "active": 1, "closed": 3},
        "open_cases": 3,
        "by_risk_level": {high: 1, "not_assessed": 2},
        "referrals_in": 2,  # 1 July and 30 September, both days inside
        "closed": 2,  # closed 00:30 on 1 July London time, and 1 August; not the one closed on 1 October
        "closed_reasons": {"moved AWAY": 1, "No longer wanted support": 1},
    }


def test_timeliness_first_contacts_overdue_contacts(store, built):
    got = figures(store, "timeliness")
    assert got["initial_contact"] == {"programme_starts": 2, "before_start": 1, "share": 0.5}
    # Robin's contact due 20 September was still planned on 30 September (reached only on 1 October)
    assert got["contacts_overdue"] == {"total": 1, "by_kind": {"ad_hoc": 1}}
    assert got["inform"]["due"] == 0


def test_contacts_attempted_and_made_by_channel(store, built):
    assert figures(store, "contacts") == {
        "attempted": 4,
        "made": 2,
        "by_channel": {
            "phone": {"attempted": 2, "made": 1},
            "text": {"attempted": 1, "made": 0},
            "visit": {"attempted": 1, "made": 1},
        },
    }


def test_support_minutes_by_kind_and_worker(store, built):
    assert figures(store, "support") == {
        "total_minutes": 60 + 25 + 10 + 45,  # the 30 corrected to 45; the 40 on 1 October is outside
        "travel_minutes": 30,
        "entries": 4,
        "by_kind": {"housing": 70, "emotional": 60, "safety_planning": 60, "benefits_money": 45, "legal_court": 10},
        "by_worker": {"here": 140},
    }


def test_information_sharing_actions_overdue(store, built):
    assert figures(store, "actions") == {
        "open": 5,
        "overdue": 3,
        "overdue_by_owner": {"worker": 2, "agency": 1},
        "due": 7,
        "done_in_time": 1,
        "done_late": 2,
        "not_done": 4,
    }


def test_the_csv_writes_small_counts_as_fewer_than_5_and_no_name(store, built):
    service = ReportService(store)
    for name in ("caseload", "timeliness", "contacts", "support", "actions"):
        data = service.csv_bytes(service.report(name, *Q3)).decode()
        for who in ("Robin", "Zebedee", "Quixote", "Yarrow", "Wexford", "Tolliver", "Alex Reed", "Rob Example"):
            assert who not in data
        rows = list(csv.reader(io.StringIO(data)))
        assert rows[0] == ["report", "figure", "item", "value"]
        counts = [
            r
            for r in rows[1:]
            if r[1] not in ("period", "scope", "suppressed", "total_minutes", "travel_minutes", "by_kind", "by_worker")
        ]
        assert counts and all(r[3] in ("<5", "") or int(r[3]) >= 5 or r[2] == "working_days" for r in counts), rows
    caseload = {
        (r[1], r[2]): r[3] for r in csv.reader(io.StringIO(service.csv_bytes(service.report("caseload", *Q3)).decode()))
    }
    # a reason given for fewer than 5 cases is never written out: it could name someone
    assert caseload[("closed_reasons", "other_reasons")] == "<5"
    assert not any(k[0] == "closed_reasons" and k[1] != "other_reasons" for k in caseload)
    support = {(r[1], r[2]): r[3] for r in csv_rows(service.report("support", *Q3))}
    assert support[("total_minutes", "")] == "140" and support[("entries", "")] == "<5"
    timely = {(r[1], r[2]): r[3] for r in csv_rows(service.report("timeliness", *Q3))}
    assert timely[("initial_contact", "share")] == ""  # a share of 2 programme starts would say who


def test_without_suppression_the_counts_are_as_they_are(store, built):
    rows = {(r[1], r[2]): r[3] for r in csv_rows(ReportService(store).report("caseload", *Q3), suppress=False)}
    assert rows[("by_status", "closed")] == "3" and rows[("closed_reasons", "moved AWAY")] == "1"
    assert rows[("suppressed", "")] == "no"


def test_a_reason_given_five_times_is_written_and_a_formula_is_never_run(store):
    cases = CaseService(store)
    for _ in range(5):
        cases.add({"preferred_name": "Ash", "status": "closed", "closed_reason": '=HYPERLINK("x")'})
    rows = {(r[1], r[2]): r[3] for r in csv_rows(ReportService(store).report("caseload"))}
    assert rows[("closed_reasons", '\'=HYPERLINK("x")')] == "5"
    assert rows[("by_status", "closed")] == "5"


def test_period_words_and_the_quarter():
    today = date(2026, 12, 7)
    assert parse_period(None, None, today) == (None, today)
    assert parse_period("01/07/2026", "2026-09-30", today) == Q3
    with pytest.raises(InvalidInput) as err:
        parse_period("2026-10-01", "2026-09-30", today)
    assert err.value.field == "--from"
    with pytest.raises(InvalidInput):
        parse_period("31/02/2026", None, today)
    assert quarter_of(date(2026, 11, 15)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert quarter_of(date(2026, 2, 28)) == (date(2026, 1, 1), date(2026, 3, 31))


def test_a_store_not_enrolled_cannot_pick_a_worker(store):
    with pytest.raises(InvalidInput) as err:
        ReportService(store).report("caseload", worker="w-123")
    assert err.value.field == "--worker"


def test_inform_contacts_made_within_the_set_working_days(store):
    cases = CaseService(store)
    today = ReportService(store).today()
    release = {"name": "Rob Example", "custody_status": "in_custody", "release_date": f"{today.year + 1}-03-03"}
    told, untold = (
        cases.add({"preferred_name": n, "person_causing_harm": dict(release, reference=r)})[0]
        for n, r in (("Robin", "PR/1"), ("Jo", "PR/2"))
    )
    for case_id in (told, untold):
        cases.update(case_id, {"person_causing_harm": {"custody_status": "on_licence"}})
    inform_id = next(c["id"] for c in cases.show(told)["planned_contacts"] if c["kind"] == "inform")
    cases.append_log(told, channel="visit", outcome="visit_done", fulfils=inform_id)
    got = figures(store, "timeliness", (today, date(today.year + 1, 1, 31)))["inform"]
    assert got == {"working_days": 2, "due": 2, "made_in_time": 1, "made_late": 0, "not_made": 1, "share": 0.5}
