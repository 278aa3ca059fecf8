"""appointments and opening hours

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-06

Issue 16: the person's appointments (date, time, place, with whom, the office) as their own
table, distinct from the team's follow-ups, and the opening hours of an office in the agency
catalogue – both printed on the hand-out.
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('appointment',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('at', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('with_whom', sa.String(length=300), nullable=True),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_appointment_agency_id_agency')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_appointment_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment'))
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_client_id'), ['client_id'], unique=False)
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.add_column(sa.Column('opening_hours', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.drop_column('opening_hours')
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_client_id'))
    op.drop_table('appointment')
