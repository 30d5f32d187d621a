"""A private machine for one leak test: its own temp folder, home, cache, config and data folders, and canary
strings that must never appear in the clear outside the encrypted files and the PDFs a person asked for.

``Machine.redirect()`` points the temp folder and the XDG/HOME folders of this process (and of Qt, which reads
them at start for its caches) at folders of the test's own, so nothing another process writes can make the test
fail, and nothing the app writes can hide in the real ones. ``Machine.leaks()`` lists every file that holds a
canary, in UTF-8, UTF-16 or as JSON escapes, except the files the day was allowed to write in the clear.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pytest

#: Different enough from anything else in a store or a file that a hit is a leak, never a coincidence.
CANARIES = {
    "name": "CanaryNameQv71",
    "locality": "CanaryTownKr38",
    "address": "CanarySafeHouseLn94",
    "code_word": "CanaryCodeWordPz52",
    "note": "CanaryNoteWx16",
    "plan": "CanaryPlanItemJt63",
    "log": "CanaryLogNoteHm27",
    "harm": "CanaryHarmNameBd45",
}
CANARY_NUMBER = "07700 900873"
CANARY_DIGITS = "7700900873"


def canary_case() -> dict:
    return {
        "preferred_name": CANARIES["name"],
        "locality": CANARIES["locality"],
        "address": {"lines": [CANARIES["address"]], "postcode": "LD6 5ZZ"},
        "contact_methods": [
            {
                "kind": "mobile",
                "value": CANARY_NUMBER,
                "code_word": CANARIES["code_word"],
            }
        ],
        "person_causing_harm": {"name": CANARIES["harm"]},
    }


def canary_plan() -> dict:
    return {
        "template": "has_left",
        "items": [{"section": "pets", "text": CANARIES["plan"], "personal_copy": True}],
    }


def _needles() -> list[bytes]:
    out: list[bytes] = []
    for text in [*CANARIES.values(), CANARY_DIGITS]:
        out += [text.encode("utf-8"), text.encode("utf-16-le"), json.dumps(text).encode("ascii")]
    return out


NEEDLES = _needles()


class Machine:
    """The folders of one test's private machine."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / "tmp"
        self.home = root / "home"
        self.cache = root / "home" / ".cache"
        self.config = root / "home" / ".config"
        self.data = root / "home" / ".local" / "share"
        self.state = root / "home" / ".local" / "state"
        self.runtime = root / "run"
        self.inputs = root / "inputs"  # what the test itself writes for the CLI to read: not the app's
        self.exports = root / "exports"
        self.asked: set[Path] = set()  # PDFs a person asked for: allowed to hold the plan's words
        for folder in (self.tmp, self.cache, self.config, self.data, self.state, self.runtime, self.inputs):
            folder.mkdir(parents=True, exist_ok=True)
        self.runtime.chmod(0o700)
        self.exports.mkdir(exist_ok=True)

    def redirect(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for name, folder in (
            ("TMPDIR", self.tmp),
            ("HOME", self.home),
            ("XDG_CACHE_HOME", self.cache),
            ("XDG_CONFIG_HOME", self.config),
            ("XDG_DATA_HOME", self.data),
            ("XDG_STATE_HOME", self.state),
            ("XDG_RUNTIME_DIR", self.runtime),
        ):
            monkeypatch.setenv(name, str(folder))
        monkeypatch.setattr(tempfile, "tempdir", str(self.tmp))

    def input_file(self, name: str, doc: object) -> Path:
        path = self.inputs / name
        path.write_text(json.dumps(doc), encoding="utf-8")
        return path

    def files(self, extra: Iterable[Path] = ()) -> list[Path]:
        """Every file of the machine (and ``extra`` folders) but the test's own inputs and the asked-for PDFs."""
        found = []
        for top in [self.root, *extra]:
            for path in top.rglob("*"):
                if path.is_symlink() or not path.is_file() or self.inputs in path.parents or path in self.asked:
                    continue
                found.append(path)
        return found

    def leaks(self, extra: Iterable[Path] = ()) -> list[str]:
        out = []
        for path in self.files(extra):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            hits = [n for n in NEEDLES if n in data]
            if hits:
                out.append(f"{path.relative_to(self.root) if self.root in path.parents else path}: {hits[0]!r}")
        return out
