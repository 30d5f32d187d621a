"""Icons from resources/icons (SVG), loaded the same way from a checkout, a wheel or a frozen build."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from safetyworker.resources import resource


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))
