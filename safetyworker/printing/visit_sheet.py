"""The day's visit sheet for the office's lone-working log: printed in the morning when no bundle can reach the
office before the worker leaves.

It holds as little as a welfare call needs and nothing that says what the work is about: the worker, each
visit's times, where (a neutral venue in the worker's words, or "home address on record"), the case reference
the office looks the address up by, and a box to tick when the worker is back in touch. No names, no address,
no words about abuse or risk: a sheet on an office desk can be read by anyone passing.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from safetyworker.i18n import _
from safetyworker.printing import document
from safetyworker.printing.document import para_text
from safetyworker.printing.sheet import RULE
from safetyworker.printing.strings import words
from safetyworker.records import dates as date_words
from safetyworker.records.visit_rules import clock_text

MARGIN = 15 * mm
PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * MARGIN


def render_visit_sheet(day: date, visits: list[Any], worker: str, zone: ZoneInfo) -> bytes:
    """The sheet as PDF bytes (printing/document.py: built in memory, neutral metadata)."""
    st = document.sheet_styles(False, body_size=11)
    story: list[Flowable] = [
        Paragraph(para_text(_("Visits: {day}").format(day=date_words.day_text(day))), st.title),
        Paragraph(para_text(_("Worker: {name}").format(name=worker or _("(not named)"))), st.subtitle),
        Paragraph(
            para_text(
                _(
                    "If the worker has not been in touch by the time in the 'Back in touch by' column, ring them. "
                    "Tick the last column when they are back in touch."
                )
            ),
            st.body,
        ),
        Spacer(1, 4 * mm),
    ]
    header = [
        _("Start"),
        _("Ends"),
        _("Travel"),
        _("Back in touch by"),
        _("Where"),
        _("Case reference"),
        _("Back in touch"),
    ]
    rows: list[list[Any]] = [[Paragraph(para_text(h), st.label) for h in header]]
    for v in visits:
        where = v.place or _("Home address on record")
        rows.append(
            [
                Paragraph(para_text(clock_text(v.at, zone)), st.body),
                Paragraph(para_text(clock_text(v.at, zone, v.minutes)), st.body),
                Paragraph(para_text(_("{n} min").format(n=v.travel_minutes)), st.body),
                Paragraph(para_text(clock_text(v.back_by, zone)), st.subheading),
                Paragraph(para_text(where), st.body),
                Paragraph(para_text(v.case_id), st.small),
                Paragraph(para_text(clock_text(v.back_at, zone) if v.back_at else "☐"), st.body),
            ]
        )
    if not visits:
        rows.append([Paragraph(para_text(_("No visits planned.")), st.body), "", "", "", "", "", ""])
    widths = [18 * mm, 18 * mm, 18 * mm, 32 * mm, 0.0, 62 * mm, 28 * mm]
    widths[4] = WIDTH - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ]
        )
    )
    story.append(table)

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.setFont(st.small.fontName, st.small.fontSize)
        canvas.drawString(MARGIN, 9 * mm, _("CONFIDENTIAL — keep secure, shred when the day is over"))
        canvas.drawRightString(PAGE[0] - MARGIN, 9 * mm, _("Page {page} of {pages}").format(page=page, pages=pages))

    return document.build(
        story,
        pagesize=PAGE,
        margins=(MARGIN, MARGIN, 15 * mm, 16 * mm),
        title=words("en")["metadata_title"],
        lang="en",
        footer=footer,
    )
