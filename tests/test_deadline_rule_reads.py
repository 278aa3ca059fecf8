"""Each deadline rule declares the tables it reads (``deadline_rules.READS``): a sync round runs only
the rules that read a table it changed, so a rule that read an undeclared table would silently miss
changes. Here every rule runs under SQLite's authorizer (SQLITE_READ names the table of every column
a statement reads) on data where it fires, and what it read must be among what it declares."""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlite

from benchmarks.bench_cycle import TODAY
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


def reads_of(conn, run) -> set[str]:
    """The tables of the database whose columns ``run`` reads (SQLITE_READ while its statements are
    prepared; setting an authorizer expires the statements prepared before, so none is missed)."""
    raw = conn.connection.dbapi_connection
    tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
    read: set[str] = set()

    def authorize(action, table, _column, _db, _inner):
        if action == sqlite.SQLITE_READ and table in tables:
            read.add(table)
        return sqlite.SQLITE_OK

    raw.set_authorizer(authorize)
    try:
        run()
    finally:
        raw.set_authorizer(None)
    return read


@pytest.mark.parametrize("name", sorted(deadline_rules.RULES))
def test_a_rule_reads_only_the_tables_it_declares(fixture_store, name):
    params = deadlines.enabled_rules(deadlines.rules_data.load("deadlines"))[name]
    hits = []
    with fixture_store.connection() as conn:
        read = reads_of(conn, lambda: hits.extend(deadline_rules.RULES[name](conn, TODAY, params)))
    assert hits, f"{name} does not fire on the fixture: its reads are not all seen"
    assert read <= deadline_rules.READS[name], f"{name} reads {sorted(read - deadline_rules.READS[name])} undeclared"
    assert "client" in read  # the authorizer saw the rule's statements


def test_the_check_sees_a_table_read_in_a_subquery(fixture_store):
    """The authorizer names a table read only inside a subquery or a materialised CTE too."""
    with fixture_store.connection() as conn:
        read = reads_of(conn, lambda: conn.exec_driver_sql(
            "WITH k AS MATERIALIZED (SELECT client_id FROM consent) SELECT count(*) FROM client c "
            "WHERE c.id NOT IN (SELECT client_id FROM need) AND c.id IN k").scalar())
    assert read == {"client", "consent", "need"}


def test_every_rule_declares_what_it_reads():
    assert set(deadline_rules.READS) == set(deadline_rules.RULES)
    assert all(reads for reads in deadline_rules.READS.values())
