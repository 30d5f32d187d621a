"""Where a store lives when no folder is named: one place for both front ends (the desktop and the CLI)."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def default_store_dir() -> Path:
    """The user's own data folder: private to them on every platform, and the same for both front ends."""
    return Path(platformdirs.user_data_dir("SafetyWorker", appauthor=False)) / "store"
