"""A laptop restored from a backup carries on with the office (docs/backups.md, "What a backup does not do")."""

from __future__ import annotations

import keyring
import pytest

from safetyworker.services.backups import BackupService
from safetyworker.store import backup
from safetyworker.store.vault import Store
from tests.conftest import MemoryKeyring
from tests.sync_world import PASSPHRASE, World


@pytest.fixture
def restored(tmp_path):
    """Ash's laptop is backed up, then edits case A and syncs (taking the office's change to case B), then is
    lost; the backup is restored on a new laptop."""
    world = World(tmp_path / "world", names=("Ash",))
    world.register_all()
    a = world.add_case("office", preferred_name="Case A")
    b = world.add_case("office", preferred_name="Case B")
    world.give(a, "Ash")
    world.give(b, "Ash")
    world.sync("Ash")
    (tmp_path / "stick").mkdir()
    made = BackupService(world.laptops["Ash"]).back_up(tmp_path / "stick")
    world.edit("Ash", a, locality="After the backup")
    world.edit("office", b, locality="Office, after the backup")
    world.sync("Ash")  # the lost laptop sent its change, took the office's, and said so
    world.send("Ash")
    world.laptops["Ash"].close()
    keyring.set_keyring(MemoryKeyring())  # a new laptop
    backup.restore(made.path, tmp_path / "new-laptop", PASSPHRASE)
    world.laptops["Ash"] = Store.unlock(tmp_path / "new-laptop", PASSPHRASE)
    yield world, a, b
    world.close()


def test_the_office_takes_a_restored_laptops_bundles(restored):
    world, _a, b = restored
    world.edit("Ash", b, locality="On the new laptop")
    assert world.send("Ash").status == "applied", "its bundle numbers repeat, and the office still applies it"
    assert world.case("office", b)["locality"] == "On the new laptop"
    world.edit("Ash", b, locality="Later")
    assert world.send("Ash").status == "applied"
    assert world.case("office", b)["locality"] == "Later"


def test_the_restored_laptop_gets_back_what_it_sent_after_the_backup(restored):
    world, a, _b = restored
    world.sync("Ash")
    assert world.case("Ash", a)["locality"] == "After the backup"


def test_the_restored_laptop_gets_again_what_the_office_sent_after_the_backup(restored):
    world, _a, b = restored
    world.sync("Ash")
    assert world.case("Ash", b)["locality"] == "Office, after the backup"


def test_the_whole_resend_carries_only_that_workers_cases(tmp_path):
    """A laptop that says it went back in time (a hostile one may pretend) gets its own cases again, whole, and
    nothing that belongs to another worker."""
    world = World(tmp_path / "world", names=("Ash", "Birch"))
    world.register_all()
    mine = world.add_case("office", preferred_name="Ash Case")
    theirs = world.add_case("office", preferred_name="Birch Case")
    world.give(mine, "Ash")
    world.give(theirs, "Birch")
    world.sync("Ash")
    (tmp_path / "stick").mkdir()
    made = BackupService(world.laptops["Ash"]).back_up(tmp_path / "stick")
    world.sync("Ash")
    world.laptops["Ash"].close()
    backup.restore(made.path, tmp_path / "again", PASSPHRASE)
    world.laptops["Ash"] = Store.unlock(tmp_path / "again", PASSPHRASE)
    world.send("Ash")
    sent = world.export_to("Ash")
    assert sent.counts.get("case_record") == 1
    world.laptop_import("Ash", sent.path)
    assert world.case("Ash", mine) is not None and world.case("Ash", theirs) is None
    world.close()


def test_an_office_store_backs_up_and_restores(tmp_path):
    world = World(tmp_path / "world", names=("Ash",))
    world.register_all()
    case = world.add_case("office", preferred_name="Office Held")
    (tmp_path / "stick").mkdir()
    made = BackupService(world.office).back_up(tmp_path / "stick")
    world.close()
    keyring.set_keyring(MemoryKeyring())
    backup.restore(made.path, tmp_path / "office-again", PASSPHRASE)
    with Store.unlock(tmp_path / "office-again", PASSPHRASE) as office:
        assert office.role == "office"
        row = office.db.execute("SELECT preferred_name FROM case_record WHERE id = ?", (case,)).fetchone()
        assert row[0] == "Office Held"
