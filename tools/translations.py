"""The translation catalogues: one command to refresh them from the sources, and a list of what needs Welsh.

    python tools/translations.py            # `make translations`: update the .ts from the sources, then compile
    python tools/translations.py unfinished # list the entries still to translate (exit 1 when there are some)

One catalogue per language in resources/translations/: safetyworker_cy.ts (every string, in Welsh) and
safetyworker_en.ts (only the plural forms of the English text, which Qt needs for ``tr(..., n)``). It holds
the desktop's strings (``tr()`` in safetyworker/ui/ and the Designer forms in ui/) found by pyside6-lupdate,
and the core's (``_``, ``_n``, ``N_`` in the rest of safetyworker/) under the context "core": lupdate does not
know ``_``, so this script reads the core with Python's ``ast`` and hands lupdate a generated file of
``QT_TRANSLATE_NOOP("core", ...)`` lines. The build (hatch_build.py) compiles the .ts to .qm for Qt and the
"core" context to .json for safetyworker.i18n (no Qt in the core).

Entries are written without source locations (``-locations none``): every edit elsewhere in a file would
otherwise change the catalogue and make merges clash. Strings no longer in the sources are dropped
(``-no-obsolete``); a changed string is a new entry, unfinished until someone translates it.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from hatch_build import compile_translations, qt_tool  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
CORE_CONTEXT = "core"
NOTE = {
    "cy": (
        "Welsh catalogue of Safety Worker. NOT YET REVIEWED: these translations were written by the developers, "
        "not by a Welsh speaker. Before Welsh is offered to workers, a fluent Welsh speaker (ideally one who "
        "knows the work) should read every entry. Refresh with `make translations`; list what still needs "
        "Welsh with `python tools/translations.py unfinished`."
    ),
    "en": "English plural forms of Safety Worker's text (tr(..., n)); the rest of the English is in the sources.",
}
MARKERS = {"_": False, "N_": False, "_n": True}
#: Qt's own text on the standard buttons the app uses (Qt ships no Welsh for them), under Qt's context.
QT_BUTTONS = ("OK", "Cancel", "Close", "Save", "Discard", "&Yes", "&No", "Yes", "No")


def core_messages(root: Path = ROOT) -> tuple[list[tuple[str, bool]], list[str]]:
    """The core's marked strings (text, is a plural) and the calls that cannot be translated (not a literal)."""
    found: dict[str, bool] = {}
    problems = []
    package = root / "safetyworker"
    for path in sorted(package.rglob("*.py")):
        if (package / "ui") in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS):
                continue
            plural = MARKERS[node.func.id]
            args = node.args[:2] if plural else node.args[:1]
            if not args or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                where = f"{path.relative_to(root)}:{node.lineno}"
                if node.func.id == "_" and _is_marked_constant(node):
                    continue
                problems.append(f"{where}: {node.func.id}() needs literal text: {ast.unparse(node)[:70]}")
                continue
            found[args[-1].value] = found.get(args[-1].value, False) or plural
    return sorted(found.items()), problems


def _is_marked_constant(node: ast.Call) -> bool:
    """``_(NAME[...])`` or ``_(name)`` of text marked with ``N_`` where it was defined: allowed."""
    return bool(node.args) and isinstance(node.args[0], ast.Subscript | ast.Name | ast.Attribute)


def _core_stub(messages: list[tuple[str, bool]], folder: Path) -> Path:
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication", ""]
    for text, plural in messages:
        quoted = json.dumps(text, ensure_ascii=False)
        if plural:
            lines.append(f'QCoreApplication.translate("{CORE_CONTEXT}", {quoted}, None, 2)')
        else:
            lines.append(f'QT_TRANSLATE_NOOP("{CORE_CONTEXT}", {quoted})')
    lines += [f'QT_TRANSLATE_NOOP("QPlatformTheme", "{text}")' for text in QT_BUTTONS]
    stub = folder / "core_strings.py"
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def sources(root: Path = ROOT) -> list[Path]:
    """The desktop's Python sources (not the compiled forms: the .ui files are read instead) and forms."""
    ui = root / "safetyworker" / "ui"
    py = [p for p in sorted(ui.rglob("*.py")) if (ui / "forms") not in p.parents]
    return py + sorted((root / "ui").glob("*.ui"))


def update(ts_dir: Path = FOLDER, root: Path = ROOT) -> list[str]:
    """Run lupdate from the sources into ``ts_dir``'s catalogues; returns the problems found in the core."""
    messages, problems = core_messages(root)
    with tempfile.TemporaryDirectory() as tmp:
        stub = _core_stub(messages, Path(tmp))
        desktop = [str(p) for p in sources(root)]
        # English needs only the desktop's plural forms: the core's _n carries its English forms itself.
        for lang, extra, files in (("cy", [], [*desktop, str(stub)]), ("en", ["-pluralonly"], desktop)):
            ts_file = ts_dir / f"safetyworker_{lang}.ts"
            command = [qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *extra]
            command += ["-source-language", "en", "-target-language", lang, *files, "-ts", str(ts_file)]
            subprocess.run(command, check=True, cwd=root)
            _put_note(ts_file, NOTE[lang])
    return problems


def _put_note(ts_file: Path, note: str) -> None:
    """The note at the top of the catalogue (lupdate rewrites the file, so it is put back each time)."""
    text = ts_file.read_text(encoding="utf-8")
    comment = f"<!-- {note} -->\n"
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith("<!-- ")]
    at = next(i for i, line in enumerate(lines) if line.startswith("<TS "))
    ts_file.write_text("".join([*lines[:at], comment, *lines[at:]]), encoding="utf-8")


def unfinished(ts_file: Path) -> list[str]:
    """Entries still to translate: unfinished, or a plural with an empty form."""
    out = []
    for ctx in ET.parse(ts_file).getroot().iter("context"):
        name = ctx.findtext("name")
        for message in ctx.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                empty = translation is None or not all((f.text or "").strip() for f in translation.iter("numerusform"))
            else:
                empty = translation is None or not (translation.text or "").strip()
            if kind == "unfinished" or empty:
                out.append(f"{name}: {message.findtext('source')!r}")
    return out


_FIELDS = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})|%n|</?b>")


def placeholder_problems(ts_file: Path) -> list[str]:
    """Translations that lost or added a placeholder ({name}, %n, <b>): they would print the wrong value or
    fail to format, so a translation must keep exactly the source's."""
    out = []
    for ctx in ET.parse(ts_file).getroot().iter("context"):
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            wanted = sorted(set(_FIELDS.findall(source)))
            texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for text in texts:
                found = sorted(set(_FIELDS.findall(text)))
                if found != wanted and not (message.get("numerus") == "yes" and set(found) <= set(wanted)):
                    out.append(f"{ctx.findtext('name')}: {source!r} -> {text!r}: {found} instead of {wanted}")
    return out


def check(root: Path = ROOT) -> list[str]:
    """What a fresh lupdate would find missing or unfinished in the committed catalogues (nothing is
    written to them): the test in tests/test_translations.py runs this."""
    with tempfile.TemporaryDirectory() as tmp:
        for ts_file in FOLDER.glob("safetyworker_*.ts"):
            (Path(tmp) / ts_file.name).write_bytes(ts_file.read_bytes())
        problems = update(Path(tmp), root)
        for ts_file in sorted(Path(tmp).glob("safetyworker_*.ts")):
            problems += [f"{ts_file.name}: {entry}" for entry in unfinished(ts_file)]
            problems += [f"{ts_file.name}: {entry}" for entry in placeholder_problems(ts_file)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", nargs="?", default="all", choices=("all", "update", "release", "unfinished"))
    args = parser.parse_args(argv)
    if args.action in ("all", "update"):
        for problem in update():
            print(problem, file=sys.stderr)
    if args.action in ("all", "release"):
        compile_translations(ROOT)
    if args.action in ("all", "unfinished"):
        left = [f"{p.name}: {e}" for p in sorted(FOLDER.glob("safetyworker_*.ts")) for e in unfinished(p)]
        print("\n".join(left) if left else "Every entry is translated.")
        print(f"{len(left)} entries still to translate." if left else "", end="\n" if left else "")
        return 1 if left and args.action == "unfinished" else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
