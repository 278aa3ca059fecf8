"""The deadline rules yield their hits while ``deadlines.evaluate`` writes the follow-ups of the hits
before, on the same connection (issue 19: no rule's hits are held as one list). SQLite gives the
statements of one connection no isolation from each other, so that is sound only while no rule reads
a table those writes change: a rule that did could meet its own follow-ups, or miss rows, mid-read.
Pinned with SQLite's authorizer, which names every table a statement reads or writes (its triggers'
statements included) when the statement is prepared."""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlite
from sqlalchemy import event

from benchmarks.bench_cycle import TODAY, build
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.tasks_deadlines import deadline_rules, deadlines

WRITES = (sqlite.SQLITE_INSERT, sqlite.SQLITE_UPDATE, sqlite.SQLITE_DELETE)


def _tables(raw, statements: list[tuple], actions: tuple[int, ...]) -> set[str]:
    """The tables ``statements`` touch by ``actions``, as SQLite's authorizer reports them while it
    prepares each one (``EXPLAIN`` prepares without running it; the text differs from the statement's,
    so no cached preparation skips the authorizer). Values do not change what a statement touches:
    every placeholder (SQLAlchemy writes ``?`` for this driver) is bound to NULL."""
    found: set[str] = set()

    def authorize(action, arg1, _arg2, _db, _source):
        if action in actions and arg1:
            found.add(arg1)
        return sqlite.SQLITE_OK

    raw.set_authorizer(authorize)
    try:
        for statement in {s for s, _params in statements}:
            raw.execute("EXPLAIN " + statement, [None] * statement.count("?")).fetchall()
    finally:
        raw.set_authorizer(None)
    return found


def _captured(target, run) -> list[tuple]:
    seen: list[tuple] = []

    def grab(_conn, _cursor, statement, parameters, _context, executemany):
        for params in (parameters if executemany else [parameters]):
            seen.append((statement, params))

    event.listen(target, "before_cursor_execute", grab)
    try:
        run()
    finally:
        event.remove(target, "before_cursor_execute", grab)
    return seen


def test_no_rule_reads_a_table_the_follow_ups_write(store):
    catalogue.seed_agencies(store)
    build(store, 300, seed=3)
    config = deadlines.rules_data.load("deadlines")
    written_statements = _captured(store.engine, lambda: deadlines.evaluate(store, TODAY, config=config))
    with store.connection() as conn:
        raw = conn.connection.dbapi_connection
        written = _tables(raw, [s for s in written_statements
                                if s[0].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))], WRITES)
        assert {"task", "change"} <= written, written  # the follow-ups were written, and journalled
        read_by_rule: dict[str, set[str]] = {}
        for name, params in deadlines.enabled_rules(config).items():
            statements = _captured(conn, lambda: list(deadline_rules.RULES[name](conn, TODAY, params)))
            assert statements, name
            read_by_rule[name] = _tables(raw, statements, (sqlite.SQLITE_READ,))
    assert all("client" in tables or "need" in tables for tables in read_by_rule.values()), read_by_rule
    clashes = {name: tables & written for name, tables in read_by_rule.items() if tables & written}
    assert not clashes, f"rules that read what evaluate writes while they yield: {clashes}"
