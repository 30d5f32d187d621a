"""Translation hook for user-facing text in the core.

The core cannot use Qt's translation functions (it never imports Qt), so it marks its messages with ``_``
from gettext, as Electrum's core does. The Qt client installs the same catalogue, so a message raised by a
service reads the same in both front ends.
"""

import gettext
from pathlib import Path

_LOCALE_DIR = Path(__file__).parent / "locale"
_translation = gettext.translation("safetyworker", localedir=_LOCALE_DIR, fallback=True)


def _(message: str) -> str:
    return _translation.gettext(message)
