"""The Welsh catalogue is complete, and the core and the command line speak from it without Qt.

The completeness test runs the real pipeline (pyside6-lupdate from the sources and forms, into a copy of the
catalogue) and fails on any string missing from it or not finished, so a string added or changed anywhere
(another branch's merge included) fails here until `make translations` is run and the Welsh is written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from safetyworker import i18n
from safetyworker.resources import resource

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402


@pytest.fixture
def welsh():
    i18n.set_language("cy")
    yield
    i18n.set_language("en")


def test_every_string_in_the_sources_and_forms_is_translated_into_welsh():
    problems = translations.check()
    assert problems == [], "run `make translations` and translate:\n" + "\n".join(problems[:40])


def test_a_new_untranslated_string_is_caught(tmp_path):
    """The check sees a new string in the core (``_``), in the desktop (``tr``) and in a form."""
    (tmp_path / "safetyworker" / "ui").mkdir(parents=True)
    (tmp_path / "ui").mkdir()
    (tmp_path / "safetyworker" / "service.py").write_text(
        'from safetyworker.i18n import _\n\nMESSAGE = _("A sentence nobody has translated yet.")\n'
    )
    (tmp_path / "safetyworker" / "ui" / "window.py").write_text(
        textwrap.dedent(
            """
            from PySide6.QtWidgets import QWidget

            class Window(QWidget):
                def title(self):
                    return self.tr("A window title nobody has translated")
            """
        )
    )
    form = (ROOT / "ui" / "settings_dialog.ui").read_text(encoding="utf-8")
    (tmp_path / "ui" / "new_dialog.ui").write_text(form.replace("Settings", "A brand new dialog"), encoding="utf-8")
    problems = "\n".join(translations.check(tmp_path))
    assert "A sentence nobody has translated yet." in problems
    assert "A window title nobody has translated" in problems
    assert "A brand new dialog" in problems


def test_text_the_catalogue_cannot_hold_is_refused(tmp_path):
    """``_`` of a computed string can never be translated: the check names the line."""
    (tmp_path / "safetyworker").mkdir()
    (tmp_path / "safetyworker" / "bad.py").write_text('from safetyworker.i18n import _\n\nx = _(f"{1} cases")\n')
    _messages, problems = translations.core_messages(tmp_path)
    assert problems and "bad.py:3" in problems[0]


def test_a_translation_that_drops_a_placeholder_is_caught(tmp_path):
    ts_file = tmp_path / "safetyworker_cy.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="cy">\n<context>\n'
        "<name>core</name>\n<message><source>There is no folder {folder}.</source>\n"
        "<translation>Does dim ffolder.</translation></message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    assert translations.placeholder_problems(ts_file), "the folder's name would be lost"


def test_the_catalogue_says_it_has_not_been_reviewed_by_a_welsh_speaker():
    head = resource("translations", "safetyworker_cy.ts").read_text(encoding="utf-8")[:800]
    assert "NOT YET REVIEWED" in head and "Welsh speaker" in head


def test_the_core_speaks_welsh_from_the_compiled_catalogue(welsh):
    from safetyworker.errors import InvalidInput
    from safetyworker.plans.model import SECTION_TITLES
    from safetyworker.records.reader import Reader

    compiled = json.loads(resource("translations", "safetyworker_cy.json").read_text(encoding="utf-8"))
    assert compiled["language"] == "cy" and len(compiled["messages"]) > 500
    assert SECTION_TITLES["pets"] == "Anifeiliaid anwes", "a table built at import follows the language"
    with pytest.raises(InvalidInput) as raised:
        Reader({"name": 3}, "case").text("name")
    assert "rhaid iddo fod yn destun" in str(raised.value)


def test_welsh_counts_take_their_plural_forms(welsh):
    one = i18n._n("{n} case", "{n} cases", 1).format(n=1)
    three = i18n._n("{n} case", "{n} cases", 3).format(n=3)
    assert (one, three) == ("1 achos", "3 achos")  # Welsh: a numeral takes the singular noun
    i18n.set_language("en")
    assert i18n._n("{n} case", "{n} cases", 1).format(n=1) == "1 case"
    assert i18n._n("{n} case", "{n} cases", 3).format(n=3) == "3 cases"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"SAFETYWORKER_LANG": "cy"}, "cy"),
        ({"SAFETYWORKER_LANG": "en", "LANG": "cy_GB.UTF-8"}, "en"),
        ({"LANG": "cy_GB.UTF-8"}, "cy"),
        ({"LC_ALL": "cy_GB.utf8", "LANG": "en_GB.UTF-8"}, "cy"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_command_line_follows_safetyworker_lang_then_the_system_locale(environ, expected):
    assert i18n.language_from_environment(environ) == expected


@pytest.mark.parametrize("env", [{"SAFETYWORKER_LANG": "cy"}, {"SAFETYWORKER_LANG": "", "LANG": "cy_GB.UTF-8"}])
def test_the_command_line_speaks_welsh(tmp_path, env):
    """A real run of the command line: its error, from the core, in Welsh; with exit code 1 as in English."""
    environ = {**os.environ, **env}
    environ.pop("LC_ALL", None)
    environ.pop("LC_MESSAGES", None)
    run = subprocess.run(
        [sys.executable, "-m", "safetyworker", "--store", str(tmp_path / "none"), "case", "list"],
        capture_output=True,
        text=True,
        env=environ,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert run.returncode == 1
    assert "Dim cyfrinymadrodd" in run.stderr, run.stderr


def test_a_module_level_tr_uses_the_context_lupdate_files_it_under():
    """lupdate files a module-level ``tr("...")`` under the empty context: a wrapper that looks it up under a
    named context ("ReportsModel") finds nothing there, and the words stay English whatever the language."""
    import ast

    wrong = []
    for path in sorted((ROOT / "safetyworker" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and ast.unparse(node.func.value) == "QCoreApplication"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value != ""
                and not (len(node.args) > 1 and isinstance(node.args[1], ast.Constant))
            ):
                wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []


def test_no_count_is_translated_in_a_base_class():
    """Qt's ``tr()`` in a class another class builds on asks each class in turn and stops at the first answer
    that differs from the source text; an untranslated plural always differs ("13 case(s)"), so a count said in a
    base class's method stayed "13 case(s)" in the classes built on it, in English and Welsh alike. A count is said
    in the class that is made, or in a method every class built on it replaces (without calling it)."""
    import ast

    classes: dict[str, ast.ClassDef] = {}
    built_on: dict[str, list[str]] = {}
    for path in (ROOT / "safetyworker" / "ui").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = node
                for base in node.bases:
                    built_on.setdefault(ast.unparse(base).rsplit(".", 1)[-1], []).append(node.name)

    def replaces(name: str, method: str) -> bool:
        """The class defines ``method`` and never calls the one it replaces."""
        own = [f for f in classes[name].body if isinstance(f, ast.FunctionDef) and f.name == method]
        return bool(own) and f"super().{method}(" not in ast.unparse(own[0])

    wrong = []
    for name, users in sorted(built_on.items()):
        if name not in classes:
            continue
        for method in (f for f in classes[name].body if isinstance(f, ast.FunctionDef)):
            counts = [
                node.lineno
                for node in ast.walk(method)
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and len(node.args) >= 3
            ]
            if counts and not all(replaces(user, method.name) for user in users):
                wrong += [f"{name}.{method.name}, line {line}" for line in counts]
    assert wrong == [], "say these counts in the class that is made:\n" + "\n".join(wrong)


def test_no_developer_comment_reaches_the_translators_as_a_note():
    """lupdate gives a ``#:`` comment to the next tr() string, however far below it is: "case id, after a save"
    reached Welsh translators as a note on "Subject access copy…", and a sort key's note on "No.". A note for
    translators sits on the line just before its tr(); every other comment is an ordinary ``#``."""
    misplaced = []
    for path in sorted((ROOT / "safetyworker" / "ui").glob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if line.lstrip().startswith("#:") and "tr(" not in (lines[number + 1] if number + 1 < len(lines) else ""):
                misplaced.append(f"{path.name}:{number + 1}: {line.strip()}")
    assert misplaced == [], "make these ordinary comments (#):\n" + "\n".join(misplaced)
    catalogue = (ROOT / "resources" / "translations" / "safetyworker_cy.ts").read_text(encoding="utf-8")
    assert "<extracomment>" not in catalogue, "run `make translations`: the catalogue still has stray notes"


def test_the_welsh_uses_one_apostrophe():
    """Welsh elides a lot (mae'r, sy'n, o'i): one apostrophe throughout, the straight one the catalogue mostly
    had, not a mix of ' and ’ that reads as two hands (and trips a search for "mae'r")."""
    catalogue = (ROOT / "resources" / "translations" / "safetyworker_cy.ts").read_text(encoding="utf-8")
    translations_only = "".join(part.split("</translation>")[0] for part in catalogue.split("<translation")[1:])
    assert "’" not in translations_only and "&apos;" in translations_only
