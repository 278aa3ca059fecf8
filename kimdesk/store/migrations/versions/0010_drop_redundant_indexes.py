"""Drop two indexes that a wider index already covers (every write paid for them twice).

``ix_client_family_name`` is a prefix of ``ix_client_list_name`` (family_name, given_name, id);
``ix_need_client_id`` is a prefix of ``ix_need_open`` (client_id, status, deleted).

Revision ID: 0010
Revises: 0007
Create Date: 2026-11-25
"""

from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_client_family_name", table_name="client")
    op.drop_index("ix_need_client_id", table_name="need")


def downgrade() -> None:
    op.create_index("ix_need_client_id", "need", ["client_id"])
    op.create_index("ix_client_family_name", "client", ["family_name"])
