"""Nothing written through the app appears in the clear: not in the database, its -wal, nor the temp folder."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from safetyworker.cli.main import main
from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE

CANARIES = ["CanaryPreferredZx81", "CanaryLocalityQw27", "CanaryCodeWordJk55", "CanarySafeHouseRd93"]
CANARY_PHONE = "7700900777"


def canary_case():
    return {
        "preferred_name": CANARIES[0],
        "locality": CANARIES[1],
        "address": {"lines": [CANARIES[3]], "postcode": "LD6 5ZZ"},
        "contact_methods": [{"kind": "mobile", "value": "07700 900777", "code_word": CANARIES[2]}],
    }


def needles():
    out = []
    for text in [*CANARIES, CANARY_PHONE]:
        out += [text.encode("utf-8"), text.encode("utf-16-le")]
    return out


def files_under(folder: Path, since: float | None = None):
    for path in folder.rglob("*"):
        try:
            if path.is_file() and (since is None or path.stat().st_mtime >= since):
                yield path
        except OSError:
            continue


def assert_clean(paths):
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for needle in needles():
            assert needle not in data, f"{needle!r} found in the clear in {path}"


def test_canaries_written_through_the_cli_are_not_in_any_file(store_dir, tmp_path, monkeypatch, capsys):
    started = time.time() - 1
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    # a temp folder of its own: the same test run elsewhere on the machine writes the same canaries to /tmp
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    source = tmp_path / "input" / "case.json"
    source.parent.mkdir()
    source.write_text(json.dumps(canary_case()))
    assert main(["--store", str(store_dir), "init"]) == 0
    assert main(["--store", str(store_dir), "case", "add", str(source)]) == 0
    case_id = capsys.readouterr().out.split()[-1]
    update = tmp_path / "input" / "update.json"
    update.write_text(json.dumps({"transport": CANARIES[3]}))
    assert main(["--store", str(store_dir), "case", "update", case_id, str(update)]) == 0
    assert main(["--store", str(store_dir), "case", "show", case_id, "--json"]) == 0
    assert CANARIES[0] in capsys.readouterr().out  # it really was stored

    assert_clean(files_under(store_dir))
    own_input = source.parent
    assert_clean(p for p in files_under(Path(tempfile.gettempdir()), since=started) if own_input not in p.parents)


def test_canaries_not_in_the_wal_while_the_store_is_open(store_dir):
    with Store.create(store_dir, PASSPHRASE) as store:
        service = CaseService(store)
        for i in range(20):
            service.add(dict(canary_case(), transport=f"{CANARIES[3]} {i}"))
        wal = store_dir / "store.db-wal"
        assert wal.exists() and wal.stat().st_size > 0, "the test must look at a live WAL"
        assert_clean(files_under(store_dir))
