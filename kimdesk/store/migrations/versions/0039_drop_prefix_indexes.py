"""drop indexes that are a prefix of another index

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-06

Issue 19 (disk per person): an index whose columns begin another, non-partial index of the same
table answers no query that the longer one cannot, yet every row pays for it on disk and on each
write. Three such indexes remained (0.28 KB of 17 per person at 10,000 people, and one index
write less for each request, step and conflict):

- ``ix_responsibility_agency_id (agency_id)`` begins ``ix_responsibility_agency_status
  (agency_id, status, deleted, need_id, id)`` (0.09 KB per person at 10,000 people);
- ``ix_sync_conflict_row (entity, row_id)`` begins the unique ``uq_sync_conflict_loser``;
- ``ix_responsibility_event_need_id (need_id)`` (0.19 KB per person): the committee report's
  ``ix_responsibility_event_need_steps`` began with it but was partial (``deleted = 0``), so the
  look-ups of all of a need's steps could not use it. It is rebuilt whole with ``deleted`` as its
  last column: the report's reads stay on the index alone (they filter ``deleted = 0`` in it; the
  deleted steps are few), its order is the same (``id`` before ``deleted`` makes every entry
  unique), and it serves every look-up by need.

``tests/test_prefix_indexes.py`` keeps the schema free of such pairs and pins the plans.
"""
import sqlalchemy as sa
from alembic import op

revision = '0039'
down_revision = '0038'
branch_labels = None
depends_on = None


_STEPS = ['need_id', 'on', 'status', 'agency_id', 'forwarded_to_id', 'responsibility_id', 'id']


def upgrade() -> None:
    op.drop_index('ix_responsibility_agency_id', table_name='responsibility')
    op.drop_index('ix_sync_conflict_row', table_name='sync_conflict')
    op.drop_index('ix_responsibility_event_need_steps', table_name='responsibility_event')
    op.create_index('ix_responsibility_event_need_steps', 'responsibility_event', [*_STEPS, 'deleted'])
    op.drop_index('ix_responsibility_event_need_id', table_name='responsibility_event')


def downgrade() -> None:
    op.create_index('ix_responsibility_event_need_id', 'responsibility_event', ['need_id'])
    op.drop_index('ix_responsibility_event_need_steps', table_name='responsibility_event')
    op.create_index('ix_responsibility_event_need_steps', 'responsibility_event', _STEPS,
                    sqlite_where=sa.text('deleted = 0'))
    op.create_index('ix_sync_conflict_row', 'sync_conflict', ['entity', 'row_id'])
    op.create_index('ix_responsibility_agency_id', 'responsibility', ['agency_id'])
