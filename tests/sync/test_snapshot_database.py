"""Snapshots as SQLCipher databases (issue 19): a laptop joining from one ends up where a laptop
joining through every segment ends up; a bad snapshot file is skipped, named once, and the
laptop goes on with segments; no plaintext in the file on the share or in the local copy."""

from __future__ import annotations

import json
import os
import time
import pytest

from kimdesk.models.types import id_text
from kimdesk.store.journal_codes import TEXT_FORM
from kimdesk.services.clients_intake import clients
from kimdesk.services.clients_intake import responsibilities as rs
from kimdesk.services.team_sync import conflicts
from kimdesk.sync import envelope, erasure, layout, publish, settings, snapshot_db, snapshot_join
from kimdesk.sync.report import Decision
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import check_invariants, export, join_from_database_snapshot, sync

SECRET = "Xylophonia Quaxelbrecht"  # a name that must never show in the bytes of a snapshot


def _conflicts(store) -> list[tuple]:
    return sorted((c.entity, c.id, c.field, c.kind, repr(c.kept), repr(c.lost), c.lost_stamp, c.lost_device,
                   c.resolved) for c in conflicts.list_conflicts(store, include_resolved=True))


def _journal(store) -> list[tuple]:
    """The history as values (the JSON text of a laptop's own changes is written compact)."""
    with store.connection() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT entity, row_id, data, stamp, device, actor, segment FROM {TEXT_FORM} WHERE device != 'genesis'").all()
    return sorted((e, r, json.dumps(json.loads(d), sort_keys=True), *rest) for e, r, d, *rest in rows)


def _derived(store) -> tuple[list, list]:
    with store.connection() as conn:
        keys = sorted(conn.exec_driver_sql("SELECT key, client_id FROM name_key").all())
        flags = sorted(conn.exec_driver_sql("SELECT id, open_needs FROM client").all())
    return keys, flags


def _schema(store) -> list[tuple]:
    with store.connection() as conn:
        return sorted(conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all())


def _snapshot_files(share: MemoryTarget, device: str) -> list[str]:
    prefix = layout.device_dir(device) + "/"
    return sorted(p for p in share.files if p.startswith(prefix) and p.endswith(layout.SNAPSHOT_SUFFIX))


def _team(laptops, share, *, follower: bool = True):
    """Two laptops with people, needs, conflicts (one decided, one open) and an erasure; a third
    that follows every round (it joins through segments); a fourth that synced once before
    anything was sent and sleeps since, so no segment is compacted away."""
    sleeper, a, b = laptops(3)
    sync(sleeper, share)
    followers = laptops(1) if follower else []
    everyone = (a, b, *followers)
    for s in everyone:
        settings.put(s, settings.SNAPSHOT_EVERY, 2)
    ids = [clients.create_client(a, {"given_name": f"{SECRET} {i}", "family_name": "Müller"}) for i in range(6)]
    rs.add_need(a, ids[0], {"category": "Sprache"})
    rs.add_need(a, ids[1], {"category": "Gesundheitsversorgung"})
    for s in everyone:
        sync(s, share)
    clients.update_client(a, ids[2], {"municipality": "Aachen"})
    clients.update_client(b, ids[2], {"municipality": "Eschweiler"})  # concurrent: a conflict
    clients.update_client(a, ids[3], {"phone": "0241 1"})
    clients.update_client(b, ids[3], {"phone": "0241 2"})  # another one, decided below
    with b.session() as s:
        erasure.erase_client(s, b, ids[4], "Löschantrag (Test)")
    for _ in range(2):
        for s in everyone:
            sync(s, share)
    decided = [c for c in conflicts.list_conflicts(a) if c.field == "phone"]
    conflicts.resolve(a, decided[0].key, "lost")
    for i in range(3):  # more segments after the snapshot: the joiner continues with them
        clients.create_client(b, {"given_name": f"Später {i}", "family_name": "Person"})
        sync(b, share)
    for _ in range(2):
        for s in everyone:
            sync(s, share)
    return a, b, followers



def _enrolled_late(laptops, member, tmp_path):
    """A new laptop enrolled by ``member`` after a key rotation, set to take any snapshot."""
    from kimdesk.sync import team as teams

    late, = laptops(1)
    with late.connection(write=True) as conn:
        late.set_setting(conn, teams.TEAM_ID, None)
    enrolment = tmp_path / "enrol.kimdesk"
    teams.export_enrolment(member, enrolment, "a long passphrase", memory_kib=1024, iterations=1)
    teams.join(late, enrolment, "a long passphrase")
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    return late

def test_a_laptop_joining_from_a_database_snapshot_converges_like_one_joining_through_segments(
        laptops, monkeypatch):
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    snaps = _snapshot_files(share, a.device_id) + _snapshot_files(share, b.device_id)
    assert snaps and all(envelope.read_header(share.files[p])[0].version == envelope.TAIL_VERSION for p in snaps)
    late, report = join_from_database_snapshot(laptops, share, monkeypatch)
    assert not report.of(Decision.REJECTED) and not report.of(Decision.WAITING), report.lines()
    assert report.of(Decision.APPLIED), "the segments after the snapshot come on top of it"
    assert export(late) == export(through_segments) == export(a) == export(b)
    assert _conflicts(late) == _conflicts(through_segments) == _conflicts(a)
    assert {(c[2], c[-1]) for c in _conflicts(late)} == {("municipality", False), ("phone", True)}
    assert _journal(late) == _journal(through_segments)  # the history is complete
    assert _derived(late) == _derived(through_segments)  # search keys, open-needs flag
    assert _schema(late) == _schema(through_segments)  # the indexes set aside for the copy are back
    for s in (late, through_segments):
        check_invariants(s)  # incl. the audit chain
    # the joined laptop is a full member: its edits reach the others
    cid = clients.create_client(late, {"given_name": "Neu", "family_name": "Zugang"})
    sync(late, share)
    sync(a, share)
    with a.session(write=False) as s:
        assert clients.get(s, cid).family_name == "Zugang"


def test_a_joined_laptop_keeps_the_snapshots_journal_text_and_erases_from_it(laptops):
    """The join copies a change's values as the snapshot's JSON text (packing each into the stored form,
    one Python call per change, added about 15 s to a join of 1.72 M changes): every reader takes both
    forms, and an erasure on the joined laptop still removes the person's values from them."""
    share = MemoryTarget()
    a, _b, _ = _team(laptops, share, follower=False)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert report.of(Decision.SNAPSHOT_APPLIED), report.lines()
    assert export(late) == export(a)
    with late.connection() as conn:
        kinds = dict(conn.exec_driver_sql("SELECT typeof(data), count(*) FROM change GROUP BY 1").all())
        cid = id_text(conn.exec_driver_sql("SELECT id FROM client WHERE given_name = ?",  # 16 bytes (0043)
                                           (f"{SECRET} 0",)).scalar_one())
    assert kinds.get("text", 0) > 0, kinds  # the snapshot's part of the journal, as it came

    def traces() -> int:
        with late.connection() as conn:
            return sum(SECRET.encode() + b" 0" in (d.encode() if isinstance(d, str) else d)
                       for d, in conn.exec_driver_sql("SELECT data FROM change"))

    assert traces() >= 1
    with late.session() as s:
        erasure.erase_client(s, late, cid, "Löschantrag (Test)")
    assert traces() == 0
    check_invariants(late)  # incl. the audit chain


class _Stopped(Exception):
    """Stands for a join cut off half-way (the laptop switched off in the middle of the copy)."""


def test_a_join_stopped_half_way_leaves_the_laptop_fresh_and_the_next_round_joins(laptops, monkeypatch):
    """The copy runs in one transaction: stopped after the rows, the search keys and the journal
    are in but before the indexes set aside are built again, nothing of it stays — the indexes
    are there, no person, no key, no change — and the next round joins from the snapshot."""
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    schema = _schema(late)

    def stop(conn, dropped):
        assert dropped, "indexes were set aside"
        assert conn.exec_driver_sql("SELECT count(*) FROM name_key").scalar_one() > 0
        raise _Stopped

    with monkeypatch.context() as m:
        m.setattr(snapshot_join, "build_indexes", stop)
        with pytest.raises(_Stopped):
            sync(late, share)
    assert _schema(late) == schema
    with late.connection() as conn:
        assert snapshot_db.is_fresh(conn)
        assert conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM name_key").scalar_one() == 0
    report = sync(late, share)
    assert report.of(Decision.SNAPSHOT_APPLIED) and not report.of(Decision.REJECTED), report.lines()
    assert export(late) == export(through_segments)
    assert _derived(late) == _derived(through_segments)
    assert _schema(late) == _schema(through_segments)
    check_invariants(late)


def test_a_laptop_with_its_own_changes_merges_the_database_snapshot_change_by_change(laptops, monkeypatch):
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    monkeypatch.setattr(snapshot_join, "import_rows", lambda *a: pytest.fail("not a fresh laptop"))
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    mine = clients.create_client(late, {"given_name": "Eigene", "family_name": "Person"})
    report = sync(late, share)
    assert report.of(Decision.SNAPSHOT_APPLIED), report.lines()
    for s in (a, b, through_segments, late):
        sync(s, share)
    assert export(late) == export(through_segments) == export(a)
    assert _conflicts(late) == _conflicts(a)
    with a.session(write=False) as s:
        assert clients.get(s, mine).family_name == "Person"
    check_invariants(late)


def test_an_old_json_snapshot_is_still_read(laptops, monkeypatch):
    monkeypatch.setattr(publish, "DATABASE_SNAPSHOTS", False)  # written by a KIMdesk of before
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    snaps = _snapshot_files(share, a.device_id)
    assert snaps and envelope.read_header(share.files[snaps[0]])[0].version == 1
    monkeypatch.setattr(publish, "DATABASE_SNAPSHOTS", True)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert report.of(Decision.SNAPSHOT_APPLIED), report.lines()
    assert export(late) == export(through_segments)
    assert _conflicts(late) == _conflicts(through_segments)


def test_a_kimdesk_of_before_skips_a_database_snapshot_as_newer(laptops, monkeypatch):
    share = MemoryTarget()
    a, _b, _f = _team(laptops, share, follower=False)
    blob = share.files[_snapshot_files(share, a.device_id)[0]]
    monkeypatch.setattr(envelope, "MAX_VERSION", envelope.VERSION)
    with pytest.raises(envelope.EnvelopeError) as caught:
        envelope.read_header(blob)
    assert caught.value.reason == "newer"  # not "damaged": nobody's clean-up removes it


def _flip_in_database(blob: bytes) -> bytes:
    data = bytearray(blob)
    data[len(data) - 3000] ^= 0x40
    return bytes(data)


def _truncate(blob: bytes) -> bytes:
    return blob[:len(blob) - 4096]


def _flip_in_header(blob: bytes) -> bytes:
    header, at = envelope.read_header(blob)
    data = bytearray(blob)
    data[at + 20] ^= 1
    return bytes(data)


@pytest.mark.parametrize("spoil", [_flip_in_database, _truncate, _flip_in_header],
                         ids=["flipped-bit-in-database", "truncated", "flipped-bit-in-sealed-body"])
def test_a_damaged_database_snapshot_falls_back_to_segments_and_is_named_once(laptops, spoil):
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    for path in _snapshot_files(share, a.device_id) + _snapshot_files(share, b.device_id):
        share.files[path] = spoil(share.files[path])
    _joins_through_segments_naming_the_snapshot_once(laptops, share, a, through_segments)


def _joins_through_segments_naming_the_snapshot_once(laptops, share, a, through_segments):
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    first = sync(late, share)
    bad = [e.path for e in first.of(Decision.REJECTED)]
    assert bad and all(p.endswith(layout.SNAPSHOT_SUFFIX) for p in bad), first.lines()
    assert any(p in line for p in bad for line in first.lines())  # named
    assert not first.of(Decision.SNAPSHOT_APPLIED)
    assert export(late) == export(through_segments) == export(a)  # through the segments instead
    assert _conflicts(late) == _conflicts(through_segments)
    check_invariants(late)
    # a laptop that needs the snapshot (its segments are gone) meets it every round: named once
    stuck, = laptops(1)
    settings.put(stuck, settings.SNAPSHOT_GAIN, 1)
    for path in [p for p in share.files if layout.parse_segment(p.rsplit("/", 1)[-1]) == 1]:
        del share.files[path]  # the first segments compacted away: only the snapshot could help
    once = sync(stuck, share)
    again = sync(stuck, share)
    named = {e.path for e in once.of(Decision.REJECTED) if e.path and e.path.endswith(layout.SNAPSHOT_SUFFIX)}
    assert named and any(p in line for p in named for line in once.lines())
    assert set(again.reported_before) >= named
    assert not any(p in line for p in named for line in again.lines())


def test_a_snapshot_database_under_another_key_falls_back(laptops, monkeypatch):
    share = MemoryTarget()
    real = snapshot_db.db_key
    monkeypatch.setattr(snapshot_db, "db_key", lambda key, team: real(bytes(32), team))  # not the team's
    a, b, (through_segments,) = _team(laptops, share)
    monkeypatch.setattr(snapshot_db, "db_key", real)
    _joins_through_segments_naming_the_snapshot_once(laptops, share, a, through_segments)


def test_a_snapshot_database_with_values_of_the_wrong_kind_falls_back(laptops, monkeypatch):
    """Sealed and keyed right (a key holder's bug), yet a journal entry is no JSON object: the
    checks before reading find it, nothing of it is applied."""
    share = MemoryTarget()
    real = snapshot_db.build

    def spoiled(conn, *args, **kw):
        counts = real(conn, *args, **kw)
        conn.exec_driver_sql(f"UPDATE {snapshot_db.SCHEMA}.change SET data = '[1]' "
                             f"WHERE rowid = (SELECT max(rowid) FROM {snapshot_db.SCHEMA}.change)")
        return counts

    monkeypatch.setattr(snapshot_db, "build", spoiled)
    a, b, (through_segments,) = _team(laptops, share)
    monkeypatch.setattr(snapshot_db, "build", real)
    _joins_through_segments_naming_the_snapshot_once(laptops, share, a, through_segments)


def test_a_snapshot_from_another_place_on_the_share_is_refused(laptops):
    """A copy of a's snapshot put into b's folder under b's number: the header says where it
    belongs (authenticated), so it is refused before its database is opened."""
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    mine = _snapshot_files(share, b.device_id)
    theirs = _snapshot_files(share, a.device_id)
    for path in mine:
        share.files[path] = share.files[theirs[0]]
    for path in theirs:
        del share.files[path]
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert {e.detail for e in report.of(Decision.REJECTED)} == {"snapshot: misplaced"}, report.lines()
    assert export(late) == export(through_segments)


def test_an_oversized_snapshot_is_not_read(laptops, monkeypatch):
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    snaps = _snapshot_files(share, a.device_id) + _snapshot_files(share, b.device_id)
    biggest = max(len(share.files[p]) for p in snaps)
    segments = max(len(v) for p, v in share.files.items() if layout.parse_segment(p.rsplit("/", 1)[-1]))
    assert segments < biggest
    monkeypatch.setattr(layout, "MAX_SNAPSHOT", segments)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert report.of(Decision.REJECTED) and not report.of(Decision.SNAPSHOT_APPLIED), report.lines()
    assert export(late) == export(through_segments)


def test_a_writer_never_writes_a_snapshot_readers_refuse_and_keeps_its_segments(laptops, monkeypatch):
    """At 200,000 people the database snapshot was 1,484 MB, over the readers' 1 GiB: the writer wrote it
    and compacted its segments away, and no laptop could join. Now it does not write it: its segments stay,
    the report says why, and a new laptop joins through them."""
    share = MemoryTarget()
    a, late = laptops(2)
    settings.put(a, settings.SNAPSHOT_EVERY, 1)
    for i in range(5):
        clients.create_client(a, {"given_name": f"Person {i}", "family_name": "Groß"})
    monkeypatch.setattr(layout, "MAX_SNAPSHOT", 4096)  # smaller than any database snapshot
    report = sync(a, share)
    assert not _snapshot_files(share, a.device_id), report.lines()
    assert not report.of(Decision.SNAPSHOT_WRITTEN)
    [note] = [e for e in report.of(Decision.NOTE) if e.detail.startswith("snapshot:")]
    assert "nicht geschrieben" in note.detail and "Segmente bleiben" in note.detail
    segments = [p for p in share.files if p.startswith(layout.device_dir(a.device_id) + "/")
                and layout.parse_segment(p.rsplit("/", 1)[-1])]
    assert segments, "the segments were compacted away without a snapshot"
    joined = sync(late, share)
    assert joined.received_changes > 0 and not joined.rejected, joined.lines()
    assert export(late) == export(a)


def test_the_shares_survey_streams_a_database_snapshot_and_still_knows_a_damaged_one(laptops, monkeypatch,
                                                                                     tmp_path):
    """``kimdesk doctor`` and the clean-up (``junk.survey``) read every file on the share: a database snapshot
    (738 MB at 100,000 people, up to 4 GiB allowed) is streamed past and hashed, never read whole."""
    from kimdesk.sync import junk
    from kimdesk.sync.targets import FolderTarget

    share = MemoryTarget()
    a, b, _ = _team(laptops, share)
    snaps = _snapshot_files(share, a.device_id) + _snapshot_files(share, b.device_id)
    assert snaps
    for path, data in share.files.items():  # the same share in a folder, which streams what it reads
        (tmp_path / "share" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "share" / path).write_bytes(data)
    folder = FolderTarget(tmp_path / "share")
    read_whole = []
    real_read = folder.read
    monkeypatch.setattr(folder, "read", lambda path: (read_whole.append(path), real_read(path))[1])
    assert junk.survey(a, folder) == []
    assert read_whole and not set(read_whole) & set(snaps), "a snapshot was read whole"
    damaged = tmp_path / "share" / snaps[0]
    damaged.write_bytes(damaged.read_bytes()[:-64] + bytes(64))  # the database tail no longer matches its digest
    assert [j.path for j in junk.survey(a, folder)] == [snaps[0]]


def test_no_plaintext_in_the_snapshot_on_the_share_nor_in_the_local_copies(laptops, monkeypatch):
    seen: dict[str, bytes] = {}
    real_digest, real_finish = snapshot_db.digest_of, snapshot_db.Spill.finish

    def digest(path):
        seen["built"] = path.read_bytes()
        return real_digest(path)

    def finish(spill):
        real_finish(spill)
        seen["copy"] = spill.local.read_bytes()
        seen["copy-path"] = spill.local  # type: ignore[assignment]

    monkeypatch.setattr(snapshot_db, "digest_of", digest)
    monkeypatch.setattr(snapshot_db.Spill, "finish", finish)
    share = MemoryTarget()
    a, b, _f = _team(laptops, share)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    assert sync(late, share).of(Decision.SNAPSHOT_APPLIED)
    secret = SECRET.encode("utf-8")
    snaps = _snapshot_files(share, a.device_id) + _snapshot_files(share, b.device_id)
    assert snaps and seen["built"] and seen["copy"]
    for blob in [share.files[p] for p in snaps] + [seen["built"], seen["copy"]]:
        assert secret not in blob and "Müller".encode() not in blob and b"given_name" not in blob
        assert b"SQLite format 3" not in blob
    assert not seen["copy-path"].exists()  # type: ignore[attr-defined]
    assert not list(seen["copy-path"].parent.glob("snapshot-*"))  # type: ignore[attr-defined]


def test_files_a_killed_round_left_in_the_profile_folder_are_swept(tmp_path):
    old = tmp_path / "snapshot-join-0123456789ab.db"
    new = tmp_path / "snapshot-build-ba9876543210.db"
    mine = tmp_path / "kimdesk.db"
    for p in (old, new, mine):
        p.write_bytes(b"x")
    past = time.time() - snapshot_db.STALE_SECONDS - 10
    os.utime(old, (past, past))
    os.utime(mine, (past, past))
    snapshot_db.temp_path(mine, "join")
    assert not old.exists() and new.exists() and mine.exists()


def test_a_database_snapshot_of_an_older_key_generation_is_read_when_the_rotation_vouched_for_it(
        laptops, tmp_path):
    from kimdesk.sync import rotation

    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    snaps = _snapshot_files(share, a.device_id)
    assert snaps and envelope.read_header(share.files[snaps[-1]])[0].gen == 1
    rotation.rotate(a, share)
    assert envelope.read_header(share.files[snaps[-1]])[0].gen == 1  # still the one of the old key
    late = _enrolled_late(laptops, a, tmp_path)
    report = sync(late, share)
    applied = report.of(Decision.SNAPSHOT_APPLIED)
    assert applied and not report.of(Decision.REJECTED), report.lines()
    header = envelope.read_header(share.files[layout.snapshot_path(applied[0].device, applied[0].seq)])[0]
    assert header.gen == 1 and header.tail
    assert export(late) == export(through_segments)
    check_invariants(late)


def test_a_full_disk_while_copying_a_snapshot_is_an_error_here_not_a_bad_file_on_the_share(laptops, monkeypatch):
    import errno

    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(snapshot_db, "open_copy", full)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert not report.of(Decision.REJECTED) and not report.skipped, report.lines()
    assert [e.detail for e in report.of(Decision.ERROR)] == ["snapshot: No space left on device"]
    assert export(late) == export(through_segments)  # the segments still arrived


def test_a_snapshot_database_in_a_restored_laptops_old_folder_goes_after_an_erasure(laptops, team_key):
    from tests.sync.test_retired_devices import plaintext_of_share, restored

    a, b, c = laptops(3)
    share = MemoryTarget()
    settings.put(a, settings.SNAPSHOT_EVERY, 1)
    for s in (a, b, c):
        sync(s, share)
    cid = clients.create_client(a, {"given_name": "Leyla", "family_name": SECRET})
    sync(a, share)
    sync(b, share)  # c is on leave: it has not read a's folder yet
    old = restored(a)
    assert _snapshot_files(share, old), "the old folder holds a snapshot database"
    assert SECRET in plaintext_of_share(share, team_key.key)
    with b.session() as s:
        erasure.erase_client(s, b, cid, "Löschantrag (Test)")
    for _ in range(2):
        for s in (b, a):
            sync(s, share)
    assert layout.device_dir(old) in share.dirs  # c still has to read it
    assert SECRET not in plaintext_of_share(share, team_key.key)


JOBCENTER = "8d03f78a-6898-5173-97ee-7d1201703403"
AGENTUR = "817eba4f-f164-5fd1-9f58-8f2e6a8ea0e7"


def _team_with_steps(laptops, share):
    """A team whose needs have request steps; the writer's standing timeline is current for all
    needs but one when the snapshot is written, and steps of a need follow after the snapshot."""
    from kimdesk.services.reports import report_print

    sleeper, a, through_segments = laptops(3)
    sync(sleeper, share)  # synced once before anything was sent: no segment is compacted away
    settings.put(a, settings.SNAPSHOT_EVERY, 0)  # a snapshot in every round …
    ids = [clients.create_client(a, {"given_name": f"Person {i}", "family_name": "Schritt"}) for i in range(5)]
    needs = [rs.add_need(a, cid, {"category": "Sprache"}).result for cid in ids]
    rs.assign(a, needs[0], JOBCENTER)
    rs.accept(a, needs[0])
    rs.assign(a, needs[1], JOBCENTER)
    rs.decline(a, needs[1], "nicht zuständig")
    rs.assign(a, needs[1], AGENTUR)
    rs.assign(a, needs[2], AGENTUR)
    rs.assign(a, needs[3], JOBCENTER)
    report_print.refresh_standings(a)  # the writer's timeline is current …
    rs.accept(a, needs[2])  # … but for this need, dirty again when the snapshot is written
    for _ in range(3):
        for s in (a, through_segments):
            sync(s, share)
    assert _snapshot_files(share, a.device_id)
    settings.put(a, settings.SNAPSHOT_EVERY, 1000)  # … but not in the next
    rs.forward(a, needs[3], AGENTUR)  # a step after the snapshot: a segment on top of it
    sync(a, share)
    sync(through_segments, share)
    return a, through_segments, needs


def _standings_sound(store) -> dict:
    from kimdesk.services.reports import report_print
    from kimdesk.services.reports.committee import standing_timeline

    report_print.refresh_standings(store)
    with store.connection() as conn:
        assert standing_timeline.dirty(conn) == []
        assert standing_timeline.differences(conn) == []
        return standing_timeline.stored(conn)


def test_a_joiner_takes_the_writers_standings_and_computes_only_the_needs_it_had_dirty_or_changed_since(
        laptops, monkeypatch):
    from kimdesk.services.reports.committee import standing_timeline

    share = MemoryTarget()
    a, through_segments, needs = _team_with_steps(laptops, share)
    taken = []
    real_take = snapshot_join.take_standings
    monkeypatch.setattr(snapshot_join, "take_standings", lambda conn: taken.append(1) or real_take(conn))
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert report.of(Decision.SNAPSHOT_APPLIED) and report.of(Decision.APPLIED), report.lines()
    assert taken == [1]
    with late.connection() as conn:
        # left to compute: the need the writer had dirty, the one with a step after the snapshot
        assert set(standing_timeline.dirty(conn)) == {needs[2], needs[3]}
        assert len(standing_timeline.stored(conn)) >= 2  # the carried intervals are there
    assert _standings_sound(late) == _standings_sound(through_segments) == _standings_sound(a)
    assert export(late) == export(through_segments)
    check_invariants(late)


def _writer_adds(monkeypatch, *statements: str) -> None:
    """The team's snapshots are written as usual, then ``statements`` (``{s}``: the snapshot's
    schema) change the file before it is sealed: an older or later writer, or a spoiled file."""
    real_build = snapshot_db.build

    def build(conn, *args, **kw):
        counts = real_build(conn, *args, **kw)
        for statement in statements:
            conn.exec_driver_sql(statement.format(s=snapshot_db.SCHEMA))
        return counts

    monkeypatch.setattr(snapshot_db, "build", build)

def test_a_snapshot_without_standings_as_older_laptops_write_it_leaves_every_need_to_compute(
        laptops, monkeypatch):
    from kimdesk.services.reports.committee import standing_timeline

    _writer_adds(monkeypatch, "DROP TABLE {s}.standing", "DROP TABLE {s}.standing_dirty")  # a writer of before
    share = MemoryTarget()
    a, through_segments, needs = _team_with_steps(laptops, share)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert report.of(Decision.SNAPSHOT_APPLIED) and not report.of(Decision.REJECTED), report.lines()
    with late.connection() as conn:
        assert set(standing_timeline.dirty(conn)) >= set(needs[:4])
    assert _standings_sound(late) == _standings_sound(through_segments)


def test_tables_a_later_version_adds_to_the_snapshot_are_ignored_by_the_join(laptops, monkeypatch):
    """A laptop reads only the tables it names (``inspect``): the standing tables this version
    adds are read the same way by the version before, which knows none of them."""
    _writer_adds(monkeypatch, "CREATE TABLE {s}.from_a_later_version(x BLOB, y)",
                 "INSERT INTO {s}.from_a_later_version VALUES (x'00ff', 'z')")
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert report.of(Decision.SNAPSHOT_APPLIED) and not report.of(Decision.REJECTED), report.lines()
    assert export(late) == export(through_segments)


def test_standings_of_the_wrong_kind_make_the_snapshot_unusable(laptops, monkeypatch):
    _writer_adds(monkeypatch, "UPDATE {s}.standing SET pingpong = x'01'")
    share = MemoryTarget()
    a, through_segments, needs = _team_with_steps(laptops, share)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert report.of(Decision.REJECTED) and not report.of(Decision.SNAPSHOT_APPLIED), report.lines()
    assert export(late) == export(through_segments)  # through the segments instead


def test_a_fresh_laptop_takes_the_writers_origins_and_checks_the_journal_beside_the_copy(laptops, monkeypatch):
    """No pass over the journal on the joining connection: the audit entries and codes come from ``origins``,
    the values are checked on the second connection beside the copy (``QuickCheck``), the clock
    moves past the newest stamp of the journal."""
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    monkeypatch.setattr(snapshot_db, "_scan_journal", lambda conn: pytest.fail("a pass over the journal"))
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert report.of(Decision.SNAPSHOT_APPLIED) and not report.of(Decision.REJECTED), report.lines()
    assert export(late) == export(through_segments)
    assert _journal(late) == _journal(through_segments)
    with late.connection() as conn:
        newest = conn.exec_driver_sql("SELECT max(stamp) FROM change").scalar_one()
    assert late.clock.last >= newest
    check_invariants(late)  # incl. the audit chain


def _spoiled_journal(laptops, monkeypatch, statement: str):
    real = snapshot_db.build

    def spoiled(conn, *args, **kw):
        counts = real(conn, *args, **kw)
        conn.exec_driver_sql(statement.format(s=snapshot_db.SCHEMA))
        return counts

    share = MemoryTarget()
    monkeypatch.setattr(snapshot_db, "build", spoiled)
    a, b, (through_segments,) = _team(laptops, share)
    monkeypatch.setattr(snapshot_db, "build", real)
    return share, a, through_segments


@pytest.mark.parametrize("statement", [
    "UPDATE {s}.change SET actor = 'Nirgendwo genannt' WHERE rowid = (SELECT max(rowid) FROM {s}.change)",
    "UPDATE {s}.change SET device = 'no-such-device' WHERE rowid = (SELECT max(rowid) FROM {s}.change)",
    "UPDATE {s}.change SET entity = 'no_such_table' WHERE rowid = (SELECT min(rowid) FROM {s}.change)",
    "UPDATE {s}.change SET stamp = 'spät' WHERE rowid = (SELECT min(rowid) FROM {s}.change)",
    "UPDATE {s}.origins SET n = n + 1 WHERE rowid = 1",
    "DELETE FROM {s}.change WHERE rowid = (SELECT max(rowid) FROM {s}.change)",
], ids=["unnamed-actor", "unnamed-device", "unnamed-table", "text-stamp", "miscounted", "a-change-missing"])
def test_a_journal_that_does_not_match_its_origins_is_refused_by_a_fresh_laptop(laptops, monkeypatch, statement):
    share, a, through_segments = _spoiled_journal(laptops, monkeypatch, statement)
    _joins_through_segments_naming_the_snapshot_once(laptops, share, a, through_segments)


def test_a_snapshot_without_origins_as_older_laptops_write_it_is_counted_in_a_pass(laptops, monkeypatch):
    share, a, through_segments = _spoiled_journal(laptops, monkeypatch, "DROP TABLE {s}.origins")
    scanned = []
    real_scan = snapshot_db._scan_journal
    monkeypatch.setattr(snapshot_db, "_scan_journal", lambda conn: scanned.append(1) or real_scan(conn))
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert report.of(Decision.SNAPSHOT_APPLIED) and not report.of(Decision.REJECTED), report.lines()
    assert scanned and export(late) == export(through_segments)
    check_invariants(late)


def _breaks_quick_check(conn, *args, **kw):
    """A snapshot whose pages hold a NULL where its schema says NOT NULL: ``quick_check`` fails
    it, while every statement of the join reads past it (a table a later version might add)."""
    counts = _real_build(conn, *args, **kw)
    s = snapshot_db.SCHEMA
    conn.exec_driver_sql(f"CREATE TABLE {s}.spoiled(x)")
    conn.exec_driver_sql(f"INSERT INTO {s}.spoiled VALUES (NULL)")
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    conn.exec_driver_sql(f"UPDATE {s}.sqlite_master SET sql = 'CREATE TABLE spoiled(x NOT NULL)' "
                         "WHERE name = 'spoiled'")
    conn.exec_driver_sql("PRAGMA writable_schema = OFF")
    return counts


_real_build = snapshot_db.build


def test_a_snapshot_failing_its_quick_check_while_the_copy_runs_is_rolled_back_and_named_once(
        laptops, monkeypatch):
    """The quick_check runs on a thread of its own beside the copy; the join commits only when it
    passed: here the copy went through, the check failed, and nothing of the copy stays — the
    laptop joins through the segments and names the snapshot once."""
    monkeypatch.setattr(snapshot_db, "build", _breaks_quick_check)
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    monkeypatch.setattr(snapshot_db, "build", _real_build)
    copied = []
    real_build_indexes = snapshot_join.build_indexes

    def spy(conn, dropped):
        copied.append(conn.exec_driver_sql("SELECT count(*) FROM main.client").scalar_one())
        real_build_indexes(conn, dropped)

    monkeypatch.setattr(snapshot_join, "build_indexes", spy)
    _joins_through_segments_naming_the_snapshot_once(laptops, share, a, through_segments)
    assert copied and copied[0] > 0  # the copy ran and was rolled back on the check's answer


def test_a_laptop_whose_only_way_in_fails_the_quick_check_stays_fresh(laptops, monkeypatch):
    monkeypatch.setattr(snapshot_db, "build", _breaks_quick_check)
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    for path in [p for p in share.files if layout.parse_segment(p.rsplit("/", 1)[-1]) == 1]:
        del share.files[path]  # compacted away: only the (spoiled) snapshot could help
    stuck, = laptops(1)
    settings.put(stuck, settings.SNAPSHOT_GAIN, 1)
    schema = _schema(stuck)
    clock = stuck.clock.last
    report = sync(stuck, share)
    assert report.of(Decision.REJECTED) and not report.of(Decision.SNAPSHOT_APPLIED), report.lines()
    assert _schema(stuck) == schema
    assert stuck.clock.last == clock  # not moved past the stamps of a file that failed its checks
    with stuck.connection() as conn:
        assert snapshot_db.is_fresh(conn)
        assert conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM name_key").scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one() == \
            conn.exec_driver_sql("SELECT count(*) FROM change WHERE device_code = "
                                 "(SELECT code FROM journal_name WHERE name = 'genesis')").scalar_one()


@pytest.mark.parametrize("statement", [
    "UPDATE {s}.row_client SET given_name = x'00ff' WHERE rowid = (SELECT max(rowid) FROM {s}.row_client)",
    "DELETE FROM {s}.row_client WHERE rowid = (SELECT max(rowid) FROM {s}.row_client)",
    "UPDATE {s}.row_need SET opened_on = 20260101",
], ids=["row-of-the-wrong-kind", "row-count-short", "need-of-the-wrong-kind"])
def test_row_tables_that_fail_their_checks_beside_the_copy_roll_the_join_back(laptops, monkeypatch, statement):
    """The row tables' value and count checks run on the second connection while the copy runs
    (``QuickCheck.scan``): a table that fails one rolls the join back, and it is named once."""
    real = snapshot_db.build
    _writer_adds(monkeypatch, statement)
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    monkeypatch.setattr(snapshot_db, "build", real)
    _joins_through_segments_naming_the_snapshot_once(laptops, share, a, through_segments)


def test_the_journal_is_copied_into_no_index_but_the_one_in_its_arrival_order_and_its_unique_index_is_rebuilt(
        laptops, monkeypatch):
    """The journal's unique index is set aside for the copy (one sort afterwards instead of a
    random page per change) and built again: the joined laptop's schema is a laptop's schema."""
    from sqlalchemy import event

    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    during = []

    def before(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().startswith("INSERT INTO main.change("):
            during.append(sorted(name for name, in cursor.connection.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'index' AND tbl_name = 'change' "
                "AND sql IS NOT NULL").fetchall()))

    event.listen(late.engine, "before_cursor_execute", before)
    try:
        report = sync(late, share)
    finally:
        event.remove(late.engine, "before_cursor_execute", before)
    assert report.of(Decision.SNAPSHOT_APPLIED) and not report.of(Decision.REJECTED), report.lines()
    assert during == [["ix_change_unsent"]]  # led by the device: the changes arrive in that order
    assert _schema(late) == _schema(through_segments)
    assert export(late) == export(through_segments)
    check_invariants(late)


@pytest.mark.parametrize("older", [False, True], ids=["with-origins", "without-origins"])
def test_a_snapshot_holding_a_change_twice_is_refused_by_a_fresh_laptop(laptops, monkeypatch, older):
    """A genuine journal holds no change twice (its unique index); a file that does is refused
    whole — also from a writer of before (no ``origins``: its journal is counted in a pass), where
    the copy had skipped the second one."""
    statements = ["INSERT INTO {s}.change SELECT * FROM {s}.change WHERE rowid = (SELECT max(rowid) FROM {s}.change)"]
    if older:
        statements.append("DROP TABLE {s}.origins")
    else:  # the writer's counts name it too: only the unique index can tell
        statements.append("UPDATE {s}.origins SET n = n + 1 WHERE rowid = (SELECT o.rowid FROM {s}.origins o "
                          "JOIN {s}.change c ON c.device = o.device AND c.actor IS o.actor AND c.entity = o.entity "
                          "WHERE c.rowid = (SELECT max(rowid) FROM {s}.change))")
        statements.append("UPDATE {s}.meta SET value = json_set(value, '$.change', value ->> '$.change' + 1) "
                          "WHERE key = 'counts'")
    real = snapshot_db.build
    _writer_adds(monkeypatch, *statements)
    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    monkeypatch.setattr(snapshot_db, "build", real)
    _joins_through_segments_naming_the_snapshot_once(laptops, share, a, through_segments)


@pytest.mark.parametrize("refused", ["SpawnProcess.start", "BaseContext.Pipe"], ids=["process", "pipe"])
def test_a_checks_process_the_os_refuses_is_an_error_of_this_round_not_a_damaged_snapshot(laptops, monkeypatch,
                                                                                             refused):
    """Starting the checks' process can fail (a policy, no memory): the file is not at fault, so
    it is not rejected as damaged (and not reported once and then passed over); the round says
    why, and the next round joins from it."""
    import multiprocessing.context

    share = MemoryTarget()
    a, b, (through_segments,) = _team(laptops, share)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    for path in [p for p in share.files if layout.parse_segment(p.rsplit("/", 1)[-1]) == 1]:
        del share.files[path]  # the first segments compacted away: only the snapshot can help

    def refuse(self, *args):
        raise PermissionError(13, "Zugriff verweigert")

    owner, name = refused.split(".")
    monkeypatch.setattr(getattr(multiprocessing.context, owner), name, refuse)
    first = sync(late, share)
    assert not first.of(Decision.REJECTED) and not first.of(Decision.SNAPSHOT_APPLIED), first.lines()
    errors = first.of(Decision.ERROR)
    assert errors and all(e.detail == "snapshot: Zugriff verweigert" for e in errors), first.lines()
    monkeypatch.undo()
    second = sync(late, share)
    assert second.of(Decision.SNAPSHOT_APPLIED) and not second.of(Decision.REJECTED), second.lines()
    assert export(late) == export(through_segments)
    check_invariants(late)


def test_the_joins_sorts_run_under_a_small_page_cache_and_its_copy_under_a_roomy_one(laptops, monkeypatch):
    """Each index the join builds again and each sorted insert of the whole team sorts in memory
    (no plaintext temporary files), and under the copy's 160 MiB cache the cache filled up beside
    the sort: a join's peak was 454 MB at 100,000 people and 634 MB at 200,000 (now 369 and 388 MB).
    Every statement the join runs is traced with the main database's page cache it ran under."""
    from kimdesk.store import page_cache

    share = MemoryTarget()
    _team(laptops, share, follower=False)
    traced: list[tuple[str, int]] = []
    real = snapshot_join.import_rows

    def traced_import(conn, *args):
        driver = conn.connection.driver_connection
        cache = [conn.exec_driver_sql("PRAGMA main.cache_size").scalar()]
        before = cache[0]

        def trace(sql: str) -> None:
            if sql.startswith("PRAGMA main.cache_size = "):
                cache[0] = int(sql.rsplit("=", 1)[1])
            traced.append((sql, cache[0]))

        driver.set_trace_callback(trace)
        try:
            return real(conn, *args)
        finally:
            driver.set_trace_callback(None)
            assert conn.exec_driver_sql("PRAGMA main.cache_size").scalar() == before  # its own size again

    monkeypatch.setattr(snapshot_join, "import_rows", traced_import)
    join_from_database_snapshot(laptops, share, monkeypatch)
    sorts = [(sql, kib) for sql, kib in traced if sql.lstrip().upper().startswith(("CREATE INDEX", "CREATE UNIQUE INDEX"))
             or "ORDER BY 1, 2" in sql or "ORDER BY need_id, valid_from" in sql]
    assert len([s for s, _ in sorts if "INDEX" in s.split("(")[0].upper()]) >= 3  # the journal's, people's, keys'
    assert any("name_key" in s and "ORDER BY 1, 2" in s for s, _ in sorts)
    assert any("need_standing" in s for s, _ in sorts)
    assert all(kib == -page_cache.SORT_KIB for _, kib in sorts), [(s[:60], k) for s, k in sorts]
    copies = [kib for sql, kib in traced if sql.startswith("INSERT INTO main.change(")]
    assert copies == [-snapshot_join.CACHE_KIB]  # the copy of the journal keeps its roomy cache
