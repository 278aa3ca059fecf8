"""The store benchmark keeps working (quick sizes; the figures come from ``make bench``)."""

from __future__ import annotations

import re


def test_store_benchmark_runs_quick(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KIMDESK_BENCH_CACHE", str(tmp_path / "cache"))  # a test leaves no cache behind
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
    assert re.search(r"migration 0042 \(SQLCipher, [\d,]+ journal rows, the journal's indexes, and every later one\): up", out)
    assert re.search(r"journal values deflated with a dictionary sampled from the team's own values \(people's data: "
                     r"cannot be frozen\) would save a further \d+\.\d\d KB; the UUIDs still text in "
                     r"live tables and indexes, as 16 bytes, save \d+\.\d\d KB", out)
    assert re.search(r"migration 0043 \(SQLCipher, [\d,]+ journal rows, 0043–0046: every person's, need's, request's "
                     r"and office's id as 16 bytes, 0045, 0046 and 0047\): up", out)
    assert re.search(r"migration 0045 \(SQLCipher, [\d,]+ journal rows, the journal's format-2 values back to format 1 "
                     r"down; up changes nothing; and 0046–0047\): up", out)
    assert re.search(r"migration 0046 \(SQLCipher, [\d,]+ journal rows, every other team-data id \(plans, goals, "
                     r"meetings, agenda items, findings, tasks …\) and the columns holding them as 16 bytes; and 0047, the steps "
                     r"index by need\): up", out)
    assert re.search(r"as 16 bytes, save \d+\.\d\d KB \(most: \w+\.\w+ \d+\.\d\d", out)  # what is still text
    # the demo's changes are local writes: stored in format 2 where deflating pays (store.journal_values)
    share = re.search(r"journal values \(store.journal_values\): (\d+\.\d\d) KB stored \((\d+) % of the changes "
                      r"format 2\), (\d+\.\d\d) KB as format 1, \d+\.\d\d KB as JSON text", out)
    assert share and int(share.group(2)) > 0 and float(share.group(1)) < float(share.group(3))
    # the ids migrations 0041, 0043, 0044 and 0046 store as 16 bytes, counted (a demo person has some of each converted table)
    found = re.search(r"ids stored as 16 bytes \(models.types.StoredId, migrations 0041, 0043, 0044, 0046\): (\d+\.\d) cells",
                      out)
    assert found and float(found.group(1)) > 0
