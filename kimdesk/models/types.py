"""Row ids stored as 16 bytes: the ``StoredId`` column type and its conversions for raw SQL.

A UUID written out is 36 characters; its 16 bytes are enough, and every table cell and index
entry that holds one pays the difference (issue 19, disk per person). Python code keeps seeing
the canonical lowercase text: the ORM and Core convert through ``StoredId``, raw SQL through
``stored_id``/``id_text`` (Python) or ``stored_id_sql``/``id_text_sql`` (set-based SQL). Any id
that is not a canonical UUID (an imported legacy id, an upper-case one) is stored as the text it
is, so a text and a blob never stand for the same row — the rule of the change journal's row keys
(``store.journal_codes.row_key``). The bytes of two UUIDs compare as their lowercase hex texts do,
so ``ORDER BY id`` keeps its order.

Which columns are stored so: ``stored_id_columns`` reads the models (the columns typed
``StoredId``); generic raw SQL asks it (sync apply, snapshots — whose files keep text ids —,
erasure, the import's staging). Which columns: migration 0041 (tables whose ids no other column
references), 0043 (a person's id, in ``client.id`` and every column that holds it), 0044
(needs, requests and offices with every column holding their ids) and 0046 (every other team-data
id — plans, goals, meetings, agenda items, findings, tasks … — with the columns holding them): the
``Synced`` mixin's id is a ``StoredId``; a column that holds another table's id is declared with
``models.base.stored_id_ref``. Columns that may hold ids of several tables (audit and conflict row
ids, a follow-up's source key) and ids inside JSON stay text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_H = "[0-9a-f]"
# SQLite GLOB of a canonical (lowercase, hyphenated) UUID
UUID_GLOB = "-".join(_H * n for n in (8, 4, 4, 4, 12))


def stored_id(value: Any) -> Any:
    """The stored form of an id: the 16 bytes of a canonical UUID, anything else as it is."""
    if type(value) is str and len(value) == 36 and _UUID.fullmatch(value):
        return bytes.fromhex(value.replace("-", ""))
    return value


def id_text(value: Any) -> Any:
    """The text form of a stored id (16 bytes back to the canonical UUID; text stays text)."""
    if isinstance(value, bytes) and len(value) == 16:
        h = value.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return value


def stored_id_sql(expr: str) -> str:
    """SQL of the stored form of the id ``expr`` (text or already stored)."""
    return f"(CASE WHEN {expr} GLOB '{UUID_GLOB}' THEN unhex(replace({expr}, '-', '')) ELSE {expr} END)"


def uuid_text_sql(expr: str) -> str:
    """SQL of the canonical UUID text of the 16 bytes ``expr`` (no check: callers test the type)."""
    h = f"lower(hex({expr}))"
    return " || '-' || ".join(f"substr({h}, {start}, {n})" for start, n in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12)))


def id_text_sql(expr: str) -> str:
    """SQL of the text form of the stored id ``expr``."""
    return f"(CASE WHEN typeof({expr}) = 'blob' AND length({expr}) = 16 THEN {uuid_text_sql(expr)} ELSE {expr} END)"


class StoredId(TypeDecorator):
    """A UUID column: the canonical text in Python, 16 bytes in the database.

    Declared as ``VARCHAR(36)`` as before (SQLite keeps a blob as a blob in a text column), so
    the schema the migrations build and the models' schema stay the same."""

    impl = String(36)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return stored_id(value)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return id_text(value)

    def process_literal_param(self, value: Any, dialect: Any) -> str:
        stored = stored_id(value)
        if isinstance(stored, bytes):
            return f"X'{stored.hex()}'"
        return "'" + str(value).replace("'", "''") + "'"

    @property
    def python_type(self) -> type:
        return str


@lru_cache(maxsize=None)
def stored_id_columns(table: Any) -> frozenset[str]:
    """The names of ``table``'s columns stored as ``StoredId``."""
    return frozenset(c.name for c in table.columns if isinstance(c.type, StoredId))


def binds(table: Any, column: str, values: Any) -> tuple:
    """``values`` of ``table.column`` in the form to bind them in raw SQL."""
    if column in stored_id_columns(table):
        return tuple(stored_id(v) for v in values)
    return tuple(values)
