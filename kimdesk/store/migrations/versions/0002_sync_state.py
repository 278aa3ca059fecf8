"""sync state

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Sync bookkeeping (knowledge vectors, cursors, outgoing segments, conflicts, erasures), the
synced conflict resolutions, and a unique index that gives every change its identity across
laptops (device, stamp, row), so applying a segment twice inserts nothing twice.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conflict_resolution',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('lost_device', sa.String(length=36), nullable=False),
    sa.Column('lost_stamp', sa.BigInteger(), nullable=False),
    sa.Column('choice', sa.String(length=10), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_resolution'))
    )
    with op.batch_alter_table('conflict_resolution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_resolution_row_id'), ['row_id'], unique=False)

    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('kept', sa.Text(), nullable=True),
    sa.Column('kept_stamp', sa.BigInteger(), nullable=True),
    sa.Column('kept_device', sa.String(length=36), nullable=True),
    sa.Column('lost', sa.Text(), nullable=True),
    sa.Column('lost_stamp', sa.BigInteger(), nullable=False),
    sa.Column('lost_device', sa.String(length=36), nullable=False),
    sa.Column('lost_actor', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict')),
    sa.UniqueConstraint('entity', 'row_id', 'field', 'lost_device', 'lost_stamp', name='uq_sync_conflict_loser'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflict_row', ['entity', 'row_id'], unique=False)

    op.create_table('sync_cursor',
    sa.Column('device', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('device', name=op.f('pk_sync_cursor'))
    )
    op.create_table('sync_erased',
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('erasure_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('row_id', name=op.f('pk_sync_erased')),
    sqlite_with_rowid=False
    )
    op.create_table('sync_erasure',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('stamp', sa.BigInteger(), nullable=False),
    sa.Column('device', sa.String(length=36), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('segment', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_erasure')),
    sa.UniqueConstraint('device', 'stamp', name='uq_sync_erasure_origin'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('sync_erasure', schema=None) as batch_op:
        batch_op.create_index('ix_sync_erasure_device_segment', ['device', 'segment'], unique=False)

    op.create_table('sync_knowledge',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('vector', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_knowledge')),
    sa.UniqueConstraint('vector', name=op.f('uq_sync_knowledge_vector')),
    sqlite_autoincrement=True
    )
    op.create_table('sync_outgoing',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('requires', sa.Text(), nullable=False),
    sa.Column('changes', sa.Integer(), nullable=False),
    sa.Column('created', sa.String(length=32), nullable=False),
    sa.Column('sent', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outgoing'))
    )
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.create_index('ux_change_origin', ['device', 'stamp', 'row_id'], unique=True)



def downgrade() -> None:
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_index('ux_change_origin')

    op.drop_table('sync_outgoing')
    op.drop_table('sync_knowledge')
    with op.batch_alter_table('sync_erasure', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_erasure_device_segment')

    op.drop_table('sync_erasure')
    op.drop_table('sync_erased')
    op.drop_table('sync_cursor')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflict_row')

    op.drop_table('sync_conflict')
    with op.batch_alter_table('conflict_resolution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_resolution_row_id'))

    op.drop_table('conflict_resolution')
