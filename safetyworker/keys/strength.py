"""How hard a passphrase is to guess, judged by zxcvbn (a maintained estimator that knows common passwords,
names, keyboard runs, dates and repeats), with a plain, kind hint in our own words.

Why zxcvbn and not a length rule: "password123" and "1234567890" are long enough and among the first guesses
anyone tries. The store's Argon2id slows each guess down; only a passphrase outside those lists makes that matter.
A passphrase is accepted at score 3 ("safely unguessable": about 10^10 guesses) or above, and at least
``MIN_LENGTH`` characters. See docs/store-protection.md ("Passphrase strength").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from safetyworker.i18n import _

MIN_LENGTH = 10
MIN_SCORE = 3
#: zxcvbn refuses longer input; a passphrase longer than this is judged by its first part, which can only
#: make the estimate lower than the whole deserves.
_MAX_JUDGED = 72
#: Words anyone would try first against this app's stores.
_APP_WORDS = ("safety", "worker", "safetyworker", "safety worker", "caseload")


@dataclass(frozen=True)
class Strength:
    """``score`` 0 (guessed at once) to 4 (very hard to guess); ``hint`` says what to do, in plain words."""

    score: int
    acceptable: bool
    hint: str


def estimate(passphrase: str, related: tuple[str, ...] = ()) -> Strength:
    """The strength of ``passphrase``; ``related`` are words tied to this store (an office name, a worker's name)
    that make a passphrase easier to guess."""
    if not passphrase:
        return Strength(0, False, "")
    # imported here: its word lists take 14 MB and a tenth of a second, and only a new passphrase is judged
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_MAX_JUDGED], user_inputs=[*_APP_WORDS, *(w for w in related if w)])
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        return Strength(
            min(score, MIN_SCORE - 1),
            False,
            _("Too short: use at least {n} characters. A few unrelated words are easy to remember.").format(
                n=MIN_LENGTH
            ),
        )
    if score >= 4:
        return Strength(score, True, _("Strong: hard to guess."))
    if score == MIN_SCORE:
        return Strength(score, True, _("Good enough. Stronger: add another unrelated word."))
    why = _why_weak(result.get("sequence") or [])
    if score == MIN_SCORE - 1:
        return Strength(score, False, _("Nearly there{why}. Add another unrelated word.").format(why=why))
    return Strength(score, False, _("Too easy to guess{why}. Try three or four unrelated words.").format(why=why))


def _why_weak(matches: Sequence[Mapping[str, object]]) -> str:
    """The first thing zxcvbn found that a guesser would try, as a few words (with a leading ": ")."""
    for match in matches:
        pattern = match.get("pattern")
        if pattern == "dictionary" and match.get("dictionary_name") == "passwords":
            return _(": it is one of the most used passwords")
        if pattern == "dictionary" and match.get("dictionary_name") == "user_inputs":
            return _(": it uses words tied to this app")
        if pattern == "dictionary" and match.get("dictionary_name") in ("female_names", "male_names", "surnames"):
            return _(": names are among the first guesses")
        if pattern == "spatial":
            return _(": keys next to each other are easy to guess")
        if pattern == "sequence":
            return _(": runs like abc or 1234 are easy to guess")
        if pattern == "repeat":
            return _(": repeated characters are easy to guess")
        if pattern in ("date", "regex"):
            return _(": dates and years are easy to guess")
    return ""
