"""The caseload model and its proxy, without any widget (as Vorta tests its models)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from safetyworker.services.case_search import CaseSummary
from safetyworker.ui.caseload_model import CASE_ID_ROLE, CaseloadFilter, CaseloadModel


def summaries():
    return [
        CaseSummary("c1", "Alex", "Llanidloes", "active", "+447700900101", "2026-12-01", "2026-11-20T10:00:00Z"),
        CaseSummary("c2", "bryn", "Bala", "referred", "+441632960202", None, None),
        CaseSummary("c3", "Carys", "Rhayader", "contacted", None, "2026-11-28", "2026-11-01T09:00:00Z"),
        CaseSummary("c4", "Dev", "Llanidloes", "declined", "+447700900404", None, None),
    ]


def make():
    model = CaseloadModel()
    proxy = CaseloadFilter()
    proxy.setSourceModel(model)
    model.set_cases(summaries())
    return model, proxy


def names(proxy):
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_source_model_passes_qtmodeltester(qtmodeltester):
    model, proxy = make()
    qtmodeltester.check(model, force_py=True)
    proxy.set_search("llan")
    proxy.sort(CaseloadModel.LOCALITY)
    model.update_cases(summaries()[:2], removed={"c4"})


def test_proxy_passes_qtmodeltester(qtmodeltester):
    model, proxy = make()
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_search("llan")
    proxy.sort(CaseloadModel.STATUS, Qt.SortOrder.DescendingOrder)
    model.clear()


def test_columns_and_data():
    model, proxy = make()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Name", "Locality", "Status"]
    assert names(proxy) == ["Alex", "bryn", "Carys", "Dev"]  # by name, ignoring case
    assert proxy.index(0, CaseloadModel.STATUS).data() == "Active"
    assert proxy.index(0, 0).data(CASE_ID_ROLE) == "c1"
    # the name's tooltip has the locality and status too: on a small screen their columns give way
    tip = proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(" · Active · 07700 900101") and tip.startswith(proxy.index(0, 1).data())


def test_filter_by_name_locality_and_phone():
    _model, proxy = make()
    proxy.set_search("CAR")
    assert names(proxy) == ["Carys"]
    proxy.set_search("llanidloes")
    assert names(proxy) == ["Alex", "Dev"]
    proxy.set_search("07700 900404")
    assert names(proxy) == ["Dev"]
    proxy.set_search("960202")
    assert names(proxy) == ["bryn"]
    proxy.set_search("")
    assert len(names(proxy)) == 4


def test_search_ignores_accents():
    model, proxy = make()
    model.update_cases([CaseSummary("c5", "Siân", "Llanbrynmair", "active", None, None, None)])
    proxy.set_search("sian")
    assert names(proxy) == ["Siân"]
    proxy.set_search("SIÂN")
    assert names(proxy) == ["Siân"]


def test_narrowing_search_matches_a_fresh_search():
    _model, proxy = make()
    for text in ("l", "ll", "lla", "llan"):
        proxy.set_search(text)
    narrowed = names(proxy)
    _fresh, fresh_proxy = make()
    fresh_proxy.set_search("llan")
    assert narrowed == names(fresh_proxy)


def test_sorting_by_columns():
    _model, proxy = make()
    proxy.sort(CaseloadModel.NAME, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["Dev", "Carys", "bryn", "Alex"]
    proxy.sort(CaseloadModel.STATUS)
    assert names(proxy) == ["bryn", "Carys", "Alex", "Dev"]  # referred, contacted, active, declined
    proxy.sort(CaseloadModel.NEXT)
    assert names(proxy)[:2] == ["Carys", "Alex"]  # soonest first, none last
    proxy.set_search("llan")
    assert names(proxy) == ["Alex", "Dev"], "a search keeps the chosen order"


def test_row_lookup_and_update():
    model, proxy = make()
    assert proxy.case_id(proxy.row_of("c3")) == "c3"
    changed = CaseSummary("c3", "Carys", "Tregaron", "active", None, None, None)
    model.update_cases([changed], removed={"c4"})
    assert proxy.row_of("c4") is None
    assert proxy.index(proxy.row_of("c3"), CaseloadModel.LOCALITY).data() == "Tregaron"


def test_clear_forgets_every_case():
    model, proxy = make()
    model.clear()
    assert model.rowCount() == 0 and proxy.rowCount() == 0 and model.total() == 0


def test_can_call_now_column():
    model, proxy = make()
    model.set_callable({"c1": ("11:30", "01632 960602")})
    assert proxy.index(proxy.row_of("c1"), CaseloadModel.CALL_NOW).data() == "01632 960602, until 11:30"
    assert proxy.index(proxy.row_of("c2"), CaseloadModel.CALL_NOW).data() == ""
    model.clear()
    assert model._callable == {}


def many_summaries(count: int = 400):
    places = ["Llanidloes", "Bala", "Rhayader", "Machynlleth", "Tywyn"]
    first = ["Alys", "Bryn", "Carys", "Dafydd", "Eleri", "Ffion", "Gareth", "Huw"]
    return [
        CaseSummary(
            f"c{i:04d}",
            f"{first[i % len(first)]} {i:03d}",
            places[(i * 7) % len(places)],
            "active",
            f"+4477009{i:05d}",
            None,
            None,
        )
        for i in range(count)
    ]


def expected(rows, query):
    q = query.strip().casefold()
    digits = "".join(ch for ch in q if ch.isdigit())
    phone = len(digits) >= 3 and len(digits) * 2 >= len(q.replace(" ", ""))
    return sorted(
        (
            s.preferred_name
            for s in rows
            if q in f"{s.preferred_name}\n{s.locality}".casefold()
            or (phone and (digits in "0" + s.phone[3:] or digits in s.phone[1:]))
        ),
        key=str.casefold,
    )


def test_typing_narrows_and_backspace_widens_from_earlier_results(qtmodeltester):
    """A key at a time and back with Backspace (which goes back to the rows found before): the rows are right at
    each step, and the model stays sound throughout (qtmodeltester watches)."""
    model = CaseloadModel()
    proxy = CaseloadFilter()
    proxy.setSourceModel(model)
    rows = many_summaries()
    model.set_cases(rows)
    qtmodeltester.check(proxy, force_py=True)
    for query in ("carys 1", "llan", "07700 9001", "machynlleth", "zz"):
        typed = ""
        for ch in query:
            typed += ch
            proxy.set_search(typed)
            assert names(proxy) == expected(rows, typed), typed
        while typed:
            typed = typed[:-1]
            proxy.set_search(typed)
            assert names(proxy) == expected(rows, typed), f"Backspace to {typed!r}"


def test_a_contact_due_today_is_not_overdue_on_a_utc_laptop_after_midnight(utc_laptop_after_midnight):
    """At 00:30 in a London summer a laptop set to UTC is still on yesterday: a contact due yesterday (London's)
    is overdue, one due today is not, counted from the store's today (the caseload pane sets its zone)."""
    model = CaseloadModel()
    model.timezone = "Europe/London"
    due = [("c1", "Alex", "2027-07-05"), ("c2", "Bryn", "2027-07-06")]
    model.set_cases([CaseSummary(cid, name, "Bala", "active", None, day, None) for cid, name, day in due])
    bold = [model.index(r, CaseloadModel.NEXT).data(Qt.ItemDataRole.FontRole) is not None for r in range(2)]
    assert bold == [True, False]
