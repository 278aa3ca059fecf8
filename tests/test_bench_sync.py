"""The sync benchmark's join at the issue's scale keeps working (quick size: 300 people with
histories; the figures come from ``python -m benchmarks sync``)."""

from __future__ import annotations


def test_joining_a_team_with_histories_from_its_snapshot_runs_quick(capsys):
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
