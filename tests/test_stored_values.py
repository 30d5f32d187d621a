"""A store that already holds a value no form accepts (from an older version, a bundle taken before the office
checked them, a damaged edit): reading it never crashes (`case show`, `call card`, `call check`), the value is
read the safe way (never as "voicemail allowed", never as a time that is safe to call), and `doctor` names the
record and field so a person can put it right."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from safetyworker.records import tables
from safetyworker.records.case_rows import PLANNED
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE

CASE = {
    "preferred_name": "Rhiannon",
    "status": "active",
    "person_causing_harm": {"name": "Dai", "release_date": "2026-05-01", "custody_status": "in_custody"},
    "children": [{"name": "Cai", "age": 7}],
    "contact_methods": [
        {
            "kind": "mobile",
            "value": "07700 900461",
            "safe_windows": [
                {"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "start": "00:01", "end": "23:59"}
            ],
            "blackout_windows": [{"start": "2026-03-30T00:00", "end": "2026-03-31T00:00"}],
        }
    ],
}
MONDAY_10_30_BST = "2026-03-30T09:30:00Z"  # inside the blackout

#: (table, column, stored value, the field doctor names)
BAD = {
    "number that is not one": ("contact_method", "value", "call me maybe", "value"),
    "kind no form has": ("contact_method", "kind", "pigeon", "kind"),
    "voicemail as text": ("contact_method", "voicemail_allowed", "yes", "voicemail_allowed"),
    "safe windows not JSON": ("contact_method", "safe_windows", "{not json", "safe_windows"),
    "blackout that cannot be read": ("contact_method", "blackout_windows", '[{"start": "soon"}]', "start"),
    "impossible birth date": ("case_record", "date_of_birth", "1990-02-30", "date_of_birth"),
    "languages not a list": ("case_record", "languages", "Welsh", "languages"),
    "status no form has": ("case_record", "status", "vanished", "status"),
    "child age as text": ("child", "age", "seven", "age"),
    "release date impossible": ("person_causing_harm", "release_date", "2026-13-01", "release_date"),
    "withheld number as text": ("contact_method", "withhold_number", "no", "withhold_number"),
    "contact log time no form takes": ("contact_log", "at", "yesterday teatime", "at"),
    "planned contact due on no real day": ("planned_contact", "due_date", "2026-02-30", "due_date"),
    "release date no form takes, due soon": ("person_causing_harm", "release_date", "2026-03-3x", "release_date"),
}


@pytest.fixture
def case_id(cli):
    assert cli("init")[0] == 0
    code, out, _err = cli("case", "add", "-", "--json", stdin=json.dumps(CASE))
    assert code == 0
    return json.loads(out)[0]["id"]


def put_raw(store_dir, table: str, column: str, value: str, case_id: str) -> str:
    """Write a bad value with raw SQL (no form, no check), as an old version or a bad bundle could have."""
    with Store.unlock(store_dir, PASSPHRASE) as store:
        if table == "contact_log":  # append-only: the bad entry is written as it is
            with store.transaction():
                store.db.execute(
                    f"INSERT INTO contact_log (id, created_hlc, device_id, case_id, {column}, channel, outcome) "
                    "VALUES ('01JFAKELOG00000000000000000', ?, ?, ?, ?, 'phone', 'spoke')",
                    (store.clock.now(), store.device_id, case_id, value),
                )
            return "01JFAKELOG00000000000000000"
        if table == "planned_contact":
            with store.transaction():
                tables.insert(
                    store,
                    PLANNED,
                    {"case_id": case_id, "kind": "review", "due_date": "2026-03-01", "status": "planned"},
                )
        key = "id" if table == "case_record" else "case_id"
        if table == "person_causing_harm":
            record_id = store.db.execute("SELECT person_id FROM harm_link WHERE case_id = ?", (case_id,)).fetchone()[0]
        else:
            record_id = store.db.execute(f"SELECT id FROM {table} WHERE {key} = ? ORDER BY id", (case_id,)).fetchone()[
                0
            ]
        with store.transaction():
            store.db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, record_id))
        return record_id


@pytest.mark.parametrize("kind", sorted(BAD))
def test_a_bad_stored_value_reads_without_crashing_and_doctor_names_it(cli, store_dir, case_id, kind):
    table, column, value, field = BAD[kind]
    record_id = put_raw(store_dir, table, column, value, case_id)
    for argv in (
        ("case", "show", case_id),
        ("case", "show", case_id, "--json"),
        ("call", "card", case_id, "--at", MONDAY_10_30_BST),
        ("call", "card", case_id, "--at", MONDAY_10_30_BST, "--json"),
        ("call", "check", case_id, "--at", MONDAY_10_30_BST),
        ("call", "check", case_id, "--at", MONDAY_10_30_BST, "--json"),
        ("agenda", "--at", MONDAY_10_30_BST, "--days", "60"),
        ("agenda", "--at", MONDAY_10_30_BST, "--json"),
    ):
        code, out, err = cli(*argv)
        assert code != 70 and "Traceback" not in err and "bug" not in err.lower(), (argv, code, err)
        assert code in (0, 10), (argv, code, out, err)
    code, out, err = cli("doctor", "--json")
    report = json.loads(out)
    assert code == 1 and report["healthy"] is False
    named = [(p["table"], p["record_id"]) for p in report["bad_values"]]
    assert (table, record_id) in named, report
    assert any(field in p["field"] for p in report["bad_values"]), report
    assert value not in out or value in ("yes", "no"), "doctor names the record and field, not the value"
    code, out, _err = cli("doctor")
    assert code == 1 and record_id in out


def test_an_unreadable_voicemail_or_blackout_is_never_read_as_permission(cli, store_dir, case_id):
    put_raw(store_dir, "contact_method", "voicemail_allowed", "yes", case_id)
    card = json.loads(cli("call", "card", case_id, "--at", MONDAY_10_30_BST, "--json")[1])
    assert card["voicemail_allowed"] is False
    assert not any("voicemail or message may be left" in line for line in card["lines"]), card["lines"]
    put_raw(store_dir, "contact_method", "blackout_windows", '[{"start": "soon"}]', case_id)
    _code, out, _err = cli("call", "check", case_id, "--at", MONDAY_10_30_BST, "--json")
    assert json.loads(out)["safe"] is False, "a blackout that cannot be read makes no time safe"


def test_a_healthy_store_names_no_record(cli, case_id):
    code, out, _err = cli("doctor", "--json")
    report = json.loads(out)
    assert code == 0 and report["healthy"] is True and report["bad_values"] == []


# -- any value at all -------------------------------------------------------------------------------------------

COLUMNS = [
    ("case_record", c)
    for c in (
        "preferred_name",
        "date_of_birth",
        "languages",
        "address_lines",
        "safe_to_visit",
        "status",
        "consent_date",
    )
] + [
    ("contact_method", c)
    for c in (
        "kind",
        "value",
        "safe_to_call",
        "voicemail_allowed",
        "withhold_number",
        "safe_windows",
        "one_off_windows",
        "blackout_windows",
        "code_word",
    )
]
ODD_TEXT = [
    "[]",
    "{}",
    "null",
    "[1]",
    '["x"]',
    '[{"days": ["mon"], "start": "10:00", "end": "12:00"}]',
    '[{"days": "mon", "start": "10:00", "end": "12:00"}]',
    '[{"days": ["sun"], "start": "25:00", "end": "12:00"}]',
    '[{"start": "2026-03-30T00:00", "end": "2026-03-29T00:00"}]',
    "2026-02-30",
    "+447700900461",
    "mobile",
    "closed",
]


def test_any_stored_value_reads_without_crashing_and_doctor_agrees_with_the_forms(cli, store_dir, case_id):
    """Property: whatever a column holds, `case show` and the call card read it, never as voicemail allowed,
    and doctor names the record exactly when a form would refuse it."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from safetyworker.services.calls import CallService
    from safetyworker.services.cases import CaseService
    from safetyworker.sync import stored_check

    values = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-3, 3),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=30),
        st.sampled_from(ODD_TEXT),
    )
    with Store.unlock(store_dir, PASSPHRASE) as store:
        method_id = store.db.execute("SELECT id FROM contact_method WHERE case_id = ?", (case_id,)).fetchone()[0]
        at = datetime.fromisoformat(MONDAY_10_30_BST.replace("Z", "+00:00"))

        @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
        @given(column=st.sampled_from(COLUMNS), value=values)
        def check(column, value):
            table, name = column
            record_id = case_id if table == "case_record" else method_id
            before = store.db.execute(f"SELECT {name} FROM {table} WHERE id = ?", (record_id,)).fetchone()[0]
            try:
                with store.transaction():
                    store.db.execute(f"UPDATE {table} SET {name} = ? WHERE id = ?", (value, record_id))
            except Exception:  # a NOT NULL column refuses None: nothing was written
                return
            try:
                CaseService(store).show(case_id)
                card = CallService(store).card(case_id, at)
                CallService(store).check(case_id, at)
                if value != 1 and name == "voicemail_allowed":
                    assert card.get("voicemail_allowed") in (False, None)
                named = {(p.table, p.record_id) for p in stored_check.store_problems(store.db)}
                row = store.db.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
                full = dict(zip([d[0] for d in row.description], row.fetchone(), strict=True))
                refused = stored_check.problem_with(table, record_id, full) is not None
                assert ((table, record_id) in named) == refused
            finally:
                with store.transaction():
                    store.db.execute(f"UPDATE {table} SET {name} = ? WHERE id = ?", (before, record_id))

        check()
