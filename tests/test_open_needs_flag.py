"""The stored open-needs flag (``client.open_needs``) always equals the count through the needs.

Random edits through the services (add, change status, remove, undo, delete a person), rows
written as sync and import write them (needs before their person), and the client list's
filter reading the flag.
"""

from __future__ import annotations

import random

from kimdesk.models.types import id_text  # a person's id is stored as 16 bytes (migration 0043)
from kimdesk.services.clients_intake import client_list, clients, responsibilities
from kimdesk.services.clients_intake import edits as edits_service
from kimdesk.store.open_needs import refresh_open_needs

JOINED = ("SELECT c.id, c.open_needs, EXISTS (SELECT 1 FROM need n WHERE n.client_id = c.id AND n.deleted = 0 "
          "AND n.status IN ('open', 'in_progress')) FROM client c")


def _mismatches(store) -> list:
    with store.connection() as conn:
        return [r for r in conn.exec_driver_sql(JOINED) if bool(r[1]) != bool(r[2])]


def _listed(store, **kw) -> set[str]:
    flt = client_list.ListFilter(open_needs=True, **kw)
    with store.connection() as conn:
        query = client_list.Query(conn, flt)
        assert query.count(conn) == len(rows := query.page(conn, 0, 10_000))
        return {r.id for r in rows}


def test_the_flag_follows_random_edits_through_the_services(store):
    rng = random.Random(19)
    people = [clients.create_client(store, {"given_name": f"G{i}", "family_name": f"Flag{i}"}) for i in range(8)]
    edits = []
    for step in range(60):
        with store.connection() as conn:
            needs = [r[0] for r in conn.exec_driver_sql("SELECT id FROM need WHERE deleted = 0 ORDER BY id")]
        action = rng.random()
        if action < 0.35 or not needs:
            edit = responsibilities.add_need(store, rng.choice(people), {"category": "Sprache"})
        elif action < 0.7:
            edit = responsibilities.update_need(store, rng.choice(needs),
                                                {"status": rng.choice(["open", "in_progress", "met", "closed"])})
        elif action < 0.85:
            edit = responsibilities.remove_need(store, rng.choice(needs))
        else:
            edit = None
            if edits:
                edits_service.undo(store, edits.pop())
        if edit is not None:
            edits.append(edit)
        assert _mismatches(store) == [], f"after step {step}"
    with store.connection() as conn:
        flagged = {id_text(r[0]) for r in conn.exec_driver_sql(JOINED) if r[2]}
    assert _listed(store) == flagged and flagged  # the list filter reads the flag
    clients.delete_client(store, people[0])
    assert _mismatches(store) == [] and people[0] not in _listed(store)


def test_rows_written_needs_first_as_sync_and_import_write_them(store):
    """A need may arrive before its person (another table order, a later segment)."""
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("INSERT INTO need(id, client_id, category, status, opened_on, deleted, "
                             "not_for_immigration_office) VALUES ('n1', 'c1', 'Wohnen', 'open', '2026-01-01', 0, 0)")
        conn.exec_driver_sql("INSERT INTO client(id, case_number, given_name, family_name, languages, "
                             "interpreter_needed, status, deleted) VALUES ('c1', 'S-1', 'Amal', 'Early', '[]', 0, "
                             "'open', 0)")
    assert _mismatches(store) == [] and "c1" in _listed(store)
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE need SET status = 'met' WHERE id = 'n1'")
    assert _mismatches(store) == [] and "c1" not in _listed(store)
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE need SET status = 'open' WHERE id = 'n1'")
        conn.exec_driver_sql("DELETE FROM need WHERE id = 'n1'")
    assert _mismatches(store) == []


def test_refresh_repairs_a_flag_written_around_the_triggers(store):
    cid = clients.create_client(store, {"given_name": "Rafi", "family_name": "Repair"})
    responsibilities.add_need(store, cid, {"category": "Sprache"})
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE client SET open_needs = 0")
    assert len(_mismatches(store)) == 1
    with store.connection(write=True) as conn:
        assert refresh_open_needs(conn, [cid, cid, "unknown"]) == 1
        assert refresh_open_needs(conn, [cid]) == 0
    assert _mismatches(store) == []


def test_the_migration_fills_the_flag_of_existing_people_and_goes_back(store):
    from tests.support.migrations import downgrade

    from kimdesk.store import migrate

    cid = clients.create_client(store, {"given_name": "Olga", "family_name": "Before"})
    responsibilities.add_need(store, cid, {"category": "Sprache"})
    engine = store.engine
    downgrade(engine, "0020")
    with engine.connect() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(client)")]
        assert "open_needs" not in columns
    migrate.upgrade(engine)
    assert _mismatches(store) == [] and cid in _listed(store)
