"""The access record covers every read of personal data in bulk (issue 13): one entry each."""

from __future__ import annotations

from pathlib import Path

from kimdesk.services.clients_intake import access
from kimdesk.store.profile import Profile, open_profile
from tests.support.cli import run

PASS = "correct horse battery"
ENV = {"KIMDESK_PASSPHRASE": PASS}


def _entries(data_dir: Path) -> tuple[list[access.Bulk], int]:
    store = open_profile(Profile(data_dir), passphrase=PASS, use_keyring=False)
    try:
        with store.connection() as conn:
            bulk = access.bulk_reads(conn)
            opened = conn.exec_driver_sql("SELECT count(*) FROM audit WHERE action = 'open'").scalar()
        return bulk, opened
    finally:
        store.close()


def test_each_bulk_read_leaves_one_entry(data_dir: Path, tmp_path: Path):
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    assert run("--data-dir", data_dir, "demo-data", "--clients", "12", env=ENV).code == 0
    assert _entries(data_dir) == ([], 0)
    assert run("--data-dir", data_dir, "search", "a", env=ENV).code == 0  # lines only: not a bulk read of records
    assert _entries(data_dir)[0] == []
    res = run("--data-dir", data_dir, "search", "a", "--json", env=ENV)
    assert res.code == 0
    bulk, _ = _entries(data_dir)
    assert [(b.kind, b.fields) for b in bulk] == [("search", f"count={res.out.count(chr(10) + ' {')}")]
    assert run("--data-dir", data_dir, "export", tmp_path / "all.json", env=ENV).code == 0
    bulk, _ = _entries(data_dir)
    assert [(b.kind, b.fields) for b in bulk][0] == ("export", "count=12")
    cid = run("--data-dir", data_dir, "search", "a", env=ENV).out.split("\t")[0]
    assert run("--data-dir", data_dir, "client", "export", cid, "-o", tmp_path / "art15.pdf", env=ENV).code == 0
    assert run("--data-dir", data_dir, "minutes", "handout", cid, "-o", tmp_path / "handout.pdf", env=ENV).code == 0
    bulk, opened = _entries(data_dir)
    assert opened == 1  # the Art. 15 export opens exactly that record
    assert [b.kind for b in bulk] == ["handout", "export", "search"]
    assert run("--data-dir", data_dir, "audit", "verify", env=ENV).code == 0  # the chain still holds
