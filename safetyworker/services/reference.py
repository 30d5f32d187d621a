"""Reference data the office corrects and sends to every laptop: for now the helpline numbers printed on
plans. DESIGN.md: numbers and hours change, so the office must be able to correct them without a new release;
the shipped list (resources/reference/helplines.json) is used until it does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from safetyworker import safejson
from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.printing.strings import Helplines, parse_helplines
from safetyworker.records import tables
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.sync.enrolment import require_office

REFERENCE = tables.Table("reference_data", ("body", "checked"))
HELPLINES = "helplines"


def set_helplines(store: Store, data: Any, source: Path) -> Helplines:
    """Office: check a corrected helplines list and keep it; the next bundle for each worker carries it."""
    require_office(store)
    parsed = parse_helplines(data, source)
    if parsed.entries == () or not parsed.for_person():
        raise InvalidInput("entries", _("the list must keep at least one number printed on the person's copy"))
    body = json.dumps(data, ensure_ascii=False, sort_keys=True)
    with store.transaction():
        if tables.current(store, REFERENCE, HELPLINES) is None:
            tables.insert(store, REFERENCE, {"body": body, "checked": parsed.last_checked}, record_id=HELPLINES)
        else:
            tables.update(store, REFERENCE, HELPLINES, {"body": body, "checked": parsed.last_checked})
        audit.record(store, "office.reference", HELPLINES)
    return parsed


def store_helplines(store: Store) -> Helplines | None:
    """The office's corrected list held in this store, or None (then the shipped list prints)."""
    row = store.db.execute(
        "SELECT body FROM reference_data WHERE id = ? AND deleted_hlc IS NULL", (HELPLINES,)
    ).fetchone()
    if row is None:
        return None
    return parse_helplines(safejson.loads(row[0]), Path("helplines (from the office)"))


class ReferenceService:
    """Reference data of the store a session holds."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def set_helplines(self, data: Any, source: Path) -> Helplines:
        return set_helplines(self._store, data, source)

    def helplines(self) -> Helplines | None:
        return store_helplines(self._store)
