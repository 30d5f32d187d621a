"""The services directory's own rules: search order by area (the place's entries first, then those covering
everywhere, then the rest), the flag on entries not checked for a year, the demo's fictional numbers, and the CSV
reader (a property test: any list it writes it reads back the same; any bad cell is named, never a crash)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safetyworker import demo
from safetyworker.errors import InvalidInput
from safetyworker.records import phone
from safetyworker.records.directory import (
    SERVES,
    DirectoryEntry,
    covers,
    is_stale,
    read_directory_csv,
    write_directory_csv,
)
from safetyworker.records.support import SUPPORT_KINDS
from safetyworker.services.directory import DirectoryService


def entry(name: str, areas: list[str], **more) -> dict:
    return {"name": name, "kinds": ["housing"], "areas": areas, **more}


def test_search_puts_the_place_first_then_everywhere_then_the_rest(store):
    service = DirectoryService(store)
    for doc in (
        entry("A far town", ["Builth Wells"]),
        entry("B national", []),
        entry("C here", ["Rhayader"]),
        entry("D by district", ["LD6"]),
        entry("E by area", ["LD"]),
        {"name": "F transport", "kinds": ["transport"], "areas": ["Rhayader"]},
    ):
        service.add(doc)
    near_town = [(e["name"], e["area"]) for e in service.search(near="rhayader", need="housing")]
    assert near_town == [
        ("C here", "covers"),
        ("B national", "everywhere"),
        ("A far town", "elsewhere"),
        ("D by district", "elsewhere"),
        ("E by area", "elsewhere"),
    ]
    by_postcode = [e["name"] for e in service.search(near="LD6 5AB", need="housing")]
    assert by_postcode == ["D by district", "E by area", "B national", "A far town", "C here"]
    assert [e["name"] for e in service.search(need="housing")] == [
        "A far town",
        "B national",
        "C here",
        "D by district",
        "E by area",
    ]


def test_covers_places_as_people_write_them():
    e = DirectoryEntry.from_json(entry("x", ["Hay-on-Wye", "ld6", "SY"]))
    assert e.areas == ("Hay-on-Wye", "LD6", "SY")
    assert covers(e, "hay-on-wye") and covers(e, "LD6 5AB") and covers(e, "ld6") and covers(e, "SY18 6AA")
    assert not covers(e, "LD2 3AA") and not covers(e, "Rhayader") and not covers(e, "")


def test_an_entry_not_checked_for_a_year_is_flagged():
    checked = DirectoryEntry.from_json(entry("x", [], checked="2025-12-01"))
    assert not is_stale(checked, date(2026, 11, 30))
    assert is_stale(checked, date(2026, 12, 2))
    assert is_stale(DirectoryEntry.from_json(entry("y", [])), date(2026, 1, 1)), "never checked"


def test_the_demo_directory_is_fictional(store):
    demo.populate_demo(store)
    entries = DirectoryService(store).list()
    assert len(entries) >= 6
    assert all(phone.is_drama_number(e["phone"]) for e in entries if e["phone"])
    assert all("(demo)" in e["name"] for e in entries)
    assert all(e["email"].endswith(".example") for e in entries if e["email"])
    demo.populate_demo(store)
    assert len(DirectoryService(store).list()) == len(entries), "a second demo caseload does not repeat them"


def test_a_laptop_worker_cannot_change_an_office_entry_but_can_change_their_own(store):
    service = DirectoryService(store)
    office = service.add(entry("Office's", []))
    store.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('worker_id', 'w1')")
    own = service.add(entry("Mine", []))
    assert {e["name"]: (e["local"], e["editable"]) for e in service.list()} == {
        "Office's": (False, False),
        "Mine": (True, True),
    }
    with pytest.raises(InvalidInput, match="office"):
        service.remove(office)
    service.remove(own)
    assert [e["name"] for e in service.list()] == ["Office's"]


_word = (
    st.text(
        alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" -'"), min_size=1, max_size=20
    )
    .map(str.strip)
    .filter(bool)
)
entries = st.builds(
    lambda name, kinds, serves, areas, outreach, hours, langs, welsh, referral, checked, number: (
        DirectoryEntry.from_json(
            {
                "name": name,
                "kinds": kinds,
                "serves": serves,
                "areas": areas,
                "outreach": outreach,
                "hours": hours,
                "phone": number,
                "languages": langs,
                "welsh_language": welsh,
                "referral": referral,
                "checked": checked,
            }
        )
    ),
    _word,
    st.lists(st.sampled_from(list(SUPPORT_KINDS)), min_size=1, unique=True),
    st.lists(st.sampled_from(list(SERVES)), min_size=1, unique=True),
    st.lists(_word, max_size=4, unique=True),
    st.booleans(),
    _word | st.just(""),
    st.lists(_word, max_size=3),
    st.booleans(),
    _word | st.just(""),
    st.none() | st.dates(date(2000, 1, 1), date(2026, 1, 1)).map(date.isoformat),
    st.sampled_from(["", "01632 960001", "07700 900999", "020 7946 0000"]),
)


@given(st.lists(entries, max_size=5, unique_by=lambda e: e.name.casefold()))
def test_a_directory_csv_reads_back_what_it_wrote(written):
    from safetyworker.records.text import fold

    written = list({fold(e.name): e for e in written}.values())
    if not written:
        return
    good, problems = read_directory_csv(write_directory_csv(written).encode())
    assert problems == []
    assert [e for _line, e in good] == written


@given(st.lists(st.lists(st.text(max_size=12), min_size=12, max_size=12), min_size=1, max_size=4))
def test_any_cells_are_read_or_named_never_a_crash(rows):
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "name",
            "kinds",
            "serves",
            "areas",
            "outreach",
            "hours",
            "phone",
            "email",
            "languages",
            "welsh_language",
            "referral",
            "checked",
        ]
    )
    writer.writerows(rows)
    try:
        good, problems = read_directory_csv(out.getvalue().encode())
    except InvalidInput:
        return  # the file as a whole (for example, rows all blank)
    lines = {line for line, _e in good} | {p.line for p in problems}
    assert len(good) + len({p.line for p in problems}) == len(lines)
    assert all(p.line >= 2 for p in problems)


def test_two_entries_put_in_a_plan_at_the_same_moment_both_stay(store, monkeypatch):
    """The window adds one entry while another writer (here a second add, as a background job would write)
    saves a plan version between the read of the plan and the save: the later version builds on it rather
    than replacing it without the other entry."""
    import threading

    from safetyworker.services import directory
    from safetyworker.services.cases import CaseService
    from safetyworker.services.plans import PlanService

    (case_id,) = CaseService(store).add({"preferred_name": "Ann", "status": "active"})
    service = DirectoryService(store)
    first, second = service.add(entry("First aid", [])), service.add(entry("Second home", []))
    real_text = directory.plan_text
    other: list[threading.Thread] = []

    def plan_text(e):
        if not other:  # once, between the first add's read of the plan and its save
            thread = threading.Thread(target=service.add_to_plan, args=(case_id, second))
            other.append(thread)
            thread.start()
            thread.join(timeout=1)
        return real_text(e)

    monkeypatch.setattr(directory, "plan_text", plan_text)
    service.add_to_plan(case_id, first)
    other[0].join(timeout=10)
    assert not other[0].is_alive()
    texts = " ".join(i.text for i in PlanService(store).current(case_id).items)
    assert "First aid" in texts and "Second home" in texts
