"""Each deadline rule declares the columns it reads, by table (``deadline_rules.COLUMNS``): a sync round
runs only the rules that read a column it changed, so a rule that read an undeclared column would silently
miss changes. Here every rule runs under SQLite's authorizer (SQLITE_READ names the table and the column of
every column a statement reads, each column for a ``SELECT *``) on data where it fires, and what it read
must be among what it declares. A read of the rowid, or of a table without any of its columns (SQLite names
the column "ROWID", or none), asks which rows exist: only a created row (every column changed) or an erasure
(every rule) changes that, so it needs the table declared, no column."""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlite

from benchmarks.bench_cycle import TODAY
from kimdesk.models import Agency
from kimdesk.services.tasks_deadlines import deadline_rules, deadlines
from tests.support.stores import cycle_store, vary_people


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory):
    store = cycle_store(tmp_path_factory.mktemp("reads"), 1500, 23, "rule reads fixture passphrase 1")
    with store.engine.begin() as conn:
        vary_people(conn, ["Aachen", "Monschau", "Köln"])
        # children of compulsory school age without a place (the bulk fixture's people are older)
        conn.exec_driver_sql(f"UPDATE client SET birth_date = date('{TODAY}', '-' || (6 + rowid % 9) || ' years') "
                             "WHERE rowid % 9 = 4 AND id IN (SELECT client_id FROM school_entry WHERE placed_on IS NULL)")
        # asylum benefits running for about 36 months
        conn.exec_driver_sql(f"UPDATE benefit_record SET since = date('{TODAY}', '-36 months', '+10 days'), until = NULL "
                             "WHERE system = 'AsylbLG' AND rowid % 4 = 1")
    yield store
    store.close()


# what SQLite names as the column when a statement reads a row's rowid, or a table without its columns
ROWS = {"", "ROWID"}


def reads_of(conn, run) -> dict[str, set[str]]:
    """The columns of the database's tables that ``run`` reads, by table (SQLITE_READ while its statements
    are prepared; setting an authorizer expires the statements prepared before, so none is missed)."""
    raw = conn.connection.dbapi_connection
    tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
    read: dict[str, set[str]] = {}

    def authorize(action, table, column, _db, _inner):
        if action == sqlite.SQLITE_READ and table in tables:
            read.setdefault(table, set()).add(column or "")
        return sqlite.SQLITE_OK

    raw.set_authorizer(authorize)
    try:
        run()
    finally:
        raw.set_authorizer(None)
    return read


def undeclared(read: dict[str, set[str]], declared: dict[str, frozenset[str]]) -> dict[str, list[str]]:
    """What of ``read`` the declaration does not cover (a table's rows: the table declared)."""
    out = {}
    for table, columns in read.items():
        if table not in declared:
            out[table] = sorted(columns)
        elif columns - ROWS - declared[table]:
            out[table] = sorted(columns - ROWS - declared[table])
    return out


@pytest.mark.parametrize("name", sorted(deadline_rules.RULES))
def test_a_rule_reads_only_the_columns_it_declares(fixture_store, name):
    params = deadlines.enabled_rules(deadlines.rules_data.load("deadlines"))[name]
    hits = []
    with fixture_store.connection() as conn:
        read = reads_of(conn, lambda: hits.extend(deadline_rules.RULES[name](conn, TODAY, params)))
    assert hits, f"{name} does not fire on the fixture: its reads are not all seen"
    assert undeclared(read, deadline_rules.COLUMNS[name]) == {}, f"{name} reads undeclared columns"
    assert {"id", "status", "deleted"} <= read["client"]  # the authorizer saw the rule's statements


def test_the_check_sees_a_column_read_in_a_subquery_every_column_of_a_star_and_the_rowid(fixture_store):
    """The authorizer names a column read only inside a subquery or a materialised CTE too, each column a
    ``SELECT *`` reads, and a read of rows alone (the rowid, a count) as ROWID or no column."""
    with fixture_store.connection() as conn:
        read = reads_of(conn, lambda: conn.exec_driver_sql(
            "WITH k AS MATERIALIZED (SELECT client_id FROM consent) SELECT count(*) FROM client c "
            "WHERE c.id NOT IN (SELECT client_id FROM need) AND c.id IN k").scalar())
        star = reads_of(conn, lambda: conn.exec_driver_sql("SELECT * FROM agency LIMIT 1").all())
        rows = reads_of(conn, lambda: conn.exec_driver_sql(
            "SELECT count(*) FROM need WHERE rowid IN (SELECT rowid FROM need WHERE deleted = 0)").scalar())
    assert read == {"client": {"id"}, "consent": {"client_id"}, "need": {"client_id"}}
    assert star["agency"] == {c.name for c in Agency.__table__.columns}
    assert rows["need"] == {"ROWID", "", "deleted"}
    assert undeclared(rows, {"need": frozenset({"deleted"})}) == {}
    assert undeclared(star, {"agency": frozenset({"id", "name"})})["agency"] == sorted(
        c.name for c in Agency.__table__.columns if c.name not in ("id", "name"))


def test_every_rule_declares_what_it_reads():
    assert set(deadline_rules.COLUMNS) == set(deadline_rules.RULES)
    assert all(columns and all(columns.values()) for columns in deadline_rules.COLUMNS.values())
    # the open-case check: a person's status or deletion changes every rule's hits
    assert all({"status", "deleted"} <= columns["client"] for columns in deadline_rules.COLUMNS.values())
