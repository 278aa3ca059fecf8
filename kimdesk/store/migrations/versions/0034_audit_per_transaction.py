"""audit per transaction

Revision ID: 0034
Revises: 0032
Create Date: 2026-12-06

Issue 19: one audit entry per transaction instead of one per change. The entry carries the
number of its changes and the sha256 of them (``digest``); a unit of work's entry points at
its change-journal rows (``first_change``) instead of copying them. ``version`` marks the
format of each entry: the entries written before this migration keep NULL and their hashes,
untouched, and still verify by the first format's rule — nothing is rewritten.
"""
from alembic import op
import sqlalchemy as sa


revision = '0034'
down_revision = '0032'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('audit', sa.Column('version', sa.Integer(), nullable=True))
    op.add_column('audit', sa.Column('changes', sa.Integer(), nullable=True))
    op.add_column('audit', sa.Column('first_change', sa.Integer(), nullable=True))
    op.add_column('audit', sa.Column('digest', sa.String(length=64), nullable=True))
    op.create_index('ix_audit_first', 'audit', ['first_change'], unique=False)


def downgrade() -> None:
    # entries of the second format cannot be expressed in the first: refuse rather than lose them
    conn = op.get_bind()
    if conn.exec_driver_sql("SELECT 1 FROM audit WHERE version IS NOT NULL LIMIT 1").first():
        raise RuntimeError("audit entries of format 2 exist; a downgrade would break the chain")
    op.drop_index('ix_audit_first', table_name='audit')
    with op.batch_alter_table('audit') as batch:
        for col in ('digest', 'first_change', 'changes', 'version'):
            batch.drop_column(col)
