"""Preferences of the desktop client on this laptop (QSettings). Never case data: only how the app behaves
and where its windows were."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings
from PySide6.QtWidgets import QWidget

from safetyworker import i18n

DEFAULT_IDLE_MINUTES = 5


def settings() -> QSettings:
    return QSettings("SafetyWorker", "Safety Worker")


def idle_minutes() -> int:
    value: Any = settings().value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)  # whatever was stored, or the default
    try:
        return max(1, min(60, int(value)))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def set_idle_minutes(minutes: int) -> None:
    settings().setValue("lock/idle_minutes", int(minutes))


def language() -> str:
    """The language chosen in Settings; until one is chosen, SAFETYWORKER_LANG, then the system's (Welsh for a
    Welsh locale, otherwise English)."""
    chosen = i18n.normalise(str(settings().value("language", "") or ""))
    if chosen:
        return chosen
    return i18n.normalise(os.environ.get("SAFETYWORKER_LANG", "")) or i18n.normalise(QLocale.system().name()) or "en"


def chosen_language() -> str | None:
    """The language a worker chose in Settings, or None while the app follows the system."""
    return i18n.normalise(str(settings().value("language", "") or ""))


def set_language(code: str | None) -> None:
    """Remember a language (None: follow the system again). The app speaks it from its next start."""
    if code:
        settings().setValue("language", code)
    else:
        settings().remove("language")


def restore_geometry(widget: QWidget, name: str | None = None) -> bool:
    """Put ``widget`` where and as big as it was last time; False when there was no last time."""
    data = settings().value(f"geometry/{name or widget.objectName()}")
    if isinstance(data, QByteArray) and not data.isEmpty():
        return bool(widget.restoreGeometry(data))
    return False


def save_geometry(widget: QWidget, name: str | None = None) -> None:
    settings().setValue(f"geometry/{name or widget.objectName()}", widget.saveGeometry())


def restore_state(key: str) -> QByteArray | None:
    data = settings().value(f"state/{key}")
    return data if isinstance(data, QByteArray) and not data.isEmpty() else None


def save_state(key: str, data: QByteArray) -> None:
    settings().setValue(f"state/{key}", data)


# Text sizes a worker can choose in Settings, and how much each enlarges every font of the app.
TEXT_SIZES = {"normal": 1.0, "large": 1.2, "larger": 1.45}


def text_size() -> str:
    value = str(settings().value("look/text_size", "normal"))
    return value if value in TEXT_SIZES else "normal"


def set_text_size(size: str) -> None:
    settings().setValue("look/text_size", size if size in TEXT_SIZES else "normal")
