"""What the worker chose when printing a plan: which copy, large print, language, and whether the person's
name goes on it.

The choices are checked here, once, so the CLI, the desktop and the service all refuse the same bad input
with the same plain message. The worker copy is always in English (it is the worker's record, read by
colleagues and the office); ``lang`` applies to the person's copy and the card only.
"""

from __future__ import annotations

from dataclasses import dataclass

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _

VARIANTS = ("worker", "personal", "card")
LANGS = ("en", "cy")


@dataclass(frozen=True)
class PrintOptions:
    variant: str
    large_print: bool = False
    lang: str = "en"
    include_name: bool = False

    def __post_init__(self) -> None:
        if self.variant not in VARIANTS:
            raise InvalidInput(
                "variant",
                _("'{value}' is not a printed copy (use worker, personal or card)").format(value=self.variant),
            )
        if self.lang not in LANGS:
            raise InvalidInput("lang", _("'{value}' is not a print language (use en or cy)").format(value=self.lang))
        for name in ("large_print", "include_name"):
            if not isinstance(getattr(self, name), bool):
                raise InvalidInput(name, _("must be true or false"))

    @property
    def print_lang(self) -> str:
        """The language actually printed: the worker copy is English whatever ``lang`` says."""
        return "en" if self.variant == "worker" else self.lang

    def audit_detail(self) -> str:
        """What the audit trail records about a print: the choices, never the content."""
        return f"{self.variant}:{self.lang}{':large' if self.large_print else ''}"
