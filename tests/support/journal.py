"""The change journal in its text form for tests (the storage form is in store.journal_codes)."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from kimdesk.store.journal_codes import TEXT_FORM, Names, row_key
from kimdesk.store.journal_values import encode


def rows(conn: Any, where: str = "", params: tuple = (), order: str = "seq") -> list[SimpleNamespace]:
    """Journal rows (seq, entity, row_id, data as a dict, stamp, device, actor, seen, segment)."""
    sql = f"SELECT * FROM {TEXT_FORM}" + (f" WHERE {where}" if where else "") + f" ORDER BY {order}"
    out = []
    for r in conn.exec_driver_sql(sql, params).mappings():
        d = dict(r)
        d["data"] = json.loads(d["data"])
        out.append(SimpleNamespace(**d))
    return out


def insert(conn: Any, entity: str, row_id: str, data: str, stamp: int, device: str, actor: str | None = None,
           seen: int | None = None, segment: int | None = None) -> None:
    """One journal row written as KIMdesk stores it (``data``: JSON text of the values)."""
    names = Names(conn)
    conn.exec_driver_sql(
        "INSERT INTO change(entity_code, row_key, data, stamp, device_code, actor_code, seen, segment) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (names.code(entity), row_key(row_id), encode(json.loads(data)), stamp, names.code(device), names.code(actor), seen, segment))


def export_with_spoiled_change(tmp_path: Any, spoil: str, value: Any) -> Any:
    """A new profile with one person whose journal row gets ``UPDATE change SET {spoil} = ? WHERE row_key
    = ?`` (``value``), then that person's Art. 15 export through the CLI: what a person meets when the
    database holds a damaged change. Returns the CLI's result (``tests.support.cli.run``)."""
    from kimdesk.services.clients_intake import clients
    from kimdesk.store.profile import Profile, open_profile
    from tests.support.cli import run

    env = {"KIMDESK_PASSPHRASE": "correct horse battery"}
    data = tmp_path / "data"
    assert run("--data-dir", data, "init", env=env).code == 0
    store = open_profile(Profile(data), passphrase=env["KIMDESK_PASSPHRASE"], use_keyring=False)
    try:
        cid = clients.create_client(store, {"given_name": "Anna", "family_name": "Weber"})
        with store.connection(write=True) as conn:
            conn.exec_driver_sql(f"UPDATE change SET {spoil} = ? WHERE row_key = ?", (value, row_key(cid)))
    finally:
        store.close()
    return run("--data-dir", data, "client", "export", cid, "-o", tmp_path / "a.pdf", env=env)
