"""From the office's probation file to the worker's Today: "tell them: released on 3 March", through bundles."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from safetyworker.services.probation import import_updates
from safetyworker.services.session import Session
from safetyworker.ui.today import TodayWidget

from ..sync_world import PASSPHRASE, World

RELEASE = date(date.today().year + 1, 3, 3)


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    yield w
    w.close()


def test_the_probation_file_reaches_todays_call_list_on_the_laptop(qtbot, world):
    case_id = world.add_case(
        person_causing_harm={"name": "Rob Example", "reference": "PR/1001", "custody_status": "in_custody"},
        contact_methods=[
            {
                "kind": "mobile",
                "value": "07700 900123",
                "safe_windows": [
                    {"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "start": "00:00", "end": "23:59"}
                ],
            }
        ],
    )
    world.give(case_id, "Ash")
    import_updates(world.office, f"reference,release_date\nPR/1001,{RELEASE.isoformat()}\n".encode())
    world.deliver("Ash")

    (due,) = [r[0] for r in world.store("Ash").db.execute("SELECT due_date FROM planned_contact WHERE kind = 'inform'")]
    today = TodayWidget(Session(world.store("Ash")))
    qtbot.addWidget(today)
    today.now = datetime.combine(date.fromisoformat(due), time(11, 0), ZoneInfo("Europe/London"))
    with qtbot.waitSignal(today.refreshed, timeout=15_000):
        today.refresh()
    assert today.session.agenda.calls_due(today.now)[0]["tell"] == ["tell them: released on 3 March"]
    texts = today.section_texts("callsNow")
    assert texts.index("Sam Example") < texts.index("tell them: released on 3 March")
    today.resize(1366, 700)
    today.grab().save("/tmp/h15b-today.png")
