"""The installation self-test (``safetyworker-desktop --self-test``), core steps run in-process.

The test suite runs them with the cheap key derivation (``fast_kdf=True``); a real run always uses the real
parameters, which ``tests/ui/test_selftest_app.py`` covers through the desktop entry point.
"""

from __future__ import annotations

import io
import os
import tempfile

import pytest

from safetyworker import selftest
from safetyworker.keys import kdf
from safetyworker.keys.kdf import FAST_KDF_ENV
from safetyworker.selftest import Check, Step


@pytest.fixture
def temp_root(tmp_path, monkeypatch):
    """The self-test's temporary folder goes under tmp_path, so a test can see it was removed."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def test_core_steps_pass_and_leave_nothing_behind(temp_root, memory_keyring):
    out = io.StringIO()
    report = selftest.run(fast_kdf=True, out=out)
    lines = out.getvalue().splitlines()
    assert report.ok, out.getvalue()
    assert report.exit_code == 0
    assert len(lines) == len(selftest.CORE_STEPS) + 1
    assert all(line.startswith("ok      ") for line in lines[:-1]), out.getvalue()
    assert lines[-1].startswith(f"self-test passed: {len(selftest.CORE_STEPS)} steps in ")
    assert "print the pocket card" in out.getvalue()
    assert list(temp_root.iterdir()) == [], "the temporary folder is removed"
    assert memory_keyring.entries == {}, "the device secrets it made are taken out of the keyring again"


def test_the_stores_use_the_os_keyring_when_there_is_one(temp_root):
    out = io.StringIO()
    selftest.run(fast_kdf=True, out=out)
    assert "create an office store: device secret in the OS keyring" in out.getvalue()


def test_a_failure_is_one_line_and_what_needs_it_is_skipped(temp_root, capsys, monkeypatch):
    monkeypatch.delenv("SAFETYWORKER_DEBUG", raising=False)

    def broken(_ctx):
        raise RuntimeError("the plugin went missing\nsecond line")

    def finding(_ctx):
        raise Check("the icons do not draw")

    steps = (
        Step("a", "first thing", broken),
        Step("b", "second thing", lambda _ctx: "fine", ("a",)),
        Step("c", "third thing", finding),
        Step("d", "fourth thing", lambda _ctx: None),
    )
    out = io.StringIO()
    report = selftest.run(fast_kdf=True, out=out, steps=steps)
    assert report.exit_code == 1
    assert out.getvalue().splitlines() == [
        "FAILED  first thing: RuntimeError: the plugin went missing",
        "skipped second thing (needs: a)",
        "FAILED  third thing: the icons do not draw",
        out.getvalue().splitlines()[3],
        out.getvalue().splitlines()[4],
    ]
    assert out.getvalue().splitlines()[3].startswith("ok      fourth thing (")
    assert out.getvalue().splitlines()[4].startswith("self-test FAILED: 3 of 4 steps did not pass")
    assert "Traceback" not in capsys.readouterr().err


def test_debug_shows_the_traceback(temp_root, capsys, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_DEBUG", "1")

    def broken(_ctx):
        raise RuntimeError("kaput")

    report = selftest.run(fast_kdf=True, out=io.StringIO(), steps=(Step("a", "thing", broken),))
    assert not report.ok
    assert "Traceback" in capsys.readouterr().err


def test_real_key_derivation_unless_told_otherwise():
    assert os.environ[FAST_KDF_ENV] == "1"  # set by conftest for the suite
    with selftest.kdf_mode(fast=False):
        assert kdf.everyday_params() == kdf.EVERYDAY, "the variable is overridden in-process"
        assert os.environ[FAST_KDF_ENV] == "1", "and the environment is left alone"
    assert kdf.fast_mode(), "restored afterwards"
    os.environ.pop(FAST_KDF_ENV)
    try:
        with selftest.kdf_mode(fast=True):
            assert kdf.fast_mode(), "asked for in-process, not through the environment"
        assert not kdf.fast_mode()
    finally:
        os.environ[FAST_KDF_ENV] = "1"


def test_a_failing_step_still_cleans_up(temp_root, memory_keyring):
    def boom(_ctx):
        raise RuntimeError("stop here")

    steps = (*selftest.CORE_STEPS[:6], Step("boom", "boom", boom))
    report = selftest.run(fast_kdf=True, out=io.StringIO(), steps=steps)
    assert not report.ok
    assert list(temp_root.iterdir()) == []
    assert memory_keyring.entries == {}
