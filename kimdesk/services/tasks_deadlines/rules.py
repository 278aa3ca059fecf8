"""Rules as data: the JSON files in ``resources/rules`` and a team's overrides in settings.

Thresholds that teams argue about (weeks before a Duldung expires, retention years, intake
dates) live in data the team can edit, not in code. A profile may override single entries
with the setting ``rules.<name>`` (same shape, merged over the shipped file key by key).
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from typing import Any

from kimdesk.paths import resource_path
from kimdesk.store import options


@lru_cache(maxsize=8)
def _shipped(name: str) -> dict[str, Any]:
    return json.loads(resource_path("rules", f"{name}.json").read_text(encoding="utf-8"))


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def load(name: str, store: Any = None) -> dict[str, Any]:
    """The rules file ``name`` with the profile's overrides (if a store is given) applied."""
    data = _shipped(name)
    if store is None:
        return copy.deepcopy(data)
    with store.connection() as conn:
        override = store.get_setting(conn, options.rule_override(name).key)
    return merge(data, override) if isinstance(override, dict) else copy.deepcopy(data)
