"""Text matching that people expect: case and accents do not matter ("sian" finds "Siân")."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents, so "sian" finds "Siân" and "gwenllian" finds "Gwenllïan"."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Characters that reorder the text around them (embeddings, overrides, isolates): a name holding one can show
#: as another name, or hide part of itself, on screen, on paper and in a terminal. The plain marks (U+200E,
#: U+200F, U+061C) only nudge neutral characters and are allowed: some right-to-left names need them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Stored columns that hold a name or another one-line value, for text that arrives column by column (a bundle's
#: operations, a conflict's typed value) rather than through ``Case.from_json``.
ONE_LINE_COLUMNS = frozenset({"preferred_name", "legal_name", "phone_name", "name", "pronouns", "postcode", "value"})
#: Line and paragraph separators other than "\n": they break a line where the reader expects none.
_LINE_SEPARATORS = frozenset("\u2028\u2029\x85")


def bad_character(value: str, *, multiline: bool = False) -> str | None:
    """The first character ``value`` may not hold, or None. One rule for every text field, wherever it comes from
    (a form, a JSON or CSV file, a bundle): no control characters (tab, escape, carriage return, ...) and no
    bidirectional overrides; a multi-line field (notes, plans) may hold line breaks ("\\n") and nothing else."""
    if value.isascii() and value.isprintable():
        return None
    for ch in value:
        if ch == "\n" and multiline:
            continue
        if ch in BIDI_CONTROLS or ch in _LINE_SEPARATORS or unicodedata.category(ch) == "Cc":
            return ch
    return None


def describe(ch: str) -> str:
    """A character as a person can find it in a file: its code and, where Unicode has one, its name."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}".strip() if name else f"U+{ord(ch):04X}"


def line_breaks(value: str) -> str:
    """Windows and old Mac line endings as plain "\\n", so a note pasted from anywhere is one kind of text."""
    return value.replace("\r\n", "\n").replace("\r", "\n")
