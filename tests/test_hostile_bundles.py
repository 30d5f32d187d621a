"""Hostile bundles that get past the signature check: made with a real enrolled laptop's keys (as a stolen laptop,
or a laptop with a bug, could make them), then refused with a plain message (exit 6), nothing changed, and
without exhausting the office's computer.

Each of these ended in the bug exit (70), ran for half a minute at 4 GB, or grew memory without limit.
"""

from __future__ import annotations

import base64
import gzip
import os
import subprocess
import sys
import textwrap
import time
import zlib
from pathlib import Path
from typing import Any

import pyrage
import pytest

from safetyworker.store.vault import new_id
from safetyworker.sync import container
from safetyworker.sync.container import MAGIC, BadBundle
from safetyworker.sync.keys import KeyPair

from .sync_world import PASSPHRASE, World, store_fingerprint
from .test_sync_bundles import assert_refused, forge, laptop_manifest, office_import_cli, office_recipient, open_as


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    yield w
    w.close()


def ash_keys(world: World) -> KeyPair:
    keys = KeyPair.load(world.laptops["Ash"])
    assert keys is not None
    return keys


def refused_and_unchanged(world: World, path: Path, capsys, says: str = "") -> None:
    """Refused with a plain message and nothing changed, but for the audit entry of a refusal (a bundle that got
    past the signature is recorded: issue 12, "recorded in the audit")."""
    before = store_fingerprint(world.office)
    assert_refused(*office_import_cli(world, path, capsys), says)
    after = store_fingerprint(world.office)
    audit_before, audit_after = (sorted(d.pop("audit_event")) for d in (before, after))  # in order of seq
    assert after == before
    assert audit_after[: len(audit_before)] == audit_before
    assert {row[3] for row in audit_after[len(audit_before) :]} <= {"bundle.refused"}


def seal_raw(manifest_line: bytes, packed: bytes, signer: KeyPair, recipient: str) -> bytes:
    """A bundle whose manifest line is any bytes at all, properly signed and encrypted."""
    inner = b"".join((MAGIC, manifest_line, b"\n", base64.b64encode(signer.sign(manifest_line)), b"\n", packed))
    return pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(recipient)])


# -- manifests --------------------------------------------------------------------------------------------------


def test_a_manifest_nested_100000_deep_is_damaged_not_a_bug(world, tmp_path, capsys):
    path = tmp_path / "deep.age"
    path.write_bytes(
        seal_raw(b"[" * 100_000, container.pack_payload({"ops": []}), ash_keys(world), office_recipient(world))
    )
    refused_and_unchanged(world, path, capsys, "damaged")


@pytest.mark.parametrize(
    "changes",
    [
        {"sequence": 10**30},
        {"sequence": 1e30},
        {"sequence": 2**62},
        {"sequence": -5},
        {"sequence": True},
        {"bundle_id": {"a": 1}},
        {"bundle_id": ["x"]},
        {"bundle_id": None},
        {"bundle_id": "x" * 100_000},
        {"sender_peer": None},
        {"counts": {"case_record": 10**30}},
        {"ack": {"sequence": 10**30, "bundle_id": {"x": 1}}},
        {"ack": "yes"},
        {"created_at": {"when": "now"}},
    ],
    ids=repr,
)
def test_manifest_fields_of_the_wrong_type_or_range_are_refused(world, tmp_path, capsys, changes):
    path = forge(
        tmp_path / "b.age",
        laptop_manifest(world, "Ash", **changes),
        {"ops": []},
        ash_keys(world),
        office_recipient(world),
    )
    refused_and_unchanged(world, path, capsys)


def test_a_sequence_far_ahead_is_refused_at_once_without_noting_gaps(world, tmp_path, capsys):
    """2**53 is a number every JSON reader holds exactly, but it would note 9 quadrillion missing bundles."""
    path = forge(
        tmp_path / "b.age",
        laptop_manifest(world, "Ash", sequence=2**53),
        {"ops": []},
        ash_keys(world),
        office_recipient(world),
    )
    started = time.monotonic()
    refused_and_unchanged(world, path, capsys, "number")
    assert time.monotonic() - started < 5


def test_an_ordinary_gap_is_still_taken(world, tmp_path, capsys):
    path = forge(
        tmp_path / "b.age",
        laptop_manifest(world, "Ash", sequence=40),
        {"ops": []},
        ash_keys(world),
        office_recipient(world),
    )
    code, _out, err = office_import_cli(world, path, capsys)
    assert code == 0, err


# -- payloads ---------------------------------------------------------------------------------------------------


def ash_bundle_with(world: World, tmp_path: Path, edit) -> Path:
    """Ash's real next bundle (a changed case), with its operations edited by ``edit`` and signed again."""
    case_id = world.add_case("Ash", preferred_name="Rhian Example")
    real = world.export("Ash").path
    opened = open_as(world.office, real)
    payload = container.unpack_payload(opened.payload, real.name)
    edit(payload, case_id)
    manifest = {k: v for k, v in opened.manifest.items() if k not in ("payload_hash", "payload_size")}
    manifest["bundle_id"] = new_id()
    return forge(tmp_path / "edited.age", manifest, payload, ash_keys(world), office_recipient(world))


def _case_fields(payload: dict[str, Any], case_id: str) -> dict[str, Any]:
    return next(op for op in payload["ops"] if op["t"] == "case_record" and op["id"] == case_id)["f"]


def test_a_null_name_is_refused(world, tmp_path, capsys):
    def null_name(payload, case_id):
        _case_fields(payload, case_id)["preferred_name"][0] = None

    refused_and_unchanged(world, ash_bundle_with(world, tmp_path, null_name), capsys)


def test_a_null_name_for_a_case_the_office_holds_is_refused(world, tmp_path, capsys):
    """The same case arriving again with its name made NULL: an UPDATE, not an INSERT."""
    case_id = world.add_case("Ash", preferred_name="Rhian Example")
    world.send("Ash")
    world.edit("Ash", case_id, preferred_name="Rhian Other")
    real = world.export("Ash").path
    opened = open_as(world.office, real)
    payload = container.unpack_payload(opened.payload, real.name)
    _case_fields(payload, case_id)["preferred_name"][0] = None
    manifest = {k: v for k, v in opened.manifest.items() if k not in ("payload_hash", "payload_size")}
    path = forge(tmp_path / "null.age", manifest, payload, ash_keys(world), office_recipient(world))
    refused_and_unchanged(world, path, capsys)


@pytest.mark.parametrize(
    "value", ["Rhian \u202eelpmaxE", "Rhian\x1b[2J", "Rhian\nExample", 10**30, float("nan"), {"a": 1}]
)
def test_hostile_values_in_operations_are_refused(world, tmp_path, capsys, value):
    def hostile(payload, case_id):
        _case_fields(payload, case_id)["preferred_name"][0] = value

    refused_and_unchanged(world, ash_bundle_with(world, tmp_path, hostile), capsys)


def test_notes_in_a_bundle_keep_their_line_breaks(world):
    case_id = world.add_case("Ash", preferred_name="Rhian Example", access_needs="Line one\nLine two")
    world.send("Ash")
    assert world.case("office", case_id)["access_needs"] == "Line one\nLine two"


def test_a_payload_nested_100000_deep_is_damaged_not_a_bug(world, tmp_path, capsys):
    packed = gzip.compress(b"[" * 100_000, mtime=0)
    path = tmp_path / "deep.age"
    manifest = laptop_manifest(world, "Ash")
    data, _hash = container.seal(manifest, packed, ash_keys(world), office_recipient(world))
    path.write_bytes(data)
    refused_and_unchanged(world, path, capsys, "damaged")


# -- a gzip bomb ------------------------------------------------------------------------------------------------


def gzip_bomb(unpacked: int) -> bytes:
    """Gzip of ``unpacked`` zero bytes, made in steps (about a thousandth of the size)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    step = b"\0" * (4 * 1024 * 1024)
    parts = [packer.compress(step) for _ in range(unpacked // len(step))]
    parts.append(packer.flush())
    return b"".join(parts)


def test_unpacking_stops_at_the_limit(world):
    bomb = gzip_bomb(64 * 1024 * 1024)
    with pytest.raises(BadBundle, match="unpacks to more than"):
        container.unpack_payload(bomb, "bomb.age", limit=16 * 1024 * 1024)


@pytest.mark.slow
def test_a_signed_gzip_bomb_is_refused_quickly_in_little_memory(world, tmp_path):
    bomb = gzip_bomb(3 * 1024 * 1024 * 1024)  # 3 GB of zeros in about 3 MB
    assert len(bomb) < 4 * 1024 * 1024
    path = tmp_path / "bomb.age"
    data, _hash = container.seal(laptop_manifest(world, "Ash"), bomb, ash_keys(world), office_recipient(world))
    path.write_bytes(data)
    before = store_fingerprint(world.office)
    # The import runs in a child process, measured there: its peak memory is what the office's computer pays.
    measure = textwrap.dedent(
        """
        import resource, subprocess, sys, time
        started = time.monotonic()
        done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
        took = time.monotonic() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(done.returncode, round(took, 2), round(peak_mb), done.stderr.strip().replace("\\n", " "))
        """
    )
    env = {**os.environ, "SAFETYWORKER_PASSPHRASE": PASSPHRASE}
    command = [
        sys.executable,
        "-m",
        "safetyworker",
        "--store",
        str(world.folder("office")),
        "--without-keyring",
        "once",
    ]
    result = subprocess.run(
        [sys.executable, "-c", measure, *command, "bundle", "import", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    code, took, peak_mb, err = result.stdout.split(" ", 3)
    assert int(code) == BadBundle.exit_code, result.stdout
    assert "unpacks to more than" in err
    assert int(peak_mb) < 200, result.stdout
    assert float(took) < 10, result.stdout
    assert store_fingerprint(world.office) == before


# -- a value typed to settle a conflict -------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ['"Hill \\u202eevil"', '"Hill\\u001b[2J"', "100000000000000000000"])
def test_a_value_typed_to_settle_a_conflict_follows_the_same_rules(tmp_path, monkeypatch, capsys, typed):
    from safetyworker.sync import conflicts

    from .sync_world import cli

    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    world = World(tmp_path / "two", names=("Ash", "Birch"))
    try:
        world.register_all()
        case_id = world.add_case("office", locality="Hill")
        world.give(case_id, "Ash")
        world.give(case_id, "Birch")
        world.edit("Ash", case_id, locality="Ash Vale")
        world.edit("Birch", case_id, locality="Birch Vale")
        world.send("Ash")
        world.send("Birch")
        (conflict,) = conflicts.list_conflicts(world.office)
        before = store_fingerprint(world.office)
        capsys.readouterr()
        code = cli("--store", str(world.folder("office")), "conflicts", "resolve", conflict["id"], "--value", typed)
        err = capsys.readouterr().err
        assert code == 2, err
        assert err.startswith("safetyworker: --value")
        assert store_fingerprint(world.office) == before
    finally:
        world.close()
