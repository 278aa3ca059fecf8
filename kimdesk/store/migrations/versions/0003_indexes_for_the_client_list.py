"""Indexes for the desktop's client list (order by name, open-needs filter).

Revision ID: 0003
Revises: 0001
"""
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index("ix_client_list_name", ["family_name", "given_name", "id"], unique=False)
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index("ix_need_open", ["client_id", "status", "deleted"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index("ix_need_open")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_list_name")
