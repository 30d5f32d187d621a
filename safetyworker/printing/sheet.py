"""The A4 sheet the worker-side copies share (the plan's worker copy, the MARAC referral, the subject access
copy): a title, headings, two-column label/value tables that leave out what is empty, bullets, and a footer
with page numbers on every page. One place for the paragraph styling, so the copies look alike and a fix to
one (a long value breaking across pages) reaches all of them.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from safetyworker.i18n import _
from safetyworker.printing import document
from safetyworker.printing.document import Styles, para_text
from safetyworker.printing.strings import words

MARGIN = 20 * mm
RULE = Color(0.55, 0.55, 0.55)  # hairlines between rows: there, but quieter than the text
WIDTH = A4[0] - 2 * MARGIN


def code_words(value: str) -> str:
    """A stored code as words: "on_licence" -> "On licence"."""
    return value.replace("_", " ").capitalize()


def yes(flag: bool) -> str:
    """Yes or No as every printed copy's tables write it (capital, like the words beside it: "Referred")."""
    return _("Yes") if flag else _("No")


class Sheet:
    """Collects an A4 sheet's flowables (title, headings, label/value tables, bullet lists) and builds the PDF."""

    def __init__(self, st: Styles) -> None:
        self.st = st
        self.story: list[Flowable] = []

    def title(self, title: str, subtitle: str) -> None:
        self.story += [Paragraph(para_text(title), self.st.title), Paragraph(para_text(subtitle), self.st.subtitle)]

    def heading(self, text: str) -> None:
        self.story += [CondPageBreak(self.st.heading.leading * 4), Paragraph(para_text(text), self.st.heading)]

    def facts(self, rows: list[tuple[str, str]]) -> None:
        """Two-column tables of what is filled in; empty values are left out, not printed as blanks.

        A table row cannot break across pages, so a value too long for a third of a page (long notes in large
        print) is printed under its label at full width instead, where it can flow onto the next page.
        """
        label_width = 44 * mm if self.st.body.fontSize < 14 else 62 * mm
        table: list[list[Flowable]] = []
        for label, value in rows:
            if not value or not value.strip():
                continue
            cell = Paragraph(para_text(value), self.st.body)
            if cell.wrap(WIDTH - label_width, A4[1])[1] > A4[1] / 3:
                self._table(table, label_width)
                table = []
                gap = self.st.body.fontSize * 0.5
                self.story += [Spacer(1, gap), Paragraph(para_text(label), self.st.label), cell, Spacer(1, gap * 2)]
            else:
                table.append([Paragraph(para_text(label), self.st.label), cell])
        self._table(table, label_width)

    def _table(self, data: list[list[Flowable]], label_width: float) -> None:
        if not data:
            return
        table = Table(data, colWidths=[label_width, WIDTH - label_width], hAlign="LEFT")
        pad = self.st.body.fontSize * 0.3
        lift = self.st.body.fontSize - self.st.label.fontSize  # the smaller label sits on the value's baseline
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad * 2),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (0, -1), pad + lift),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ]
            )
        )
        self.story.append(table)

    def subheading(self, text: str) -> None:
        self.story.append(Paragraph(para_text(text), self.st.subheading))

    def text(self, text: str, style: str = "body") -> None:
        self.story.append(Paragraph(para_text(text), getattr(self.st, style)))

    def gap(self) -> None:
        self.story.append(Spacer(1, self.st.body.fontSize * 0.8))

    def bullet(self, text: str, note: str = "") -> None:
        """A bulleted line, with a note in italics under it when there is one."""
        body = para_text(text) + (f"<br/><i>{para_text(note)}</i>" if note else "")
        self.story.append(Paragraph(body, self.st.bullet, bulletText="•"))

    def pdf(self, footer: str, *, banner: str = "") -> bytes:
        """The finished PDF: ``footer`` and "Page N of M" at the foot of every page, ``banner`` (if any) at the
        top; neutral metadata (printing/document.py)."""
        small = self.st.small

        def draw(canvas: Canvas, page: int, pages: int) -> None:
            canvas.setFont(small.fontName, small.fontSize)
            canvas.drawString(MARGIN, 11 * mm, footer)
            canvas.drawRightString(A4[0] - MARGIN, 11 * mm, _("Page {page} of {pages}").format(page=page, pages=pages))
            if banner:
                canvas.drawCentredString(A4[0] / 2, A4[1] - 10 * mm, banner)

        return document.build(
            self.story,
            pagesize=A4,
            margins=(MARGIN, MARGIN, 18 * mm, 22 * mm),
            title=words("en")["metadata_title"],
            lang="en",
            footer=draw,
        )
