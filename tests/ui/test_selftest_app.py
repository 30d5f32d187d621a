"""``safetyworker-desktop --self-test`` through the real entry point, offscreen, with the real key derivation."""

from __future__ import annotations

import tempfile

import pytest

from safetyworker.ui import app


@pytest.mark.slow
def test_self_test_through_the_desktop_entry_point(qapp, tmp_path, monkeypatch, capsys, memory_keyring):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    code = app.main(["--self-test"])
    out = capsys.readouterr().out
    assert code == 0, out
    lines = out.splitlines()
    titles = ("create an office store", "print the pocket card", "preview a plan (QtPdf)", "print a plan (QPrinter)")
    for title in titles:
        assert any(line.startswith(f"ok      {title}") for line in lines), out
    assert lines[-1].startswith("self-test passed: ")
    assert not any(p.name.startswith("safetyworker-selftest-") for p in tmp_path.iterdir())
    assert memory_keyring.entries == {}
