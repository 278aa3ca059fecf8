"""Encrypted local backups: made, pruned, restored; a bad backup changes nothing."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kimdesk.errors import StoreError
from kimdesk.services import backup, clients, search
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
