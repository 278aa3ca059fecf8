"""A person's id stored as 16 bytes (migration 0043) across sync: the search keys the apply path
and the snapshot join write (the trigger is off for them) hold the person's stored id, so the
renamed or joined person is found on the other laptop as on the writer's."""

from __future__ import annotations

from datetime import date

from kimdesk.services.admin import demo
from kimdesk.services.clients_intake import clients, search

TODAY = date(2026, 5, 4)


def test_search_keys_written_by_sync_apply_and_snapshot_join_find_the_person(laptops, monkeypatch):
    from kimdesk.store import search_keys
    from kimdesk.sync import settings
    from kimdesk.sync.targets import MemoryTarget
    from tests.sync.support import join_from_database_snapshot, sync

    share = MemoryTarget()
    a, b = laptops(2)
    settings.put(a, settings.SNAPSHOT_EVERY, 1)
    demo.generate(a, 6, seed=4, today=TODAY)
    cid = clients.create_client(a, {"given_name": "Zarah", "family_name": "Quendolin"})
    sync(a, share)
    sync(b, share)
    clients.update_client(a, cid, {"family_name": "Wexmoor"})  # renamed: the apply path replaces the keys
    sync(a, share)
    sync(b, share)
    late, _ = join_from_database_snapshot(laptops, share, monkeypatch)
    for store in (b, late):
        assert [h.id for h in search.search(store, "Zarah Wexmoor")] == [cid]
        assert search.search(store, "Quendolin") == []
        with store.connection(write=True) as conn:
            kept = sorted(map(tuple, conn.exec_driver_sql("SELECT key, client_id FROM name_key").all()), key=repr)
            search_keys.rebuild(conn)
            rebuilt = sorted(map(tuple, conn.exec_driver_sql("SELECT key, client_id FROM name_key").all()), key=repr)
        assert kept == rebuilt and all(type(c) is bytes for _k, c in kept)
