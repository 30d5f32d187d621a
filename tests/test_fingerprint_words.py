"""The words a worker reads aloud (key fingerprints at enrolment, office recovery codes): a list with no word
that could frighten or hurt a client in the room, large enough to keep the codes strong, and the same list on
the office computer and every laptop."""

from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from safetyworker.resources import resource
from safetyworker.sync import enrolment, keys, recovery

from .conftest import PASSPHRASE

#: Named in issue 11: each was in the BIP-39 list shown before.
NAMED = ("abuse", "assault", "knife", "weapon", "gun", "prison", "liar", "kick")
#: SHA-256 of fingerprint-words-1.txt as used. It changes only with a new list version (a new file), and then
#: the office and the laptops must be updated together (docs/sync.md).
LIST_V1 = "d20b6806db3ee3c6ee90fec33367b1d8bb15415a601f0a8787a46d6d7d1d2c6e"


def denied() -> set[str]:
    text = resource("wordlists", f"deny-{keys.WORDLIST_VERSION}.txt").read_text("utf-8")
    return {line.split("#", 1)[0].strip() for line in text.splitlines()} - {""}


def test_the_words_shown_never_include_a_frightening_word():
    """Thousands of fingerprints, as enrolments and recoveries would show them: none holds a denied word."""
    rng = random.Random(11)
    shown = {w for _i in range(5000) for w in keys.words(rng.randbytes(32)).split()}
    assert not shown & set(NAMED)
    assert not shown & denied()
    assert len(shown) > 2048, "the whole list is in use, not a part of it"


def test_the_list_is_large_plain_and_without_the_denied_words():
    words = keys.wordlist()
    assert len(words) >= 2048
    assert len(set(words)) == len(words)
    assert all(re.fullmatch(r"[a-z]{3,9}", w) for w in words), "plain letters, easy to type in a recovery code"
    assert set(NAMED) <= denied()
    assert not set(words) & denied()
    assert not [w for w in words if re.search(r"gun|knife|^kill|murder|^rap(e|ist)|abus|assault|weapon|prison|jail", w)]


def test_office_and_laptop_use_the_same_list_and_show_the_same_words(tmp_path):
    assert keys.WORDLIST_VERSION == 1
    assert keys.wordlist_fingerprint() == LIST_V1
    # The words for a key are a fixed function of the key and the list: pinned, so a changed list or encoding
    # cannot slip in unnoticed and make the office and a laptop of another version disagree.
    assert keys.fingerprint("00" * 32, "age1example") == "subtext unnoticed unethical glisten probiotic earthworm"
    office = enrolment.create_office(tmp_path / "office", PASSPHRASE, "North office")
    try:
        enrol = enrolment.enrol_worker(office, "Ash")
        (tmp_path / "enrol.json").write_bytes(enrolment.enrolment_bytes(enrol))
        laptop = enrolment.create_laptop(
            tmp_path / "laptop", PASSPHRASE, enrolment.read_enrolment(tmp_path / "enrol.json")
        )
        try:
            said_at_office = enrolment.office_fingerprint(office)
            said_on_laptop = enrolment.office_fingerprint(laptop)
            assert said_at_office == said_on_laptop
            assert len(said_at_office.split()) == 6 and set(said_at_office.split()) <= set(keys.wordlist())
            request = tmp_path / "request.json"
            request.write_bytes(recovery.request(tmp_path / "laptop"))
            _answer, code = recovery.answer(office, request)
            assert len(code.split()) == 6 and set(code.split()) <= set(keys.wordlist())
            assert not set(code.split()) & denied()
        finally:
            laptop.close()
    finally:
        office.close()


@given(st.binary(min_size=32, max_size=32))
def test_different_keys_give_different_words(data):
    """The words are the hash written in base len(list): read back, they give the number (mod size**6)."""
    table = keys.wordlist()
    said = keys.words(data).split()
    assert len(said) == 6
    value = sum(table.index(w) * len(table) ** i for i, w in enumerate(said))
    assert value == int.from_bytes(data, "big") % len(table) ** 6
