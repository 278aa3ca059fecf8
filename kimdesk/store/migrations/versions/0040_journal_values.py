"""journal values in their compact stored form

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-06

Issue 19 (disk per person): a change's values (``change.data``) were JSON text, about 210 bytes
a change and 4.6 KB of 17 per person at 10,000 people, most of it field names, UUIDs, dates and
status words written out on every row. They are stored in store.journal_values' binary form
(field codes, UUIDs as 16 bytes, dates as day numbers, the closed vocabulary as indexes): some
90 bytes a change. The column keeps its declared type (SQLite stores a blob in any column; a
rebuild of the journal would rewrite it twice). The downgrade writes the values back as compact
JSON text, the form the capture wrote (parsed, the values are identical; tests/
test_journal_values.py compares a digest of the decoded journal across both).

The conversion is one UPDATE each way, through SQL functions registered here on the migration's
own connection: format 1 of store.journal_values is frozen (a version byte leads every value),
so its ``encode``/``decode`` are what this revision needs, now and later.
"""
import json

from alembic import op

from kimdesk.store.journal_values import decode, encode

revision = '0040'
down_revision = '0039'
branch_labels = None
depends_on = None

_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _functions() -> None:
    raw = op.get_bind().connection.driver_connection
    raw.create_function("kimdesk_0040_pack", 1, lambda text: encode(decode(text)), deterministic=True)
    raw.create_function("kimdesk_0040_json", 1, lambda blob: _json(decode(blob)), deterministic=True)


def upgrade() -> None:
    _functions()
    op.get_bind().exec_driver_sql("UPDATE change SET data = kimdesk_0040_pack(data) WHERE typeof(data) = 'text'")


def downgrade() -> None:
    _functions()
    op.get_bind().exec_driver_sql("UPDATE change SET data = kimdesk_0040_json(data) WHERE typeof(data) = 'blob'")
