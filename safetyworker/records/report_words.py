"""The names of what the service writes out for others: the reports for funders (and which of their figures
are minutes), and the formats of a subject access copy.

Plain tuples in a module that imports nothing, so the command line can list them in its help without loading
the services (``safetyworker --help`` stays quick, issue 18). ``services/reports.py`` and
``services/subject_access.py`` take them from here.
"""

from __future__ import annotations

#: The reports, in the order the desktop and the CLI list them.
REPORTS = ("caseload", "timeliness", "contacts", "support", "actions")
#: Figures that are minutes (sums of time, not counts of people or cases): never suppressed.
MINUTE_FIGURES = ("total_minutes", "travel_minutes", "by_kind", "by_worker")
#: The formats a subject access copy is written in (the first is the default).
SUBJECT_ACCESS_FORMATS = ("pdf", "json")
