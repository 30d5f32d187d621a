"""Reference data: the office corrects the helpline numbers once, every laptop prints the corrected ones after
its next bundle; a laptop cannot change them, and a bad list changes nothing."""

from __future__ import annotations

import copy
import io
import json

import pytest
from pypdf import PdfReader

from safetyworker.printing.options import PrintOptions
from safetyworker.printing.strings import PrintWordsDamaged
from safetyworker.records import tables
from safetyworker.resources import resource
from safetyworker.services import reference
from safetyworker.services.plans import PlanService
from safetyworker.sync import bundles
from safetyworker.sync.enrolment import NotAnOffice

from .sync_world import PASSPHRASE, World, cli, store_fingerprint

NEW_NUMBER = "0808 111 2222"


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    yield w
    w.close()


def corrected() -> dict:
    data = json.loads(resource("reference", "helplines.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["last_checked"] = "2026-12"
    for entry in data["entries"]:
        if entry.get("personal_copy") and entry["number"] not in ("999", "101"):
            entry["number"] = NEW_NUMBER
            break
    return data


def personal_text(world: World, where: str, case_id: str) -> str:
    pdf = PlanService(world.store(where)).render(case_id, PrintOptions("personal"), "plan.preview")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_corrected_numbers_reach_the_laptop_and_print_there(world, tmp_path):
    case_id = world.add_case("office", preferred_name="Robin")
    world.give(case_id, "Ash")
    PlanService(world.store("Ash")).set(
        case_id, {"template": "has_left", "items": [{"section": "pets", "text": "Dog to Sam", "personal_copy": True}]}
    )
    assert NEW_NUMBER not in personal_text(world, "Ash", case_id)
    path = tmp_path / "helplines.json"
    path.write_text(json.dumps(corrected()))
    assert cli("--store", str(world.folder("office")), "office", "helplines", str(path)) == 0
    world.deliver("Ash")
    assert reference.store_helplines(world.store("Ash")).last_checked == "2026-12"
    assert NEW_NUMBER in personal_text(world, "Ash", case_id)


def test_a_laptop_cannot_set_them(world):
    with pytest.raises(NotAnOffice):
        reference.set_helplines(world.store("Ash"), corrected(), resource("reference", "helplines.json"))


def test_a_bad_list_is_refused_and_changes_nothing(world, tmp_path):
    bad = corrected()
    bad["entries"][0]["number"] = "call us"
    before = store_fingerprint(world.office)
    with pytest.raises(PrintWordsDamaged, match="number"):
        reference.set_helplines(world.office, bad, tmp_path / "helplines.json")
    assert store_fingerprint(world.office) == before


def test_reference_data_in_a_laptops_bundle_is_refused(world):
    """A laptop's own bundle may not carry reference data: it would spread to every other laptop."""
    laptop = world.store("Ash")
    with laptop.transaction():
        tables.insert(laptop, reference.REFERENCE, {"body": "{}", "checked": ""}, record_id="helplines")
    path = world.path("forged")
    bundles.export_to_office(laptop, path)
    before = store_fingerprint(world.office)
    with pytest.raises(Exception, match="reference data comes only from the office"):
        world.office_import(path)
    assert store_fingerprint(world.office) == before
