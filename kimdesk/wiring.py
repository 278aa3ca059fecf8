"""Composition root: connects features that must not import each other.

The sync engine knows nothing of deadline rules, and the rules know nothing of sync; both the
command line and the desktop app call ``install()`` once so that every completed sync round
that applied changes from other laptops re-evaluates the deadline rules its changes can affect
(never twice: the follow-ups have derived ids), and brings the needs' standing timeline up to
date for the needs that arrived, so the first report after a catch-up or a join does not pay
for them.
"""

from __future__ import annotations

from typing import Any

_installed = False


def _deadlines_after_sync(store: Any, report: Any) -> None:
    """The rules the round's changed columns can affect; every rule after an erasure (rows removed,
    not changed: the journal does not name them)."""
    from kimdesk.services.tasks_deadlines import deadlines

    if report.erased:
        deadlines.evaluate_after_sync(store, None)
    else:
        deadlines.evaluate_after_sync(store, columns=report.columns)


def _standings_after_sync(store: Any, report: Any) -> None:
    from kimdesk.services.reports import report_print

    report_print.refresh_standings(store)


def install() -> None:
    global _installed
    if _installed:
        return
    from kimdesk.sync import hooks

    hooks.AFTER_APPLY.append(_deadlines_after_sync)
    hooks.AFTER_APPLY.append(_standings_after_sync)
    _installed = True
