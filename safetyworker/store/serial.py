"""One writer at a time: the store's one connection, shared by the GUI thread and background jobs, behind a lock.

Why a lock and not a connection per thread: a SQLite connection holds one transaction at a time, for whoever
uses it. Unguarded, a second thread's ``BEGIN`` failed inside the first thread's transaction, its error path
rolled back the *first* thread's work, and the first thread went on committing statement by statement: an
import half applied while the app said "nothing was changed". Here every statement and every transaction holds
one re-entrant lock, so:

- a transaction belongs to the thread that opened it; other threads wait until it commits or rolls back, for
  their reads as well as their writes, so nobody sees half of someone else's transaction;
- rows are read in full while the lock is held (a cursor left open across threads is the same bug again);
- a failed ``BEGIN`` rolls back nothing (it owns nothing), and a transaction opened inside another on the same
  thread is a clear error, never a silent rollback of the outer one.

Callers cannot get around it: ``Store.db`` hands out this object, never the raw connection.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import sqlcipher3

#: statements that open or end a transaction: only ``transaction()`` may issue them, so it always knows whose
#: transaction is open
_CONTROL = re.compile(r"\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b", re.IGNORECASE)


class NestedTransaction(RuntimeError):
    """A transaction was opened inside another on the same thread: a mistake in the program, not the user's."""


class Rows:
    """What a statement returned, read in full under the lock: iterate, ``fetchone()``, ``fetchall()``."""

    def __init__(self, cursor: sqlcipher3.Cursor) -> None:
        self.description = cursor.description
        self.rowcount = cursor.rowcount
        self.lastrowid = cursor.lastrowid
        self._rows: list[Any] = cursor.fetchall() if cursor.description is not None else []
        self._next = 0

    def __iter__(self) -> Iterator[Any]:
        while self._next < len(self._rows):
            row = self._rows[self._next]
            self._next += 1
            yield row

    def fetchone(self) -> Any:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[Any]:
        rest, self._next = self._rows[self._next :], len(self._rows)
        return rest

    def fetchmany(self, size: int = 1) -> list[Any]:
        part = self._rows[self._next : self._next + size]
        self._next += len(part)
        return part


class SerialConnection:
    """The store's connection, used by one thread at a time (see the module docstring)."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.raw = conn
        self.lock = threading.RLock()
        self._owner: int | None = None  # the thread whose transaction is open

    # -- statements -----------------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Rows:
        _refuse_control(sql)
        with self.lock:
            return Rows(self.raw.execute(sql, params))

    def executemany(self, sql: str, rows: Iterable[Any]) -> Rows:
        _refuse_control(sql)
        with self.lock:
            return Rows(self.raw.executemany(sql, rows))

    @property
    def in_transaction(self) -> bool:
        with self.lock:
            open_now: bool = self.raw.in_transaction
            return open_now

    # -- transactions ---------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self, before_commit: Callable[[], None] | None = None) -> Iterator[SerialConnection]:
        """All or nothing, on this thread alone; ``before_commit`` runs last inside it."""
        with self.lock:
            if self._owner == threading.get_ident():
                raise NestedTransaction(
                    "a transaction is already open on this thread; nested transactions are not supported"
                )
            self.raw.execute("BEGIN IMMEDIATE")  # fails before we own anything: nothing to roll back
            self._owner = threading.get_ident()
            try:
                yield self
                if before_commit is not None:
                    before_commit()
                self.raw.execute("COMMIT")
            except BaseException:
                if self.raw.in_transaction:
                    self.raw.execute("ROLLBACK")
                raise
            finally:
                self._owner = None

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[SerialConnection]:
        """Several reads that must agree with each other (each value of a bundle with its own stamp): no other
        thread writes in between. Inside a transaction on this thread it is that transaction."""
        with self.lock:
            yield self

    def close(self, last: Callable[[sqlcipher3.Connection], None] | None = None) -> None:
        """Close once any running statement or transaction has finished; ``last`` runs just before."""
        with self.lock:
            if last is not None:
                last(self.raw)
            self.raw.close()


def _refuse_control(sql: str) -> None:
    if _CONTROL.match(sql):
        raise RuntimeError("open and end transactions with Store.transaction(), not with a statement")
