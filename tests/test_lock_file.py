"""requirements.lock is what every install of the app and its tests is made from (make setup, CI, the installers).

A lock without hashes lets a swapped file on the package index into a safety worker's laptop build; a lock that
lacks a package breaks a fresh install (pip's --require-hashes refuses anything unpinned); a lock with stray
packages installs code nobody asked for. These tests read the files and the installed packages' own metadata
only: no network.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker, default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
BUILD_LOCK = ROOT / "installer" / "requirements-build.txt"
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}$")
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;]+)\s*(?:;\s*(?P<marker>.+))?$")

# What pip would see on a worker's laptop or a build machine of each kind (Python 3.11, the oldest supported).
PLATFORMS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "macos": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
}
PY311 = {"python_version": "3.11", "python_full_version": "3.11.0", "implementation_name": "cpython"}
PY311 |= {"platform_python_implementation": "CPython"}


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    marker: Marker | None
    hashes: tuple[str, ...]

    def applies(self, env: dict[str, str]) -> bool:
        return self.marker is None or self.marker.evaluate(env)


def read_lock(path: Path) -> dict[str, Pin]:
    """The pins of a pip requirements file, one per package, with their hashes (continuation lines joined)."""
    text = re.sub(r"\\\n", " ", path.read_text())
    pins: dict[str, Pin] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(" --hash=")
        head, hashes = parts[0].strip(), tuple("--hash=" + h.strip() for h in parts[1:])
        match = PIN.match(head)
        assert match, f"{path.name}: not pinned with ==: {head!r}"
        name = canonicalize_name(match["name"])
        assert name not in pins, f"{path.name}: {name} pinned twice"
        marker = Marker(match["marker"]) if match["marker"] else None
        pins[name] = Pin(name, match["version"], marker, hashes)
    return pins


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def roots() -> list[Requirement]:
    """What the lock is made for: the app's dependencies, the test extra and the build backend (make setup
    installs the project with --no-build-isolation, so hatchling, PySide6 and the `editables` hatchling asks for
    to install editable must come from the lock)."""
    project = pyproject()
    specs = [*project["project"]["dependencies"], *project["project"]["optional-dependencies"]["test"]]
    specs += [*project["build-system"]["requires"], "editables~=0.3"]
    return [Requirement(s) for s in specs]


def requires(name: str, extras: set[str], env: dict[str, str]) -> list[Requirement]:
    """A package's own dependencies on a platform, from its installed metadata (platform-only packages that are
    not installed here, e.g. pywin32-ctypes on Linux, are leaves: none of them has dependencies)."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return []
    out = []
    for spec in dist.requires or []:
        req = Requirement(spec)
        if req.marker is None or any(req.marker.evaluate(env | {"extra": e}) for e in extras or {""}):
            out.append(req)
    return out


def needed(env: dict[str, str]) -> dict[str, Requirement]:
    """Every package an install from the lock needs on one platform, with the first requirement that asks."""
    found: dict[str, Requirement] = {}
    todo = [r for r in roots() if r.marker is None or r.marker.evaluate(env | {"extra": ""})]
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in found and req.extras <= found[name].extras:
            continue
        if name in found:
            req = Requirement(f"{name}[{','.join(sorted(found[name].extras | req.extras))}]")
        found[name] = req
        todo += requires(name, set(req.extras), env)
    return found


@pytest.fixture(scope="module")
def lock() -> dict[str, Pin]:
    return read_lock(LOCK)


def test_every_package_is_pinned_and_hashed(lock: dict[str, Pin]) -> None:
    assert lock, "requirements.lock is empty"
    for pin in lock.values():
        assert pin.hashes, f"{pin.name}=={pin.version} has no --hash=sha256: pip --require-hashes refuses it"
        assert all(HASH.match(h) for h in pin.hashes), f"{pin.name}: a hash that is not sha256: {pin.hashes}"


def test_every_dependency_of_the_project_is_locked_within_its_range(lock: dict[str, Pin]) -> None:
    for req in roots():
        pin = lock.get(canonicalize_name(req.name))
        assert pin is not None, f"{req} (pyproject.toml) is not in requirements.lock: run `make lock`"
        assert req.specifier.contains(pin.version, prereleases=True), f"{pin.name}=={pin.version} breaks {req}"


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_lock_installs_on_every_platform(lock: dict[str, Pin], platform: str) -> None:
    """A Windows or macOS build installs from the same lock: nothing it needs there may be missing."""
    env = PY311 | PLATFORMS[platform]
    for name, req in needed(env).items():
        assert name in lock, f"{req} (needed on {platform}) is not in requirements.lock: run `make lock`"
        assert lock[name].applies(env), f"{name} is needed on {platform}, but its marker leaves it out there"


def test_nothing_is_locked_that_no_platform_needs(lock: dict[str, Pin]) -> None:
    wanted = set().union(*(needed(PY311 | env) for env in PLATFORMS.values()))
    stray = sorted(set(lock) - wanted)
    assert not stray, f"requirements.lock holds packages nothing needs: {stray} (run `make lock`)"


def test_what_is_installed_here_is_what_the_lock_says(lock: dict[str, Pin]) -> None:
    """The environment running the tests was made from the lock (make setup): the same versions, and nothing
    else than the venv's own pip and setuptools, the project itself and the installers' build tools."""
    here = {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}
    for name, req in needed(dict(default_environment())).items():
        assert name in here, f"{name} ({req}) is locked but not installed: run `make setup`"
        assert here[name] == lock[name].version, f"{name} {here[name]} installed, {lock[name].version} locked"
    allowed = set(lock) | set(read_lock(BUILD_LOCK)) | {"pip", "setuptools", "safetyworker"}
    extra = sorted(set(here) - allowed)
    assert not extra, f"installed but not in requirements.lock: {extra} (an old venv: remove .venv, run make setup)"


def test_the_installer_build_tools_are_hashed_and_agree_with_the_lock(lock: dict[str, Pin]) -> None:
    """build_linux.sh installs them with `-c requirements.lock`: a hashed constraint turns pip's hash checking
    on, so they need hashes too, and a package in both files must have one version."""
    tools = read_lock(BUILD_LOCK)
    assert "pyinstaller" in tools
    for pin in tools.values():
        assert pin.hashes, f"installer/requirements-build.txt: {pin.name} has no hash"
        if pin.name in lock:
            assert pin.version == lock[pin.name].version, f"{pin.name}: two versions in the two lock files"


def test_make_setup_installs_only_hashed_packages() -> None:
    """The recipe the README's `make test` and CI's .ci/run go through: every pip install in it is either
    hash-checked from the lock or the project alone (--no-deps, no build isolation: nothing downloaded)."""
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("$(BIN)/safetyworker:", 1)[1].split("\n\n", 1)[0]
    installs = [line for line in recipe.splitlines() if "pip install" in line]
    assert installs
    for line in installs:
        hashed = "--require-hashes -r requirements.lock" in line
        project_only = "--no-deps" in line and "--no-build-isolation" in line and "-e " in line
        assert hashed or project_only, f"make setup installs without hash checking: {line.strip()}"
