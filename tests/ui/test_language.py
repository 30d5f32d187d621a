"""A worker chooses Cymraeg in Settings: the choice is kept, and the app opens in Welsh from its next start,
the core's messages included (the same catalogue, read without Qt)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from safetyworker import i18n
from safetyworker.ui import prefs
from safetyworker.ui.look import apply_look, install_language


@pytest.fixture
def back_to_english(qapp):
    yield
    install_language(qapp, "en")


def choose_in_settings(qtbot, language: str) -> None:
    from safetyworker.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.language.setFocus()
    qtbot.keyClicks(dialog.ui.language, language[:2])  # a combo box selects the item its typed letters start
    assert dialog.ui.language.currentText() == language
    assert dialog.ui.languageHint.isVisible(), "it says the choice applies at the next start"
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_cymraeg_chosen_in_settings_is_remembered_and_the_app_opens_in_welsh(
    qtbot, qapp, session, bridge, demo_store_dir, back_to_english
):
    from safetyworker.ui.main_window import MainWindow
    from safetyworker.ui.unlock_dialog import UnlockDialog

    choose_in_settings(qtbot, "Cymraeg")
    assert prefs.language() == "cy", "remembered on this laptop"

    apply_look(qapp)  # the next start
    unlock = UnlockDialog(demo_store_dir)
    qtbot.addWidget(unlock)
    assert unlock.windowTitle() == "Datgloi Safety Worker"
    qtbot.keyClicks(unlock.ui.passphrase, "not the passphrase")
    qtbot.mouseClick(unlock.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cyfrinymadrodd" in unlock.ui.error.text(), timeout=10_000)

    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.ui.actionToday.text() == "Heddiw"
    statuses = {window.proxy.index(row, 2).data() for row in range(window.proxy.rowCount())}
    assert "Gweithredol" in statuses, "the record's words (module-level tr) are found in the catalogue"
    assert window.ui.countLabel.text() == f"{window.model.total()} achos", "a Welsh count"
    assert i18n._("Pets") == "Anifeiliaid anwes", "the core speaks Welsh too"


def test_english_again_and_english_counts(qtbot, qapp, session, bridge, back_to_english):
    from safetyworker.ui.main_window import MainWindow

    prefs.set_language("cy")
    choose_in_settings(qtbot, "English")
    assert prefs.language() == "en"
    apply_look(qapp)
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    total = window.model.total()
    assert window.ui.countLabel.text() == f"{total} cases" and total > 1
    assert window.tr("%n case(s)", "", 1) == "1 case", "the English plural forms come from their catalogue"


def test_until_a_choice_is_made_the_language_follows_the_system(monkeypatch):
    monkeypatch.delenv("SAFETYWORKER_LANG")

    class WelshSystem:
        @staticmethod
        def system():
            return QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)

    monkeypatch.setattr(prefs, "QLocale", WelshSystem)
    assert prefs.language() == "cy"
    prefs.set_language("en")
    assert prefs.language() == "en", "a choice made in Settings wins over the system"


def test_qt_and_the_core_pick_the_same_welsh_plural_form(tmp_path, qapp):
    """The core's reader chooses among a .ts entry's forms as Qt does, so a count reads the same in both."""
    ts_file = tmp_path / "forms_cy.ts"
    forms = "".join(f"<numerusform>F{i}</numerusform>" for i in range(5))
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="cy">\n<context>'
        f'<name>T</name><message numerus="yes"><source>%n x</source><translation>{forms}</translation>'
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    lrelease = str(__import__("hatch_build").qt_tool("pyside6-lrelease"))
    subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(tmp_path / "forms_cy.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "forms_cy.qm"))
    for n in range(0, 40):
        qt = translator.translate("T", "%n x", None, n)
        assert qt == f"F{i18n.plural_form('cy', n)}", n


def test_the_core_never_loads_qt_to_translate():
    """The command line in Welsh with PySide6 unimportable: the core reads the compiled catalogue itself."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from safetyworker import i18n\n"
        "i18n.set_language('cy')\n"
        "from safetyworker.plans.model import SECTION_TITLES\n"
        "print(SECTION_TITLES['pets'])\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "Anifeiliaid anwes"
