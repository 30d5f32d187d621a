"""The risk checklists a store can use: the shipped default, the organisation's files, and the office's own.

Checklist templates are data (safetyworker/risk/templates.py); the office sends its own to laptops as reference
data (``risk:<id>`` rows of ``reference_data``), so they travel in bundles like the helplines. Adding an
assessment needs the checklists that can be used; reading one must never be stopped by a broken file, so it
takes those that can be read and the problems with the rest.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records import tables
from safetyworker.risk.templates import RiskTemplate, load_templates, read_template
from safetyworker.store import audit
from safetyworker.store.vault import Store, utc_now

#: reference_data ids of office-sent checklists start with this.
REFERENCE_PREFIX = "risk:"
REFERENCE = tables.Table("reference_data", ("body", "checked"))


def office_templates(store: Store) -> list[RiskTemplate]:
    """The checklists the office published (its own, or received from it), skipping any that cannot be read."""
    out = []
    for record_id, body in store.db.execute(
        "SELECT id, body FROM reference_data WHERE id LIKE ? AND deleted_hlc IS NULL ORDER BY id",
        (REFERENCE_PREFIX + "%",),
    ):
        try:
            out.append(RiskTemplate.from_json(json.loads(body), record_id, "office"))
        except (InvalidInput, ValueError):
            continue  # checked on the way in (stored_check); doctor names one that is not
    return out


def templates(store: Store) -> list[RiskTemplate]:
    """Every checklist a worker may use, the shipped default first."""
    return list(load_templates(store.folder, office_templates(store)).values())


def readable_templates(store: Store) -> tuple[dict[str, RiskTemplate], list[InvalidInput]]:
    """The checklists that can be read, by id, and what is wrong with any organisation file that cannot: for
    reading (the caseload, earlier assessments, the referral), which a broken file must never stop."""
    problems: list[InvalidInput] = []
    found = load_templates(store.folder, office_templates(store), problems)
    return found, problems


def pick_template(templates: list[RiskTemplate], template_id: Any) -> RiskTemplate:
    """The checklist of that id among ``templates``; any other names the ones there are."""
    found = {t.id: t for t in templates}
    if not isinstance(template_id, str) or template_id not in found:
        raise InvalidInput("template", _("must be one of: {c}").format(c=", ".join(found)))
    return found[template_id]


def publish_template(store: Store, path: Path) -> RiskTemplate:
    """Office: check a checklist file and keep it; the next bundle for each worker carries it."""
    from safetyworker.sync.enrolment import require_office

    require_office(store)
    template = read_template(path, "office")
    body = json.dumps(template.to_json(), ensure_ascii=False, sort_keys=True)
    record_id = REFERENCE_PREFIX + template.id
    with store.transaction():
        if tables.current(store, REFERENCE, record_id) is None:
            tables.insert(store, REFERENCE, {"body": body, "checked": utc_now()[:10]}, record_id=record_id)
        else:
            tables.update(store, REFERENCE, record_id, {"body": body, "checked": utc_now()[:10]})
        audit.record(store, "office.risk_template", record_id, str(template.version))
    return template
