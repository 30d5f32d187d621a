"""Who an entry in the local services directory is for (records/directory.py has the rest of its rules).

A mapping in a module that imports almost nothing, so the command line can list the words in its help without
loading the directory's rules, the CSV import and the record model (``safetyworker --help`` stays quick,
issue 18). ``records/directory.py``, ``services/directory.py`` and the desktop take it from here.
"""

from __future__ import annotations

from safetyworker.i18n import N_, TranslatedMapping

#: Who a service is for. ``any``: everyone.
SERVES = TranslatedMapping(
    {
        "any": N_("Anyone"),
        "women": N_("Women"),
        "men": N_("Men"),
        "lgbt": N_("LGBT+ people"),
        "young_people": N_("Young people"),
        "older_people": N_("Older people"),
    }
)
