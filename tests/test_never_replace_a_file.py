"""No command replaces a file that is already there unless told (--force), and none writes anything inside a store
folder, not even with --force: the laptop's store.db and keyslots.json, and the office store whose keys every
laptop's recovery depends on, cannot be destroyed by a mistyped -o."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from safetyworker.sync import files

from .test_sync_cli import add_case, ok_json, refused, run, sites  # noqa: F401 (fixtures)


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its content hash: a store folder that is exactly as it was."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def writers(sites, run) -> dict[str, tuple[Path, list[str]]]:  # noqa: F811
    """Each command that writes a file where a person says, with the store it runs on."""
    case_id = add_case(run, sites["laptop"], sites["tmp"])
    assessment = sites["tmp"] / "assessment.json"
    assessment.write_text(json.dumps({"template": "example-24", "answers": {"q01": "yes"}}))
    assert run(sites["laptop"], "risk", "add", case_id, str(assessment))[0] == 0
    return {
        "bundle export": (sites["laptop"], ["bundle", "export"]),
        "office bundle export": (sites["office"], ["bundle", "export", "--to", sites["worker"]]),
        "office enrol": (sites["office"], ["office", "enrol", "--worker", "Birch"]),
        "recover request": (sites["laptop"], ["recover", "request"]),
        "plan pdf": (sites["laptop"], ["plan", "pdf", case_id, "--variant", "card"]),
        # the writers issues 14-20 added
        "risk referral": (sites["laptop"], ["risk", "referral", case_id]),
        "visit sheet": (sites["laptop"], ["visit", "sheet"]),
        "subject-access": (sites["laptop"], ["subject-access", case_id]),
        "audit export": (sites["laptop"], ["audit", "export"]),
    }


def targets_inside(store: Path) -> list[str]:
    sub = store / "sub"
    sub.mkdir(exist_ok=True)
    return [
        str(store / "store.db"),
        str(store / "keyslots.json"),
        str(store) + "/",
        str(store / "new-file.pdf"),
        str(sub / "deeper.pdf"),
    ]


@pytest.mark.parametrize(
    "command",
    [
        "bundle export",
        "office bundle export",
        "office enrol",
        "recover request",
        "plan pdf",
        "risk referral",
        "visit sheet",
        "subject-access",
        "audit export",
    ],
)
def test_nothing_is_ever_written_inside_a_store_folder_even_with_force(sites, run, command):  # noqa: F811
    store, argv = writers(sites, run)[command]
    for inside in (sites["laptop"], sites["office"]):
        for target in targets_inside(inside):
            before = tree(inside)
            for force in ([], ["--force"]):
                refused(run(store, *argv, "-o", target, *force), 1, "inside the store folder")
                assert tree(inside) == before, (command, target, force)


def test_each_command_refuses_an_existing_file_unless_told(sites, run):  # noqa: F811
    tmp = sites["tmp"]
    plan = tmp / "plan.json"
    plan.write_text(json.dumps({"template": "has_left", "items": []}))
    first = tmp / "first.age"
    ok_json(run(sites["laptop"], "--json", "bundle", "export", "-o", str(first)))
    ok_json(run(sites["office"], "--json", "bundle", "import", str(first)))
    for name, (store, argv) in writers(sites, run).items():
        if argv[0] == "plan":
            assert run(store, "plan", "set", argv[2], str(plan))[0] == 0
        target = tmp / f"mine-{name.replace(' ', '-')}.txt"
        target.write_bytes(b"my own document")
        refused(run(store, *argv, "-o", str(target)), 1, "--force")
        assert target.read_bytes() == b"my own document", name
        code, _out, err = run(store, *argv, "-o", str(target), "--force")
        assert code == 0, (name, err)
        assert target.read_bytes() != b"my own document", name


def test_recover_answer_will_not_replace_a_file_or_write_into_the_office_store(sites, run):  # noqa: F811
    tmp, office, laptop = sites["tmp"], sites["office"], sites["laptop"]
    request = tmp / "request.json"
    assert run(laptop, "recover", "request", "-o", str(request))[0] == 0
    mine = tmp / "answer.json"
    mine.write_bytes(b"kept")
    refused(run(office, "recover", "answer", str(request), "-o", str(mine)), 1, "--force")
    assert mine.read_bytes() == b"kept"
    before = tree(office)
    refused(run(office, "recover", "answer", str(request), "-o", str(office / "keyslots.json"), "--force"), 1, "store")
    assert tree(office) == before


def test_a_link_into_a_store_folder_is_seen_through(tmp_path, store):
    link = tmp_path / "innocent.pdf"
    link.symlink_to(store.folder / "store.db")
    with pytest.raises(files.SafetyWorkerError, match="inside the store folder"):
        files.new_file(link, force=True)
    linked_folder = tmp_path / "stick"
    linked_folder.symlink_to(store.folder)
    with pytest.raises(files.SafetyWorkerError, match="inside the store folder"):
        files.new_file_in(linked_folder, "bundle.age")


def test_a_store_being_created_counts_as_a_store_folder(tmp_path):
    folder = tmp_path / "half"
    folder.mkdir()
    (folder / ".keyslots.json.creating").write_bytes(b"{}")
    assert files.store_folder_of(folder / "x.pdf") == folder
    assert files.store_folder_of(tmp_path / "elsewhere.pdf") is None
