"""Schema migrations (Alembic, shipped inside the package) with a backup before upgrading.

Opening a database written by an older KIMdesk copies the (still encrypted) file aside and
upgrades it; a database from a newer KIMdesk is refused before anything is touched.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from kimdesk.errors import StoreError
from kimdesk.i18n import translate
from kimdesk.paths import make_private_dir, make_private_file

MIGRATIONS = Path(__file__).with_name("migrations")


def config(conn: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def heads() -> set[str]:
    return set(script().get_heads())


def current(conn: Connection) -> set[str]:
    return set(MigrationContext.configure(conn).get_current_heads())


def status(engine: Engine) -> tuple[set[str], bool]:
    """(current revisions, needs upgrade); raises StoreError for an unknown (newer) revision."""
    with engine.connect() as conn:
        revs = current(conn)
        conn.rollback()
    known = {rev.revision for rev in script().walk_revisions()}
    unknown = revs - known
    if unknown:
        raise StoreError(
            translate("Store", "Die Datenbank stammt aus einer neueren KIMdesk-Version ({rev}); bitte KIMdesk aktualisieren.")
            .format(rev=", ".join(sorted(unknown)))
        )
    return revs, revs != heads()


def upgrade(engine: Engine, target: str = "heads") -> None:
    with engine.connect() as conn:
        with conn.begin():
            command.upgrade(config(conn), target)


def backup_before_upgrade(engine: Engine, db_path: Path, revs: set[str]) -> Path:
    """Checkpoint the WAL and copy the encrypted file to ``backups/`` beside it."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.rollback()
    folder = make_private_dir(db_path.parent / "backups")
    label = "-".join(sorted(revs)) or "empty"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"pre-migration-{label}-{stamp}.db"
    shutil.copy2(db_path, target)
    make_private_file(target)
    return target
