"""Issue 19: the deadline rules read covering indexes (migration 0038) instead of wide rows, and
no rule scans every person. Pinned on the plans SQLite picks, and the migration goes back."""

from __future__ import annotations

from sqlalchemy import event

from benchmarks.bench_cycle import TODAY, build
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.tasks_deadlines import deadline_rules, deadlines

NEW = {"client": {"ix_client_birth_open", "ix_client_residence_due", "ix_client_bamf_decision",
                  "ix_client_residence_rule"},
       "need": {"ix_need_state", "ix_need_open"}, "benefit_record": {"ix_benefit_record_by_system"},
       "school_entry": {"ix_school_entry_placed"}}
REPLACED = {"client": {"ix_client_birth_date", "ix_client_residence_valid_until"},
            "benefit_record": {"ix_benefit_record_system"}}


def _indexes(conn, table: str) -> dict[str, list[str]]:
    names = [r[1] for r in conn.exec_driver_sql(f"PRAGMA index_list({table})")]
    return {n: [r[2] for r in conn.exec_driver_sql(f"PRAGMA index_info({n})")] for n in names}


def _plans(store) -> dict[str, list[str]]:
    """Every rule's statements, explained: rule -> plan lines."""
    config = deadlines.rules_data.load("deadlines")
    out: dict[str, list[str]] = {}
    with store.connection() as conn:
        for name, params in deadlines.enabled_rules(config).items():
            seen: list[tuple] = []

            def grab(_c, _cursor, statement, parameters, _context, _many):
                seen.append((statement, parameters))

            event.listen(conn, "before_cursor_execute", grab)
            try:
                list(deadline_rules.RULES[name](conn, TODAY, params))  # a generator: its statements run as it is read
            finally:
                event.remove(conn, "before_cursor_execute", grab)
            out[name] = [row[3] for statement, parameters in seen
                         for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
    return out


def test_no_rule_reads_every_person_or_a_wide_client_row(store):
    catalogue.seed_agencies(store)
    build(store, 300, seed=3)
    plans = _plans(store)
    for rule, lines in plans.items():
        for line in lines:
            # the client table is read through covering indexes only (or the municipality index)
            if line.startswith(("SCAN c", "SEARCH c", "SEARCH client", "SCAN client")):
                assert "COVERING INDEX" in line, (rule, line)
    assert any("ix_client_birth_open" in line for line in plans["school_place_missing"])
    assert any("ix_school_entry_placed" in line for line in plans["school_place_missing"])
    for rule in ("school_place_missing", "compulsory_schooling"):  # a school need among its category (0048)
        assert any("SEARCH n USING COVERING INDEX ix_need_category" in line for line in plans[rule]), rule
    assert not any("ix_need_open" in line for line in plans["school_place_missing"])
    assert any("ix_need_state" in line for line in plans["moved"])
    assert any("ix_client_residence_due" in line for line in plans["residence_expiry"])
    assert any("ix_benefit_record_by_system" in line for line in plans["asylblg_36_months"])
    assert any("INTEGER PRIMARY KEY (rowid=?)" in line for line in plans["plan_review_overdue"])  # in table order
    # overdue measures from their covering index alone (0048); their rows only for new follow-ups
    assert any("SEARCH m USING COVERING INDEX ix_plan_measure_open_due" in line for line in plans["measure_overdue"])
    assert not any(line.startswith(("SCAN m", "SEARCH m USING INTEGER")) for line in plans["measure_overdue"])
    for rule in ("bamf_decision", "family_reunification", "residence_rule_move"):  # were full scans
        assert not any(line.startswith("SCAN") for line in plans[rule]), (rule, plans[rule])


def test_the_migration_replaces_the_indexes_and_goes_back(store):
    from tests.support.migrations import downgrade

    from kimdesk.store import migrate

    engine = store.engine
    with engine.connect() as conn:
        for table, names in NEW.items():
            assert names <= set(_indexes(conn, table)), table
        for table, names in REPLACED.items():
            assert not names & set(_indexes(conn, table)), table
        assert _indexes(conn, "need")["ix_need_open"] == ["client_id", "status", "deleted", "category"]
    downgrade(engine, "0036")
    with engine.connect() as conn:
        for table, names in REPLACED.items():
            assert names <= set(_indexes(conn, table)), table
        assert not {"ix_need_state", "ix_school_entry_placed"} & (set(_indexes(conn, "need")) |
                                                                  set(_indexes(conn, "school_entry")))
        assert _indexes(conn, "need")["ix_need_open"] == ["client_id", "status", "deleted"]
        assert "ix_client_birth_open" not in _indexes(conn, "client")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        for table, names in NEW.items():
            assert names <= set(_indexes(conn, table)), table


def test_migration_0048_adds_the_need_category_index_widens_the_measures_and_goes_back(store):
    from tests.support.migrations import downgrade

    from kimdesk.store import migrate

    measures = ["status", "due", "deleted", "client_id", "id"]
    with store.engine.connect() as conn:
        assert _indexes(conn, "need")["ix_need_category"] == ["category", "status", "deleted", "client_id"]
        assert _indexes(conn, "plan_measure")["ix_plan_measure_open_due"] == measures
    downgrade(store.engine, "0047")
    with store.engine.connect() as conn:
        assert "ix_need_category" not in _indexes(conn, "need")
        assert "ix_need_open" in _indexes(conn, "need")
        assert _indexes(conn, "plan_measure")["ix_plan_measure_open_due"] == ["status", "due"]
    migrate.upgrade(store.engine)
    with store.engine.connect() as conn:
        assert _indexes(conn, "need")["ix_need_category"] == ["category", "status", "deleted", "client_id"]
        assert _indexes(conn, "plan_measure")["ix_plan_measure_open_due"] == measures
