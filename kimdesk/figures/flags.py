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

from typing import NamedTuple

from kimdesk.figures import pingpong as rule

ACCEPTED, PENDING, GAP, DONE_WITHOUT = "accepted", "pending", "gap", "done_without"


class Step(NamedTuple):
    on: str  # ISO day ("" when unknown: before everything)
    order: str  # tie-break within a day (the step's id)
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


def synthetic_steps(responsibility_id: str, agency_id: str | None, status: str, requested_on: str | None,
                    decided_on: str | None) -> list[Step]:
    """The steps a responsibility without a recorded history stands for."""
    steps = [Step(requested_on or "", responsibility_id + ":0", responsibility_id, "requested", agency_id)]
    if status != "requested":
        steps.append(Step(decided_on or requested_on or "", responsibility_id + ":1", responsibility_id, status,
                          agency_id))
    return steps


def standing(steps: list[Step], day: str, finished: bool) -> Standing:
    """The need's standing on ``day`` from its steps (any order; later steps are ignored)."""
    current: dict[str, tuple[str, str | None, str]] = {}  # responsibility → (status, agency, day)
    accepted_on = first_request = None
    seen = [step for step in sorted(steps, key=lambda s: (s.on, s.order)) if step.on <= day]
    for step in seen:
        status = step.status
        if status == "forwarded":
            current[step.responsibility] = ("pending", step.forwarded_to_id, step.on)
            continue
        if status == "requested" and first_request is None:
            first_request = step.on or None
        elif status in ("accepted", "done") and accepted_on is None:
            accepted_on = step.on or None
        current[step.responsibility] = (status, step.agency_id, step.on)
    pingpong = rule.flagged(*rule.assess((st.status, st.agency_id, st.forwarded_to_id) for st in seen))
    taken = [(d, a) for s, a, d in current.values() if s in ("accepted", "done") and a is not None]
    if taken:
        return Standing(ACCEPTED, max(taken)[1], pingpong, accepted_on, first_request)
    waiting = [(d, a) for s, a, d in current.values() if s in ("requested", "pending") and a is not None]
    if finished:
        return Standing(DONE_WITHOUT, None, pingpong, accepted_on, first_request)
    if waiting:
        return Standing(PENDING, max(waiting)[1], pingpong, accepted_on, first_request)
    return Standing(GAP, None, pingpong, accepted_on, first_request)
