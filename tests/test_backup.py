"""Encrypted local backups: made, pruned, restored; a bad backup changes nothing."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kimdesk.errors import StoreError
from kimdesk.services.admin import backup
from kimdesk.services.clients_intake import clients, search
from tests.support.cli import run
from tests.support.stores import open_with_key


def test_backup_is_encrypted_and_restores(store, profile, template_profile):
    key = template_profile[1]
    cid = clients.create_client(store, {"given_name": "Quirin", "family_name": "Zauberflöte", "phone": "0171 5556667"})
    made = backup.create(store)
    assert b"Zauberfl" not in made.path.read_bytes() and b"5556667" not in made.path.read_bytes()
    assert made.path.stat().st_mode & 0o077 == 0
    clients.update_client(store, cid, {"family_name": "Später"})
    old_device = store.device_id
    store.close()
    kept = backup.restore(profile, made.path, key)
    assert kept.exists()
    restored = open_with_key(profile, key)
    try:
        assert [h.family_name for h in search.search(restored, "Zauberflöte")] == ["Zauberflöte"]
        assert restored.device_id != old_device  # continues as a new device for sync
    finally:
        restored.close()


def test_keeps_the_last_n(store):
    start = datetime(2026, 1, 1, 8, 0, 0)
    for day in range(10):
        backup.create(store, now=start + timedelta(days=day), keep=7)
    kept = backup.list_backups(store.path)
    assert len(kept) == 7
    assert kept[0].created == start + timedelta(days=9)


def test_daily_only_when_due(store):
    now = datetime(2026, 3, 1, 9, 0)
    assert backup.create_if_due(store, now=now) is not None
    assert backup.create_if_due(store, now=now + timedelta(hours=5)) is None
    assert backup.create_if_due(store, now=now + timedelta(days=1, minutes=1)) is not None


def test_foreign_or_damaged_backup_changes_nothing(store, profile, template_profile, tmp_path: Path):
    key = template_profile[1]
    store.close()
    before = hashlib.sha256(profile.db_path.read_bytes()).hexdigest()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x01" * 8192)
    with pytest.raises(StoreError):
        backup.restore(profile, junk, key)
    assert hashlib.sha256(profile.db_path.read_bytes()).hexdigest() == before


def test_cli_backup_round(data_dir: Path):
    env = {"KIMDESK_PASSPHRASE": "correct horse battery"}
    assert run("--data-dir", data_dir, "init", env=env).code == 0
    res = run("--data-dir", data_dir, "backup", "create", env=env)
    assert res.code == 0, res.err
    listing = run("--data-dir", data_dir, "backup", "list", env=env).out.splitlines()
    assert len(listing) == 1
    path = listing[0].split("\t")[0]
    res = run("--data-dir", data_dir, "backup", "restore", path, env=env)
    assert res.code == 0, res.err
    assert run("--data-dir", data_dir, "doctor", env=env).code == 0


def test_restore_into_the_open_store(store, profile):
    from kimdesk.errors import WrongPassphrase
    from tests.support.stores import PASSPHRASE

    before = clients.create_client(store, {"given_name": "Ida", "family_name": "Vorher"})
    made = backup.create(store)
    after = clients.create_client(store, {"given_name": "Ole", "family_name": "Nachher"})
    device = store.device_id
    with pytest.raises(WrongPassphrase):
        backup.restore_into(store, profile, made.path, "falsche Passphrase")
    assert store.is_open and store.device_id == device and search.search(store, "Nachher")
    junk = profile.dir / "junk.db"
    junk.write_bytes(b"\x02" * 4096)
    with pytest.raises(StoreError):  # a bad backup: the current database is back, untouched
        backup.restore_into(store, profile, junk, PASSPHRASE)
    assert store.is_open and store.device_id == device and search.search(store, "Nachher")
    kept = backup.restore_into(store, profile, made.path, PASSPHRASE)
    assert kept.exists() and store.is_open and store.device_id != device
    found = {h.id for h in search.search(store, "Vorher")} | {h.id for h in search.search(store, "Nachher")}
    assert found == {before} and after not in found
    assert store.check() == ["ok"]
    clients.update_client(store, before, {"municipality": "Düren"})  # the store goes on working


def test_cli_restore_brings_back_the_state_and_refuses_a_wrong_passphrase(data_dir: Path):
    env = {"KIMDESK_PASSPHRASE": "correct horse battery"}
    assert run("--data-dir", data_dir, "init", env=env).code == 0
    sample = data_dir / "one.json"
    sample.write_text('{"format": "kimdesk-export", "version": 1, "clients": [{"id": '
                      '"0b7d1c3e-5f2a-4b8c-9d1e-2f3a4b5c6d7e", "given_name": "Vera", "family_name": "Gesichert"}]}')
    assert run("--data-dir", data_dir, "import", sample, env=env).code == 0
    assert run("--data-dir", data_dir, "backup", "create", env=env).code == 0
    path = run("--data-dir", data_dir, "backup", "list", env=env).out.split("\t")[0]
    sample.write_text('{"format": "kimdesk-export", "version": 1, "clients": [{"id": '
                      '"1c8e2d4f-6a3b-4c9d-8e2f-3a4b5c6d7e8f", "given_name": "Udo", "family_name": "Ungesichert"}]}')
    assert run("--data-dir", data_dir, "import", sample, env=env).code == 0
    db = data_dir / "default" / "kimdesk.db"
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    wrong = run("--data-dir", data_dir, "backup", "restore", path, env={"KIMDESK_PASSPHRASE": "wrong wrong wrong"})
    assert wrong.code == 2 and hashlib.sha256(db.read_bytes()).hexdigest() == digest
    res = run("--data-dir", data_dir, "backup", "restore", path, env=env)
    assert res.code == 0, res.err
    assert "Gesichert" in run("--data-dir", data_dir, "search", "Gesichert", env=env).out
    assert run("--data-dir", data_dir, "search", "Ungesichert", env=env).out == ""
    assert run("--data-dir", data_dir, "audit", "verify", env=env).code == 0
