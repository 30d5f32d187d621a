"""Numbered, forward-only schema migrations, recorded in ``user_version``.

Migration N lives in ``schema/NNNN_name.sql``. A store newer than this program is refused rather than
half-understood. All the migrations a store needs run in one transaction: an upgrade that fails anywhere (a
full disk, a bug in migration 7 of a store at 3) leaves the store exactly as the old version left it, so the
worker can try again, or go back to the old app, which would refuse a store left half way at version 5.
"""

from __future__ import annotations

import re
from importlib import resources

import sqlcipher3

from safetyworker.errors import StoreDamaged
from safetyworker.i18n import _
from safetyworker.store.serial import SerialConnection


def available() -> list[tuple[int, str]]:
    found = []
    for entry in resources.files("safetyworker.store").joinpath("schema").iterdir():
        match = re.fullmatch(r"(\d{4})_\w+\.sql", entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [n for n, _sql in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("schema migrations must be numbered 1..N without gaps")
    return found


def latest() -> int:
    return available()[-1][0]


def current(conn: sqlcipher3.Connection | SerialConnection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlcipher3.Connection | SerialConnection) -> int:
    if isinstance(conn, SerialConnection):  # an open store: nobody else uses it meanwhile
        with conn.lock:
            return migrate(conn.raw)
    version = current(conn)
    steps = available()
    if version > steps[-1][0]:
        raise StoreDamaged(_("This store was made by a newer version of Safety Worker. Update the app to open it."))
    pending = [(number, sql) for number, sql in steps if number > version]
    if not pending:
        return version
    script = "".join(f"{sql}\nPRAGMA user_version = {number};\n" for number, sql in pending)
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}COMMIT;")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return current(conn)
