"""A fictional demo caseload, for newcomers trying the app and for screenshots.

Everything here is invented. Phone numbers come only from Ofcom's ranges reserved for drama (07700 900xxx and
01632 960xxx), so a slip of the finger rings nobody; street names are plainly made up ("Ffordd Ffug" is Welsh
for "Fake Road") and there are no postcodes, so no address can point at a real home. The towns are real,
because a rural caseload spread across mid Wales and the Marches is what the app is built for.

Dates are worked out from today, so the demo never goes stale: a release is always a few weeks away, a
blackout is always coming up, and the contact log is always in the recent past. The core never imports Qt, and
neither does this module: the CLI (``safetyworker demo``) and the desktop app share it.

A second ``populate_demo`` on the same store adds a second copy (new ids, same people): that is what a trainer
wants when they reset a practice store by adding more, and the demo never touches the cases already there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from safetyworker.plans.demo_plans import add_demo_plans
from safetyworker.records import case_rows
from safetyworker.records.model import DAYS, WeeklyWindow
from safetyworker.services.cases import LOG_OUTCOMES, CaseService
from safetyworker.services.contacts import EARLIEST_DUE
from safetyworker.store.vault import Store

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]
PROGRAMME = "Building Choices"
PROBATION = "Probation (Building Choices referral)"
WORKER = "Demo worker"
SHARING = "Probation officer and programme facilitators; police public protection unit if risk rises."


def _day(offset: int) -> str:
    """A date ``offset`` days from today (negative for the past), as the interchange format writes it."""
    return (date.today() + timedelta(days=offset)).isoformat()


def _at(offset: int, clock: str) -> str:
    """A local date and time ``offset`` days from today, for one-off and blackout windows."""
    return f"{_day(offset)}T{clock}"


def _born(age: int, month: int, day: int) -> str:
    """A date of birth that makes the person ``age`` (give or take the birthday) whatever today is."""
    return date(date.today().year - age, month, day).isoformat()


def _weekly(days: list[str], start: str, end: str) -> dict[str, Any]:
    return {"days": days, "start": start, "end": end}


def demo_cases() -> list[dict[str, Any]]:
    """About fourteen fictional cases in the interchange format that ``CaseService.add`` accepts.

    A new list each call, so a caller may change it freely. Between them the cases cover what a rural safety
    worker meets: every case status, every stage of a perpetrator programme, a release from custody coming up,
    someone on licence with an exclusion zone, male and non-binary victim-survivors, Welsh speakers, children,
    landlines that must not be rung, homes that are not safe to visit, and call protocols with safe windows
    (one crossing midnight for a night-shift worker, one on a Saturday), a blackout and code words.
    """
    return [
        {
            "preferred_name": "Ffion",
            "legal_name": "Ffion Haf Rowlands",
            "phone_name": "Ffi",
            "pronouns": "she/her",
            "date_of_birth": _born(34, 3, 14),
            "languages": ["Welsh", "English"],
            "address": {"lines": ["4 Ffordd Ffug", "Llanidloes"], "safe_to_visit": False, "safe_to_post": False},
            "locality": "Llanidloes",
            "transport": "Car, but he sometimes takes the keys; the bus to Newtown is twice a day.",
            "status": "active",
            "referral": {"source": PROBATION, "date": _day(-75), "programme": PROGRAMME},
            "consent": {"status": "given", "date": _day(-60), "sharing": SHARING},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900101",
                    "safe_to_text": False,
                    "ask_for": "Ffi",
                    "who_else_may_answer": "Her ex-partner, if he calls round to see the children",
                    "if_someone_else_answers": "Ask for Jo from the dental surgery about an appointment.",
                    "code_word": "the washing's out",
                    "safe_windows": [_weekly(WEEKDAYS, "09:30", "11:30")],
                    "notes": "After the school run. She answers in Welsh; reply in Welsh.",
                },
                {
                    "kind": "landline",
                    "value": "01632 960101",
                    "safe_to_call": False,
                    "notes": "Old house phone, still in his name; he checks the call list. Never ring it.",
                },
                {"kind": "visit", "value": "Community centre, Llanidloes (neutral venue, side room)"},
            ],
            "children": [
                {
                    "name": "Osian",
                    "age": 8,
                    "school": "Local primary school",
                    "lives_with": "Mum",
                    "contact_arrangements": "Alternate Saturdays with his dad, handover at his grandmother's.",
                    "safety_steps": "Knows to go next door to Mrs Ellis and say the code word 'pancakes'.",
                    "views": "Likes seeing his dad but does not like the shouting.",
                },
                {"name": "Mali", "age": 4, "school": "Cylch Meithrin (nursery)", "lives_with": "Mum"},
            ],
            "person_causing_harm": {
                "name": "Dai Rowlands",
                "relationship": "ex-partner, father of the children",
                "custody_status": "community",
                "order_end": _day(420),
                "probation_officer": "Gwen Pritchard (probation, Newtown)",
                "programme": {
                    "name": PROGRAMME,
                    "start_date": _day(-70),
                    "sessions_attended": 9,
                    "status": "started",
                },
            },
        },
        {
            "preferred_name": "Gareth",
            "legal_name": "Gareth Lewis",
            "pronouns": "he/him",
            "date_of_birth": _born(47, 9, 2),
            "languages": ["English"],
            "address": {"lines": ["Makebelieve Farm", "near Rhayader"], "safe_to_visit": False},
            "locality": "Rhayader",
            "transport": "Farm pick-up; no bus on the lane.",
            "status": "contacted",
            "referral": {"source": PROBATION, "date": _day(-20), "programme": "One-to-one intervention"},
            "consent": {"status": "given", "date": _day(-12), "sharing": "Probation officer only."},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900214",
                    "ask_for": "Gareth",
                    "who_else_may_answer": "His wife, who reads his phone",
                    "if_someone_else_answers": (
                        "Ask for Gareth about the Young Farmers raffle tickets; say you'll ring back another time."
                    ),
                    "code_word": "the ewes are out",
                    "safe_windows": [_weekly(["sat"], "09:00", "11:00")],
                    "notes": "Saturday mornings only: she is at her mother's in Builth then.",
                },
                {
                    "kind": "landline",
                    "value": "01632 960214",
                    "safe_to_call": False,
                    "notes": "Farmhouse phone in the kitchen. Not safe.",
                },
            ],
            "person_causing_harm": {
                "name": "Karen Lewis",
                "relationship": "wife",
                "custody_status": "community",
                "probation_officer": "Owen Jarvis (probation, Llandrindod)",
                "programme": {
                    "name": "One-to-one intervention",
                    "start_date": _day(25),
                    "sessions_attended": 0,
                    "status": "waiting",
                },
            },
        },
        {
            "preferred_name": "Siân",
            "legal_name": "Siân Eluned Parry",
            "pronouns": "she/her",
            "date_of_birth": _born(29, 11, 23),
            "languages": ["Welsh", "English"],
            "access_needs": "Works nights at a care home; sleeps until early afternoon.",
            "address": {"lines": ["Flat 2, Lôn Ddychmygol", "Machynlleth"], "safe_to_visit": True},
            "locality": "Machynlleth",
            "transport": "Lifts with a colleague to work; otherwise the train.",
            "status": "active",
            "referral": {"source": PROBATION, "date": _day(-140), "programme": PROGRAMME},
            "consent": {"status": "given", "date": _day(-130), "sharing": SHARING},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900327",
                    "safe_to_text": True,
                    "ask_for": "Siân",
                    "if_someone_else_answers": "Say it's Sam from the agency about next week's rota.",
                    "code_word": "is the rota out",
                    "safe_windows": [_weekly(["mon", "tue", "wed"], "23:00", "01:00")],
                    "one_off_windows": [{"start": _at(3, "14:30"), "end": _at(3, "16:00")}],
                    "notes": "Her break on night shifts (crosses midnight). One-off slot before her dentist.",
                },
                {"kind": "visit", "value": "Her flat (safe to visit while he is in custody)"},
            ],
            "person_causing_harm": {
                "name": "Liam Hardy",
                "relationship": "ex-partner",
                "custody_status": "in_custody",
                "release_date": _day(23),
                "licence_conditions": "Expected: no contact with Siân; not to enter Machynlleth; reside in Wrexham.",
                "probation_officer": "Gwen Pritchard (probation, Newtown)",
            },
        },
        {
            "preferred_name": "Alex",
            "legal_name": "Alexandra Okafor",
            "pronouns": "they/them",
            "date_of_birth": _born(26, 6, 30),
            "languages": ["English"],
            "address": {"lines": ["1 Example Terrace", "Bishop's Castle"], "safe_to_visit": False},
            "locality": "Bishop's Castle",
            "transport": "Bike; lifts from a friend for longer trips.",
            "status": "active",
            "referral": {"source": PROBATION, "date": _day(-300), "programme": PROGRAMME},
            "consent": {"status": "given", "date": _day(-290), "sharing": SHARING},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900438",
                    "safe_to_text": True,
                    "ask_for": "Alex",
                    "who_else_may_answer": "Their partner, who still lives there",
                    "if_someone_else_answers": "Ask for Alex from the garage about the MOT; then end the call.",
                    "code_word": "the MOT's booked",
                    "safe_windows": [_weekly(["tue", "thu"], "13:00", "15:00")],
                    "blackout_windows": [{"start": _at(4, "00:00"), "end": _at(11, "23:59")}],
                    "notes": "No calls during his week off work (blackout set).",
                }
            ],
            "person_causing_harm": {
                "name": "Jordan Price",
                "relationship": "partner (they live together)",
                "custody_status": "community",
                "probation_officer": "Owen Jarvis (probation, Shrewsbury)",
                "programme": {
                    "name": PROGRAMME,
                    "start_date": _day(-280),
                    "sessions_attended": 24,
                    "status": "completed",
                },
            },
        },
        {
            "preferred_name": "Priya",
            "legal_name": "Priya Sharma",
            "pronouns": "she/her",
            "date_of_birth": _born(38, 1, 17),
            "languages": ["English", "Punjabi"],
            "address": {"lines": ["Pretend House", "Church Stretton"], "safe_to_visit": False},
            "locality": "Church Stretton",
            "transport": "Train to Shrewsbury; does not drive.",
            "status": "active",
            "referral": {"source": PROBATION, "date": _day(-200), "programme": PROGRAMME},
            "consent": {"status": "given", "date": _day(-190), "sharing": SHARING},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900552",
                    "ask_for": "Priya",
                    "who_else_may_answer": "Her mother-in-law, who lives with them",
                    "if_someone_else_answers": "Ask for Priya about her library books being ready.",
                    "code_word": "chapati",
                    "safe_windows": [_weekly(["mon", "wed", "fri"], "10:00", "12:00")],
                    "notes": "Interpreter not needed; she prefers English on the phone.",
                }
            ],
            "children": [
                {
                    "name": "Anaya",
                    "age": 12,
                    "school": "High school, Year 8",
                    "lives_with": "Both parents",
                    "safety_steps": "Has the school nurse's name; knows how to call 999 silently (55).",
                    "views": "Worries about her mum.",
                }
            ],
            "person_causing_harm": {
                "name": "Vikram Sharma",
                "relationship": "husband",
                "custody_status": "community",
                "probation_officer": "Dee Hughes (probation, Shrewsbury)",
                "programme": {
                    "name": PROGRAMME,
                    "start_date": _day(-180),
                    "sessions_attended": 24,
                    "status": "completed",
                },
            },
        },
        {
            "preferred_name": "Tomasz",
            "legal_name": "Tomasz Nowicki",
            "pronouns": "he/him",
            "date_of_birth": _born(41, 5, 8),
            "languages": ["Polish", "English"],
            "address": {"lines": ["Fictional Cottage", "Presteigne"], "safe_to_visit": True, "safe_to_post": True},
            "locality": "Presteigne",
            "transport": "Van for work.",
            "status": "active",
            "referral": {"source": PROBATION, "date": _day(-160), "programme": PROGRAMME},
            "consent": {"status": "given", "date": _day(-150), "sharing": SHARING},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900663",
                    "safe_to_text": True,
                    "withhold_number": False,
                    "ask_for": "Tomasz",
                    "if_someone_else_answers": "Say you're calling from the surgery to confirm a flu jab.",
                    "code_word": "wrong number, sorry",
                    "safe_windows": [_weekly(WEEKDAYS, "17:30", "19:00")],
                    "notes": "Shows our number so he picks up; saved in his phone as 'Surgery'.",
                },
                {
                    "kind": "landline",
                    "value": "01632 960663",
                    "safe_to_call": False,
                    "notes": "His ex-partner still knows the voicemail PIN. Do not use.",
                },
            ],
            "person_causing_harm": {
                "name": "Craig Bennett",
                "relationship": "ex-partner",
                "custody_status": "community",
                "order_end": _day(200),
                "probation_officer": "Dee Hughes (probation, Hereford)",
                "programme": {
                    "name": PROGRAMME,
                    "start_date": _day(-120),
                    "sessions_attended": 5,
                    "status": "dropped_out",
                },
            },
        },
        {
            "preferred_name": "Carys",
            "legal_name": "Carys Wyn Jones",
            "pronouns": "she/her",
            "date_of_birth": _born(31, 7, 19),
            "languages": ["Welsh", "English"],
            "locality": "Bala",
            "status": "referred",
            "referral": {"source": PROBATION, "date": _day(-4), "programme": PROGRAMME},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900774",
                    "ask_for": "Carys",
                    "if_someone_else_answers": "Ask for Bethan from the vet's about the dog's booster.",
                    "safe_windows": [_weekly(WEEKDAYS, "09:15", "11:00")],
                    "notes": "Times from the referral form; check them with her at the first call.",
                }
            ],
            "children": [
                {"name": "Elis", "age": 6, "lives_with": "Both parents"},
                {"name": "Nel", "age": 2, "lives_with": "Both parents"},
            ],
            "person_causing_harm": {
                "name": "Iwan Jones",
                "relationship": "husband",
                "custody_status": "community",
                "probation_officer": "Gwen Pritchard (probation, Dolgellau)",
                "programme": {"name": PROGRAMME, "start_date": _day(40), "status": "waiting"},
            },
        },
        {
            "preferred_name": "Jade",
            "legal_name": "Jade Turner",
            "pronouns": "she/her",
            "date_of_birth": _born(22, 2, 11),
            "languages": ["English"],
            "address": {"lines": ["7 Sample Row", "Kington"], "safe_to_visit": True, "safe_to_post": True},
            "locality": "Kington",
            "transport": "None; her mum drives her to appointments.",
            "status": "active",
            "referral": {"source": PROBATION, "date": _day(-240), "programme": PROGRAMME},
            "consent": {"status": "given", "date": _day(-235), "sharing": SHARING},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900885",
                    "safe_to_text": True,
                    "ask_for": "Jade",
                    "if_someone_else_answers": "Ask for Jade about the baby group on Thursday.",
                    "code_word": "baby's asleep",
                    "safe_windows": [_weekly(WEEKDAYS, "10:00", "14:00")],
                }
            ],
            "children": [
                {
                    "name": "Ellie",
                    "age": 1,
                    "lives_with": "Mum",
                    "contact_arrangements": "None: no contact is a licence condition.",
                }
            ],
            "person_causing_harm": {
                "name": "Ryan Cole",
                "relationship": "ex-partner, father of the baby",
                "custody_status": "on_licence",
                "licence_conditions": "No contact with Jade or Ellie, directly or through others; "
                "live at approved premises in Hereford; curfew 19:00-07:00.",
                "exclusion_zones": "Kington town and the road out to her mum's (map on the probation file).",
                "order_end": _day(310),
                "probation_officer": "Dee Hughes (probation, Hereford)",
                "programme": {
                    "name": PROGRAMME,
                    "start_date": _day(-30),
                    "sessions_attended": 4,
                    "status": "started",
                },
            },
        },
        {
            "preferred_name": "Robyn",
            "legal_name": "Robyn Hale",
            "pronouns": "she/her",
            "date_of_birth": _born(52, 10, 5),
            "languages": ["English"],
            "locality": "Knighton",
            "status": "declined",
            "referral": {"source": PROBATION, "date": _day(-50), "programme": PROGRAMME},
            "consent": {"status": "declined", "date": _day(-40)},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900912",
                    "ask_for": "Robyn",
                    "if_someone_else_answers": "Ask for Robyn about the choir's summer concert.",
                    "safe_windows": [_weekly(["mon", "thu"], "11:00", "13:00")],
                    "notes": "Said she may get back in touch; she has the helpline number.",
                }
            ],
            "person_causing_harm": {
                "name": "Martin Hale",
                "relationship": "husband",
                "custody_status": "community",
                "probation_officer": "Owen Jarvis (probation, Llandrindod)",
                "programme": {
                    "name": PROGRAMME,
                    "start_date": _day(-35),
                    "sessions_attended": 5,
                    "status": "started",
                },
            },
        },
        {
            "preferred_name": "Eleri",
            "legal_name": "Eleri Mai Thomas",
            "pronouns": "she/her",
            "date_of_birth": _born(63, 4, 27),
            "languages": ["Welsh", "English"],
            "access_needs": "Hard of hearing: text first to say you will ring, then speak slowly. Prefers Welsh.",
            "address": {"lines": ["Tŷ Dychmygol", "Tregaron"], "safe_to_visit": False},
            "locality": "Tregaron",
            "transport": "No car; the bus runs Tuesdays and Fridays only.",
            "status": "active",
            "referral": {"source": PROBATION, "date": _day(-110), "programme": PROGRAMME},
            "consent": {"status": "given", "date": _day(-100), "sharing": SHARING},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900120",
                    "safe_to_text": True,
                    "ask_for": "Eleri",
                    "if_someone_else_answers": "Ask for Eleri from chapel about the flower rota.",
                    "code_word": "mae'r bara yn y popty",
                    "safe_windows": [_weekly(["tue", "fri"], "10:30", "12:30")],
                    "notes": "Tuesdays and Fridays he goes to the mart in Lampeter.",
                },
                {
                    "kind": "landline",
                    "value": "01632 960120",
                    "safe_to_call": False,
                    "notes": "Farmhouse phone; he answers it.",
                },
                {"kind": "visit", "value": "The library in Tregaron, on a bus day (neutral venue)"},
            ],
            "person_causing_harm": {
                "name": "Huw Thomas",
                "relationship": "husband of 40 years",
                "custody_status": "community",
                "probation_officer": "Gwen Pritchard (probation, Aberystwyth)",
                "programme": {
                    "name": PROGRAMME,
                    "start_date": _day(-90),
                    "sessions_attended": 14,
                    "status": "started",
                },
            },
        },
        {
            "preferred_name": "Dylan",
            "legal_name": "Dylan Rhys Hughes",
            "pronouns": "he/him",
            "date_of_birth": _born(36, 12, 1),
            "languages": ["Welsh", "English"],
            "address": {"lines": ["3 Ffordd Ffug", "Lampeter"], "safe_to_visit": True},
            "locality": "Lampeter",
            "transport": "Car.",
            "status": "active",
            "referral": {"source": PROBATION, "date": _day(-210), "programme": "One-to-one intervention"},
            "consent": {"status": "given", "date": _day(-205), "sharing": SHARING},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900231",
                    "ask_for": "Dylan",
                    "if_someone_else_answers": "Ask for Dylan from the rugby club about subs.",
                    "code_word": "training's off",
                    "safe_windows": [_weekly(WEEKDAYS, "12:00", "13:00")],
                    "notes": "His lunch break at work.",
                }
            ],
            "children": [
                {
                    "name": "Cai",
                    "age": 10,
                    "school": "Local primary school",
                    "lives_with": "Dad",
                    "contact_arrangements": "Supervised contact with his mum at a family centre, fortnightly.",
                }
            ],
            "person_causing_harm": {
                "name": "Kerry Hughes",
                "relationship": "ex-wife, mother of his son",
                "custody_status": "community",
                "order_end": _day(150),
                "probation_officer": "Owen Jarvis (probation, Aberystwyth)",
                "programme": {
                    "name": "One-to-one intervention",
                    "start_date": _day(-150),
                    "sessions_attended": 6,
                    "status": "breached",
                },
            },
        },
        {
            "preferred_name": "Hannah",
            "legal_name": "Hannah Greenway",
            "pronouns": "she/her",
            "date_of_birth": _born(44, 8, 16),
            "languages": ["English"],
            "locality": "Hay-on-Wye",
            "status": "closed",
            "closed_reason": "Moved out of area to family; warm handover to the service there, with her consent.",
            "referral": {"source": PROBATION, "date": _day(-330), "programme": PROGRAMME},
            "consent": {"status": "given", "date": _day(-320), "sharing": SHARING},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900342",
                    "ask_for": "Hannah",
                    "if_someone_else_answers": "Ask for Hannah about the bookshop's order.",
                    "safe_windows": [_weekly(WEEKDAYS, "09:00", "10:30")],
                }
            ],
            "person_causing_harm": {
                "name": "Simon Greenway",
                "relationship": "ex-husband",
                "custody_status": "community",
                "programme": {
                    "name": PROGRAMME,
                    "start_date": _day(-300),
                    "sessions_attended": 24,
                    "status": "completed",
                },
            },
        },
        {
            "preferred_name": "Sam",
            "legal_name": "Samantha Reeve",
            "pronouns": "she/her",
            "date_of_birth": _born(39, 3, 3),
            "languages": ["English"],
            "address": {"lines": ["Example Lodge", "Clun"], "safe_to_visit": False, "safe_to_post": False},
            "locality": "Clun",
            "transport": "Car.",
            "status": "contacted",
            "referral": {"source": PROBATION, "date": _day(-15), "programme": PROGRAMME},
            "consent": {"status": "given", "date": _day(-9), "sharing": "Probation officer only, for now."},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900453",
                    "voicemail_allowed": True,
                    "safe_to_text": True,
                    "ask_for": "Sam",
                    "if_someone_else_answers": "Say it's Jo returning Sam's call about the work rota.",
                    "code_word": "I'm in a meeting",
                    "safe_windows": [_weekly(WEEKDAYS, "08:30", "17:00")],
                    "notes": "Work phone he cannot get at. Voicemail fine: 'Sam, it's Jo, call me back.' Nothing else.",
                },
                {
                    "kind": "landline",
                    "value": "01632 960453",
                    "safe_to_call": False,
                    "notes": "Home phone; he listens in on the extension.",
                },
            ],
            "person_causing_harm": {
                "name": "Neil Reeve",
                "relationship": "ex-partner",
                "custody_status": "in_custody",
                "release_date": _day(38),
                "probation_officer": "Dee Hughes (probation, Shrewsbury)",
                "programme": {"name": PROGRAMME, "status": "waiting"},
            },
        },
        {
            "preferred_name": "Nia",
            "legal_name": "Nia Gwenllian Evans",
            "pronouns": "she/her",
            "date_of_birth": _born(28, 5, 22),
            "languages": ["Welsh", "English"],
            "address": {"lines": ["2 Lôn Ddychmygol", "Builth Wells"], "safe_to_visit": False},
            "locality": "Builth Wells",
            "transport": "Bus to Llandrindod; lifts from her sister.",
            "status": "contacted",
            "referral": {"source": PROBATION, "date": _day(-28), "programme": PROGRAMME},
            "consent": {"status": "given", "date": _day(-21), "sharing": SHARING},
            "allocated_worker": WORKER,
            "contact_methods": [
                {
                    "kind": "mobile",
                    "value": "07700 900564",
                    "ask_for": "Nia",
                    "who_else_may_answer": "Her partner; he keeps her phone in the evenings",
                    "if_someone_else_answers": "Ask for Nia about the Zumba class at the leisure centre.",
                    "code_word": "class is cancelled",
                    "safe_windows": [_weekly(["mon", "wed"], "09:30", "11:30"), _weekly(["sat"], "10:00", "11:00")],
                    "notes": "Saturday slot is while he plays football.",
                },
                {"kind": "email", "value": "nia.demo@example.org", "notes": "Only for appointment times; no details."},
            ],
            "children": [
                {"name": "Gwion", "age": 3, "lives_with": "Mum and her partner"},
            ],
            "person_causing_harm": {
                "name": "Kieran Walsh",
                "relationship": "partner (they live together)",
                "custody_status": "community",
                "probation_officer": "Owen Jarvis (probation, Llandrindod)",
                "programme": {
                    "name": PROGRAMME,
                    "start_date": _day(-14),
                    "sessions_attended": 2,
                    "status": "started",
                },
            },
        },
    ]


# -- the contact log and notes -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """One demo log entry: ``days_ago`` is moved back to the nearest day in the method's safe window."""

    days_ago: int
    clock: str
    outcome: str
    note: str = ""
    channel: str = "phone"
    override_reason: str = ""
    #: the kind of planned contact it completes when that is not the earliest due (a call made a little early);
    #: otherwise a successful entry completes the earliest due, as the app proposes
    fulfils: str | None = None


_VISIT = "visit_done"

#: Log entries and notes per case, in the order of ``demo_cases()`` (keyed by preferred name).
_HISTORY: dict[str, tuple[list[_Entry], list[str]]] = {
    "Ffion": (
        [
            _Entry(58, "10:05", "spoke", "First call. Agreed times and the dental surgery cover story."),
            _Entry(52, "10:30", _VISIT, "Initial meeting at the community centre. Safety plan made.", "in_person"),
            _Entry(16, "09:45", "someone_else_answered_protocol_used", "A man answered; asked for Jo. Ended call."),
            _Entry(15, "10:10", "spoke", "Mid-point check-in. She is OK; he came round unannounced last week."),
        ],
        [
            "Safety plan reviewed: spare keys with Mrs Ellis next door; Osian knows the code word.",
            "Passed on to probation (with consent): unannounced visit to the house last week.",
        ],
    ),
    "Gareth": (
        [
            _Entry(13, "09:20", "spoke", "First call. Surprised anyone would ring him; agreed Saturday mornings."),
            _Entry(6, "10:40", "unsafe_to_talk_call_back", "She came back early. Said 'the ewes are out'."),
        ],
        ["Gave him the men's advice line details. Wants to think about a meeting in Rhayader."],
    ),
    "Siân": (
        [
            _Entry(120, "23:15", "spoke", "First call on her break. Glad he is inside for now."),
            _Entry(40, "23:40", "no_answer_no_message", "No answer. No message left."),
            _Entry(39, "23:10", "spoke", "Talked through the release plan and licence conditions."),
            _Entry(
                2,
                "15:20",
                "spoke",
                "Told her the release date is confirmed.",
                override_reason="Release date confirmed today; she asked to hear as soon as we knew.",
            ),
        ],
        [
            "Release in about three weeks. Ask probation to confirm the exclusion zone covers Machynlleth.",
            "Police PPU told of the release date by probation (confirmed by phone).",
        ],
    ),
    "Alex": (
        [
            _Entry(270, "13:30", _VISIT, "Initial meeting at the library in Bishop's Castle.", "in_person"),
            _Entry(
                120,
                "14:00",
                "spoke",
                "End-of-programme call. Things calmer, but still walking on eggshells.",
                fulfils="end",
            ),
            _Entry(20, "13:15", "no_answer_no_message", "No answer. No message left."),
        ],
        ["Six-month follow-up due soon. Avoid his week off (blackout set)."],
    ),
    "Priya": (
        [
            _Entry(185, "10:30", "spoke", "First call. Mother-in-law nearby, so short answers only."),
            _Entry(30, "11:00", "spoke", "Check-in before the programme ends: says he is different with Anaya now."),
            _Entry(9, "10:15", "someone_else_answered_protocol_used", "Mother-in-law answered; library cover."),
        ],
        ["Anaya's school nurse knows to call the safeguarding lead if Anaya mentions home."],
    ),
    "Tomasz": (
        [
            _Entry(140, "17:45", "spoke", "First call, partly in Polish through a phone interpreter."),
            _Entry(60, "18:00", _VISIT, "Home visit; he is safe to visit now he lives alone.", "visit"),
            _Entry(12, "18:15", "spoke", "Told him Craig has dropped out of the programme. Reviewed plan."),
        ],
        [
            "Craig dropped out after 5 sessions: probation informed, risk review booked.",
            "Changed the voicemail PIN on his mobile together; landline not to be used.",
        ],
    ),
    "Carys": (
        [_Entry(1, "10:00", "no_answer_no_message", "First attempt. No answer, no message left.")],
        ["New referral. Programme starts in about six weeks: initial meeting needed before then."],
    ),
    "Jade": (
        [
            _Entry(220, "11:00", _VISIT, "Initial meeting at home with her mum there.", "visit"),
            _Entry(25, "12:30", "spoke", "Ryan released on licence. Went through the exclusion zone."),
            _Entry(3, "10:20", "spoke", "Thinks she saw his car near her mum's; told her to ring 999 if so."),
        ],
        [
            "Reported the possible sighting to the probation officer the same day.",
            "Baby group on Thursdays is a good place to meet: staff know the situation.",
        ],
    ),
    "Robyn": (
        [
            _Entry(
                44,
                "11:30",
                "spoke",
                "Explained the service. She does not want support at the moment.",
                fulfils="initial",
            ),
        ],
        ["Declined support. Left the door open; she has the helpline number. No further calls."],
    ),
    "Eleri": (
        [
            _Entry(95, "10:45", "spoke", "First call in Welsh after a text. Agreed Tuesdays and Fridays.", "phone"),
            _Entry(60, "11:00", _VISIT, "Met at the library on a bus day. Safety plan made.", "in_person"),
            _Entry(10, "11:15", "spoke", "Says he is quieter since the programme started. Texted first."),
        ],
        ["Large-print copy of the plan would help; she keeps it at her sister's."],
    ),
    "Dylan": (
        [
            _Entry(200, "12:15", "spoke", "First call on his lunch break."),
            _Entry(33, "12:20", "spoke", "Kerry breached the order; probation know. Contact suspended."),
            _Entry(7, "12:10", _VISIT, "Met at his home; Cai is doing well at school.", "visit"),
        ],
        ["Breach of the order reported by Dylan; probation officer confirmed it is being dealt with."],
    ),
    "Hannah": (
        [
            _Entry(310, "09:30", "spoke", "First call."),
            _Entry(150, "09:15", "spoke", "End-of-programme call."),
            _Entry(40, "10:00", "spoke", "Moving to family out of area; agreed a handover."),
        ],
        ["Closed with a warm handover to the service in her new area, with her consent."],
    ),
    "Sam": (
        [
            _Entry(8, "09:00", "left_message", "Voicemail on her work phone: 'Sam, it's Jo, call me back.'"),
            _Entry(7, "12:45", "spoke", "Called back. Agreed work hours on the work phone only."),
        ],
        ["Neil is due out in about five weeks. Initial meeting to be booked before his release."],
    ),
    "Nia": (
        [
            _Entry(20, "10:10", "unsafe_to_talk_call_back", "Said 'class is cancelled'. Ended the call."),
            _Entry(19, "10:30", "spoke", "She rang back from her sister's. First proper chat."),
            _Entry(5, "09:50", "someone_else_answered_protocol_used", "Partner answered; Zumba cover used."),
        ],
        ["Only the Monday and Wednesday morning slots seem reliable; Saturday depends on his football."],
    ),
}


def _inside(window: WeeklyWindow, day: date, clock: time) -> bool:
    """Whether a call on ``day`` at ``clock`` falls inside a weekly window (which may cross midnight)."""
    today, yesterday = DAYS[day.weekday()], DAYS[(day.weekday() - 1) % 7]
    if window.start < window.end:
        return today in window.days and window.start <= clock < window.end
    return (today in window.days and clock >= window.start) or (yesterday in window.days and clock < window.end)


def _log_time(entry: _Entry, windows: list[WeeklyWindow], zone: ZoneInfo) -> datetime:
    """When the entry happened: ``days_ago`` back, then further back to a day when the call falls inside a
    safe window (unless the entry records why it was made outside one), so the demo keeps its own protocol."""
    day = date.today() - timedelta(days=entry.days_ago)
    clock = time.fromisoformat(entry.clock)
    if windows and not entry.override_reason:
        for _step in range(7):
            if any(_inside(w, day, clock) for w in windows):
                break
            day -= timedelta(days=1)
        else:
            raise ValueError(f"demo call at {entry.clock} fits none of its safe windows")
    return datetime.combine(day, clock, zone)


def _planned_of_kind(store: Store, case_id: str, kind: str) -> str:
    row = store.db.execute(
        "SELECT id FROM planned_contact WHERE case_id = ? AND kind = ? AND status = 'planned' AND deleted_hlc IS NULL",
        (case_id, kind),
    ).fetchone()
    if row is None:
        raise ValueError(f"demo entry completes a {kind} contact the case does not have planned")
    return row[0]


def populate_demo(store: Store) -> list[str]:
    """Add the demo cases to ``store`` with a short history each; returns the new case ids.

    Everything goes through ``CaseService`` (and ``PlanService`` for the few demo safety plans), like any other
    front end, so the audit trail records it. A call that reached the person completes the planned contact it
    was for, as in the app, so a newcomer's Today is not full of contacts "overdue" that the log shows were made.
    Calls are logged against the case's first phone number and timed inside its safe windows; a message is left
    only where the record says voicemail is allowed.
    """
    service = CaseService(store)
    docs = demo_cases()
    ids = service.add(docs)
    zone = ZoneInfo(store.timezone)
    for doc, case_id in zip(docs, ids, strict=True):
        entries, notes = _HISTORY.get(doc["preferred_name"], ([], []))
        case = case_rows.load_case(store.db, case_id)
        phones = [m for m in case.contact_methods if m.is_phone and m.safe_to_call] if case else []
        first_phone = phones[0] if phones else None
        for entry in sorted(entries, key=lambda e: -e.days_ago):
            if entry.outcome not in LOG_OUTCOMES:
                raise ValueError(f"demo log outcome {entry.outcome!r} is not a known outcome")
            if entry.outcome == "left_message" and not (first_phone and first_phone.voicemail_allowed):
                raise ValueError("the demo must never leave a message where voicemail is not allowed")
            on_phone = entry.channel == "phone" and first_phone is not None
            service.append_log(
                case_id,
                channel=entry.channel,
                outcome=entry.outcome,
                at=_log_time(entry, first_phone.safe_windows if on_phone else [], zone),
                override_reason=entry.override_reason,
                note=entry.note,
                contact_method_id=first_phone.id if on_phone else None,
                fulfils=_planned_of_kind(store, case_id, entry.fulfils) if entry.fulfils else EARLIEST_DUE,
            )
        for text in notes:
            service.append_note(case_id, text)
    add_demo_plans(store, {doc["preferred_name"]: case_id for doc, case_id in zip(docs, ids, strict=True)})
    return ids
