"""Enrolment that a copied file cannot hijack: the office applies a laptop's first bundle only once it has
confirmed the six words that laptop shows, and a second laptop presenting the same enrolment is refused with an
alert for the coordinator (docs/sync.md, "Confirming a laptop")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safetyworker.errors import InvalidInput
from safetyworker.sync import confirmation, office, status
from safetyworker.sync.bundles import NotEnrolled
from safetyworker.sync.confirmation import EnrolmentRefused, EnrolmentUsedTwice, WaitingForConfirmation, WordsDoNotMatch
from safetyworker.sync.keys import wordlist
from tests.sync_world import World, store_fingerprint


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path, names=())
    yield w
    w.close()


def _worker(world: World, name: str) -> dict:
    return next(w for w in office.workers(world.office) if w["worker_id"] == world.worker_ids[name])


def test_first_bundle_is_held_until_the_office_confirms_the_words_then_applied_on_import_again(world):
    world.enrol("Ash", confirm=False)
    world.add_case("Ash", preferred_name="Robin Held")
    bundle = world.export("Ash").path

    with pytest.raises(WaitingForConfirmation, match="waiting for the office to confirm this laptop's words"):
        world.office_import(bundle)
    # Held: nothing applied, the laptop's keys not pinned, so nothing can be sent to it yet.
    assert world.office.db.execute("SELECT count(*) FROM case_record").fetchone()[0] == 0
    assert _worker(world, "Ash")["status"] == "pending"
    assert _worker(world, "Ash")["device_fingerprint"] is None
    with pytest.raises(NotEnrolled):
        world.export_to("Ash")
    assert confirmation.pending(world.office) == [{"worker_id": world.worker_ids["Ash"], "name": "Ash"}]

    result = world.confirm("Ash")
    assert result["waiting_bundle"] is True

    applied = world.office_import(bundle)
    assert applied.status == "applied"
    assert world.office.db.execute("SELECT preferred_name FROM case_record").fetchone()[0] == "Robin Held"
    assert _worker(world, "Ash")["device_fingerprint"] == world.words("Ash")
    assert confirmation.pending(world.office) == []
    world.deliver("Ash")  # the office can answer the laptop now


def test_words_typed_in_any_case_and_spacing_are_accepted(world):
    world.enrol("Ash", confirm=False)
    bundle = world.export("Ash").path
    with pytest.raises(WaitingForConfirmation):
        world.office_import(bundle)
    typed = "  " + ",  ".join(w.upper() for w in world.words("Ash").split())
    confirmation.confirm(world.office, world.worker_ids["Ash"], typed)
    assert world.office_import(bundle).status == "applied"


def test_wrong_words_are_refused_plainly_and_nothing_changes(world):
    world.enrol("Ash", confirm=False)
    world.enrol("Birch", confirm=False)
    bundle = world.export("Ash").path
    with pytest.raises(WaitingForConfirmation):
        world.office_import(bundle)
    before = store_fingerprint(world.office)

    with pytest.raises(WordsDoNotMatch, match="do not match the laptop whose bundle is waiting"):
        confirmation.confirm(world.office, world.worker_ids["Ash"], world.words("Birch"))
    with pytest.raises(InvalidInput, match="six words"):
        confirmation.confirm(world.office, world.worker_ids["Ash"], "only three words")
    with pytest.raises(InvalidInput, match="not one of the fingerprint words"):
        confirmation.confirm(world.office, world.worker_ids["Ash"], world.words("Ash").rsplit(" ", 1)[0] + " zzzq")

    assert store_fingerprint(world.office) == before
    with pytest.raises(WaitingForConfirmation):
        world.office_import(bundle)


def test_copied_file_laptop_is_refused_with_an_alert_even_when_it_arrives_first(world):
    """The worker read out their words at the hand-over: the confirmation decides who the worker is."""
    world.enrol("Ash", confirm=False)
    world.copy_laptop("Ash", "Copy")
    world.confirm("Ash")
    world.add_case("Copy", preferred_name="Planted Person")
    copied = world.export("Copy").path
    before = store_fingerprint(world.office)

    with pytest.raises(EnrolmentUsedTwice, match="this enrolment was already used by another laptop") as refused:
        world.office_import(copied)
    assert refused.value.exit_code == 1
    assert world.office.db.execute("SELECT count(*) FROM case_record").fetchone()[0] == 0
    assert _worker(world, "Ash")["status"] == "pending"
    assert before["sync_peer"] == store_fingerprint(world.office)["sync_peer"]
    alerts = confirmation.alerts(world.office)
    assert [(a["kind"], a["name"]) for a in alerts] == [(confirmation.ALERT_USED_TWICE, "Ash")]
    assert "already used by another laptop" in alerts[0]["message"]

    # The worker's own laptop is the one the office takes, and it gets the office's answers.
    assert world.send("Ash").status == "applied"
    assert _worker(world, "Ash")["device_fingerprint"] == world.words("Ash")
    world.deliver("Ash")
    # The copy stays refused (a new case for Ash never reaches it).
    with pytest.raises(EnrolmentUsedTwice):
        world.office_import(world.export("Copy").path)


def test_a_copy_presented_after_the_laptop_was_confirmed_is_refused_and_the_real_laptop_carries_on(world):
    world.enrol("Ash")
    world.send("Ash")
    world.copy_laptop("Ash", "Copy")
    with pytest.raises(EnrolmentUsedTwice, match="already used by another laptop"):
        world.office_import(world.export("Copy").path)
    assert len(confirmation.alerts(world.office)) == 1
    case_id = world.add_case()
    world.give(case_id, "Ash")
    assert world.case("Ash", case_id) is not None
    assert world.case("Copy", case_id) is None


def test_two_laptops_before_any_confirmation_spend_the_enrolment_and_the_real_laptop_is_told(world):
    """Neither laptop confirmed: the office cannot tell which is the worker's, so neither is taken."""
    world.enrol("Ash", confirm=False)
    world.copy_laptop("Ash", "Copy")
    with pytest.raises(WaitingForConfirmation):
        world.office_import(world.export("Copy").path)
    with pytest.raises(EnrolmentUsedTwice, match="already used by another laptop"):
        world.office_import(world.export("Ash").path)
    assert _worker(world, "Ash")["status"] == confirmation.COPIED
    assert confirmation.alerts(world.office)

    # Confirming either laptop now is refused: re-enrolment is the way out.
    with pytest.raises(EnrolmentUsedTwice, match="enrol Ash again"):
        world.confirm("Ash")
    with pytest.raises(EnrolmentUsedTwice):
        world.office_import(world.export("Ash").path)
    assert world.office.db.execute("SELECT count(*) FROM sync_assignment").fetchone()[0] == 0

    # The office's answer tells the worker's laptop plainly, and its sync status keeps saying so.
    notice = world.export_to("Ash")
    assert notice.kind == confirmation.NOTICE_KIND
    with pytest.raises(EnrolmentRefused, match=r"may have been copied\. Call the office") as told:
        world.laptop_import("Ash", notice.path)
    assert told.value.exit_code == 1
    report = status.status(world.laptops["Ash"])
    assert report["enrolment_refused"] is True
    assert "Call the office" in report["enrolment_problem"]

    # Withdrawn and enrolled again: a fresh file, a fresh laptop set-up, confirmed, and all is well.
    office.revoke(world.office, world.worker_ids["Ash"])
    assert confirmation.alerts(world.office) == []
    world.enrol("Ash again")
    assert world.send("Ash again").status == "applied"


def test_enrolment_proof_still_required_before_anything_is_noted(world):
    """A laptop that does not hold the enrolment file cannot even be held (nothing noted at all)."""
    world.enrol("Ash", confirm=False)
    world.enrol("Birch", confirm=False)
    # Birch's laptop claims to be Ash's: its proof is under Birch's token, so it fails.
    world.laptops["Birch"].db.execute("UPDATE meta SET value = ? WHERE key = 'worker_id'", (world.worker_ids["Ash"],))
    before = store_fingerprint(world.office)
    with pytest.raises(Exception, match="not set up with Ash's enrolment file"):
        world.office_import(world.export("Birch").path)
    assert store_fingerprint(world.office) == before


@settings(max_examples=200, deadline=None)
@given(
    picks=st.lists(st.integers(min_value=0, max_value=len(wordlist()) - 1), min_size=6, max_size=6),
    upper=st.lists(st.booleans(), min_size=6, max_size=6),
    gaps=st.lists(st.sampled_from([" ", "  ", ", ", ",", "\t", " ,  "]), min_size=5, max_size=5),
    edges=st.tuples(st.sampled_from(["", " ", "\n"]), st.sampled_from(["", " ", "\n"])),
)
def test_six_words_read_out_and_typed_any_way_come_back_as_the_fingerprint(picks, upper, gaps, edges):
    words = [wordlist()[i] for i in picks]
    typed = [w.upper() if u else w for w, u in zip(words, upper, strict=True)]
    text = edges[0] + "".join(w + g for w, g in zip(typed, [*gaps, ""], strict=True)) + edges[1]
    assert confirmation.normalise_words(text) == " ".join(words)
    assert confirmation.normalise_words(typed) == " ".join(words)
