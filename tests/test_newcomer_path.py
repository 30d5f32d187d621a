"""The newcomer path: the README leads to a design document inside the repository, `make demo` says what it is
doing while it sets up, and without a display it ends cleanly (status 0) after the app's own one clear line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _links(doc: Path) -> list[str]:
    return [target for target in LINK.findall(doc.read_text(encoding="utf-8")) if "://" not in target]


def test_the_readme_leads_first_to_the_projects_own_design_document():
    assert _links(ROOT / "README.md")[0] == "docs/design.md"
    design = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    assert "## Safety principles" in design and "## Architecture" in design


@pytest.mark.parametrize("doc", ["README.md", "docs/design.md"])
def test_every_link_points_at_a_file_in_the_repository(doc):
    path = ROOT / doc
    for target in _links(path):
        resolved = (path.parent / target).resolve()
        assert resolved.is_relative_to(ROOT), f"{doc} links outside the repository: {target}"
        assert resolved.exists(), f"{doc} links to {target}, which is not in the repository"
    assert "shared/DESIGN.md" not in path.read_text(encoding="utf-8")


@needs_make
def test_setup_says_what_it_is_doing_before_each_step():
    dry = subprocess.run(["make", "-n", "-B", "setup"], cwd=ROOT, capture_output=True, text=True, check=True)
    lines = dry.stdout.splitlines()
    steps = [i for i, line in enumerate(lines) if "venv" in line.split()[:3] or "pip install" in line]
    assert steps
    for i in steps:
        assert lines[i - 1].startswith("echo "), f"no message before: {lines[i]}"
    big = next(line for line in lines if "requirements.lock" in line and "pip install" in line)
    assert "--quiet" not in big, "the long install shows pip's progress"


@needs_make
@pytest.mark.skipif(not (ROOT / ".venv/bin/safetyworker-desktop").exists(), reason="no .venv set up by make")
def test_make_demo_without_a_display_ends_cleanly(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)  # nothing of a real user's is read or written
    # -o: the venv this test runs in is the one set up; make must not try to set it up again
    result = subprocess.run(
        ["make", "-o", ".venv/bin/safetyworker", "demo"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no display found" in result.stderr
    assert "make demo-cli" in result.stdout
    assert "Error" not in result.stdout + result.stderr


IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


@pytest.mark.parametrize("doc", ["README.md", "docs/design.md"])
def test_every_image_shown_is_a_picture_in_the_repository(doc):
    """A screenshot the README shows must be there and be a PNG: a renamed or half-written one shows as a
    broken image to the newcomer reading it."""
    path = ROOT / doc
    images = IMAGE.findall(path.read_text(encoding="utf-8"))
    assert images or doc != "README.md"
    for target in images:
        resolved = (path.parent / target).resolve()
        assert resolved.is_relative_to(ROOT), f"{doc} shows an image outside the repository: {target}"
        assert resolved.is_file(), f"{doc} shows {target}, which is not in the repository"
        assert resolved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{doc} shows {target}, which is not a PNG"
