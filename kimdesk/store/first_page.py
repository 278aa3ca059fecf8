"""The lean read for the first paint: settings and the client list's first page straight from SQLCipher.

Starting the app used to import SQLAlchemy and every model class (about half of the start-up
time) before anything was on screen. This module reads what the first screen shows – the
language, the user's name, the window's geometry and the first page of the client list in
its default order – through ``sqlcipher3`` directly, so the window can be painted before the
ORM, the sync engine and the rest are imported behind it (``kimdesk.ui.app``).

It must stay lean: nothing here imports SQLAlchemy or ``kimdesk.models`` (checked by
``tests/test_first_page.py`` in a fresh interpreter). What it spells by hand – the list's
columns, the sort expressions of its indexes, the keyring entry's name, the date display –
is compared with the ORM-backed originals by that test, page by page for every sort order.

The key is the same raw 32-byte database key the engine uses (``PRAGMA key = "x'…'"``, from
the keyring or unwrapped from the key file with the passphrase: ``keyfile.KeyFile``); nothing
is decrypted to disk (``temp_store = MEMORY``), and the connection only reads. Whenever it
cannot answer with certainty (no database, a wrong or stale key, a schema that needs an
upgrade, a half-built profile) it returns ``None`` and the caller takes the full path, which
explains the problem or asks for the passphrase as before.
"""

from __future__ import annotations

import json
from collections import namedtuple
from pathlib import Path
from typing import Any

from kimdesk.paths import DB_NAME, KEY_NAME, resource_path
from kimdesk.store import migrations, options

# the client list's columns, in the order the table shows them (services.clients_intake.client_list.COLUMNS)
LIST_COLUMNS = ("case_number", "family_name", "given_name", "birth_date", "municipality", "residence_status",
                "case_manager", "status")
# columns that may be NULL sort as "" (models.list_indexes.NULLABLE_SORT: spelled as the indexes spell it)
NULLABLE_SORT = ("birth_date", "municipality", "residence_status", "case_manager")
PAGE = 200
# the rows the first paint reads: what the tallest single screen shows (a table row is about 24 px: 30 rows
# at 1366x768, 90 on a 2160-pixel high screen at 100 %), not a whole page: the rest of the page follows
# from the real model once attached. Read at 100,000 people, steady state: 200 rows 6.3-7.5 ms, 100 rows
# 4.2-4.8 ms (each row a page of the table decrypted)
FIRST_PAINT = 100

# a row of the list, with the fields of services.clients_intake.client_list.Row
ListRow = namedtuple("ListRow", ("id", *LIST_COLUMNS))


class FirstPaint:
    """What the first screen shows, read before the ORM exists. A plain class, as the lean read's other
    records (``options.Option``, ``keyfile.KeyFile``, ``policy.Policy``): a dataclass is compiled from
    source when its module is imported, about half a millisecond each on the way to the first paint."""

    __slots__ = ("key", "language", "user_name", "geometry", "rows", "hold")

    def __init__(self, *, key: bytes, language: str, user_name: str, geometry: str, rows: list[ListRow],
                 hold: Any = None):
        self.key = key
        self.language = language
        self.user_name = user_name
        self.geometry = geometry
        self.rows = rows
        self.hold = hold  # the profile's shared lock until the store has its own

    def __repr__(self) -> str:  # never the key, nor the lock
        return (f"FirstPaint(language={self.language!r}, user_name={self.user_name!r}, "
                f"geometry={self.geometry!r}, rows={self.rows!r})")

    def release(self) -> None:
        if self.hold is not None:
            self.hold.release()
            self.hold = None


def keyring_name(profile_id: str) -> str:
    """The keyring entry of a profile's database key (as ``store.profile.keyring_name``)."""
    return f"db-key:{profile_id}"


def preload() -> None:
    """Import what the key's reading and the lean read need, before PySide6 is imported (the desktop
    start calls it first). Once PySide6 is loaded, its import hook reads the whole source of every
    module an import statement names, the first time (it looks for the word "PySide6"): about 5 ms
    for keyring, its helpers, sqlcipher3 and the JSON modules they pull in. Imported
    before, only the few names the reading thread's own import statements spell are read. Never raises:
    a module that fails here fails again on the reading thread, and the full path explains it."""
    try:
        import sqlcipher3  # noqa: F401

        from kimdesk.store import keyfile, policy, profile_lock, secrets  # noqa: F401
    except Exception:  # noqa: BLE001 - see above
        return


def key_from_keyring(profile_dir: Path) -> bytes | None:
    """The database key the OS keyring holds for this profile, or None."""
    from kimdesk.store import secrets
    from kimdesk.store.keyfile import KeyFile

    try:
        hexkey = secrets.get(keyring_name(KeyFile.load(profile_dir / KEY_NAME).profile_id))
        return bytes.fromhex(hexkey) if hexkey else None
    except Exception:  # noqa: BLE001 - a damaged key file or keyring: the full path says what is wrong
        return None


def key_from_passphrase(profile_dir: Path, passphrase: str) -> bytes | None:
    """The database key unwrapped from the key file (Argon2id, the same KDF), or None."""
    from kimdesk.store.keyfile import KeyFile

    try:
        return KeyFile.load(profile_dir / KEY_NAME).unwrap(passphrase)
    except Exception:  # noqa: BLE001 - a wrong passphrase or damaged file: the full path says so
        return None


def connect(db_path: Path, key: bytes):
    """A reading connection on the SQLCipher database with the raw key; raises when it does not fit."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our answer, not a log line
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails here with a wrong key
        conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def read_option(conn: Any, option: options.Option) -> Any:
    """A laptop setting as ``Option.read`` gives it: IT's preset, else the stored value (cleaned), else
    the default. Team settings are not read here."""
    if option.team:
        raise ValueError(option.key)
    if option.locked:
        from kimdesk.store import policy

        raw = policy.value(option.key)
    else:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (option.key,)).fetchone()
        raw = None if row is None else json.loads(row[0])
    if raw is None:
        return option.default
    try:
        return option.clean(raw)
    except Exception:  # noqa: BLE001 - a value an older version wrote: the default, as Option.read does
        return option.default


def page_sql(sort: str = "family_name", descending: bool = False) -> str:
    """The first page's statement, ordered as ``client_list.Query`` orders it (sort value, given name, id)."""
    name = sort if sort in LIST_COLUMNS else "family_name"
    first = f"coalesce({name}, '')" if name in NULLABLE_SORT else name
    way = " DESC" if descending else ""
    columns = ", ".join(("id", *LIST_COLUMNS))
    return (f"SELECT {columns} FROM client WHERE deleted IS 0 "
            f"ORDER BY {first}{way}, given_name{way}, id{way} LIMIT ?")


def id_text(value: Any) -> Any:
    """A person's id as text: stored as its 16 bytes since migration 0043 (``models.types.id_text``,
    spelled here as this module imports no models; compared with it by the test)."""
    if isinstance(value, bytes) and len(value) == 16:
        h = value.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return value


def first_rows(conn: Any, sort: str = "family_name", descending: bool = False, limit: int = PAGE) -> list[ListRow]:
    return [ListRow(id_text(r[0]), *r[1:]) for r in conn.execute(page_sql(sort, descending), (limit,))]


def read(profile_dir: Path, key: bytes, *, limit: int = FIRST_PAINT) -> FirstPaint | None:
    """Settings and the first page, or None when only the full path can open this profile.

    Read under the profile's shared lock (``store.profile_lock``, as every open store holds it: no
    restore swaps the file meanwhile), which the result keeps until ``release``."""
    from kimdesk.store import profile_lock

    try:
        hold = profile_lock.share(profile_dir)
    except Exception:  # noqa: BLE001 - being restored, or no folder: the full path says so
        return None
    painted = _read(profile_dir, key, limit)
    if painted is None:
        hold.release()
    else:
        painted.hold = hold
    return painted


def _read(profile_dir: Path, key: bytes, limit: int) -> FirstPaint | None:
    db_path = profile_dir / DB_NAME
    if (profile_dir / (KEY_NAME + ".new")).exists():
        return None  # a cut-off rekey: the full path finishes it (``profile._reconcile``)
    try:
        with open(db_path, "rb") as fh:
            head = fh.read(16)
        if not head or head.startswith(b"SQLite format 3"):
            return None  # empty or unencrypted: the full path explains it
        conn = connect(db_path, key)
    except Exception:  # noqa: BLE001 - missing, wrong key, damaged: the full path explains it
        return None
    try:
        revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
        if revisions != {migrations.HEAD}:
            return None  # an upgrade (and its backup) is the full path's job
        if not read_option(conn, options.DEVICE_ID):
            return None
        return FirstPaint(key=key, language=read_option(conn, options.LANGUAGE),
                          user_name=read_option(conn, options.USER_NAME) or "",
                          geometry=read_option(conn, options.WINDOW_GEOMETRY) or "",
                          rows=first_rows(conn, limit=limit))
    except Exception:  # noqa: BLE001 - anything unexpected: the full path, never a half-read window
        return None
    finally:
        conn.close()


def display_date(value: str | None) -> str:
    """A partial date as the list shows it (``models.partial_date.display``): 03.1990, 14.03.1990, 1990."""
    if not value:
        return ""
    return ".".join(reversed(value.split("-")))


_names_cache: dict[str, dict[str, str]] = {}


def shown(value: Any, language: str) -> str:
    """A closed list's value in ``language`` (``catalogue.shown``), from ``values_<language>.json``."""
    text = "" if value is None else str(value)
    if language not in _names_cache:
        path = resource_path("catalogue", f"values_{language}.json")
        names: dict[str, str] = {}
        if language != "de" and path.is_file():
            doc = json.loads(path.read_text(encoding="utf-8"))
            names = {german: name for key, group in doc.items() if not key.startswith("_")
                     for german, name in group.items()}
        _names_cache[language] = names
    return _names_cache[language].get(text, text)
