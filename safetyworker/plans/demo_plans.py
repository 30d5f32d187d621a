"""Safety plans for four of the demo cases (see safetyworker/demo.py): one per template, with items for the
person's own copy and items for the worker's copy only, and a review date a week or few ahead.

Everything is invented, like the rest of the demo. Items on the person's copy are written the way a worker
would write them for a discreet copy: no word that tells what the paper is, and no name of the person causing
harm. Eleri's own items are in Welsh, as she would want them printed. Ffion's plan has two versions, so the
version history has something to show.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from safetyworker.services.plans import PlanService
from safetyworker.store.vault import Store

AUTHOR = "Demo worker"


def _day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


def _p(section: str, text: str) -> dict[str, Any]:
    """An item on the person's own copy."""
    return {"section": section, "text": text, "personal_copy": True}


def _w(section: str, text: str) -> dict[str, Any]:
    """An item on the worker's copy only."""
    return {"section": section, "text": text, "personal_copy": False}


def _agreed(words: str, meaning: str) -> dict[str, Any]:
    """Agreed words on the person's copy and card: the words alone print; what they mean, and who they go to,
    stay on the worker's copy (whoever finds the card learns neither)."""
    return {"section": "code_words", "text": words, "personal_copy": True, "meaning": meaning}


_FFION_FIRST = [
    _p("people_to_contact", "Mrs Ellis next door: knock any time, day or night."),
    _p("people_to_contact", "My sister Catrin: 07700 900131."),
    _w("people_to_contact", "Dai's mother hosts the handovers but is close to him: not a safe contact."),
    _p("safe_places", "The kitchen back door is the quickest way out; the car keys hang beside it."),
    _p("safe_places", "The garage shop on the main road is open until 10pm and always has staff in."),
    _p("children", "Osian goes next door to Mrs Ellis."),
    _p("children", "Mali stays with Osian. Mrs Ellis has a spare car seat."),
    _p("emergency_bag", "Bag at Catrin's: Osian's inhaler, Mali's red book, chargers, some cash, clothes for 3 days."),
    _p("documents", "Photos of the passports and birth certificates are in the new email account."),
    _agreed("'Is the washing out?'", "Texted to Catrin: please ring 999 and send help to the house."),
    _agreed("'Pancakes'", "Osian says it to Mrs Ellis next door: she rings 999."),
    _p("phone_online", "Ring 999, then press 55 if I can't speak."),
    _p("review", "We go over this together at the next meeting."),
]

_FFION_SECOND = [
    *_FFION_FIRST[:7],
    _w(
        "children",
        "Handovers on alternate Saturdays at Dai's mother's. The school knows Dai may not collect the children "
        "without Ffion's say-so.",
    ),
    *_FFION_FIRST[7:12],
    _w("phone_online", "Dai set up the family tablet: location sharing turned off together at the last visit."),
    _FFION_FIRST[12],
]

PLANS: dict[str, list[dict[str, Any]]] = {
    "Ffion": [
        {"template": "with_children", "items": _FFION_FIRST, "review_date": _day(3)},
        {"template": "with_children", "items": _FFION_SECOND, "review_date": _day(3)},
    ],
    "Siân": [
        {
            "template": "has_left",
            "items": [
                _p("people_to_contact", "Sam on the night shift knows to ring 999 if anyone asks for me at work."),
                _w("people_to_contact", "Probation: Gwen Pritchard, Newtown, for the licence conditions."),
                _p("safe_places", "Taxi home after night shifts for the first month; the firm is saved as 'Cabs'."),
                _p("safe_places", "Locks changed and a door chain fitted; the spare key is back."),
                _p("documents", "A copy of the papers in my bag and one in my locker at work."),
                _w(
                    "documents",
                    "Expected licence conditions: no contact with Siân; not to enter Machynlleth; live in "
                    "Wrexham. Give her a copy once confirmed.",
                ),
                _agreed("'Is the rota out?'", "Texted to Sam at work: ring 999 and send help to the flat."),
                _p("phone_online", "New passwords; location sharing off; no photos online that show the street."),
                _p("after_leaving", "Write down any contact or sighting with the date and time; keep messages."),
                _w(
                    "after_leaving",
                    "Release in about three weeks: ring her the day it is confirmed and the day before.",
                ),
                _p("review", "We look at this again before the date in three weeks."),
            ],
            "review_date": _day(16),
        }
    ],
    "Alex": [
        {
            "template": "preparing_to_leave",
            "items": [
                _p("people_to_contact", "Kim (lifts): can come for me and the bike at short notice."),
                _w("people_to_contact", "Jordan is off work during the blackout days: no calls or texts then."),
                _p("safe_places", "The library and the Co-op in town have staff and cameras."),
                _p("emergency_bag", "Bag at Kim's: tablets, charger, the new bank card, clothes."),
                _p(
                    "documents",
                    "Passport and birth certificate: photos in the new email; originals in the blue folder.",
                ),
                _agreed("'The MOT's booked'", "Texted to Kim: come and get me now."),
                _p("phone_online", "Check the phone for location sharing the night before; new passcode after."),
                _p("leaving_plan", "Go on a weekday, in working hours. Kim drives. First night at Kim's."),
                _w(
                    "leaving_plan",
                    "Book the housing options appointment; ask about target hardening if they stay local.",
                ),
                _p("after_leaving", "A different route to work; tell the manager who not to let in."),
                _p("local_services", "Citizens Advice for the money side and the tenancy."),
            ],
            "review_date": _day(12),
        }
    ],
    "Eleri": [
        {
            "template": "in_relationship",
            "items": [
                _p("people_to_contact", "Fy chwaer Gwenda: 07700 900125."),
                _w(
                    "people_to_contact",
                    "Hard of hearing: text first to say you will ring, then speak slowly, in Welsh.",
                ),
                _p("safe_places", "Mynd i dŷ Gwenda os bydd pethau'n mynd yn ddrwg."),
                _w(
                    "safe_places", "Huw goes to the mart in Lampeter on Tuesdays and Fridays: meet at the library then."
                ),
                _p("emergency_bag", "Bag yn nhŷ Gwenda: tabledi, sbectol, batris i'r teclyn clyw, arian."),
                _w("documents", "Her passport is in the farm office; she has no copy yet. Photograph it next visit."),
                _agreed("'Mae'r bara yn y popty'", "Texted to Gwenda (in Welsh): she rings 999."),
                _p("phone_online", "Ffonio 999, yna pwyso 55 os na alla i siarad."),
                _w("review", "Print her copy in large type, in Welsh. She keeps it at Gwenda's."),
            ],
            "review_date": _day(9),
        }
    ],
}


def add_demo_plans(store: Store, ids_by_name: dict[str, str]) -> int:
    """Save the demo plans for the demo cases named in ``ids_by_name``; returns how many versions were saved."""
    service = PlanService(store)
    saved = 0
    for name, versions in PLANS.items():
        case_id = ids_by_name.get(name)
        if case_id is None:
            continue
        for plan in versions:
            if service.set(case_id, plan, author=AUTHOR) is not None:
                saved += 1
    return saved
