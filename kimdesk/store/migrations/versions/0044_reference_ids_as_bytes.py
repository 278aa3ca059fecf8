"""ids of needs, requests and offices stored as 16 bytes, with every column that holds them

Revision ID: 0044
Revises: 0043
Create Date: 2026-12-06

Issue 19 (disk per person), after 0041: the ids that other columns point at. A need's id sits in
``need`` and its indexes, in every request and request step (and the committee report's covering
index), in the standing timeline; a request's in its steps and plan measures; an office's in
requests, steps, releases, appointments, participants, action items, benefit records and plan
measures. Each id is converted together with every column that holds it (a text compared with a
blob is simply unequal), as ``models.types.StoredId`` reads and writes them; an id that is not a
canonical lowercase UUID stays text in all of them alike.

Columns that may hold ids of several tables (``audit.row_id``, ``sync_conflict.row_id``,
``task.source_key``, erasure row ids) and ids inside JSON (team settings, ``offices_involved``)
stay text. One UPDATE per column each way; the foreign keys are checked at the commit
(``defer_foreign_keys``: a parent and its children are converted by separate statements; the
child columns no index starts with are indexed meanwhile, ``UNINDEXED``); the
triggers of these tables are set aside during the UPDATE (the standing timeline's would mark every
need as to be recomputed) and put back as they were.
"""
from alembic import op

revision = '0044'
down_revision = '0043'
branch_labels = None
depends_on = None

# frozen here: a later change of the models cannot change what this revision converts
COLUMNS = (("need", "id"), ("responsibility", "id"), ("agency", "id"),
           ("responsibility", "need_id"), ("responsibility", "agency_id"),
           ("responsibility_event", "need_id"), ("responsibility_event", "responsibility_id"),
           ("responsibility_event", "agency_id"), ("responsibility_event", "forwarded_to_id"),
           ("plan_measure", "responsibility_id"), ("plan_measure", "who_agency_id"),
           ("consent", "agency_id"), ("appointment", "agency_id"), ("benefit_record", "agency_id"),
           ("participant", "agency_id"), ("action_item", "who_agency_id"),
           ("need_standing", "need_id"), ("need_standing", "agency_id"), ("need_standing_dirty", "need_id"))

# columns pointing at a converted id that no index starts with: while a parent's key changes,
# SQLite looks for its children through such an index, or scans the child table once per parent
# row (a request's id: every plan measure, 25,000 times at 10,000 people). Indexed for the
# conversion only.
UNINDEXED = (("plan_measure", "responsibility_id"), ("plan_measure", "who_agency_id"),
             ("responsibility_event", "agency_id"), ("responsibility_event", "forwarded_to_id"),
             ("appointment", "agency_id"), ("benefit_record", "agency_id"), ("participant", "agency_id"),
             ("action_item", "who_agency_id"))

_H = "[0-9a-f]"
_UUID_GLOB = "-".join(_H * n for n in (8, 4, 4, 4, 12))


def _to_bytes(expr: str) -> str:
    return f"unhex(replace({expr}, '-', ''))"


def _to_text(expr: str) -> str:
    h = f"lower(hex({expr}))"
    return " || '-' || ".join(f"substr({h}, {start}, {n})" for start, n in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12)))


def _convert(statements: list[str]) -> None:
    conn = op.get_bind()
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # until the commit; reset by it
    tables = sorted({t for t, _c in COLUMNS})
    triggers = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({','.join('?' * len(tables))}) "
        "ORDER BY name", tuple(tables)).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    for t, c in UNINDEXED:
        conn.exec_driver_sql(f'CREATE INDEX "tmp_0044_{t}_{c}" ON "{t}" ("{c}")')
    for statement in statements:
        conn.exec_driver_sql(statement)
    for t, c in UNINDEXED:
        conn.exec_driver_sql(f'DROP INDEX "tmp_0044_{t}_{c}"')
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)


def upgrade() -> None:
    _convert([f'UPDATE "{t}" SET "{c}" = {_to_bytes(c)} WHERE "{c}" GLOB \'{_UUID_GLOB}\'' for t, c in COLUMNS])


def downgrade() -> None:
    _convert([f'UPDATE "{t}" SET "{c}" = {_to_text(c)} WHERE typeof("{c}") = \'blob\' AND length("{c}") = 16'
               for t, c in COLUMNS])
