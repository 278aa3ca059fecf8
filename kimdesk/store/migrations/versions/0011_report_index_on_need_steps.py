"""report index on need steps

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25

The committee report (issue 6) reads the steps of every need's requests in one pass in need
order. This partial covering index (live rows only) lets SQLite stream them without sorting
400,000 rows; nothing else changes.
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('responsibility_event', schema=None) as batch_op:
        batch_op.create_index('ix_responsibility_event_need_steps',
                              ['need_id', 'on', 'status', 'agency_id', 'forwarded_to_id', 'responsibility_id', 'id'],
                              unique=False, sqlite_where=sa.text('deleted = 0'))


def downgrade() -> None:
    with op.batch_alter_table('responsibility_event', schema=None) as batch_op:
        batch_op.drop_index('ix_responsibility_event_need_steps', sqlite_where=sa.text('deleted = 0'))
