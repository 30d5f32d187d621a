"""What a person's copy or pocket card holds that could matter if someone else found it, said in one line.

The printing code keeps its own words neutral, but it prints the worker's items as they are written, and a
worker writing "My sister Catrin: 07700 900131" may not think of who else reads the card. Before a copy is
printed or saved, the preview (and ``plan pdf``, on stderr) says in one line what a finder would learn:
the person's name when it is printed, the names of people (and places) in the items, numbers other than the
printed helplines, and that agreed words are on it (never what they mean: that is not printed).

Names are found two ways: every name the case record holds (the person, the children, the person causing
harm, who may answer the phone...), wherever it appears; and any other word written with a capital inside a
sentence. A name that starts a sentence and is not in the case record can be missed, so the line is a
prompt to read the preview, not a guarantee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safetyworker.i18n import _, _n
from safetyworker.plans.model import CARD_SECTIONS, CODE_WORDS, PlanItem, PlanVersion
from safetyworker.printing.options import PrintOptions
from safetyworker.printing.strings import Helplines, words
from safetyworker.records.model import Case

#: How many names or numbers the line spells out before "and N more".
SHOWN = 4
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "nain", "taid", "anti", "yncl", "aunty", "auntie", "uncle"}
_NOT_NAMES = {
    "i",
    "i'm",
    "i'll",
    "i've",
    "i'd",
    "ok",
    "english",
    "welsh",
    "cymraeg",
    "saesneg",
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"),
}
#: Words that start a sentence and are not names ("My sister", "The library").
_DETERMINERS = {"my", "the", "a", "an", "our", "his", "her", "their", "fy", "y", "yr", "ein", "ei", "eu", "if", "os"}
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_NUMBER = re.compile(r"\+?\d[\d \-]{4,}\d")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
#: Signs that agreed words carry their meaning with them ("'washing out?' = ring 999", "... it means ...").
_EXPLAINED = re.compile(r"=|→|->|\bmeans?\b|\bgolygu\b|\b999\b|\b112\b", re.IGNORECASE)


@dataclass(frozen=True)
class Findable:
    """What a finder would learn from a printed copy (nothing of the worker copy: it is never handed over)."""

    person_name: bool = False
    names: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    agreed_words: bool = False
    words_not_written: int = 0  # agreed-words items for the person whose words are not written yet
    words_explained: int = 0  # printed agreed words that seem to say what they mean ("= ring 999")


def printed_items(plan: PlanVersion, variant: str) -> list[PlanItem]:
    """The items a copy prints: the person's copy prints all of theirs, the card only its sections."""
    sections = CARD_SECTIONS if variant == "card" else None
    return [i for i in plan.personal_items() if sections is None or i.section in sections]


def what_could_matter(case: Case, plan: PlanVersion, options: PrintOptions, lines: Helplines) -> Findable | None:
    """What the copy ``options`` ask for would show a finder; None for the worker copy."""
    if options.variant == "worker":
        return None
    items = printed_items(plan, options.variant)
    texts = [i.text for i in items]
    helpline_digits = {re.sub(r"\D", "", h.number) for h in lines.entries}
    numbers: list[str] = []
    for text in texts:
        for match in _NUMBER.finditer(text):
            digits = re.sub(r"\D", "", match.group())
            if len(digits) >= 6 and digits not in helpline_digits and match.group().strip() not in numbers:
                numbers.append(match.group().strip())
    agreed = [i for i in plan.items if i.personal_copy and i.section == CODE_WORDS]
    return Findable(
        person_name=options.include_name and bool(case.preferred_name.strip()),
        names=tuple(_names(items, _known_names(case))),
        numbers=tuple(numbers),
        agreed_words=any(i.text.strip() for i in agreed),
        words_not_written=sum(1 for i in agreed if not i.text.strip() and i.meaning.strip()),
        words_explained=sum(1 for i in items if i.section == CODE_WORDS and _EXPLAINED.search(i.text)),
    )


def warning_line(found: Findable | None) -> str:
    """The one line a worker reads before printing or saving; "" for the worker copy."""
    if found is None:
        return ""
    parts = []
    if found.person_name:
        parts.append(_("their name"))
    if found.names:
        parts.append(_("names ({names})").format(names=_some(found.names)))
    if found.numbers:
        parts.append(_("numbers that are not helplines ({numbers})").format(numbers=_some(found.numbers)))
    if found.words_explained:
        parts.append(_("agreed words that seem to say what they mean (move that to 'What they mean')"))
    elif found.agreed_words:
        parts.append(_("the agreed words (never what they mean)"))
    if parts:
        line = _("If someone else finds this copy, it shows: {what}.").format(what="; ".join(parts))
    else:
        line = _("If someone else finds this copy, it shows no names and no numbers other than the helplines.")
    if found.words_not_written:
        n = found.words_not_written
        line += " " + _n(
            "{n} agreed word is left off until its words are written apart from their meaning.",
            "{n} agreed words are left off until their words are written apart from their meaning.",
            n,
        ).format(n=n)
    return line


def _some(values: tuple[str, ...]) -> str:
    shown = ", ".join(values[:SHOWN])
    if len(values) > SHOWN:
        shown = _("{listed} and {n} more").format(listed=shown, n=len(values) - SHOWN)
    return shown


def _known_names(case: Case) -> set[str]:
    """Every word of every name the case record holds, lower case (names are looked for whole word)."""
    found = [case.preferred_name, case.legal_name, case.phone_name, case.allocated_worker]
    found += [child.name for child in case.children]
    for method in case.contact_methods:
        found += [method.ask_for, method.who_else_may_answer]
    pch = case.person_causing_harm
    if pch is not None:
        found += [pch.name, pch.probation_officer]
    return {
        w.lower()
        for name in found
        for w in _WORD.findall(name or "")
        if w[0].isupper() and len(w) > 1 and w.lower() not in _TITLES and w.lower() not in _NOT_NAMES
    }


def _bare(word: str) -> str:
    """A word without a possessive ("Catrin's" -> "Catrin") or a trailing quote or hyphen."""
    return re.sub(r"(['’]s)?['’\-]*$", "", word)


def _names(items: list[PlanItem], known: set[str]) -> list[str]:
    """The names in ``items``, in the order they first appear: runs of capitalised words inside a sentence
    ("Mrs Ellis", "Catrin"), any word of a name in the case record wherever it stands, and a capitalised word
    starting a sentence when a name usually stands there: first in a person to contact ("Kim (lifts): ..."),
    or followed by "'s", ":", "(" or ","."""
    not_names = _NOT_NAMES | {m.lower() for code in ("en", "cy") for m in words(code)["months"]}
    found: list[str] = []
    for item in items:
        text = item.text
        first = item.section == "people_to_contact"
        m = _WORD.search(text)
        if m and m.group()[:1].isupper() and item.section != CODE_WORDS:
            word, after = _bare(m.group()), text[m.end() :].lstrip(" ")
            possessive = re.search(r"['’]s$", m.group()) is not None
            named = (first and word.lower() not in _DETERMINERS) or re.match(r"^[:(,]", after) or possessive
            if named and word.lower() not in not_names | _DETERMINERS and not (len(word) > 1 and word.isupper()):
                known = known | {word.lower()}
        run: list[str] = []
        run_starts_sentence = False
        last_end = 0
        for match in _WORD.finditer(text):
            word = _bare(match.group())
            between = text[last_end : match.start()]
            starts_sentence = not text[: match.start()].strip(" \t\n'\"‘“(") or bool(
                _SENTENCE_END.search(text[: match.start()].rstrip(" '\"‘“("))
            )
            capital = word[:1].isupper() and not (len(word) > 1 and word.isupper()) and word.lower() not in not_names
            if capital and run and not re.search(r"[^\s]", between):
                run.append(word)
            else:
                _keep(run, run_starts_sentence, known, found)
                run = [word] if capital else []
                run_starts_sentence = starts_sentence
                if not capital and word.lower() in known:
                    _add(found, word)
            last_end = match.end()
        _keep(run, run_starts_sentence, known, found)
    return found


def _keep(run: list[str], starts_sentence: bool, known: set[str], found: list[str]) -> None:
    """Add the name a run of capitalised words makes; a lone word starting a sentence only when known."""
    if not run:
        return
    if starts_sentence and run[0].lower() not in _TITLES and run[0].lower() not in known:
        run = run[1:]  # "Text Catrin" -> "Catrin"; "The library" -> nothing
    if run and (len(run) > 1 or run[0].lower() not in _TITLES):
        _add(found, " ".join(run))


def _add(found: list[str], name: str) -> None:
    if name.lower() not in (f.lower() for f in found):
        found.append(name)
