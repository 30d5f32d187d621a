"""Safety plan templates: the usual situations (still in the relationship, preparing to leave, has left, with
children), each a list of plan sections with prompts the worker can ask about.

Templates are data, not code (``resources/plans/templates/*.json``), so a service can reword a prompt without a
new release. A template only suggests: a plan may hold items in any section whatever template it started from.
A malformed file is refused with a message naming the file and the field, never half loaded.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.plans.model import SECTIONS
from safetyworker.records.reader import Reader
from safetyworker.resources import read_data_file, resource

#: The shipped templates in the order a worker is offered them; any other file follows, by file name.
ORDER = ("in_relationship", "preparing_to_leave", "has_left", "with_children")
MAX_TEMPLATE_BYTES = 64 * 1024
MAX_PROMPTS = 20


@dataclass(frozen=True)
class TemplateSection:
    section: str  # one of model.SECTIONS
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class PlanTemplate:
    id: str
    title: str
    description: str
    sections: tuple[TemplateSection, ...]  # in the order of model.SECTIONS

    def section_ids(self) -> list[str]:
        return [s.section for s in self.sections]

    def prompts(self, section: str) -> tuple[str, ...]:
        """The prompts for ``section`` (empty when the template does not cover it)."""
        return next((s.prompts for s in self.sections if s.section == section), ())

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "sections": [{"section": s.section, "prompts": list(s.prompts)} for s in self.sections],
        }

    @classmethod
    def from_json(cls, data: Any, source: str = "") -> PlanTemplate:
        r = Reader(data, source)
        template_id = r.template_id("id", "has_left")
        title = r.text("title", required=True, max_len=200)
        description = r.text("description", max_len=2000, multiline=True)
        found: dict[str, TemplateSection] = {}
        for s in r.objects("sections"):
            section = s.choice("section", SECTIONS)
            if section in found:
                raise s.fail(
                    "section", _("'{section}' appears twice; each section may appear once").format(section=section)
                )
            prompts = s.text_list("prompts", max_items=MAX_PROMPTS)
            s.finish()
            found[section] = TemplateSection(section, tuple(prompts))
        if not found:
            raise r.fail("sections", _("must be a list of at least one section"))
        r.finish()
        ordered = tuple(found[s] for s in SECTIONS if s in found)
        return cls(template_id, title, description, ordered)


def read_template(path: Path) -> PlanTemplate:
    data = read_data_file(path, _("is too large to be a plan template"), MAX_TEMPLATE_BYTES)
    return PlanTemplate.from_json(data, path.name)


def builtin_dir() -> Path:
    return resource("plans", "templates")


def load_templates(folder: Path | None = None) -> dict[str, PlanTemplate]:
    """Every template in ``folder`` (the shipped ones by default), by id, in the order they are offered."""
    return dict(_load(folder or builtin_dir()))


@functools.lru_cache(maxsize=4)
def _load(folder: Path) -> tuple[tuple[str, PlanTemplate], ...]:
    # Cached: the editor and every ``plan set`` ask for the templates, and the shipped files do not change
    # while the app runs. A failed load is not cached (lru_cache does not keep exceptions).
    by_id: dict[str, PlanTemplate] = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        template = read_template(path)
        if template.id in by_id:
            raise InvalidInput(path.name, _("another template file already has the id '{id}'").format(id=template.id))
        by_id[template.id] = template
    if not by_id:
        raise InvalidInput(str(folder), _("no safety plan templates were found (the installation is incomplete)"))
    rank = {template_id: i for i, template_id in enumerate(ORDER)}
    ordered = sorted(by_id.values(), key=lambda t: (rank.get(t.id, len(ORDER)), t.id))
    return tuple((t.id, t) for t in ordered)
