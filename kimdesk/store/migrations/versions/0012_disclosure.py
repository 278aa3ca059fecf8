"""disclosure: data kind and health flag per item, attendance per TOP, oral health releases

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

Issue 12: an office's copy holds only what its release covers. Agenda items, needs,
counselling contacts, plan goals and measures carry the kind of data (consent vocabulary) and a health flag (Art. 9
GDPR); participants a role (person, guardian, interpreter), when they left and came back,
and the reason for staying during a TOP their release does not cover; a release the
special circumstances of an oral health release.
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

ITEMS = ('agenda_item', 'need', 'counselling_contact', 'plan_goal', 'plan_measure')


def upgrade() -> None:
    for table in ITEMS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('data_kind', sa.String(length=20), nullable=True))
            batch_op.add_column(sa.Column('health', sa.Boolean(), server_default=sa.text('0'), nullable=False))
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('role', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('left_after_item_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('back_from_item_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('disclosure_reason', sa.Text(), nullable=True))
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('oral_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('consent', recreate='never') as batch_op:  # native DROP COLUMN
        batch_op.drop_column('oral_reason')
    with op.batch_alter_table('participant', recreate='never') as batch_op:
        for column in ('disclosure_reason', 'back_from_item_id', 'left_after_item_id', 'role'):
            batch_op.drop_column(column)
    for table in ITEMS:
        with op.batch_alter_table(table, recreate='never') as batch_op:
            batch_op.drop_column('health')
            batch_op.drop_column('data_kind')
