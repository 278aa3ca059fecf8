"""Migration 0034: entries written one per change keep verifying; new ones are one per transaction.

The old entries are never rewritten: ``version`` stays NULL on them and their hashes are
checked by the first format's rule, the new entries continue the same chain.
"""

from __future__ import annotations

import json

from kimdesk.store import audit, migrate
from kimdesk.store.profile import engine_for


def _old_entries(conn, n: int) -> None:
    """Entries as KIMdesk wrote them before 0034 (one per change, first-format hash)."""
    prev = audit.GENESIS
    for i in range(n):
        entry = {"at": f"2026-01-0{i + 1}T10:00:00.000000+00:00", "device": "dev-a", "actor": "Frau A",
                 "action": "create" if i == 0 else "update", "entity": "client", "row_id": "row-1",
                 "fields": "*" if i == 0 else "phone"}
        entry["hash"] = prev = audit._digest_v1(prev, entry)
        conn.exec_driver_sql("INSERT INTO audit(at, device, actor, action, entity, row_id, fields, hash) "
                             "VALUES (:at, :device, :actor, :action, :entity, :row_id, :fields, :hash)", entry)


def test_old_chain_survives_the_migration_and_continues(tmp_path):
    engine = engine_for(tmp_path / "old.db", None)
    migrate.upgrade(engine, "0024")
    with engine.begin() as conn:
        _old_entries(conn, 3)
        before = conn.exec_driver_sql("SELECT seq, hash FROM audit ORDER BY seq").all()
    migrate.upgrade(engine)
    with engine.begin() as conn:
        assert conn.exec_driver_sql("SELECT seq, hash FROM audit ORDER BY seq").all() == before  # untouched
        assert conn.exec_driver_sql("SELECT count(*) FROM audit WHERE version IS NULL").scalar() == 3
        assert audit.verify(conn).ok
        audit.append(conn, "dev-a", "Frau A", [("open", "client", "row-1", ())])
        audit.append(conn, "dev-a", "Frau A", [("erase", "need", "n-1", ()), ("erase", "client", "row-1", ())])
        result = audit.verify(conn)
        assert result.ok and result.entries == 5
        # the old entries still read as changes of the row (Art. 15 change log)
        items = audit.items_for_rows(conn, "client", ["row-1"])
        assert [(i.action, i.fields) for i in items] == [("create", "*"), ("update", "phone"), ("update", "phone")]
        last = conn.exec_driver_sql("SELECT version, changes, action, fields FROM audit ORDER BY seq DESC").first()
        assert (last.version, last.changes, last.action) == (2, 2, "erase")
        assert json.loads(last.fields) == [["need", "n-1", "erase", ""], ["client", "row-1", "erase", ""]]
    engine.dispose()


def test_tampering_with_an_old_entry_is_found_after_the_migration(tmp_path):
    engine = engine_for(tmp_path / "old.db", None)
    migrate.upgrade(engine, "0024")
    with engine.begin() as conn:
        _old_entries(conn, 3)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        audit.append(conn, "dev-a", None, [("open", "client", "row-1", ())])
        conn.exec_driver_sql("UPDATE audit SET fields = 'address' WHERE seq = 2")
        result = audit.verify(conn)
    assert not result.ok and result.broken_at == 2
    engine.dispose()


def test_marking_an_old_entry_as_new_format_is_found(tmp_path):
    """The version marker is part of what is checked: flipping it does not make an entry pass."""
    engine = engine_for(tmp_path / "old.db", None)
    migrate.upgrade(engine, "0024")
    with engine.begin() as conn:
        _old_entries(conn, 2)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit SET version = 2, changes = 1 WHERE seq = 1")
        result = audit.verify(conn)
    assert not result.ok and result.broken_at == 1
    engine.dispose()


def test_an_inline_list_that_does_not_match_its_digest_is_found(tmp_path):
    engine = engine_for(tmp_path / "new.db", None)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        audit.append(conn, "dev-a", None, [("erase", "need", "n-1", ()), ("erase", "client", "c-1", ())])
        entry = dict(conn.exec_driver_sql("SELECT * FROM audit").mappings().one())
        # a consistent rewrite of the list and the hash still cannot match the digest
        entry["fields"] = json.dumps([["client", "c-1", "erase", ""]], separators=(",", ":"))
        entry["hash"] = audit._digest_v2(audit.GENESIS, entry)
        conn.exec_driver_sql("UPDATE audit SET fields = ?, hash = ? WHERE seq = ?",
                             (entry["fields"], entry["hash"], entry["seq"]))
        result = audit.verify(conn)
    assert not result.ok and result.broken_at == entry["seq"]
    engine.dispose()
