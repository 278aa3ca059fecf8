"""the school deadline rules find a school need by its category; overdue measures from their index

Revision ID: 0048
Revises: 0047
Create Date: 2026-12-07

Issue 19: ``school_place_missing`` and ``compulsory_schooling`` asked every young person in their
age range "an open need for a school place?" in ``ix_need_open`` (client_id first): at 200,000
people some 40,000 random probes that touched almost every page of a 20 MB index in each
evaluation, and with the other rules' pages it no longer fit the 64 MiB page cache, so each pass
decrypted it again. ``ix_need_category (category, status, deleted, client_id)`` holds the few
school needs side by side: the same probe reads a small, hot slice of it.

``ix_plan_measure_open_due`` (status, due) gains the columns ``measure_overdue`` checks and returns
(deleted, client_id, id): the rule read every overdue measure's row (most of the table at 200,000
people) where now it reads the index; a measure's text is read only for a new follow-up. The tasks
view reads its prefix as before.
"""
from alembic import op

revision = '0048'
down_revision = '0047'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_need_category', 'need', ['category', 'status', 'deleted', 'client_id'])
    op.drop_index('ix_plan_measure_open_due', table_name='plan_measure')
    op.create_index('ix_plan_measure_open_due', 'plan_measure', ['status', 'due', 'deleted', 'client_id', 'id'])


def downgrade() -> None:
    op.drop_index('ix_plan_measure_open_due', table_name='plan_measure')
    op.create_index('ix_plan_measure_open_due', 'plan_measure', ['status', 'due'])
    op.drop_index('ix_need_category', table_name='need')
