"""A store folder is its owner's alone: init refuses a folder other users can write to, and doctor says when the
folder or a file in it is open to others and, with --fix-permissions, makes them private."""

from __future__ import annotations

import json
import os
import stat

import pytest

from safetyworker.store import permissions
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="owner/group/other modes are POSIX")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("loose", [0o777, 0o770, 0o757])
def test_init_refuses_a_folder_others_can_write_and_makes_nothing(cli, store_dir, loose):
    store_dir.mkdir()
    os.chmod(store_dir, loose)
    code, out, err = cli("init")
    assert code == 1 and out == ""
    assert err.startswith("safetyworker: ") and err.count("\n") == 1
    assert "Other users of this computer can change the folder" in err and "chmod 700" in err
    assert list(store_dir.iterdir()) == [] and mode(store_dir) == loose, "nothing made, nothing changed"


def test_a_folder_others_can_only_read_is_made_private_at_init(cli, store_dir):
    store_dir.mkdir()
    os.chmod(store_dir, 0o755)
    assert cli("init")[0] == 0
    assert mode(store_dir) == 0o700
    assert all(mode(p) & 0o077 == 0 for p in store_dir.iterdir())
    assert permissions.problems(store_dir) == []


def test_doctor_reports_a_loose_store_then_fixes_it(cli_store, store_dir):
    os.chmod(store_dir, 0o777)
    os.chmod(store_dir / "keyslots.json", 0o644)
    code, out, _ = cli_store("doctor")
    assert code == 1
    assert "others can change it" in out and "others can read it" in out
    assert "safetyworker doctor --fix-permissions" in out
    code, out, _ = cli_store("--json", "doctor")
    report = json.loads(out)
    assert code == 1 and report["healthy"] is False and len(report["permissions"]) == 2

    code, out, _ = cli_store("--json", "doctor", "--fix-permissions")
    report = json.loads(out)
    assert code == 0 and report["healthy"] is True and report["permissions"] == "ok"
    assert sorted(report["permissions_fixed"]) == sorted([str(store_dir), str(store_dir / "keyslots.json")])
    assert mode(store_dir) == 0o700 and mode(store_dir / "keyslots.json") == 0o600
    Store.unlock(store_dir, PASSPHRASE).close()
    code, out, _ = cli_store("doctor")
    assert code == 0 and "The store is healthy." in out


def test_doctor_never_changes_a_folder_that_holds_no_store(cli, tmp_path):
    mine = tmp_path / "documents"
    mine.mkdir()
    (mine / "letter.txt").write_text("mine")
    os.chmod(mine / "letter.txt", 0o644)
    from safetyworker.cli.main import main

    main(["--store", str(mine), "doctor", "--fix-permissions"])
    assert mode(mine / "letter.txt") == 0o644
