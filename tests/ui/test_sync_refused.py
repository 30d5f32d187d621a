"""The office, importing through the Sync menu a bundle signed by an enrolled laptop that reaches past its
worker's cases: the refusal in plain words, nothing changed."""

from __future__ import annotations

import os
from pathlib import Path

from safetyworker.services.cases import CaseService
from safetyworker.sync import bundle_envelope, bundle_export, bundles
from safetyworker.sync.keys import KeyPair
from tests.ui import test_sync_desktop as desktop
from tests.ui.test_sync_desktop import Stores, counts

stores = desktop.stores  # the same fixtures as the Sync menu's tests
open_window = desktop.open_window


def crafted(stores: Stores, ops: list, name: str = "crafted.age") -> Path:
    """A bundle from Sam's laptop, signed with its real keys by the project's own sealing code."""
    laptop = stores.laptop
    peer = bundles.office_peer(laptop)
    keys = KeyPair.load(laptop)
    manifest = bundle_envelope.make_manifest(laptop, bundles.TO_OFFICE, keys, peer, {"contact_method": len(ops)})
    manifest["sender_peer"] = laptop.meta("worker_id")
    path = stores.usb / name
    bundle_export.seal_and_write(laptop, keys, peer, manifest, {"ops": ops}, path)
    return path


def test_the_office_is_told_plainly_that_a_bundle_reached_past_its_workers_cases(qtbot, stores, open_window):
    bundles.import_bundle(stores.office, stores.laptop_bundle())  # the laptop registers: its keys are known
    other = CaseService(stores.office).add(
        {"preferred_name": "Not Sam's", "contact_methods": [{"kind": "mobile", "value": "07700 900555"}]}
    )[0]
    method_id = stores.office.db.execute("SELECT id FROM contact_method WHERE case_id = ?", (other,)).fetchone()[0]
    stamp = stores.laptop.clock.now()
    attack = crafted(stores, [{"t": "contact_method", "id": method_id, "f": {"value": ["+447700900999", stamp, None]}}])
    office = open_window(stores.office)
    office.resize(1366, 768)
    before = counts(stores.office)
    with qtbot.waitSignal(office.sync.said, timeout=15_000) as blocker:
        office.sync.import_file(attack)
    boxes = list(office.sync._boxes)
    said = blocker.args[0]
    assert "tried to change cases not assigned to Sam: refused" in said
    assert "Nothing was changed" in said and "\n" not in said
    assert [b.windowTitle() for b in boxes] == ["Bundle refused"]
    if os.environ.get("SAFETYWORKER_SCREENSHOTS"):
        boxes[0].grab().save(os.environ["SAFETYWORKER_SCREENSHOTS"] + "/bundle-refused.png")
    for box in boxes:
        box.accept()
    assert counts(stores.office) == before
    number = stores.office.db.execute("SELECT value FROM contact_method WHERE id = ?", (method_id,)).fetchone()[0]
    assert number == "+447700900555"
