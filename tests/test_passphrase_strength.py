"""A passphrase anyone would guess first ("password123", "1234567890") is refused wherever one is chosen: init,
passphrase change, recovery and the desktop's first run, with a hint in plain words; nothing is made or changed."""

from __future__ import annotations

import pytest

from safetyworker.errors import WeakPassphrase
from safetyworker.keys import strength
from safetyworker.store.vault import Store, change_passphrase

from .conftest import PASSPHRASE

WEAK = ["password123", "1234567890", "qwertyuiop", "aaaaaaaaaaaa", "abcdefghij1", "Rhiannon1988", "safetyworker1"]
STRONG = [PASSPHRASE, "kettle orchard violet train", "demo passphrase", "blue kettle river"]


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_with_a_hint(weak):
    judged = strength.estimate(weak)
    assert not judged.acceptable and judged.score < strength.MIN_SCORE
    assert "word" in judged.hint, "the hint says what would help"


@pytest.mark.parametrize("good", STRONG)
def test_a_few_unrelated_words_are_accepted(good):
    assert strength.estimate(good).acceptable


def test_the_hint_says_why_in_plain_words():
    assert "most used passwords" in strength.estimate("password123").hint
    assert "abc or 1234" in strength.estimate("abcdefghij1").hint
    assert "Too short" in strength.estimate("Xq7!vR2").hint
    assert "Stronger: add another unrelated word" in strength.estimate("blue kettle").hint
    assert strength.estimate("").hint == ""


def test_a_long_passphrase_is_judged_without_error():
    assert strength.estimate("river " * 40).hint  # past zxcvbn's own 72-character limit


def test_words_tied_to_the_office_count_against_it():
    assert strength.estimate("Northshire Women Aid").acceptable
    assert not strength.estimate("Northshire Women Aid", ("Northshire Women Aid",)).acceptable


@pytest.mark.parametrize("weak", ["password123", "1234567890"])
def test_init_refuses_a_weak_passphrase_and_makes_nothing(cli, store_dir, monkeypatch, weak):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", weak)
    code, out, err = cli("init")
    assert code == 2 and out == ""
    assert err.startswith("safetyworker: ") and err.count("\n") == 1 and "unrelated word" in err
    assert not store_dir.exists()


def test_passphrase_change_refuses_a_weak_one_and_the_old_still_opens(cli_store, store_dir, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_NEW_PASSPHRASE", "1234567890")
    before = (store_dir / "keyslots.json").read_bytes()
    code, _out, err = cli_store("passphrase", "change")
    assert code == 2 and "most used passwords" in err
    assert (store_dir / "keyslots.json").read_bytes() == before
    Store.unlock(store_dir, PASSPHRASE).close()
    with pytest.raises(WeakPassphrase):
        change_passphrase(store_dir, PASSPHRASE, "password123")


def test_the_prompt_asks_again_after_a_weak_passphrase(monkeypatch, capsys):
    from safetyworker.cli import prompt

    typed = iter(["password123", "kettle orchard violet train", "kettle orchard violet train"])
    monkeypatch.delenv("SAFETYWORKER_PASSPHRASE", raising=False)
    monkeypatch.setattr(prompt, "_ask", lambda _label: next(typed))
    assert prompt.new() == "kettle orchard violet train"
    assert "most used passwords" in capsys.readouterr().err


def test_the_prompt_gives_up_after_three_weak_tries(monkeypatch):
    from safetyworker.cli import prompt

    monkeypatch.delenv("SAFETYWORKER_PASSPHRASE", raising=False)
    monkeypatch.setattr(prompt, "_ask", lambda _label: "1234567890")
    with pytest.raises(WeakPassphrase):
        prompt.new()
