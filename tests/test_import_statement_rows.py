"""The import writes at most ``exchange.ROWS_PER_INSERT`` rows per INSERT statement, its follow-ups
at most ``deadlines.ROWS_PER_INSERT`` (issue 19).

SQLAlchemy packs up to 1,000 rows into one INSERT ("insertmanyvalues"), and SQLite keeps the old
content of every page one statement changes in its statement journal, in memory (``temp_store =
MEMORY``), until the statement ends: with a thousand people a statement, that journal was the
SQLite peak of the import, and it grew with the people (+12 MB at 15,000, +21 MB at 30,000). The
bound on rows per statement bounds it whatever the size of the file."""

from __future__ import annotations

from sqlalchemy import event

from benchmarks.bench_reports import build
from kimdesk.services.clients_intake import catalogue, exchange
from kimdesk.services.tasks_deadlines import deadlines


def test_no_insert_of_the_import_writes_more_rows_than_the_bound(make_store, tmp_path):
    source = make_store("source")
    catalogue.seed_agencies(source)
    build(source, 3 * exchange.ROWS_PER_INSERT)
    file = tmp_path / "export.json"
    exchange.export_file(source, file)
    target = make_store("target")
    rows: dict[str, int] = {}

    def count(_conn, _cursor, statement, _parameters, _context, _many):
        if statement.startswith("INSERT INTO "):
            table = statement.split()[2]
            rows[table] = max(rows.get(table, 0), statement.count("), (") + 1)

    event.listen(target.engine, "before_cursor_execute", count)
    try:
        exchange.import_file(target, file)
    finally:
        event.remove(target.engine, "before_cursor_execute", count)
    # the people, their needs and the follow-ups came in several statements each, none over the bound
    assert {"client", "need", "task"} <= set(rows)
    assert rows["client"] == exchange.ROWS_PER_INSERT and rows["task"] == deadlines.ROWS_PER_INSERT, rows
    assert max(rows.values()) <= max(exchange.ROWS_PER_INSERT, deadlines.ROWS_PER_INSERT), sorted(rows.items())
