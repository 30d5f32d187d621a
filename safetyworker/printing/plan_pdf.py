"""Printable safety plans: the one entry point the service, the CLI and the desktop use.

``render_plan`` returns the PDF as bytes built in memory; it never writes a file (the desktop previews and
prints the bytes; only an explicit "Save as PDF" writes them, elsewhere). Three copies:

- ``worker``: everything, marked as the worker copy (see ``worker.py``);
- ``personal``: the person's own A4 copy, discreet by default (see ``personal.py``);
- ``card``: a bank-card sized card with numbers and agreed words.

``revealing_words`` lets a front end warn a worker who typed a revealing word into an item that will be
printed for the person: the printing code keeps its own words neutral, but it prints the worker's items as
they are written.
"""

from __future__ import annotations

import re

from reportlab.platypus.doctemplate import LayoutError

from safetyworker.errors import SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.plans.model import PlanDraft, PlanVersion
from safetyworker.printing.options import PrintOptions
from safetyworker.printing.personal import card, personal_copy
from safetyworker.printing.strings import Helplines, all_revealing_words, helplines
from safetyworker.printing.worker import worker_copy
from safetyworker.records.model import Case

__all__ = ["PrintOptions", "render_plan", "revealing_words"]

_RENDERERS = {"worker": worker_copy, "personal": personal_copy, "card": card}


def render_plan(case: Case, plan: PlanVersion, options: PrintOptions, lines: Helplines | None = None) -> bytes:
    """The PDF of ``plan`` for ``case`` as ``options`` ask; ``lines``: the office's corrected helplines, if it
    sent any (the shipped list otherwise)."""
    try:
        return _RENDERERS[options.variant](case, plan, options, lines or helplines())
    except LayoutError:
        # every known cause is handled in the layout; this is the plain message if one is missed
        raise SafetyWorkerError(
            _(
                "The plan could not be fitted on the page (an entry may be too long to print). "
                "Shorten the longest entries and try again."
            )
        ) from None


def revealing_words(plan: PlanDraft) -> list[str]:
    """The revealing words (any print language) found in the items marked for the person's copy, in the
    order of the word list; whole words only, so "pharmacy" does not trip "harm"."""
    text = "\n".join(item.text for item in plan.personal_items()).lower()
    return [w for w in all_revealing_words() if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text)]
