"""search-key triggers that a bulk writer can switch off

Revision ID: 0032
Revises: 0026
Create Date: 2026-12-06

Issue 19 (lean sync apply): the triggers that store a person's search keys (0001) ran a Python
function and a JSON array per row, in the order the rows came. The insert and update triggers
now run only while ``kim_keys_by_trigger()`` is 1 — always, except for the statements of the
sync apply path, which stores the same keys itself (``store.search_keys``, in key order, one
``executemany`` per batch). The delete trigger is unchanged. No data changes.
"""
from alembic import op

revision = '0032'
down_revision = '0026'
branch_labels = None
depends_on = None

KEYS = "json_each(kim_name_keys(new.given_name, new.family_name, new.native_name, new.case_number))"
SWITCHED = [
    f"""CREATE TRIGGER client_name_keys_insert AFTER INSERT ON client WHEN kim_keys_by_trigger() BEGIN
        INSERT OR IGNORE INTO name_key(key, client_id) SELECT value, new.id FROM {KEYS};
    END""",
    f"""CREATE TRIGGER client_name_keys_update
        AFTER UPDATE OF given_name, family_name, native_name, case_number ON client WHEN kim_keys_by_trigger() BEGIN
        DELETE FROM name_key WHERE client_id = old.id;
        INSERT OR IGNORE INTO name_key(key, client_id) SELECT value, new.id FROM {KEYS};
    END""",
]
ALWAYS = [
    f"""CREATE TRIGGER client_name_keys_insert AFTER INSERT ON client BEGIN
        INSERT OR IGNORE INTO name_key(key, client_id) SELECT value, new.id FROM {KEYS};
    END""",
    f"""CREATE TRIGGER client_name_keys_update
        AFTER UPDATE OF given_name, family_name, native_name, case_number ON client BEGIN
        DELETE FROM name_key WHERE client_id = old.id;
        INSERT OR IGNORE INTO name_key(key, client_id) SELECT value, new.id FROM {KEYS};
    END""",
]


def _replace(statements: list[str]) -> None:
    for name in ("insert", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS client_name_keys_{name}")
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    _replace(SWITCHED)


def downgrade() -> None:
    _replace(ALWAYS)
