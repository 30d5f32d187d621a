"""Reading and verifying the audit trail: ``audit verify``, ``audit list``, the desktop's Audit view, and a CSV
copy for an investigation (docs/audit.md).

A laptop reads its own trail. The office reads its own, and each worker's laptop trail as their bundles brought
it (sync/audit_trail.py). Reading the trail is itself recorded (``audit.list``, ``audit.export``).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import N_, _
from safetyworker.records.dates import typed_date
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.sync import audit_trail, files

#: The trail of this store itself (a worker id names a laptop's trail at the office).
OWN = ""

#: What each code means, for people: the one table of words for the CLI's ``audit list`` and the desktop's Audit
#: view. Every code the app writes has words here (tests/test_audit_words.py); the code itself is shown only for
#: one this version does not know (an older or newer laptop's trail at the office).
LABELS = {
    "case.create": N_("Case added"),
    "case.import": N_("Case imported from a spreadsheet"),
    "case.view": N_("Case opened"),
    "case.update": N_("Case changed"),
    "case.close": N_("Case closed"),
    "contact_log.append": N_("Contact logged"),
    "note.append": N_("Note added"),
    "plan.save": N_("Safety plan saved"),
    "plan.view": N_("Safety plan opened"),
    "plan.preview": N_("Safety plan previewed"),
    "plan.print": N_("Safety plan printed"),
    "plan.save_pdf": N_("Safety plan saved as PDF"),
    "call.check": N_("Call safety checked"),
    "call.card": N_("Call card shown"),
    "agenda.view": N_("Today's calls shown"),
    "planned_contact.add": N_("Contact planned"),
    "planned_contact.cancel": N_("Planned contact cancelled"),
    "risk.add": N_("Risk assessment added"),
    "risk.view": N_("Risk assessment opened"),
    "risk.referral": N_("MARAC referral recorded"),
    "risk.referral_pdf": N_("MARAC referral previewed"),
    "risk.referral_save_pdf": N_("MARAC referral saved as PDF"),
    "risk.heard": N_("MARAC outcome recorded"),
    "bundle.export": N_("Bundle made"),
    "bundle.import": N_("Bundle imported"),
    "bundle.refused": N_("Bundle refused"),
    "conflict.resolve": N_("Conflict resolved"),
    "settings.change": N_("Setting changed"),
    audit.CASELOAD_LIST: N_("Caseload listed"),
    audit.CASELOAD_SEARCH: N_("Caseload searched"),
    audit.STORE_UNLOCK: N_("Unlocked"),
    audit.STORE_LOCK: N_("Locked"),
    audit.UNLOCK_FAILED: N_("Wrong passphrase typed"),
    audit.BACKUP_WRITE: N_("Backup written"),
    audit.BACKUP_RESTORE: N_("Restored from a backup"),
    audit.RETENTION_RUN: N_("Retention run"),
    audit.SUBJECT_ACCESS_EXPORT: N_("Subject access export"),
    audit.AUDIT_LIST: N_("Audit trail read"),
    audit.AUDIT_EXPORT: N_("Audit trail exported"),
    audit.AUDIT_PEER_BROKEN: N_("A laptop's audit trail was cut or rewritten"),
    "office.assign": N_("Case given to a worker"),
    "office.erase": N_("Case erased"),
    "office.enrol": N_("Worker enrolled"),
    "office.revoke": N_("Enrolment withdrawn"),
    "laptop.enrol": N_("Laptop enrolled"),
    "laptop.enrolment_refused": N_("The office refused this laptop's enrolment"),
    "office.create": N_("Office set up"),
    "office.confirm": N_("Laptop's words confirmed"),
    "office.hold": N_("Laptop's first bundle held until its words are confirmed"),
    "office.enrolment_used_twice": N_("One enrolment used by two laptops"),
    "office.notice": N_("Notice made for a refused laptop"),
    "office.recovery": N_("Passphrase recovery answered"),
    "office.reference": N_("Helplines list changed"),
    "office.risk_template": N_("Risk assessment form changed"),
    "plan.show_person": N_("Safety plan shown to the person"),
    "case.agency_contacts": N_("Agency contacts linked"),
    "sharing.add": N_("Information sharing recorded"),
    "sharing.action_done": N_("Action marked done"),
    "support.append": N_("Support recorded"),
    "visit.plan": N_("Visit planned"),
    "visit.back": N_("Back safe after a visit"),
    "visit.log": N_("Visit logged in the contact log"),
    "visit.sheet": N_("Visit sheet printed"),
    "probation.update": N_("Probation update applied"),
    "probation.import": N_("Probation updates imported"),
    "retention.erase": N_("Erased under the retention schedule"),
    "agency.add": N_("Agency added"),
    "agency.update": N_("Agency changed"),
    "directory.add": N_("Directory entry added"),
    "directory.update": N_("Directory entry changed"),
    "directory.remove": N_("Directory entry removed"),
    "directory.import": N_("Directory imported"),
    "report.csv": N_("Report saved as CSV"),
}

CSV_HEADER = ("seq", "at", "actor", "action", "meaning", "target_id", "detail", "trail", "epoch", "hash")


def peer_problem_text(code: str) -> str:
    """What the office found wrong with a laptop's audit trail (``ImportResult.audit_problem``), in words."""
    return audit_trail.problem_text(code)


def label(action: str) -> str:
    text = LABELS.get(action)
    return _(text) if text else action


@dataclass(frozen=True)
class Trail:
    """One trail the Audit view can show: this store's own, or a worker's laptop's (office)."""

    id: str
    name: str
    problem: str  # '' or what is wrong, in words

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "problem": self.problem}


def since_moment(text: str | None) -> str | None:
    """``--since`` (a date, day/month/year or YYYY-MM-DD) as the UTC moment the trail's ``at`` is compared with."""
    if not text:
        return None
    day = typed_date(text, "--since")
    return f"{day}T00:00:00Z" if day else None


class AuditService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def verify(self, trail: str = OWN) -> dict[str, Any]:
        """The whole chain and its end (``intact``, ``events``, ``head``, ``problem``: the first broken link).
        Read only. At the office, a worker's trail says what its bundles showed."""
        if trail == OWN:
            with self._store.snapshot():
                return audit.verify(self._store).to_json()
        state = self._peer_state(trail)
        rows = self._peer_rows(trail, None, None, state["epoch"])
        problem = audit.check_rows(rows, rows[0].prev_hash, rows[0].seq - 1) if rows else None
        doc = {
            "intact": problem is None and not state["problem"],
            "events": state["count"],
            "head": state["head"],
            "problem": problem.to_json() if problem else None,
        }
        if state["problem"] and problem is None:
            doc["problem"] = {
                "kind": state["problem"],
                "seq": 0,
                "message": audit_trail.problem_text(state["problem"]),
            }
        return doc

    def trails(self) -> list[Trail]:
        """This store's own trail first; at the office, each enrolled worker's laptop trail."""
        own = Trail(OWN, _("This office") if self._store.role == "office" else _("This laptop"), "")
        if self._store.role != "office":
            return [own]
        rows = self._store.db.execute(
            "SELECT p.peer_id, p.name, coalesce(a.problem, '') FROM sync_peer p "
            "LEFT JOIN audit_peer a ON a.peer_id = p.peer_id WHERE p.role = 'worker' ORDER BY p.name COLLATE NOCASE"
        ).fetchall()
        return [own] + [
            Trail(pid, _("{name}'s laptop").format(name=name), audit_trail.problem_text(problem) if problem else "")
            for pid, name, problem in rows
        ]

    def events(self, case_id: str | None = None, since: str | None = None, trail: str = OWN) -> list[dict[str, Any]]:
        """The events (oldest first), of one case, or since a date; recorded as a reading of the trail."""
        found = self._rows(case_id, since_moment(since), trail)
        with self._store.transaction():
            audit.record(self._store, audit.AUDIT_LIST, trail, str(len(found)))
        return found

    def export_csv(
        self,
        path: Path,
        *,
        force: bool = False,
        case_id: str | None = None,
        since: str | None = None,
        trail: str = OWN,
    ) -> tuple[Path, int]:
        """The events as CSV for an investigation, written through sync/files.py (never over a file without
        ``force``, never in a store folder). Returns the file and how many events it holds."""
        target = files.new_file(Path(path), force=force)
        rows = self._rows(case_id, since_moment(since), trail)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for row in rows:
            writer.writerow([_cell(row[key]) for key in CSV_HEADER])
        files.write_private(target, out.getvalue().encode("utf-8-sig"))
        with self._store.transaction():
            audit.record(self._store, audit.AUDIT_EXPORT, trail, str(len(rows)))
        return target, len(rows)

    # -- reading ------------------------------------------------------------------------------------------------
    def _rows(self, case_id: str | None, since: str | None, trail: str) -> list[dict[str, Any]]:
        if trail == OWN:
            events = audit.events(self._store, case_id=case_id or None, since=since)
            docs = [_doc(e, trail, 0) for e in events]
        else:
            state = self._peer_state(trail)
            docs = []
            for epoch in range(1, state["epoch"] + 1):
                docs += [_doc(e, trail, epoch) for e in self._peer_rows(trail, case_id, since, epoch)]
        names = self._worker_names()
        for doc in docs:
            doc["record"] = names.get(doc["target_id"] or "") or doc["target_id"]
        return docs

    def _worker_names(self) -> dict[str, str]:
        """At the office, each enrolled worker's name by their id: an office event about a worker
        (``office.enrol``, ``office.confirm``...) shows whom it is about, not a record number. The id stays in
        ``target_id`` (the details pane, ``--json``, the CSV)."""
        if self._store.role != "office":
            return {}
        rows = self._store.db.execute("SELECT peer_id, name FROM sync_peer WHERE role = 'worker'")
        return {str(pid): str(name) for pid, name in rows if name}

    def _peer_state(self, trail: str) -> dict[str, Any]:
        known = self._store.db.execute(
            "SELECT 1 FROM sync_peer WHERE peer_id = ? AND role = 'worker'", (trail,)
        ).fetchone()
        if self._store.role != "office" or not known:
            raise InvalidInput("--worker", _("no worker {id} is enrolled with this office").format(id=trail))
        row = self._store.db.execute(
            "SELECT epoch, count, head, problem FROM audit_peer WHERE peer_id = ?", (trail,)
        ).fetchone()
        epoch, count, head, problem = row if row else (1, 0, "", "")
        return {"epoch": epoch, "count": count, "head": head, "problem": problem}

    def _peer_rows(self, trail: str, case_id: str | None, since: str | None, epoch: int) -> list[audit.Event]:
        sql = (
            "SELECT seq, at, actor, action, target_id, detail, prev_hash, hash FROM audit_peer_event "
            "WHERE peer_id = ? AND epoch = ?"
        )
        args: list[Any] = [trail, epoch]
        if case_id:
            sql += " AND target_id = ?"
            args.append(case_id)
        if since:
            sql += " AND at >= ?"
            args.append(since)
        return [audit.Event(*r) for r in self._store.db.execute(sql + " ORDER BY seq", args)]


def _doc(event: audit.Event, trail: str, epoch: int) -> dict[str, Any]:
    doc = event.to_json()
    doc.update(meaning=label(event.action), trail=trail, epoch=epoch)
    return doc


def _cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text: a value starting like a formula is marked with a quote."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
