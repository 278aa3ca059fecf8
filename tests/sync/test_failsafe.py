"""The fail-safe: a segment that would delete more than a tenth of the records waits."""

from __future__ import annotations

from sqlalchemy import func, select

from kimdesk.models import Client
from kimdesk.services import clients
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
