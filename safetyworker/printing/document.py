"""The page furniture every printed plan shares: type sizes, the in-memory build, neutral metadata, page
numbers ("Page 2 of 3", so a missing page is noticed) and escaping of the worker's text.

Nothing here touches the disk: the PDF is built in a BytesIO and returned as bytes. The metadata is blank
or neutral, the creation date is reportlab's fixed "invariant" date (the file says nothing about when it was
printed, and the same plan gives the same bytes), and reportlab's own name, which it writes into two
comments of every file, is blanked byte for byte so the offsets in the file stay right.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack
from xml.sax.saxutils import escape

from reportlab.lib.colors import black
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from safetyworker.printing import fonts

#: Comments reportlab writes into every file; blanked to spaces of the same length.
_TELLTALES = (
    b"ReportLab Generated PDF document (opensource)",
    b"ReportLab generated PDF document -- digest (opensource)",
)

#: Footer drawer: (canvas, page number, page count).
Footer = Callable[[Canvas, int, int], None]


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one printed copy. ``body`` is the size the large-print test checks."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    label: ParagraphStyle
    subheading: ParagraphStyle
    small: ParagraphStyle
    number: ParagraphStyle


class _Spacing(TypedDict, total=False):
    """The spacing a style may set besides its font and size."""

    spaceBefore: float
    spaceAfter: float
    leftIndent: float
    bulletIndent: float


def _style(name: str, size: float, leading: float, bold: bool = False, **kw: Unpack[_Spacing]) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        leading=leading,
        textColor=black,
        bulletFontName=fonts.REGULAR,
        bulletFontSize=size,
        **kw,
    )


def sheet_styles(large: bool, body_size: float = 11) -> Styles:
    """A4 styles. Large print follows the RNIB's advice: 16 pt or more for the body, generous leading."""
    fonts.register()
    b = max(16.0, body_size + 5) if large else body_size
    # Bullets: reportlab keeps the bullet's width plus 0.6 em before the text of the first line; a left indent
    # at least that wide makes wrapped lines start under the first line's text.
    lead = b * (1.45 if large else 1.4)
    small = 14.0 if large else max(b * 0.78, 8.0)  # small print, but not too small to read in large print
    return Styles(
        title=_style("title", b * 2, b * 2.4, bold=True, spaceAfter=b * 0.2),
        subtitle=_style("subtitle", b * 1.1, b * 1.5, spaceAfter=b * 0.6),
        heading=_style("heading", b * 1.25, b * 1.6, bold=True, spaceBefore=b * 1.2, spaceAfter=b * 0.35),
        body=_style("body", b, lead, spaceAfter=b * 0.3),
        bullet=_style("bullet", b, lead, leftIndent=b * 1.45, bulletIndent=b * 0.2, spaceAfter=b * 0.35),
        label=_style("label", b if large else b * 0.85, (b if large else b * 0.85) * 1.35),
        subheading=_style("subheading", b, lead, bold=True, spaceBefore=b * 0.7, spaceAfter=b * 0.15),
        small=_style("small", small, small * 1.35, spaceBefore=b * 0.3),
        number=_style("number", b * 1.15, b * 1.5, bold=True),
    )


def card_styles(large: bool) -> Styles:
    """Styles for the credit-card sized card: as large as a card allows (large print: 11 pt, numbers 13 pt)."""
    fonts.register()
    b = 11.0 if large else 7.5
    lead = b * 1.25
    return Styles(
        title=_style("title", b * 1.2, b * 1.5, bold=True),
        subtitle=_style("subtitle", b, lead),
        heading=_style("heading", b, lead, bold=True, spaceBefore=b * 0.5, spaceAfter=b * 0.1),
        body=_style("body", b, lead),
        bullet=_style("bullet", b, lead, leftIndent=b * 1.25, bulletIndent=0, spaceAfter=b * 0.1),
        label=_style("label", b, lead),
        subheading=_style("subheading", b, lead, bold=True, spaceBefore=b * 0.7, spaceAfter=b * 0.15),
        small=_style("small", b * 0.9, b * 1.1),
        number=_style("number", b * 1.2, b * 1.4, bold=True),
    )


def para_text(text: str) -> str:
    """The worker's plain text as reportlab paragraph markup: ``<``, ``&`` and friends escaped, control
    characters dropped, line breaks kept."""
    kept = []
    for ch in text:
        if ch in "\n\t":
            kept.append(" " if ch == "\t" else "\n")
        elif unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn"):
            kept.append(ch)
    lines = "".join(kept).replace("\r", "").split("\n")
    return "<br/>".join(escape(line) for line in lines)


def _numbered(footer: Footer | None) -> type[Canvas]:
    """A canvas that holds every page back until the end, so each footer can say how many pages there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            # _startPage: Canvas's own reset for a new page, which types-reportlab does not list
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            count = len(self._pages)
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if footer:
                    footer(self, n, count)
                super().showPage()
            super().save()

    return NumberedCanvas


def build(
    story: list[Flowable],
    *,
    pagesize: tuple[float, float],
    margins: tuple[float, float, float, float],
    title: str,
    lang: str,
    footer: Footer | None = None,
) -> bytes:
    """The finished PDF of ``story``; ``margins`` are (left, right, top, bottom) in points."""
    fonts.register()
    out = io.BytesIO()
    left, right, top, bottom = margins
    doc = BaseDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author="",
        subject="",
        creator="",
        producer="",
        keywords=[],  # reportlab's own default: the file's keywords are empty
        invariant=1,
        lang={"cy": "cy", "en": "en-GB"}.get(lang, lang),
        initialFontName=fonts.REGULAR,
    )
    # no padding inside the frame: a table as wide as the page less the margins fits exactly
    frame = Frame(left, bottom, pagesize[0] - left - right, pagesize[1] - top - bottom, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered(footer))
    data = out.getvalue()
    for telltale in _TELLTALES:
        data = data.replace(telltale, b" " * len(telltale))
    return data
