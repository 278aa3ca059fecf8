"""The reports benchmark keeps working (small sizes; the figures come from ``make bench``)."""

from __future__ import annotations


def test_bench_reports_quick_runs(capsys, tmp_path, monkeypatch):
    from benchmarks import bench_reports

    monkeypatch.setenv("KIMDESK_BENCH_CACHE", str(tmp_path / "cache"))  # a test leaves no cache behind

    bench_reports.main(quick=True)
    out = capsys.readouterr().out
    assert "committee report: figures + PDF" in out and "school-entry report" in out and "targets (" in out
    assert "peak memory" in out and "printed figures digest: " in out


def test_bulk_insert_takes_rows_with_different_keys_in_one_batch(tmp_path):
    """Issue 19: at 200,000 people a batch began with a closing phase (``from_phase`` set) followed by
    an opening one (no ``from_phase``) and the insert failed for the missing bind parameter."""
    from datetime import date, datetime

    from sqlalchemy import text

    from benchmarks.common import bulk_insert
    from kimdesk.models import CasePhase, Client
    from kimdesk.store.profile import Profile, init_profile

    store = init_profile(Profile(tmp_path, "bench"), "benchmark passphrase 1", remember=False)
    try:
        stamp = datetime(2026, 1, 1)
        bulk_insert(store, {
            Client: [{"id": "c1", "case_number": "R-1", "given_name": "G", "family_name": "F", "languages": [],
                      "interpreter_needed": False, "status": "closed", "deleted": False}],
            CasePhase: [{"id": "p2", "client_id": "c1", "phase": "closed", "from_phase": "clearing",
                         "on": date(2025, 2, 1), "reason": "x", "recorded_at": stamp, "deleted": False},
                        {"id": "p1", "client_id": "c1", "phase": "clearing", "on": date(2025, 1, 1),
                         "recorded_at": stamp, "deleted": False}]})
        with store.connection() as conn:
            rows = conn.execute(text("SELECT id, from_phase, reason FROM case_phase ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [("p1", None, None), ("p2", "clearing", "x")]
    finally:
        store.close()
