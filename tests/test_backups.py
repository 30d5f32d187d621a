"""Backups and restore through the command line: encrypted, neutral, checked, rotated, and a restore that never
overwrites a store by accident (docs/backups.md)."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
from pathlib import Path

import keyring
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safetyworker.errors import EnvironmentProblem
from safetyworker.services import door
from safetyworker.store import backup
from tests.conftest import PASSPHRASE, MemoryKeyring

CANARY_NAME = "Zephyrine Quillbottom"
CANARY_NOTE = "canary-note-7Hq2 lives at 14 Wrenfield Close"
CANARIES = (CANARY_NAME.encode(), b"Quillbottom", b"canary-note-7Hq2", b"Wrenfield", b"07700 900123", b"07700900123")
NAME = re.compile(r"backup-\d{8}-\d{6}(-\d+)?\.enc")


@pytest.fixture
def filled(cli_store, tmp_path):
    """A store with one case full of canaries, and an empty folder for backups."""
    case = tmp_path / "case.json"
    case.write_text(
        json.dumps(
            {
                "preferred_name": CANARY_NAME,
                "locality": "Wrenfield",
                "contact_methods": [{"kind": "mobile", "value": "07700 900123"}],
            }
        )
    )
    code, out, err = cli_store("case", "add", str(case), "--json")
    assert code == 0, err
    case_id = json.loads(out)[0]["id"]
    code, _out, err = cli_store(
        "log", "add", case_id, "--outcome", "visit_done", "--channel", "visit", "--note", "-", stdin=CANARY_NOTE
    )
    assert code == 0, err
    folder = tmp_path / "backups"
    folder.mkdir()
    return cli_store, folder, case_id


def backup_now(cli, folder) -> dict:
    code, out, err = cli("backup", "--to", str(folder), "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_backup_is_one_neutral_encrypted_file_checked_after_writing(filled):
    cli, folder, _case_id = filled
    made = backup_now(cli, folder)
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 1 and NAME.fullmatch(files[0]), files
    assert made["verified"] is True and made["file"].endswith(files[0])
    data = (folder / files[0]).read_bytes()
    lowered = data.lower()
    for canary in CANARIES:
        assert canary.lower() not in lowered, canary
    for word in (b"safety", b"domestic", b"abuse", b"sqlite format"):
        assert word not in lowered, word
    assert (folder / files[0]).stat().st_mode & 0o077 == 0
    _code, out, _err = cli("settings", "show", "--json")
    assert json.loads(out)["last_backup_at"] == made["created_at"]


def test_restore_on_a_new_laptop_opens_with_the_passphrase_alone(filled, tmp_path, cli, monkeypatch):
    cli_store, folder, case_id = filled
    made = backup_now(cli_store, folder)
    new_laptop = MemoryKeyring()  # the old laptop (and its keyring) is lost
    keyring.set_keyring(new_laptop)
    target = tmp_path / "new-laptop-store"
    code, out, err = cli("restore", made["file"], "--into", str(target), "--json")
    assert code == 0, err
    assert json.loads(out)["replaced_store_moved_to"] is None
    assert new_laptop.entries, "the restored store has a device secret in the new laptop's keyring"
    with door.open_session(target, PASSPHRASE) as session:
        assert session.unlocked(session.cases).get(case_id).preferred_name == CANARY_NAME
        assert session.store is not None
        actions = [
            r[0]
            for r in session.store.db.execute("SELECT action FROM audit_event ORDER BY seq")
            if r[0] not in ("store.unlock", "store.lock")  # opening it to look is recorded too
        ]
        assert actions[-2:] == ["backup.restore", "case.view"]
        assert session.unlocked(session.settings).check()["healthy"]


def test_a_backup_opens_with_the_passphrase_it_was_made_with(filled, tmp_path, cli, monkeypatch):
    cli_store, folder, _case_id = filled
    made = backup_now(cli_store, folder)
    monkeypatch.setenv("SAFETYWORKER_NEW_PASSPHRASE", "another quite long passphrase for later")
    assert cli_store("passphrase", "change")[0] == 0
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", "another quite long passphrase for later")
    target = tmp_path / "restored"
    code, _out, err = cli("restore", made["file"], "--into", str(target))
    assert code == 3 and "passphrase the store had when the backup was made" in err
    assert not target.exists()
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    assert cli("restore", made["file"], "--into", str(target))[0] == 0


def test_restore_never_replaces_a_store_without_replace_and_a_second_yes(filled, store_dir, monkeypatch):
    cli, folder, case_id = filled
    made = backup_now(cli, folder)
    before = {p.name: p.read_bytes() for p in store_dir.iterdir()}
    code, _out, err = cli("restore", made["file"], "--into", str(store_dir))
    assert code == 1 and "already exists" in err
    code, _out, err = cli("restore", made["file"], "--into", str(store_dir), "--replace")
    assert code == 1 and "--yes-replace-store" in err  # not a terminal: the typed yes cannot be given
    code, _out, err = cli("restore", made["file"], "--into", str(store_dir), "--yes-replace-store")
    assert code == 1 and "goes with --replace" in err
    assert {p.name: p.read_bytes() for p in store_dir.iterdir()} == before

    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda _label: "no")
    code, _out, err = cli("restore", made["file"], "--into", str(store_dir), "--replace")
    assert code == 1 and "Not replaced" in err
    assert {p.name: p.read_bytes() for p in store_dir.iterdir()} == before

    monkeypatch.setattr("builtins.input", lambda _label: "replace")
    code, out, err = cli("restore", made["file"], "--into", str(store_dir), "--replace", "--json")
    assert code == 0, err
    moved = json.loads(out)["replaced_store_moved_to"]
    assert moved and moved.startswith(str(store_dir) + "-before-restore-")
    with door.open_session(moved, PASSPHRASE) as old:  # the replaced store is whole where it was moved
        assert old.unlocked(old.cases).get(case_id).preferred_name == CANARY_NAME
    with door.open_session(store_dir, PASSPHRASE) as restored:
        assert restored.unlocked(restored.cases).get(case_id).preferred_name == CANARY_NAME


def test_restore_refuses_a_folder_holding_other_files(filled, tmp_path):
    cli, folder, _case_id = filled
    made = backup_now(cli, folder)
    target = tmp_path / "documents"
    target.mkdir()
    (target / "letter.txt").write_text("mine")
    code, _out, err = cli("restore", made["file"], "--into", str(target))
    assert code == 1 and "not empty" in err
    assert [p.name for p in target.iterdir()] == ["letter.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli("restore", made["file"], "--into", str(empty))[0] == 0


@pytest.mark.parametrize("damage", ["flip-database", "cut-short", "longer", "header", "foreign", "text", "empty"])
def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(filled, tmp_path, damage):
    cli, folder, _case_id = filled
    made = backup_now(cli, folder)
    path = tmp_path / "copy.enc"
    data = bytearray(Path(made["file"]).read_bytes())
    if damage == "flip-database":
        data[-5000] ^= 0x01
    elif damage == "cut-short":
        data = data[:-4096]
    elif damage == "longer":
        data += b"\0" * 4096
    elif damage == "header":
        data = data.replace(b'"schema_version": ', b'"schema_version": 9', 1)
    elif damage == "foreign":
        data = bytearray(b"\x00" * 8192)
    elif damage == "text":
        data = bytearray(b"ENCRYPTED-BACKUP/1\nhello")
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    target = tmp_path / "restored"
    code, _out, err = cli("restore", str(path), "--into", str(target))
    assert code == 4, err
    assert "nothing was changed" in err.lower()
    assert not target.exists()
    assert "Traceback" not in err


def test_rotation_keeps_the_newest_and_touches_nothing_else(filled, tmp_path, cli, monkeypatch):
    cli_store, folder, _case_id = filled
    assert cli_store("settings", "set", "backup-keep", "2")[0] == 0
    others = {
        "holiday.jpg": b"not ours",
        "backup-20200101-000000.enc": b"named like ours, but not a backup",
        ".backup-partial-but-a-folder": None,
    }
    for name, content in others.items():
        if content is None:
            (folder / name).mkdir()
        else:
            (folder / name).write_bytes(content)
    # another store's backup in the same folder is not this store's to rotate
    keyring.set_keyring(MemoryKeyring())
    other_store = tmp_path / "other"
    monkeypatch.setattr("sys.argv", ["safetyworker"])
    assert cli("--store", str(other_store), "init")[0] == 0
    foreign = backup_now(lambda *a: cli("--store", str(other_store), *a), folder)["file"]

    made = [backup_now(cli_store, folder)["file"] for _ in range(4)]
    ours = sorted(p.name for p in folder.iterdir() if NAME.fullmatch(p.name) and str(folder / p.name) != foreign)
    ours.remove("backup-20200101-000000.enc")
    assert {str(folder / n) for n in ours} == set(made[-2:])
    for name, content in others.items():
        assert (folder / name).exists() and (content is None or (folder / name).read_bytes() == content)
    assert (folder / foreign.rsplit("/", 1)[-1]).exists()


def test_backup_refuses_bad_places(filled, store_dir, tmp_path):
    cli, _folder, _case_id = filled
    code, _out, err = cli("backup")
    assert code == 2 and "--to" in err
    code, _out, err = cli("backup", "--to", str(tmp_path / "missing"))
    assert code == 1 and "no folder" in err
    code, _out, err = cli("backup", "--to", str(store_dir))
    assert code == 1 and "store folder" in err
    assert sorted(p.name for p in store_dir.iterdir() if p.name.startswith(("backup", ".backup"))) == []
    code, _out, err = cli("settings", "set", "backup-keep", "0")
    assert code == 2
    code, _out, err = cli("settings", "set", "backup-schedule", "hourly")
    assert code == 2


def test_leftovers_of_an_interrupted_backup_are_cleared_next_time(filled):
    cli, folder, _case_id = filled
    (folder / ".backup-partial-0123456789abcdef").write_bytes(b"half")
    backup_now(cli, folder)
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_are_a_backup_or_a_plain_refusal(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("h") / "x.enc"
    path.write_bytes(backup.MAGIC + data if data[:1] == b"\x00" else data)
    with contextlib.suppress(EnvironmentProblem):
        backup.read_header(path)


def test_a_restore_that_fails_half_way_puts_the_replaced_store_back(filled, store_dir, monkeypatch, tmp_path):
    cli, folder, _case_id = filled
    made = backup_now(cli, folder)
    before = {p.name: p.read_bytes() for p in store_dir.iterdir()}
    real_replace = os.replace

    def disk_full(src, dst):
        if str(dst).endswith(backup.SLOTS_NAME):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(backup.os, "replace", disk_full)
    code, _out, err = cli("restore", made["file"], "--into", str(store_dir), "--replace", "--yes-replace-store")
    assert code == 1 and "No space left" in err, err
    assert {p.name: p.read_bytes() for p in store_dir.iterdir()} == before
    assert [p.name for p in store_dir.parent.iterdir() if "before-restore" in p.name] == []
    fresh = tmp_path / "fresh"
    code, _out, err = cli("restore", made["file"], "--into", str(fresh))
    assert code == 1 and not fresh.exists()


def test_names_in_the_same_second_keep_their_order_after_rotation(tmp_path):
    from datetime import UTC, datetime

    now = datetime(2026, 12, 7, 3, 15, tzinfo=UTC)
    (tmp_path / "backup-20261207-031500-2.enc").write_bytes(b"")  # the first was rotated away, the second kept
    assert backup.final_name(tmp_path, now).name == "backup-20261207-031500-3.enc"
    assert backup.final_name(tmp_path / "..", now).parent == tmp_path / ".."


def test_a_backup_whose_key_file_asks_for_absurd_key_settings_is_refused_at_once(filled, tmp_path):
    import base64
    import time

    cli, folder, _case_id = filled
    made = Path(backup_now(cli, folder)["file"])
    header = backup.read_header(made)
    slots = json.loads(header.key_slots)
    slots["slots"]["recovery"]["kdf"]["m"] = 2**40
    doc = header.to_json()
    doc["key_slots"] = base64.b64encode(json.dumps(slots).encode()).decode()
    raw = json.dumps(doc).encode()
    data = made.read_bytes()[header.offset :]
    hostile = tmp_path / "hostile.enc"
    hostile.write_bytes(backup.MAGIC + len(raw).to_bytes(4, "big") + raw + data)
    started = time.monotonic()
    code, _out, err = cli("restore", str(hostile), "--into", str(tmp_path / "r"))
    assert code == 4 and "damaged" in err
    assert time.monotonic() - started < 5
    assert not (tmp_path / "r").exists()


def test_the_backup_folder_is_a_store_setting_the_cli_uses(filled, store_dir):
    cli, folder, _case_id = filled
    code, _out, err = cli("settings", "set", "backup-folder", str(store_dir))
    assert code == 1 and "store folder" in err
    code, out, err = cli("settings", "set", "backup-folder", str(folder), "--json")
    assert code == 0 and json.loads(out) == {"backup-folder": str(folder)}, err
    assert cli("backup")[0] == 0
    assert len([p for p in folder.iterdir() if NAME.fullmatch(p.name)]) == 1
    code, out, _err = cli("settings", "set", "backup-folder", "none", "--json")
    assert json.loads(out) == {"backup-folder": None}
    assert cli("backup")[0] == 2
