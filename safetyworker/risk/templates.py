"""Risk checklist templates: questions, which answers count, named levels with thresholds, referral rules.

Templates are data (``resources/risk/*.json``, an organisation's own in ``<store>/risk/``, or sent by the office
in a bundle), so a service can use its own licensed checklist without a code change and without the app
shipping licensed text. The format is documented in docs/risk.md. A malformed template is refused whole with a
message naming the file and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records.reader import Reader
from safetyworker.resources import read_data_file, resource

#: The answer words, in the order of the keys a worker presses (1, 2, 3, 0).
ANSWERS = ("yes", "no", "dont_know", "not_asked")
FORMAT = 1
#: The shipped default, offered first.
DEFAULT = "practice-14"
MAX_TEMPLATE_BYTES = 128 * 1024
MAX_QUESTIONS = 100
MAX_LEVELS = 10
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    help: str = ""


@dataclass(frozen=True)
class Level:
    name: str
    label: str
    min_score: int | None  # None: reached only by professional judgement
    refer: bool  # a level that calls for a MARAC referral


@dataclass(frozen=True)
class RiskTemplate:
    id: str
    name: str
    version: int
    description: str
    questions: tuple[Question, ...]
    points: dict[str, int]  # answer word -> points (the answers that count)
    levels: tuple[Level, ...]  # lowest first
    refer_from_score: int | None  # some areas refer at a score above the "high" threshold
    repeat_months: int  # heard at MARAC this many months back + a new incident = repeat referral (0: no rule)
    source: str = "shipped"  # shipped, organisation (store folder) or office (a bundle)

    def question_ids(self) -> list[str]:
        return [q.id for q in self.questions]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def level(self, name: str) -> Level | None:
        return next((lvl for lvl in self.levels if lvl.name == name), None)

    def rank(self, name: str) -> int:
        """The level's place, lowest 0; -1 for a name the template does not have."""
        return next((i for i, lvl in enumerate(self.levels) if lvl.name == name), -1)

    def max_score(self) -> int:
        return len(self.questions) * max(self.points.values(), default=0)

    def summary_json(self) -> dict[str, Any]:
        """What ``risk templates --json`` prints."""
        return {
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "questions": [{"id": q.id, "text": q.text} for q in self.questions],
            "levels": [{"name": lvl.name, "min_score": lvl.min_score} for lvl in self.levels],
        }

    def to_json(self) -> dict[str, Any]:
        """The template in its file format (what the office sends to laptops)."""
        return {
            "format": FORMAT,
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "description": self.description,
            "questions": [{"id": q.id, "text": q.text, **({"help": q.help} if q.help else {})} for q in self.questions],
            "points": dict(self.points),
            "levels": [
                {"name": lvl.name, "label": lvl.label, "min_score": lvl.min_score, "refer": lvl.refer}
                for lvl in self.levels
            ],
            "refer_from_score": self.refer_from_score,
            "repeat_referral_months": self.repeat_months,
        }

    @classmethod
    def from_json(cls, data: Any, source: str = "", origin: str = "shipped") -> RiskTemplate:
        r = Reader(data, source)
        fmt = r.integer("format", 1, 1000, FORMAT)
        if fmt != FORMAT:
            raise r.fail("format", _("is format {n}; this version of the app reads format {f}").format(n=fmt, f=FORMAT))
        template_id = r.text("id", required=True, max_len=64)
        if not _ID.match(template_id):
            raise r.fail("id", _("use lower-case letters, digits, '_' and '-' only (for example 'practice-14')"))
        name = r.text("name", required=True, max_len=200)
        version = r.integer("version", 1, 1_000_000, None)
        if version is None:
            raise r.fail("version", _("is required"))
        description = r.text("description", max_len=4000)
        questions: list[Question] = []
        seen: set[str] = set()
        for q in r.objects("questions"):
            qid = q.text("id", required=True, max_len=64)
            if not _ID.match(qid):
                raise q.fail("id", _("use lower-case letters, digits, '_' and '-' only"))
            if qid in seen:
                raise q.fail("id", _("'{id}' appears twice; each question needs its own id").format(id=qid))
            seen.add(qid)
            questions.append(Question(qid, q.text("text", required=True, max_len=1000), q.text("help", max_len=2000)))
            q.finish()
        if not questions:
            raise r.fail("questions", _("must be a list of at least one question"))
        if len(questions) > MAX_QUESTIONS:
            raise r.fail("questions", _("has too many entries (at most {n})").format(n=MAX_QUESTIONS))
        points_raw = r.raw("points", {"yes": 1})
        if not isinstance(points_raw, dict) or not points_raw:
            raise r.fail("points", _('must name the answers that count, for example {{"yes": 1}}'))
        points: dict[str, int] = {}
        for word, value in points_raw.items():
            if word not in ANSWERS:
                raise r.fail(f"points.{word}", _("must be one of: {c}").format(c=", ".join(ANSWERS)))
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
                raise r.fail(f"points.{word}", _("must be a whole number from 0 to 100"))
            points[word] = value
        levels: list[Level] = []
        names: set[str] = set()
        last_threshold = -1
        for i, lv in enumerate(r.objects("levels")):
            lname = lv.text("name", required=True, max_len=40)
            if not _ID.match(lname):
                raise lv.fail("name", _("use lower-case letters, digits, '_' and '-' only (for example 'high')"))
            if lname in names:
                raise lv.fail("name", _("'{name}' appears twice").format(name=lname))
            names.add(lname)
            label = lv.text("label", max_len=80) or lname.capitalize()
            min_score = lv.integer("min_score", 0, 100_000, None)
            if i == 0 and min_score != 0:
                raise lv.fail("min_score", _("the lowest level (the first) must start from 0"))
            if min_score is not None:
                if min_score <= last_threshold:
                    raise lv.fail("min_score", _("levels go lowest first: each threshold must be above the one before"))
                last_threshold = min_score
            levels.append(Level(lname, label, min_score, lv.boolean("refer", False)))
            lv.finish()
        if not levels:
            raise r.fail("levels", _("must be a list of at least one level, lowest first"))
        if len(levels) > MAX_LEVELS:
            raise r.fail("levels", _("has too many entries (at most {n})").format(n=MAX_LEVELS))
        refer_from = r.integer("refer_from_score", 0, 100_000, None)
        repeat = r.integer("repeat_referral_months", 0, 120, 12)
        r.finish()
        return cls(
            id=template_id,
            name=name,
            version=version,
            description=description,
            questions=tuple(questions),
            points=points,
            levels=tuple(levels),
            refer_from_score=refer_from,
            repeat_months=repeat or 0,
            source=origin,
        )


def read_template(path: Path, origin: str = "shipped") -> RiskTemplate:
    data = read_data_file(path, _("is too large to be a risk checklist"), MAX_TEMPLATE_BYTES)
    return RiskTemplate.from_json(data, path.name, origin)


def builtin_dir() -> Path:
    return resource("risk")


def _from_folder(folder: Path, origin: str, problems: list[InvalidInput] | None = None) -> list[RiskTemplate]:
    found: dict[str, RiskTemplate] = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            template = read_template(path, origin)
            if template.id in found:
                raise InvalidInput(
                    path.name, _("another checklist file already has the id '{id}'").format(id=template.id)
                )
        except InvalidInput as exc:
            if problems is None:
                raise
            problems.append(exc)
            continue
        found[template.id] = template
    return list(found.values())


def load_templates(
    store_folder: Path | None = None,
    office: list[RiskTemplate] | None = None,
    problems: list[InvalidInput] | None = None,
) -> dict[str, RiskTemplate]:
    """Every checklist by id: the shipped ones, then the organisation's own (``<store>/risk/*.json``), then
    those the office sent. A later one with the same id replaces an earlier one (an organisation may reword
    the default); the shipped default comes first.

    An organisation's file that cannot be read raises ``InvalidInput`` naming it, unless ``problems`` is given:
    then it is left out and its error added there (reading the caseload and earlier assessments must not stop
    at a mistyped checklist file; choosing a checklist and adding an assessment still do)."""
    by_id: dict[str, RiskTemplate] = {t.id: t for t in _from_folder(builtin_dir(), "shipped")}
    if not by_id:
        raise InvalidInput(str(builtin_dir()), _("no risk checklists were found (the installation is incomplete)"))
    if store_folder is not None:
        by_id.update({t.id: t for t in _from_folder(store_folder / "risk", "organisation", problems)})
    for t in office or []:
        by_id[t.id] = t
    ordered = sorted(by_id.values(), key=lambda t: (t.id != DEFAULT, t.name.casefold(), t.id))
    return {t.id: t for t in ordered}
