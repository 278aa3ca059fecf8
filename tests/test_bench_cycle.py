"""The case-cycle benchmark keeps working (small sizes; the figures come from ``make bench``)."""

from __future__ import annotations


def test_bench_cycle_quick_runs(capsys, tmp_path, monkeypatch):
    from benchmarks import bench_cycle

    monkeypatch.setenv("KIMDESK_BENCH_CACHE", str(tmp_path / "cache"))  # a test leaves no cache behind

    bench_cycle.main(quick=True)
    out = capsys.readouterr().out
    assert "evaluation, nothing new" in out and "school-entry figures" in out and "targets:" in out
