"""Case records through CaseService: safe defaults, validation that names the field, phone numbers, round trips,
partial updates with their sync stamps, tombstones, append-only history, the audit trail and search."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.records import case_rows, tables
from safetyworker.records.case_rows import CASE, METHOD
from safetyworker.records.model import CASE_STATUSES, CUSTODY_STATUSES, PROGRAMME_STATUSES, Case
from safetyworker.services.cases import CaseService
from safetyworker.store import audit
from safetyworker.store.db_errors import DatabaseError

PHONE = "07700 900123"
E164 = "+447700900123"
HISTORY = ("created_at", "updated_at", "planned_contacts", "contact_log", "notes")


# -- helpers ---------------------------------------------------------------------------------------------


def window(days=("mon",), start="10:00", end="12:00") -> dict:
    return {"days": list(days), "start": start, "end": end}


def mobile(value: str = PHONE, **extra) -> dict:
    return {"kind": "mobile", "value": value, **extra}


def case(name: str = "Siân Prydderch", **extra) -> dict:
    return {"preferred_name": name, **extra}


def full_case(name: str = "Siân Prydderch") -> dict:
    """A case with every part filled in."""
    return case(
        name,
        legal_name="Siân Elin Prydderch",
        phone_name="Elin",
        pronouns="she/her",
        date_of_birth="1988-04-12",
        languages=["Cymraeg", "English"],
        access_needs="Large print",
        address={"lines": ["Tŷ Gwyn", "Heol y Bont"], "postcode": "sy20 8aa", "safe_to_visit": True},
        locality="Machynlleth",
        transport="No car; bus twice a day",
        referral={"source": "Probation", "date": "2025-09-05", "programme": "Building Choices"},
        consent={"status": "given", "date": "2025-09-10", "sharing": "Probation officer only"},
        allocated_worker="Rhian",
        contact_methods=[
            mobile(
                safe_to_text=True,
                ask_for="Mair from the surgery",
                if_someone_else_answers="Say it is the surgery; ask for Mair",
                code_word="bara brith",
                safe_windows=[window(["mon", "wed"]), window(["fri"], "22:00", "01:30")],
                one_off_windows=[{"start": "2026-03-02T14:00", "end": "2026-03-02T15:00"}],
                blackout_windows=[{"start": "2026-03-07T00:00", "end": "2026-03-09T00:00"}],
            ),
            {"kind": "email", "value": "s.prydderch@example.org"},
        ],
        children=[{"name": "Cai", "age": 7, "school": "Ysgol Gynradd", "safety_steps": "Goes next door"}],
        person_causing_harm={
            "name": "Mark Hughes",
            "relationship": "ex-partner",
            "custody_status": "on_licence",
            "release_date": "2025-08-01",
            "programme": {"name": "Building Choices", "start_date": "2025-10-01", "sessions_attended": 2},
        },
    )


def add_one(service: CaseService, doc: dict) -> str:
    [case_id] = service.add(doc)
    return case_id


def without_ids(value):
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


def comparable(shown: dict) -> dict:
    """A shown case without what a copy may not share with the original: ids, times and history."""
    return without_ids({k: v for k, v in shown.items() if k not in HISTORY})


def field_stamps(store, table: str, record_id: str) -> dict[str, tuple[str, str]]:
    rows = store.db.execute(
        "SELECT field, hlc, device_id FROM field_stamp WHERE tbl = ? AND record_id = ?", (table, record_id)
    )
    return {f: (hlc, device) for f, hlc, device in rows}


def audit_events(store) -> list[dict]:
    cur = store.db.execute("SELECT * FROM audit_event ORDER BY seq")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def loaded(store, case_id: str) -> dict:
    """The stored case, read without a (audited) view."""
    return case_rows.load_case(store.db, case_id).to_json()


@pytest.fixture
def service(store) -> CaseService:
    return CaseService(store)


# -- safe defaults ---------------------------------------------------------------------------------------


def test_omitted_fields_take_the_safe_defaults(service):
    case_id = add_one(service, case(contact_methods=[mobile()]))
    shown = service.show(case_id)
    [method] = shown["contact_methods"]
    assert method["voicemail_allowed"] is False
    assert method["withhold_number"] is True
    assert method["safe_to_text"] is False
    assert shown["address"]["safe_to_visit"] is False
    assert shown["address"]["safe_to_post"] is False
    assert shown["status"] == "referred"


def test_only_a_phone_can_be_safe_to_call_or_text(service):
    case_id = add_one(service, case(contact_methods=[{"kind": "post", "value": "PO Box 12"}]))
    [method] = service.show(case_id)["contact_methods"]
    assert method["safe_to_call"] is False
    with pytest.raises(InvalidInput) as exc:
        service.add(case(contact_methods=[{"kind": "email", "value": "a@example.org", "safe_to_text": True}]))
    assert exc.value.field == "contact_methods[0].safe_to_call"


# -- validation names the field --------------------------------------------------------------------------

TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.mark.parametrize(
    ("doc", "field", "words"),
    [
        (case(contact_methods=[mobile("12345")]), "contact_methods[0].value", "phone number"),
        (case(contact_methods=[mobile("07700 90012")]), "contact_methods[0].value", "phone number"),
        (case(date_of_birth="2026-02-30"), "date_of_birth", "not a real date"),
        (case(date_of_birth="12/04/1988"), "date_of_birth", "YYYY-MM-DD"),
        (case(date_of_birth=TOMORROW), "date_of_birth", "in the future"),
        (
            case(contact_methods=[mobile(safe_windows=[window(start="10:00", end="10:00")])]),
            "contact_methods[0].safe_windows[0].end",
            "differ",
        ),
        (
            case(contact_methods=[mobile(safe_windows=[window(days=["mon", "funday"])])]),
            "contact_methods[0].safe_windows[0].days",
            "funday",
        ),
        (
            case(contact_methods=[mobile(safe_windows=[window(days=["monkey"])])]),
            "contact_methods[0].safe_windows[0].days",
            "monkey",
        ),
        (
            case(
                contact_methods=[
                    mobile(one_off_windows=[{"start": "2026-03-02T10:00:10", "end": "2026-03-02T10:00:50"}])
                ]
            ),
            "contact_methods[0].one_off_windows[0].end",
            "after the start",
        ),
        (case(contact_methods=[mobile(voicemail_alowed=True)]), "contact_methods[0].voicemail_alowed", "spelling"),
        (case(prefered_name="Siân"), "prefered_name", "spelling"),
        (case(address={"safe_to_vist": True}), "address.safe_to_vist", "spelling"),
        ({"legal_name": "Siân Jones"}, "preferred_name", "required"),
        (case(name="   "), "preferred_name", "empty"),
        (case(status="closed"), "closed_reason", "reason"),
        (case(children=[{"name": "Cai", "age": 19}]), "children[0].age", "between"),
        (case(address={"postcode": "ßßßßßßß"}), "address.postcode", "too long"),
        (case(name="Si\ud800n"), "preferred_name", "not valid text"),
        (case(languages=["Cymraeg", "\udfff"]), "languages", "not valid text"),
    ],
)
def test_invalid_input_is_refused_naming_the_field(service, doc, field, words):
    with pytest.raises(InvalidInput) as exc:
        service.add(doc)
    assert exc.value.field == field
    assert words in str(exc.value)
    assert service.count() == 0


def test_a_lone_surrogate_from_a_json_file_is_refused_not_a_crash(service):
    doc = json.loads('{"preferred_name": "Si\\ud800n"}')
    with pytest.raises(InvalidInput) as exc:
        service.add(doc)
    assert exc.value.field == "preferred_name"


def test_in_a_list_of_cases_the_path_starts_with_the_index_and_nothing_is_added(service):
    docs = [case("Dafydd"), case("Siân", contact_methods=[mobile("not a number")]), case("Ffion")]
    with pytest.raises(InvalidInput) as exc:
        service.add(docs)
    assert exc.value.field == "[1].contact_methods[0].value"
    assert service.count() == 0

    with pytest.raises(InvalidInput) as exc:
        service.add([case("Dafydd"), case("Ffion"), case("Siân", date_of_birth="2026-02-30")])
    assert exc.value.field == "[2].date_of_birth"
    assert service.count() == 0


def test_a_list_of_good_cases_is_added_whole(service):
    ids = service.add([case("Dafydd"), case("Siân"), case("Ffion")])
    assert len(set(ids)) == 3
    assert service.count() == 3


def test_day_names_may_be_written_in_full_or_short_in_any_case(service):
    days = ["Monday", "tues", "THU", "sun", "monday"]
    case_id = add_one(service, case(contact_methods=[mobile(safe_windows=[window(days=days)])]))
    [method] = service.show(case_id)["contact_methods"]
    assert method["safe_windows"] == [window(days=["mon", "tue", "thu", "sun"])]


def test_a_window_may_cross_midnight(service):
    late = window(days=["fri", "sat"], start="22:30", end="01:00")
    case_id = add_one(service, case(contact_methods=[mobile(safe_windows=[late])]))
    assert service.show(case_id)["contact_methods"][0]["safe_windows"] == [late]


# -- phone numbers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["07700 900123", "07700900123", "+44 7700 900123", "07700-900-123", "(07700) 900123"])
def test_phone_numbers_are_stored_e164_and_shown_national(service, store, typed):
    case_id = add_one(service, case(contact_methods=[mobile(typed)]))
    [stored] = store.db.execute("SELECT value FROM contact_method WHERE case_id = ?", (case_id,)).fetchone()
    assert stored == E164
    [method] = service.show(case_id)["contact_methods"]
    assert method["value"] == E164
    assert method["display"] == "07700 900123"


def test_a_landline_is_shown_in_national_form(service):
    case_id = add_one(service, case(contact_methods=[{"kind": "landline", "value": "01632 960123"}]))
    [method] = service.show(case_id)["contact_methods"]
    assert method["value"] == "+441632960123"
    assert method["display"] == "01632 960123"


# -- round trip ------------------------------------------------------------------------------------------


def test_show_output_added_again_gives_the_same_case(service):
    first_id = add_one(service, full_case())
    service.append_note(first_id, "Met at the library")
    service.append_log(first_id, channel="in_person", outcome="spoke")
    first = service.show(first_id)

    second_id = add_one(service, first)
    second = service.show(second_id)

    assert comparable(second) == comparable(first)
    assert second["contact_log"] == [] and second["notes"] == []  # history is not copied
    first_ids = {m["id"] for m in first["contact_methods"]}
    assert first_ids.isdisjoint(m["id"] for m in second["contact_methods"])  # the copy got its own ids
    assert second_id != first_id


def test_the_full_case_is_stored_as_given(service):
    shown = service.show(add_one(service, full_case()))
    assert shown["address"]["postcode"] == "SY20 8AA"
    assert shown["contact_methods"][0]["safe_windows"][1] == window(["fri"], "22:00", "01:30")
    assert shown["children"][0]["name"] == "Cai"
    assert shown["person_causing_harm"]["programme"]["status"] == "waiting"
    assert shown["person_causing_harm"]["relationship"] == "ex-partner"


# -- property tests on the record type -------------------------------------------------------------------

WELSH_NAMES = ("Siân", "Dafydd", "Llŷr", "Gwenllïan", "Rhodri", "Ffion", "Ŵyn Ellis", "Angharad ap Huw")
# Letters (any script), combining marks, digits, spaces and punctuation: no emoji, no control characters.
letters = st.characters(categories=("L", "M", "Nd", "Zs", "Pd", "Po", "Ps", "Pe"))
free_text = st.text(letters, max_size=40)
names = st.sampled_from(WELSH_NAMES) | st.text(letters, min_size=1, max_size=40).filter(str.strip)
past_dates = st.dates(date(1930, 1, 1), date(2025, 12, 31)).map(date.isoformat)


def clock_time(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


@st.composite
def weekly_windows(draw) -> dict:
    start, end = draw(st.lists(st.integers(0, 24 * 60 - 1), min_size=2, max_size=2, unique=True))
    spellings = st.sampled_from(["mon", "Tue", "wednesday", "THU", "fri", "Saturday", "sun", "tues", "thurs"])
    return {
        "days": draw(st.lists(spellings, min_size=1, max_size=7)),
        "start": clock_time(start),
        "end": clock_time(end),
    }


@st.composite
def periods(draw) -> dict:
    start = draw(st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 31))).replace(second=0, microsecond=0)
    end = start + timedelta(minutes=draw(st.integers(1, 60 * 24 * 14)))
    fmt = draw(st.sampled_from(["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]))
    return {"start": start.strftime(fmt), "end": end.strftime(fmt)}


phone_numbers = st.builds(
    lambda prefix, n, fmt: fmt.format(prefix=prefix, n=n),
    st.sampled_from(["07700 900", "01632 960", "020 7946 0"]),
    st.integers(0, 999).map(lambda n: f"{n:03d}"),
    st.sampled_from(["{prefix}{n}", "{prefix} {n}", "+44 {prefix}{n}"]),
).map(lambda s: s.replace("+44 0", "+44 "))

phone_methods = st.fixed_dictionaries(
    {"kind": st.sampled_from(["mobile", "landline"]), "value": phone_numbers},
    optional={
        "safe_to_call": st.booleans(),
        "safe_to_text": st.booleans(),
        "voicemail_allowed": st.booleans(),
        "withhold_number": st.booleans(),
        "ask_for": free_text,
        "if_someone_else_answers": free_text,
        "code_word": free_text,
        "safe_windows": st.lists(weekly_windows(), max_size=3),
        "one_off_windows": st.lists(periods(), max_size=2),
        "blackout_windows": st.lists(periods(), max_size=2),
    },
)
other_methods = st.one_of(
    st.builds(
        lambda user: {"kind": "email", "value": f"{user}@example.org"},
        st.from_regex(r"[a-z0-9.]{1,12}", fullmatch=True),
    ),
    st.builds(lambda text: {"kind": "post", "value": text}, names),
    st.builds(lambda text: {"kind": "visit", "value": text, "notes": "neutral venue"}, names),
)
children = st.fixed_dictionaries(
    {"name": names},
    optional={"age": st.none() | st.integers(0, 18), "school": free_text, "views": free_text},
)
programmes = st.fixed_dictionaries(
    {"name": names},
    optional={
        "start_date": past_dates,
        "sessions_attended": st.integers(0, 500),
        "status": st.sampled_from(PROGRAMME_STATUSES),
    },
)
people_causing_harm = st.fixed_dictionaries(
    {"name": names},
    optional={
        "relationship": free_text,
        "custody_status": st.sampled_from(CUSTODY_STATUSES),
        "release_date": past_dates,
        "programme": programmes,
    },
)
postcodes = st.from_regex(r"[A-Za-z]{1,2}[0-9]{1,2} ?[0-9][A-Za-z]{2}", fullmatch=True)


@st.composite
def valid_cases(draw) -> dict:
    doc = draw(
        st.fixed_dictionaries(
            {"preferred_name": names},
            optional={
                "legal_name": names,
                "phone_name": names,
                "pronouns": st.sampled_from(["she/her", "he/him", "they/them", "she/they"]),
                "date_of_birth": past_dates,
                "languages": st.lists(st.sampled_from(["Cymraeg", "English", "Polski", "العربية"]), max_size=3),
                "access_needs": free_text,
                "address": st.fixed_dictionaries(
                    {},
                    optional={
                        "lines": st.lists(free_text, max_size=4),
                        "postcode": postcodes,
                        "safe_to_visit": st.booleans(),
                        "safe_to_post": st.booleans(),
                    },
                ),
                "locality": free_text,
                "status": st.sampled_from([s for s in CASE_STATUSES if s != "closed"]),
                "referral": st.fixed_dictionaries({}, optional={"source": free_text, "date": past_dates}),
                "contact_methods": st.lists(phone_methods | other_methods, max_size=3),
                "children": st.lists(children, max_size=3),
                "person_causing_harm": people_causing_harm,
            },
        )
    )
    if draw(st.booleans()) and draw(st.booleans()):
        doc.update(status="closed", closed_reason=draw(names))
    return doc


def assert_fixed_point(doc) -> None:
    first = Case.from_json(doc).to_json()
    assert Case.from_json(first).to_json() == first


@settings(deadline=None)
@given(valid_cases())
def test_a_valid_case_is_accepted_and_its_json_is_a_fixed_point(doc):
    first = Case.from_json(doc).to_json()
    assert first["preferred_name"] == doc["preferred_name"].strip()
    assert len(first["contact_methods"]) == len(doc.get("contact_methods", []))
    assert len(first["children"]) == len(doc.get("children", []))
    assert Case.from_json(first).to_json() == first


json_keys = st.sampled_from(
    [
        "preferred_name", "date_of_birth", "address", "postcode", "lines", "contact_methods", "kind", "value",
        "safe_windows", "one_off_windows", "days", "start", "end", "children", "age", "person_causing_harm",
        "programme", "status", "closed_reason", "referral", "consent", "languages", "id", "display",
    ]
) | st.text(max_size=10)  # fmt: skip
json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
junk = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(json_keys, inner, max_size=6),
    max_leaves=30,
)


def slots(value, found=None) -> list[tuple]:
    """Every (container, key) in a JSON-like value, to plant junk in."""
    found = [] if found is None else found
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, inner in items:
        found.append((value, key))
        slots(inner, found)
    return found


def accepted_is_stable(doc) -> None:
    """Case.from_json either refuses with InvalidInput or gives a case that reads back the same."""
    try:
        Case.from_json(doc)
    except InvalidInput:
        return
    assert_fixed_point(doc)


@settings(deadline=None)
@given(junk)
def test_junk_is_refused_with_invalid_input_only(doc):
    accepted_is_stable(doc)


@settings(deadline=None)
@given(valid_cases(), st.data())
def test_junk_planted_in_a_valid_case_is_refused_with_invalid_input_only(doc, data):
    places = slots(doc)
    container, key = data.draw(st.sampled_from(places))
    container[key] = data.draw(junk | st.text(st.characters(categories=("L", "Nd", "Zs", "Pd")), max_size=15))
    accepted_is_stable(doc)


@pytest.mark.parametrize("postcode", ["ßßßßßßß", "sy20 8ßßßßß", "ŉŉŉŉŉŉŉ"])
def test_a_postcode_that_grows_when_upper_cased_is_stable_or_refused(postcode):
    accepted_is_stable(case(address={"postcode": postcode}))


def test_windows_given_with_seconds_read_back_the_same():
    period = {"start": "2026-03-02T10:00:59", "end": "2026-03-02T10:01:00"}
    doc = case(contact_methods=[mobile(one_off_windows=[period])])
    assert Case.from_json(doc).to_json()["contact_methods"][0]["one_off_windows"] == [
        {"start": "2026-03-02T10:00", "end": "2026-03-02T10:01"}
    ]
    assert_fixed_point(doc)


# -- partial updates -------------------------------------------------------------------------------------


def test_a_partial_update_changes_and_stamps_only_the_named_fields(service, store):
    case_id = add_one(service, full_case())
    before_show = loaded(store, case_id)
    before = field_stamps(store, "case_record", case_id)
    method_id = before_show["contact_methods"][0]["id"]
    method_before = field_stamps(store, "contact_method", method_id)

    changed = service.update(case_id, {"locality": "Tywyn", "pronouns": "they/them"})

    assert sorted(changed) == ["locality", "pronouns"]
    after = field_stamps(store, "case_record", case_id)
    assert after.keys() == before.keys()
    moved = {f for f in after if after[f] != before[f]}
    assert moved == {"locality", "pronouns"}
    for f in moved:
        assert after[f][0] > before[f][0]
        assert after[f][1] == store.device_id
    assert field_stamps(store, "contact_method", method_id) == method_before

    after_show = loaded(store, case_id)
    assert after_show == {**before_show, "locality": "Tywyn", "pronouns": "they/them"}


def test_an_update_that_changes_nothing_writes_nothing(service, store):
    case_id = add_one(service, full_case())
    before = field_stamps(store, "case_record", case_id)
    events = len(audit_events(store))
    assert service.update(case_id, {"locality": "Machynlleth", "address": {"postcode": "SY20 8AA"}}) == []
    assert field_stamps(store, "case_record", case_id) == before
    assert len(audit_events(store)) == events


def test_nested_parts_merge_key_by_key(service, store):
    case_id = add_one(service, full_case())
    service.update(
        case_id, {"address": {"safe_to_post": True}, "person_causing_harm": {"custody_status": "in_custody"}}
    )
    shown = loaded(store, case_id)
    assert shown["address"]["lines"] == ["Tŷ Gwyn", "Heol y Bont"]
    assert shown["address"]["safe_to_visit"] is True and shown["address"]["safe_to_post"] is True
    assert shown["person_causing_harm"]["custody_status"] == "in_custody"
    assert shown["person_causing_harm"]["name"] == "Mark Hughes"


def test_a_contact_method_is_changed_by_id(service, store):
    case_id = add_one(service, full_case())
    phone_id, email_id = (m["id"] for m in loaded(store, case_id)["contact_methods"])
    email_before = field_stamps(store, "contact_method", email_id)
    phone_before = field_stamps(store, "contact_method", phone_id)

    changed = service.update(case_id, {"contact_methods": [{"id": phone_id, "voicemail_allowed": True}]})

    assert changed == ["contact_methods.voicemail_allowed"]
    phone, email = loaded(store, case_id)["contact_methods"]
    assert phone["voicemail_allowed"] is True and phone["code_word"] == "bara brith"
    assert email["value"] == "s.prydderch@example.org"
    phone_after = field_stamps(store, "contact_method", phone_id)
    assert {f for f in phone_after if phone_after[f] != phone_before[f]} == {"voicemail_allowed"}
    assert phone_after["voicemail_allowed"][1] == store.device_id
    assert field_stamps(store, "contact_method", email_id) == email_before


def test_a_removed_contact_method_becomes_a_tombstone(service, store):
    case_id = add_one(service, full_case())
    phone_id, email_id = (m["id"] for m in loaded(store, case_id)["contact_methods"])

    service.update(case_id, {"contact_methods": [{"id": phone_id, "remove": True}]})

    deleted_hlc, value = store.db.execute(
        "SELECT deleted_hlc, value FROM contact_method WHERE id = ?", (phone_id,)
    ).fetchone()
    assert deleted_hlc is not None and value == E164  # the row is kept for sync, marked removed
    assert field_stamps(store, "contact_method", phone_id)[tables.DELETED_FIELD] == (deleted_hlc, store.device_id)
    assert [m["id"] for m in service.show(case_id)["contact_methods"]] == [email_id]
    assert service.search("900123") == []


def test_a_contact_method_is_added_without_an_id(service, store):
    case_id = add_one(service, case(contact_methods=[mobile()]))
    service.update(case_id, {"contact_methods": [{"kind": "landline", "value": "01632 960001"}]})
    methods = loaded(store, case_id)["contact_methods"]
    assert [m["value"] for m in methods] == [E164, "+441632960001"]
    assert methods[1]["voicemail_allowed"] is False and methods[1]["withhold_number"] is True


@pytest.mark.parametrize(
    ("items", "field"),
    [
        ([{"id": "01NOSUCHMETHOD", "voicemail_allowed": True}], "contact_methods[0].id"),
        ([{"kind": "email", "value": "x@example.org"}, {"id": ["not", "an", "id"]}], "contact_methods[1].id"),
        ([{"remove": True}], "contact_methods[0].remove"),
        (["mobile"], "contact_methods[0]"),
    ],
)
def test_an_update_naming_no_known_entry_is_refused(service, store, items, field):
    case_id = add_one(service, full_case())
    before = loaded(store, case_id)
    with pytest.raises(InvalidInput) as exc:
        service.update(case_id, {"contact_methods": items, "locality": "Tywyn"})
    assert exc.value.field == field
    assert loaded(store, case_id) == before


def test_remove_must_be_true_or_false(service, store):
    case_id = add_one(service, full_case())
    phone_id = loaded(store, case_id)["contact_methods"][0]["id"]
    with pytest.raises(InvalidInput) as exc:
        service.update(case_id, {"contact_methods": [{"id": phone_id, "remove": "yes"}]})
    assert exc.value.field == "contact_methods[0].remove"
    assert len(loaded(store, case_id)["contact_methods"]) == 2


def test_the_same_entry_twice_in_one_update_is_refused(service, store):
    case_id = add_one(service, full_case())
    phone_id = loaded(store, case_id)["contact_methods"][0]["id"]
    twice = [{"id": phone_id, "remove": True}, {"id": phone_id, "remove": True}]
    with pytest.raises(InvalidInput) as exc:
        service.update(case_id, {"contact_methods": twice})
    assert exc.value.field == "contact_methods[1].id"
    assert len(loaded(store, case_id)["contact_methods"]) == 2


def test_an_update_cannot_close_a_case(service, store):
    case_id = add_one(service, case())
    with pytest.raises(InvalidInput) as exc:
        service.update(case_id, {"status": "closed", "closed_reason": "moved away"})
    assert exc.value.field == "status"
    assert loaded(store, case_id)["status"] == "referred"


@pytest.mark.parametrize("reason", ["", "   "])
def test_closing_needs_a_reason(service, store, reason):
    case_id = add_one(service, case())
    with pytest.raises(InvalidInput) as exc:
        service.close(case_id, reason)
    assert exc.value.field == "reason"
    assert loaded(store, case_id)["status"] == "referred"


def test_a_closed_case_is_found_only_when_asked_for(service, store):
    case_id = add_one(service, case("Dafydd Evans"))
    service.close(case_id, "Moved out of the area")
    shown = loaded(store, case_id)
    assert (shown["status"], shown["closed_reason"]) == ("closed", "Moved out of the area")
    assert service.search("Dafydd") == []
    assert [s.id for s in service.search("Dafydd", include_closed=True)] == [case_id]
    with pytest.raises(InvalidInput):
        service.close(case_id, "again")


def test_an_update_to_an_unknown_case_is_refused(service):
    with pytest.raises(RecordNotFound):
        service.update("01NOSUCHCASE", {"locality": "Tywyn"})


@dataclass(frozen=True)
class Existing:
    """Stands for the id of the n-th entry of the case being updated (known only once the case exists)."""

    n: int


update_entries = st.lists(
    st.builds(
        lambda ref, extra: {**extra, "id": ref} if ref is not None else extra,
        st.none() | st.builds(Existing, st.integers(0, 2)),
        st.dictionaries(st.sampled_from(["id", "remove", "kind", "value", "voicemail_allowed", "name"]), junk),
    ),
    max_size=3,
)
junk_updates = st.fixed_dictionaries(
    {},
    optional={
        "contact_methods": update_entries | junk,
        "children": update_entries,
        "address": junk,
        "person_causing_harm": junk,
        "locality": junk,
        "status": st.sampled_from(CASE_STATUSES),
    },
)


def with_ids(update: dict, current: dict) -> dict:
    """The update with each Existing replaced by a real id of the case (or one it does not have)."""
    update = copy.deepcopy(update)
    for key in ("contact_methods", "children"):
        ids = [entry["id"] for entry in current[key]]
        if isinstance(update.get(key), list):
            for entry in update[key]:
                if isinstance(entry, dict) and isinstance(entry.get("id"), Existing):
                    n = entry["id"].n
                    entry["id"] = ids[n] if n < len(ids) else "01NOSUCHENTRY"
    return update


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(update=junk_updates)
def test_any_update_is_refused_cleanly_or_leaves_a_valid_case(service, store, update):
    """A junk update raises InvalidInput and changes nothing, or is applied and the case is still whole."""
    case_id = add_one(service, full_case())
    current = loaded(store, case_id)
    try:
        service.update(case_id, with_ids(update, current))
    except InvalidInput:
        assert loaded(store, case_id) == current
        return
    assert_fixed_point(loaded(store, case_id))


# -- tombstones ------------------------------------------------------------------------------------------


def test_an_edit_never_resurrects_a_tombstoned_record(service, store):
    case_id = add_one(service, case(contact_methods=[mobile()]))
    method_id = loaded(store, case_id)["contact_methods"][0]["id"]
    service.update(case_id, {"contact_methods": [{"id": method_id, "remove": True}]})

    with pytest.raises(RecordNotFound):
        tables.update(store, METHOD, method_id, {"voicemail_allowed": 1})
    [deleted, voicemail] = store.db.execute(
        "SELECT deleted_hlc, voicemail_allowed FROM contact_method WHERE id = ?", (method_id,)
    ).fetchone()
    assert deleted is not None and voicemail == 0


def test_a_tombstoned_case_cannot_be_read_changed_or_found(service, store):
    case_id = add_one(service, case("Dafydd Evans"))
    with store.transaction():
        tables.tombstone(store, CASE, case_id)
    with pytest.raises(RecordNotFound):
        tables.update(store, CASE, case_id, {"locality": "Tywyn"})
    with pytest.raises(RecordNotFound):
        service.update(case_id, {"locality": "Tywyn"})
    with pytest.raises(RecordNotFound):
        service.get(case_id)
    assert service.search("Dafydd", include_closed=True) == []
    assert service.count() == 0


def test_removing_twice_keeps_the_stamp_of_the_first_removal(service, store):
    case_id = add_one(service, case())
    with store.transaction():
        tables.tombstone(store, CASE, case_id)
    first = field_stamps(store, "case_record", case_id)[tables.DELETED_FIELD]
    with store.transaction():
        tables.tombstone(store, CASE, case_id)
        tables.tombstone(store, CASE, "01NOSUCHRECORD")
    [deleted_hlc] = store.db.execute("SELECT deleted_hlc FROM case_record WHERE id = ?", (case_id,)).fetchone()
    assert field_stamps(store, "case_record", case_id)[tables.DELETED_FIELD] == first == (deleted_hlc, store.device_id)
    assert field_stamps(store, "case_record", "01NOSUCHRECORD") == {}


# -- append-only history ---------------------------------------------------------------------------------


def test_a_correction_to_the_contact_log_is_a_new_entry(service, store):
    case_id = add_one(service, case(contact_methods=[mobile()]))
    first = service.append_log(case_id, channel="in_person", outcome="no_answer_no_message")
    fix = service.append_log(case_id, channel="in_person", outcome="spoke", corrects_id=first, note="Did speak")
    log = service.show(case_id)["contact_log"]
    assert [(e["id"], e["outcome"], e["corrects_id"]) for e in log] == [
        (first, "no_answer_no_message", None),
        (fix, "spoke", first),
    ]
    [device] = store.db.execute("SELECT DISTINCT device_id FROM contact_log").fetchone()
    assert device == store.device_id


def test_a_correction_to_a_note_is_a_new_note(service):
    case_id = add_one(service, case())
    first = service.append_note(case_id, "Prefers Tuesday mornings")
    fix = service.append_note(case_id, "Prefers Thursday mornings", corrects_id=first)
    notes = service.show(case_id)["notes"]
    assert [(n["id"], n["text"], n["corrects_id"]) for n in notes] == [
        (first, "Prefers Tuesday mornings", None),
        (fix, "Prefers Thursday mornings", first),
    ]


def test_an_empty_note_or_an_unknown_outcome_is_refused(service, store):
    case_id = add_one(service, case())
    with pytest.raises(InvalidInput):
        service.append_note(case_id, "  ")
    with pytest.raises(InvalidInput) as exc:
        service.append_log(case_id, channel="phone", outcome="left_voicemail")
    assert exc.value.field == "outcome"
    assert store.db.execute("SELECT count(*) FROM case_note").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM contact_log").fetchone()[0] == 0


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE contact_log SET outcome = 'spoke'",
        "DELETE FROM contact_log",
        "UPDATE case_note SET text = 'changed'",
        "DELETE FROM case_note",
        "UPDATE audit_event SET action = 'nothing'",
        "DELETE FROM audit_event",
    ],
)
def test_history_cannot_be_edited_or_deleted_in_the_database(service, store, sql):
    case_id = add_one(service, case())
    service.append_log(case_id, channel="in_person", outcome="no_answer_no_message")
    service.append_note(case_id, "First visit")
    table = sql.split()[1] if sql.startswith("UPDATE") else sql.split()[2]
    before = store.db.execute(f"SELECT * FROM {table}").fetchall()
    with pytest.raises(DatabaseError, match="append-only"):
        store.db.execute(sql)
    assert store.db.execute(f"SELECT * FROM {table}").fetchall() == before


# -- audit -----------------------------------------------------------------------------------------------


def test_every_view_of_a_case_is_audited(service, store):
    case_id = add_one(service, case())
    events = len(audit_events(store))
    service.get(case_id)
    service.show(case_id)
    new = audit_events(store)[events:]
    assert [(e["action"], e["target_id"], e["actor"]) for e in new] == [("case.view", case_id, store.device_id)] * 2


def test_the_audit_trail_holds_no_case_content(service, store):
    content = ["Gwenllïan Prydderch", "Machynlleth", "bara brith", "Tŷ Gwyn", "Building Choices", "Met at the library"]
    doc = full_case("Gwenllïan Prydderch")
    case_id = add_one(service, doc)
    service.get(case_id)
    service.show(case_id)
    service.update(case_id, {"locality": "Machynlleth and Tywyn"})
    service.append_note(case_id, "Met at the library")
    service.append_log(case_id, channel="in_person", outcome="spoke", note="bara brith used")
    service.close(case_id, "Building Choices finished")
    events = audit_events(store)
    assert {e["action"] for e in events} >= {"case.create", "case.view", "case.update", "note.append", "case.close"}
    text = json.dumps(events, ensure_ascii=False)
    for words in [*content, E164, PHONE]:
        assert words not in text


def test_the_audit_chain_verifies_until_someone_tampers(service, store):
    case_id = add_one(service, full_case())
    service.show(case_id)
    service.update(case_id, {"locality": "Tywyn"})
    service.append_note(case_id, "Called back")
    assert len(audit_events(store)) >= 4
    assert audit.verify_chain(store) is True

    store.db.execute("DROP TRIGGER audit_no_update")
    store.db.execute("UPDATE audit_event SET action = 'case.create' WHERE action = 'case.view'")
    assert audit.verify_chain(store) is False


def test_a_removed_audit_event_breaks_the_chain(service, store):
    case_id = add_one(service, case())
    service.get(case_id)
    service.get(case_id)
    assert audit.verify_chain(store) is True
    store.db.execute("DROP TRIGGER audit_no_delete")
    store.db.execute("DELETE FROM audit_event WHERE seq = (SELECT min(seq) + 1 FROM audit_event)")
    assert audit.verify_chain(store) is False


# -- search ----------------------------------------------------------------------------------------------


@pytest.fixture
def caseload(service) -> dict[str, str]:
    docs = {
        "Dafydd Evans": case("Dafydd Evans", locality="Machynlleth", contact_methods=[mobile()]),
        "Siân Roberts": case("Siân Roberts", locality="Tywyn", contact_methods=[mobile("07700 900456")]),
        "Ann_Marie Smith": case("Ann_Marie Smith", locality="Bala", contact_methods=[mobile("01632 960123")]),
        "AnnaMarie Jones": case("AnnaMarie Jones", locality="Aberdyfi"),
    }
    return dict(zip(docs, service.add(list(docs.values())), strict=True))


def found(service, text: str, **kwargs) -> list[str]:
    return [s.preferred_name for s in service.search(text, **kwargs)]


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("dafydd", ["Dafydd Evans"]),
        ("EVANS", ["Dafydd Evans"]),
        ("siân", ["Siân Roberts"]),
        ("machyn", ["Dafydd Evans"]),
        ("TYWYN", ["Siân Roberts"]),
        ("07700 900 123", ["Dafydd Evans"]),
        ("07700900123", ["Dafydd Evans"]),
        ("+44 7700 900123", ["Dafydd Evans"]),
        ("07700-900-123", ["Dafydd Evans"]),
        ("900123", ["Dafydd Evans"]),
        ("(01632) 960123", ["Ann_Marie Smith"]),
        ("07700 900", ["Dafydd Evans", "Siân Roberts"]),
        ("n_M", ["Ann_Marie Smith"]),
        ("%", []),
        ("_", ["Ann_Marie Smith"]),
        ("\\", []),
        ("Cardiff", []),
    ],
)
def test_search_finds_by_name_locality_or_number(service, caseload, typed, names):
    assert found(service, typed) == names


def test_an_empty_search_lists_every_open_case_by_name(service, caseload):
    assert found(service, "") == ["Ann_Marie Smith", "AnnaMarie Jones", "Dafydd Evans", "Siân Roberts"]


def test_search_can_be_narrowed_to_one_field(service, caseload):
    assert found(service, "Tywyn", field="name") == []
    assert found(service, "Tywyn", field="locality") == ["Siân Roberts"]
    assert found(service, "900123", field="name") == []
    assert found(service, "900123", field="phone") == ["Dafydd Evans"]


def test_a_search_summary_shows_the_first_phone_number(service, caseload):
    [summary] = service.search("Dafydd")
    assert (summary.id, summary.phone, summary.status) == (caseload["Dafydd Evans"], E164, "referred")
