"""Going back below a migration in tests of that migration.

Migration 0034 refuses to go below itself while audit entries of its format exist (a downgrade
would leave entries the old rule cannot verify; ``tests/test_audit_formats.py``). A test of an
earlier migration's way back is not about the audit, so it removes those entries first.
"""

from __future__ import annotations

from alembic import command

from kimdesk.store import migrate


def downgrade(engine, revision: str) -> None:
    with engine.connect() as conn, conn.begin():
        conn.exec_driver_sql("DELETE FROM audit WHERE version IS NOT NULL")
        command.downgrade(migrate.config(conn), revision)


def indexes(conn, table: str) -> dict[str, tuple[list[str | None], bool, bool]]:
    """``table``'s indexes as SQLite holds them: name -> (columns, unique, partial); an expression
    column is None."""
    out = {}
    for _seq, name, unique, _origin, partial in conn.exec_driver_sql(f"PRAGMA index_list({table})"):
        cols = [r[2] for r in conn.exec_driver_sql(f"PRAGMA index_info({name})")]
        out[name] = (cols, bool(unique), bool(partial))
    return out
