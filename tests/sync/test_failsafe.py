"""The fail-safe: a segment that would delete more than a tenth of the records waits."""

from __future__ import annotations

from sqlalchemy import func, select

from kimdesk.models import Client
from kimdesk.services.clients_intake import clients
from kimdesk.sync import knowledge
from kimdesk.sync.targets import MemoryTarget
from tests.support.cli import run
from tests.sync.support import check_invariants, export, sync


def live_clients(store) -> int:
    with store.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(Client).where(Client.deleted.is_(False)))


def test_mass_deletion_is_held_until_confirmed(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    ids = [clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"}) for i in range(40)]
    sync(a, share)
    sync(b, share)
    for cid in ids[:30]:
        clients.delete_client(a, cid)
    sync(a, share)
    with b.connection() as conn:
        before = knowledge.cursors(conn)
    report = sync(b, share)
    assert live_clients(b) == 40  # nothing of that segment applied
    assert report.held and not report.complete
    assert "30" in report.held[0].detail
    with b.connection() as conn:
        assert knowledge.cursors(conn) == before  # it stays to be applied
    assert any("--confirm-deletions" in line for line in report.lines())
    again = sync(b, share)
    assert again.held and live_clients(b) == 40  # still waiting for a person
    confirmed = sync(b, share, confirm_deletions=True)
    assert not confirmed.held and live_clients(b) == 10
    assert export(a) == export(b)
    check_invariants(b)


def test_small_deletions_pass(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    ids = [clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"}) for i in range(40)]
    sync(a, share)
    sync(b, share)
    for cid in ids[:3]:
        clients.delete_client(a, cid)
    sync(a, share)
    assert not sync(b, share).held
    assert live_clients(b) == 37


def test_cli_reports_held_deletions_and_confirms(laptops, tmp_path):
    share_dir = tmp_path / "share"
    share_dir.mkdir()
    a, b = laptops(2)
    ids = [clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"}) for i in range(40)]
    from kimdesk.sync.targets import FolderTarget

    sync(a, FolderTarget(share_dir))
    sync(b, FolderTarget(share_dir))
    for cid in ids:
        clients.delete_client(a, cid)
    sync(a, FolderTarget(share_dir))
    data_dir = b.path.parent.parent
    b.close()
    env = {"KIMDESK_PASSPHRASE": "test passphrase one"}
    held = run("--data-dir", data_dir, "sync", "--target", share_dir, env=env)
    assert held.code == 1 and "--confirm-deletions" in held.out
    done = run("--data-dir", data_dir, "sync", "--target", share_dir, "--confirm-deletions", "--json", env=env)
    assert done.code == 0
    import json

    assert json.loads(done.out)["held"] == []


# -- per entity, over a window of rounds (issue 13) ------------------------------------------------
def people(store, n: int, *, needs: int = 0) -> list[str]:
    """n people (and ``needs`` needs each) in one transaction."""
    from kimdesk.models import Need
    from kimdesk.services.clients_intake.clients import add_client

    ids = []
    with store.session() as s:
        for i in range(n):
            c = add_client(s, {"given_name": f"P{i}", "family_name": "Muster"})
            ids.append(c.id)
            for j in range(needs):
                s.add(Need(client_id=c.id, category="Arbeit", description=f"Bedarf {j}"))
    return ids


def tombstone(store, ids) -> None:
    with store.session() as s:
        for cid in ids:
            s.get(Client, cid).deleted = True


def test_deleting_every_person_is_held_whatever_else_the_database_holds(laptops):
    """2,000 of 2,000 people soft-deleted: held, although they are a small share of all rows."""
    share = MemoryTarget()
    a, b = laptops(2)
    ids = people(a, 2000, needs=9)  # 20,000 rows of other tables: people are a tenth of the rows
    sync(a, share)
    sync(b, share)
    tombstone(a, ids)
    sync(a, share)
    report = sync(b, share)
    assert report.held and live_clients(b) == 2000, report.lines()
    assert "2000" in report.held[0].detail
    assert any("Person" in line for line in report.lines())
    sync(b, share, confirm_deletions=True)
    assert live_clients(b) == 0
    check_invariants(b)


def test_deletions_spread_over_three_rounds_are_held(laptops):
    """81 % of the people in three rounds of 27 %: each round alone stays under the threshold of all
    rows; counted per entity over the window, the first round beyond a tenth is held."""
    share = MemoryTarget()
    a, b = laptops(2)
    ids = people(a, 300, needs=9)
    sync(a, share)
    sync(b, share)
    held_at = None
    for r in range(3):
        tombstone(a, ids[r * 81:(r + 1) * 81])
        sync(a, share)
        report = sync(b, share)
        if report.held:
            held_at = r
            break
    assert held_at == 0 and live_clients(b) == 300


def test_several_small_rounds_add_up_in_the_window(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    ids = people(a, 300)
    sync(a, share)
    sync(b, share)
    counts = []
    for r in range(4):  # 7 % per round: each alone passes
        tombstone(a, ids[r * 21:(r + 1) * 21])
        sync(a, share)
        report = sync(b, share)
        counts.append((bool(report.held), live_clients(b)))
    # 21 of 300 pass; 42 of 300 (two rounds) exceed 30 and wait for a person
    assert counts[0] == (False, 279)
    assert counts[1][0] and counts[1][1] == 279
    assert sync(b, share, confirm_deletions=True).held == [] and live_clients(b) == 300 - 84
    # a confirmed deletion does not count against the next small one
    tombstone(a, ids[84:90])
    sync(a, share)
    assert not sync(b, share).held and live_clients(b) == 300 - 90


def test_erasures_count_per_entity_too(laptops):
    from kimdesk.sync import erasure

    share = MemoryTarget()
    a, b = laptops(2)
    ids = people(a, 100, needs=5)
    sync(a, share)
    sync(b, share)
    with a.session() as s:
        for cid in ids[:20]:
            erasure.erase_client(s, a, cid, "Löschantrag (Test)")
    sync(a, share)
    report = sync(b, share)
    assert report.held and live_clients(b) == 100
    assert sync(b, share, confirm_deletions=True).erased == 20 and live_clients(b) == 80
