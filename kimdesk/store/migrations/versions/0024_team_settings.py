"""team settings

Revision ID: 0024
Revises: 0022
Create Date: 2026-12-06

Issue 16: the controller and data protection officer named on the Art. 13 information sheet
and in the Art. 15 export become team data (``team_setting``: one synced row per key, id
derived from the key) instead of a setting on each laptop.
"""
from alembic import op
import sqlalchemy as sa


revision = '0024'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('team_setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_setting'))
    )


def downgrade() -> None:
    op.drop_table('team_setting')
