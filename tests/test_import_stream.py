"""The streamed import (issue 19): read element by element, checked in staging tables, the same data
as the whole document gave; bad input stays one clear line with nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from kimdesk.errors import ValidationError
from kimdesk.services.admin import demo
from kimdesk.services.clients_intake import exchange, json_stream
from kimdesk.services.tasks_deadlines import deadlines


@pytest.fixture
def exported(make_store, tmp_path) -> Path:
    """A demo team's export, with today's follow-ups already in it (an import then adds none)."""
    source = make_store("source")
    demo.generate(source, 40, seed=4)
    deadlines.evaluate(source)
    exchange.export_file(source, tmp_path / "export.json")
    return tmp_path / "export.json"


def _export_of(store, path: Path) -> bytes:
    exchange.export_file(store, path)
    return path.read_bytes()


def _counts(store) -> dict[str, int]:
    with store.connection() as conn:
        names = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                  "AND name NOT LIKE 'sqlite_%' ORDER BY name"))]
        return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() for n in names}


@pytest.mark.parametrize("chunk", [7, 1 << 20])
def test_a_streamed_import_gives_the_same_export_bytes(make_store, exported, tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(json_stream, "CHUNK", chunk)  # element and number boundaries inside the buffer, and none
    streamed = make_store(f"streamed{chunk}")
    result = exchange.import_file(streamed, exported)
    assert result.follow_ups == 0 and result.read["client"] >= 40 and result.read["decision"]
    assert _export_of(streamed, tmp_path / "again.json") == exported.read_bytes()
    whole = make_store(f"whole{chunk}")
    exchange.import_document(whole, json.loads(exported.read_bytes()))
    assert _export_of(whole, tmp_path / "whole.json") == exported.read_bytes()
    assert exchange.import_file(streamed, exported).written == {}  # twice: nothing new, nothing duplicated
    assert "kimdesk_import_stage" not in _counts(streamed)  # the staging tables do not outlive the import


def test_utf16_with_bom_streams_too(make_store, exported, tmp_path, monkeypatch):
    monkeypatch.setattr(json_stream, "CHUNK", 101)
    file = tmp_path / "utf16.json"
    file.write_bytes(exported.read_text(encoding="utf-8").encode("utf-16"))
    store = make_store("utf16")
    exchange.import_file(store, file)
    assert _export_of(store, tmp_path / "again.json") == exported.read_bytes()


def _refused(store, tmp_path, content: str | bytes, max_bytes: int = exchange.DEFAULT_MAX_BYTES) -> str:
    file = tmp_path / "bad.json"
    file.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    before = _counts(store)
    with pytest.raises(ValidationError) as caught:
        exchange.import_file(store, file, max_bytes)
    assert _counts(store) == before  # nothing changed, no staging table left behind
    return str(caught.value)


def _client(cid: str, number: str, **extra) -> dict:
    return {"id": cid, "case_number": number, "given_name": "A", "family_name": "B", **extra}


def _doc(*clients: dict, **extra) -> dict:
    return {"format": "kimdesk-export", "version": 1, "clients": list(clients), **extra}


A, B = "00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b"


def test_a_duplicate_id_across_elements_names_the_second(store, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange.import_stage, "BATCH", 1)  # the first is staged already when the second comes
    doc = _doc(_client(A, "K-1"), _client(B, "K-2"), _client(A, "K-3"))
    assert _refused(store, tmp_path, json.dumps(doc)) == "clients[2].id: die Kennung " + A + " kommt doppelt vor"
    monkeypatch.setattr(exchange.import_stage, "BATCH", 2000)  # both in one batch
    assert _refused(store, tmp_path, json.dumps(doc)) == "clients[2].id: die Kennung " + A + " kommt doppelt vor"


def test_references_and_case_numbers_are_checked_against_file_and_database(store, tmp_path):
    need = {"id": "00000000-0000-4000-8000-0000000000c1", "category": "Arbeit", "status": "open"}
    orphan = {"id": "00000000-0000-4000-8000-0000000000d1", "need_id": "00000000-0000-4000-8000-0000000000ff",
              "agency_id": None, "status": "requested", "history": []}
    message = _refused(store, tmp_path, json.dumps(_doc(_client(A, "K-1", needs=[need]), responsibilities=[orphan])))
    assert "need_id" in message and "weder in der Datei noch in der Datenbank" in message
    message = _refused(store, tmp_path, json.dumps(_doc(_client(A, "K-1"), _client(B, "K-1"))))
    assert message == "Aktenzeichen K-1 kommt doppelt vor."
    exchange.import_document(store, _doc(_client(A, "K-1")))
    message = _refused(store, tmp_path, json.dumps(_doc(_client(B, "K-1"))))
    assert message == "Aktenzeichen K-1 gehört schon einer anderen Person."


@pytest.mark.parametrize("chunk", [5, 1 << 20])
@pytest.mark.parametrize("broken", [
    '{"format": "kimdesk-export",\n "version": 1,\n "clients": [\n  {"id": 2\n  "id": 3}]}',
    '{"format": "kimdesk-export",\n "version": 1,\n "clients": []\n "tasks": []}',
    '{"format": "kimdesk-export", "version": 1, "clients": []} trailing',
    '{"format": "kimdesk-export"\n "version": 1}',
    '{"format": "kimdesk-export", "clients": [{"id": "x"',
    '',
    '{"clients": [,]}',
    '{"x": [1, 2,]}',
])
def test_syntax_errors_carry_the_line_and_column_json_loads_reports(store, tmp_path, monkeypatch, chunk, broken):
    """(A problem inside an element that comes before the broken place is reported first: the file is
    checked as it is read.)"""
    monkeypatch.setattr(json_stream, "CHUNK", chunk)
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(broken)
    e = expected.value
    assert _refused(store, tmp_path, broken) == f"Kein gültiges JSON (Zeile {e.lineno}, Spalte {e.colno}): {e.msg}"


def test_other_bad_files_are_refused_with_one_line(store, tmp_path):
    assert _refused(store, tmp_path, "[1, 2]") == "Die Datei muss ein JSON-Objekt enthalten."
    assert _refused(store, tmp_path, '{"format": "other", "clients": [{"id": 5}]}').startswith("format: „other“")
    assert _refused(store, tmp_path, '{"version": 1, "clients": []}').startswith("format:")
    assert "doppelt" in _refused(store, tmp_path, '{"format": "kimdesk-export", "version": 1, "clients": [], '
                                                  '"clients": []}')
    assert _refused(store, tmp_path, '{"format": "kimdesk-export", "version": 1, "clients": 5}') == \
        ".clients: muss eine Liste sein"  # as before: the path of a top-level key starts with a dot
    assert _refused(store, tmp_path, b'{"format": "\xff"}') == "Die Datei ist nicht UTF-8- oder UTF-16-kodiert."
    assert _refused(store, tmp_path, json.dumps(_doc(_client(A, "K-1"))), max_bytes=20).startswith(
        "Die Datei ist größer als 0 MB")
    assert _refused(store, tmp_path, '{"format": "kimdesk-export", "version": 1, "x": ' + "[" * 100_000 + "]" * 100_000
                    + "}") == "Die Datei ist zu tief verschachtelt; das ist kein KIMdesk-Export."
    assert _refused(store, tmp_path, '{"format": "kimdesk-export", "version": ' + "9" * 5000 + "}") == \
        "Die Datei enthält eine Zahl mit zu vielen Stellen."


def test_an_import_brings_the_needs_standing_timeline_up_to_date(make_store, exported):
    """As after a sync round: the first committee report after an import computes no timeline itself,
    and the table reads what the rules say from scratch."""
    from kimdesk.services.reports.committee import standing_timeline
    from tests.reports.test_standing_timeline import PERIODS, _read, _reference

    store = make_store("standings")
    exchange.import_file(store, exported)
    with store.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM need_standing").scalar() > 0
        assert standing_timeline.dirty(conn) == []  # nothing left for the report to compute
        assert standing_timeline.differences(conn) == []
        for lo, day in PERIODS:
            assert _read(conn, lo, day) == _reference(conn, lo, day), (lo, day)


def test_an_import_reports_its_changes_by_table_not_by_row(make_store, exported):
    """A million row ids at 100,000 people grew the import's memory with the file; the app refreshes
    by table, and every open record counts as concerned."""
    store = make_store("by-table")
    result = exchange.import_file(store, exported)
    changes = store.last_changes
    assert {"client", "need", "household_member"} <= changes.touched.keys()
    assert result.written["client"] >= 40
    assert not any(changes.touched.values()) and not changes.owners  # tables, not rows
    assert changes.concerns("any person's id")
