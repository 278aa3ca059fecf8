"""The reports benchmark keeps working (small sizes; the figures come from ``make bench``)."""

from __future__ import annotations


def test_bench_reports_quick_runs(capsys):
    from benchmarks import bench_reports

    bench_reports.main(quick=True)
    out = capsys.readouterr().out
    assert "committee report: figures + PDF" in out and "school-entry report" in out and "targets:" in out
