"""Call safety: may this number be rung now, and if not, when next?

**The time rule.** Safe windows (weekly and one-off) and "do not call" periods (blackouts) are wall-clock
times in the store's time zone (Europe/London by default). A moment is inside a window, or a blackout, when
the clock on the wall at that moment shows a time inside it. A weekly window belongs to the day it starts; one
whose end is before its start runs past midnight into the next day. Across the clock changes this means:

- last Sunday of March (01:00-02:00 never happens): a window 00:30-02:30 lasts one hour that day, a window
  01:15-01:45 does not happen at all that day, a window 01:30-03:00 starts at 02:00 BST;
- last Sunday of October (01:00-02:00 happens twice, first BST then GMT): a window 01:00-01:30 happens twice
  that night, a window 00:30-02:30 lasts three hours, and a blackout over 01:00-02:00 covers both hours.

A moment is safe when the method is a phone marked safe to call, the moment is inside a weekly or one-off
window, and it is inside no blackout. All comparisons are made in UTC: each local interval is turned exactly
into the UTC intervals whose wall-clock reading lies inside it (two of them when the clocks go back over it),
from the zone's offset changes found to the second; the next safe time is then "windows minus blackouts",
computed as intervals over the next eight weeks (no stepping minute by minute). A safe stretch that runs on
past the eight weeks is reported as ending there.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.records import phone
from safetyworker.records.dates import day_name, month_name
from safetyworker.records.model import DAYS, Case, ContactMethod, Period, WeeklyWindow

HORIZON = timedelta(weeks=8)
RECENT_OUTCOMES = 3

Interval = tuple[datetime, datetime]  # aware UTC, half-open [start, end)


@dataclass(frozen=True)
class CallCheck:
    """The answer for one number at one moment. ``next_window_*`` are aware times in the store's zone, for
    showing; compare and subtract them after ``.astimezone(UTC)`` (Python does wall-clock arithmetic between
    two times of the same zone, and an October repeated-hour time never equals a time in another zone)."""

    safe: bool
    reason: str
    reason_code: str  # in_window | outside_windows | blackout | not_safe_to_call | no_windows | no_phone
    next_window_start: datetime | None  # aware, in the store's time zone
    next_window_end: datetime | None
    method_id: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "safe": self.safe,
            "reason": self.reason,
            "reason_code": self.reason_code,
            "next_window_start": _iso(self.next_window_start),
            "next_window_end": _iso(self.next_window_end),
            "method_id": self.method_id,
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def zone(name: str) -> ZoneInfo:
    """The store's time zone; a plain error when the name is not a known zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SafetyWorkerError(_("The store's time zone '{name}' is not known.").format(name=name)) from None


# -- local wall-clock intervals to UTC --------------------------------------------------------------------------


def _offset_at(second: int, tz: ZoneInfo) -> timedelta:
    return datetime.fromtimestamp(second, tz).utcoffset() or timedelta(0)


def _offset_changes(lo: int, hi: int, tz: ZoneInfo) -> list[int]:
    """Whole-second instants in (lo, hi] at which the zone's UTC offset changes. Time zone rules change the
    offset on whole seconds; two changes that cancel out within (lo, hi] (a few days) are not looked for."""
    if _offset_at(lo, tz) == _offset_at(hi, tz):
        return []
    if hi - lo == 1:
        return [hi]
    mid = (lo + hi) // 2
    return _offset_changes(lo, mid, tz) + _offset_changes(mid, hi, tz)


def local_to_utc(start: datetime, end: datetime, tz: ZoneInfo) -> list[Interval]:
    """The UTC intervals of the moments whose wall-clock reading in ``tz`` lies in [start, end) (naive)."""
    s, e = start.replace(tzinfo=UTC), end.replace(tzinfo=UTC)
    # Offsets are within a day, so every such moment lies in [s - 1 day, e + 1 day).
    lo, hi = int((s - timedelta(days=1)).timestamp()), int((e + timedelta(days=1)).timestamp())
    bounds = [lo, *_offset_changes(lo, hi, tz), hi]
    out: list[Interval] = []
    for a, b in itertools.pairwise(bounds):
        offset = _offset_at(a, tz)
        piece_start = max(datetime.fromtimestamp(a, UTC), s - offset)
        piece_end = min(datetime.fromtimestamp(b, UTC), e - offset)
        if piece_start < piece_end:
            if out and out[-1][1] == piece_start:
                out[-1] = (out[-1][0], piece_end)
            else:
                out.append((piece_start, piece_end))
    return out


def _merge(intervals: list[Interval]) -> list[Interval]:
    out: list[Interval] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _subtract(keep: list[Interval], remove: list[Interval]) -> list[Interval]:
    """``keep`` minus ``remove`` (both merged and sorted)."""
    out: list[Interval] = []
    for start, end in keep:
        for r_start, r_end in remove:
            if r_end <= start or r_start >= end:
                continue
            if r_start > start:
                out.append((start, r_start))
            start = max(start, r_end)
            if start >= end:
                break
        if start < end:
            out.append((start, end))
    return out


def _clip(intervals: list[Interval], start: datetime, end: datetime) -> list[Interval]:
    return [(max(s, start), min(e, end)) for s, e in intervals if e > start and s < end]


def _periods(periods: list[Period], first: datetime, last: datetime, tz: ZoneInfo) -> list[Interval]:
    out: list[Interval] = []
    for p in periods:
        if p.end > first and p.start < last:
            out += local_to_utc(p.start, p.end, tz)
    return out


def _plan(method: ContactMethod, start: datetime, end: datetime, tz: ZoneInfo) -> tuple[list[Interval], list[Interval]]:
    """(safe intervals, blackout intervals), merged, in UTC, clipped to [start, end)."""
    first_local = start.astimezone(tz).replace(tzinfo=None) - timedelta(days=2)
    last_local = end.astimezone(tz).replace(tzinfo=None) + timedelta(days=2)
    windows: list[Interval] = []
    day = first_local.date()
    while day <= last_local.date():
        for w in method.safe_windows:
            if DAYS[day.weekday()] in w.days:
                local_start = datetime.combine(day, w.start)
                end_day = day if w.end > w.start else day + timedelta(days=1)
                windows += local_to_utc(local_start, datetime.combine(end_day, w.end), tz)
        day += timedelta(days=1)
    windows += _periods(method.one_off_windows, first_local, last_local, tz)
    blackouts = _merge(_periods(method.blackout_windows, first_local, last_local, tz))
    safe = _subtract(_merge(windows), blackouts)
    return _clip(safe, start, end), _clip(blackouts, start, end)


# -- the plain wall-clock rule (what the intervals must agree with) ---------------------------------------------


def _in_weekly(window: WeeklyWindow, local: datetime) -> bool:
    clock = local.time()
    today, yesterday = DAYS[local.weekday()], DAYS[(local.weekday() - 1) % 7]
    if window.start < window.end:
        return today in window.days and window.start <= clock < window.end
    return (today in window.days and clock >= window.start) or (yesterday in window.days and clock < window.end)


def is_safe_at(method: ContactMethod, at: datetime, tz: ZoneInfo) -> bool:
    """Whether ringing ``method`` at the aware moment ``at`` keeps to the protocol, read straight off the wall
    clock. ``check_method`` says the same, and also finds the next safe time."""
    _require_aware(at)
    if not (method.is_phone and method.safe_to_call):
        return False
    local = at.astimezone(tz).replace(tzinfo=None)
    inside = any(_in_weekly(w, local) for w in method.safe_windows) or any(
        p.start <= local < p.end for p in method.one_off_windows
    )
    return inside and not any(p.start <= local < p.end for p in method.blackout_windows)


# -- checks ---------------------------------------------------------------------------------------------------


def describe_moment(moment: datetime, today: date | None = None) -> str:
    """ "11:30" on ``today``, otherwise "Sat 28 Mar 01:00" (the local time of an aware moment)."""
    clock = moment.strftime("%H:%M")
    if today is not None and moment.date() == today:
        return clock
    return f"{day_name(moment.weekday())} {moment.day} {month_name(moment.month)} {clock}"


def _require_aware(at: datetime) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("the moment to check must be timezone-aware")


def check_method(method: ContactMethod, at: datetime, tz: ZoneInfo) -> CallCheck:
    """Whether ``method`` may be rung at ``at`` (aware), why not, and the current or next safe window."""
    _require_aware(at)
    if not method.is_phone:
        return CallCheck(False, _("No phone number to call"), "no_phone", None, None, method.id)
    if not method.safe_to_call:
        return CallCheck(False, _("This number is not safe to call"), "not_safe_to_call", None, None, method.id)
    if not method.safe_windows and not method.one_off_windows:
        return CallCheck(False, _("No safe times agreed yet"), "no_windows", None, None, method.id)
    now = at.astimezone(UTC)
    today = now.astimezone(tz).date()
    safe, blackouts = _plan(method, now, now + HORIZON, tz)
    if safe and safe[0][0] == now:
        window_end = safe[0][1].astimezone(tz)
        reason = _("Safe to call now until {when}").format(when=describe_moment(window_end, today))
        return CallCheck(True, reason, "in_window", now.astimezone(tz), window_end, method.id)
    start, end = (safe[0][0].astimezone(tz), safe[0][1].astimezone(tz)) if safe else (None, None)
    if blackouts and blackouts[0][0] == now:
        until = describe_moment(blackouts[0][1].astimezone(tz), today)
        reason, code = _("In a 'do not call' period until {when}").format(when=until), "blackout"
    else:
        reason, code = _("Outside the agreed safe times"), "outside_windows"
    if start and end:
        reason += ". " + _("Next safe time: {start} to {end}").format(
            start=describe_moment(start), end=describe_moment(end, start.date())
        )
    else:
        reason += ". " + _("No safe time in the next eight weeks")
    return CallCheck(False, reason, code, start, end, method.id)


def callable_methods(case: Case) -> list[ContactMethod]:
    """Every phone number marked safe to call, in the order the record lists them."""
    return [m for m in case.contact_methods if m.is_phone and m.safe_to_call]


def preferred_callable_method(case: Case) -> ContactMethod | None:
    """The first phone number (by position) marked safe to call."""
    return next(iter(callable_methods(case)), None)


def check_case(case: Case, at: datetime, tz: ZoneInfo) -> CallCheck:
    """Which of the case's numbers may be rung at ``at``, or which opens soonest, and why.

    Every number marked safe to call is checked, not only the first: a case whose second number is inside its
    window is callable now, and ``method_id`` names that number. When several are safe now the first (by
    position) wins; when none is, the one whose next safe time starts soonest (the first on a tie); when none
    has a safe time coming, the first callable number (its reason says why). Without a number safe to call, the
    first phone number's check says so."""
    _require_aware(at)
    methods = callable_methods(case)
    if not methods:
        phones = [m for m in case.contact_methods if m.is_phone]
        if phones:
            return check_method(phones[0], at, tz)  # says the number is not safe to call
        return CallCheck(False, _("No phone number to call"), "no_phone", None, None, None)
    checks = [check_method(m, at, tz) for m in methods]
    safe_now = next((c for c in checks if c.safe), None)
    if safe_now is not None:
        return safe_now
    coming = [(c.next_window_start.astimezone(UTC), c) for c in checks if c.next_window_start is not None]
    if coming:
        return min(coming, key=lambda pair: pair[0])[1]
    return checks[0]


# -- the call card --------------------------------------------------------------------------------------------


def outcome_words() -> dict[str, str]:
    return {
        "spoke": _("Spoke with them"),
        "no_answer_no_message": _("No answer, no message left"),
        "someone_else_answered_protocol_used": _("Someone else answered, call plan followed"),
        "unsafe_to_talk_call_back": _("Not safe to talk, call back later"),
        "visit_done": _("Visit or meeting done"),
        "left_message": _("Left a message (allowed on this number)"),
    }


def call_card(case: Case, history: dict[str, Any], check: CallCheck, tz: ZoneInfo) -> dict[str, Any]:
    """What to have in front of you before ringing: the same content in the CLI and the desktop client.
    ``history`` is ``CaseService.history``; ``check`` is ``check_case`` for the case now. ``lines`` is the card
    as plain text."""
    method = next((m for m in case.contact_methods if m.id and m.id == check.method_id), None)
    if method is not None and not (method.is_phone and method.safe_to_call):
        method = None  # never put a number that must not be rung on the card
    words = outcome_words()
    recent = []
    for entry in history.get("contact_log", [])[-RECENT_OUTCOMES:]:
        try:
            at = datetime.fromisoformat(str(entry["at"]).replace("Z", "+00:00")).astimezone(tz)
        except ValueError:  # a time no form accepts (doctor names it): the outcome still shows, it matters more
            at = None
        text = words.get(entry["outcome"], str(entry["outcome"]))
        if entry.get("corrects_id"):
            text = _("Correction: {text}").format(text=text)
        recent.append(
            {"at": at.isoformat(timespec="minutes") if at else None, "outcome": entry["outcome"], "text": text}
        )
    card: dict[str, Any] = {
        "case_id": case.id,
        "method_id": method.id if method else None,
        "number": phone.display(method.value) if method else None,
        "withhold_number": method.withhold_number if method else True,
        "ask_for": (method.ask_for if method else "") or case.phone_name or case.preferred_name,
        "who_else_may_answer": method.who_else_may_answer if method else "",
        "if_someone_else_answers": method.if_someone_else_answers if method else "",
        "voicemail_allowed": method.voicemail_allowed if method else False,
        "code_word": method.code_word if method else "",
        "check": check.to_json(),
        "recent_outcomes": recent,
    }
    card["lines"] = card_lines(card)
    return card


def card_lines(card: dict[str, Any]) -> list[str]:
    lines = []
    if card["number"]:
        lines.append(_("Number: {number}").format(number=card["number"]))
    else:
        lines.append(_("There is no number that is safe to call."))
    lines.append(card["check"]["reason"])
    if card["withhold_number"]:
        lines.append(_("Withhold your number (dial 141 first)."))
    lines.append(_("Ask for: {name}").format(name=card["ask_for"]))
    if card["who_else_may_answer"]:
        lines.append(_("Who else may answer: {who}").format(who=card["who_else_may_answer"]))
    if card["if_someone_else_answers"]:
        lines.append(_("If someone else answers: {say}").format(say=card["if_someone_else_answers"]))
    if card["voicemail_allowed"]:
        lines.append(_("A voicemail or message may be left on this number."))
    else:
        lines.append(_("Do not leave a voicemail or message."))
    if card["code_word"]:
        lines.append(_("Can't-talk code word: {word}").format(word=card["code_word"]))
    if card["recent_outcomes"]:
        lines.append(_("Last contacts:"))
        for entry in card["recent_outcomes"]:
            when = describe_moment(datetime.fromisoformat(entry["at"])) if entry["at"] else _("(time not known)")
            lines.append(f"  {when}  {entry['text']}")
    else:
        lines.append(_("No contacts logged yet."))
    return lines


# -- logging a contact ----------------------------------------------------------------------------------------


def check_log_entry(
    case: Case,
    channel: str,
    outcome: str,
    moment: datetime,
    override_reason: str,
    method_id: str | None,
    tz: ZoneInfo,
) -> None:
    """The call protocol for a contact log entry (``CaseService.append_log``, so every front end keeps it).

    - A phone call or a text names the number it used: without one no rule below could be checked.
    - "Left a message" only on a number whose record allows voicemail.
    - A phone call outside the safe times, in a "do not call" period, or to a number not safe to call, only with
      a reason (``override_reason``).
    - A text to a number not marked safe to text only with a reason."""
    method = None
    if method_id is not None:
        method = next((m for m in case.contact_methods if m.id == method_id), None)
        if method is None:
            raise InvalidInput("contact_method_id", _("is not one of this case's contact methods"))
    if channel in ("phone", "text") and method is None:
        raise InvalidInput(
            "contact_method_id",
            _("say which number was rung") if channel == "phone" else _("say which number was texted"),
        )
    if outcome == "left_message" and not (method is not None and method.voicemail_allowed):
        raise InvalidInput(
            "outcome",
            _("a message may be left only on a number whose record allows voicemail; choose another outcome"),
        )
    if override_reason.strip() or method is None:
        return
    if channel == "phone":
        check = check_method(method, moment, tz)
        if not check.safe:
            why = {
                "not_safe_to_call": _("this number is marked not safe to call: say why it was called"),
                "blackout": _("this call was in a 'do not call' period: say why"),
                "no_phone": _("this is not a phone number: say why it was called"),
            }.get(check.reason_code, _("this call was outside the agreed safe times: say why"))
            raise InvalidInput("override_reason", why)
    elif channel == "text" and not (method.is_phone and method.safe_to_text):
        raise InvalidInput("override_reason", _("this number is marked not safe to text: say why it was texted"))
