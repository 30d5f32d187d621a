"""Printing results: JSON for scripts (``--json``), plain aligned tables for people; never a raw control
character (``escaped_streams``: a name holding an escape sequence must not take over the worker's terminal)."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from safetyworker.records import text as text_rules


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, sort_keys=False)
    sys.stdout.write("\n")


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def pairs(items: Sequence[tuple[str, Any]]) -> None:
    width = max(len(k) for k, _v in items)
    for key, value in items:
        print(f"{key.ljust(width)}  {'' if value is None else value}")


def _escapes() -> dict[int, str]:
    """Every control character but line break and tab, and every bidirectional override, as ``\\uXXXX``: visible
    in a terminal, and still the same character to a JSON reader (inside a JSON string it is a valid escape)."""
    table = {c: f"\\u{c:04x}" for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if chr(c) not in "\n\t"}
    table.update({ord(ch): f"\\u{ord(ch):04x}" for ch in (*text_rules.BIDI_CONTROLS, "\u2028", "\u2029")})
    return table


_ESCAPES = _escapes()


def escape_controls(text: str) -> str:
    """``text`` as it is safe to print: a name stored before the text rules (or sent by a damaged bundle) cannot
    move the cursor, recolour or clear the terminal, or reorder what follows it on the line."""
    if text.isascii() and text.isprintable():
        return text
    return text.translate(_ESCAPES)


class Escaping:
    """A text stream that escapes control characters on their way to ``stream`` (the CLI's stdout and stderr).
    Not an ``io`` class on purpose: dropping the wrapper must never close the stream under it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(escape_controls(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding, close...: the stream's own
        return getattr(self.stream, name)


@contextlib.contextmanager
def escaped_streams() -> Iterator[None]:
    """Inside the block, everything printed to stdout or stderr goes through ``escape_controls``."""
    out, err = sys.stdout, sys.stderr
    # No stream at all (pythonw): print() already writes nothing, and must go on doing so.
    sys.stdout, sys.stderr = (Escaping(out) if out else out), (Escaping(err) if err else err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def result(args: Any, doc: Any, *lines: str) -> int:
    """The end of most commands: ``doc`` as JSON with ``--json``, else the lines for a person; exit code 0."""
    if getattr(args, "json", False):
        emit_json(doc)
    else:
        for line in lines:
            print(line)
    return 0
