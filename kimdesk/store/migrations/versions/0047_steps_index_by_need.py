"""the request steps' index by need holds the need and the tombstone only

Revision ID: 0047
Revises: 0046
Create Date: 2026-12-07

Issue 19 (disk per person): ``ix_responsibility_event_need_steps`` held every column the
committee report reads of a step (need, day, status, agency, forwarded to, request, id,
deleted): a second copy of almost the whole table, 0.41 KB per person at 10,000 people. Since
the report reads each need's standing from its stored timeline (0026), the steps are read only
for the needs marked dirty (a few after edits; all of them once after a bulk load or a join),
and a look-up of the rows by need costs little beside what the copy costs on disk and on each
write. It becomes ``ix_responsibility_event_need (need_id, deleted)``: the same need order (the
rows' ids follow the entries), a need without a live step is answered from the index alone.

The downgrade restores the covering index of 0039.
"""
from alembic import op

revision = '0047'
down_revision = '0046'
branch_labels = None
depends_on = None

_STEPS = ['need_id', 'on', 'status', 'agency_id', 'forwarded_to_id', 'responsibility_id', 'id', 'deleted']


def upgrade() -> None:
    op.drop_index('ix_responsibility_event_need_steps', table_name='responsibility_event')
    op.create_index('ix_responsibility_event_need', 'responsibility_event', ['need_id', 'deleted'])


def downgrade() -> None:
    op.drop_index('ix_responsibility_event_need', table_name='responsibility_event')
    op.create_index('ix_responsibility_event_need_steps', 'responsibility_event', _STEPS)
