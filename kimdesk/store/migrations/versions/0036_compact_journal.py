"""compact change journal

Revision ID: 0036
Revises: 0034
Create Date: 2026-12-06

Issue 19: the change journal stores its table, device and writer names as small integer codes
(``journal_name``) and canonical UUID row ids as 16 bytes, in the table and its three indexes
(see store.journal_codes). The rows are converted set-based in SQL, sequence numbers kept (the
audit entries point at them); the downgrade restores the text form the same way.
"""
from alembic import op
import sqlalchemy as sa


# The SQL below is copied from store.journal_codes as it stood at this revision, so a later change
# there cannot change what this migration does (tests/test_compact_journal.py pins both).
_H = "[0-9a-f]"
_UUID_GLOB = "-".join(_H * n for n in (8, 4, 4, 4, 12))


def row_key_sql(expr: str) -> str:
    """SQL of the stored form (16 bytes for a canonical UUID) of the text row id ``expr``."""
    return f"(CASE WHEN {expr} GLOB '{_UUID_GLOB}' THEN unhex(replace({expr}, '-', '')) ELSE {expr} END)"


def row_id_sql(expr: str) -> str:
    """SQL of the text form of the stored row id ``expr``."""
    h = f"lower(hex({expr}))"
    parts = " || '-' || ".join(f"substr({h}, {start}, {n})" for start, n in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12)))
    return f"(CASE WHEN typeof({expr}) = 'blob' THEN {parts} ELSE {expr} END)"


def name_sql(code_expr: str) -> str:
    """SQL of the name of a journal code (NULL for NULL)."""
    return f"(SELECT name FROM journal_name WHERE code = {code_expr})"


revision = '0036'
down_revision = '0034'
branch_labels = None
depends_on = None

_INDEXES = {"text": [("ix_change_row", ["entity", "row_id"], False),
                     ("ix_change_device_segment", ["device", "segment"], False),
                     ("ux_change_origin", ["device", "stamp", "row_id"], True)],
            "codes": [("ix_change_row", ["entity_code", "row_key"], False),
                      ("ix_change_device_segment", ["device_code", "segment"], False),
                      ("ux_change_origin", ["device_code", "stamp", "row_key"], True)]}


def _rebuild(form: str, columns: list[sa.Column], select: str) -> None:
    """Replace ``change`` by a table of ``columns`` filled by ``select``, keeping seqs and the counter."""
    conn = op.get_bind()
    last = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'change'").scalar()
    op.create_table('change_new', sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
                    *columns, sa.Column('seen', sa.Integer(), nullable=True),
                    sa.Column('segment', sa.Integer(), nullable=True),
                    sa.PrimaryKeyConstraint('seq', name='pk_change'), sqlite_autoincrement=True)
    conn.exec_driver_sql(f"INSERT INTO change_new SELECT {select} FROM change c ORDER BY c.seq")
    op.drop_table('change')
    op.rename_table('change_new', 'change')
    for name, cols, unique in _INDEXES[form]:
        op.create_index(name, 'change', cols, unique=unique)
    if last is not None:
        conn.exec_driver_sql("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'change'", (last,))
        conn.exec_driver_sql("INSERT INTO sqlite_sequence(name, seq) SELECT 'change', ? WHERE NOT EXISTS "
                             "(SELECT 1 FROM sqlite_sequence WHERE name = 'change')", (last,))


def upgrade() -> None:
    op.create_table('journal_name',
                    sa.Column('code', sa.Integer(), nullable=False),
                    sa.Column('name', sa.String(length=200), nullable=False),
                    sa.PrimaryKeyConstraint('code', name='pk_journal_name'),
                    sa.UniqueConstraint('name', name='uq_journal_name_name'))
    conn = op.get_bind()
    conn.exec_driver_sql(
        "INSERT INTO journal_name(name) SELECT entity FROM change UNION SELECT device FROM change "
        "UNION SELECT actor FROM change WHERE actor IS NOT NULL")
    _rebuild("codes", [sa.Column('entity_code', sa.Integer(), nullable=False),
                       sa.Column('row_key', sa.LargeBinary(), nullable=False),
                       sa.Column('data', sa.JSON(), nullable=False),
                       sa.Column('stamp', sa.BigInteger(), nullable=False),
                       sa.Column('device_code', sa.Integer(), nullable=False),
                       sa.Column('actor_code', sa.Integer(), nullable=True)],
             "c.seq, (SELECT code FROM journal_name WHERE name = c.entity), " + row_key_sql("c.row_id")
             + ", c.data, c.stamp, (SELECT code FROM journal_name WHERE name = c.device), "
             "(SELECT code FROM journal_name WHERE name = c.actor), c.seen, c.segment")


def downgrade() -> None:
    _rebuild("text", [sa.Column('entity', sa.String(length=40), nullable=False),
                      sa.Column('row_id', sa.String(length=36), nullable=False),
                      sa.Column('data', sa.JSON(), nullable=False),
                      sa.Column('stamp', sa.BigInteger(), nullable=False),
                      sa.Column('device', sa.String(length=36), nullable=False),
                      sa.Column('actor', sa.String(length=200), nullable=True)],
             f"c.seq, {name_sql('c.entity_code')}, {row_id_sql('c.row_key')}, c.data, c.stamp, "
             f"{name_sql('c.device_code')}, {name_sql('c.actor_code')}, c.seen, c.segment")
    op.drop_table('journal_name')
