"""Exporting and importing bundles: laptop to office, office to laptop. The front door to the pieces below.

A bundle holds every change past what its receiver last acknowledged, so re-sending is harmless and a lost
bundle is made good by the next one. Importing is one transaction: all of a bundle or none of it.

Callers use the names here; the work is split by job:

- ``peers``: who is at the other end (the office, an enrolled worker), or ``NotEnrolled``;
- ``bundle_envelope``: the manifest, made on one side and checked on the other, with the limits it must keep;
- ``bundle_ledger``: what each side has sent, received and acknowledged;
- ``bundle_export``: what goes into a bundle, sealed and written whole;
- ``bundle_import``: taking one in, all of it or none.
"""

from __future__ import annotations

from safetyworker.sync.bundle_envelope import FORMAT, MAX_CLOCK_AHEAD_MS, MAX_SEQUENCE_JUMP, TO_OFFICE, TO_WORKER
from safetyworker.sync.bundle_export import ExportResult, default_name, export_to_office, export_to_worker
from safetyworker.sync.bundle_import import ImportResult, import_bundle
from safetyworker.sync.peers import NotEnrolled, active_worker, office_peer

__all__ = [
    "FORMAT",
    "MAX_CLOCK_AHEAD_MS",
    "MAX_SEQUENCE_JUMP",
    "TO_OFFICE",
    "TO_WORKER",
    "ExportResult",
    "ImportResult",
    "NotEnrolled",
    "active_worker",
    "default_name",
    "export_to_office",
    "export_to_worker",
    "import_bundle",
    "office_peer",
]
