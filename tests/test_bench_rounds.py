"""The rounds benchmark keeps working (small size; the figures come from ``make bench``)."""

from __future__ import annotations


def test_bench_rounds_quick_runs(capsys, tmp_path, monkeypatch):
    from benchmarks import bench_rounds

    monkeypatch.setenv("KIMDESK_BENCH_CACHE", str(tmp_path / "cache"))  # a test leaves no cache behind
    bench_rounds.main(quick=True)
    out = capsys.readouterr().out
    lines = {line.split(" every rule")[0].strip(): line for line in out.splitlines() if " every rule " in line}
    assert "0 of 14 rules" in lines["only needs"] and "0 of 14 rules" in lines["only persons' phone numbers / e-mail"]
    by_age = "3 of 14 rules: turning_18, school_place_missing, compulsory_schooling"
    assert by_age in lines["only a person's birth date"]
    assert "1 of 14 rules: action_overdue" in lines["only conferences and minutes"]
    assert "14 of 14 rules" in lines["everything"]
