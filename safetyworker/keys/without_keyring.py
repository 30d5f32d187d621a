"""What to do when the OS keyring will not give or keep the device secret (``without_keyring``), as the worker
chose: ``ASK`` stops with ``KeyringUnavailable`` and writes nothing (the default: the worker is asked);
``ONCE`` opens with the passphrase alone (the recovery slot) for this unlock only and writes nothing; ``FILE``
means the worker agreed to keep the secret in a file beside the store (reduced protection).

A module of its own, importing nothing, so that the command line can offer the choices (``--without-keyring``)
without loading the store, SQLCipher or the keyring (``safetyworker --help``, issue 18).
"""

from __future__ import annotations

ASK = "ask"
ONCE = "once"
FILE = "file"
CHOICES = (ASK, ONCE, FILE)
