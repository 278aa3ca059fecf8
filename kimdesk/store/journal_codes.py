"""The change journal's storage form: names as small integer codes, row ids as 16 bytes.

Every journal row names its table, its device and its writer, and the row it changed. As text
these repeated on every row and in three indexes (about 180 of some 530 bytes a change). The
journal stores instead a code from ``journal_name`` for each name (one table for all three:
a name is stored once) and a canonical UUID row id as its 16 bytes (any other id stays text,
so a text and a blob never stand for the same row). This module is the one place that maps
between the two forms; everything outside the database — the share's segments, snapshots,
the audit digest, the screens — sees the text form. Codes are local to one database. The values (``data``) have their own
stored form, store.journal_values; ``text_sql``/``stored_sql`` convert them too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from kimdesk.errors import StoreError
from kimdesk.i18n import translate
from kimdesk.models.types import id_text, stored_id, stored_id_sql, uuid_text_sql

NAMES = "journal_name"

# the journal's columns in the text form (the share's segments, snapshots, the audit digest)
TEXT_COLUMNS = ["entity", "row_id", "data", "stamp", "device", "actor", "seen", "segment"]

# a row id's stored form is the live tables' (models.types.StoredId): 16 bytes for a canonical UUID


class UnknownCode(StoreError):
    """A journal row names a code ``journal_name`` does not hold (a damaged database)."""


def row_key(row_id: str) -> bytes | str:
    """The stored form of a row id: the 16 bytes of a canonical UUID, any other id as it is."""
    return stored_id(row_id)


def row_id_of(key: Any) -> str:
    """The text form of a stored row id."""
    if isinstance(key, bytes):
        if len(key) != 16:
            raise UnknownCode(translate("Journal", "Das Änderungsprotokoll enthält eine ungültige Datensatz-ID."))
        return id_text(key)
    if isinstance(key, str):
        return key
    raise UnknownCode(translate("Journal", "Das Änderungsprotokoll enthält eine ungültige Datensatz-ID."))


def row_key_sql(expr: str) -> str:
    """SQL of the stored form of the text row id ``expr`` (set-based copies and migrations)."""
    return stored_id_sql(expr)


def row_id_sql(expr: str) -> str:
    """SQL of the text form of the stored row id ``expr``."""
    return f"(CASE WHEN typeof({expr}) = 'blob' THEN {uuid_text_sql(expr)} ELSE {expr} END)"


def name_sql(code_expr: str, schema: str = "") -> str:
    """SQL of the name of a code (NULL for NULL)."""
    return f"(SELECT name FROM {schema}{NAMES} WHERE code = {code_expr})"


# the stored column of each text-form column that is stored differently
STORED = {"entity": "entity_code", "row_id": "row_key", "device": "device_code", "actor": "actor_code"}


def text_sql(column: str, alias: str = "", schema: str = "") -> str:
    """SQL of text-form ``column`` read from a stored journal row (``alias``: its table's alias and dot)."""
    if column == "row_id":
        return row_id_sql(alias + "row_key")
    if column == "data":  # store.journal_values: JSON text of the stored values
        return f"kimdesk_journal_json({alias}data)"
    if column in STORED:
        return name_sql(alias + STORED[column], schema)
    return alias + column


def stored_sql(column: str, alias: str = "", schema: str = "") -> str:
    """SQL of the stored form of text-form ``column`` (its names must have codes already)."""
    if column == "row_id":
        return row_key_sql(alias + "row_id")
    if column == "data":
        return f"kimdesk_journal_pack({alias}data)"
    if column in STORED:
        return f"(SELECT code FROM {schema}{NAMES} WHERE name = {alias}{column})"
    return alias + column


class Names:
    """The codes of one database, read once per unit of work (a handful of rows)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.codes: dict[str, int] = {}
        self.names: dict[int, str] = {}
        for code, name in conn.exec_driver_sql(f"SELECT code, name FROM {NAMES}"):
            self.codes[name] = code
            self.names[code] = name

    def find(self, name: str | None) -> int | None:
        """The code of ``name``, None if the journal never named it (or for None)."""
        return None if name is None else self.codes.get(name)

    def code(self, name: str | None) -> int | None:
        """The code of ``name``, given one if it is new (in the caller's transaction)."""
        if name is None:
            return None
        found = self.codes.get(name)
        if found is None:
            # a name another connection gave a code since this one read them keeps that code
            found = self.conn.exec_driver_sql(
                f"INSERT INTO {NAMES}(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name "
                "RETURNING code", (name,)).scalar_one()
            self.codes[name] = found
            self.names[found] = name
        return found

    def name(self, code: int | None) -> str | None:
        """The name of a stored code; UnknownCode (one German line) for a code nobody gave."""
        if code is None:
            return None
        found = self.names.get(code)
        if found is None:
            raise UnknownCode(translate(
                "Journal", "Das Änderungsprotokoll nennt einen unbekannten Code ({code}); die Datenbank ist "
                           "beschädigt. Bitte eine Sicherung zurückspielen.").format(code=code))
        return found


# the journal read in its text form, for set-based reads and checks: ``SELECT … FROM {TEXT_FORM}``
TEXT_FORM = (f"(SELECT seq, {name_sql('entity_code')} AS entity, {row_id_sql('row_key')} AS row_id, "
             f"kimdesk_journal_json(data) AS data, stamp, "
             f"{name_sql('device_code')} AS device, {name_sql('actor_code')} AS actor, seen, segment "
             "FROM main.change) AS change")
