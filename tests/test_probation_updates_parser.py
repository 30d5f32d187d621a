"""Probation's updates file parser: any bytes give a clear refusal or a valid parse, never a traceback."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from safetyworker.errors import InvalidInput
from safetyworker.records.probation_updates import COLUMNS, UpdateRow, read_updates

HEADER = "reference," + ",".join(COLUMNS)
CELLS = st.one_of(
    st.sampled_from(["", "2030-03-03", "03/03/2030", "31/02/2030", "on licence", "community", "breached", "7", "-1"]),
    st.text(max_size=12),
)


def _check(data: bytes) -> None:
    try:
        rows, problems = read_updates(data)
    except InvalidInput as exc:
        assert str(exc)
        return
    for row in rows:
        assert isinstance(row, UpdateRow) and row.reference.strip() and set(row.values) <= set(COLUMNS)
    for problem in problems:
        assert problem.line >= 2 and problem.message


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes(data):
    _check(data)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=1, max_size=8), max_size=6))
def test_any_rows_under_the_real_header(rows):
    _check((HEADER + "\n" + "\n".join(",".join(f'"{c}"' if "," in c else c for c in r) for r in rows)).encode())


def test_a_good_row_is_read_as_the_case_json_holds_it():
    rows, problems = read_updates(
        "\ufeffReference,Release_Date,custody_status,sessions_attended\nPR/1,03/03/2030,On licence,4\n".encode()
    )
    assert problems == []
    assert rows == [
        UpdateRow(2, "PR/1", {"release_date": "2030-03-03", "custody_status": "on_licence", "sessions_attended": 4})
    ]


def test_a_second_row_for_a_person_whose_first_row_is_bad_is_named_too():
    """docs/probation-updates.md: every bad row is named. The first row for PR/1 has a bad status; the second
    row for PR/1 (in other letter case, with spaces) must still be named as given twice, not pass unseen until
    the first is corrected."""
    rows, problems = read_updates(b"reference,custody_status\nPR/1,in the sea\n pr/1 ,community\nPR/2,community\n")
    assert [r.reference for r in rows] == ["PR/2"]
    assert [(p.line, p.field) for p in problems] == [(2, "custody_status"), (3, "reference")]
    assert "line 2" in problems[1].message
