"""Printing results: JSON for scripts (``--json``), plain aligned tables for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any


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


def result(args: Any, doc: Any, *lines: str) -> int:
    """The end of most commands: ``doc`` as JSON with ``--json``, else the lines for a person; exit code 0."""
    if getattr(args, "json", False):
        emit_json(doc)
    else:
        for line in lines:
            print(line)
    return 0
