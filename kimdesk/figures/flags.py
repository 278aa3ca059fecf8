"""Where a need stands with the offices on a day: accepted, requested, a gap; and Pingpong.

Read from the history of requests (``responsibility_event``): each step says which agency
the request is with (``forwarded`` hands it to ``forwarded_to_id``) and what it did. A need
with no recorded step at all (imported, or entered before the history was kept) is read
from its responsibilities instead: each counts as its request on ``requested_on`` and its
current status on ``decided_on``.

* **state** of a need on a day: ``accepted`` when some agency has accepted it (or done it);
  else ``pending`` when a request or forwarding awaits an answer; else a finished need was
  ``done_without`` an office, and an unfinished one is a **gap** (no responsible agency:
  never requested, or every request declined).
* **Pingpong**: by that day the need was declined or forwarded three times or more, or it
  was requested from or forwarded to an agency that had already declined it.
* **accepted on**: the first step that accepted (or completed) the need.

Kept Qt- and SQL-free; the Pingpong rule itself is ``kimdesk.figures.pingpong``, shared with
the responsibility map (``kimdesk/services/clients_intake/responsibilities.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from kimdesk.figures import pingpong as rule

ACCEPTED, PENDING, GAP, DONE_WITHOUT = "accepted", "pending", "gap", "done_without"


class Step(NamedTuple):
    on: str  # ISO day ("" when unknown: before everything)
    # tie-break within a day: the step's id as bytes (``CAST(id AS BLOB)``: its 16 stored bytes, models.types, in
    # the order of the text form; an id stored as text as its UTF-8 bytes), or a synthetic step's text
    order: bytes | str
    responsibility: str  # which request this step belongs to
    status: str  # requested / accepted / declined / forwarded / done
    agency_id: str | None
    forwarded_to_id: str | None = None


class Standing(NamedTuple):
    state: str
    agency_id: str | None  # the agency that accepted it, or that the pending request is with
    pingpong: bool
    accepted_on: str | None
    first_request: str | None


def synthetic_steps(responsibility_id: str | bytes, agency_id: str | None, status: str, requested_on: str | None,
                    decided_on: str | None) -> list[Step]:
    """The steps a responsibility without a recorded history stands for (its id as text, or as bytes:
    ``CAST(id AS BLOB)``, the order of a recorded step's id)."""
    first, second = (b":0", b":1") if isinstance(responsibility_id, bytes) else (":0", ":1")
    steps = [Step(requested_on or "", responsibility_id + first, responsibility_id, "requested", agency_id)]
    if status != "requested":
        steps.append(Step(decided_on or requested_on or "", responsibility_id + second, responsibility_id, status,
                          agency_id))
    return steps


class Walk:
    """A need's steps folded in date order: the one place the standing rule lives. ``standing``
    reads it once on a day; the stored timeline (``standing_timeline``) reads it after each day."""

    __slots__ = ("current", "accepted_on", "first_request", "moved")

    def __init__(self) -> None:
        self.current: dict[str, tuple[str, str | None, str]] = {}  # responsibility → (status, agency, day)
        self.accepted_on: str | None = None
        self.first_request: str | None = None
        self.moved = False  # declined or forwarded yet: without that there is no Pingpong (``pingpong.assess``)

    def add(self, steps: Iterable[Step]) -> None:
        """Fold ``steps`` (in date order, after those added before) in."""
        current = self.current
        for step in steps:
            status = step.status
            if status == "forwarded":
                self.moved = True
                current[step.responsibility] = ("pending", step.forwarded_to_id, step.on)
                continue
            if status == "declined":
                self.moved = True
            elif status == "requested" and self.first_request is None:
                self.first_request = step.on or None
            elif status in ("accepted", "done") and self.accepted_on is None:
                self.accepted_on = step.on or None
            current[step.responsibility] = (status, step.agency_id, step.on)

    def state(self, finished: bool) -> tuple[str, str | None]:
        """(state, agency) after the steps added so far, of a need finished or not."""
        taken = [(d, a) for s, a, d in self.current.values() if s in ("accepted", "done") and a is not None]
        if taken:
            return ACCEPTED, max(taken)[1]
        if finished:
            return DONE_WITHOUT, None
        waiting = [(d, a) for s, a, d in self.current.values() if s in ("requested", "pending") and a is not None]
        return (PENDING, max(waiting)[1]) if waiting else (GAP, None)


def pingpong_of(steps: list[Step]) -> bool:
    """Pingpong over ``steps`` in date order (the rule: ``kimdesk.figures.pingpong``)."""
    return rule.flagged(*rule.assess((st.status, st.agency_id, st.forwarded_to_id) for st in steps))


def standing(steps: list[Step], day: str, finished: bool) -> Standing:
    """The need's standing on ``day`` from its steps (any order; later steps are ignored)."""
    walk = Walk()
    seen = [step for step in sorted(steps, key=lambda s: (s.on, s.order)) if step.on <= day]
    walk.add(seen)
    state, agency = walk.state(finished)
    return Standing(state, agency, walk.moved and pingpong_of(seen), walk.accepted_on, walk.first_request)
