"""The organisation's settings: set once at the office, followed by every laptop after its next bundle, so a
deadline counted in working days falls on the same day everywhere; a laptop cannot set them, and a bad value
from any side changes nothing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from safetyworker.errors import InvalidInput
from safetyworker.records import org_settings, tables
from safetyworker.services.settings import SettingsService
from safetyworker.sync.enrolment import NotAnOffice
from safetyworker.timetable import working_days

from .sync_world import PASSPHRASE, World, cli, store_fingerprint


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    yield w
    w.close()


def test_the_office_sets_a_region_and_the_laptop_counts_with_it_after_its_bundle(world, capsys):
    laptop = world.store("Ash")
    assert working_days.region(laptop) == "england_wales"  # the default, before the office chose
    assert cli("--store", str(world.folder("office")), "settings", "set", "bank_holiday_region", "scotland") == 0
    assert working_days.region(world.office) == "scotland"
    assert working_days.region(laptop) == "england_wales", "not until the laptop has the office's bundle"
    world.deliver("Ash")
    assert working_days.region(world.store("Ash")) == "scotland"
    capsys.readouterr()
    assert cli("--store", str(world.folder("Ash")), "settings", "show", "--json") == 0
    assert json.loads(capsys.readouterr().out)["bank_holiday_region"] == "scotland"


def test_a_laptop_cannot_set_them(world, capsys):
    with pytest.raises(NotAnOffice):
        SettingsService(world.store("Ash")).set_organisation("bank_holiday_region", "scotland")
    assert cli("--store", str(world.folder("Ash")), "settings", "set", "bank_holiday_region", "scotland") != 0
    assert working_days.region(world.store("Ash")) == "england_wales"


@pytest.mark.parametrize("value", ["wales", "", "1"])
def test_a_value_no_setting_takes_is_refused_and_changes_nothing(world, value):
    before = tables.current(world.office, org_settings.REFERENCE, org_settings.RECORD_ID)
    with pytest.raises(InvalidInput, match=r"bank_holiday_region|say one of"):
        SettingsService(world.office).set_organisation("bank_holiday_region", value)
    assert tables.current(world.office, org_settings.REFERENCE, org_settings.RECORD_ID) == before


def test_an_unknown_name_is_refused(world):
    with pytest.raises(InvalidInput, match="no such setting"):
        SettingsService(world.office).set_organisation("holiday_region", "scotland")


def test_a_bad_value_in_an_office_bundle_is_refused_whole(world):
    """An office that sends a value this program cannot use must not reach the laptop's deadlines."""
    with world.office.transaction():
        tables.insert(
            world.office,
            org_settings.REFERENCE,
            {"body": json.dumps({"bank_holiday_region": "atlantis"}), "checked": ""},
            record_id=org_settings.RECORD_ID,
        )
    laptop = world.store("Ash")
    before = store_fingerprint(laptop)
    with pytest.raises(Exception, match=r"bank_holiday_region|say one of"):
        world.deliver("Ash")
    after = store_fingerprint(world.store("Ash"))
    assert after.pop("audit_event")[-1][3] == "bundle.refused"  # the refusal is recorded, nothing else changed
    before.pop("audit_event")
    assert after == before


def test_a_name_from_a_newer_office_is_kept_and_ignored(world):
    with world.office.transaction():
        tables.insert(
            world.office,
            org_settings.REFERENCE,
            {"body": json.dumps({"something_new": 3, "bank_holiday_region": "scotland"}), "checked": ""},
            record_id=org_settings.RECORD_ID,
        )
    world.deliver("Ash")
    assert org_settings.values(world.store("Ash"))["bank_holiday_region"] == "scotland"
    assert "something_new" not in org_settings.values(world.store("Ash"))


# -- working days ---------------------------------------------------------------------------------------------


def test_working_days_skip_the_weekend_and_the_regions_bank_holidays():
    friday_before_easter = date(2027, 3, 25)  # Thursday 25 March 2027; Good Friday 26th, Easter Monday 29th
    assert working_days.add_working_days(friday_before_easter, 1, "england_wales") == date(2027, 3, 30)
    # Scotland keeps Good Friday but not Easter Monday
    assert working_days.add_working_days(friday_before_easter, 1, "scotland") == date(2027, 3, 29)
    saturday = date(2026, 12, 5)
    assert working_days.add_working_days(saturday, 1) == date(2026, 12, 7)
    assert working_days.add_working_days(saturday, 0) == date(2026, 12, 7)
    assert working_days.add_working_days(date(2026, 12, 7), 0) == date(2026, 12, 7)
    # Christmas 2026: Friday 25th, Boxing Day on Saturday so Monday 28th is the bank holiday
    assert working_days.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)
    # 2 January is a bank holiday in Scotland only (in 2027 a Saturday, so Monday 4th is)
    assert working_days.add_working_days(date(2026, 12, 31), 1, "england_wales") == date(2027, 1, 4)
    assert working_days.add_working_days(date(2026, 12, 31), 1, "scotland") == date(2027, 1, 5)
    assert working_days.add_working_days(date(2027, 1, 1), 0, "scotland") == date(2027, 1, 5)


def test_working_days_late_counts_working_days_only():
    friday = date(2026, 12, 4)
    assert working_days.working_days_late(friday, friday) == 0
    assert working_days.working_days_late(friday, date(2026, 12, 6)) == 0  # the weekend after it
    assert working_days.working_days_late(friday, date(2026, 12, 7)) == 1
    assert working_days.working_days_late(date(2026, 12, 24), date(2026, 12, 29)) == 1  # over Christmas
    assert working_days.working_days_late(date(2026, 12, 29), date(2026, 12, 24)) == 0  # not yet due


def test_a_setting_name_typed_with_dashes_or_underscores_is_taken(world, capsys):
    """`settings show` lists memory-security and retention_years side by side: a coordinator who types
    retention-years (or backup_keep) is understood, not told the setting does not exist."""
    office = str(world.folder("office"))
    assert cli("--store", office, "settings", "set", "retention-years", "7") == 0
    assert cli("--store", office, "settings", "set", "backup_keep", "3") == 0
    capsys.readouterr()
    assert cli("--store", office, "settings", "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["retention_years"] == 7 and shown["backup-keep"] == 3
    with pytest.raises(SystemExit) as refused:
        cli("--store", office, "settings", "set", "retention-yrs", "7")
    assert refused.value.code == 2
