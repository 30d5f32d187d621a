"""How a partial update file applies to a case (the rules are documented in docs/interchange.md).

- A top-level field that is present replaces the old value.
- ``address``, ``referral``, ``consent``, ``person_causing_harm`` and its ``programme`` merge key by key;
  ``"person_causing_harm": null`` unlinks the person.
- ``contact_methods`` and ``children``: an item with an ``id`` changes that item; ``{"id": ..., "remove":
  true}`` removes it; an item without an ``id`` is added. Items not mentioned stay as they are.

The merged result is then validated as a whole case, so an update can never leave a case half valid.
"""

from __future__ import annotations

import copy
from typing import Any

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _

_NESTED = ("address", "referral", "consent")
_LISTS = ("contact_methods", "children")


def _merge_dict(old: dict[str, Any] | None, new: Any, where: str) -> Any:
    if new is None or old is None:
        return new
    if not isinstance(new, dict):
        raise InvalidInput(where, _("expected an object with named fields"))
    merged = dict(old)
    merged.update(new)
    return merged


def _merge_list(old: list[dict[str, Any]], new: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(new, list):
        raise InvalidInput(where, _("must be a list"))
    by_id = {item["id"]: item for item in old}
    order = [item["id"] for item in old]
    added = []
    mentioned: set[str] = set()
    for i, item in enumerate(new):
        path = f"{where}[{i}]"
        if not isinstance(item, dict):
            raise InvalidInput(path, _("expected an object with named fields"))
        remove = item.get("remove")
        if remove is None:
            remove = False
        elif not isinstance(remove, bool):
            raise InvalidInput(f"{path}.remove", _("must be true or false"))
        item_id = item.get("id")
        if item_id is None:
            if remove:
                raise InvalidInput(f"{path}.remove", _("needs the id of the entry to remove"))
            added.append({k: v for k, v in item.items() if k != "remove"})
            continue
        if not isinstance(item_id, str) or item_id not in by_id:
            raise InvalidInput(f"{path}.id", _("no entry with this id in this case"))
        if item_id in mentioned:
            raise InvalidInput(f"{path}.id", _("this entry is already changed or removed earlier in the list"))
        mentioned.add(item_id)
        if remove:
            order.remove(item_id)
            continue
        changes = {k: v for k, v in item.items() if k != "remove"}
        by_id[item_id] = {**by_id[item_id], **changes}
    return [by_id[i] for i in order] + added


def merge(current: dict[str, Any], update: Any) -> dict[str, Any]:
    if not isinstance(update, dict):
        raise InvalidInput("(top level)", _("expected an object with named fields"))
    merged = copy.deepcopy(current)
    for key, value in update.items():
        if key in _NESTED:
            merged[key] = _merge_dict(merged.get(key), value, key)
        elif key == "person_causing_harm":
            old = merged.get(key)
            if value is not None and old is not None and isinstance(value, dict) and "programme" in value:
                value = {
                    **value,
                    "programme": _merge_dict(old.get("programme"), value["programme"], f"{key}.programme"),
                }
            merged[key] = _merge_dict(old, value, key)
        elif key in _LISTS:
            merged[key] = _merge_list(merged.get(key) or [], value, key)
        else:
            merged[key] = value
    return merged
