"""Today's app opens a store made by every released schema version and upgrades it with nothing lost; an upgrade
that fails leaves the old store exactly as it was.

The stores in tests/data/store-vN/ were made by the app of that version (tools/make_old_store.py), which also
wrote down what it showed of them (snapshot.json). A worker who installs a new version opens a store like these.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from safetyworker.cli.main import main
from safetyworker.store import audit, migrations
from safetyworker.store.vault import Store

DATA = Path(__file__).parent / "data"
PASSPHRASE = "old store passphrase for the upgrade tests"  # tests/data/README.md
VERSIONS = sorted(int(p.name.removeprefix("store-v")) for p in DATA.glob("store-v*"))
OLDER = [v for v in VERSIONS if v < migrations.latest()]


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    """The CLI reads the passphrase from the environment, as in a script."""
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)


def snapshot(version: int) -> dict[str, Any]:
    return json.loads((DATA / f"store-v{version}" / "snapshot.json").read_text(encoding="utf-8"))


def copy_store(version: int, role: str, tmp_path: Path) -> Path:
    """A copy to work on, private as the app keeps a store folder (git does not keep the modes)."""
    folder = tmp_path / f"v{version}-{role}"
    shutil.copytree(DATA / f"store-v{version}" / role, folder)
    folder.chmod(0o700)
    for file in folder.iterdir():
        file.chmod(0o600)
    return folder


def folder_hashes(folder: Path) -> dict[str, str]:
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(folder.iterdir())}


def run(folder: Path, argv: list[str]) -> Any:
    """One command through today's CLI; its JSON output."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--store", str(folder), *argv])
    assert (code, err.getvalue()) == (0, ""), (argv, err.getvalue())
    return json.loads(out.getvalue())


def assert_kept(old: Any, new: Any, volatile: set[str], where: str) -> None:
    """Everything ``old`` showed is in ``new``, unchanged; ``new`` may show more (fields added since)."""
    if isinstance(old, dict):
        assert isinstance(new, dict), f"{where}: was an object, now {new!r}"
        for key, value in old.items():
            if key in volatile:
                continue
            assert key in new, f"{where}: '{key}' is no longer shown"
            assert_kept(value, new[key], volatile, f"{where}.{key}")
    elif isinstance(old, list):
        assert isinstance(new, list) and len(new) == len(old), f"{where}: was {len(old)} items, now {new!r}"
        for n, (before, after) in enumerate(zip(old, new, strict=True)):
            assert_kept(before, after, volatile, f"{where}[{n}]")
    else:
        assert new == old, f"{where}: was {old!r}, now {new!r}"


def _one_text_agreed_words(item: dict[str, Any]) -> bool:
    return item.get("section") == "code_words" and "meaning" not in item


def as_today_reads(commands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The old outputs, with the one deliberate change in how today's app reads old data applied.

    Agreed words saved before they had two parts (words, and what they mean) were one text; today's app reads
    that text as the meaning, with no words to print, so it stays on the worker's copy and the person's copy
    has one item fewer (docs/interchange.md, "Agreed words written before they had two parts"). The text is
    kept, only moved: the comparison below still finds every character of it."""
    left_off: dict[tuple[str, str], int] = {}
    out = []
    for command in commands:
        argv, output = command["argv"], command["output"]
        if argv[1:3] == ["plan", "show"] and isinstance(output, dict):
            items = []
            for item in output["items"]:
                if _one_text_agreed_words(item):
                    left_off[(argv[3], argv[-1])] = left_off.get((argv[3], argv[-1]), 0) + item["personal_copy"]
                    item = {**item, "text": "", "meaning": item["text"]}
                items.append(item)
            output = {**output, "items": items}
        out.append({"argv": argv, "output": output})
    for command in out:
        argv = command["argv"]
        if argv[1:3] == ["plan", "versions"]:
            command["output"] = [
                {**v, "personal_items": v["personal_items"] - left_off.get((argv[3], str(v["version"])), 0)}
                for v in command["output"]
            ]
    return out


#: The six words shown for a key are worked out from the key each time they are shown, and the word list has
#: changed since schema 3 (gentler words, 0f963d8; one encoding, 270349d): the key is the same, its words are not.
#: ``test_the_office_and_laptop_still_know_each_other`` checks the two sides still agree instead.
FINGERPRINT_WORDS = {"device_fingerprint", "office_fingerprint", "fingerprint"}


def assert_store_holds(folder: Path, shown: dict[str, Any], volatile: set[str]) -> None:
    """The store at ``folder`` (already upgraded) still holds every row, audit entry and shown value."""
    with Store.unlock(folder, PASSPHRASE) as store:
        assert migrations.current(store.db) == migrations.latest()
        for table, count in shown["rows"].items():
            now = store.db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if table == "meta" and shown["schema_version"] < 9:  # schema 9 keeps where the trail ends (docs/audit.md)
                now -= store.db.execute(
                    "SELECT count(*) FROM meta WHERE key IN ('audit_count', 'audit_head')"
                ).fetchone()[0]
            if table == "audit_event":
                assert now >= count, "audit entries lost"
            else:
                assert now == count, f"{table}: {count} rows before the upgrade, {now} after"
        last = shown["audit_last"]
        row = store.db.execute("SELECT hash FROM audit_event WHERE seq = ?", (last["seq"],)).fetchone()
        assert row == (last["hash"],), "the audit chain is not the one the old version wrote"
        assert audit.verify_chain(store)
    for command in as_today_reads(shown["commands"]):
        assert_kept(command["output"], run(folder, command["argv"]), volatile, " ".join(command["argv"][1:]))


def test_a_store_of_every_released_schema_version_is_kept():
    """A new migration needs a store made by the version before it (docs/store.md says how to add one)."""
    assert VERSIONS, "no stores in tests/data"
    assert VERSIONS[-1] == migrations.latest(), (
        f"schema {migrations.latest()} has no store in tests/data/: make one with tools/make_old_store.py"
    )
    for version in VERSIONS:
        doc = snapshot(version)
        assert doc["schema_version"] == version
        for shown in doc["stores"].values():
            assert shown["schema_version"] == version and shown["audit_chain_ok"]
        if version >= 3:
            assert set(doc["stores"]) == {"laptop", "office"}
            office = doc["stores"]["office"]["rows"]
            assert office["sync_conflict"] >= 1 and office["sync_bundle_seen"] >= 2
        if version >= 2:
            assert doc["stores"]["laptop"]["rows"]["safety_plan_version"] == 2


@pytest.mark.parametrize("version", VERSIONS)
def test_todays_app_upgrades_an_old_store_with_nothing_lost(version, tmp_path):
    doc = snapshot(version)
    volatile = set(doc["volatile_keys"]) | FINGERPRINT_WORDS
    for role, shown in doc["stores"].items():
        folder = copy_store(version, role, tmp_path)
        assert_store_holds(folder, shown, volatile)
        # Opened a second time (no upgrade left to do), it is still all there.
        assert_store_holds(folder, shown, volatile)


def _failing_at(step: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Migration ``step`` fails at its end, after its own statements have run."""
    real = migrations.available()
    broken = [(n, sql + "\nSELECT no_such_function();" if n == step else sql) for n, sql in real]
    monkeypatch.setattr(migrations, "available", lambda: broken)


@pytest.mark.parametrize("version", OLDER)
@pytest.mark.parametrize("fails", ["first step", "last step"])
def test_a_failed_upgrade_leaves_the_old_store_as_it_was(version, fails, tmp_path, monkeypatch):
    doc = snapshot(version)
    role = "laptop"
    folder = copy_store(version, role, tmp_path)
    before = folder_hashes(folder)
    with monkeypatch.context() as patch:
        _failing_at(version + 1 if fails == "first step" else migrations.latest(), patch)
        with pytest.raises(Exception, match="no_such_function"):
            Store.unlock(folder, PASSPHRASE)
    assert folder_hashes(folder) == before, "the failed upgrade changed the store's files"
    # With the fault gone, the same store upgrades and holds all it held.
    assert_store_holds(folder, doc["stores"][role], set(doc["volatile_keys"]) | FINGERPRINT_WORDS)


@pytest.mark.parametrize("version", [v for v in VERSIONS if v >= 3])
def test_the_office_and_laptop_still_know_each_other(version, tmp_path):
    """After the upgrade the laptop shows the words the office expects, and a bundle still goes both ways."""
    office, laptop = copy_store(version, "office", tmp_path), copy_store(version, "laptop", tmp_path)
    (worker,) = run(office, ["--json", "office", "workers"])
    status = run(laptop, ["--json", "bundle", "status"])
    assert worker["device_fingerprint"] == status["device_fingerprint"]
    assert run(office, ["--json", "bundle", "status"])["fingerprint"] == status["office_fingerprint"]
    to_office, to_laptop = tmp_path / "to-office.age", tmp_path / "to-laptop.age"
    run(laptop, ["--json", "bundle", "export", "-o", str(to_office)])
    assert run(office, ["--json", "bundle", "import", str(to_office)])["status"] == "applied"
    run(office, ["--json", "bundle", "export", "--to", worker["worker_id"], "-o", str(to_laptop)])
    assert run(laptop, ["--json", "bundle", "import", str(to_laptop)])["status"] == "applied"
