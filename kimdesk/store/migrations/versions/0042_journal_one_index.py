"""the change journal: one unique index by row, the outbox's index for unsent changes only

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-06

Issue 19 (disk per person). The journal carried three indexes (1.64 KB a person at 10,000 people):

- ``ix_change_row (entity_code, row_key)`` for a row's changes and the unique ``ux_change_origin
  (device_code, stamp, row_key)`` for a change's identity (0.60 + 0.80 KB). One unique
  ``ux_change_row (entity_code, row_key, stamp, device_code)`` serves both: its prefix is the row
  lookup, its whole the identity (every lookup of a change knows its table). A change unique under
  the old key is unique under the new one.
- ``ix_change_device_segment (device_code, segment)`` held every change (0.24 KB) for the outbox
  (unsent changes) and a frozen segment's content. It becomes ``ix_change_unsent (device_code)
  WHERE segment IS NULL``: a synced laptop's changes all have a segment, so it is nearly empty. A
  frozen segment's changes are found by the seq range the freeze notes in ``sync_outgoing``
  (``first_change``, ``last_change``; 0 and 0 for none), filled here for the segments frozen before.

The downgrade builds the old indexes back and drops the two columns. A pair of changes that differs
in its table alone (the new key allows it, the old one not; a laptop writes a fresh stamp per
change, so only a forged segment could bring one) keeps its older row: the one ``INSERT OR
IGNORE`` kept before this revision.
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0042'
down_revision = '0041'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column('sync_outgoing', sa.Column('first_change', sa.Integer(), nullable=True))
    op.add_column('sync_outgoing', sa.Column('last_change', sa.Integer(), nullable=True))
    # the ranges of the segments frozen so far, read through the index by device and segment before it goes
    device = conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'device_id'").scalar()
    code = None if device is None else conn.exec_driver_sql(
        "SELECT code FROM journal_name WHERE name = ?", (json.loads(device),)).scalar()
    own = "FROM change WHERE device_code = ? AND segment = sync_outgoing.seq"
    conn.exec_driver_sql(f"UPDATE sync_outgoing SET first_change = coalesce((SELECT min(seq) {own}), 0), "
                         f"last_change = coalesce((SELECT max(seq) {own}), 0)", (code, code))
    conn.exec_driver_sql("DROP INDEX ux_change_origin")
    conn.exec_driver_sql("DROP INDEX ix_change_row")
    conn.exec_driver_sql("DROP INDEX ix_change_device_segment")
    conn.exec_driver_sql("CREATE UNIQUE INDEX ux_change_row ON change (entity_code, row_key, stamp, device_code)")
    conn.exec_driver_sql("CREATE INDEX ix_change_unsent ON change (device_code) WHERE segment IS NULL")


def downgrade() -> None:
    conn = op.get_bind()
    # one sort of the journal, not a lookup per change (no index by origin exists yet)
    conn.exec_driver_sql("DELETE FROM change WHERE seq NOT IN "
                         "(SELECT min(seq) FROM change GROUP BY device_code, stamp, row_key)")
    conn.exec_driver_sql("CREATE INDEX ix_change_row ON change (entity_code, row_key)")
    conn.exec_driver_sql("CREATE INDEX ix_change_device_segment ON change (device_code, segment)")
    conn.exec_driver_sql("CREATE UNIQUE INDEX ux_change_origin ON change (device_code, stamp, row_key)")
    conn.exec_driver_sql("DROP INDEX ux_change_row")
    conn.exec_driver_sql("DROP INDEX ix_change_unsent")
    with op.batch_alter_table('sync_outgoing', recreate='never') as batch_op:  # native DROP COLUMN
        batch_op.drop_column('last_change')
        batch_op.drop_column('first_change')
