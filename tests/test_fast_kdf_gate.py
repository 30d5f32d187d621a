"""The cheap test key settings exist for the test suite alone: a frozen app or an installed package ignores the
variable, so a stray ``SAFETYWORKER_INSECURE_FAST_KDF=1`` can never make a real store easy to guess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import safetyworker
from safetyworker import selftest
from safetyworker.errors import StoreDamaged
from safetyworker.keys import kdf
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE

PROBE = "import safetyworker.keys.kdf as k; print(k.__file__); print(k.fast_mode(), k.everyday_params().memory_kib)"


def probe(pythonpath: Path | None = None, cwd: Path | None = None) -> tuple[str, str]:
    env = dict(os.environ, **{kdf.FAST_KDF_ENV: "1"})
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, cwd=cwd, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return out[0], out[1]


def test_the_suite_and_its_cli_subprocesses_get_the_cheap_settings():
    assert kdf.fast_mode()
    _where, answer = probe()
    assert answer == "True 8192"


def test_a_frozen_app_ignores_the_variable(store_dir, monkeypatch):
    Store.create(store_dir, PASSPHRASE).close()  # made with the cheap settings, as the suite does
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert os.environ[kdf.FAST_KDF_ENV] == "1"
    assert not kdf.fast_mode()
    assert kdf.everyday_params() == kdf.EVERYDAY
    assert kdf.recovery_params() == kdf.RECOVERY
    with pytest.raises(StoreDamaged, match="test settings"):
        Store.unlock(store_dir, PASSPHRASE)


def test_the_frozen_self_test_uses_the_real_settings_even_when_asked_for_cheap_ones(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with selftest.kdf_mode(fast=True):
        assert kdf.everyday_params() == kdf.EVERYDAY


def test_an_installed_package_ignores_the_variable(tmp_path):
    site = tmp_path / "site-packages"
    shutil.copytree(
        Path(safetyworker.__file__).parent, site / "safetyworker", ignore=shutil.ignore_patterns("__pycache__")
    )
    where, answer = probe(pythonpath=site, cwd=tmp_path)
    assert where.startswith(str(site)), "the probe ran the installed copy"
    assert answer == f"False {kdf.EVERYDAY.memory_kib}"
