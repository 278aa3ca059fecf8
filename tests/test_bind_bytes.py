"""``bytes`` (16-byte ids, journal values) are bound by both drivers without their failed
adaptation search (store.engine.bind_bytes_directly), and stored as the same blob."""

from __future__ import annotations

import sqlite3
import uuid

import sqlcipher3

from kimdesk.store.engine import make_engine


def test_both_engines_bind_bytes_as_the_same_blob_without_an_adapter_search(tmp_path):
    for module, key in ((sqlcipher3, bytes(range(32))), (sqlite3, None)):
        engine = make_engine(tmp_path / f"{module.__name__}.db", key)
        # the registered adapter ends the search at once: ``adapt`` of bytes no longer fails
        value = uuid.uuid4().bytes
        assert module.adapt(value) is value
        # the fast path of the basic types stays on: none of them is adapted
        assert not {t for t, _p in module.adapters} & {int, float, str, bytearray}
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (id VARCHAR(36), data BLOB)")
            conn.exec_driver_sql("INSERT INTO t VALUES (?, ?)", [(value, b"\x01\x02"), ("text-id", b"")])
            rows = conn.exec_driver_sql("SELECT typeof(id), id, typeof(data), data FROM t ORDER BY rowid").all()
        assert [tuple(r) for r in rows] == [("blob", value, "blob", b"\x01\x02"), ("text", "text-id", "blob", b"")]
        engine.dispose()
