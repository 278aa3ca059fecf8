"""row ids of the largest person tables stored as 16 bytes

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-06

Issue 19 (disk per person): a UUID written out is 36 characters; in its 16 bytes it saves 20 in
the table's cell and 20 in every index entry that holds it. This revision stores so the ids of
the steps of requests (``responsibility_event``: the id sits in the table, its unique index and
the committee report's covering index), the case phases, counselling contacts, releases
(``consent``), measures of plans, residence and benefit records and household members — the
largest tables whose ids no other column references, so no foreign key holds text against blob. The models
read and write these columns through ``models.types.StoredId``; an id that is not a canonical
lowercase UUID stays text (as the change journal's row keys, store.journal_codes).

The conversion is one UPDATE per column each way. The columns keep their declared type (SQLite
keeps a blob in a text column; a rebuild would be needed otherwise, and ``client``'s expression
indexes must not be rebuilt by batch mode). The triggers of these tables are set aside during
the UPDATE (the standing timeline's would mark every need as to be recomputed) and put back as
they were.
"""
from alembic import op

revision = '0041'
down_revision = '0040'
branch_labels = None
depends_on = None

# frozen here: a later change of the models cannot change what this revision converts
COLUMNS = (("responsibility_event", "id"), ("case_phase", "id"), ("counselling_contact", "id"), ("consent", "id"),
           ("plan_measure", "id"), ("residence_record", "id"), ("household_member", "id"), ("benefit_record", "id"))

_H = "[0-9a-f]"
_UUID_GLOB = "-".join(_H * n for n in (8, 4, 4, 4, 12))


def _to_bytes(expr: str) -> str:
    return f"unhex(replace({expr}, '-', ''))"


def _to_text(expr: str) -> str:
    h = f"lower(hex({expr}))"
    return " || '-' || ".join(f"substr({h}, {start}, {n})" for start, n in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12)))


def _convert(statements: list[str]) -> None:
    conn = op.get_bind()
    tables = sorted({t for t, _c in COLUMNS})
    triggers = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({','.join('?' * len(tables))}) "
        "ORDER BY name", tuple(tables)).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    for statement in statements:
        conn.exec_driver_sql(statement)
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)


def upgrade() -> None:
    _convert([f'UPDATE "{t}" SET "{c}" = {_to_bytes(c)} WHERE "{c}" GLOB \'{_UUID_GLOB}\'' for t, c in COLUMNS])


def downgrade() -> None:
    _convert([f'UPDATE "{t}" SET "{c}" = {_to_text(c)} WHERE typeof("{c}") = \'blob\' AND length("{c}") = 16'
               for t, c in COLUMNS])
