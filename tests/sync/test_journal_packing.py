"""The journal's idle packing (store.journal_packing): rows the sync's apply path wrote in format 1
and a joined laptop's snapshot part in format 0 (JSON text) become format 2 in short batches,
resuming where it got to; a packed journal syncs, erases, shows history and exports exactly as
format 1 does; the app runs it on its database worker and stops it on close, ``kimdesk sync``
after its round.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from kimdesk.services.clients_intake import clients, exchange, history, responsibilities
from kimdesk.services.releases import subject_access
from kimdesk.store import audit, journal_packing
from kimdesk.store.journal_values import decode, encode, pack, plain
from kimdesk.store.options import JOURNAL_PACKED
from kimdesk.sync import erasure
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import check_invariants, export, join_from_database_snapshot, sync

ROW = "SELECT seq, entity_code, row_key, data, stamp, device_code, actor_code, seen, segment FROM change ORDER BY seq"


def _people(store, n: int = 4) -> list[str]:
    out = []
    for i in range(n):
        cid = clients.create_client(store, {"given_name": f"Olena {i}", "family_name": "Kovalenko",
                                            "residence_status": "Aufenthaltserlaubnis", "municipality": "Aachen",
                                            "birth_date": "1988-04-02", "languages": ["uk", "de"]})
        responsibilities.add_need(store, cid, {"category": "Sprache", "description": "Integrationskurs"})
        clients.update_client(store, cid, {"municipality": "Alsdorf"})
        out.append(cid)
    return out


def _as_apply_wrote_them(store, json_text_below: int, from_seq: int = 0) -> None:
    """The rows from ``from_seq`` as format 1 (what the sync's apply path writes), those below
    ``json_text_below`` as JSON text (format 0, a joined laptop's snapshot part)."""
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE change SET data = kimdesk_journal_pack(kimdesk_journal_json(data)) "
                             "WHERE seq >= ?", (from_seq,))
        conn.exec_driver_sql("UPDATE change SET data = kimdesk_journal_json(data) WHERE seq < ?", (json_text_below,))


def _rows(store) -> list[tuple]:
    with store.connection() as conn:
        return conn.exec_driver_sql(ROW).all()


def _decoded(rows) -> list[tuple]:
    return [(*r[:3], decode(r[3]), *r[4:]) for r in rows]


def _formats(rows) -> dict:
    out: dict = {}
    for r in rows:
        kind = 0 if isinstance(r[3], str) else r[3][0]
        out[kind] = out.get(kind, 0) + 1
    return out


def test_packing_rewrites_old_rows_keeps_every_change_and_resumes_after_an_interruption(store, monkeypatch):
    _people(store)
    first = _rows(store)[0][0]
    _as_apply_wrote_them(store, first + 4)
    before = _rows(store)
    assert _formats(before)[0] == 4 and _formats(before)[1] == len(before) - 4  # the test can fail
    with store.connection() as conn:
        assert audit.verify(conn).ok

    assert journal_packing.pack_some(store, batch=3) == (3, False)
    with store.connection() as conn:
        assert JOURNAL_PACKED.read(store, conn) == before[2][0]
    after = _rows(store)
    assert [r[3] for r in after[3:]] == [r[3] for r in before[3:]]  # nothing past the batch touched
    assert all(r[3][:1] == b"\x02" for r in after[:3])

    # cut off in the middle of a batch: its transaction rolls back, the stored seq stays
    calls = []
    real = journal_packing.repack

    def failing(stored):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the laptop was switched off")
        return real(stored)

    monkeypatch.setattr(journal_packing, "repack", failing)
    with pytest.raises(RuntimeError):
        journal_packing.pack_some(store, batch=5)
    assert _rows(store) == after
    with store.connection() as conn:
        assert JOURNAL_PACKED.read(store, conn) == before[2][0]
    monkeypatch.setattr(journal_packing, "repack", real)

    rewritten = 3
    while True:
        n, caught_up = journal_packing.pack_some(store, batch=5)
        rewritten += n
        if caught_up:
            break
    packed = _rows(store)
    assert _decoded(packed) == _decoded(before)  # values (in order), stamp, identity, seen, segment
    assert 0 not in _formats(packed) and _formats(packed).get(2, 0) > len(packed) // 2
    assert all(r[3] == pack(decode(r[3])) for r in packed)  # each in its smallest form
    assert rewritten == sum(a[3] != b[3] for a, b in zip(before, packed))  # no row rewritten twice
    assert journal_packing.pack_some(store) == (0, True)
    with store.connection() as conn:
        assert audit.verify(conn).ok
    check_invariants(store)

    # rows a later round imports (format 1, larger seqs) are packed by a later run
    cid = _people(store, 1)[0]
    _as_apply_wrote_them(store, 0, from_seq=packed[-1][0] + 1)
    new = _rows(store)[len(packed):]
    assert len(new) == 3 and any(r[3][:1] == b"\x01" and pack(decode(r[3])) != r[3] for r in new)
    assert journal_packing.pack_some(store) == (sum(pack(decode(r[3])) != r[3] for r in new), True)
    assert _rows(store)[:len(packed)] == packed  # the older rows as they were
    assert all(r[3] == pack(decode(r[3])) for r in _rows(store)[len(packed):])
    assert history.versions(store, "client", cid)[-1].fields == {"municipality": "Alsdorf"}


def test_a_damaged_row_is_left_as_it_is_and_packing_goes_on(store):
    _people(store, 2)
    _as_apply_wrote_them(store, 0)
    rows = _rows(store)
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE change SET data = x'0105' WHERE seq = ?", (rows[1][0],))
    assert journal_packing.pack_some(store) == (len(rows) - 1 - sum(pack(decode(r[3])) == r[3] for r in rows
                                                                    if r[0] != rows[1][0]), True)
    assert _rows(store)[1][3] == b"\x01\x05"


def _views(store, people: list[str]) -> str:
    with store.connection() as conn:
        art15 = [repr(subject_access.collect(conn, cid, "Stadt Test", on=date(2026, 1, 2))) for cid in people]
    versions = [repr(history.versions(store, e, r)) for e, r in
                [("client", cid) for cid in people]]
    return json.dumps([export(store), art15, versions], ensure_ascii=False)


def test_a_packed_journal_syncs_erases_shows_history_and_exports_as_format_1(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    people = _people(a)
    journal_packing.pack_for(a, 10)
    assert _formats(_rows(a)).get(2, 0) > 0
    packed_views = _views(a, people)
    with a.connection(write=True) as conn:  # the same journal in format 1
        conn.exec_driver_sql("UPDATE change SET data = kimdesk_journal_pack(kimdesk_journal_json(data))")
    assert _formats(_rows(a)).get(2, 0) == 0
    assert _views(a, people) == packed_views
    journal_packing.pack_for(a, 10)  # packed again (from the start: nothing after the stored seq)
    with a.connection(write=True) as conn:
        JOURNAL_PACKED.write(a, conn, 0)
    journal_packing.pack_for(a, 10)
    assert _formats(_rows(a)).get(2, 0) > 0 and _views(a, people) == packed_views

    sync(a, share)
    sync(b, share)
    assert export(b) == export(a)
    unpacked = _views(b, people)  # b's Art. 15 names b's own audit trail: compared with itself
    assert _formats(_rows(b)).get(1, 0) > 0
    assert journal_packing.pack_for(b, 10) > 0  # b's imported rows (format 1) packed too
    assert _views(b, people) == unpacked
    check_invariants(b)

    # an erasure (Art. 17) rewrites packed values: no trace left in the inflated bytes either
    gone = people[0]
    needles = (bytes.fromhex(gone.replace("-", "")), gone.encode(), b"Olena 0")

    def traces(store) -> int:
        with store.connection() as conn:
            return sum(any(n in bytes(d) or n in plain(d) for n in needles)
                       for d in conn.exec_driver_sql("SELECT data FROM change").scalars())

    assert traces(a) >= 2 and traces(b) >= 2  # the test can fail: the person's row and the need name them
    with a.session() as s:
        erasure.erase_client(s, a, gone, "Löschantrag Art. 17 DSGVO")
    assert traces(a) == 0
    sync(a, share)
    sync(b, share)
    assert traces(b) == 0 and export(b) == export(a)
    check_invariants(a)
    check_invariants(b)


def test_a_joined_laptops_journal_is_packed_from_json_text(laptops, monkeypatch):
    from kimdesk.sync import settings

    share = MemoryTarget()
    sleeper, a = laptops(2)
    sync(sleeper, share)  # synced once before anything was sent: no segment is compacted away
    settings.put(a, settings.SNAPSHOT_EVERY, 0)  # a snapshot in every round
    _people(a, 6)
    for _ in range(2):
        sync(a, share)
    late, _report = join_from_database_snapshot(laptops, share, monkeypatch)
    before = _rows(late)
    assert _formats(before).get(0, 0) > 0  # the snapshot's part, as it came
    assert journal_packing.pack_for(late, 30) > 0
    after = _rows(late)
    assert 0 not in _formats(after) and _decoded(after) == _decoded(before)
    assert export(late) == export(a)
    check_invariants(late)


def test_kimdesk_sync_packs_after_its_round(make_store, tmp_path):
    from tests.sync.test_cli import data_dir_of, kd

    a = make_store("a")
    _people(a, 2)
    _as_apply_wrote_them(a, 0)
    d = data_dir_of(a)
    a.close()
    share = tmp_path / "share"
    share.mkdir()
    assert kd(d, "team", "create").code == 0
    assert kd(d, "sync", "--target", share, "--init").code == 0
    from kimdesk.store.profile import Profile, open_profile

    again = open_profile(Profile(d), passphrase="test passphrase one")
    try:
        rows = _rows(again)
        assert _formats(rows).get(2, 0) > 0 and 0 not in _formats(rows)
        assert all(r[3] == pack(decode(r[3])) for r in rows)
    finally:
        again.close()


def test_the_app_packs_on_its_worker_and_stops_when_told(qtbot, store):
    from kimdesk.ui.journal_packer import JournalPacker
    from kimdesk.ui.worker import DbWorker

    _people(store)
    _as_apply_wrote_them(store, 0)
    worker = DbWorker()
    packer = JournalPacker(store, worker)
    packer.START_MS, packer.PAUSE_MS, packer.AGAIN_MS = 0, 0, 3_600_000
    rows = len(_rows(store))
    assert rows > 10
    # batches of 5 rows: many ticks, each its own job on the worker
    monkey = journal_packing.pack_some
    batches = []
    try:
        journal_packing.pack_some = lambda s, batch=5: batches.append(1) or monkey(s, 5)
        packer.start()
        qtbot.waitUntil(lambda: all(r[3] == pack(decode(r[3])) for r in _rows(store)), timeout=20_000)
        qtbot.waitUntil(lambda: not worker.busy and packer.timer.remainingTime() > 60_000, timeout=20_000)
        assert len(batches) >= rows // 5
        packer.stop()
        assert not packer.timer.isActive()
        done = len(batches)
        packer._tick()  # a tick after the stop starts no batch
        worker.wait_idle()
        assert len(batches) == done and packer.packed > 0
    finally:
        journal_packing.pack_some = monkey
        worker.shutdown()


def test_a_failed_pack_after_a_round_leaves_the_rounds_result(make_store, tmp_path, monkeypatch, capsys):
    """Packing is idle work: a busy or failing database while packing must not turn a good round into an error."""
    from tests.sync.test_cli import data_dir_of, kd

    from kimdesk.store import journal_packing

    a = make_store("a")
    _people(a, 1)
    d = data_dir_of(a)
    a.close()
    share = tmp_path / "share"
    share.mkdir()
    assert kd(d, "team", "create").code == 0

    def locked(*_args, **_kw):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(journal_packing, "pack_for", locked)
    result = kd(d, "sync", "--target", share, "--init")
    assert result.code == 0
    assert "interner Fehler" not in (result.out + result.err)
