"""Property tests over every decoder that reads what someone else wrote: a bundle's manifest and payload, the
CLI's JSON files, CSV spreadsheets. Whatever the input, the outcome is either accepted or one of the project's
own errors (which the CLI prints as one line with exit 1, 2 or 6), never another exception or exit 70, and a
refused input leaves the store exactly as it was.
"""

from __future__ import annotations

import contextlib
import gzip
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safetyworker.cli.main import main
from safetyworker.errors import SafetyWorkerError
from safetyworker.records.csv_import import read_cases_csv
from safetyworker.store.vault import Store
from safetyworker.sync import bundles, container
from safetyworker.sync.keys import KeyPair

from .conftest import PASSPHRASE
from .sync_world import World, store_fingerprint
from .test_sync_bundles import forge, laptop_manifest, office_recipient

BUG_EXIT = 70
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["", "\x1b[2J", "\u202e", "1e30", "2026-12-07T00:00:00Z", "a" * 300])
)
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
)
#: Text that looks like JSON but may nest deeply, hold huge numbers, or be cut short.
json_like = st.one_of(
    json_values.map(json.dumps),
    st.integers(1, 5000).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 200_000).map(lambda n: '{"a":' * n),
    st.integers(4300, 6000).map(lambda n: "9" * n),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
)


# -- bundles ----------------------------------------------------------------------------------------------------


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    yield w
    w.close()


def import_changes_nothing_unless_taken(world: World, path) -> None:
    before = store_fingerprint(world.office)
    try:
        bundles.import_bundle(world.office, path)
    except SafetyWorkerError:
        assert store_fingerprint(world.office) == before


MANIFEST_KEYS = (
    "format",
    "kind",
    "bundle_id",
    "office_id",
    "sender_device",
    "sender_peer",
    "sender_signing_public",
    "sequence",
    "previous_hash",
    "recipient",
    "created_at",
    "counts",
    "ack",
    "device",
    "to_worker",
    "extra",
)
manifest_keys = st.sampled_from(MANIFEST_KEYS)


@FUZZ
@given(changes=st.dictionaries(manifest_keys, json_values, min_size=1, max_size=4))
def test_signed_manifests_with_any_fields(world, tmp_path_factory, changes: dict[str, Any]):
    keys = KeyPair.load(world.laptops["Ash"])
    manifest = laptop_manifest(world, "Ash", **changes)
    manifest.pop("payload_hash", None)
    manifest.pop("payload_size", None)
    path = forge(tmp_path_factory.mktemp("m") / "b.age", manifest, {"ops": []}, keys, office_recipient(world))
    import_changes_nothing_unless_taken(world, path)


@FUZZ
@given(line=json_like)
def test_any_manifest_line(world, tmp_path_factory, line: str):
    from .test_hostile_bundles import seal_raw

    keys = KeyPair.load(world.laptops["Ash"])
    path = tmp_path_factory.mktemp("l") / "b.age"
    data = seal_raw(line.replace("\n", " ").encode("utf-8", "surrogatepass"), b"", keys, office_recipient(world))
    path.write_bytes(data)
    import_changes_nothing_unless_taken(world, path)


@FUZZ
@given(payload=json_values | json_like.map(lambda t: {"raw": t}))
def test_signed_payloads_of_any_shape(world, tmp_path_factory, payload: Any):
    keys = KeyPair.load(world.laptops["Ash"])
    if isinstance(payload, dict) and set(payload) == {"raw"}:
        packed = gzip.compress(payload["raw"].encode("utf-8", "surrogatepass"), mtime=0)
    else:
        packed = container.pack_payload(payload)
    data, _hash = container.seal(laptop_manifest(world, "Ash", sequence=9_000), packed, keys, office_recipient(world))
    path = tmp_path_factory.mktemp("p") / "b.age"
    path.write_bytes(data)
    import_changes_nothing_unless_taken(world, path)


@FUZZ
@given(packed=st.binary(max_size=2000) | json_like.map(lambda t: gzip.compress(t.encode("utf-8", "surrogatepass"))))
def test_the_payload_decoder_alone(packed: bytes):
    with contextlib.suppress(container.BadBundle):
        container.unpack_payload(packed, "b.age")


@FUZZ
@given(ops=st.lists(st.dictionaries(st.sampled_from(["t", "id", "f", "row"]), json_values, max_size=4), max_size=4))
def test_operations_of_any_shape(world, tmp_path_factory, ops: list[Any]):
    keys = KeyPair.load(world.laptops["Ash"])
    manifest = laptop_manifest(world, "Ash", sequence=9_000)
    path = forge(tmp_path_factory.mktemp("o") / "b.age", manifest, {"ops": ops}, keys, office_recipient(world))
    import_changes_nothing_unless_taken(world, path)


# -- the CLI's JSON and CSV readers -----------------------------------------------------------------------------


@pytest.fixture
def cli_store(tmp_path):
    folder = tmp_path / "store"
    Store.create(folder, PASSPHRASE).close()
    return folder


def cli_changes_nothing_unless_done(folder, argv: list[str], monkeypatch) -> None:
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    with Store.unlock(folder, PASSPHRASE) as s:
        before = store_fingerprint(s)
    try:
        code = main(["--store", str(folder), *argv])
    except SystemExit as stop:  # argparse: a usage error
        code = stop.code
    assert code != BUG_EXIT
    if code != 0:
        with Store.unlock(folder, PASSPHRASE) as s:
            after = store_fingerprint(s)
        # Opening the store reads and writes the audit trail only for what it did: a refusal did nothing.
        assert after == before


@FUZZ
@given(text=json_like, command=st.sampled_from(["case add", "plan set", "case update"]))
def test_cli_json_files(cli_store, tmp_path_factory, monkeypatch, capsys, text: str, command: str):
    path = tmp_path_factory.mktemp("j") / "input.json"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    argv = command.split()
    if argv[0] == "plan" or argv[1] == "update":
        argv.append("01JZZZZZZZZZZZZZZZZZZZZZZZ")  # no such case: the file is read and checked first
    cli_changes_nothing_unless_done(cli_store, [*argv, str(path)], monkeypatch)
    capsys.readouterr()


@FUZZ
@given(
    doc=st.fixed_dictionaries(
        {"preferred_name": st.text(max_size=20)},
        optional={"locality": st.text(max_size=20), "access_needs": st.text(max_size=20), "children": json_values},
    )
)
def test_cli_case_files_with_any_text(cli_store, tmp_path_factory, monkeypatch, capsys, doc: dict[str, Any]):
    path = tmp_path_factory.mktemp("c") / "case.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    cli_changes_nothing_unless_done(cli_store, ["case", "add", str(path)], monkeypatch)
    out, _err = capsys.readouterr()
    assert "\x1b" not in out and "\u202e" not in out


csv_cells = st.text(max_size=12) | st.sampled_from(
    ["Sam\x1b[2J", "Sam \u202e", "07700 900123", "yes", "mon 10:00-12:00"]
)


@settings(FUZZ, max_examples=30)  # each example is two CLI runs on a real store
@given(
    header=st.lists(
        st.sampled_from(["preferred_name", "locality", "phone", "safe_windows", "children", "notes", "x"]),
        min_size=1,
        max_size=5,
    ),
    rows=st.lists(st.lists(csv_cells, min_size=1, max_size=5), max_size=4),
    raw=st.binary(max_size=300),
)
def test_csv_import(cli_store, tmp_path_factory, monkeypatch, capsys, header, rows, raw):
    import csv
    import io

    text = io.StringIO()
    csv.writer(text).writerows([header, *rows])
    for data in (text.getvalue().encode("utf-8", "surrogatepass"), raw):
        with contextlib.suppress(SafetyWorkerError):
            read_cases_csv(data)
        path = tmp_path_factory.mktemp("csv") / "cases.csv"
        path.write_bytes(data)
        cli_changes_nothing_unless_done(cli_store, ["case", "import-csv", str(path)], monkeypatch)
        capsys.readouterr()
