"""The *Pingpong* rule, once, for the responsibility map and the committee report alike.

A need is bounced around ("Ämter-Pingpong") when, in the order of its request history, it
was declined or forwarded three times or more, or it was requested from or forwarded to an
agency that had already declined it.
"""

from __future__ import annotations

from collections.abc import Iterable

MOVES = 3


def assess(steps: Iterable[tuple[str, str | None, str | None]]) -> tuple[int, str | None]:
    """``steps`` in order as (status, agency_id, forwarded_to_id).

    Returns the number of declines and forwards and the first agency the need went back to
    after that agency had declined it (None if it never did).
    """
    moves = 0
    declined: set[str] = set()
    bounced: str | None = None
    for status, agency_id, forwarded_to_id in steps:
        if status in ("declined", "forwarded"):
            moves += 1
        if status == "declined" and agency_id is not None:
            declined.add(agency_id)
        elif status == "requested" and agency_id in declined:
            bounced = bounced or agency_id
        elif status == "forwarded" and forwarded_to_id in declined:
            bounced = bounced or forwarded_to_id
    return moves, bounced


def flagged(moves: int, bounced: str | None) -> bool:
    return moves >= MOVES or bounced is not None
