"""The encrypted store: keys, passphrase, keyring, failures that change nothing, migrations."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text

from kimdesk.errors import StoreError, WrongPassphrase
from kimdesk.models import Client
from kimdesk.store import migrate, secrets
from kimdesk.store.keyfile import KeyFile
from kimdesk.store.profile import Profile, change_passphrase, init_profile, keyring_name, open_profile, rekey

PASS = "a long enough passphrase"


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def fresh(data_dir: Path) -> Profile:
    profile = Profile(data_dir)
    init_profile(profile, PASS).close()
    return profile


def test_init_creates_private_files_and_keyring_entry(fresh: Profile):
    assert stat.S_IMODE(fresh.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(fresh.dir.stat().st_mode) == 0o700
    for f in fresh.dir.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) & 0o077 == 0, f
    kf = KeyFile.load(fresh.key_path)
    assert secrets.get(keyring_name(kf.profile_id)) == kf.unwrap(PASS).hex()
    # the database file is SQLCipher: no SQLite header in clear
    assert not fresh.db_path.read_bytes().startswith(b"SQLite format 3")


def test_open_with_passphrase_then_keyring(fresh: Profile):
    store = open_profile(fresh, passphrase=PASS)
    store.close()
    store = open_profile(fresh, prompt=lambda: pytest.fail("keyring should have opened it"))
    store.close()


def test_no_keyring_backend_needs_passphrase(fresh: Profile, monkeypatch):
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    assert secrets.backend() is None
    store = open_profile(fresh, prompt=lambda: PASS)
    store.close()
    with pytest.raises(WrongPassphrase):
        open_profile(fresh, prompt=lambda: None)


def test_plaintext_backend_counts_as_no_keyring(monkeypatch):
    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, *a):
            return "leak"

        def set_password(self, *a):
            raise AssertionError("must never store in a plaintext backend")

        def delete_password(self, *a):
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    assert secrets.backend() is None
    assert secrets.put("x", "secret") is False
    assert secrets.get("x") is None


def test_wrong_passphrase_changes_nothing(fresh: Profile):
    before = digest(fresh.dir)
    with pytest.raises(WrongPassphrase) as err:
        open_profile(fresh, passphrase="not the passphrase")
    assert "\n" not in str(err.value)
    assert digest(fresh.dir) == before


def test_missing_key_file_is_clear_and_changes_nothing(fresh: Profile):
    fresh.key_path.unlink()
    before = digest(fresh.dir)
    with pytest.raises(StoreError, match="Schlüsseldatei fehlt"):
        open_profile(fresh, passphrase=PASS)
    assert digest(fresh.dir) == before


@pytest.mark.parametrize("kind", ["random", "plain-sqlite", "empty"])
def test_not_a_kimdesk_database(fresh: Profile, kind: str):
    fresh.db_path.unlink()
    if kind == "random":
        fresh.db_path.write_bytes(os.urandom(8192))
    elif kind == "plain-sqlite":
        con = sqlite3.connect(fresh.db_path)
        con.execute("create table x(a)")
        con.commit()
        con.close()
    else:
        fresh.db_path.write_bytes(b"")
    before = digest(fresh.dir)
    with pytest.raises(StoreError) as err:
        open_profile(fresh, passphrase=PASS)
    assert "\n" not in str(err.value)
    assert digest(fresh.dir) == before


def test_database_from_newer_version_is_refused_untouched(fresh: Profile):
    store = open_profile(fresh, passphrase=PASS)
    with store.connection(write=True) as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version(version_num) VALUES ('9999_future')"))
    store.close()
    before = digest(fresh.dir)
    with pytest.raises(StoreError, match="neueren KIMdesk-Version"):
        open_profile(fresh, passphrase=PASS)
    assert digest(fresh.dir) == before


def test_tampered_key_file_is_refused(fresh: Profile):
    raw = fresh.key_path.read_bytes().replace(b'"iterations": 3', b'"iterations": 4')
    fresh.key_path.write_bytes(raw)
    with pytest.raises(WrongPassphrase):  # the header is authenticated: any change fails the tag
        open_profile(fresh, passphrase=PASS)


def test_change_passphrase_rewraps_without_touching_the_database(fresh: Profile):
    db_before = fresh.db_path.read_bytes()
    change_passphrase(fresh, PASS, "another long passphrase")
    assert fresh.db_path.read_bytes() == db_before
    with pytest.raises(WrongPassphrase):
        open_profile(fresh, passphrase=PASS)
    open_profile(fresh, passphrase="another long passphrase").close()


def test_rekey_reencrypts_database(fresh: Profile):
    store = open_profile(fresh, passphrase=PASS)
    with store.session() as s:
        s.add(Client(case_number="X-1", given_name="Olena", family_name="Kovalenko"))
    old_key = KeyFile.load(fresh.key_path).unwrap(PASS)
    rekey(store, fresh, PASS)
    new_key = KeyFile.load(fresh.key_path).unwrap(PASS)
    assert new_key != old_key
    store = open_profile(fresh, passphrase=PASS)
    with store.session(write=False) as s:
        assert s.query(Client).one().family_name == "Kovalenko"
    store.close()
    from tests.support.stores import open_with_key

    with pytest.raises(StoreError):
        open_with_key(fresh, old_key)


def test_first_revision_database_is_backed_up_and_upgraded(data_dir: Path):
    """A database at the first schema revision opens with the current code."""
    from kimdesk.store.profile import engine_for, new_database_key  # noqa: F401

    profile = Profile(data_dir)
    store = init_profile(profile, PASS, remember=False)
    first = next(r.revision for r in migrate.script().walk_revisions() if r.down_revision is None)
    # rebuild the schema at the first revision only, with one person in it
    engine = store.engine
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        for t in tables:
            conn.exec_driver_sql(f'DROP TABLE "{t}"')
        conn.commit()
    migrate.upgrade(engine, first)
    with engine.connect() as conn:
        conn.exec_driver_sql(
            "INSERT INTO setting(key, value) VALUES ('device_id', '\"dev\"'), ('case_counter', '0')")
        conn.exec_driver_sql(
            "INSERT INTO client(id, case_number, given_name, family_name, languages, interpreter_needed, status,"
            " deleted) VALUES ('11111111-1111-4111-8111-111111111111', 'A-1', 'Ayşe', 'Yılmaz', '[]', 0, 'open', 0)")
        conn.commit()
    store.close()
    upgraded = open_profile(profile, passphrase=PASS)
    with upgraded.connection() as conn:
        assert migrate.current(conn) == migrate.heads()
        assert conn.exec_driver_sql("SELECT family_name FROM client").scalar() == "Yılmaz"
    upgraded.close()
    backups = list((profile.dir / "backups").glob("pre-migration-*.db")) if (profile.dir / "backups").exists() else []
    assert bool(backups) == (migrate.heads() != {first})


def test_one_connection_for_many_units_of_work(store):
    opened = store.connections_opened
    for i in range(20):
        with store.session() as s:
            s.add(Client(case_number=f"C-{i}", given_name="A", family_name=f"B{i}"))
    with store.connection() as conn:
        conn.exec_driver_sql("SELECT 1")
    assert store.connections_opened == opened


def test_lock_closes_connections_and_refuses_use(store):
    from kimdesk.errors import Locked

    store.lock()
    assert not store.is_open
    with pytest.raises(Locked):
        with store.session():
            pass


def test_quick_head_check_agrees_with_alembic():
    assert migrate.quick_heads() == migrate.heads()


def test_the_sync_interval_has_one_default():
    from kimdesk.services.admin import settings as ui_settings
    from kimdesk.sync import settings as sync_settings

    assert sync_settings.INTERVAL_MINUTES.key == ui_settings.SYNC_INTERVAL_MINUTES.key
    assert sync_settings.INTERVAL_MINUTES.default == ui_settings.SYNC_INTERVAL_MINUTES.default


def test_plain_sqlite_engine_has_the_newer_functions_sqlcipher_bundles(tmp_path, store):
    """The benchmark's plain-SQLite baseline runs the app's statements on Python's sqlite3 (3.40):
    unhex and octet_length answer there as in SQLCipher's newer SQLite."""
    from kimdesk.store.engine import make_engine

    sql = "SELECT octet_length('Ölmez'), octet_length(NULL), octet_length(12), hex(unhex('00ff'))"
    plain = make_engine(tmp_path / "plain.db", None)
    try:
        with plain.connect() as conn:
            got = conn.exec_driver_sql(sql).one()
    finally:
        plain.dispose()
    with store.connection() as conn:
        assert tuple(got) == tuple(conn.exec_driver_sql(sql).one()) == (6, None, 2, "00FF")
