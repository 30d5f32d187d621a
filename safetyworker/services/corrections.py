"""Which append-only entry a correction may name: one of the same case that no later entry corrects already.

Why one rule for the contact log, notes and support entries: a correction of an entry that was corrected before
makes a fork, two "latest" entries for one piece of work, and the support totals would count both. The desktop
only offers entries that can be corrected; the command line and a script are held to the same rule here.
"""

from __future__ import annotations

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.store.vault import Store

#: per correctable table: the case an entry belongs to, and the latest entry that corrects it already
_QUERIES = {
    table: (
        f"SELECT case_id FROM {table} WHERE id = ?",
        f"SELECT id FROM {table} WHERE corrects_id = ? ORDER BY created_hlc DESC, id DESC LIMIT 1",
    )
    for table in ("contact_log", "case_note", "support_entry")
}


def check_correctable(store: Store, table: str, case_id: str, corrects_id: str | None) -> None:
    """Refuse (``InvalidInput`` on ``corrects_id``) a correction naming another case's entry, no entry, or one
    corrected already. ``table``: contact_log, case_note or support_entry."""
    if corrects_id is None:
        return
    owner, corrected = _QUERIES[table]
    row = store.db.execute(owner, (corrects_id,)).fetchone()
    if row is None or row[0] != case_id:
        if table == "contact_log":
            problem = _("{id} is not an entry of this case's contact log")
        elif table == "case_note":
            problem = _("{id} is not a note of this case")
        else:
            problem = _("{id} is not a support entry of this case")
        raise InvalidInput("corrects_id", problem.format(id=corrects_id))
    later = store.db.execute(corrected, (corrects_id,)).fetchone()
    if later is not None:
        problem = _("{id} was already corrected by {later}: correct that entry instead")
        raise InvalidInput("corrects_id", problem.format(id=corrects_id, later=later[0]))
