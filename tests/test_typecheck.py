"""The core's types are checked strictly (``make typecheck``, run by ``make test``).

A value of the wrong type in the code that opens a store, merges a bundle or prints a plan reaches a worker as a
crash or, worse, as a wrong record. mypy --strict finds those before they ship: these tests keep the core (all
of safetyworker/ but ui/ and cli/) passing it and the front ends passing plain mypy, and keep the configuration
from quietly loosening the check for a core module or leaving a front end out.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "pyproject.toml"
#: The front ends: plain mypy (their override turns strict off).
FRONT_ENDS = {"safetyworker.ui.*", "safetyworker.cli.*"}
#: The per-module settings that --strict turns on.
STRICT_FLAGS = {
    "disallow_any_generics",
    "disallow_subclassing_any",
    "disallow_untyped_calls",
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "check_untyped_defs",
    "disallow_untyped_decorators",
    "warn_return_any",
    "warn_unused_ignores",
    "no_implicit_reexport",
    "strict_equality",
    "extra_checks",
}


def _mypy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[str, int]:
    monkeypatch.chdir(ROOT)  # the configuration's paths are the checkout's
    out, err, status = api.run(["--config-file", str(CONFIG), "--cache-dir", str(tmp_path / "cache"), *args])
    return out + err, status


@pytest.mark.slow  # a whole uncached mypy run: about 4 s here
def test_the_core_passes_mypy_strict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """And the front ends plain mypy: the run checks all of safetyworker/ but the generated ui/forms/."""
    report, status = _mypy(tmp_path, monkeypatch)
    assert status == 0, report
    assert "Success: no issues found" in report


def test_the_check_is_strict_outside_the_front_ends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A function without types, anywhere but ui/ and cli/, fails the check."""
    module = tmp_path / "untyped.py"
    module.write_text("def untyped(x):\n    return x\n")
    report, status = _mypy(tmp_path, monkeypatch, str(module))
    assert status == 1
    assert "[no-untyped-def]" in report


def test_only_the_front_ends_are_let_off_strict() -> None:
    mypy = tomllib.loads(CONFIG.read_text())["tool"]["mypy"]
    assert mypy["strict"] is True
    assert "safetyworker" in mypy["files"]
    assert set(mypy.get("exclude", [])) <= {"^safetyworker/ui/forms/"}  # only the generated Designer code
    for override in mypy.get("overrides", []):
        loosened = {flag for flag in STRICT_FLAGS if override.get(flag) is False}
        loosened |= {"ignore_errors", "follow_imports"} & override.keys()
        if loosened:
            assert set(override["module"]) <= FRONT_ENDS, (override["module"], loosened)
