"""The bench that measures issue 18's sync and bulk-write rows still runs end to end (a bench nobody runs rots:
bench_sync.py stopped working when the office began holding a laptop's first bundle until its words were
confirmed). Tiny sizes: this checks that it works, not how fast."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_every_row_is_measured_against_its_goal(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    env.pop("SAFETYWORKER_PASSPHRASE", None)
    done = subprocess.run(
        [sys.executable, "bench/bench_bulk.py", "--cases", "20", "--runs", "1", "--new-cases", "5"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    for row in ("Full bundle export / read floor", "Full first import at the office / write floor"):
        assert row in out
    assert out.count("\n  ratio ") == 4, out
    assert "Laptop purge after the office's answer" in out
    assert "goal: <= 5 s" in out
    assert list(tmp_path.iterdir()) == [], "the bench leaves no store behind"
