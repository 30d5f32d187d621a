"""Every audit event code the app writes reads as words, in English and Welsh, in the CLI's ``audit list`` and the
desktop's Audit view (one table: services/audit.py LABELS). A reviewer at the office saw raw codes
("office.enrol…", "office.hold") in the Audit view."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from safetyworker import i18n
from safetyworker.cli.main import main
from safetyworker.services import audit as audit_service
from safetyworker.store import audit as audit_store

ROOT = Path(__file__).resolve().parent.parent / "safetyworker"

#: Calls whose code is a variable (a parameter its callers pass): the codes it takes, each checked to be in the
#: sources.
CHOSEN_CODES = {
    "services/cases.py": ("case.create", "case.import"),
    "services/plans.py": ("plan.preview", "plan.print", "plan.save_pdf", "plan.show_person"),
    "services/risk.py": ("risk.referral_pdf", "risk.referral_save_pdf"),
}


def _is_record_call(node: ast.Call, in_audit_module: bool) -> bool:
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "record":
        return isinstance(func.value, ast.Name) and func.value.id == "audit"
    return in_audit_module and isinstance(func, ast.Name) and func.id == "record"


def written_codes() -> set[str]:
    """Every code passed to ``audit.record`` anywhere in safetyworker/ (read from the source, not a list)."""
    codes: set[str] = set()
    variables: set[str] = set()
    everything = "".join(p.read_text(encoding="utf-8") for p in ROOT.rglob("*.py"))
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call) or not _is_record_call(node, relative == "store/audit.py"):
                continue
            if len(node.args) < 2:
                continue
            code = node.args[1]
            if isinstance(code, ast.Constant) and isinstance(code.value, str):
                codes.add(code.value)
            elif isinstance(code, ast.Attribute) and isinstance(code.value, ast.Name) and code.value.id == "audit":
                codes.add(getattr(audit_store, code.attr))
            elif isinstance(code, ast.Name) and code.id.isupper() and relative == "store/audit.py":
                codes.add(getattr(audit_store, code.id))
            elif isinstance(code, ast.IfExp):
                for branch in (code.body, code.orelse):
                    assert isinstance(branch, ast.Attribute), f"{relative}: {ast.unparse(code)}"
                    codes.add(getattr(audit_store, branch.attr))
            else:
                assert relative in CHOSEN_CODES, f"{relative}: a code the test cannot read: {ast.unparse(code)}"
                variables.add(relative)
                for chosen in CHOSEN_CODES[relative]:
                    assert f'"{chosen}"' in everything, f"nothing in safetyworker/ writes {chosen} now"
                    codes.add(chosen)
    assert variables == set(CHOSEN_CODES), "CHOSEN_CODES names a file that no longer chooses its code"
    return codes


def test_the_source_scan_finds_the_codes():
    codes = written_codes()
    assert {"case.create", "office.hold", "office.enrol", "store.unlock", "caseload.search"} <= codes
    assert len(codes) > 60


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_every_code_written_has_words(lang):
    i18n.set_language(lang)
    try:
        missing = sorted(c for c in written_codes() if c not in audit_service.LABELS)
        assert missing == [], f"codes with no words in services/audit.py LABELS: {missing}"
        untranslated = sorted(
            code for code in written_codes() if lang == "cy" and audit_service.label(code) == audit_service.LABELS[code]
        )
        assert untranslated == [], f"codes whose words have no Welsh: {untranslated}"
        for code in written_codes():
            text = audit_service.label(code)
            assert text and "." not in text.split()[0] and "_" not in text, (code, text)
    finally:
        i18n.set_language("en")


def test_the_cli_audit_list_says_office_events_in_words(tmp_path, monkeypatch, capsys):
    """An office that has enrolled and confirmed a laptop: its trail reads as words, no codes."""
    from tests.sync_world import PASSPHRASE, World

    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    world = World(tmp_path / "w", names=("Ash",))
    world.register_all()
    world.close()
    capsys.readouterr()
    assert main(["--store", str(world.folder("office")), "audit", "list", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    meanings = {e["action"]: e["meaning"] for e in events}
    assert meanings["office.create"] == "Office set up"
    assert meanings["office.confirm"] == "Laptop's words confirmed"
    assert all(e["meaning"] != e["action"] for e in events), meanings
