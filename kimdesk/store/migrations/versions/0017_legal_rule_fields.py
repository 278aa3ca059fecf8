"""legal rule fields on the client

Revision ID: 0017
Revises: 0011
Create Date: 2026-12-06

The responsibility finder and the deadline rules (issue 12) need a few facts the residence
status alone does not hold: since when deportation is suspended (§ 1 Abs. 1 Nr. 3 c
AsylbLG), the BAMF decision and the day it was served (§§ 74, 36 AsylG; § 29 Abs. 2
AufenthG), and a residence rule under § 12a AufenthG (place and end). All optional.
"""
from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.add_column(sa.Column('suspended_since', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('bamf_decision', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('bamf_decision_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('residence_rule_place', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('residence_rule_until', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_column('residence_rule_until')
        batch_op.drop_column('residence_rule_place')
        batch_op.drop_column('bamf_decision_on')
        batch_op.drop_column('bamf_decision')
        batch_op.drop_column('suspended_since')
