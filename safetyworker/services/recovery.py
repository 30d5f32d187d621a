"""A forgotten passphrase on an enrolled laptop: the request (laptop, no unlock), the answer (office, unlocked)
and the finish (laptop, no unlock). See safetyworker/sync/recovery.py and docs/sync.md."""

from __future__ import annotations

from pathlib import Path

from safetyworker.store.vault import Store
from safetyworker.sync import recovery


def request(folder: Path) -> bytes:
    """Laptop: the request file's bytes (the sealed data key, nothing else), read without unlocking."""
    return recovery.request(folder)


def finish(folder: Path, answer_path: Path, words: str, new_passphrase: str) -> None:
    """Laptop: open the store with the office's answer and the code words, and set a new passphrase."""
    recovery.finish(folder, answer_path, words, new_passphrase)


class RecoveryService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def answer(self, request_path: Path) -> tuple[bytes, str]:
        """Office: the answer file's bytes and the code words to read to the worker over the phone."""
        return recovery.answer(self._store, request_path)
