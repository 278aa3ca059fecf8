"""The sync benchmark's join at the issue's scale keeps working (quick size: 300 people with
histories; the figures come from ``python -m benchmarks sync``)."""

from __future__ import annotations


def test_joining_a_team_with_histories_from_its_snapshot_runs_quick(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KIMDESK_BENCH_CACHE", str(tmp_path / "cache"))  # a test leaves no cache behind
    from benchmarks import bench_sync

    bench_sync.join_at_scale(quick=True)
    out = capsys.readouterr().out
    assert "5,100 changes" in out and "join 1:" in out and "join 2:" in out
    assert "the hooks after the copy" in out


def test_the_fixture_writes_the_fold_of_its_histories(tmp_path):
    """The rows the fixture writes are what applying its journal gives (17 changes a person)."""
    from benchmarks.team_history import CHANGES_PER_PERSON, fill
    from kimdesk.store.profile import Profile, init_profile
    from tests.sync.support import check_invariants

    store = init_profile(Profile(tmp_path / "p"), "benchmark passphrase", remember=False)
    assert fill(store, 40) == 40 * CHANGES_PER_PERSON
    with store.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one() == 40
        assert conn.exec_driver_sql("SELECT count(*) FROM need WHERE status = 'in_progress'").scalar_one() == 80
    check_invariants(store)
    store.close()


def test_the_import_benchmark_finds_both_apply_paths_leave_the_same_tables(capsys):
    """Quick size (2,000 changes): the lean apply and the segment-by-segment path leave the
    same rows in every table (a digest per table), beside the bulk insert's baseline."""
    from benchmarks import bench_sync

    bench_sync.segments(quick=True)
    out = capsys.readouterr().out
    assert "tables after apply: identical on both paths" in out and "bulk insert" in out


def test_table_digests_see_a_changed_row(tmp_path):
    from benchmarks.bench_sync import table_digests
    from kimdesk.services.clients_intake import clients
    from kimdesk.store.profile import Profile, init_profile

    store = init_profile(Profile(tmp_path / "p"), "benchmark passphrase", remember=False)
    cid = clients.create_client(store, {"given_name": "Olena", "family_name": "Muster"})
    before = table_digests(store)
    assert before == table_digests(store)
    clients.update_client(store, cid, {"phone": "0241 1"})
    after = table_digests(store)
    assert after["client"] != before["client"] and after["client"][0] == before["client"][0]
    store.close()
