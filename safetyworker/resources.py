"""Where the data files are: resources/ in a source checkout, safetyworker/resources in a wheel or a frozen
build. One lookup, so the forms, icons and templates load the same way everywhere."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from safetyworker import safejson
from safetyworker.errors import InvalidInput
from safetyworker.i18n import _


def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "safetyworker" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the resources folder is missing from this installation")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def read_data_file(path: Path, too_large: str, max_bytes: int = 64 * 1024) -> Any:
    """A JSON data file an organisation may supply (a template, a schedule): its parsed content, or
    ``InvalidInput`` naming the file. ``too_large`` is the message for a file over ``max_bytes``."""
    where = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(where, _("could not be read ({why})").format(why=exc.strerror)) from None
    if len(raw) > max_bytes:
        raise InvalidInput(where, too_large)
    try:
        return safejson.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput(where, _("is not valid UTF-8 JSON ({why})").format(why=exc)) from None
