"""The import's staging tables: the checked rows of a file, held in the database, not in memory.

A streamed import (``exchange.import_file``) writes every row it has read and checked here —
table, id, where in the file, the values (pickled: they never leave this transaction) — and
the references each row makes. Duplicate ids, required fields of new rows, references that
resolve neither in the file nor in the database and case numbers are then checked by SQL
over these tables, and the rows are written from them in the table order. The tables live in
the encrypted database inside the import's one transaction and are dropped before it commits
(an import that fails rolls them back with everything else), so they are never at rest and
memory stays bounded by the page cache, whatever the size of the file.

No statement here rewrites or frees more than a batch of staged rows: a statement that changes
pages which existed when it began keeps their old content in its statement journal, and that
journal is in memory (``temp_store = MEMORY``: no plaintext temp files). Setting the
already-there flag over the whole table, or dropping it whole (``secure_delete`` overwrites
every freed page), held the staged file in memory once more.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate
from kimdesk.models import ActionItem, AgendaItem, Addendum, Client, ConferenceClient, Decision, Participant
from kimdesk.models.table_order import ORDER
from kimdesk.models.types import id_text_sql, stored_id_columns, stored_id_sql

STAGE, REFS = "kimdesk_import_stage", "kimdesk_import_refs"
BATCH = 2000
# a second column the checks need, per table: the case number; the conference or agenda item a part belongs to
KEY1 = {Client: "case_number", Decision: "agenda_item_id", ActionItem: "agenda_item_id",
        AgendaItem: "conference_id", Participant: "conference_id", ConferenceClient: "conference_id",
        Addendum: "conference_id"}
DDL = (
    f"DROP TABLE IF EXISTS {REFS}",
    f"DROP TABLE IF EXISTS {STAGE}",
    f"""CREATE TABLE {STAGE} (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, id TEXT NOT NULL, path TEXT NOT NULL,
        present INTEGER NOT NULL DEFAULT 0, missing TEXT, k1 TEXT, k2 INTEGER, attrs BLOB NOT NULL,
        UNIQUE (tbl, id))""",
    f"CREATE INDEX {STAGE}_by_order ON {STAGE} (tbl, seq)",
    f"CREATE INDEX {STAGE}_by_k1 ON {STAGE} (tbl, k1)",
    f"CREATE TABLE {REFS} (seq INTEGER NOT NULL, tbl TEXT NOT NULL, id TEXT NOT NULL, key TEXT NOT NULL, "
    "target TEXT NOT NULL, ref TEXT NOT NULL)",
    f"CREATE INDEX {REFS}_by_key ON {REFS} (tbl, key, seq)",
)


def _required(cls: type) -> list[str]:
    return [c.key for c in cls.__table__.columns
            if not c.nullable and c.default is None and c.server_default is None and c.key not in ("id", "case_number")]


def _foreign_keys(cls: type) -> list[tuple[str, str]]:
    return [(c.key, next(iter(c.foreign_keys)).column.table.name) for c in cls.__table__.columns if c.foreign_keys]


REQUIRED = {cls: _required(cls) for cls in ORDER}
FOREIGN_KEYS = {cls: _foreign_keys(cls) for cls in ORDER}
BY_NAME = {cls.__tablename__: cls for cls in ORDER}


def _stored(table: str, expr: str) -> str:
    """SQL comparing staged text id ``expr`` with ``table``'s id, stored as 16 bytes or as text (models.types)."""
    cls = BY_NAME.get(table)
    return stored_id_sql(expr) if cls is not None and "id" in stored_id_columns(cls.__table__) else expr


def _text(table: str, expr: str) -> str:
    """SQL of ``table``'s id ``expr`` as the text the staging tables hold (models.types)."""
    cls = BY_NAME.get(table)
    return id_text_sql(expr) if cls is not None and "id" in stored_id_columns(cls.__table__) else expr


class Stage:
    """Staging tables on ``conn`` (inside its transaction): ``add`` element by element, then
    ``check``, then ``rows`` per table; ``drop`` before the transaction commits."""

    def __init__(self, conn: Connection) -> None:
        self._cur = conn.connection.dbapi_connection.cursor()
        for statement in DDL:
            self._cur.execute(statement)
        self._rows: list[tuple] = []
        self._refs: list[tuple] = []
        self._paths: dict[int, str] = {}
        self._seq = 0

    # -- staging --------------------------------------------------------------------------
    def add(self, plan: Any) -> None:
        """The rows of one element (``exchange.Plan``)."""
        for cls, rows in plan.rows.items():
            name, k1 = cls.__tablename__, KEY1.get(cls)
            for row_id, attrs in rows.items():
                self._seq += 1
                missing = next((key for key in REQUIRED[cls] if attrs.get(key) is None), None)
                k2 = attrs.get("position") if cls is Decision else None
                self._rows.append((self._seq, name, row_id, plan.paths[(cls, row_id)], missing,
                                   attrs.get(k1) if k1 else None, k2, pickle.dumps(attrs, pickle.HIGHEST_PROTOCOL)))
                for key, target in FOREIGN_KEYS[cls]:
                    if attrs.get(key) is not None:
                        self._refs.append((self._seq, name, row_id, key, target, attrs[key]))
        if len(self._rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self._rows:
            return
        try:
            self._cur.executemany(f"INSERT INTO {STAGE} (seq, tbl, id, path, missing, k1, k2, attrs) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._rows)
        except Exception as exc:  # the driver's IntegrityError: an id staged before
            if "UNIQUE" not in str(exc):
                raise
            raise self._which_duplicate() from None
        self._cur.executemany(f"INSERT INTO {REFS} VALUES (?, ?, ?, ?, ?, ?)", self._refs)
        first = self._rows[0][0]
        for name in dict.fromkeys(row[1] for row in self._rows):  # already in the database: this batch only
            self._cur.execute(f"UPDATE {STAGE} SET present = 1 WHERE tbl = ? AND seq >= ? AND EXISTS "
                              f"(SELECT 1 FROM {name} t WHERE t.id = {_stored(name, STAGE + '.id')})", (name, first))
        self._rows, self._refs = [], []

    def _which_duplicate(self) -> ValidationError:
        seen: set[tuple[str, str]] = set()
        for seq, name, row_id, path, *_rest in self._rows:
            earlier = self._cur.execute(f"SELECT seq FROM {STAGE} WHERE tbl = ? AND id = ?", (name, row_id)).fetchone()
            if (name, row_id) in seen or (earlier is not None and earlier[0] < seq):
                return ValidationError(f"{path}.id: " + translate(
                    "Import", "die Kennung {id} kommt doppelt vor").format(id=row_id), path)
            seen.add((name, row_id))
        return ValidationError(translate("Import", "Eine Kennung kommt doppelt vor."), "file")

    # -- checking -----------------------------------------------------------------------
    def check(self) -> None:
        """References resolve, new rows have their required fields, case numbers stay unique."""
        self.flush()
        cur = self._cur
        for cls in ORDER:  # the first problem in the file's order, table by table as before
            name = cls.__tablename__
            problems: list[tuple[int, ValidationError]] = []
            row = cur.execute(f"SELECT seq, id, missing FROM {STAGE} WHERE tbl = ? AND present = 0 "
                              "AND missing IS NOT NULL ORDER BY seq LIMIT 1", (name,)).fetchone()
            if row:
                problems.append((row[0], ValidationError(f"{name} {row[1]}: " + translate(
                    "Import", "Pflichtfeld „{field}“ fehlt").format(field=row[2]), row[2])))
            for key, target in FOREIGN_KEYS[cls]:
                row = cur.execute(
                    f"SELECT r.seq, r.id, r.ref FROM {REFS} r WHERE r.tbl = ? AND r.key = ? "
                    f"AND NOT EXISTS (SELECT 1 FROM {STAGE} s WHERE s.tbl = ? AND s.id = r.ref) "
                    f"AND NOT EXISTS (SELECT 1 FROM {target} x WHERE x.id = {_stored(target, 'r.ref')}) "
                    "ORDER BY r.seq LIMIT 1",
                    (name, key, target)).fetchone()
                if row:
                    problems.append((row[0], ValidationError(f"{name} {row[1]}.{key}: " + translate(
                        "Import", "verweist auf {id}, das weder in der Datei noch in der Datenbank steht").format(
                        id=row[2]), key)))
            if problems:
                raise min(problems, key=lambda p: p[0])[1]
        self._match_decisions_by_position()
        row = cur.execute(f"SELECT k1 FROM {STAGE} WHERE tbl = 'client' AND k1 IS NOT NULL AND k1 <> '' "
                          "GROUP BY k1 HAVING count(*) > 1 ORDER BY max(seq) LIMIT 1").fetchone()
        if row:
            raise ValidationError(translate("Import", "Aktenzeichen {n} kommt doppelt vor.").format(n=row[0]),
                                  "case_number")
        row = cur.execute(f"SELECT s.k1 FROM {STAGE} s JOIN client c ON c.case_number = s.k1 "
                          f"AND c.id <> {_stored('client', 's.id')} "
                          "WHERE s.tbl = 'client' AND s.k1 IS NOT NULL AND s.k1 <> '' ORDER BY s.seq LIMIT 1").fetchone()
        if row:
            raise ValidationError(
                translate("Import", "Aktenzeichen {n} gehört schon einer anderen Person.").format(n=row[0]),
                "case_number")

    def _match_decisions_by_position(self) -> None:
        """Decisions are plain strings in the format: upsert them by (agenda item, position)."""
        # the staged ids are text, the stored ones 16 bytes (models.types): converted both ways
        match = (f"FROM decision d WHERE d.agenda_item_id = {_stored('agenda_item', STAGE + '.k1')} "
                 f"AND d.position = {STAGE}.k2 AND d.deleted = 0")
        self._cur.execute(f"UPDATE OR REPLACE {STAGE} SET id = (SELECT {_text('decision', 'd.id')} {match}), "
                          f"present = 1 WHERE tbl = 'decision' AND EXISTS (SELECT 1 {match} "
                          f"AND d.id <> {_stored('decision', STAGE + '.id')})")

    # -- reading back -------------------------------------------------------------------
    def rows(self, cls: type) -> Iterator[tuple[str, bool, dict[str, Any]]]:
        """(id, already in the database, values) of one table, in the file's order, a batch at a time."""
        last = 0
        while True:
            batch = self._cur.execute(f"SELECT seq, id, present, attrs FROM {STAGE} WHERE tbl = ? AND seq > ? "
                                      "ORDER BY seq LIMIT ?", (cls.__tablename__, last, BATCH)).fetchall()
            if not batch:
                return
            for seq, row_id, present, attrs in batch:
                yield row_id, bool(present), pickle.loads(attrs)
            last = batch[-1][0]

    def ids(self, cls: type) -> set[str]:
        return {r[0] for r in self._cur.execute(f"SELECT id FROM {STAGE} WHERE tbl = ?", (cls.__tablename__,))}

    def conference_ids(self) -> set[str]:
        """Conferences the file touches, and those of agenda items it adds decisions or actions to."""
        out = self.ids(BY_NAME["conference"])
        out |= {r[0] for r in self._cur.execute(
            f"SELECT DISTINCT k1 FROM {STAGE} WHERE tbl IN ('agenda_item', 'participant', 'conference_client') "
            "AND k1 IS NOT NULL")}
        out |= {r[0] for r in self._cur.execute(
            f"SELECT DISTINCT {_text('conference', 'a.conference_id')} FROM {STAGE} s "
            f"JOIN agenda_item a ON a.id = {_stored('agenda_item', 's.k1')} "
            "WHERE s.tbl IN ('decision', 'action_item') "
            f"AND NOT EXISTS (SELECT 1 FROM {STAGE} x WHERE x.tbl = 'agenda_item' AND x.id = s.k1)")}
        return out

    def agenda(self) -> dict[str, dict[str, Any]]:
        """The file's agenda items: id → {"conference_id": …} (what ``conferences.conference_id_of`` reads)."""
        return {r[0]: {"conference_id": r[1]} for r in self._cur.execute(
            f"SELECT id, k1 FROM {STAGE} WHERE tbl = 'agenda_item'")}

    def count(self) -> dict[str, int]:
        return dict(self._cur.execute(f"SELECT tbl, count(*) FROM {STAGE} GROUP BY tbl ORDER BY min(seq)").fetchall())

    def drop(self) -> None:
        """Emptied a batch at a time, then dropped (see the module's docstring)."""
        for table in (REFS, STAGE):
            last = self._cur.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
            for start in range(0, last, BATCH):
                self._cur.execute(f"DELETE FROM {table} WHERE rowid > ? AND rowid <= ?", (start, start + BATCH))
            self._cur.execute(f"DROP TABLE {table}")
        self._cur.close()
