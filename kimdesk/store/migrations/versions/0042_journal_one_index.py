"""the change journal: one unique index by row instead of two

Revision ID: 0042
Revises: 0040
Create Date: 2026-12-06

Issue 19 (disk per person): the journal carried two indexes over nearly the same columns,
``ix_change_row (entity_code, row_key)`` for a row's changes and the unique ``ux_change_origin
(device_code, stamp, row_key)`` for a change's identity (0.60 + 0.80 KB a person at 10,000
people). One unique ``ux_change_row (entity_code, row_key, stamp, device_code)`` serves both: its
prefix is the row lookup, its whole the identity (every lookup of a change knows its table). It
is built after the two are dropped (in the same transaction); a change unique under the old key
is unique under the new one.

The downgrade builds the two back. A pair of changes that differs in its table alone (the new key
allows it, the old one not; a laptop writes a fresh stamp per change, so only a forged segment
could) keeps its older row: the one ``INSERT OR IGNORE`` kept before this revision.
"""
from alembic import op

revision = '0042'
down_revision = '0040'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql("DROP INDEX ux_change_origin")
    conn.exec_driver_sql("DROP INDEX ix_change_row")
    conn.exec_driver_sql("CREATE UNIQUE INDEX ux_change_row ON change (entity_code, row_key, stamp, device_code)")


def downgrade() -> None:
    conn = op.get_bind()
    # one sort of the journal, not a lookup per change (no index by origin exists yet)
    conn.exec_driver_sql("DELETE FROM change WHERE seq NOT IN "
                         "(SELECT min(seq) FROM change GROUP BY device_code, stamp, row_key)")
    conn.exec_driver_sql("CREATE INDEX ix_change_row ON change (entity_code, row_key)")
    conn.exec_driver_sql("CREATE UNIQUE INDEX ux_change_origin ON change (device_code, stamp, row_key)")
    conn.exec_driver_sql("DROP INDEX ux_change_row")
