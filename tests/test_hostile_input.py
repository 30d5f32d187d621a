"""Hostile input at the command line and in the store's own files: every one is a plain message and exit 1 or 2
(4 for a key file that was tampered with), never the bug exit (70), and nothing is changed.

The inputs are the ones that ended in exit 70 or hung: deep JSON, numbers too large for the store, dates at the
ends of the calendar, a key file asking for runaway key derivation, a store folder this account may not use,
and names carrying control characters or bidirectional overrides.
"""

from __future__ import annotations

import json
import os
import time

import pytest

from safetyworker.errors import InvalidInput, StoreDamaged
from safetyworker.keys import kdf
from safetyworker.records.model import Case
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE, write
from .sync_world import store_fingerprint

BUG_EXIT = 70
DEEP = 100_000


def one_line_refusal(code: int, out: str, err: str, expected: tuple[int, ...] = (1, 2)) -> None:
    assert code in expected, (code, out, err)
    assert code != BUG_EXIT
    assert err.startswith("safetyworker: "), err
    assert "Traceback" not in err and "bug" not in err.lower(), err


@pytest.fixture
def with_case(cli_store, store_dir):
    """The CLI on a store holding one case; returns (cli, case id)."""
    code, out, _err = cli_store("case", "add", "-", stdin=json.dumps({"preferred_name": "Sam Example"}))
    assert code == 0
    return cli_store, out.strip()


def unchanged(store_dir, action) -> None:
    """Run ``action`` and check the store holds exactly what it held before."""
    with Store.unlock(store_dir, PASSPHRASE) as s:
        before = store_fingerprint(s)
    action()
    with Store.unlock(store_dir, PASSPHRASE) as s:
        assert store_fingerprint(s) == before


# -- deep JSON and huge numbers on the command line -------------------------------------------------------------


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_a_deeply_nested_json_file_is_bad_input_not_a_bug(with_case, store_dir, tmp_path, opener):
    cli, case_id = with_case
    deep = tmp_path / "deep.json"
    deep.write_text(opener * DEEP)
    for argv in (
        ("case", "add", str(deep)),
        ("case", "update", case_id, str(deep)),
        ("plan", "set", case_id, str(deep)),
    ):
        unchanged(store_dir, lambda argv=argv: one_line_refusal(*cli(*argv), expected=(2,)))
    _code, _out, err = cli("case", "add", str(deep))
    assert "nested" in err


def test_json_nested_a_few_hundred_levels_is_refused_before_anything_walks_it(with_case, tmp_path):
    cli, _case_id = with_case
    # 900 levels parse (under Python's recursion limit) but would break any code that walks them.
    doc = {"preferred_name": "Sam", "notes": json.loads("[" * 900 + "]" * 900)}
    code, out, err = cli("case", "add", write(tmp_path, "c.json", doc))
    one_line_refusal(code, out, err, expected=(2,))


def test_a_number_with_thousands_of_digits_is_bad_input(with_case, tmp_path):
    cli, _case_id = with_case
    path = tmp_path / "big.json"
    path.write_text('{"preferred_name": "Sam", "children": [{"name": "A", "age": ' + "9" * 5000 + "}]}")
    one_line_refusal(*cli("case", "add", str(path)), expected=(2,))


def test_a_plan_version_too_large_for_the_store_is_bad_input(with_case, tmp_path):
    cli, case_id = with_case
    for argv in (
        ("plan", "show", case_id, "--version", str(10**20)),
        ("plan", "pdf", case_id, "--version", str(10**20), "--variant", "worker", "-o", str(tmp_path / "p.pdf")),
    ):
        code, out, err = cli(*argv)
        one_line_refusal(code, out, err, expected=(2,))
        assert "version" in err
    assert not (tmp_path / "p.pdf").exists()


def test_agenda_days_too_large_is_bad_input(with_case):
    cli, _case_id = with_case
    one_line_refusal(*cli("agenda", "--days", str(10**20)), expected=(2,))


@pytest.mark.parametrize(
    "at",
    [
        "0001-01-01T00:00+00:00",
        "0001-01-01T00:30+14:00",
        "9999-12-31T23:59Z",
        "9999-12-31T23:59-12:00",
        "1900-01-01T00:00Z",
    ],
)
def test_dates_at_the_ends_of_the_calendar_are_bad_input(with_case, at):
    cli, case_id = with_case
    for argv in (
        ("agenda", "--at", at),
        ("calls", "due", "--at", at),
        ("call", "check", case_id, "--at", at),
        ("call", "card", case_id, "--at", at),
    ):
        code, out, err = cli(*argv)
        one_line_refusal(code, out, err, expected=(2,))
        assert "--at" in err


def test_an_ordinary_date_still_works(with_case):
    cli, _case_id = with_case
    assert cli("agenda", "--at", "2026-11-23T10:30Z")[0] == 0


# -- key derivation settings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("t", 10**9), ("m", 2**40), ("p", 1000), ("t", 1e9), ("m", "65536"), ("t", True), ("t", 21)],
)
def test_a_key_file_asking_for_runaway_key_derivation_is_refused_at_once(store, store_dir, field, value):
    store.close()
    path = store_dir / "keyslots.json"
    doc = json.loads(path.read_text())
    for slot in doc["slots"].values():
        slot["kdf"][field] = value
    path.write_text(json.dumps(doc))
    started = time.monotonic()
    with pytest.raises(StoreDamaged):
        Store.unlock(store_dir, PASSPHRASE)
    assert time.monotonic() - started < 5


def test_the_documented_maximums_are_still_accepted():
    params = kdf.Argon2Params.from_json({"alg": "argon2id", "m": kdf.MAX_MEMORY_KIB, "t": 20, "p": 64})
    assert (params.memory_kib, params.time_cost, params.parallelism) == (4 * 1024 * 1024, 20, 64)
    with pytest.raises(StoreDamaged):
        kdf.Argon2Params.from_json({"alg": "argon2id", "m": kdf.MAX_MEMORY_KIB + 1, "t": 3, "p": 4})


def test_the_cli_says_a_tampered_key_file_is_damaged(cli_store, store_dir):
    path = store_dir / "keyslots.json"
    doc = json.loads(path.read_text())
    for slot in doc["slots"].values():
        slot["kdf"]["t"] = 10**9
    path.write_text(json.dumps(doc))
    started = time.monotonic()
    code, out, err = cli_store("case", "list")
    one_line_refusal(code, out, err, expected=(4,))
    assert "key-derivation" in err
    assert time.monotonic() - started < 5


# -- store folders this account may not use ---------------------------------------------------------------------


needs_root = pytest.mark.skipif(not hasattr(os, "seteuid") or os.geteuid() != 0, reason="needs to act as another user")


@pytest.fixture
def as_another_user():
    """Run the block as the ``nobody`` account (root ignores permissions, so the test borrows another user's)."""

    class Switch:
        def __enter__(self):
            os.seteuid(65534)

        def __exit__(self, *exc):
            os.seteuid(0)

    return Switch()


@needs_root
def test_a_store_folder_owned_by_another_user(cli_store, store_dir, as_another_user):
    store_dir.parent.chmod(0o755)
    for argv in (("case", "list"), ("init",), ("agenda",)):
        with as_another_user:
            code, out, err = cli_store(*argv)
        one_line_refusal(code, out, err, expected=(1,))
        assert "user account" in err


@needs_root
def test_a_store_folder_with_mode_000(cli_store, store_dir, as_another_user):
    store_dir.parent.chmod(0o755)
    store_dir.chmod(0o000)
    try:
        with as_another_user:
            code, out, err = cli_store("case", "list")
    finally:
        store_dir.chmod(0o700)
    one_line_refusal(code, out, err, expected=(1,))
    assert "permissions" in err
    assert cli_store("case", "list")[0] == 0


@needs_root
def test_a_new_store_where_this_account_may_not_write(cli, tmp_path, as_another_user):
    tmp_path.chmod(0o755)
    with as_another_user:
        code, out, err = cli("--store", str(tmp_path / "new"), "init")
    one_line_refusal(code, out, err, expected=(1,))
    assert not (tmp_path / "new").exists()


# -- control characters and bidirectional overrides -------------------------------------------------------------

HOSTILE = {
    "escape": "Sam\x1b[2J\x1b[31mExample",
    "right-to-left override": "Sam \u202eelpmaxE",
    "isolate": "Sam \u2066Example\u2069",
    "tab": "Sam\tExample",
    "carriage return": "Sam\rExample",
    "bell": "Sam\x07",
    "C1 control": "Sam\x9bExample",
    "line separator": "Sam\u2028Example",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_names_refuse_control_characters_and_overrides(text):
    for doc, where in (
        ({"preferred_name": text}, "preferred_name"),
        ({"preferred_name": "Sam", "legal_name": text}, "legal_name"),
        ({"preferred_name": "Sam", "children": [{"name": text}]}, "children[0].name"),
        ({"preferred_name": "Sam", "person_causing_harm": {"name": text}}, "person_causing_harm.name"),
        ({"preferred_name": "Sam", "locality": text}, "locality"),
        (
            {
                "preferred_name": "Sam",
                "contact_methods": [{"kind": "mobile", "value": "07700 900123", "code_word": text}],
            },
            "contact_methods[0].code_word",
        ),
    ):
        with pytest.raises(InvalidInput) as refused:
            Case.from_json(doc)
        assert refused.value.field == where


def test_a_name_with_a_line_break_is_refused_but_notes_keep_theirs():
    with pytest.raises(InvalidInput) as refused:
        Case.from_json({"preferred_name": "Sam\nExample"})
    assert "one line" in str(refused.value)
    case = Case.from_json({"preferred_name": "Sam", "access_needs": "Line one\r\nLine two"})
    assert case.access_needs == "Line one\nLine two"
    with pytest.raises(InvalidInput) as refused:
        Case.from_json({"preferred_name": "Sam", "access_needs": "Line one\n\x1b[2JLine two"})
    assert refused.value.field == "access_needs" and "U+001B" in str(refused.value)


def test_right_to_left_names_with_plain_marks_are_kept():
    for name in ("سارة\u200f", "Siân", "Gwenllïan ap Rhys", "דנה\u200e"):
        assert Case.from_json({"preferred_name": name}).preferred_name == name


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_cli_refuses_them_in_a_json_file_and_changes_nothing(with_case, store_dir, tmp_path, text):
    cli, case_id = with_case
    path = write(tmp_path, "c.json", {"preferred_name": text})
    unchanged(store_dir, lambda: one_line_refusal(*cli("case", "add", path), expected=(2,)))
    unchanged(store_dir, lambda: one_line_refusal(*cli("case", "update", case_id, path), expected=(2,)))


def test_notes_log_entries_close_reasons_and_plan_authors_refuse_them(store):
    service = CaseService(store)
    case_id = service.add({"preferred_name": "Sam Example"})[0]
    before = store_fingerprint(store)
    for attempt, field in (
        (lambda: service.append_note(case_id, "ok\x1b]0;owned\x07"), "text"),
        (lambda: service.close(case_id, "moved \u202eaway"), "reason"),
        (lambda: service.append_log(case_id, channel="phone", outcome="spoke", note="fine\x00"), "note"),
    ):
        with pytest.raises(InvalidInput) as refused:
            attempt()
        assert refused.value.field == field
    assert store_fingerprint(store) == before
    assert service.append_note(case_id, "First line\nSecond line")


def test_csv_import_refuses_them_per_row(with_case, store_dir, tmp_path):
    cli, _case_id = with_case
    path = tmp_path / "cases.csv"
    path.write_text("preferred_name,locality\nSam \u202eelpmaxE,Hill\n", encoding="utf-8")
    code, out, err = cli("case", "import-csv", str(path))
    assert code == 2, (code, out, err)
    assert "line 2" in out + err


def test_the_cli_escapes_control_characters_it_prints(with_case, store_dir):
    """A name that reached the store before these rules (or by any other road) cannot drive the terminal."""
    cli, case_id = with_case
    with Store.unlock(store_dir, PASSPHRASE) as s, s.transaction():
        s.db.execute(
            "UPDATE case_record SET preferred_name = ?, locality = ? WHERE id = ?",
            ("Sam\x1b[2J\x1b]0;title\x07", "Hill \u202eevil", case_id),
        )
    for argv in (("case", "list"), ("case", "show", case_id), ("--json", "case", "show", case_id)):
        code, out, err = cli(*argv)
        assert code == 0, err
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, out
        assert "\\u001b[2J" in out and "\\u202e" in out
    shown = json.loads(cli("--json", "case", "show", case_id)[1])
    assert shown["preferred_name"] == "Sam\x1b[2J\x1b]0;title\x07"  # JSON readers still get the very text


@pytest.mark.parametrize("name", ["Hill\x1b[31m Office", "North \u202eshire", "Ash\tBirch"])
def test_office_and_worker_names_refuse_them(cli, store_dir, name):
    code, out, err = cli("init", "--office", "--name", name)
    one_line_refusal(code, out, err, expected=(2,))
    assert not store_dir.exists() or not any(store_dir.iterdir())


def test_a_deeply_nested_enrolment_file_is_refused_plainly(cli, store_dir, tmp_path):
    path = tmp_path / "enrol.json"
    path.write_text('{"format": ' + "[" * 30_000)  # under the 64 KB an enrolment file may be
    code, out, err = cli("init", "--enrol", str(path))
    one_line_refusal(code, out, err)
    assert not store_dir.exists() or not any(store_dir.iterdir())


@pytest.mark.parametrize("name", ["Ash\x1b[31m", "Birch \u202eevil", "Cedar\nOak"])
def test_a_worker_name_with_hidden_characters_is_refused_and_no_file_is_written(cli, store_dir, tmp_path, name):
    assert cli("init", "--office", "--name", "Northshire")[0] == 0
    with Store.unlock(store_dir, PASSPHRASE) as s:
        before = store_fingerprint(s)
    target = tmp_path / "enrol.json"
    code, out, err = cli("office", "enrol", "--worker", name, "-o", str(target))
    one_line_refusal(code, out, err, expected=(2,))
    assert not target.exists()
    with Store.unlock(store_dir, PASSPHRASE) as s:
        assert store_fingerprint(s) == before
