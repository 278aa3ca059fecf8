"""report texts and school places

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-06

Issue 17: the Sachstandsbericht's text sections (``report_text``), the places schools offer per
intake with their operator (``school_place``), and whether a structural finding's description
was reviewed for publication (``structural_finding.reviewed``, default: not reviewed).
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_text',
    sa.Column('report', sa.String(length=30), nullable=False),
    sa.Column('date_from', sa.Date(), nullable=False),
    sa.Column('date_to', sa.Date(), nullable=False),
    sa.Column('section', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_text'))
    )
    op.create_table('school_place',
    sa.Column('municipality', sa.String(length=200), nullable=True),
    sa.Column('school_form', sa.String(length=20), nullable=False),
    sa.Column('operator', sa.String(length=20), nullable=False),
    sa.Column('school', sa.String(length=300), nullable=True),
    sa.Column('intake_on', sa.Date(), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_place'))
    )
    with op.batch_alter_table('structural_finding', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reviewed', sa.Boolean(), server_default=sa.text('0'), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('structural_finding', schema=None) as batch_op:
        batch_op.drop_column('reviewed')
    op.drop_table('school_place')
    op.drop_table('report_text')
