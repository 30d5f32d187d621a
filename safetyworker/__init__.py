"""Safety Worker: an offline-first caseload store for safety workers.

Everything in this package except ``safetyworker.ui`` is the core and must never import Qt, so the same
services run in the CLI, at the office without a display, and in tests.
"""

__version__ = "0.1.0"
