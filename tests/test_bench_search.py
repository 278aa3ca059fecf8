"""The search benchmark keeps working (quick size) and finds the two rankings identical."""

from __future__ import annotations


def test_search_benchmark_runs_quick(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KIMDESK_BENCH_CACHE", str(tmp_path / "cache"))  # a test leaves no cache behind
    from benchmarks import bench_search

    bench_search.main(quick=True)
    out = capsys.readouterr().out
    assert "identical top 50 (ids and scores), reference vs the app: 300/300 queries" in out
    assert "baseline: raw FTS5 trigram" in out and "the app: ranking in SQL" in out
    assert "the app's slowest 10 % (median CPU of its rounds, its shape):" in out and " candidates" in out
