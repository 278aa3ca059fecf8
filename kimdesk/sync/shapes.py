"""Shapes of the payloads in segments and snapshots, checked before anything is applied.

A payload that verifies was sealed by a holder of the team key — but by an older or newer
KIMdesk, a bug, or a lost laptop before its revocation. So every value is checked for the
type KIMdesk writes; anything else is a ValueError and the file is rejected, never applied.
"""

from __future__ import annotations

from typing import Any


def obj(value: Any) -> dict:
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


def seq_of(value: Any) -> list:
    if not isinstance(value, list):
        raise ValueError("not a list")
    return value


def number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("not an integer")
    return value


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not a string")
    return value


def optional_text(value: Any) -> str | None:
    return None if value is None else text(value)


def vectors(value: Any) -> dict[int, dict[str, int]]:
    return {int(k): {str(d): number(s) for d, s in obj(v).items()} for k, v in obj(value).items()}


def change(value: Any, width: int) -> list:
    """``[entity, row id, stamp, actor, seen, data, …]`` with the types KIMdesk writes."""
    items = seq_of(value)
    if len(items) != width:
        raise ValueError("change width")
    entity, row_id, stamp, actor, seen, data = items[:6]
    return [text(entity), text(row_id), number(stamp), optional_text(actor),
            None if seen is None else number(seen), obj(data), *items[6:]]


def erasure(value: Any) -> dict[str, Any]:
    group = obj(value)
    rows = []
    for row in seq_of(group.get("rows", [])):
        pair = seq_of(row)
        if len(pair) != 2:
            raise ValueError("erased row")
        rows.append([text(pair[0]), text(pair[1])])
    return {"client": text(group["client"]), "stamp": number(group["stamp"]), "actor": optional_text(group.get("actor")),
            "reason": optional_text(group.get("reason")) or "", "rows": rows}
