"""The command line in Welsh across the commands of issues 15-20, as a worker or coordinator types them: the
words come from the catalogue (never a stored code such as "active" or "attempted"), and every count takes
its own plural form ("1 year", "6 o flynyddoedd"), never "(s)".
"""

from __future__ import annotations

import json

import pytest

from safetyworker import i18n
from safetyworker.cli.main import main

PASSPHRASE = "correct horse battery staple gently"
CODES = ("active", "not_assessed", "attempted", "made_in_time", "by_kind", "programme_starts", "phone:")


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)

    def run(folder: str, *argv: str) -> str:
        code = main(["--store", str(tmp_path / folder), "--without-keyring", "file", *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    yield run
    i18n.set_language("en")


def test_the_reports_say_words_in_the_language_chosen_not_the_codes(run):
    run("s", "demo")
    for language, said in (("en", ("Active", "Phone call", "attempted 32")), ("cy", ("Gweithredol", "Galwad ffôn"))):
        i18n.set_language(language)
        out = run("s", "report", "caseload") + run("s", "report", "contacts") + run("s", "report", "timeliness")
        for word in said:
            assert word in out, (language, word)
        for code in CODES if language == "cy" else CODES[1:2] + CODES[3:]:  # "attempted" is English too
            assert code not in out, (language, code, out)
    i18n.set_language("cy")
    assert "Adroddiad: Llwyth achosion, atgyfeiriadau a chau" in run("s", "report", "caseload")
    doc = json.loads(run("s", "--json", "report", "caseload"))
    assert "active" in doc["by_status"], "the JSON keeps the codes for scripts"


@pytest.mark.parametrize(
    ("language", "years", "said"),
    [
        ("en", "1", "erased 1 year after"),
        ("en", "6", "erased 6 years after"),
        ("cy", "1", "dileu 1 flwyddyn ar ôl"),
        ("cy", "6", "dileu 6 o flynyddoedd ar ôl"),  # never "6 mlynedd"
    ],
)
def test_a_count_takes_its_plural_form(run, language, years, said):
    run("office", "init", "--office", "--name", "Northshire")
    run("office", "settings", "set", "retention_years", years)
    i18n.set_language(language)
    assert said in run("office", "retention", "show")


def test_the_agenda_and_a_case_say_kinds_statuses_and_channels_in_words(run):
    run("s", "demo")
    i18n.set_language("cy")
    agenda = run("s", "agenda")
    assert "Cyswllt diwedd y rhaglen" in agenda and "  end" not in agenda, agenda
    cases = run("s", "case", "list")
    assert "Gweithredol" in cases and "active" not in cases
    ffion = next(line.split()[0] for line in cases.splitlines() if "Ffion" in line)
    shown = run("s", "case", "show", ffion)
    assert "Galwad ffôn" in shown and "Wedi siarad â nhw" in shown and "  phone  " not in shown
