"""The real key-derivation settings, once: slow (a few seconds), but it is what protects real stores."""

from __future__ import annotations

import json
import time

import pytest

from safetyworker.keys import kdf
from safetyworker.store.vault import SLOTS_NAME, Store

from .conftest import PASSPHRASE


@pytest.mark.slow
def test_real_kdf_parameters_meet_the_design(store_dir, monkeypatch, memory_keyring):
    monkeypatch.delenv(kdf.FAST_KDF_ENV)
    Store.create(store_dir, PASSPHRASE).close()
    slots = json.loads((store_dir / SLOTS_NAME).read_text())["slots"]
    assert slots["everyday"]["kdf"]["m"] >= 64 * 1024
    assert slots["recovery"]["kdf"]["m"] >= 512 * 1024
    started = time.perf_counter()
    Store.unlock(store_dir, PASSPHRASE).close()
    assert time.perf_counter() - started > 0.1, "the everyday slot costs a guesser real time"
    memory_keyring.entries.clear()
    with Store.unlock(store_dir, PASSPHRASE) as store:
        assert store.recovered
