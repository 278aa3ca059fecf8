"""The payload of a device's ``cursors.state``: what it has applied, its snapshot, what it
rejected, and the device ids it retired (its own earlier ids, see ``retire``).

It arrives from the share, so even when it verifies (a team member's file: an old version, a
bug) its shape is checked here once; the round then works with plain, typed values only.
"""

from __future__ import annotations

from typing import Any

from kimdesk.sync import layout


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("not a sequence number")
    return value


def _counts(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise ValueError("not a map of sequence numbers")
    return {str(k): _count(v) for k, v in value.items()}


def _or_empty(value: Any) -> Any:
    return {} if value is None else value


def parse(doc: Any) -> dict[str, Any]:
    """``{"cursors": {device: seq}, "snapshot": None | {"seq", "covers"}, "rejected": {device: [seq]}}``.

    ValueError when ``doc`` is not a state.
    """
    if not isinstance(doc, dict):
        raise ValueError("not an object")
    cursors = _counts(_or_empty(doc.get("cursors")))
    snap = doc.get("snapshot")
    if snap is not None:
        if not isinstance(snap, dict):
            raise ValueError("snapshot")
        snap = {"seq": _count(snap.get("seq")), "covers": _counts(_or_empty(snap.get("covers")))}
    rejected = _or_empty(doc.get("rejected"))
    if not isinstance(rejected, dict) or not all(isinstance(v, list) for v in rejected.values()):
        raise ValueError("rejected")
    retired = doc.get("retired")
    retired = [] if retired is None else retired
    if not isinstance(retired, list) or not all(isinstance(d, str) for d in retired):
        raise ValueError("retired")
    return {"cursors": cursors, "snapshot": snap,
            "rejected": {str(k): [_count(s) for s in v] for k, v in rejected.items()},
            "retired": [d for d in retired if layout.is_device_id(d)]}
