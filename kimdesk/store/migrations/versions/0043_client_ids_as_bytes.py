"""every client id stored as 16 bytes: client.id and every column that holds it

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-06

Issue 19 (disk per person): after 0041 the ids still written out as 36 characters are the ones
other columns point at. A person's id is held by the person's row, its expression indexes (the
client list's sorts end in ``id``), every table of the record (``client_id``: needs, case phases,
contacts, releases, plans, records, tasks …, most with an index), the household links and the
search keys (``name_key``, a WITHOUT ROWID table keyed by (key, client_id) plus an index by
client). A person's id is converted here in all of them at once, so a foreign key never holds
text against blob; the models read and write them through ``models.types.StoredId``. An id that
is not a canonical lowercase UUID stays text (as in 0041 and the change journal's row keys).

Columns that may hold ids of several tables (audit.row_id, sync_conflict.row_id, task.source_key,
erased-row ids), client.household_id (no foreign key) and sync_erasure.client_id (bookkeeping)
stay text. The conversion is one UPDATE per column each way, foreign keys deferred to the end of
the transaction (parent and children change apart) and the tables' triggers set aside during the
UPDATE (open-needs and search-key triggers would recompute every person) and put back as they were.
"""
from alembic import op

revision = '0043'
down_revision = '0042'
branch_labels = None
depends_on = None

# frozen here: a later change of the models cannot change what this revision converts
COLUMNS = (("client", "id"), ("name_key", "client_id"), ("appointment", "client_id"), ("assessment", "client_id"),
           ("benefit_record", "client_id"), ("case_phase", "client_id"), ("case_plan", "client_id"),
           ("conference_client", "client_id"), ("consent", "client_id"), ("counselling_contact", "client_id"),
           ("finding_case", "client_id"), ("first_contact", "client_id"), ("household_member", "client_id"),
           ("household_member", "member_client_id"), ("need", "client_id"), ("residence_record", "client_id"),
           ("school_entry", "client_id"), ("task", "client_id"), ("action_item", "client_id"),
           ("plan_goal", "client_id"), ("plan_measure", "client_id"))

_H = "[0-9a-f]"
_UUID_GLOB = "-".join(_H * n for n in (8, 4, 4, 4, 12))


def _to_bytes(expr: str) -> str:
    return f"unhex(replace({expr}, '-', ''))"


def _to_text(expr: str) -> str:
    h = f"lower(hex({expr}))"
    return " || '-' || ".join(f"substr({h}, {start}, {n})" for start, n in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12)))


def _convert(statements: list[str]) -> None:
    conn = op.get_bind()
    # parent and children are updated one after the other: checked at the commit
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
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
