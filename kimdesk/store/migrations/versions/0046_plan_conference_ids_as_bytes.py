"""ids of plans, goals, meetings, agenda items, findings and every other team-data row stored as 16 bytes

Revision ID: 0046
Revises: 0045
Create Date: 2026-12-07

Issue 19 (disk per person), after 0041, 0043 and 0044: the last team-data ids written out as 36
characters. A plan's id sits in its goals, a goal's in its measures, a meeting's in its linked
persons, participants, agenda items and addenda, an agenda item's in its decisions and action
items and in a participant's attendance (``left_after_item_id``, ``back_from_item_id``: no foreign
key, participants are written before the agenda), a finding's in its linked cases. Each id is
converted together with every column that holds it (a text compared with a blob is simply
unequal); the ids no other column holds (tasks, appointments, assessments, first contacts, school
entries and places, report texts, team settings, anonymous counts, conflict resolutions, and the
children above) are converted with them. An id that is not a canonical lowercase UUID stays text in
all of them alike, as ``models.types.StoredId`` reads and writes them.

Columns that may hold ids of several tables (``audit.row_id``, ``sync_conflict.row_id``,
``conflict_resolution.row_id``, ``task.source_key``, erasure row ids) stay text. One UPDATE per
column each way; the foreign keys are checked at the commit (``defer_foreign_keys``: a parent and
its children are converted by separate statements; every child column here that has a foreign key
is the first column of an index, so no temporary index is needed); the triggers of these tables are
set aside during the UPDATE and put back as they were.
"""
from alembic import op

revision = '0046'
down_revision = '0045'
branch_labels = None
depends_on = None

# frozen here: a later change of the models cannot change what this revision converts
COLUMNS = (("case_plan", "id"), ("plan_goal", "id"), ("plan_goal", "plan_id"), ("plan_measure", "goal_id"),
           ("conference", "id"), ("conference_client", "id"), ("conference_client", "conference_id"),
           ("participant", "id"), ("participant", "conference_id"), ("participant", "left_after_item_id"),
           ("participant", "back_from_item_id"), ("agenda_item", "id"), ("agenda_item", "conference_id"),
           ("decision", "id"), ("decision", "agenda_item_id"), ("action_item", "id"),
           ("action_item", "agenda_item_id"), ("addendum", "id"), ("addendum", "conference_id"),
           ("structural_finding", "id"), ("finding_case", "id"), ("finding_case", "finding_id"),
           ("task", "id"), ("appointment", "id"), ("assessment", "id"), ("first_contact", "id"),
           ("school_entry", "id"), ("school_place", "id"), ("report_text", "id"), ("team_setting", "id"),
           ("anonymous_count", "id"), ("conflict_resolution", "id"))

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
    for statement in statements:
        conn.exec_driver_sql(statement)
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)


def upgrade() -> None:
    _convert([f'UPDATE "{t}" SET "{c}" = {_to_bytes(c)} WHERE "{c}" GLOB \'{_UUID_GLOB}\'' for t, c in COLUMNS])


def downgrade() -> None:
    _convert([f'UPDATE "{t}" SET "{c}" = {_to_text(c)} WHERE typeof("{c}") = \'blob\' AND length("{c}") = 16'
               for t, c in COLUMNS])
