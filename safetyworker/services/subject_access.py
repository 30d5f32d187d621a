"""Subject access: everything the store holds about one person, as JSON and as a PDF a person can read
(docs/data-protection.md).

The copy holds the case, its contact methods, children, the person causing harm, planned contacts, every safety
plan version, the contact log, notes, risk assessments, MARAC referrals, any other record kept against the case
(information sharing records, where a store has them) and the audit events about the case.

**Third parties are withheld by default.** The person causing harm (everything but how they are related to the
person), the children's names and what is said about them apart from their age and their safety steps, and who
else may answer the person's phone are replaced by ``[withheld: third party]``; so is every mention of those
names in the workers' own words (notes, the log, plans, assessments). A reviewer may include them, only with a
written reason: it is kept as a note on the case (so the next copy shows it, and it travels to the office) and
the export is audited (codes only: the format and whether third parties were included). Withholding by name
cannot find every third party a worker described in their own words: someone reads the copy before it is
given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.i18n import _
from safetyworker.records import case_rows
from safetyworker.records.reader import checked_text
from safetyworker.records.report_words import SUBJECT_ACCESS_FORMATS
from safetyworker.services import audit as audit_labels
from safetyworker.services.plans import PlanService
from safetyworker.services.risk import RiskService
from safetyworker.store import audit
from safetyworker.store.vault import Store, new_id, utc_now
from safetyworker.timetable import planner

FORMAT = "safetyworker-subject-access/1"
#: The mark left where a third party's details were (the JSON keeps it in English: it is a format).
WITHHELD = "[withheld: third party]"
FORMATS = SUBJECT_ACCESS_FORMATS
#: Child fields kept by default: how old they are, and what the service does to keep them safe.
_CHILD_KEPT = ("id", "age", "safety_steps")
#: Tables read on their own below, or the sync's own bookkeeping: not "other records".
_READ = {
    "case_record",
    "contact_method",
    "child",
    "harm_link",
    "person_causing_harm",
    "planned_contact",
    "contact_log",
    "case_note",
    "safety_plan_version",
    "risk_assessment",
    "marac_referral",
}
_SHORTEST_NAME = 3  # a name part shorter than this is too likely a word of the text itself


def _withhold(value: Any) -> Any:
    """A filled-in value replaced by the mark, a whole part (a programme, a list) by one mark; empty values stay
    empty: nothing was held."""
    if isinstance(value, dict | list):
        return (
            WITHHELD
            if any(_withhold(v) == WITHHELD for v in (value.values() if isinstance(value, dict) else value))
            else value
        )
    if value in (None, "", 0, False):
        return value
    return WITHHELD


def _scrub(value: Any, pattern: re.Pattern[str] | None) -> Any:
    """Every mention of a withheld name in free text replaced by the mark."""
    if pattern is None:
        return value
    if isinstance(value, str):
        return pattern.sub(WITHHELD, value)
    if isinstance(value, dict):
        return {k: _scrub(v, pattern) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, pattern) for v in value]
    return value


def _names_pattern(names: Iterable[str], own: Iterable[str]) -> re.Pattern[str] | None:
    """Whole words of the withheld names (each full name, and each part of it that is not part of the person's
    own names: a shared surname is theirs too)."""
    own_words = {w.casefold() for name in own for w in re.findall(r"\w+", name)}
    wanted: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        wanted.add(name)
        wanted |= {w for w in re.findall(r"\w+", name) if len(w) >= _SHORTEST_NAME and w.casefold() not in own_words}
    if not wanted:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(wanted, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _load(text: str, default: Any) -> Any:
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return default


class SubjectAccessService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def check(self, fmt: str, include_third_parties: bool, reason: str) -> str:
        """The request's own rules, before anything is read: a known format, and a reason with (and only with)
        third parties included. Returns the reason as it will be kept."""
        if fmt not in FORMATS:
            raise InvalidInput("format", _("must be one of: {c}").format(c=", ".join(FORMATS)))
        reason = checked_text((reason or "").strip(), "reason", multiline=True)
        if include_third_parties and not reason:
            raise InvalidInput("reason", _("say why other people's details are included (it is kept with the case)"))
        if reason and not include_third_parties:
            raise InvalidInput("reason", _("a reason is only asked for when other people's details are included"))
        return reason

    def export(self, case_id: str, fmt: str, include_third_parties: bool = False, reason: str = "") -> bytes:
        """The copy as bytes (PDF or JSON), audited; with third parties, the reason is kept as a note first."""
        reason = self.check(fmt, include_third_parties, reason)
        doc = self.document(case_id, include_third_parties, reason)
        if fmt == "pdf":
            from safetyworker.printing.subject_access_pdf import render

            data = render(doc)
        else:
            data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        with self.store.transaction() as db:
            if include_third_parties:
                text = _("Subject access copy made with other people's details included. Reason: {reason}")
                db.execute(
                    "INSERT INTO case_note (id, created_hlc, device_id, case_id, at, text) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        new_id(),
                        self.store.clock.now(),
                        self.store.device_id,
                        case_id,
                        utc_now(),
                        text.format(reason=reason),
                    ),
                )
            detail = f"{fmt},third_parties={'included' if include_third_parties else 'withheld'}"
            audit.record(self.store, "subject_access.export", case_id, detail)
        return data

    def document(self, case_id: str, include_third_parties: bool = False, reason: str = "") -> dict[str, Any]:
        """Everything held about the person of ``case_id``, third parties withheld unless included. Not
        audited on its own: ``export`` is the way a copy leaves the store."""
        db = self.store.db
        case = case_rows.load_case(db, case_id)
        if case is None:
            raise RecordNotFound(_("There is no case with the id {id}.").format(id=case_id))
        whole = case.to_json()
        (closed_at,) = db.execute("SELECT closed_at FROM case_record WHERE id = ?", (case_id,)).fetchone()
        person = {k: v for k, v in whole.items() if k not in ("contact_methods", "children", "person_causing_harm")}
        person["closed_at"] = closed_at
        doc: dict[str, Any] = {
            "format": FORMAT,
            "made_at": utc_now(),
            "case_id": case_id,
            "third_parties": "included" if include_third_parties else "withheld",
            "third_parties_reason": reason,
            "person": person,
            "contact_methods": whole["contact_methods"],
            "children": whole["children"],
            "person_causing_harm": whole["person_causing_harm"],
            "planned_contacts": planner.planned_contacts(self.store, case_id),
            "safety_plans": [v.to_json() for v in PlanService(self.store).versions(case_id)],
            "contact_log": self._rows(
                "SELECT id, at, channel, outcome, override_reason, note, author, corrects_id FROM contact_log "
                "WHERE case_id = ? ORDER BY at, created_hlc",
                case_id,
            ),
            "notes": self._rows(
                "SELECT id, at, author, text, corrects_id FROM case_note WHERE case_id = ? ORDER BY at, created_hlc",
                case_id,
            ),
            "risk_assessments": self._assessments(case_id),
            "marac_referrals": [r.to_json() for r in RiskService(self.store).referrals(case_id)],
            "other_records": self._other_records(case_id),
            "audit": [
                dict(event, meaning=audit_labels.label(event["action"]))
                for event in self._rows(
                    "SELECT at, action, actor, detail FROM audit_event WHERE target_id = ? ORDER BY seq", case_id
                )
            ],
        }
        if include_third_parties:
            return doc
        return self._redacted(doc, own=(case.preferred_name, case.legal_name, case.phone_name))

    # -- reading ---------------------------------------------------------------------------------------
    def _rows(self, sql: str, *args: Any) -> list[dict[str, Any]]:
        cur = self.store.db.execute(sql, args)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]

    def _assessments(self, case_id: str) -> list[dict[str, Any]]:
        out = []
        for assessment in RiskService(self.store).assessments(case_id):
            doc = assessment.to_json()
            doc["answers"] = [
                {
                    "question": q["text"],
                    "answer": assessment.answers.get(q["id"], "not_asked"),
                    "note": assessment.notes.get(q["id"], ""),
                }
                for q in assessment.questions
            ]
            doc.pop("notes", None)
            out.append(doc)
        return out

    def _other_records(self, case_id: str) -> dict[str, list[dict[str, Any]]]:
        """Rows of any other table kept against the case (information sharing records, where the store has
        them), so a record kind added later is in the copy without this module knowing it."""
        out: dict[str, list[dict[str, Any]]] = {}
        tables = [
            r[0]
            for r in self.store.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'sync_%' ORDER BY name"
            )
        ]
        for table in tables:
            if table in _READ:
                continue
            columns = [r[1] for r in self.store.db.execute(f"PRAGMA table_info({table})")]
            if "case_id" not in columns:
                continue
            rows = self._rows(f"SELECT * FROM {table} WHERE case_id = ?", case_id)
            for row in rows:
                for name in ("created_hlc", "updated_hlc", "deleted_hlc", "device_id"):
                    row.pop(name, None)
                for name, value in list(row.items()):
                    if isinstance(value, str) and value[:1] in "[{":
                        row[name] = _load(value, value)
            if rows:
                out[table] = rows
        return out

    # -- withholding -----------------------------------------------------------------------------------
    def _redacted(self, doc: dict[str, Any], own: tuple[str, ...]) -> dict[str, Any]:
        names: list[str] = []
        pch = doc["person_causing_harm"]
        if pch:
            names.append(pch.get("name") or "")
            doc["person_causing_harm"] = {
                k: (v if k == "relationship" else _withhold(v)) for k, v in pch.items() if k != "id"
            }
        children = []
        for child in doc["children"]:
            names.append(child.get("name") or "")
            children.append({k: (v if k in _CHILD_KEPT else _withhold(v)) for k, v in child.items()})
        doc["children"] = children
        for method in doc["contact_methods"]:
            method["who_else_may_answer"] = _withhold(method.get("who_else_may_answer"))
        pattern = _names_pattern([n for n in names if len(n) <= 200], own)
        return {k: (v if k in ("format", "case_id", "made_at") else _scrub(v, pattern)) for k, v in doc.items()}
