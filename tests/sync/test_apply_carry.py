"""A catch-up carries the changes it parsed from one group to the next (an edit of a person taken
in one group earlier is not parsed back from the journal), and drops them as soon as anything
else wrote to the database in between — the tables stay those of the segment-by-segment path."""

from __future__ import annotations

import threading

import pytest

from kimdesk.services.clients_intake import clients
from kimdesk.sync import receive, service
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import check_invariants, export, sync
from tests.sync.test_lean_apply import _dump


def _history(a, share) -> list[str]:
    """Three segments: people taken in, then edited twice (each edit in its own segment)."""
    ids = [clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"}) for i in range(3)]
    sync(a, share)
    for round_ in range(2):
        for n, cid in enumerate(ids):
            clients.update_client(a, cid, {"phone": f"0241 {round_}{n}"})
        sync(a, share)
    return ids


def _spy(monkeypatch) -> list[int]:
    """How many carried changes each group started with."""
    carried: list[int] = []
    original = receive.ReceiveSteps._carried

    def spying(self, conn, group):
        out = original(self, conn, group)
        carried.append(len(out))
        return out

    monkeypatch.setattr(receive.ReceiveSteps, "_carried", spying)
    return carried


def test_later_groups_use_the_changes_earlier_groups_parsed(laptops, monkeypatch):
    share = MemoryTarget()
    a, lean, old = laptops(3)
    _history(a, share)
    monkeypatch.setattr(receive, "GROUP_CHANGES", 1)  # one segment a group: three commits
    carried = _spy(monkeypatch)
    report = service.run(lean, share)
    assert report.received_segments == 3
    assert carried[0] == 0 and all(n > 0 for n in carried[1:]), carried
    monkeypatch.setattr(receive, "LEAN_APPLY", False)
    service.run(old, share)
    assert _dump(lean) == _dump(old)
    assert export(lean) == export(a)
    check_invariants(lean)


@pytest.mark.parametrize("other_thread", [False, True])
def test_a_write_between_groups_drops_what_was_carried(laptops, monkeypatch, other_thread):
    """A local write between two groups (on the round's connection: ``total_changes``; on
    another: ``data_version``) leaves the next group nothing carried; the rows are right."""
    share = MemoryTarget()
    a, lean, old = laptops(3)
    _history(a, share)
    monkeypatch.setattr(receive, "GROUP_CHANGES", 1)
    carried = _spy(monkeypatch)
    wrote: list[str] = []

    def write() -> None:
        wrote.append(clients.create_client(lean, {"given_name": "Lokal", "family_name": "Neu"}))

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "receive" and done == 1 and not wrote:  # after the first group's commit
            if other_thread:
                worker = threading.Thread(target=write)
                worker.start()
                worker.join()
            else:
                write()

    report = service.run(lean, share, progress=progress)
    assert wrote and report.received_segments == 3
    assert carried[:2] == [0, 0] and carried[2] > 0, carried  # dropped once, carried again after
    monkeypatch.setattr(receive, "LEAN_APPLY", False)
    service.run(old, share)
    got, want = _dump(lean), _dump(old)
    for name in want:
        if name not in ("client", "change", "name_key"):  # the local person is only on ``lean``
            assert got[name] == want[name], name
    with lean.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one() == 4
    check_invariants(lean)


def test_a_group_that_falls_back_leaves_nothing_carried(laptops, monkeypatch):
    """A group applied segment by segment (after a failed attempt) carries nothing on: what the
    failed attempt parsed was rolled back."""
    share = MemoryTarget()
    a, lean = laptops(2)
    _history(a, share)
    monkeypatch.setattr(receive, "GROUP_CHANGES", 1)
    carried = _spy(monkeypatch)
    original = receive.ReceiveSteps._apply_group_at_once
    calls: list[int] = []

    def failing_second(self, group):
        calls.append(1)
        return None if len(calls) == 2 else original(self, group)

    monkeypatch.setattr(receive.ReceiveSteps, "_apply_group_at_once", failing_second)
    report = service.run(lean, share)
    assert report.received_segments == 3
    assert len(calls) == 3 and carried == [0, 0], carried  # the third group: nothing after the fall-back
    assert export(lean) == export(a)
