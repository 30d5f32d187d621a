"""The record's tabs on a 1366-wide laptop, whatever their titles say.

Every tab is in view, never behind scroll arrows. The titles are short and show whole when there is room; the
record asks the window for no more width than a 1366-wide laptop leaves beside the caseload (``TabFit.room``),
so a longer title (Welsh ones are, and a tab may carry a marker) can never push the window off the screen:
when the room runs short the longest titles give way first, shortened with "…". The whole name of every tab
is in its tooltip and is the name a screen reader says. A tab that asks for attention (the risk review) says
so with a shape beside its title, not a colour nor longer words: see ``mark``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget

from safetyworker.ui.icons import icon

# the narrowest screen the app is laid out for (a 1366x768 laptop)
SMALL_SCREEN_WIDTH = 1366


class TabFit:
    """Fits ``tabs``: no scroll arrows, titles shortened only when squeezed, whole names in tooltips."""

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        tabs.setUsesScrollButtons(False)
        # ElideRight: Qt shortens the widest titles first, and only when the bar has less than it asks for
        tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        # the most width the tab bar may ask for (set by the window the record sits in); None: all it wants
        self.room: Callable[[], int] | None = None

    def wanted_width(self) -> int:
        """The width that shows every title whole, or the room there is when that is less."""
        wanted = self.tabs.tabBar().sizeHint().width()
        return min(wanted, self.room()) if self.room is not None else wanted

    def name(self, page: QWidget, whole: str) -> None:
        """``whole`` is what the tab at ``page`` is called in full: its tooltip and its accessible name."""
        index = self.tabs.indexOf(page)
        self.tabs.setTabToolTip(index, whole)
        self.tabs.tabBar().setAccessibleTabName(index, whole)

    def mark(self, page: QWidget, title: str, attention: str) -> None:
        """Title the tab at ``page``; with ``attention`` (words saying why), a warning shape beside the title
        and those words in its tooltip and accessible name. The title itself stays as short as ever."""
        index = self.tabs.indexOf(page)
        self.tabs.setTabText(index, title)
        self.tabs.setTabIcon(index, icon("review") if attention else QIcon())
        whole = f"{title}: {attention}" if attention else title
        self.tabs.setTabToolTip(index, attention or title)
        self.tabs.tabBar().setAccessibleTabName(index, whole)
