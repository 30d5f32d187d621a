"""Safety plans of a case: save a new version, read the current one or any earlier one, print them.

Every save is a new version in one transaction with what hangs off it: the plan's review date kept in step as a
planned contact (kind ``review``, source ``plan``, which the programme planner never touches) and an audit
event. Reading a plan for a person (``show``) and every preview, print and saved PDF are audited too; audit
events never hold plan text.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.plans.model import (
    PersonalEntry,
    PlanDraft,
    PlanItem,
    PlanVersion,
    parse_helpline_ids,
    parse_plan,
    with_personal,
)
from safetyworker.plans.templates import PlanTemplate, load_templates
from safetyworker.printing.strings import Helpline, helplines
from safetyworker.records import case_rows
from safetyworker.records.model import Case
from safetyworker.records.reader import checked_text
from safetyworker.services import contacts
from safetyworker.store import audit
from safetyworker.store.vault import Store, new_id, utc_now

if TYPE_CHECKING:
    from safetyworker.printing.options import PrintOptions
    from safetyworker.printing.person_view import PersonView

#: The planned contact a plan's review date becomes.
SOURCE_PLAN = "plan"
PLANNED_STATUS = "planned"

#: What ``render`` may be asked for; each is its own audit action.
PREVIEW = "plan.preview"
PRINT = "plan.print"
SAVE_PDF = "plan.save_pdf"
RENDER_ACTIONS = (PREVIEW, PRINT, SAVE_PDF)

#: Showing a person their own copy on the screen (audited like a preview: what was shown, never its text).
SHOW_PERSON = "plan.show_person"
#: What a case's languages say when the person's copy should be in Welsh.
_WELSH = ("welsh", "cymraeg", "cy")

#: Fields ``plan show --json`` prints that ``plan set`` ignores, so the output can be edited and given back.
READ_ONLY = ("id", "case_id", "version", "versions", "author", "saved_at")
#: No case has a million plan versions; a larger number is a typing mistake (and would overflow SQLite).
MAX_VERSION = 1_000_000
MAX_AUTHOR = 200

_COLUMNS = "id, case_id, template, items_json, review_date, author, saved_at, helplines_json"


class PlanService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- templates -----------------------------------------------------------------------------------
    def templates(self) -> list[PlanTemplate]:
        """The plan templates, in the order a worker is offered them."""
        return list(load_templates().values())

    # -- saving --------------------------------------------------------------------------------------
    def set(self, case_id: str, data: Any, author: str = "") -> PlanVersion | None:
        """Save ``data`` (a plan in the interchange format, or a ``PlanDraft``) as the case's new version.

        Returns the new version, or None when it is the same as the current one (nothing is written then).
        Bad input raises ``InvalidInput`` naming the field and changes nothing."""
        if isinstance(data, PlanDraft):
            data = data.to_json()
        elif isinstance(data, dict):
            data = {k: v for k, v in data.items() if k not in READ_ONLY}
        author = _check_author(author)
        draft = parse_plan(data, tuple(load_templates()))
        self._check_helplines(draft.helplines)
        with self.store.transaction() as db:
            row = db.execute(
                "SELECT status FROM case_record WHERE id = ? AND deleted_hlc IS NULL", (case_id,)
            ).fetchone()
            if row is None:
                raise _no_case(case_id)
            if row[0] == "closed":
                raise InvalidInput("status", _("this case is closed: its safety plan can be read but not changed"))
            latest = self._latest(case_id)
            if latest is not None and _same(latest, draft):
                return None
            version_id = new_id()
            saved_at = utc_now()
            db.execute(
                "INSERT INTO safety_plan_version (id, created_hlc, device_id, case_id, template, items_json, "
                "review_date, author, saved_at, helplines_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    version_id,
                    self.store.clock.now(),
                    self.store.device_id,
                    case_id,
                    draft.template,
                    json.dumps([i.to_json() for i in draft.items], ensure_ascii=False, separators=(",", ":")),
                    draft.review_date.isoformat() if draft.review_date else None,
                    author,
                    saved_at,
                    json.dumps(list(draft.helplines)),
                ),
            )
            contacts.keep_review_in_step(self.store, case_id, SOURCE_PLAN, draft.review_date)
            audit.record(self.store, "plan.save", case_id, version_id)
            number = db.execute("SELECT count(*) FROM safety_plan_version WHERE case_id = ?", (case_id,)).fetchone()[0]
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return PlanVersion(
            template=draft.template,
            items=draft.items,
            review_date=draft.review_date,
            helplines=draft.helplines,
            case_id=case_id,
            version=number,
            id=version_id,
            author=author,
            saved_at=saved_at,
        )

    # -- reading -------------------------------------------------------------------------------------
    def _check_case(self, case_id: str) -> None:
        if not self.store.db.execute(
            "SELECT 1 FROM case_record WHERE id = ? AND deleted_hlc IS NULL", (case_id,)
        ).fetchone():
            raise _no_case(case_id)

    def _latest(self, case_id: str) -> PlanVersion | None:
        # One statement, so the number matches the row even if another process saves meanwhile.
        row = self.store.db.execute(
            f"SELECT {_COLUMNS}, (SELECT count(*) FROM safety_plan_version WHERE case_id = ?) "
            "FROM safety_plan_version WHERE case_id = ? ORDER BY created_hlc DESC, id DESC LIMIT 1",
            (case_id, case_id),
        ).fetchone()
        return _version(row[:-1], row[-1]) if row else None

    def current(self, case_id: str) -> PlanVersion | None:
        """The latest version of the case's plan, or None if it has none yet (not audited: see ``show``)."""
        self._check_case(case_id)
        return self._latest(case_id)

    def versions(self, case_id: str) -> list[PlanVersion]:
        """Every version of the case's plan, oldest first (version 1 first)."""
        self._check_case(case_id)
        rows = self.store.db.execute(
            f"SELECT {_COLUMNS} FROM safety_plan_version WHERE case_id = ? ORDER BY created_hlc, id", (case_id,)
        ).fetchall()
        return [_version(row, n) for n, row in enumerate(rows, start=1)]

    def version(self, case_id: str, number: int) -> PlanVersion:
        """Version ``number`` (1 is the first) of the case's plan."""
        self._check_case(case_id)
        if isinstance(number, int) and number > MAX_VERSION:  # 10**20 would overflow the store's integers
            raise InvalidInput("version", _("must be a whole number from 1 to {n}").format(n=MAX_VERSION))
        row = None
        if isinstance(number, int) and not isinstance(number, bool) and number >= 1:
            row = self.store.db.execute(
                f"SELECT {_COLUMNS} FROM safety_plan_version WHERE case_id = ? ORDER BY created_hlc, id "
                "LIMIT 1 OFFSET ?",
                (case_id, number - 1),
            ).fetchone()
        if row is None:
            raise RecordNotFound(
                _("This case has no safety plan version {n}.").format(n=number)
                if number != 1
                else _("This case has no safety plan yet.")
            )
        return _version(row, number)

    def show(self, case_id: str, version: int | None = None) -> dict[str, Any] | None:
        """The plan (the current version, or ``version``) for a person to read, in the interchange format with
        ``versions`` (how many there are) added; None if the case has no plan yet. The view is audited."""
        plan = self.current(case_id) if version is None else self.version(case_id, version)
        if plan is None:
            return None
        count = self.store.db.execute(
            "SELECT count(*) FROM safety_plan_version WHERE case_id = ?", (case_id,)
        ).fetchone()[0]
        with self.store.transaction():
            audit.record(self.store, "plan.view", case_id, plan.id)
        return {**plan.to_json(), "versions": count}

    # -- printing ------------------------------------------------------------------------------------
    def render(self, case_id: str, options: PrintOptions, action: str, version: int | None = None) -> bytes:
        """The plan as a PDF, in memory (never a file), for ``action`` (preview, print or save as PDF).

        The audit event says what was made (variant, language, large print), never what it holds."""
        if action not in RENDER_ACTIONS:
            raise InvalidInput("action", _("must be one of: {c}").format(c=", ".join(RENDER_ACTIONS)))
        case = self._load_case(case_id)
        plan = self.current(case_id) if version is None else self.version(case_id, version)
        if plan is None:
            raise InvalidInput("plan", _("this case has no safety plan yet: write and save one first"))
        # reportlab is only loaded when something is printed: the CLI and the app start faster without it.
        from safetyworker.printing.plan_pdf import render_plan
        from safetyworker.services import reference

        pdf = render_plan(case, plan, options, reference.store_helplines(self.store))
        detail = f"{options.variant}:{options.lang}{':large' if options.large_print else ''}"
        with self.store.transaction():
            audit.record(self.store, action, case_id, detail)
        return pdf

    def if_found(self, case_id: str, options: PrintOptions, version: int | None = None) -> str:
        """One line saying what the copy ``options`` ask for would show someone who found it ("" for the
        worker copy), for the worker to read before printing or saving. Not audited on its own: it goes with
        a preview, a print or a save, which are."""
        case = self._load_case(case_id)
        plan = self.current(case_id) if version is None else self.version(case_id, version)
        if plan is None:
            return ""
        from safetyworker.printing.findable import warning_line, what_could_matter
        from safetyworker.services import reference

        lines = reference.store_helplines(self.store)
        if lines is None:
            from safetyworker.printing.strings import helplines

            lines = helplines()
        return warning_line(what_could_matter(case, plan, options, lines))

    def helpline_choices(self) -> list[Helpline]:
        """The helplines a plan may choose for the person's copy (the office's list, else the shipped one)."""
        from safetyworker.services import reference

        return (reference.store_helplines(self.store) or helplines()).choosable()

    def default_helplines(self) -> list[str]:
        """The ids printed when a plan chooses none (the list's default set)."""
        from safetyworker.services import reference

        return [h.id for h in (reference.store_helplines(self.store) or helplines()).for_person()]

    def _check_helplines(self, chosen: tuple[str, ...]) -> None:
        known = {h.id for h in self.helpline_choices()}
        unknown = [h for h in chosen if h not in known]
        if unknown:
            raise InvalidInput(
                "helplines",
                _("{ids}: not in the helplines list (see safetyworker office helplines)").format(
                    ids=", ".join(unknown)
                ),
            )

    # -- showing the person their own copy -----------------------------------------------------------
    def for_person(self, case_id: str, lang: str | None = None) -> PersonView | None:
        """The person's own copy of the current plan, to show them on the screen (None: no plan saved yet).

        ``lang``: "en" or "cy"; None: Welsh when the case's languages name it, else English. Only their items
        are in it (see ``printing/person_view.py``). The showing is audited."""
        from safetyworker.printing.options import LANGS
        from safetyworker.printing.person_view import person_view
        from safetyworker.printing.strings import helplines
        from safetyworker.services import reference

        case = self._load_case(case_id)
        if lang is None:
            lang = person_lang(case)
        elif lang not in LANGS:
            raise InvalidInput("lang", _("'{value}' is not a print language (use en or cy)").format(value=lang))
        plan = self.current(case_id)
        if plan is None:
            return None
        view = person_view(plan, lang, reference.store_helplines(self.store) or helplines())
        with self.store.transaction():
            audit.record(self.store, SHOW_PERSON, case_id, f"{plan.id}:{lang}")
        return view

    def save_for_person(
        self, case_id: str, version_id: str, entries: list[PersonalEntry], author: str = ""
    ) -> PlanVersion | None:
        """Save the person's items as edited with them (``entries``, see ``with_personal``) as a new version of
        the plan; every item they did not see is kept as it was. ``version_id``: the version they were shown;
        when the plan has changed since (a bundle brought a newer one), nothing is saved and ``InvalidInput``
        says so. None when nothing changed."""
        current = self.current(case_id)
        if current is None or current.id != version_id:
            raise InvalidInput(
                "plan", _("the plan was changed while it was shown, so this was not saved: show it again to edit it")
            )
        return self.set(case_id, with_personal(current, entries), author=author)

    def _load_case(self, case_id: str) -> Case:
        case = case_rows.load_case(self.store.db, case_id)
        if case is None:
            raise _no_case(case_id)
        return case


def person_lang(case: Case) -> str:
    """The language of the person's own copy: Welsh when their languages name it, else English."""
    first_words = {(language.casefold().split() or [""])[0].strip(",;()") for language in case.languages}
    return "cy" if first_words & set(_WELSH) else "en"


def _no_case(case_id: str) -> RecordNotFound:
    return RecordNotFound(_("There is no case with the id {id}.").format(id=case_id))


def _check_author(author: object) -> str:
    if not isinstance(author, str):
        raise InvalidInput("author", _("must be text"))
    author = author.strip()
    if len(author) > MAX_AUTHOR:
        raise InvalidInput("author", _("is too long (at most {n} characters)").format(n=MAX_AUTHOR))
    try:
        author.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("author", _("contains a character that is not valid text")) from None
    return checked_text(author, "author")


def _same(version: PlanVersion, draft: PlanDraft) -> bool:
    return (version.template, version.items, version.review_date, version.helplines) == (
        draft.template,
        draft.items,
        draft.review_date,
        draft.helplines,
    )


def _version(row: tuple[Any, ...], number: int) -> PlanVersion:
    version_id, case_id, template, items_json, review, author, saved_at, helplines_json = row
    items = tuple(PlanItem.from_stored(i) for i in json.loads(items_json))
    try:
        chosen = parse_helpline_ids(json.loads(helplines_json))
    except (ValueError, InvalidInput):
        chosen = ()  # a value no form would save (doctor names it): the default set is printed
    return PlanVersion(
        template=template,
        items=items,
        review_date=date.fromisoformat(review) if review else None,
        helplines=chosen,
        case_id=case_id,
        version=number,
        id=version_id,
        author=author,
        saved_at=saved_at,
    )
