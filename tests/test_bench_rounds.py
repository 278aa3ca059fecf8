"""The rounds benchmark keeps working (small size; the figures come from ``make bench``)."""

from __future__ import annotations


def test_bench_rounds_quick_runs(capsys, tmp_path, monkeypatch):
    from benchmarks import bench_rounds

    monkeypatch.setenv("KIMDESK_BENCH_CACHE", str(tmp_path / "cache"))  # a test leaves no cache behind
    bench_rounds.main(quick=True)
    out = capsys.readouterr().out
    assert "only needs" in out and "3 of 14 rules" in out and "1 of 14 rules: action_overdue" in out
