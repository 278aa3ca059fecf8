"""No plaintext at rest: names and phone numbers never appear in any file KIMdesk wrote."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run

PASS = "correct horse battery"
SECRETS = {
    "given_name": "Zebulonia",
    "family_name": "Quastenflosser",
    "native_name": "Ксенофонтова",
    "phone": "0176 9182736",
}


def all_files(*roots: Path):
    for root in roots:
        if root.exists():
            yield from (p for p in root.rglob("*") if p.is_file())


def needles() -> list[bytes]:
    out = []
    for value in SECRETS.values():
        out += [value.encode("utf-8"), value.encode("utf-16-le"), value.lower().encode("utf-8")]
    out.append(b"9182736")
    return out


def test_written_people_leave_no_plaintext_bytes(data_dir: Path, tmp_path: Path, isolated_env: Path):
    env = {"KIMDESK_PASSPHRASE": PASS}
    assert run("--data-dir", data_dir, "init", env=env).code == 0
    from kimdesk.services.clients_intake import clients
    from kimdesk.store.profile import Profile, open_profile

    store = open_profile(Profile(data_dir), passphrase=PASS)
    cid = clients.create_client(store, SECRETS | {"birth_date": "1990"})
    clients.update_client(store, cid, {"municipality": "Roetgen"})
    # keep the WAL alive while we look: a crash would leave it like this
    with store.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM client").scalar() >= 1
        wal = data_dir / "default" / "kimdesk.db-wal"
        files_open = list(all_files(data_dir, isolated_env))
        assert wal.exists()
        for f in files_open:
            blob = f.read_bytes()
            for needle in needles():
                assert needle not in blob, (f, needle)
    store.close()
    assert run("--data-dir", data_dir, "search", "Quastenflosser", env=env).out.count("Quastenflosser") == 1
    run("--data-dir", data_dir, "doctor", env=env)
    files = list(all_files(data_dir, isolated_env))
    assert any(f.name.startswith("kimdesk.db") for f in files)
    assert any(f.name == "kimdesk.log" for f in files)  # logs exist and are checked too
    for f in files:
        blob = f.read_bytes()
        for needle in needles():
            assert needle not in blob, (f, needle)
