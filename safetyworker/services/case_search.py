"""Finding cases: the caseload's rows, searched by name, place or phone number, and read back by id.

Every listing and search is recorded in the audit trail as how many rows were shown, never the query
(docs/audit.md). A number is matched by its significant digits, however it was typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from safetyworker.store import audit
from safetyworker.store.vault import Store


@dataclass(frozen=True)
class CaseSummary:
    id: str
    preferred_name: str
    locality: str
    status: str
    phone: str | None
    next_contact: str | None
    last_contact: str | None


def phone_digits(query: str) -> str | None:
    """The significant digits of a typed phone number (no leading 0 or +44), or None if it is not one."""
    # People type numbers with spaces, dashes, dots and brackets: "07700-900-123", "(01632) 960001".
    compact = re.sub(r"[\s\-().]", "", query)
    international = compact.startswith("+")
    digits = compact[1:] if international else compact
    if len(digits) < 4 or not (digits.isascii() and digits.isdigit()):
        return None
    if international and digits.startswith("44"):
        digits = digits[2:]
    return digits.lstrip("0") or None


_SUMMARY_SQL = """
SELECT c.id, c.preferred_name, c.locality, c.status,
  (SELECT m.value FROM contact_method m WHERE m.case_id = c.id AND m.deleted_hlc IS NULL
     AND m.kind IN ('mobile', 'landline') ORDER BY m.position LIMIT 1),
  (SELECT min(p.due_date) FROM planned_contact p WHERE p.case_id = c.id AND p.deleted_hlc IS NULL
     AND p.status = 'planned'),
  (SELECT max(l.at) FROM contact_log l WHERE l.case_id = c.id)
FROM case_record c
WHERE c.deleted_hlc IS NULL
"""


def search(
    store: Store, text: str = "", field: str = "any", include_closed: bool = False, limit: int | None = None
) -> list[CaseSummary]:
    """Cases whose name, locality or phone number contains ``text`` (``field`` narrows it to one).

    ``limit``: only the first so many by name (the desktop's first screenful of a big caseload, shown while
    the rest is read); those come straight off the name index, without reading every case."""
    sql = _SUMMARY_SQL
    args: list[Any] = []
    if not include_closed:
        sql += " AND c.status != 'closed'"
    text = text.strip()
    if text:
        like = f"%{_escape_like(text)}%"
        tests = []
        if field in ("any", "name"):
            tests.append("c.preferred_name LIKE ? ESCAPE '\\' OR c.legal_name LIKE ? ESCAPE '\\'")
            args += [like, like]
        if field in ("any", "locality"):
            tests.append("c.locality LIKE ? ESCAPE '\\'")
            args.append(like)
        digits = phone_digits(text) if field in ("any", "phone") else None
        if digits:
            tests.append(
                "c.id IN (SELECT m.case_id FROM contact_method m WHERE m.deleted_hlc IS NULL "
                "AND m.kind IN ('mobile', 'landline') AND m.value LIKE ?)"
            )
            args.append(f"%{digits}%")
        if not tests:
            found: list[CaseSummary] = []
            with store.transaction():
                audit.record(store, audit.CASELOAD_SEARCH, detail="0")
            return found
        sql += " AND (" + " OR ".join(tests) + ")"
    if limit is not None:  # a few rows: walking the name index and stopping early beats reading them all
        sql += " ORDER BY c.preferred_name COLLATE NOCASE, c.id LIMIT ?"
        args.append(limit)
    else:  # "+" keeps SQLite from walking the name index row by row: a scan and a sort is faster here
        sql += " ORDER BY +c.preferred_name COLLATE NOCASE, c.id"
    # Listing and searching are recorded (how many were shown; never the query): docs/audit.md.
    with store.transaction():
        found = [CaseSummary(*row) for row in store.db.execute(sql, args)]
        audit.record(store, audit.CASELOAD_SEARCH if text else audit.CASELOAD_LIST, detail=str(len(found)))
    return found


def summaries(store: Store, ids: list[str], include_closed: bool = False) -> list[CaseSummary]:
    """The caseload rows of these cases (those still there, and open unless ``include_closed``)."""
    if not ids:
        return []
    sql = _SUMMARY_SQL + f" AND c.id IN ({', '.join('?' for _i in ids)})"
    if not include_closed:
        sql += " AND c.status != 'closed'"
    return [CaseSummary(*row) for row in store.db.execute(sql, ids)]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
