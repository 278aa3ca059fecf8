"""Callables run after a round applied changes from other laptops.

A later feature (deadline rules) re-evaluates what arrived: ``AFTER_APPLY.append(fn)`` with
``fn(store, report)``. A failing hook is reported, never fails the round (the data is in).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

AFTER_APPLY: list[Callable[[Any, Any], None]] = []


def run_after_apply(store: Any, report: Any) -> None:
    for hook in list(AFTER_APPLY):
        try:
            hook(store, report)
        except Exception as exc:  # noqa: BLE001 - a hook must not undo a completed round
            log.warning("sync hook %s failed: %s", getattr(hook, "__name__", hook), type(exc).__name__)
            report.note("hook", f"{getattr(hook, '__name__', 'hook')}: {type(exc).__name__}")
