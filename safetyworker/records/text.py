"""Text matching that people expect: case and accents do not matter ("sian" finds "Siân")."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents, so "sian" finds "Siân" and "gwenllian" finds "Gwenllïan"."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
