"""Case data never has to be on the command line, where every other user of the computer can read it (``ps``,
/proc) and the shell keeps it: each option that may carry a name, a phone number, a reason or a value takes ``-``
to read it from standard input, and ``case list --search`` alone asks for it hidden."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backends import fail

from safetyworker.cli import common, prompt

from .conftest import PASSPHRASE, write
from .test_sync_cli import add_case, ok_json, run, sites  # noqa: F401 (fixtures)

CASE = {"preferred_name": "Rhiannon Quill", "locality": "Machynlleth"}


@pytest.fixture
def case_id(cli_store, tmp_path):
    code, out, _err = cli_store("case", "add", write(tmp_path, "case.json", CASE))
    assert code == 0
    return out.strip()


def found(cli_store, *argv, stdin=None) -> list[str]:
    code, out, err = cli_store("--json", "case", "list", *argv, stdin=stdin)
    assert code == 0, err
    return [c["preferred_name"] for c in json.loads(out)]


def test_search_reads_standard_input(cli_store, case_id):
    assert found(cli_store, "--search", "-", stdin="Quill\n") == ["Rhiannon Quill"]
    assert found(cli_store, "--search", "-", stdin="Nobody\n") == []


def test_search_alone_asks_for_it_hidden(cli_store, case_id, monkeypatch):
    asked = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr(prompt.getpass, "getpass", lambda label: asked.append(label) or "Rhiannon")
    assert found(cli_store, "--search") == ["Rhiannon Quill"]
    assert asked and "not shown" in asked[0]


def test_search_alone_without_a_terminal_says_how(cli_store, case_id):
    code, out, err = cli_store("case", "list", "--search", stdin="")
    assert code == 1 and out == ""
    assert "--search -" in err and err.count("\n") == 1


def test_close_reason_and_plan_author_from_standard_input(cli_store, case_id, tmp_path):
    plan = write(tmp_path, "plan.json", {"template": "has_left", "items": []})
    assert cli_store("plan", "set", case_id, plan, "--author", "-", stdin="Jo Bloggs\n")[0] == 0
    code, out, _ = cli_store("--json", "plan", "versions", case_id)
    assert code == 0 and json.loads(out)[0]["author"] == "Jo Bloggs"
    assert cli_store("case", "close", case_id, "--reason", "-", stdin="Moved in with her sister\n")[0] == 0
    code, out, _ = cli_store("--json", "case", "show", case_id)
    assert json.loads(out)["closed_reason"] == "Moved in with her sister"


def test_a_visits_place_and_a_postcode_searched_near_from_standard_input(cli_store, case_id):
    """Where a person will be met, and the postcode services are sought near, are case data too (issues 19-20)."""
    code, out, err = cli_store("--json", "directory", "search", "--near", "-", stdin="Rhayader\n")
    assert code == 0, err
    code, out, err = cli_store(
        "visit",
        "plan",
        case_id,
        "--at",
        "2099-01-05T10:00",
        "--minutes",
        "60",
        "--back-by",
        "2099-01-05T12:00",
        "--where",
        "-",
        stdin="The library on Bridge Street\n",
    )
    assert code == 0, err
    code, out, _ = cli_store("--json", "visit", "list", "--date", "05/01/2099")
    assert [v["place"] for v in json.loads(out)] == ["The library on Bridge Street"]


def test_only_one_value_can_come_from_standard_input(cli_store, case_id):
    code, _out, err = cli_store("plan", "set", case_id, "-", "--author", "-", stdin='{"items": []}')
    assert code == 2 and "only one of --author, FILE" in err


def test_office_name_and_worker_name_from_standard_input(tmp_path, run, monkeypatch):  # noqa: F811
    office = tmp_path / "office"
    monkeypatch.setattr("sys.stdin", _stdin("Northshire Women's Aid\n"))
    made = ok_json(run(office, "--json", "init", "--office", "--name", "-"))
    assert made["role"] == "office"
    monkeypatch.setattr("sys.stdin", _stdin("Sam Example"))
    ok_json(run(office, "--json", "office", "enrol", "--worker", "-", "-o", str(tmp_path / "e.json")))
    workers = ok_json(run(office, "--json", "office", "workers"))
    assert [w["name"] for w in workers] == ["Sam Example"]
    assert ok_json(run(office, "--json", "bundle", "status"))["office_name"] == "Northshire Women's Aid"


def test_a_conflict_resolved_with_a_value_from_standard_input(sites, run, monkeypatch):  # noqa: F811
    office, laptop, tmp, worker = sites["office"], sites["laptop"], sites["tmp"], sites["worker"]
    run(laptop, "bundle", "export", "-o", str(tmp / "hello.age"))
    run(office, "bundle", "import", str(tmp / "hello.age"))
    case_id = add_case(run, office, tmp, "Rhian")
    run(office, "office", "assign", case_id, worker)
    run(office, "bundle", "export", "--to", worker, "-o", str(tmp / "give.age"))
    run(laptop, "bundle", "import", str(tmp / "give.age"))
    for store, where in ((laptop, "Vale"), (office, "Dale")):
        update = tmp / f"{where}.json"
        update.write_text(json.dumps({"locality": where}))
        assert run(store, "case", "update", case_id, str(update))[0] == 0
    run(laptop, "bundle", "export", "-o", str(tmp / "back.age"))
    run(office, "bundle", "import", str(tmp / "back.age"))
    (conflict,) = ok_json(run(office, "--json", "conflicts", "list"))
    monkeypatch.setattr("sys.stdin", _stdin('"Oak Lane"\n'))
    ok_json(run(office, "--json", "conflicts", "resolve", conflict["id"], "--value", "-"))
    assert ok_json(run(office, "--json", "case", "show", case_id))["locality"] == "Oak Lane"


def test_the_option_list_names_every_case_data_option():
    from safetyworker.cli.main import build_parser

    dests = set()

    def walk(parser):
        for action in parser._actions:
            dests.add(action.dest)
            if isinstance(action.choices, dict):
                for sub in action.choices.values():
                    walk(sub)

    walk(build_parser())
    for dest in ("search", "reason", "author", "worker", "value", "name", "note", "how", "where", "near"):
        assert dest in dests and dest in common.CASE_DATA_OPTIONS


def _stdin(text: str):
    import io

    return io.TextIOWrapper(io.BytesIO(text.encode()))


def _cmdline(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc to look at another process")
@pytest.mark.parametrize(
    ("argv", "secret"),
    [(("case", "list", "--json", "--search", "-"), "Quill"), (("case", "close", "{id}", "--reason", "-"), "sister")],
)
def test_the_value_never_appears_in_the_process_list(cli, tmp_path, store_dir, argv, secret):
    keyring.set_keyring(fail.Keyring())  # the secret in a file beside the store, so another process can open it
    assert cli("init")[0] == 0
    _code, out, _err = cli("case", "add", write(tmp_path, "case.json", CASE))
    case_id = out.strip()
    env = {**os.environ, "SAFETYWORKER_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "safetyworker", "--store", str(store_dir), *(a.format(id=case_id) for a in argv)]
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as child:
        time.sleep(0.3)  # it is waiting for its standard input: what anyone else sees of it now is its argv
        seen = _cmdline(child.pid)
        assert secret not in seen and "safetyworker" in seen
        out, err = child.communicate(f"{secret}\n".encode(), timeout=60)
    assert child.returncode == 0, err
    if argv[1] == "list":
        assert [c["preferred_name"] for c in json.loads(out)] == ["Rhiannon Quill"]
    else:
        _code, shown, _ = cli("--json", "case", "show", case_id)
        assert json.loads(shown)["closed_reason"] == secret


@given(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=200).filter(
        lambda t: not t.endswith(("\n", "\r")) and not t.startswith("\ufeff")
    )
)
def test_a_value_on_standard_input_comes_back_exactly(text):
    for ending in ("", "\n", "\r\n"):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("sys.stdin", _stdin(text + ending))
            assert common.read_value("--reason") == text
