"""Plain words for the codes the records store (a case's status, a log entry's channel, a planned contact's
kind) and for the items of the reports for funders.

In the core, so the command line and the desktop say the same words from the one catalogue (the desktop's
``ui/record_text.py`` and ``ui/reports_model.py`` take them from here): before, the command line printed the
codes themselves ("active", "phone: attempted 32, made 23"), in English whatever the language chosen.
Functions, not constants, so the words follow the language chosen after import.
"""

from __future__ import annotations

from safetyworker.i18n import _


def case_statuses() -> dict[str, str]:
    return {
        "referred": _("Referred"),
        "contacted": _("Contacted"),
        "active": _("Active"),
        "declined": _("Declined support"),
        "closed": _("Closed"),
    }


def log_channels() -> dict[str, str]:
    return {
        "phone": _("Phone call"),
        "text": _("Text message"),
        "email": _("Email"),
        "visit": _("Home visit"),
        "post": _("Letter"),
        "in_person": _("Met in person"),
    }


def contact_kinds() -> dict[str, str]:
    """Kinds of planned contact (the timetable's and the ones a worker plans by hand)."""
    return {
        "initial": _("Initial contact"),
        "mid_point": _("Mid-point contact"),
        "end": _("End of programme contact"),
        "follow_up": _("Follow-up contact"),
        "release": _("Release contact"),
        "review": _("Review"),
        "ad_hoc": _("Contact"),
        "inform": _("Tell them"),
    }


def report_names() -> dict[str, str]:
    return {
        "caseload": _("Caseload, referrals and closures"),
        "timeliness": _("Timeliness"),
        "contacts": _("Contacts attempted and made"),
        "support": _("Support given"),
        "actions": _("Information-sharing actions"),
    }


def report_items() -> dict[str, str]:
    """The words of a report's items that are not statuses, channels, kinds or kinds of support."""
    return {
        "not_assessed": _("Not assessed"),
        "worker": _("The safety worker"),
        "agency": _("An agency contact"),
        "attempted": _("attempted"),
        "made": _("reached the person"),
        "total": _("total"),
        "programme_starts": _("programmes started"),
        "before_start": _("first contact before the start"),
        "share": _("share"),
        "working_days": _("working days set"),
        "due": _("due"),
        "made_in_time": _("made in time"),
        "made_late": _("made late"),
        "not_made": _("not made"),
        "other_reasons": _("Other reasons"),
        "by_kind": _("by kind"),
    }
