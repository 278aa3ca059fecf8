"""The search keys stay right on every write path once the sync apply path writes them itself
(issue 19): after sync apply (lean and old), exchange import, edits and erasure, the key table
equals a from-scratch rebuild (``store.search_keys.rebuild``) computed by ``names.client_keys``."""

from __future__ import annotations

import pytest

from kimdesk.services.clients_intake import clients, exchange
from kimdesk.models.types import id_text, stored_id  # a person's id is stored as 16 bytes (migration 0043)
from kimdesk.store import names, search_keys
from kimdesk.sync import erasure, receive
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import check_invariants, sync

PEOPLE = [("Mohammed", "Al-Hassan", "محمد الحسن"), ("Olena", "Schewtschenko", "Олена Шевченко"),
          ("Jürgen", "Müller", None), ("Aylin", "Yılmaz", None), ("Reza", "Karimi", None)]


def _keys(store) -> list[tuple[str, str]]:
    with store.connection() as conn:
        # a person's id as text (stored as 16 bytes since migration 0043)
        return sorted((k, id_text(c)) for k, c in conn.exec_driver_sql("SELECT key, client_id FROM name_key"))


def _rebuilt(store) -> list[tuple[str, str]]:
    with store.connection(write=True) as conn:
        search_keys.rebuild(conn)
    return _keys(store)


def _assert_keys_right(store) -> None:
    held = _keys(store)
    assert held, "no search keys at all"
    assert held == _rebuilt(store)


def _work(store) -> list[str]:
    ids = [clients.create_client(store, {"given_name": g, "family_name": f, "native_name": n})
           for g, f, n in PEOPLE]
    clients.update_client(store, ids[2], {"family_name": "Mueller-Lüdenscheidt"})
    clients.update_client(store, ids[3], {"native_name": "Aylin Yilmaz"})
    clients.delete_client(store, ids[4])
    return ids


@pytest.mark.parametrize("lean", [True, False])
def test_keys_after_sync_apply_edits_and_erasure_equal_a_rebuild(laptops, monkeypatch, lean):
    monkeypatch.setattr(receive, "LEAN_APPLY", lean)
    share = MemoryTarget()
    a, b = laptops(2)
    ids = _work(a)
    _assert_keys_right(a)  # services through the ORM: the trigger
    sync(a, share)
    sync(b, share)  # new people: inserted by the apply path
    assert _keys(b) == _keys(a)
    _assert_keys_right(b)
    clients.update_client(a, ids[0], {"given_name": "Muhammad"})  # renamed: updated by the apply path
    clients.update_client(a, ids[1], {"phone": "0241 1"})  # no name changed
    with a.session() as s:
        erasure.erase_client(s, a, ids[2], "Löschantrag Art. 17 DSGVO")
    _assert_keys_right(a)
    sync(a, share)
    sync(b, share)
    assert "fmuhamad" in {k for k, cid in _keys(b) if cid == ids[0]}
    assert not any(cid == ids[2] for _k, cid in _keys(b))
    assert _keys(b) == _keys(a)
    _assert_keys_right(b)
    check_invariants(b)


def test_keys_after_exchange_import_equal_a_rebuild(laptops):
    a, c = laptops(2)
    _work(a)
    exchange.import_document(c, exchange.export_document(a))
    _assert_keys_right(c)
    assert {"fmohamed", "pMHMT", "fmuler"} <= {k for k, _c in _keys(c)} <= {k for k, _c in _keys(a)}


def test_the_trigger_is_off_only_inside_the_block_on_this_thread(laptops):
    (a,) = laptops(1)
    cid = clients.create_client(a, {"given_name": "Olena", "family_name": "Kovalenko"})
    with pytest.raises(RuntimeError), names.keys_written_by_caller():
        assert names.sql_keys_by_trigger() == 0
        raise RuntimeError
    assert names.sql_keys_by_trigger() == 1
    with a.connection(write=True) as conn, names.keys_written_by_caller():
        conn.exec_driver_sql("UPDATE client SET family_name = 'Kowalenko' WHERE id = ?", (stored_id(cid),))
    assert "fkovalenko" in {k for k, _c in _keys(a)}  # the trigger did not run: the old keys stay
    clients.update_client(a, cid, {"given_name": "Alena"})
    assert {k for k, _c in _keys(a)} >= {"falena", "fkowalenko"}
    _assert_keys_right(a)


def test_migration_0032_switches_the_triggers_and_goes_back(laptops):
    from tests.support.migrations import downgrade

    from kimdesk.store import migrate

    (a,) = laptops(1)

    def triggers() -> dict[str, str]:
        with a.connection() as conn:
            return dict(conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'client_name_keys_%'").all())

    assert all("kim_keys_by_trigger()" in triggers()[f"client_name_keys_{n}"] for n in ("insert", "update"))
    downgrade(a.engine, "0026")
    assert len(triggers()) == 3 and not any("kim_keys_by_trigger" in sql for sql in triggers().values())
    migrate.upgrade(a.engine)
    assert all("kim_keys_by_trigger()" in triggers()[f"client_name_keys_{n}"] for n in ("insert", "update"))
    clients.create_client(a, {"given_name": "Olena", "family_name": "Kovalenko"})
    _assert_keys_right(a)
