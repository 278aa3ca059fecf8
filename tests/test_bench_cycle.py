"""The case-cycle benchmark keeps working (small sizes; the figures come from ``make bench``)."""

from __future__ import annotations


def test_bench_cycle_quick_runs(capsys):
    from benchmarks import bench_cycle

    bench_cycle.main(quick=True)
    out = capsys.readouterr().out
    assert "evaluation, nothing new" in out and "school-entry figures" in out and "targets:" in out
