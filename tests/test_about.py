"""One version everywhere, and the About information names every library of the design."""

from __future__ import annotations

import re
from pathlib import Path

from kimdesk import __version__
from kimdesk.services.admin import about
from tests.support.cli import run_subprocess

ROOT = Path(__file__).resolve().parent.parent


def test_one_version_for_cli_about_and_bundle():
    assert run_subprocess("--version").out.strip() == f"KIMdesk {__version__}"
    assert about.version() == __version__
    spec = (ROOT / "build.spec").read_text()
    assert 'kimdesk" / "__init__.py"' in spec and "__version__" in spec  # the bundle reads the same line
    assert 'dynamic = ["version"]' in (ROOT / "pyproject.toml").read_text()


def test_every_designed_library_is_listed_with_version_and_licence():
    libs = {lib.name: lib for lib in about.libraries()}
    for needed in ("Qt / PySide6", "SQLAlchemy", "Alembic", "sqlcipher3 (SQLCipher)", "cryptography", "keyring",
                   "anyascii", "RapidFuzz", "jellyfish", "ReportLab", "smbprotocol", "platformdirs"):
        assert re.match(r"\d+\.\d+", libs[needed].version), needed
        assert libs[needed].licence
    assert "GPL" not in libs["anyascii"].licence  # the design chose anyascii over the GPL Unidecode


def test_places_name_profile_backups_and_logs(profile, data_dir):
    import logging

    from kimdesk.logs import setup_logging
    from kimdesk.paths import log_dir

    where = {p.what: p.where for p in about.places(profile)}
    assert str(profile.dir) in where.values()
    assert any(w.endswith("backups") for w in where.values())
    assert str(log_dir(None)) in where.values()  # the app without --data-dir logs there
    root = logging.getLogger("kimdesk")
    before = list(root.handlers)
    setup_logging(data_dir)  # with --data-dir the log moves beside it
    try:
        assert str(data_dir / "logs") in {p.where for p in about.places(profile)}
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
