"""The audit trail you can read and verify (issue 16): what is recorded, ``audit verify`` naming the first broken
link for each kind of tampering (edited, removed, reordered, cut off at the end), ``audit list`` and ``audit
export``, failed unlocks counted without the key, and the trail's head carried to the office in bundles."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from safetyworker.cli.main import main
from safetyworker.errors import WrongPassphrase
from safetyworker.services import door
from safetyworker.store import audit
from safetyworker.store.vault import Store

from .conftest import PASSPHRASE

CASE = {"preferred_name": "Rhiannon Canary", "locality": "Aberporth"}


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)

    def call(store: Path, *argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--store", str(store), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "store"
    with door.create_store(folder, PASSPHRASE) as session:
        ids = session.unlocked(session.cases).add(CASE)
        for _i in range(3):
            session.unlocked(session.cases).show(ids[0])
    return folder


def actions(store: Store) -> list[tuple[str, str, str]]:
    return [(e.action, e.target_id, e.detail) for e in audit.events(store)]


def tamper(folder: Path, *sql: str) -> None:
    with Store.unlock(folder, PASSPHRASE) as store:
        store.db.execute("DROP TRIGGER IF EXISTS audit_no_update")
        store.db.execute("DROP TRIGGER IF EXISTS audit_no_delete")
        for statement in sql:
            store.db.execute(statement)


def verdict(folder: Path) -> audit.Verdict:
    with Store.unlock(folder, PASSPHRASE) as store:
        return audit.verify(store)


# -- what is recorded ---------------------------------------------------------------------------------------------


def test_unlock_lock_and_listing_are_recorded_with_counts_never_the_query(folder, run):
    code, out, _err = run(folder, "case", "list", "--search", "Canary")
    assert code == 0 and "Rhiannon" in out
    assert run(folder, "case", "list")[0] == 0
    assert run(folder, "case", "list", "--search", "nobody-by-this-name")[0] == 0
    with Store.unlock(folder, PASSPHRASE) as store:
        trail = actions(store)
        text = json.dumps([e.to_json() for e in audit.events(store)])
    listing = [t for t in trail if t[0].startswith("caseload.")]
    assert listing == [("caseload.search", "", "1"), ("caseload.list", "", "1"), ("caseload.search", "", "0")]
    assert [t[0] for t in trail].count("store.unlock") == 3 and [t[0] for t in trail].count("store.lock") == 4
    for word in ("Canary", "Rhiannon", "Aberporth", "nobody"):
        assert word not in text


def test_failed_unlocks_are_counted_outside_the_store_and_recorded_at_the_next_unlock(folder, run, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", "not the passphrase at all")
    for _i in range(2):
        assert run(folder, "case", "list")[0] == 3
    assert (folder / "unlock-failures").read_bytes() == b"2", "a plain count, nothing else"
    with pytest.raises(WrongPassphrase):
        door.open_session(folder, "still not it, sorry")
    with door.open_session(folder, PASSPHRASE):
        pass
    assert not (folder / "unlock-failures").exists()
    with Store.unlock(folder, PASSPHRASE) as store:
        trail = actions(store)
        assert audit.verify(store).intact
    assert ("store.unlock_failed", "", "3") in trail
    assert trail[-2:] == [("store.unlock", "", ""), ("store.lock", "", "")]
    assert trail[-3] == ("store.unlock_failed", "", "3")


def test_an_unreadable_failure_count_still_counts_as_one(folder):
    (folder / "unlock-failures").write_text("lots")
    with door.open_session(folder, PASSPHRASE):
        pass
    with Store.unlock(folder, PASSPHRASE) as store:
        assert ("store.unlock_failed", "", "1") in actions(store)


# -- verify: each kind of tampering names the first broken link ---------------------------------------------------


def test_an_untouched_trail_verifies_through_the_cli(folder, run):
    code, out, err = run(folder, "audit", "verify")
    assert (code, err) == (0, "") and "intact" in out
    code, out, _err = run(folder, "--json", "audit", "verify")
    doc = json.loads(out)
    assert code == 0 and doc["intact"] is True and doc["problem"] is None and doc["events"] >= 5


def test_an_edited_event_is_named(folder, run):
    tamper(folder, "UPDATE audit_event SET target_id = 'SOMEONEELSE' WHERE action = 'case.view'")
    with Store.unlock(folder, PASSPHRASE) as store:
        seq = store.db.execute("SELECT seq FROM audit_event WHERE action = 'case.view'").fetchone()[0]
    code, out, _err = run(folder, "--json", "audit", "verify")
    doc = json.loads(out)
    assert code == 1 and doc["intact"] is False
    assert doc["problem"]["kind"] == "edited" and doc["problem"]["seq"] == seq
    code, out, _err = run(folder, "audit", "verify")
    assert code == 1 and f"at event {seq}" in out and "changed after it was written" in out
    assert out.splitlines()[0] == f"The audit trail is NOT intact: the problem is at event {seq} (edited).", out


def test_an_edited_event_whose_hash_was_made_again_is_named(folder):
    with Store.unlock(folder, PASSPHRASE) as store:
        row = audit.events(store)[1]
    forged = audit.digest(row.prev_hash, row.at, row.actor, "case.view", "X", "")
    tamper(
        folder, f"UPDATE audit_event SET action = 'case.view', target_id = 'X', hash = '{forged}' WHERE seq = {row.seq}"
    )
    problem = verdict(folder).problem
    assert problem is not None and (problem.kind, problem.seq) == ("edited", row.seq)


def test_a_removed_event_is_named(folder):
    with Store.unlock(folder, PASSPHRASE) as store:
        third = audit.events(store)[2].seq
    tamper(folder, f"DELETE FROM audit_event WHERE seq = {third}")
    problem = verdict(folder).problem
    assert problem is not None and (problem.kind, problem.seq) == ("removed", third + 1)
    assert f"before event {third + 1}" in problem.message


def test_the_first_events_removed_are_named(folder):
    tamper(folder, "DELETE FROM audit_event WHERE seq <= 2")
    problem = verdict(folder).problem
    assert problem is not None and (problem.kind, problem.seq) == ("removed", 3)


def test_reordered_events_are_named(folder):
    with Store.unlock(folder, PASSPHRASE) as store:
        a, b = audit.events(store)[1:3]
    swap = []
    for row, other in ((a, b), (b, a)):
        swap.append(
            f"UPDATE audit_event SET at = '{other.at}', actor = '{other.actor}', action = '{other.action}', "
            f"target_id = '{other.target_id}', detail = '{other.detail}', prev_hash = '{other.prev_hash}', "
            f"hash = '{other.hash}' WHERE seq = {row.seq}"
        )
    tamper(folder, *swap)
    problem = verdict(folder).problem
    assert problem is not None and (problem.kind, problem.seq) == ("reordered", a.seq)


@pytest.mark.parametrize("cut", [1, 3])
def test_events_cut_off_at_the_end_are_found(folder, run, cut):
    with Store.unlock(folder, PASSPHRASE) as store:
        trail = audit.events(store)
    tamper(folder, f"DELETE FROM audit_event WHERE seq > {trail[-1].seq - cut}")
    problem = verdict(folder).problem
    assert problem is not None and problem.kind == "cut" and problem.seq == trail[-1 - cut].seq
    assert f"{cut} event{'s' if cut > 1 else ''} after event {trail[-1 - cut].seq}" in problem.message
    # still found after more work is done on the cut trail (the count kept beside it does not shrink)
    code, out, _err = run(folder, "--json", "audit", "verify")
    assert code == 1 and json.loads(out)["problem"]["kind"] == "cut"


def test_cutting_the_end_and_the_record_of_the_end_is_still_not_intact(folder, run):
    tamper(
        folder, "DELETE FROM audit_event WHERE seq > 2", "DELETE FROM meta WHERE key IN ('audit_count', 'audit_head')"
    )
    code, out, _err = run(folder, "--json", "audit", "verify")
    assert code == 1 and json.loads(out)["problem"]["kind"] == "end_missing"


def test_events_added_outside_the_app_are_found(folder):
    with Store.unlock(folder, PASSPHRASE) as store:
        last = audit.events(store)[-1]
    at = last.at
    forged = audit.digest(last.hash, at, last.actor, "case.view", "X", "")
    tamper(
        folder,
        "INSERT INTO audit_event (at, actor, action, target_id, detail, prev_hash, hash) "
        f"VALUES ('{at}', '{last.actor}', 'case.view', 'X', '', '{last.hash}', '{forged}')",
    )
    problem = verdict(folder).problem
    assert problem is not None and problem.kind == "added"


def test_an_upgraded_store_starts_its_end_from_what_it_holds(folder):
    """Migration 9 sets the count and head from the rows an older store holds (tests/test_upgrade_old_stores.py
    upgrades real old stores; this checks the rule on a trail whose meta was never written)."""
    with Store.unlock(folder, PASSPHRASE) as store:
        count, head = audit.head(store)
        assert count == len(audit.events(store)) and head == audit.events(store)[-1].hash


# -- list and export ----------------------------------------------------------------------------------------------


def test_list_by_case_and_since_as_json_and_for_people(folder, run):
    with Store.unlock(folder, PASSPHRASE) as store:
        case_id = store.db.execute("SELECT id FROM case_record").fetchone()[0]
    events = json.loads(run(folder, "--json", "audit", "list", "--case", case_id)[1])
    assert [e["action"] for e in events] == ["case.create", "case.view", "case.view", "case.view"]
    assert events[0]["meaning"] == "Case added" and set(events[0]) >= {"seq", "at", "hash", "prev_hash", "detail"}
    assert json.loads(run(folder, "--json", "audit", "list", "--since", "01/01/2199")[1]) == []
    everything = json.loads(run(folder, "--json", "audit", "list", "--since", "2000-01-01")[1])
    assert len(everything) > 2
    code, out, _err = run(folder, "audit", "list", "--case", case_id)
    assert code == 0 and "Case opened" in out and case_id in out
    with Store.unlock(folder, PASSPHRASE) as store:
        assert ("audit.list", "", "4") in actions(store), "reading the trail is itself recorded"


def test_bad_input_to_list_is_one_plain_line(folder, run):
    code, out, err = run(folder, "audit", "list", "--since", "31/02/2026")
    assert code == 2 and out == "" and "not a real date" in err and err.count("\n") == 1
    code, out, err = run(folder, "audit", "list", "--worker-trail", "NOBODY")
    assert code == 2 and "no worker NOBODY" in err


def test_export_writes_csv_through_the_one_file_writer(folder, run, tmp_path):
    target = tmp_path / "trail.csv"
    code, out, err = run(folder, "audit", "export", "-o", str(target))
    assert (code, err) == (0, "") and "Wrote" in out
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["action"] == "store.unlock" or rows[0]["action"] == "case.create"
    assert {"case.create", "case.view"} <= {r["action"] for r in rows}
    assert "Rhiannon" not in target.read_text(encoding="utf-8-sig")
    assert target.stat().st_mode & 0o077 == 0
    before = target.read_bytes()
    code, _out, err = run(folder, "audit", "export", "-o", str(target))
    assert code != 0 and target.read_bytes() == before and "--force" in err
    assert run(folder, "audit", "export", "-o", str(target), "--force")[0] == 0
    code, _out, err = run(folder, "audit", "export", "-o", str(folder / "trail.csv"))
    assert code != 0 and not (folder / "trail.csv").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ("audit", "export", "-o", "-"),
        ("report", "caseload", "--csv", "-"),
        ("bundle", "export", "-o", "-"),
        ("plan", "pdf", "NO-SUCH-CASE", "--variant", "worker", "-o", "-"),
    ],
)
def test_a_dash_for_the_file_to_write_is_refused_plainly_never_a_file_named_dash(
    folder, run, tmp_path, monkeypatch, argv
):
    """`-o -` reads as "to the screen", but no command writes its file to standard output (they hold case data
    or keys): every -o option refuses it the same way, exit 2 in one line, and no file named `-` is made."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(folder, *argv)
    assert code == 2, (out, err)
    assert "'-' is not a file name" in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "-").exists()
