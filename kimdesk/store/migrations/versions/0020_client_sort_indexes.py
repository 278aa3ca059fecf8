"""client sort indexes

Revision ID: 0020
Revises: 0012, 0013, 0014, 0017
Create Date: 2026-12-06

Sorting the client list by birth date, municipality, residence status, case manager, given
name, case number or status sorted every row of the table for the first page (57 ms at
100,000 people). One index per sort column, in the shape of ``ix_client_list_name``; the
nullable columns by the expression ``coalesce(col, '')`` the list query uses
(``models.list_indexes.sort_key``).

It also joins the migrations of this development round into one head, and it comes last on
purpose: Alembic's batch mode (SQLite's way to alter a table) recreates a table with the
indexes it can reflect, and SQLAlchemy cannot reflect expression indexes — a batch operation on
``client`` after this one would drop them. A later migration that alters ``client`` in batch
mode must create these indexes again.
"""
from alembic import op

revision = '0020'
down_revision = ('0012', '0013', '0014', '0017')
branch_labels = None
depends_on = None

NULLABLE = ("birth_date", "municipality", "residence_status", "case_manager")
NOT_NULL = ("given_name", "case_number", "status")


def upgrade() -> None:
    for name in NULLABLE:
        op.execute(f"CREATE INDEX ix_client_sort_{name} ON client (coalesce({name}, ''), given_name, id)")
    for name in NOT_NULL:
        op.execute(f"CREATE INDEX ix_client_sort_{name} ON client ({name}, given_name, id)")


def downgrade() -> None:
    for name in NULLABLE + NOT_NULL:
        op.execute(f"DROP INDEX ix_client_sort_{name}")
