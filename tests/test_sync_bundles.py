"""Sync bundles end to end: the flow, the open file format, and every kind of bad bundle refused with one line,
a non-zero exit and the store unchanged (DESIGN.md, Sync bundles)."""

from __future__ import annotations

import base64
import gzip
import json
import time
from pathlib import Path
from typing import Any

import pyrage
import pytest

from safetyworker.services.cases import CaseService
from safetyworker.store.hlc import HybridClock
from safetyworker.store.vault import new_id, utc_now
from safetyworker.sync import bundles, container, office
from safetyworker.sync.container import MAGIC, BadBundle
from safetyworker.sync.enrolment import device_fingerprint, office_fingerprint
from safetyworker.sync.keys import KeyPair, recipient_id, verify

from .sync_world import PASSPHRASE, World, cli, store_fingerprint

YEAR_MS = 365 * 24 * 60 * 60 * 1000


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash", "Birch"))
    yield w
    w.close()


@pytest.fixture
def registered(world):
    world.register_all()
    return world


def office_import_cli(world: World, path: Path, capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli("--store", str(world.folder("office")), "bundle", "import", str(path))
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(code: int, out: str, err: str, says: str = "") -> None:
    assert code == BadBundle.exit_code, (code, out, err)
    assert out == ""
    assert err.startswith("safetyworker: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert says.lower() in err.lower(), err


def open_as(store, path: Path) -> container.Opened:
    """Decrypt a bundle with the store's age identity (what the standard ``age`` tool does with it)."""
    keys = KeyPair.load(store)
    assert keys is not None
    return container.open_bundle(path.read_bytes(), keys.age_identity, path.name)


def forge(
    path: Path,
    manifest: dict[str, Any],
    payload: Any,
    signer: KeyPair,
    recipient: str,
) -> Path:
    """A bundle built by hand: any manifest, signed by any key, encrypted to any recipient."""
    data, _hash = container.seal(manifest, container.pack_payload(payload), signer, recipient)
    path.write_bytes(data)
    return path


def laptop_manifest(world: World, name: str, **changes: Any) -> dict[str, Any]:
    laptop = world.laptops[name]
    office_keys = KeyPair.load(world.office)
    assert office_keys is not None
    manifest = {
        "format": bundles.FORMAT,
        "kind": bundles.TO_OFFICE,
        "bundle_id": new_id(),
        "office_id": world.office.meta("office_id"),
        "sender_device": laptop.device_id,
        "sender_peer": world.worker_ids[name],
        "sender_signing_public": KeyPair.load(laptop).public.signing_public,
        "sequence": 50,
        "previous_hash": "",
        "recipient": recipient_id(office_keys.public.age_recipient),
        "created_at": utc_now(),
        "counts": {},
        "ack": {"sequence": 0},
    }
    manifest.update(changes)
    return manifest


def office_recipient(world: World) -> str:
    keys = KeyPair.load(world.office)
    assert keys is not None
    return keys.public.age_recipient


# -- the flow --------------------------------------------------------------------------------------------------


def test_enrol_register_assign_edit_and_back(world):
    office_store, ash = world.office, world.laptops["Ash"]
    before = {w["name"]: w for w in office.workers(office_store)}
    assert before["Ash"]["status"] == "pending" and before["Ash"]["device_fingerprint"] is None
    assert office_fingerprint(ash) == office_fingerprint(office_store)

    first = world.send("Ash")  # the first bundle registers the laptop's keys
    assert first.status == "applied" and first.sequence == 1 and first.sender == "Ash"
    after = {w["name"]: w for w in office.workers(office_store)}
    assert after["Ash"]["status"] == "active"
    assert after["Ash"]["device_fingerprint"] == device_fingerprint(ash)
    assert after["Birch"]["status"] == "pending"

    case_id = world.add_case("office", preferred_name="Rhian", locality="Hill")
    assert world.assign(case_id, "Ash")["changed"] is True
    delivered = world.deliver("Ash")
    assert delivered.status == "applied" and delivered.counts == {"case_record": 1, "contact_method": 1}
    assert world.case("Ash", case_id)["preferred_name"] == "Rhian"

    world.edit("Ash", case_id, locality="Vale", pronouns="she/her")
    CaseService(ash).append_log(case_id, channel="in_person", outcome="spoke", note="all fine")
    back = world.send("Ash")
    assert back.status == "applied" and back.sequence == 2
    assert back.counts == {"case_record": 1, "contact_log": 1}
    row = world.case("office", case_id)
    assert (row["locality"], row["pronouns"], row["preferred_name"]) == ("Vale", "she/her", "Rhian")
    assert office_store.db.execute("SELECT note FROM contact_log WHERE case_id = ?", (case_id,)).fetchall() == [
        ("all fine",)
    ]
    # The office's answer acknowledges it: nothing of Ash's is waiting any more.
    world.deliver("Ash")
    assert world.export("Ash").counts == {}


def test_a_bundle_is_a_standard_age_file_the_office_identity_opens(registered):
    world = registered
    case_id = world.add_case("Ash", preferred_name="Morgan")
    result = world.export("Ash")
    data = result.path.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    assert b"Morgan" not in data

    identity = KeyPair.load(world.office).age_identity
    inner = pyrage.decrypt(data, [identity])  # exactly what `age -d -i office-identity` does
    assert inner.startswith(MAGIC)
    manifest_line, signature, packed = inner[len(MAGIC) :].split(b"\n", 2)
    manifest = json.loads(manifest_line)
    assert manifest["kind"] == "to_office" and manifest["sequence"] == 2
    assert manifest["sender_device"] == world.laptops["Ash"].device_id
    assert verify(manifest["sender_signing_public"], base64.b64decode(signature), manifest_line)
    payload = json.loads(gzip.decompress(packed))
    assert [op["id"] for op in payload["ops"] if op["t"] == "case_record"] == [case_id]
    # Nobody else's key opens it: not the laptop that wrote it, not another office.
    for other in (KeyPair.load(world.laptops["Ash"]), KeyPair.generate()):
        with pytest.raises(pyrage.DecryptError):
            pyrage.decrypt(data, [other.age_identity])
    assert result.path.stat().st_mode & 0o077 == 0


# -- damaged files ---------------------------------------------------------------------------------------------


@pytest.fixture
def a_bundle(registered):
    world = registered
    for i in range(3):
        world.add_case("Ash", preferred_name=f"Person {i}", access_needs="x" * 2000)
    return world, world.export("Ash").path


def test_truncated_bundles_are_refused_and_change_nothing(a_bundle, capsys):
    world, path = a_bundle
    data = path.read_bytes()
    size = len(data)
    lengths = sorted({0, 1, 21, 22, size - 1, *(size * k // 20 for k in range(1, 20))})
    before = store_fingerprint(world.office)
    for n in lengths:
        cut = path.with_name(f"cut-{n}.age")
        cut.write_bytes(data[:n])
        assert_refused(*office_import_cli(world, cut, capsys))
    assert store_fingerprint(world.office) == before
    # and the whole one still goes in
    assert world.office_import(path).status == "applied"


def test_bit_flipped_bundles_are_refused_and_change_nothing(a_bundle, capsys):
    world, path = a_bundle
    data = path.read_bytes()
    positions = sorted({0, 5, 23, 40, 80, 150, 200, len(data) - 1, *range(0, len(data), max(1, len(data) // 40))})
    before = store_fingerprint(world.office)
    for i, pos in enumerate(positions):
        flipped = bytearray(data)
        flipped[pos] ^= 1 << (i % 8)
        bad = path.with_name(f"flip-{pos}.age")
        bad.write_bytes(bytes(flipped))
        assert_refused(*office_import_cli(world, bad, capsys))
    assert store_fingerprint(world.office) == before
    assert world.office_import(path).status == "applied"


def test_a_file_that_is_not_a_bundle(registered, tmp_path, capsys):
    world = registered
    before = store_fingerprint(world.office)
    for name, content in (("empty.age", b""), ("notes.txt", b"hello\n"), ("data.json", b'{"ops": []}')):
        bad = tmp_path / name
        bad.write_bytes(content)
        assert_refused(*office_import_cli(world, bad, capsys), "not a Safety Worker bundle")
    assert_refused(*office_import_cli(world, tmp_path / "missing.age", capsys), "There is no file")
    assert_refused(*office_import_cli(world, tmp_path, capsys), "is a folder")
    assert store_fingerprint(world.office) == before


# -- the wrong sender or receiver ------------------------------------------------------------------------------


def test_a_bundle_for_another_office(registered, tmp_path, capsys):
    world = registered
    elsewhere = World(tmp_path / "elsewhere", names=("Dee",), office_name="Southshire")
    try:
        elsewhere.add_case("Dee", preferred_name="Not here")
        path = elsewhere.export("Dee").path
        before = store_fingerprint(world.office)
        assert_refused(*office_import_cli(world, path, capsys), "cannot be opened here")

        # The same bundle, decrypted by the other office and re-encrypted to this one: still refused.
        inner = pyrage.decrypt(path.read_bytes(), [KeyPair.load(elsewhere.office).age_identity])
        moved = tmp_path / "moved.age"
        moved.write_bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(office_recipient(world))]))
        assert_refused(*office_import_cli(world, moved, capsys), "another office")
        assert store_fingerprint(world.office) == before
    finally:
        elsewhere.close()


def test_a_bundle_from_an_unknown_laptop(registered, tmp_path, capsys):
    world = registered
    stranger = KeyPair.generate()
    before = store_fingerprint(world.office)
    op = {"t": "case_record", "id": new_id(), "f": {"preferred_name": ["Intruder", "000000000000001-00000-X", None]}}

    unknown_worker = laptop_manifest(world, "Ash", sender_peer=new_id(), sender_device="X")
    path = forge(tmp_path / "unknown.age", unknown_worker, {"ops": [op]}, stranger, office_recipient(world))
    assert_refused(*office_import_cli(world, path, capsys), "has not enrolled")

    # Claiming to be Ash (enrolled, active) but signed by another key.
    as_ash = laptop_manifest(world, "Ash")
    path = forge(tmp_path / "as-ash.age", as_ash, {"ops": []}, stranger, office_recipient(world))
    assert_refused(*office_import_cli(world, path, capsys), "signature")

    # Claiming to be Ash from another laptop (another device id): refused even before the signature.
    other_device = laptop_manifest(world, "Ash", sender_device=new_id())
    path = forge(tmp_path / "other-device.age", other_device, {"ops": []}, stranger, office_recipient(world))
    assert_refused(*office_import_cli(world, path, capsys), "has not enrolled")
    assert store_fingerprint(world.office) == before


def test_a_first_bundle_without_the_enrolment_file_cannot_take_a_workers_place(world, tmp_path, capsys):
    """Birch is enrolled but has not sent anything: a laptop without Birch's enrolment token cannot register."""
    stranger = KeyPair.generate()
    public = stranger.public
    manifest = laptop_manifest(world, "Birch", sequence=1, sender_device=new_id())
    manifest["device"] = {"signing_public": public.signing_public, "age_recipient": public.age_recipient, "proof": "0"}
    before = store_fingerprint(world.office)
    path = forge(tmp_path / "claim.age", manifest, {"ops": []}, stranger, office_recipient(world))
    assert_refused(*office_import_cli(world, path, capsys), "enrolment file")
    del manifest["device"]
    path = forge(tmp_path / "claim2.age", manifest, {"ops": []}, stranger, office_recipient(world))
    assert_refused(*office_import_cli(world, path, capsys), "has not enrolled")
    assert store_fingerprint(world.office) == before
    assert {w["name"]: w["status"] for w in office.workers(world.office)}["Birch"] == "pending"


def test_a_revoked_laptop(registered, capsys):
    world = registered
    world.add_case("Ash", preferred_name="Kept off")
    path = world.export("Ash").path
    office.revoke(world.office, world.worker_ids["Ash"])
    before = store_fingerprint(world.office)
    assert_refused(*office_import_cli(world, path, capsys), "withdrawn")
    assert store_fingerprint(world.office) == before
    with pytest.raises(bundles.NotEnrolled):
        world.export_to("Ash")


def test_a_recipient_mismatch(registered, tmp_path, capsys):
    """Validly signed by an enrolled laptop and encrypted to this office, but the signed manifest names another
    recipient: someone decrypted a bundle meant for elsewhere and re-encrypted it."""
    world = registered
    ash_keys = KeyPair.load(world.laptops["Ash"])
    manifest = laptop_manifest(
        world, "Ash", sequence=2, recipient=recipient_id(str(KeyPair.generate().public.age_recipient))
    )
    path = forge(tmp_path / "mismatch.age", manifest, {"ops": []}, ash_keys, office_recipient(world))
    before = store_fingerprint(world.office)
    assert_refused(*office_import_cli(world, path, capsys), "another recipient")
    assert store_fingerprint(world.office) == before
    # The same manifest naming this office goes in: the refusal was the recipient's.
    manifest["recipient"] = recipient_id(office_recipient(world))
    path = forge(tmp_path / "right.age", manifest, {"ops": []}, ash_keys, office_recipient(world))
    assert office_import_cli(world, path, capsys)[0] == 0


def test_the_office_importing_its_own_bundle_for_a_laptop_is_told_what_it_is(registered, capsys):
    world = registered
    case_id = world.add_case("office")
    world.assign(case_id, "Birch")
    to_birch = world.export_to("Birch").path
    before = store_fingerprint(world.office)
    code, out, err = office_import_cli(world, to_birch, capsys)
    assert_refused(code, out, err, "is bundle 1 that this office made for Birch's laptop")
    assert code == 6 and "Import it on that laptop" in err
    assert store_fingerprint(world.office) == before


def test_a_bundle_for_the_office_imported_on_a_laptop(registered, tmp_path, capsys):
    world = registered
    ash, birch = world.laptops["Ash"], world.laptops["Birch"]
    world.add_case("Ash", preferred_name="Ffion")
    to_office = world.export("Ash").path
    case_id = world.add_case("office")
    world.assign(case_id, "Birch")
    to_birch = world.export_to("Birch").path
    before = store_fingerprint(ash)

    def laptop_import(path: Path) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli("--store", str(world.folder("Ash")), "bundle", "import", str(path))
        return (code, *capsys.readouterr())

    # This laptop's own bundle (encrypted to the office): said for what it is, under any name.
    assert_refused(*laptop_import(to_office), "that this laptop made for the office")
    renamed = tmp_path / "renamed.age"
    renamed.write_bytes(to_office.read_bytes())
    assert_refused(*laptop_import(renamed), "take it to the office to import there")
    assert_refused(*laptop_import(to_birch), "cannot be opened here")  # encrypted to Birch's laptop
    # A to_office bundle that this laptop can decrypt (encrypted to it, signed by the office): still refused.
    manifest = laptop_manifest(world, "Ash", recipient=recipient_id(KeyPair.load(ash).public.age_recipient))
    forged = forge(
        tmp_path / "kind.age", manifest, {"ops": []}, KeyPair.load(world.office), KeyPair.load(ash).public.age_recipient
    )
    assert_refused(*laptop_import(forged), "for the office")
    assert store_fingerprint(ash) == before
    assert store_fingerprint(birch) is not None


def test_a_bundle_for_a_laptop_imported_at_the_office(registered, tmp_path, capsys):
    world = registered
    manifest = laptop_manifest(world, "Ash", kind=bundles.TO_WORKER)
    forged = forge(tmp_path / "kind.age", manifest, {"ops": []}, KeyPair.load(world.office), office_recipient(world))
    before = store_fingerprint(world.office)
    assert_refused(*office_import_cli(world, forged, capsys), "for a laptop")
    assert store_fingerprint(world.office) == before


# -- duplicates and gaps ---------------------------------------------------------------------------------------


def test_duplicate_and_renamed_duplicate_are_no_ops_that_say_so(registered, capsys):
    world = registered
    world.add_case("Ash", preferred_name="Twice")
    path = world.export("Ash").path
    assert office_import_cli(world, path, capsys)[0] == 0
    before = store_fingerprint(world.office)
    code, out, err = office_import_cli(world, path, capsys)
    assert (code, err) == (0, "")
    assert "already imported" in out
    renamed = path.with_name("IMG_0042.age")
    renamed.write_bytes(path.read_bytes())
    capsys.readouterr()
    assert cli("--store", str(world.folder("office")), "--json", "bundle", "import", str(renamed)) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["status"] == "duplicate" and doc["sequence"] == 2
    assert store_fingerprint(world.office) == before


def test_a_sequence_gap_is_reported_then_closed(registered, capsys):
    world = registered
    first_case = world.add_case("Ash", preferred_name="First")
    second = world.export("Ash").path
    later_case = world.add_case("Ash", preferred_name="Later")
    third = world.export("Ash").path

    code, out, _err = office_import_cli(world, third, capsys)
    assert code == 0 and "Still missing" in out and " 2" in out
    worker = {w["name"]: w for w in office.workers(world.office)}["Ash"]
    assert worker["gaps"] == [2]
    capsys.readouterr()
    assert cli("--store", str(world.folder("office")), "--json", "bundle", "status") == 0
    status = json.loads(capsys.readouterr().out)
    assert {w["name"]: w["gaps"] for w in status["workers"]}["Ash"] == [2]
    # bundle 3 held both cases: a lost bundle is made good by the next one
    assert world.case("office", first_case) and world.case("office", later_case)

    result = world.office_import(second)
    assert result.status == "applied" and result.gaps == []
    assert {w["name"]: w for w in office.workers(world.office)}["Ash"]["gaps"] == []


# -- limits checked before decryption --------------------------------------------------------------------------


@pytest.fixture
def no_decryption(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("pyrage.decrypt was called")

    monkeypatch.setattr(container.pyrage, "decrypt", refuse)


def test_an_oversized_age_header_is_refused_before_decryption(registered, tmp_path, capsys, no_decryption):
    world = registered
    before = store_fingerprint(world.office)
    stanza = b"-> X25519 " + b"A" * 43 + b"\n" + b"B" * 64 + b"\n"
    big = tmp_path / "big-header.age"
    big.write_bytes(container.AGE_MAGIC + stanza * 200 + b"--- " + b"C" * 43 + b"\n" + b"\0" * 100)
    assert_refused(*office_import_cli(world, big, capsys), "header")
    endless = tmp_path / "endless.age"
    endless.write_bytes(container.AGE_MAGIC + b"-> X25519 " + b"A" * (container.MAX_AGE_HEADER * 4))
    assert_refused(*office_import_cli(world, endless, capsys), "header")
    many = tmp_path / "many.age"
    many.write_bytes(container.AGE_MAGIC + stanza * (container.MAX_STANZAS + 1) + b"--- " + b"C" * 43 + b"\n")
    assert_refused(*office_import_cli(world, many, capsys), "recipients")
    assert store_fingerprint(world.office) == before


def test_an_oversized_file_is_refused_by_its_size(registered, tmp_path, capsys, no_decryption):
    world = registered
    huge = tmp_path / "huge.age"
    real = world.export("Ash").path.read_bytes()
    with huge.open("wb") as f:
        f.write(real)
        f.truncate(container.MAX_FILE + 1)  # sparse: no disk used
    before = store_fingerprint(world.office)
    started = time.monotonic()
    assert_refused(*office_import_cli(world, huge, capsys), "larger than any bundle")
    assert time.monotonic() - started < 5, "refused from its size, not read"
    assert store_fingerprint(world.office) == before


# -- clocks ----------------------------------------------------------------------------------------------------


def test_a_bundle_from_a_clock_years_ahead_is_refused(registered, capsys):
    world = registered
    ash = world.laptops["Ash"]
    ahead = 3 * YEAR_MS
    ash.clock = HybridClock(ash.device_id, ash.clock.last, wall=lambda: time.time_ns() // 1_000_000 + ahead)
    world.add_case("Ash", preferred_name="From the future")
    path = world.export("Ash").path
    before = store_fingerprint(world.office)
    clock_before = world.office.clock.last
    assert_refused(*office_import_cli(world, path, capsys), "clock")
    assert store_fingerprint(world.office) == before
    assert world.office.clock.last == clock_before
