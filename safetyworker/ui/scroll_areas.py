"""Scroll areas for the parts of a window that are bigger than a small laptop has room for at the larger text
sizes (1366x700 under a title bar and a taskbar): the window stays on the screen and the part scrolls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class _PartScroll(QScrollArea):
    """What both share: the part fills the area, no frame, and Tab goes to the fields inside, never to the frame."""

    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def setWidget(self, widget: QWidget) -> None:
        """Qt's scroll area paints the part with the palette's window colour; the app's style sheet draws the
        window behind it, so the part would show as a grey block on the dialog's own background."""
        super().setWidget(widget)
        widget.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)


class VerticalScroll(_PartScroll):
    """Never narrower than what it holds (plus a scroll bar), so nothing is cut at the side; as short as a
    few lines of it. The widths are asked of the inner widget each time, because the text size is in the app's
    style sheet and a widget only knows its font once it is shown."""

    def __init__(self, inner: QWidget, name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setAccessibleName(accessible_name)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(inner)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width + self._bar(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        inner = self.widget()
        return inner.sizeHint() + QSize(self._bar(), 0) if inner is not None else super().sizeHint()


class ScrollWhenCramped(_PartScroll):
    """Holds a part of a window that needs more room than a 1366-wide laptop has at the larger text sizes (the
    record's ten tabs at "Larger" are wider than the screen less the caseload). Where there is room it is just
    the part, with no scroll bars, and it asks for the part's own minimum width (so a splitter beside it stops
    there rather than hiding its right edge behind a scroll bar); only the width ``room()`` says a small laptop
    leaves it is ever asked for, and below that the part keeps its own minimum size and scrolls, rather than
    making the window wider or taller than the screen."""

    MINIMUM = QSize(320, 240)

    def __init__(
        self, inner: QWidget, name: str, parent: QWidget | None = None, room: Callable[[], int] | None = None
    ) -> None:
        super().__init__(name, parent)
        self._room = room
        self.setWidget(inner)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        least = inner.minimumSizeHint() if inner is not None else self.MINIMUM
        most = max(self._room(), self.MINIMUM.width()) if self._room is not None else self.MINIMUM.width()
        return QSize(min(least.width(), most), min(least.height(), self.MINIMUM.height()))

    def sizeHint(self) -> QSize:
        inner = self.widget()
        return inner.sizeHint() if inner is not None else super().sizeHint()
