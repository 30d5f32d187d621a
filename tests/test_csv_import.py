"""Caseload spreadsheets (CSV) read into interchange-format cases: what real exports look like, every bad row
reported with the line a spreadsheet shows, safe defaults for empty cells, and nothing but InvalidInput or a
row problem whatever the cells hold."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safetyworker.errors import InvalidInput
from safetyworker.records import csv_import
from safetyworker.records.csv_import import COLUMNS, RowProblem, read_cases_csv
from safetyworker.records.model import Case
from safetyworker.services.case_duplicates import name_key
from safetyworker.services.cases import CaseService

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "caseload.csv"


def make_csv(header: list[str], *rows: list[str], bom: bool = False, crlf: bool = True) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(header)
    writer.writerows(rows)
    return (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8")


def one(header: list[str], row: list[str]) -> tuple[list[tuple[int, dict]], list[RowProblem]]:
    return read_cases_csv(make_csv(["preferred_name", *header], ["Ani", *row]))


def one_case(header: list[str], row: list[str]) -> Case:
    good, problems = one(header, row)
    assert problems == []
    return Case.from_json(good[0][1])


def one_problem(header: list[str], row: list[str]) -> RowProblem:
    good, problems = one(header, row)
    assert good == []
    assert len(problems) == 1, problems
    assert problems[0].line == 2
    return problems[0]


# -- whole files ----------------------------------------------------------------------------------------------


def test_good_file_with_bom_crlf_and_spreadsheet_habits_imports():
    data = make_csv(
        [" Preferred Name ", "PHONE", "Date_Of_Birth", "Languages", "Safe To Visit"],
        ["  Ani  ", " 07700 900123 ", "1988-03-14", "Welsh; English ;", "Yes"],
        ["Sam", "", "", "", ""],
        ["", "", "", "", ""],
        [],
        bom=True,
    )
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    good, problems = read_cases_csv(data)
    assert problems == []
    assert [line for line, _ in good] == [2, 3]
    ani = Case.from_json(good[0][1])
    assert ani.preferred_name == "Ani"
    assert ani.contact_methods[0].value == "+447700900123"
    assert ani.date_of_birth.isoformat() == "1988-03-14"
    assert ani.languages == ["Welsh", "English"]
    assert ani.safe_to_visit is True
    assert good[1][1] == {"preferred_name": "Sam"}


def test_example_file_imports_and_adds_to_the_store(store):
    good, problems = read_cases_csv(EXAMPLE.read_bytes())
    assert problems == []
    assert [line for line, _ in good] == [2, 3, 4]
    cases = [Case.from_json(doc) for _, doc in good]
    assert {c.preferred_name for c in cases} == {"Ani", "Sam", "Dee"}
    for case in cases:
        for method in case.contact_methods:
            assert method.value.startswith("+447700900")
    service = CaseService(store)
    ids = service.add([doc for _, doc in good])
    assert len(ids) == 3
    assert service.count() == 3
    assert [s.preferred_name for s in service.search("07700 900789")] == ["Dee"]


def test_a_later_invalid_case_adds_nothing(store):
    good, problems = read_cases_csv(EXAMPLE.read_bytes())
    assert problems == []
    docs = [doc for _, doc in good] + [{"preferred_name": "Bad", "status": "nonsense"}]
    service = CaseService(store)
    with pytest.raises(InvalidInput) as caught:
        service.add(docs)
    assert caught.value.field == "[3].status"
    assert service.count() == 0


def test_one_bad_row_among_good_ones_is_one_problem_with_its_line_and_column():
    data = make_csv(
        ["preferred_name", "phone"],
        ["Ani", "07700 900123"],
        ["Sam", "07700 900456"],
        ["Dee", "12345"],
        ["Kit", "07700 900789"],
    )
    good, problems = read_cases_csv(data)
    assert [line for line, _ in good] == [2, 3, 5]
    assert len(problems) == 1
    assert problems[0].line == 4
    assert problems[0].field == "phone"
    assert "12345" in problems[0].message


def test_every_bad_row_is_reported():
    header = ["preferred_name", "safe_to_visit", "date_of_birth", "status", "phone", "children", "harm_custody_status"]
    rows = [
        ["Good", "", "", "", "", "", ""],
        ["A", "perhaps", "", "", "", "", ""],
        ["B", "", "31/02/1990", "", "", "", ""],
        ["C", "", "", "pending", "", "", ""],
        ["Good too", "", "", "", "", "", ""],
        ["D", "", "", "", "07700 900123", "Ani (25)", ""],
        ["", "", "1990-01-01", "", "", "", ""],
    ]
    good, problems = read_cases_csv(make_csv(header, *rows))
    assert [line for line, _ in good] == [2, 6]
    assert [(p.line, p.field) for p in problems] == [
        (3, "safe_to_visit"),
        (4, "date_of_birth"),
        (5, "status"),
        (7, "children"),
        (8, "preferred_name"),
    ]


def test_several_cell_problems_in_one_row_are_all_reported():
    good, problems = one(["safe_to_visit", "date_of_birth"], ["sometimes", "1990-13-01"])
    assert good == []
    assert [(p.line, p.field) for p in problems] == [(2, "safe_to_visit"), (2, "date_of_birth")]


def test_line_numbers_are_spreadsheet_rows_even_with_blank_rows_and_multiline_cells():
    data = make_csv(
        ["preferred_name", "phone", "if_someone_else_answers", "status"],
        ["Ani", "07700 900123", "Say you are from the dentist.\nThen hang up.", ""],
        ["", "", "", ""],
        ["Sam", "", "", "unknown"],
    )
    good, problems = read_cases_csv(data)
    assert [line for line, _ in good] == [2]
    assert good[0][1]["contact_methods"][0]["if_someone_else_answers"].endswith("\nThen hang up.")
    assert [(p.line, p.field) for p in problems] == [(4, "status")]


def test_phone_details_without_a_phone_are_a_problem():
    problem = one_problem(["if_someone_else_answers", "voicemail_allowed"], ["Ask for Sian", "no"])
    assert problem.field == "phone"


def test_harm_details_without_a_name_are_a_problem():
    problem = one_problem(["harm_custody_status", "programme_name"], ["in custody", "Building Choices"])
    assert problem.field == "harm_name"
    problem = one_problem(["harm_name", "programme_start_date"], ["Rob", "2026-12-01"])
    assert problem.field == "programme_name"


def test_a_line_break_in_a_single_line_cell_is_a_problem():
    problem = one_problem(["legal_name"], ["Ani\nExample"])
    assert problem.field == "legal_name"


def test_a_value_in_a_column_without_a_name_is_a_problem():
    data = make_csv(["preferred_name", "locality", ""], ["Ani", "Upper Wold", ""], ["Sam", "", "stray"])
    good, problems = read_cases_csv(data)
    assert [line for line, _ in good] == [2]
    assert problems == [RowProblem(3, "column C", problems[0].message)]
    data = make_csv(["preferred_name"], ["Ani", "", ""], ["Sam", "", "stray"])
    good, problems = read_cases_csv(data)
    assert [line for line, _ in good] == [2]
    assert [(p.line, p.field) for p in problems] == [(3, "column C")]


def test_model_problems_are_named_by_their_column():
    assert one_problem(["harm_name", "harm_custody_status"], ["Rob", "jail"]).field == "harm_custody_status"
    assert one_problem(["harm_name", "harm_release_date"], ["Rob", "2200-01-01"]).field == "harm_release_date"
    problem = one_problem(["harm_name", "programme_name", "programme_start_date"], ["Rob", "BC", "01/01/2200"])
    assert problem.field == "programme_start_date"
    assert one_problem(["phone", "safe_windows"], ["07700 900123", "mon 10:00-10:00"]).field == "safe_windows"
    assert one_problem(["date_of_birth"], ["01/01/2999"]).field == "date_of_birth"
    assert one_problem(["postcode"], ["X" * 40]).field == "postcode"
    assert one_problem(["status"], ["closed"]).field == "closed_reason"
    assert one_problem(["phone", "code_word"], ["07700 900123", "x" * 101]).field == "code_word"


# -- file-level refusals --------------------------------------------------------------------------------------


def test_unknown_column_is_refused_naming_it():
    with pytest.raises(InvalidInput) as caught:
        read_cases_csv(make_csv(["preferred_name", "voicemail_alowed"], ["Ani", "yes"]))
    assert caught.value.field == "voicemail_alowed"
    assert "voicemail_allowed" in caught.value.problem  # the near miss is suggested


def test_missing_preferred_name_column_is_refused_naming_it():
    with pytest.raises(InvalidInput) as caught:
        read_cases_csv(make_csv(["legal_name", "phone"], ["Ani Example", "07700 900123"]))
    assert caught.value.field == "preferred_name"


def test_duplicated_column_is_refused_naming_it():
    with pytest.raises(InvalidInput) as caught:
        read_cases_csv(make_csv(["preferred_name", "Phone", "phone "], ["Ani", "", ""]))
    assert caught.value.field == "phone"


def test_not_utf8_is_refused():
    latin1 = "preferred_name\r\nZoë\r\n".encode("cp1252")
    with pytest.raises(InvalidInput, match="UTF-8"):
        read_cases_csv(latin1)


@pytest.mark.parametrize(
    "data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n,,,\r\n", b"preferred_name\r\n", b"preferred_name\r\n,\r\n"]
)
def test_empty_files_are_refused(data):
    with pytest.raises(InvalidInput):
        read_cases_csv(data)


def test_an_unclosed_quote_is_refused_rather_than_swallowing_rows():
    with pytest.raises(InvalidInput, match="line 3"):
        read_cases_csv(b'preferred_name,locality\r\nAni,Upper Wold\r\nSam,"Netherby\r\nDee,Upper Wold\r\n')


def test_too_many_rows_is_refused(monkeypatch):
    assert csv_import.MAX_ROWS == 50_000
    monkeypatch.setattr(csv_import, "MAX_ROWS", 3)
    read_cases_csv(make_csv(["preferred_name"], ["A"], ["B"], ["C"]))
    with pytest.raises(InvalidInput, match="more than 3 rows"):
        read_cases_csv(make_csv(["preferred_name"], ["A"], ["B"], ["C"], ["D"]))


# -- cells ----------------------------------------------------------------------------------------------------


def test_uk_and_iso_dates():
    assert one_case(["date_of_birth"], ["31/01/1990"]).date_of_birth.isoformat() == "1990-01-31"
    assert one_case(["date_of_birth"], ["1/2/1990"]).date_of_birth.isoformat() == "1990-02-01"
    assert one_case(["date_of_birth"], ["1990-01-31"]).date_of_birth.isoformat() == "1990-01-31"


@pytest.mark.parametrize("value", ["31/02/1990", "1990-02-31", "31-01-1990", "01/31/1990", "next week", "31/01/90"])
def test_bad_dates_are_problems(value):
    problem = one_problem(["date_of_birth"], [value])
    assert problem.field == "date_of_birth"
    assert value in problem.message


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("yes", True),
        ("Y", True),
        ("TRUE", True),
        ("1", True),
        ("No", False),
        ("n", False),
        ("false", False),
        ("0", False),
    ],
)
def test_yes_no_cells(cell, expected):
    case = one_case(["phone", "voicemail_allowed", "safe_to_post"], ["07700 900123", cell, cell])
    assert case.contact_methods[0].voicemail_allowed is expected
    assert case.safe_to_post is expected


@pytest.mark.parametrize("cell", ["maybe", "yes please", "2", "ja", "-"])
def test_a_bad_yes_no_is_a_problem_never_a_default(cell):
    problem = one_problem(["phone", "voicemail_allowed"], ["07700 900123", cell])
    assert problem.field == "voicemail_allowed"
    assert cell in problem.message


def test_empty_cells_take_the_safe_defaults():
    columns = [
        "phone",
        "safe_to_call",
        "safe_to_text",
        "voicemail_allowed",
        "withhold_number",
        "safe_to_visit",
        "safe_to_post",
    ]
    case = one_case(columns, ["07700 900123", "", "", "", "", "", ""])
    method = case.contact_methods[0]
    assert method.voicemail_allowed is False
    assert method.withhold_number is True
    assert method.safe_to_text is False
    assert method.safe_to_call is True  # a phone number in the caseload is one the worker may ring
    assert case.safe_to_visit is False
    assert case.safe_to_post is False


def test_phone_kind_is_guessed_or_taken_from_the_cell():
    assert one_case(["phone"], ["07700 900123"]).contact_methods[0].kind == "mobile"
    assert one_case(["phone"], ["07911 123456"]).contact_methods[0].kind == "mobile"
    assert one_case(["phone"], ["01632 960123"]).contact_methods[0].kind == "landline"
    assert one_case(["phone"], ["020 7946 0123"]).contact_methods[0].kind == "landline"
    assert one_case(["phone", "phone_kind"], ["07700 900123", "Landline"]).contact_methods[0].kind == "landline"
    assert one_problem(["phone", "phone_kind"], ["07700 900123", "email"]).field == "phone_kind"


def test_choices_are_read_as_people_type_them():
    case = one_case(["status", "harm_name", "harm_custody_status"], ["Active", "Rob", "On licence"])
    assert case.status == "active"
    assert case.person_causing_harm.custody_status == "on_licence"


def windows(cell: str) -> list[dict]:
    case = one_case(["phone", "safe_windows"], ["07700 900123", cell])
    return [w.to_json() for w in case.contact_methods[0].safe_windows]


def test_safe_windows_with_ranges_and_lists():
    assert windows("mon-fri 10:00-12:00; sat 09:00-11:00") == [
        {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "10:00", "end": "12:00"},
        {"days": ["sat"], "start": "09:00", "end": "11:00"},
    ]
    assert windows("mon,wed 9:30-11:00") == [{"days": ["mon", "wed"], "start": "09:30", "end": "11:00"}]
    assert windows("Tuesday, Thurs 13.00 - 14.30") == [{"days": ["tue", "thu"], "start": "13:00", "end": "14:30"}]
    assert windows("mon, wed-thu, sat 10:00-11:00") == [
        {"days": ["mon", "wed", "thu", "sat"], "start": "10:00", "end": "11:00"}
    ]
    assert windows("fri-mon 10:00-11:00") == [{"days": ["mon", "fri", "sat", "sun"], "start": "10:00", "end": "11:00"}]


def test_a_safe_window_can_cross_midnight():
    assert windows("fri 22:00-02:00") == [{"days": ["fri"], "start": "22:00", "end": "02:00"}]


@pytest.mark.parametrize(
    "cell",
    ["someday 10:00-11:00", "mon 25:00-26:00", "mon 10am-11am", "10:00-11:00", "mon 10:00", "monkey 10:00-11:00"],
)
def test_bad_safe_windows_are_problems(cell):
    assert one_problem(["phone", "safe_windows"], ["07700 900123", cell]).field == "safe_windows"


def test_children():
    case = one_case(["children"], ["Ani (5); Tom (8)"])
    assert [(c.name, c.age) for c in case.children] == [("Ani", 5), ("Tom", 8)]
    case = one_case(["children"], ["Mali; Huw ( 12 ) ;"])
    assert [(c.name, c.age) for c in case.children] == [("Mali", None), ("Huw", 12)]


@pytest.mark.parametrize("cell", ["Ani (five)", "(5)", "Ani (25)", "Ani (5) and Tom (8)", "Ani (5"])
def test_bad_children_are_problems(cell):
    assert one_problem(["children"], [cell]).field == "children"


# -- property: nothing but InvalidInput or a RowProblem, whatever the cells hold --------------------------------

PLAUSIBLE = [
    "yes",
    "no",
    "maybe",
    "07700 900123",
    "01632 960123",
    "12345",
    "31/02/1990",
    "14/03/1988",
    "2027-01-15",
    "mon-fri 10:00-12:00",
    "fri 22:00-02:00",
    "Ani (5); Tom (8)",
    "on licence",
    "active",
    "closed",
    "mobile",
]
cells = st.one_of(st.sampled_from(PLAUSIBLE), st.text(st.characters(blacklist_categories=("Cs",)), max_size=30))


@settings(max_examples=200, deadline=None)
@given(
    columns=st.lists(st.sampled_from(sorted(COLUMNS)), unique=True, max_size=12),
    rows=st.lists(st.lists(cells, min_size=13, max_size=14), min_size=1, max_size=4),
)
def test_any_cells_give_only_invalid_input_or_row_problems(columns, rows):
    header = ["preferred_name", *[c for c in columns if c != "preferred_name"]]
    rows = [row[: len(header) + (len(row) % 2)] for row in rows]  # sometimes one cell more than the header
    try:
        good, problems = read_cases_csv(make_csv(header, *rows))
    except InvalidInput:
        return
    for _line, doc in good:
        Case.from_json(doc)
    good_lines = {line for line, _ in good}
    problem_lines = {p.line for p in problems}
    assert not good_lines & problem_lines
    for p in problems:
        assert isinstance(p.field, str) and p.field
        assert isinstance(p.message, str) and p.message
        assert 2 <= p.line <= len(rows) + 1
    filled = {i for i, row in enumerate(rows, start=2) if any(cell.strip() for cell in row)}
    assert good_lines | problem_lines == filled  # every row is imported or reported, none is lost


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text_file_gives_only_invalid_input_or_results(text):
    try:
        good, _problems = read_cases_csv(text.encode("utf-8"))
    except InvalidInput:
        return
    for _line, doc in good:
        Case.from_json(doc)


# -- the same people twice ------------------------------------------------------------------------------------


def _import(cli, tmp_path, data: bytes, *flags: str, name: str = "caseload.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return cli("case", "import-csv", str(path), *flags)


def _open_ids(cli) -> list[str]:
    code, out, _err = cli("--json", "case", "list")
    assert code == 0
    return sorted(row["id"] for row in json.loads(out))


def test_importing_the_same_file_twice_is_refused_naming_the_existing_cases(cli_store, tmp_path):
    code, out, _err = _import(cli_store, tmp_path, EXAMPLE.read_bytes())
    assert code == 0 and "Imported 3 cases." in out
    before = _open_ids(cli_store)

    code, out, _err = _import(cli_store, tmp_path, EXAMPLE.read_bytes())
    assert code == 2
    assert "Nothing was imported: 3 rows" in out
    for case_id in before:
        assert f"already open as case {case_id}" in out
    assert "--allow-duplicates" in out
    assert _open_ids(cli_store) == before

    code, out, _err = cli_store("--json", "case", "import-csv", str(tmp_path / "caseload.csv"))
    assert code == 2
    report = json.loads(out)
    assert report["imported"] == []
    assert sorted(p["existing_id"] for p in report["problems"]) == before
    assert {p["line"] for p in report["problems"]} == {2, 3, 4}


def test_allow_duplicates_adds_them_anyway(cli_store, tmp_path):
    _import(cli_store, tmp_path, EXAMPLE.read_bytes())
    code, out, _err = _import(cli_store, tmp_path, EXAMPLE.read_bytes(), "--allow-duplicates")
    assert code == 0 and "Imported 3 cases." in out
    assert len(_open_ids(cli_store)) == 6


def test_skip_bad_adds_the_new_people_and_lists_the_ones_already_there(cli_store, tmp_path):
    _import(cli_store, tmp_path, make_csv(["preferred_name", "phone"], ["Ani", "07700 900123"]))
    (ani,) = _open_ids(cli_store)
    data = make_csv(["preferred_name", "phone"], ["Sam", "07700 900456"], ["ani", "+44 7700 900123"])
    code, out, _err = _import(cli_store, tmp_path, data, "--skip-bad", name="second.csv")
    assert code == 0
    assert f"skipped line 3, preferred_name: is already open as case {ani}" in out
    assert "Imported 1 case." in out
    assert len(_open_ids(cli_store)) == 2


def _one_row(header: list[str], row: list[str]) -> Case:
    good, problems = read_cases_csv(make_csv(header, row))
    assert problems == []
    return Case.from_json(good[0][1])


@pytest.mark.parametrize(
    ("header", "row", "reason"),
    [
        (["preferred_name", "phone"], ["  SIÂN   jones ", "07700900123"], "phone"),
        (["preferred_name", "date_of_birth"], ["Sian Jones", "14/03/1988"], "date_of_birth"),
        (["preferred_name", "legal_name", "phone"], ["Shan", "Siân Jones", "07700 900123"], "phone"),
    ],
)
def test_same_name_and_phone_or_birth_date_is_the_same_person(store, header, row, reason):
    service = CaseService(store)
    (existing,) = service.add(
        {
            "preferred_name": "Siân Jones",
            "date_of_birth": "1988-03-14",
            "contact_methods": [{"kind": "mobile", "value": "07700 900123"}],
        }
    )
    (match,) = service.duplicates([_one_row(header, row)])
    assert match is not None and (match.case_id, match.reason) == (existing, reason)


@pytest.mark.parametrize(
    ("header", "row"),
    [
        (["preferred_name", "phone"], ["Sian Jonas", "07700 900123"]),  # another name on the same phone
        (["preferred_name", "phone"], ["Siân Jones", "07700 900124"]),  # same name, another phone
        (["preferred_name", "date_of_birth"], ["Siân Jones", "15/03/1988"]),
        (["preferred_name"], ["Siân Jones"]),  # a name alone is not enough
    ],
)
def test_a_name_alone_or_a_phone_alone_is_not_a_duplicate(store, header, row):
    service = CaseService(store)
    service.add(
        {
            "preferred_name": "Siân Jones",
            "date_of_birth": "1988-03-14",
            "contact_methods": [{"kind": "mobile", "value": "07700 900123"}],
        }
    )
    assert service.duplicates([_one_row(header, row)]) == [None]


def test_a_closed_case_is_not_a_duplicate_a_person_can_be_referred_again(store):
    service = CaseService(store)
    (old,) = service.add({"preferred_name": "Ani", "contact_methods": [{"kind": "mobile", "value": "07700900123"}]})
    service.close(old, "moved away")
    assert service.duplicates([_one_row(["preferred_name", "phone"], ["Ani", "07700 900123"])]) == [None]


def test_the_same_person_twice_in_one_file_is_refused_naming_the_first_line(cli_store, tmp_path):
    data = make_csv(["preferred_name", "date_of_birth"], ["Ani", "14/03/1988"], ["Sam", ""], ["ANI", "1988-03-14"])
    code, out, _err = _import(cli_store, tmp_path, data)
    assert code == 2
    assert "line 4, preferred_name: is the same person as line 2 (same name and date of birth)" in out
    assert _open_ids(cli_store) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.text(alphabet="abcdefghijklmnopqrstuvwxyzâêîôûŵŷ '-", min_size=1, max_size=30).filter(str.strip),
    upper=st.booleans(),
    pad=st.sampled_from(["", " ", "  "]),
    number=st.integers(min_value=0, max_value=999),
)
def test_any_name_typed_again_with_other_capitals_and_spaces_is_found(store, name, upper, pad, number):
    service = CaseService(store)
    phone = f"07700 900{number:03d}"
    (existing,) = service.add({"preferred_name": name, "contact_methods": [{"kind": "mobile", "value": phone}]})
    typed = pad + " ".join(name.split()).replace(" ", "  " if pad else " ") + pad
    typed = typed.upper() if upper else typed
    (match,) = service.duplicates([_one_row(["preferred_name", "phone"], [typed, phone.replace(" ", "")])])
    assert match is not None and match.reason == "phone"
    assert match.case_id == existing or name_key(service.get(match.case_id).preferred_name) == name_key(name)
    service.close(existing, "test done")  # the next example starts from an empty open caseload
