"""Schema migrations (Alembic, shipped inside the package) with a backup before upgrading.

Opening a database written by an older KIMdesk copies the (still encrypted) file aside and
upgrades it; a database from a newer KIMdesk is refused before anything is touched.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from kimdesk.errors import StoreError
from kimdesk.i18n import translate
from kimdesk.paths import make_private_dir, make_private_file

MIGRATIONS = Path(__file__).with_name("migrations")


if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


def config(conn: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


def heads() -> set[str]:
    return set(script().get_heads())


def current(conn: Connection) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    return set(MigrationContext.configure(conn).get_current_heads())


def quick_heads() -> set[str]:
    """The head revision, without importing Alembic or reading the revision files (``migrations.HEAD``).

    Opening a database that is already current is the common case; importing Alembic for it
    would cost a noticeable part of the app's start. ``tests/test_store.py`` checks that this
    agrees with Alembic's own answer.
    """
    from kimdesk.store.migrations import HEAD

    return {HEAD}


def _stored_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
        revs = {r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")} if has_table else set()
        conn.rollback()
    return revs


def status(engine: Engine) -> tuple[set[str], bool]:
    """(current revisions, needs upgrade); raises StoreError for an unknown (newer) revision."""
    revs = _stored_revisions(engine)
    if revs and revs == quick_heads():
        return revs, False
    known = {rev.revision for rev in script().walk_revisions()}  # imports Alembic: only when not current
    unknown = revs - known
    if unknown:
        raise StoreError(
            translate("Store", "Die Datenbank stammt aus einer neueren KIMdesk-Version ({rev}); bitte KIMdesk aktualisieren.")
            .format(rev=", ".join(sorted(unknown)))
        )
    return revs, revs != heads()


def upgrade(engine: Engine, target: str = "heads") -> None:
    from alembic import command

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
