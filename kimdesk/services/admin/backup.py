"""Encrypted local backups: daily, the last N kept, restorable from the app and the CLI.

A backup is ``VACUUM INTO`` a file beside the profile: SQLCipher writes it encrypted with the
same key, consistent (one read transaction) and compact. Restoring checks the copy opens with
the profile's key and passes the integrity check before anything is replaced; the current
database is kept aside. A restored laptop continues under a new device id, so sync never
mistakes its rewound history for new changes and fetches what it had sent since the backup.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kimdesk.errors import StoreError
from kimdesk.i18n import translate
from kimdesk.paths import make_private_dir
from sqlalchemy.exc import DBAPIError

from kimdesk.store import profile_lock
from kimdesk.store.engine import explain
from kimdesk.store.journal_codes import Names
from kimdesk.store.store import Store
from kimdesk.store import options

INTERVAL = timedelta(days=1)
_NAME = re.compile(r"^kimdesk-(\d{8}-\d{6})\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime
    size: int


def folder_of(store_path: Path) -> Path:
    return store_path.parent / "backups"


def list_backups(store_path: Path) -> list[Backup]:
    folder = folder_of(store_path)
    if not folder.is_dir():
        return []
    out = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if m:
            out.append(Backup(p, datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), p.stat().st_size))
    return sorted(out, key=lambda b: b.created, reverse=True)


def create(store: Store, *, now: datetime | None = None, keep: int | None = None) -> Backup:
    now = now or datetime.now()
    folder = make_private_dir(folder_of(store.path))
    target = folder / f"kimdesk-{now:%Y%m%d-%H%M%S}.db"
    partial = folder / (target.name + ".partial")
    for stale in folder.glob("kimdesk-*.db.partial"):  # left by a crash or a full disk earlier
        stale.unlink(missing_ok=True)
    if keep is None:
        from kimdesk.services.admin import settings

        keep = settings.BACKUP_KEEP.get(store)
    try:
        with store.borrowed_engine() as engine:  # a lock meanwhile waits for it (``Store.lock``)
            raw = engine.raw_connection()
            try:
                raw.execute("VACUUM INTO ?", (str(partial),))
            finally:
                raw.close()
        os.chmod(partial, 0o600)
        partial.replace(target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise StoreError(translate("Backup", "Die Sicherung konnte nicht geschrieben werden ({err}); es wurde "
                                                 "nichts angelegt.").format(err=exc.strerror or type(exc).__name__)) \
                from None
        import sqlcipher3

        if isinstance(exc, (DBAPIError, sqlite3.Error, sqlcipher3.Error)):
            known = explain(exc) or str(exc).splitlines()[0]
            raise StoreError(translate("Backup", "Die Sicherung konnte nicht geschrieben werden: {err}").format(
                err=known)) from None
        raise
    with store.connection(write=True) as conn:
        store.set_setting(conn, options.BACKUP_LAST.key, now.isoformat(timespec="seconds"))
    for old in list_backups(store.path)[keep:]:
        old.path.unlink()
    return Backup(target, now.replace(microsecond=0), target.stat().st_size)


def due(store: Store, *, now: datetime | None = None) -> bool:
    now = now or datetime.now()
    with store.connection() as conn:
        last = store.get_setting(conn, options.BACKUP_LAST.key)
    return last is None or now - datetime.fromisoformat(last) >= INTERVAL


def create_if_due(store: Store, *, now: datetime | None = None) -> Backup | None:
    return create(store, now=now) if due(store, now=now) else None


def restore(profile, backup_path: Path, key: bytes) -> Path:
    """Replace the profile's database by ``backup_path`` (the store must be closed).

    Returns where the previous database was kept. Nothing changes if the backup does not open
    with the profile's key or fails the integrity check.
    """
    from kimdesk.store.profile import _connect, _store

    if not backup_path.is_file():
        raise StoreError(translate("Backup", "Sicherung {path} nicht gefunden.").format(path=backup_path))
    try:
        probe = _store(_connect(backup_path, key), profile)
    except StoreError as exc:
        raise StoreError(translate("Backup", "Die Sicherung passt nicht zu diesem Profil: {err}").format(err=exc)) \
            from None
    try:
        if probe.check() != ["ok"]:
            raise StoreError(translate("Backup", "Die Sicherung ist beschädigt (Integritätsprüfung)."))
    finally:
        probe.close()
    db = profile.db_path
    with profile_lock.exclusive(profile.dir):
        # every step before the final rename leaves the current database as it was, so a
        # crash (even SIGKILL) leaves either the old or the restored profile, never neither
        incoming = db.with_name(db.name + ".restoring")
        _remove_with_sides(incoming)
        shutil.copyfile(backup_path, incoming)
        os.chmod(incoming, 0o600)
        store = _store(_connect(incoming, key), profile)
        try:
            _continue_as_new_device(store)
        finally:
            store.close()
        _fsync(incoming)
        kept = _keep_copy(db, key)
        try:
            for side in ("-wal", "-shm"):
                db.with_name(db.name + side).unlink(missing_ok=True)
            os.replace(incoming, db)
        except PermissionError:  # Windows: another process has the file open
            raise profile_lock.in_use() from None
        _fsync(db.parent)
    return kept


def _remove_with_sides(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    if os.name != "posix" and path.is_dir():
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _keep_copy(db: Path, key: bytes) -> Path:
    """Copy the current database aside with every committed row: its WAL is checkpointed into
    it first, and whatever could not be checkpointed (a damaged file) is copied along as the
    kept copy's own ``-wal``, where SQLite finds it when the copy is opened."""
    from sqlalchemy.exc import DBAPIError

    from kimdesk.store.profile import engine_for

    kept = db.with_name(f"{db.name}.before-restore-{datetime.now():%Y%m%d-%H%M%S}")
    if not db.exists():
        return kept
    wal = db.with_name(db.name + "-wal")
    engine = engine_for(db, key)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except DBAPIError:
        pass  # damaged or not ours: the WAL is copied along below
    finally:
        engine.dispose()
    shutil.copyfile(db, kept)
    os.chmod(kept, 0o600)
    _fsync(kept)
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
        _fsync(kept.with_name(kept.name + "-wal"))
    return kept


def key_for(profile, passphrase: str) -> bytes:
    """The database key, which proves the passphrase (WrongPassphrase changes nothing)."""
    from kimdesk.store.keyfile import KeyFile

    return KeyFile.load(profile.key_path).unwrap(passphrase)


def restore_into(store: Store, profile, backup_path: Path, passphrase: str) -> Path:
    """Restore while the app runs: close the store, replace the database, reopen the same ``Store``.

    Every view holding ``store`` goes on using it; it now sees the restored data under the new
    device id. A wrong passphrase or a bad backup leaves the current database as it was (and
    open again). Returns where the previous database was kept.
    """
    from kimdesk.store.profile import _connect, _store

    key = key_for(profile, passphrase)
    store.lock()
    try:
        kept = restore(profile, backup_path, key)
    finally:
        fresh = _store(_connect(profile.db_path, key), profile)
        fresh.hold = profile_lock.share(profile.dir)
        store.reopen(fresh)
        store.device_id = fresh.device_id
    return kept


def _continue_as_new_device(store: Store) -> None:
    """After a restore this laptop is a new device: unsent changes go out under the new id."""
    new_id = str(uuid.uuid4())
    with store.connection(write=True) as conn:
        old_id = store.get_setting(conn, options.DEVICE_ID.key)
        names = Names(conn)
        if names.find(old_id) is not None:
            conn.exec_driver_sql("UPDATE change SET device_code = ? WHERE device_code = ? AND segment IS NULL",
                                 (names.code(new_id), names.find(old_id)))
        store.set_setting(conn, options.DEVICE_ID.key, new_id)
        store.set_setting(conn, options.PREVIOUS_DEVICE_IDS.key,
                          [*store.get_setting(conn, options.PREVIOUS_DEVICE_IDS.key, []), old_id])
    store.device_id = new_id
