"""drop indexes that are a prefix of another index

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-06

Issue 19 (disk per person): an index whose columns begin another, non-partial index of the same
table answers no query that the longer one cannot, yet every row pays for it on disk and on each
write. Two such indexes remained:

- ``ix_responsibility_agency_id (agency_id)`` begins ``ix_responsibility_agency_status
  (agency_id, status, deleted, need_id, id)`` (0.09 KB per person at 10,000 people);
- ``ix_sync_conflict_row (entity, row_id)`` begins the unique ``uq_sync_conflict_loser``.

``tests/test_prefix_indexes.py`` keeps the schema free of such pairs and pins the plans.
"""
from alembic import op

revision = '0039'
down_revision = '0038'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_responsibility_agency_id', table_name='responsibility')
    op.drop_index('ix_sync_conflict_row', table_name='sync_conflict')


def downgrade() -> None:
    op.create_index('ix_sync_conflict_row', 'sync_conflict', ['entity', 'row_id'])
    op.create_index('ix_responsibility_agency_id', 'responsibility', ['agency_id'])
