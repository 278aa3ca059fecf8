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


def ids_down_and_up(engine, revision: str, count, digest, blobs: int, before) -> None:
    """An ids-as-bytes migration's way down and up again, the data identical throughout: below
    ``revision`` its columns hold no blob and every id as text (``blobs`` of them, so the check
    can fail), above it the same ``blobs`` blobs and no UUID text; the foreign keys and the file
    sound. ``count(conn, condition)`` counts the migration's columns meeting a condition on ``{c}``,
    ``digest(conn)`` is the data read through the models' conversions, ``before`` it at the start."""
    from kimdesk.models.types import UUID_GLOB

    below = migrate.script().get_revision(revision).down_revision
    downgrade(engine, below)
    with engine.connect() as conn:
        assert count(conn, "typeof({c}) = 'blob'") == 0
        assert count(conn, "{c} GLOB '" + UUID_GLOB + "'") == blobs
        assert digest(conn) == before
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert count(conn, "{c} GLOB '" + UUID_GLOB + "'") == 0
        assert count(conn, "typeof({c}) = 'blob'") == blobs
        assert digest(conn) == before
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
