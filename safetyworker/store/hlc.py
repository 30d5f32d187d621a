"""Hybrid logical clock stamps.

A stamp orders events across devices even when laptop clocks drift: it never goes backwards on one device,
and it moves past any stamp seen from another device. Stamps are fixed-width text, so ordering them as
strings orders them as clocks, and SQLite can compare and index them directly:

    ``<15-digit milliseconds>-<5-digit counter>-<device id>``
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_STAMP = re.compile(r"([0-9]{15})-([0-9]{5})-(.+)", re.DOTALL)


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:015d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        # ASCII digits only: int() alone would also take "_", "+", spaces and non-ASCII digits, and the
        # stamp read back would then not equal (or sort like) the text it came from.
        match = _STAMP.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(match[1]), int(match[2]), match[3])


class HybridClock:
    """One clock per store, shared by the GUI thread and background jobs: a lock makes each reading and each
    move past a remote stamp one step, so two threads never get the same stamp or move it backwards."""

    MAX_COUNTER = 99_999

    def __init__(self, device_id: str, last: str | None = None, wall: Callable[[], int] | None = None) -> None:
        self.device_id = device_id
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._last = Stamp.parse(last) if last else Stamp(0, 0, device_id)
        self._lock = threading.Lock()

    @property
    def last(self) -> str:
        with self._lock:
            return str(self._last)

    def now(self) -> str:
        with self._lock:
            wall = self._wall()
            if wall > self._last.millis:
                stamp = Stamp(wall, 0, self.device_id)
            else:
                stamp = self._bump(self._last.millis, self._last.counter + 1)
            self._last = stamp
            return str(stamp)

    def observe(self, remote: str) -> None:
        """Move past a stamp received from another device, so later local writes order after it."""
        other = Stamp.parse(remote)
        with self._lock:
            wall = self._wall()
            top = max(wall, self._last.millis, other.millis)
            if top == self._last.millis == other.millis:
                counter = max(self._last.counter, other.counter) + 1
            elif top == self._last.millis:
                counter = self._last.counter + 1
            elif top == other.millis:
                counter = other.counter + 1
            else:
                counter = 0
            self._last = self._bump(top, counter)

    def _bump(self, millis: int, counter: int) -> Stamp:
        if counter > self.MAX_COUNTER:
            millis, counter = millis + 1, 0
        return Stamp(millis, counter, self.device_id)
