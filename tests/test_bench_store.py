"""The store benchmark keeps working (quick sizes; the figures come from ``make bench``)."""

from __future__ import annotations

import re


def test_store_benchmark_runs_quick(capsys):
    from benchmarks import bench_store

    bench_store.main(quick=True)
    out = capsys.readouterr().out
    assert "SQLite    insert" in out and "SQLCipher insert" in out
    assert "300 searches per store, the two stores interleaved" in out
    assert re.search(r"search p95 \d+\.\d\dx", out) and "open with passphrase" in out
    assert re.search(r"disk per person after VACUUM: SQLCipher \d+\.\d KB", out)
    assert re.search(r"live data \d+\.\d\d KB .* change journal .* audit \d+\.\d\d KB", out)
    # every table and index, with payload and unused bytes, and the two estimates
    assert re.search(r"\n +change +journal +\d+\.\d\d  payload +\d+\.\d\d  unused +\d+\.\d\d\n", out)
    assert re.search(r"ux_change_row +journal .*\(index of change\)", out)
    assert re.search(r"change journal on a synced laptop \(every change sent\): \d+\.\d\d KB: change ", out)
    assert re.search(r"migration 0042 \(SQLCipher, [\d,]+ journal rows, the journal's indexes\): up", out)
    assert re.search(r"journal values deflated with a shared dictionary save \d+\.\d\d KB; the UUIDs still text in "
                     r"live tables and indexes, as 16 bytes, save \d+\.\d\d KB", out)
    assert re.search(r"migration 0043 \(SQLCipher, [\d,]+ journal rows, every person's id as 16 bytes\): up", out)
    # the ids migrations 0041 and 0043 store as 16 bytes, counted (a demo person has some of each converted table)
    found = re.search(r"ids stored as 16 bytes \(models.types.StoredId, migrations 0041 and 0043\): (\d+\.\d) cells",
                      out)
    assert found and float(found.group(1)) > 0
