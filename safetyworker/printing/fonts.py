"""The one typeface of every printed plan: DejaVu Sans, bundled in resources/fonts/ and embedded in the PDF.

reportlab's built-in Helvetica has no ŵ or ŷ, so a Welsh plan would print gaps. The TTF files are bundled
(with their licence) rather than looked up on the system so a frozen Windows build prints exactly what a
Linux laptop prints. reportlab keeps registered fonts in a process-wide table; registering once is enough.
"""

from __future__ import annotations

import threading
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from safetyworker.errors import EnvironmentProblem
from safetyworker.i18n import _
from safetyworker.resources import resource

REGULAR = "PlanSans"
BOLD = "PlanSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Make the plan fonts known to reportlab (once per process); ``<b>`` in a paragraph picks the bold."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError):
                raise EnvironmentProblem(
                    _("The font file {file} is missing or damaged; reinstall the app to print plans").format(file=path)
                ) from None
        faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, REGULAR),
            (1, 1, BOLD),
        )
        for bold, italic, face in faces:
            addMapping(REGULAR, bold, italic, face)
        _registered = True
