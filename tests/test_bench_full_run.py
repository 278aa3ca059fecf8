"""A full ``make bench`` at 10k, 100k and 200k must fit a session twice (issue 19): the data sets
the store, sync-join, search and UI benchmarks measure on come from the fixture cache after their
first build; what is measured (the store's insert, the team laptop's round, the searches, the
start-ups) still runs every time; a figure measured at one size is not measured again at every
size of ``--sizes``."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.fixture
def cache(tmp_path, monkeypatch):
    root = tmp_path / "cache"
    monkeypatch.setenv("KIMDESK_BENCH_CACHE", str(root))  # a test leaves no cache behind
    return root


def test_the_store_benchmark_inserts_a_slice_into_a_cached_store(cache, capsys, monkeypatch):
    """Second run: the base store of n - k people comes from the cache; the timed insert is the
    last k people on both stores; the disk figures are of all n."""
    from benchmarks import bench_store

    monkeypatch.setenv("KIMDESK_BENCH_PEOPLE", "400")
    monkeypatch.setenv(bench_store.SLICE_ENV, "40")
    monkeypatch.setenv(bench_store.MIGRATIONS_ENV, "100")
    bench_store.main()
    first = capsys.readouterr().out
    assert "fixture store-demo at 360 people built, cached" in first
    bench_store.main()
    out = capsys.readouterr().out
    assert re.search(r"fixture store-demo at 360 people from the cache \(built once in \d+ s\)", out)
    assert re.search(r"SQLite    insert +\d+ clients/s .*for the last 40\)", out)
    assert re.search(r"SQLCipher insert +\d+ clients/s .*for the last 40\)", out)
    assert "migrations 0046, 0045, 0043, 0042, 0040, 0036: timed at sizes up to 100 people only" in out
    assert "migration 0042 (SQLCipher" not in out
    disk = re.search(r"disk per person after VACUUM: SQLCipher (\d+\.\d) KB", out)
    assert disk and disk.group(1) == re.search(r"disk per person after VACUUM: SQLCipher (\d+\.\d) KB", first).group(1)


def test_the_slice_comes_after_the_base_and_the_plain_twin_holds_the_same_rows(cache, tmp_path):
    from benchmarks import bench_store
    from kimdesk.store.profile import Profile

    store, counts = bench_store.base(60, tmp_path / "run")
    assert counts == {"made": 60}
    twin = bench_store.plain_twin(store, Profile(tmp_path / "run", "sqlite"))
    assert (tmp_path / "run" / "sqlite" / Profile(tmp_path, "x").db_path.name).read_bytes()[:16] == b"SQLite format 3\0"
    for s in (store, twin):
        with s.connection() as conn:
            before = conn.exec_driver_sql("SELECT max(id) FROM client").scalar_one()
        figures = bench_store.insert_slice(s, 6)
        assert figures["clients_per_s"] > 0 and figures["rows_per_s"] > 0
        with s.connection() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM client WHERE id > ?", (before,)).scalar_one() >= 6
            # every stored id of the base is before every id of the slice (uuid7: time-ordered)
            assert conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one() == \
                60 + conn.exec_driver_sql("SELECT count(*) FROM client WHERE id > ?", (before,)).scalar_one()
    tables = {}
    for s in (store, twin):
        with s.connection() as conn:
            names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name").scalars().all()
            tables[s] = {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar_one() for t in names}
    assert tables[store] == tables[twin] and tables[store]["client"] == 66
    store.close()
    twin.close()


def test_the_team_laptop_before_its_round_comes_from_the_cache(cache, tmp_path):
    from benchmarks import bench_sync

    first = bench_sync._join_child("build", tmp_path / "a", 40)
    again = bench_sync._join_child("build", tmp_path / "b", 40)
    assert first == again and first["histories"] == 40 * 17
    entries = [p for p in cache.iterdir() if not p.name.startswith(".")]
    assert len(entries) == 1
    # the round itself runs on the copy: it sends every change and writes the snapshot
    (tmp_path / "b" / "share").mkdir()
    round_ = bench_sync._join_child("first", tmp_path / "b", 40)
    assert round_["changes"] == round_["sent"] > 40 * 17 and round_["snapshot_mb"] > 0


def test_the_search_data_set_comes_from_the_cache(cache, capsys):
    from benchmarks import bench_search

    bench_search.main(quick=True)
    capsys.readouterr()
    bench_search.main(quick=True)
    out = capsys.readouterr().out
    assert re.search(r"fixture search at 2,000 people from the cache", out)
    assert "identical top 50 (ids and scores), reference vs the app: 300/300 queries" in out


def test_the_ui_filters_run_at_100000_people_only_once_per_full_run(monkeypatch):
    """``--sizes 10000,100000,200000`` gives the UI module each size: start-up runs at it, the
    filters (their own 100,000 people, the same figure) only at 100,000 or without a size."""
    from benchmarks import bench_ui

    for size, runs in (("10000", False), ("200000", False), ("100000", True), ("", True)):
        monkeypatch.setenv("KIMDESK_BENCH_PEOPLE", size)
        assert bench_ui.filters_here(False) is runs
        assert bench_ui.filters_here(True)


def test_the_ui_start_up_profile_comes_from_the_cache(cache):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), KIMDESK_BENCH_CACHE=str(cache))
    done = subprocess.run([sys.executable, "-c", "from benchmarks import bench_ui\n"
                           "for _ in range(2): bench_ui._startup(300, rounds=1)"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "fixture ui-start at 300 people built, cached" in done.stdout
    assert "fixture ui-start at 300 people from the cache" in done.stdout
    assert done.stdout.count("KIMdesk main window + list, key from keyring") == 2  # started from the copy's keyring
