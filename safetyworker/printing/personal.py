"""The person's own copy (A4) and the pocket card: what the person takes home, so what anyone else might find.

Both are discreet by construction rather than by filtering: every printed word comes from the strings file of
the chosen language (no revealing word in it), the only case data used is the person's name (and only when
the worker ticks it), and the only plan items are those marked for the person's copy. Nothing about the
person causing harm, the worker, the organisation or the case record is ever read here. Helplines appear
under their neutral labels only, never their real names.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from safetyworker.plans.model import CARD_SECTIONS, SECTIONS, PlanVersion
from safetyworker.printing import document
from safetyworker.printing.document import Styles, para_text
from safetyworker.printing.options import PrintOptions
from safetyworker.printing.strings import Helpline, Helplines, format_date, words
from safetyworker.records.model import Case

#: ISO/IEC 7810 ID-1, the size of a bank card: fits a wallet or a phone case.
CARD_SIZE = (85.6 * mm, 54 * mm)
CARD_MARGIN = 4 * mm


def _numbers_table(lines: list[Helpline], w: dict[str, Any], st: Styles, labels: str, tip: str, width: float) -> Table:
    """Label on the left, the number in bold on the right, on one baseline; the 999 tip under its row.

    A number is never broken over two lines: its column is as wide as the longest number. When that leaves
    too little room for the labels (large print on the card), each number goes under its label instead.
    """
    gap = st.body.fontSize * 0.8
    widest = max((stringWidth(line.number, st.number.fontName, st.number.fontSize) for line in lines), default=0)
    stacked = widest + gap > width * 0.5
    number_width = width if stacked else widest + 2  # 2 pt of slack for rounding
    lift = st.number.fontSize - st.body.fontSize  # brings the label down to the number's baseline
    rows: list[list[Flowable | str]] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.body.fontSize * 0.45),
    ]
    for line in lines:
        label = Paragraph(para_text(w[labels][line.neutral_label]), st.body)
        number = Paragraph(para_text(line.number), st.number)
        first = len(rows)
        if stacked:
            rows += [[label], [number]]
            commands.append(("BOTTOMPADDING", (0, len(rows) - 2), (-1, len(rows) - 2), 0))
        else:
            rows.append([label, number])
            commands.append(("TOPPADDING", (0, len(rows) - 1), (0, len(rows) - 1), lift))
            commands.append(("RIGHTPADDING", (0, len(rows) - 1), (0, len(rows) - 1), gap))
        if line.id == "emergency":
            # the tip belongs to the 999 row above it: no gap between them
            commands.append(("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 0))
            rows.append([Paragraph(para_text(w[tip]), st.body), *([] if stacked else [""])])
            if not stacked:
                commands.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
            commands.append(("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), st.body.fontSize * 0.9))
        # a label, its number (and the tip) stay on one page: a number is useless without its label
        commands.append(("NOSPLIT", (0, first), (-1, len(rows) - 1)))
    widths = [width] if stacked else [width - number_width, number_width]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _bullets(texts: list[str], st: Styles) -> list[Flowable]:
    return [Paragraph(para_text(text), st.bullet, bulletText="•") for text in texts]


def _flat(flowables: list[Flowable]) -> list[Flowable]:
    """The flowables with any KeepTogether opened up (reportlab sizes a KeepTogether inside another as
    endless, which would push the outer one onto a page of its own)."""
    out: list[Flowable] = []
    for f in flowables:
        # _content: KeepTogether's flowables, an attribute types-reportlab does not list
        out += _flat(f._content) if isinstance(f, KeepTogether) else [f]  # type: ignore[attr-defined]
    return out


def _height(flowables: list[Flowable], width: float, height: float) -> float:
    """How tall ``flowables`` are, one after another, in a frame ``width`` wide."""
    total: float = sum(
        f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        for f in _flat(flowables)
        if not isinstance(f, CondPageBreak)
    )
    return total


def _with_what_precedes(last: list[Flowable], block: list[Flowable], width: float, height: float) -> list[Flowable]:
    """The "Useful numbers" block (``block``) with what comes before it, so it never sits alone on a page.

    The block itself is never split (a number cut from its label, or 999 from its tip, is useless). When it
    fits where the page has room it stays there; when it must go over, the last section goes with it, as a
    whole if the two fit on one page, else its last entry, so the final page is never the numbers alone.
    Every group made here fits on one page, so reportlab never has to split one.
    """
    if last and _height([*last, *block], width, height) <= height:
        return [last[0], KeepTogether(_flat([*last[1:], *block]))]
    if last and _height([last[-1], *block], width, height) <= height:
        return [*last[:-1], KeepTogether(_flat([last[-1], *block]))]
    return [*last, KeepTogether(block)]


def personal_copy(case: Case, plan: PlanVersion, options: PrintOptions, numbers: Helplines) -> bytes:
    """The person's A4 copy: neutral title, their items by section, the review date, useful numbers."""
    w = words(options.print_lang)
    st = document.sheet_styles(options.large_print, body_size=11.5)
    margin = 22 * mm
    width = A4[0] - 2 * margin
    story: list[Flowable] = [Paragraph(para_text(w["title"]), st.title)]
    if options.include_name and case.preferred_name.strip():
        story.append(Paragraph(para_text(w["for_name"].format(name=case.preferred_name)), st.subtitle))
    story.append(HRFlowable(width="100%", thickness=0.8, color=st.body.textColor, spaceAfter=st.body.fontSize * 0.4))
    last: list[Flowable] = []  # the last section printed, held back to go with the numbers
    for section in SECTIONS:
        texts = [item.text for item in plan.personal_items(section)]
        extra = []
        if section == "review" and plan.review_date:
            extra = [Paragraph(para_text(w["review_date"].format(date=format_date(plan.review_date, w))), st.body)]
        if not texts and not extra:
            continue
        heading = Paragraph(para_text(w["sections"][section]), st.heading)
        body = _bullets(texts, st) + extra
        # keep a heading with its first item; never leave it alone at the foot of a page
        story += last
        last = [CondPageBreak(st.heading.leading * 3), KeepTogether([heading, body[0]]), *body[1:]]
    lines = numbers.for_person(plan.helplines)
    if lines:
        table = _numbers_table(lines, w, st, "lines", "emergency_tip", width)
        heading = Paragraph(para_text(w["numbers_heading"]), st.heading)
        block = [Spacer(1, st.body.fontSize * 0.6), heading, table]
        story += _with_what_precedes(last, block, width, A4[1] - 44 * mm)
    else:
        story += last

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.setFont(st.small.fontName, st.small.fontSize)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, w["page"].format(page=page, pages=pages))

    return document.build(
        story,
        pagesize=A4,
        margins=(margin, margin, 20 * mm, 24 * mm),  # 44 mm of the height: see _with_what_precedes above
        title=w["metadata_title"],
        lang=options.print_lang,
        footer=footer,
    )


def card(case: Case, plan: PlanVersion, options: PrintOptions, numbers: Helplines) -> bytes:
    """The pocket card: 999 and the neutral lines, the people to call, the agreed words; as many card-sized
    pages as it takes (print, cut, fold into a wallet)."""
    w = words(options.print_lang)
    st = document.card_styles(options.large_print)
    width = CARD_SIZE[0] - 2 * CARD_MARGIN
    story: list[Flowable] = []
    if options.include_name and case.preferred_name.strip():
        story.append(Paragraph(para_text(case.preferred_name), st.title))
    story.append(_numbers_table(numbers.for_card(), w, st, "card_lines", "card_emergency_tip", width))
    for section in CARD_SECTIONS:
        texts = [item.text for item in plan.personal_items(section)]
        if texts:
            heading = Paragraph(para_text(w["sections"][section]), st.heading)
            bullets = _bullets(texts, st)
            story += [KeepTogether([heading, bullets[0]]), *bullets[1:]]

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        if pages > 1:  # which side is which, when the card is cut out and folded
            canvas.setFont(st.small.fontName, st.small.fontSize * 0.85)
            canvas.drawRightString(CARD_SIZE[0] - CARD_MARGIN / 2, CARD_MARGIN / 2.5, f"{page}/{pages}")

    return document.build(
        story,
        pagesize=CARD_SIZE,
        margins=(CARD_MARGIN, CARD_MARGIN, CARD_MARGIN, CARD_MARGIN),
        title=w["metadata_title"],
        lang=options.print_lang,
        footer=footer,
    )
