"""Reading JSON that anyone could have written, without letting its shape crash or exhaust the program.

Python's ``json`` recurses once per nested ``[`` or ``{``: a file of 100,000 brackets raises ``RecursionError``,
which is not a ``ValueError`` and so escaped every reader as a bug, and a few thousand levels that do parse still
break code that walks the result. No file this program reads nests deeper than a dozen levels, so anything past
``MAX_DEPTH`` is refused as not-our-JSON, with the same ``ValueError`` every reader already turns into its own
plain message.
"""

from __future__ import annotations

import json
from typing import Any

#: Deeper than any file Safety Worker writes or reads (a case is about five levels deep).
MAX_DEPTH = 64


class TooDeep(ValueError):
    """JSON nested deeper than ``MAX_DEPTH``: refused before anything walks it."""


def loads(text: str | bytes | bytearray, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that raises ``ValueError`` (never ``RecursionError``) for anything that is not small-depth
    JSON."""
    try:
        doc = json.loads(text)
    except RecursionError:
        raise TooDeep(f"nested more than {max_depth} levels deep") from None
    check_depth(doc, max_depth)
    return doc


def check_depth(doc: Any, max_depth: int = MAX_DEPTH) -> None:
    """Refuse a parsed document nested deeper than ``max_depth`` (without recursing itself). One level at a time,
    keeping only the containers of the next: a sync bundle holds millions of values, and this runs on each."""
    level: list[Any] = [doc] if type(doc) in _CONTAINERS else []
    depth = 1
    while level:
        if depth > max_depth:
            raise TooDeep(f"nested more than {max_depth} levels deep")
        deeper: list[Any] = []
        for value in level:
            children = value.values() if type(value) is dict else value
            deeper += [child for child in children if type(child) in _CONTAINERS]
        level = deeper
        depth += 1


_CONTAINERS = (dict, list)
