"""The sync benchmark keeps working (its --quick size, a smoke run)."""

from __future__ import annotations


def test_bench_sync_quick(capsys):
    from benchmarks import bench_sync

    bench_sync.main(quick=True)
    out = capsys.readouterr().out
    assert "import (apply)" in out and "bulk insert" in out and "old path" in out and "no-op round" in out
