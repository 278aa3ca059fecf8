"""need standing timeline

Revision ID: 0026
Revises: 0024
Create Date: 2026-12-06

The committee report needs every need's standing with the offices on one day (issue 17: under
3 s at 100,000 people). A standing only changes on the days of the need's request steps, so
``need_standing`` keeps it as intervals [valid_from, valid_to) — state, agency, Pingpong, first
acceptance, first request, as ``kimdesk.figures.flags.standing`` reads them for an unfinished
need — and the report reads the day's interval of each need by its primary key.

Triggers on ``responsibility_event`` and ``responsibility`` put the need into
``need_standing_dirty`` on every write (services, import, sync apply, erasure), and one on
``need`` drops the intervals of a need deleted for good; before a report
``kimdesk.services.reports.committee.standing_timeline.refresh`` recomputes the dirty needs
only. Both tables are local and derived: not mapped in the models, so neither synced,
exported nor audited, and ``standing_timeline.rebuild`` recomputes them from scratch.
The upgrade marks every need dirty: the first report afterwards builds the whole timeline.
"""
from alembic import op

revision = '0026'
down_revision = '0024'
branch_labels = None
depends_on = None


def _mark(need: str) -> str:
    return f"INSERT OR IGNORE INTO need_standing_dirty(need_id) SELECT {need} WHERE {need} IS NOT NULL;"


TRIGGERS = []
for _table in ("responsibility_event", "responsibility"):
    TRIGGERS += [
        f"""CREATE TRIGGER {_table}_standing_insert AFTER INSERT ON {_table} BEGIN
            {_mark('new.need_id')}
        END""",
        f"""CREATE TRIGGER {_table}_standing_update AFTER UPDATE ON {_table} BEGIN
            {_mark('new.need_id')}
            {_mark('old.need_id')}
        END""",
        f"""CREATE TRIGGER {_table}_standing_delete AFTER DELETE ON {_table} BEGIN
            {_mark('old.need_id')}
        END""",
    ]
TRIGGERS.append("""CREATE TRIGGER need_standing_need_delete AFTER DELETE ON need BEGIN
        DELETE FROM need_standing WHERE need_id = old.id;
    END""")
TRIGGER_NAMES = tuple(f"{t}_standing_{w}" for t in ("responsibility_event", "responsibility")
                      for w in ("insert", "update", "delete")) + ("need_standing_need_delete",)


def upgrade() -> None:
    op.execute("""CREATE TABLE need_standing (
        need_id VARCHAR(36) NOT NULL,
        valid_from VARCHAR(10) NOT NULL,
        valid_to VARCHAR(10),
        state VARCHAR(20) NOT NULL,
        agency_id VARCHAR(36),
        pingpong BOOLEAN NOT NULL,
        accepted_on VARCHAR(10),
        first_request VARCHAR(10),
        PRIMARY KEY (need_id, valid_from)
    ) WITHOUT ROWID""")
    op.execute("CREATE TABLE need_standing_dirty (need_id VARCHAR(36) NOT NULL PRIMARY KEY) WITHOUT ROWID")
    for statement in TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO need_standing_dirty(need_id) SELECT id FROM need")


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE need_standing_dirty")
    op.execute("DROP TABLE need_standing")
