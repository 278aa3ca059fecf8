"""The minutes benchmark keeps working (quick sizes; the figures come from ``make bench``)."""

from __future__ import annotations


def test_minutes_benchmark_runs_quick(capsys):
    from benchmarks import bench_minutes

    bench_minutes.main(quick=True)
    out = capsys.readouterr().out
    assert "pages/s" in out and "bare reportlab" in out
