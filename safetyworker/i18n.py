"""Translation of the core's user-facing text, from the same catalogue as the desktop app's.

The core cannot use Qt's translation functions (it never imports Qt), so it marks its messages with ``_`` (and
``_n`` where a count is shown, ``N_`` for text kept in a constant and translated where it is shown). There is
one catalogue per language, ``resources/translations/safetyworker_<lang>.ts``, made by ``make translations``
(tools/translations.py): the desktop's ``tr()`` strings and the core's ``_`` strings (under the context
"core") side by side. The build compiles it twice: to ``.qm`` for Qt, and the "core" context to
``safetyworker_<lang>.json`` for this module, which reads it with no Qt at all. So a message raised by a
service reads the same in the command line and in the desktop app.

The language: ``set_language`` (the desktop app calls it at start with the worker's choice in Settings);
otherwise SAFETYWORKER_LANG, then the system locale (LC_ALL, LC_MESSAGES, LANG), as for the command line.
English is the text in the sources; an unknown language or a missing catalogue falls back to it.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

#: The languages the app speaks, by code, each in its own words (a language's name is never translated).
LANGUAGES = {"en": "English", "cy": "Cymraeg"}
DEFAULT_LANGUAGE = "en"
#: The context of the core's strings in the catalogue.
CORE_CONTEXT = "core"

_state: dict[str, object] = {"language": None, "messages": {}}


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """SAFETYWORKER_LANG if it names a language the app speaks, else the system locale's, else English."""
    env = os.environ if environ is None else environ
    for name in ("SAFETYWORKER_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        code = normalise(env.get(name, ""))
        if code:
            return code
    return DEFAULT_LANGUAGE


def normalise(value: str) -> str | None:
    """A language code the app speaks from a locale name ("cy_GB.UTF-8", "cy", "en-GB"), or None."""
    code = value.strip().split(":")[0].split(".")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def set_language(code: str | None) -> str:
    """Use ``code``'s catalogue from now on (None: the environment's language); returns the language used."""
    lang = normalise(code or "") or language_from_environment()
    _state["language"] = lang
    _state["messages"] = _load(lang)
    return lang


def language() -> str:
    if _state["language"] is None:
        set_language(None)
    return str(_state["language"])


def _messages() -> dict[str, Any]:
    language()
    return _state["messages"]  # type: ignore[return-value]


def _load(lang: str) -> dict[str, Any]:
    if lang == DEFAULT_LANGUAGE:
        return {}
    from safetyworker.resources import resource  # here, not at the top: resources uses ``_``

    try:
        path = resource("translations", f"safetyworker_{lang}.json")
        return dict(json.loads(path.read_text(encoding="utf-8"))["messages"])
    except (OSError, ValueError, KeyError, TypeError, FileNotFoundError):
        return {}  # no catalogue built: the English text, never a failure


def _(message: str) -> str:
    """``message`` in the current language (the English text when there is no finished translation)."""
    found = _messages().get(message)
    return found if isinstance(found, str) and found else message


def N_(message: str) -> str:
    """Marks text for the catalogue without translating it now: for constants, translated where shown."""
    return message


def plural_form(lang: str, n: int) -> int:
    """Which of a language's plural forms a count takes, in the order Qt's numerus forms use (so the .ts
    entries mean the same to the core as to Qt). Welsh: 0; 1; 2 to 5; 6; any other number."""
    if lang == "cy":
        return 0 if n == 0 else 1 if n == 1 else 2 if 2 <= n <= 5 else 3 if n == 6 else 4
    return 0 if n == 1 else 1


def _n(one: str, many: str, n: int) -> str:
    """The sentence for a count, whole (never glued from pieces): ``many`` is the catalogue's key, its
    translation lists the language's plural forms. Format the result with ``.format(n=n)``."""
    found = _messages().get(many)
    if isinstance(found, list) and found:
        forms = [form for form in found if form]
        if forms:
            index = plural_form(language(), n)
            return str(found[index] if index < len(found) and found[index] else forms[-1])
    return one if n == 1 else many


class TranslatedMapping(Mapping[str, str]):
    """A constant table of marked text (``N_``) whose values are translated each time they are read, so a
    table built at import still follows the language chosen later."""

    def __init__(self, table: Mapping[str, str]) -> None:
        self._table = dict(table)

    def __getitem__(self, key: str) -> str:
        return _(self._table[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def code_for(self, text: str) -> str | None:
        """The code a person meant by ``text``: the code itself or its label as shown (in English or in the
        language chosen), in any case and spacing, so ``Housing`` typed from a list means ``housing``. None
        when it names nothing in the table."""
        wanted = " ".join(text.split()).casefold()
        for code, marked in self._table.items():
            if wanted in (code.casefold(), marked.casefold(), _(marked).casefold()):
                return code
        return None


#: Welsh vowels (w and y are vowels in Welsh spelling), with their accents taken off before comparing.
_WELSH_VOWELS = frozenset("aeiouwy")


def _starts_with_vowel(text: str) -> bool:
    first = unicodedata.normalize("NFD", text.lstrip()[:1].casefold())[:1]
    return first in _WELSH_VOWELS


def and_list(items: list[str]) -> str:
    """``items`` read as one list: "Ash", "Ash and Sam", "Ash, Kit and Sam". Each joiner is a whole translatable
    string, never glued: Welsh writes "a" before a consonant and "ac" before a vowel ("Ash ac Eli"), so in Welsh
    the joiner is chosen by the first letter of the last item (the English of both strings is "and")."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    first, last = ", ".join(items[:-1]), items[-1]
    if language() == "cy" and _starts_with_vowel(last):
        return _("{first} and {last_starting_with_a_vowel}").format(first=first, last_starting_with_a_vowel=last)
    return _("{first} and {last}").format(first=first, last=last)
