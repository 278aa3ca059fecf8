"""Merge the branches of the first development round: sync state, desktop lists, case cycle.

Revision ID: 0007
Revises: 0002, 0003, 0005
Create Date: 2026-11-25
"""

revision = "0007"
down_revision = ("0002", "0003", "0005")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
