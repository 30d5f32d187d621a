"""Make a small store with an old release of Safety Worker, for tests/test_upgrade_old_stores.py.

Why: the migrations in safetyworker/store/schema/ only ever ran on fresh stores in the tests. A worker's laptop
holds a store made by whichever version they installed months ago; this script makes such a store with that
version's own code, and writes down what that version showed of it (snapshot.json), so the test can prove
today's app upgrades it with nothing lost.

Run it with the old checkout first on the path, from a git worktree of the commit at which that schema version
was the newest (docs/store.md, "Stores made by old versions")::

    git worktree add --detach /tmp/sw-v3 0853a4c
    PYTHONPATH=/tmp/sw-v3 .venv/bin/python tools/make_old_store.py /tmp/sw-v3 tests/data/store-v3
    git worktree remove /tmp/sw-v3

Versions 3 and 4 also import ``mnemonic``, which today's app no longer needs: install it in a folder of its own
(``pip install --target /tmp/sw-deps mnemonic==0.21``) and add that folder to PYTHONPATH after the checkout.

It uses only the API and CLI that every version since the first has: ``CaseService`` (add, append_log,
append_note), ``PlanService.set`` (from schema 2) and the CLI's init/office/bundle/conflicts commands (from
schema 3). Key derivation is cheap (SAFETYWORKER_INSECURE_FAST_KDF=1) and there is no keyring (the device secret
goes in a file beside the store), so each store folder is self-contained.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

PASSPHRASE = "old store passphrase for the upgrade tests"
OFFICE_NAME = "Northshire"
WORKER = "Ash"
#: Keys whose values the app works out from today's date when it shows them: never compared.
VOLATILE_KEYS = ("overdue", "days_since_sent", "days_since_received", "days_since_acknowledged")


def _setup(checkout: Path) -> None:
    """Import the old checkout's package, never this worktree's, with cheap keys and no keyring."""
    os.environ["SAFETYWORKER_INSECURE_FAST_KDF"] = "1"
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    os.environ["SAFETYWORKER_PASSPHRASE"] = PASSPHRASE
    os.environ.pop("SAFETYWORKER_DEBUG", None)
    sys.path.insert(0, str(checkout))
    import safetyworker

    where = Path(safetyworker.__file__).resolve()
    if checkout.resolve() not in where.parents:
        raise SystemExit(f"imported {where}, not the package in {checkout}: set PYTHONPATH={checkout}")


def cli(store: Path, *argv: str, check: bool = True) -> Any:
    """Run one command of this version's CLI in this process; its JSON output (or None), and (with ``check``) it
    must succeed. Without ``check`` a refusal answers None."""
    from safetyworker.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--store", str(store), *argv])
    if code != 0 and not check:
        return None
    if code != 0:
        raise SystemExit(f"safetyworker {' '.join(argv)} failed ({code}): {err.getvalue()}")
    text = out.getvalue().strip()
    return json.loads(text) if text and "--json" in argv else None


def schema_version(store_dir: Path) -> int:
    from safetyworker.store import migrations
    from safetyworker.store.vault import Store

    with Store.unlock(store_dir, PASSPHRASE) as store:
        return migrations.current(store.db)


def has_command(*path: str) -> bool:
    """Whether this version's CLI has ``path`` (e.g. ``office confirm``)."""
    from safetyworker.cli.main import build_parser

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            build_parser().parse_args([*path, "--help"])
        except SystemExit as done:
            return done.code == 0
    return False


def add_caseload(store_dir: Path, names: list[str], with_plan: bool) -> dict[str, str]:
    """Demo cases (contact methods with safe windows, children, the person causing harm and their programme),
    a few contact log entries and notes, and (schema 2 on) a safety plan saved twice."""
    from safetyworker.demo import demo_cases
    from safetyworker.services.cases import CaseService
    from safetyworker.store.vault import Store

    wanted = [c for c in demo_cases() if c["preferred_name"] in names]
    with Store.unlock(store_dir, PASSPHRASE) as store:
        service = CaseService(store)
        ids = dict(zip([c["preferred_name"] for c in wanted], service.add(wanted), strict=True))
        now = datetime.now(UTC).replace(microsecond=0)
        for n, (name, case_id) in enumerate(ids.items()):
            method = service.show(case_id)["contact_methods"][0]
            first = service.append_log(
                case_id,
                channel="phone",
                outcome="no_answer_no_message",
                at=now - timedelta(days=9 + n, hours=3),
                override_reason="The only time they could talk this week",
                contact_method_id=method["id"],
            )
            service.append_log(
                case_id,
                channel="visit",
                outcome="spoke",
                at=now - timedelta(days=6 + n),
                note=f"Met {name} at the neutral venue; went over the plan.",
            )
            service.append_log(
                case_id,
                channel="phone",
                outcome="no_answer_no_message",
                at=now - timedelta(days=9 + n, hours=2),
                override_reason="Correcting the time of the earlier entry",
                contact_method_id=method["id"],
                corrects_id=first,
            )
            note = service.append_note(case_id, f"{name} asked for the housing solicitor's details.")
            service.append_note(case_id, f"{name} asked for the benefits adviser's details.", corrects_id=note)
        if with_plan:
            from safetyworker.plans.demo_plans import PLANS

            from safetyworker.services.plans import PlanService

            for plan in PLANS["Ffion"][:2]:
                PlanService(store).set(ids["Ffion"], plan, author=WORKER)
    return ids


def snapshot(store_dir: Path, role: str) -> dict[str, Any]:
    """What this version shows of the store through its own CLI, plus its row counts and audit chain length.

    Each entry is a command line and its JSON output; the test runs the same line through today's CLI."""
    from safetyworker.store.vault import Store

    with Store.unlock(store_dir, PASSPHRASE) as store:
        case_ids = [r[0] for r in store.db.execute("SELECT id FROM case_record ORDER BY id")]
        tables = [r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")]
        plan_cases = []
        if "safety_plan_version" in tables:
            plan_cases = [r[0] for r in store.db.execute("SELECT DISTINCT case_id FROM safety_plan_version")]
    commands: list[list[str]] = [["--json", "case", "show", case_id] for case_id in case_ids]
    for case_id in sorted(plan_cases):
        versions = cli(store_dir, "--json", "plan", "versions", case_id)
        commands.append(["--json", "plan", "versions", case_id])
        for v in versions:
            commands.append(["--json", "plan", "show", case_id, "--version", str(v["version"])])
    if "sync_peer" in tables:
        commands += [["--json", "bundle", "status"], ["--json", "conflicts", "list"]]
        if role == "office":
            commands.append(["--json", "office", "workers"])
    shown = [{"argv": argv, "output": cli(store_dir, *argv)} for argv in commands]
    with Store.unlock(store_dir, PASSPHRASE) as store:
        from safetyworker.store import audit, migrations

        rows = {t: store.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        chain_ok = audit.verify_chain(store)
        seq, last = store.db.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
        version = migrations.current(store.db)
    return {
        "role": role,
        "schema_version": version,
        "commands": shown,
        "rows": rows,
        "audit_chain_ok": chain_ok,
        "audit_last": {"seq": seq, "hash": last},
    }


def make_single(work: Path) -> dict[str, Path]:
    """Schema 1 and 2: one worker's store, no sync."""
    laptop = work / "laptop"
    cli(laptop, "init")
    add_caseload(laptop, ["Ffion", "Alex"], with_plan=schema_version(laptop) >= 2)
    return {"laptop": laptop}


def make_synced(work: Path) -> dict[str, Path]:
    """Schema 3 on: an office store and one enrolled laptop, bundles both ways, an office case, a conflict."""
    office, laptop, enrol = work / "office", work / "laptop", work / "enrol.json"
    cli(office, "--json", "init", "--office", "--name", OFFICE_NAME)
    worker_id = cli(office, "--json", "office", "enrol", "--worker", WORKER, "-o", str(enrol))["worker_id"]
    joined = cli(laptop, "--json", "init", "--enrol", str(enrol))
    enrol.unlink()
    ids = add_caseload(laptop, ["Ffion", "Alex"], with_plan=True)

    first = work / "to-office-1.age"
    cli(laptop, "--json", "bundle", "export", "-o", str(first))
    taken = cli(office, "--json", "bundle", "import", str(first), check=False)
    if taken is None and has_command("office", "confirm"):  # from schema 6: the office confirms the words first
        cli(office, "--json", "office", "confirm", worker_id, joined["device_fingerprint"])
        taken = cli(office, "--json", "bundle", "import", str(first))
    if taken is None or taken["status"] != "applied":
        raise SystemExit(f"the office did not take the laptop's first bundle: {taken}")

    office_case = work / "office-case.json"
    office_case.write_text(json.dumps({"preferred_name": "Rhian", "locality": "Knighton", "status": "referred"}))
    cli(office, "case", "add", str(office_case))
    from safetyworker.store.vault import Store

    with Store.unlock(office, PASSPHRASE) as store:
        (rhian,) = [
            r[0] for r in store.db.execute("SELECT id FROM case_record WHERE id NOT IN (?, ?)", tuple(ids.values()))
        ]
    cli(office, "--json", "office", "assign", rhian, worker_id)

    # Both sides change Ffion's locality while apart: the second bundle to arrive meets a conflict.
    for store_dir, town in ((office, "Llanidloes (office's note)"), (laptop, "Llanidloes town centre")):
        change = work / f"change-{store_dir.name}.json"
        change.write_text(json.dumps({"locality": town}))
        cli(store_dir, "case", "update", ids["Ffion"], str(change))

    to_laptop = work / "to-laptop-1.age"
    cli(office, "--json", "bundle", "export", "--to", worker_id, "-o", str(to_laptop))
    cli(laptop, "--json", "bundle", "import", str(to_laptop))
    second = work / "to-office-2.age"
    cli(laptop, "--json", "bundle", "export", "-o", str(second))
    cli(office, "--json", "bundle", "import", str(second))
    return {"office": office, "laptop": laptop}


def _commit(checkout: Path) -> str:
    done = subprocess.run(["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    checkout, out = Path(argv[0]).resolve(), Path(argv[1]).resolve()
    _setup(checkout)
    if out.exists():
        raise SystemExit(f"{out} exists: remove it first")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        from safetyworker.store import migrations

        latest = migrations.latest()
        stores = make_synced(work) if latest >= 3 else make_single(work)
        doc = {
            "schema_version": latest,
            "made_by_commit": _commit(checkout),
            "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "volatile_keys": list(VOLATILE_KEYS),
            "stores": {role: snapshot(folder, role) for role, folder in stores.items()},
        }
        out.mkdir(parents=True)
        for role, folder in stores.items():
            shutil.copytree(folder, out / role)
        (out / "snapshot.json").write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} (schema {latest}, commit {doc['made_by_commit']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
