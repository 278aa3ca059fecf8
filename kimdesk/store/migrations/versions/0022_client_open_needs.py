"""open-needs flag on client; request steps by request

Revision ID: 0022
Revises: 0020
Create Date: 2026-12-06

The client list's "open needs" filter probed every person's needs through a join (80 ms at
100,000 people for the count). ``client.open_needs`` stores the answer: 1 while the person
has a need that is open or in progress and not deleted. Triggers on ``need`` (and one on a
new ``client`` row, for rows sync applies needs-first) keep it, so every write path — the
services, import, sync apply, erasure — keeps it current; ``store.open_needs.refresh_open_needs`` recomputes
it for given people. A local, derived column: not mapped in the models, so it is neither
synced, exported nor audited.

It also indexes ``responsibility_event.responsibility_id``: the streamed export reads the steps
of 500 requests at a time (without it, each batch scanned every step).

Plain ``op.add_column``: a batch operation on ``client`` would drop 0020's expression indexes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0020'
branch_labels = None
depends_on = None

OPEN = ("EXISTS (SELECT 1 FROM need WHERE need.client_id = {who} AND need.deleted = 0 "
        "AND need.status IN ('open', 'in_progress'))")


def _set(who: str) -> str:
    flag = OPEN.format(who=who)
    return f"UPDATE client SET open_needs = {flag} WHERE id = {who} AND open_needs IS NOT {flag};"


TRIGGERS = [
    f"""CREATE TRIGGER need_open_needs_insert AFTER INSERT ON need BEGIN
        {_set('new.client_id')}
    END""",
    f"""CREATE TRIGGER need_open_needs_update AFTER UPDATE OF status, deleted, client_id ON need BEGIN
        {_set('new.client_id')}
        {_set('old.client_id')}
    END""",
    f"""CREATE TRIGGER need_open_needs_delete AFTER DELETE ON need BEGIN
        {_set('old.client_id')}
    END""",
    f"""CREATE TRIGGER client_open_needs_insert AFTER INSERT ON client BEGIN
        {_set('new.id')}
    END""",
]
TRIGGER_NAMES = ("need_open_needs_insert", "need_open_needs_update", "need_open_needs_delete",
                 "client_open_needs_insert")


def upgrade() -> None:
    op.add_column('client', sa.Column('open_needs', sa.Boolean(), nullable=False, server_default=sa.text('0')))
    op.execute(f"UPDATE client SET open_needs = {OPEN.format(who='client.id')}")
    op.execute("CREATE INDEX ix_client_open_needs ON client (open_needs, deleted)")
    for statement in TRIGGERS:
        op.execute(statement)
    op.create_index('ix_responsibility_event_responsibility_id', 'responsibility_event', ['responsibility_id'])


def downgrade() -> None:
    op.drop_index('ix_responsibility_event_responsibility_id', 'responsibility_event')
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP INDEX ix_client_open_needs")
    op.execute("ALTER TABLE client DROP COLUMN open_needs")
