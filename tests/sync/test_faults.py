"""Faults of the share and of the laptop: each ends with an intact database, a clear report,
and a clean round that converges."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from kimdesk.store.journal_codes import TEXT_FORM
from kimdesk.errors import TargetUnreachable
from kimdesk.services.clients_intake import clients
from kimdesk.sync import envelope, knowledge, layout, outbox
from kimdesk.sync.engine import TargetRefused
from kimdesk.sync.envelope import Header
from kimdesk.sync.report import Decision
from kimdesk.sync.targets import FolderTarget, MemoryTarget, Target
from kimdesk.sync.targets.faulty import FaultyTarget
from tests.sync.support import check_invariants, export, sync

ROOT = Path(__file__).resolve().parents[2]


def settle(share: Target, *stores) -> None:
    """Clean rounds (everybody twice): all laptops must then hold the same data."""
    for _ in range(2):
        for s in stores:
            report = sync(s, share)
            assert not report.unreachable and not report.held, report.lines()
    assert len({export(s) for s in stores}) == 1
    for s in stores:
        check_invariants(s)


def blob_of(share: Target, path: str) -> bytes:
    return share.read(path)


def put(share: Target, path: str, data: bytes) -> None:
    share.write(path, data)


def work(store, n=2) -> list[str]:
    return [clients.create_client(store, {"given_name": "Samira", "family_name": f"Haddad-{uuid.uuid4().hex[:6]}",
                                          "phone": "0241 555123"}) for _ in range(n)]


def waiting(store) -> int:
    with store.connection() as conn:
        return outbox.unsent_count(conn, store.device_id)


def test_share_vanishes_mid_write(laptops, share):
    a, b = laptops(2)
    sync(a, share)
    work(a)
    report = sync(a, FaultyTarget(share, 1, persist=True, only=("write",)))
    assert report.unreachable and report.errors and report.sent_changes == 0
    assert waiting(a) > 0  # still waiting, nothing lost
    check_invariants(a)
    settle(share, a, b)
    assert waiting(a) == 0


def test_share_vanishes_mid_read(laptops, share):
    a, b = laptops(2)
    work(a, 3)
    sync(a, share)
    work(a, 3)
    sync(a, share)
    with b.connection() as conn:
        before = knowledge.cursors(conn)
    report = sync(b, FaultyTarget(share, 3, persist=True, only=("read",)))
    assert report.unreachable and report.errors
    with b.connection() as conn:
        after = knowledge.cursors(conn)
    assert after.get(a.device_id, 0) in (before.get(a.device_id, 0), 1)  # what was applied stays applied
    check_invariants(b)
    settle(share, a, b)


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "other team", "replayed as next"])
def test_damaged_segment_is_rejected_and_repaired(laptops, share, damage):
    a, b = laptops(2)
    work(a)
    sync(a, share)
    work(a)
    sync(a, share)
    path = layout.segment_path(a.device_id, 2)
    blob = blob_of(share, path)
    if damage == "truncated":
        bad = blob[: len(blob) // 2]
    elif damage == "flipped byte":
        bad = bytearray(blob)
        bad[-20] ^= 0x01
        bad = bytes(bad)
    elif damage == "other team":
        bad = envelope.seal(os.urandom(32), Header("segment", str(uuid.uuid4()), a.device_id, 2),
                            {"requires": {}, "vectors": {}, "changes": [], "erasures": []})
    else:
        bad = blob_of(share, layout.segment_path(a.device_id, 1))  # an old segment under a new number
    put(share, path, bad)
    report = sync(b, share)
    rejected = [(e.device, e.seq) for e in report.rejected]
    assert rejected == [(a.device_id, 2)], report.lines()
    assert any("Abgelehnt" in line for line in report.lines())
    with b.connection() as conn:
        assert knowledge.cursors(conn)[a.device_id] == 1  # the cursor did not move past it
    check_invariants(b)
    repaired = sync(a, share)  # a reads b's report of the rejection and writes segment 2 again
    assert (a.device_id, 2) in [(e.device, e.seq) for e in repaired.of(Decision.RESENT)]
    settle(share, a, b)


def test_foreign_device_folder_is_never_applied(laptops, share):
    a, b = laptops(2)
    work(a)
    sync(a, share)
    stranger = str(uuid.uuid4())
    share.mkdir(layout.device_dir(stranger))
    evil = envelope.seal(os.urandom(32), Header("segment", str(uuid.uuid4()), stranger, 1),
                         {"requires": {}, "vectors": {}, "changes": [["client", str(uuid.uuid4()), 1, None, None,
                                                                       {"family_name": "Eindringling"}]],
                          "erasures": []})
    put(share, layout.segment_path(stranger, 1), evil)
    for _ in range(2):
        report = sync(b, share)
        assert [(e.device, e.seq, e.detail) for e in report.rejected] == [(stranger, 1, "foreign")]
    assert "Eindringling" not in export(b)
    check_invariants(b)


def test_replayed_old_segment_is_ignored_and_reapplying_is_idempotent(laptops, share):
    a, b = laptops(2)
    for _ in range(3):
        work(a)
        sync(a, share)
    sync(b, share)
    before = export(b)
    # an old segment copied over a newer one that b already applied: b never reads it again
    put(share, layout.segment_path(a.device_id, 3), blob_of(share, layout.segment_path(a.device_id, 1)))
    report = sync(b, share)
    assert report.received_changes == 0 and export(b) == before
    # b forgets its cursor (a restored settings row, a bug): applying again changes nothing
    with b.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE sync_cursor SET seq = 0")
        count = conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one()
    report = sync(b, share)
    assert report.received_changes == 0
    with b.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one() == count
    assert export(b) == before
    check_invariants(b)
    settle(share, a, b)


def test_unreachable_target_changes_nothing(laptops, tmp_path):
    a, = laptops(1)
    work(a)
    missing = tmp_path / "not-mounted"
    with pytest.raises(TargetUnreachable):
        sync(a, FolderTarget(missing))
    assert not missing.exists()
    file = tmp_path / "a-file"
    file.write_text("x")
    with pytest.raises(TargetUnreachable):
        sync(a, FolderTarget(file))
    share = tmp_path / "share"
    share.mkdir()
    sync(a, FolderTarget(share))
    # the mount point is empty again (share not mounted): a laptop that synced treats it as unreachable
    empty = tmp_path / "mountpoint"
    empty.mkdir()
    work(a)
    before = waiting(a)
    with pytest.raises(TargetUnreachable):
        sync(a, FolderTarget(empty))
    assert list(empty.iterdir()) == [] and waiting(a) == before
    # a non-empty folder that is not a KIMdesk target is refused; so is another team's
    (empty / "urlaub.jpg").write_bytes(b"x")
    with pytest.raises(TargetRefused):
        sync(a, FolderTarget(empty), allow_init=True)
    other = tmp_path / "other-team"
    other.mkdir()
    (other / layout.INFO).write_bytes(envelope.seal(os.urandom(32), Header("info", str(uuid.uuid4())), {}))
    with pytest.raises(TargetRefused, match="anderen Team"):
        sync(a, FolderTarget(other))
    newer = tmp_path / "newer"
    newer.mkdir()
    (newer / layout.INFO).write_bytes(
        envelope.seal(a_key(a), Header("info", a_team(a), version=envelope.VERSION + 1), {}))
    with pytest.raises(TargetRefused, match="neueren"):
        sync(a, FolderTarget(newer))


def a_key(store) -> bytes:
    from kimdesk.sync import team

    return team.require(store).key


def a_team(store) -> str:
    from kimdesk.sync import team

    return team.require(store).id


def test_nth_file_operation_fails(laptops, long_run, share):
    """SQLite's I/O-error loop: the N-th operation of a round fails, once and from then on."""
    a, b = laptops(2)
    work(a)
    work(b)
    settle(share, a, b)
    for persist in (False, True):
        n = 1
        while True:
            work(a, 1)
            work(b, 1)
            sync(b, share)
            faulty = FaultyTarget(share, n, persist=persist)
            try:
                sync(a, faulty)
            except (TargetUnreachable, TargetRefused):
                pass
            assert a.check() == ["ok"]
            if long_run or n % 5 == 1:
                check_invariants(a)
            for s in (a, b, a, b):
                sync(s, share)
            assert export(a) == export(b), (persist, n)
            if not faulty.failed:
                break  # the round got through without reaching operation n
            n += 1
            assert n < 200
    check_invariants(a)
    check_invariants(b)


CRASHER = """
import pathlib, sys, time
import kimdesk.sync.outbox as outbox

flag = pathlib.Path(sys.argv[1])

def stall(store, seq):  # the file is on the share; now die before recording it as sent
    flag.write_text(str(seq))
    time.sleep(600)

outbox.mark_sent = stall
from kimdesk.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("kind", ["folder", pytest.param("smb", marks=pytest.mark.smb)])
def test_kill_between_writing_a_segment_and_recording_it_as_sent(laptops, tmp_path, request, kind):
    if kind == "folder":
        share_dir = tmp_path / "share"
        share_dir.mkdir()
        spec, env_extra = str(share_dir), {}

        def target():
            return FolderTarget(share_dir)
    else:
        samba = request.getfixturevalue("samba")
        share_dir = samba.share_dir / tmp_path.name
        share_dir.mkdir()
        spec, env_extra = samba.url(tmp_path.name), {"KIMDESK_SMB_PASSWORD": samba.password}

        def target():
            return samba.target(tmp_path.name)
    a, b = laptops(2)
    ids = work(a, 3)
    data_dir = a.path.parent.parent
    a.close()
    flag = tmp_path / "written"
    env = dict(os.environ) | {"KIMDESK_PASSPHRASE": "test passphrase one", "PYTHONPATH": str(ROOT)} | env_extra
    proc = subprocess.Popen([sys.executable, "-c", CRASHER, str(flag), "--data-dir", str(data_dir), "sync",
                             "--target", spec], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while not flag.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.time() < deadline
        time.sleep(0.05)
    proc.kill()  # SIGKILL: no cleanup, no rollback handlers
    proc.wait(timeout=30)
    store = reopen(data_dir)
    assert store.check() == ["ok"]
    seq = int(flag.read_text())
    with store.connection() as conn:
        assert outbox.pending(conn) == [seq]  # reserved, written, not recorded as sent
    assert (share_dir / layout.segment_path(store.device_id, seq)).exists()
    report = sync(store, target())
    assert [(e.decision, e.seq) for e in report.of(Decision.RESENT)] == [(Decision.RESENT, seq)]
    with store.connection() as conn:
        assert outbox.pending(conn) == []
    sync(b, target())
    with b.session(write=False) as s:
        for cid in ids:
            clients.get(s, cid)
    with b.connection() as conn:
        dup = conn.exec_driver_sql(f"SELECT count(*) FROM (SELECT device, stamp, row_id FROM {TEXT_FORM} "
                                   "GROUP BY 1, 2, 3 HAVING count(*) > 1)").scalar_one()
    assert dup == 0
    settle(target(), store, b)
    store.close()


def test_a_device_clock_three_days_off(laptops, share, monkeypatch):
    import time as _time

    from kimdesk.services.team_sync import conflicts

    a, b, c = laptops(3)
    cid = work(a, 1)[0]
    settle(share, a, b, c)
    real = _time.time()
    monkeypatch.setattr(a.clock, "_wall", lambda: real + 3 * 86400)  # three days ahead
    monkeypatch.setattr(c.clock, "_wall", lambda: real - 3 * 86400)  # three days behind
    clients.update_client(a, cid, {"municipality": "Aachen"})
    clients.update_client(b, cid, {"municipality": "Alsdorf"})
    clients.update_client(c, cid, {"given_name": "Nour"})
    settle(share, a, b, c)
    lost = {(i.field, i.lost) for i in conflicts.list_conflicts(b)}
    assert lost == {("municipality", "Alsdorf")}
    clients.update_client(c, cid, {"municipality": "Stolberg"})  # behind, but after seeing: wins
    settle(share, a, b, c)
    with a.session(write=False) as s:
        person = clients.get(s, cid)
        assert (person.municipality, person.given_name) == ("Stolberg", "Nour")


def reopen(data_dir: Path):
    from kimdesk.store.profile import Profile, open_profile
    from tests.support.stores import PASSPHRASE

    return open_profile(Profile(data_dir), passphrase=PASSPHRASE, use_keyring=False)


def test_a_case_number_taken_on_two_laptops_is_reported_not_a_crash(laptops):
    from kimdesk.models import Client

    share = MemoryTarget()
    a, b = laptops(2)
    for s, name in ((a, "Eins"), (b, "Zwei")):
        with s.session() as sess:
            sess.add(Client(case_number="26-IMPORT-0001", given_name=name, family_name="Doppelt"))
    sync(a, share)
    report = sync(b, share)
    assert [(e.device, e.detail) for e in report.rejected] == [(a.device_id, "constraint")]
    check_invariants(b)
