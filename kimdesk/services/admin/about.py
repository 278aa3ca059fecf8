"""What "Über KIMdesk" shows: the version, the libraries with their licences, where data lives.

One place for the version: ``kimdesk.__version__`` (``kimdesk --version``, this dialog and the
bundle's file version read it). Library versions come from the installed metadata (the bundle
carries it); the licences are stated here, checked against that metadata when this list was
written, because several packages do not declare theirs in a machine-readable way.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from kimdesk import __version__
from kimdesk.i18n import QT_TRANSLATE_NOOP, translate

LICENCE = "GPL-3.0-or-later"

# (shown name, distribution, licence, what KIMdesk uses it for)
LIBRARIES: tuple[tuple[str, str, str, str], ...] = (
    ("Qt / PySide6", "PySide6-Essentials", "LGPL-3.0-only", QT_TRANSLATE_NOOP("About", "Oberfläche, Drucken")),
    ("SQLAlchemy", "SQLAlchemy", "MIT", QT_TRANSLATE_NOOP("About", "Datenbankzugriff")),
    ("Alembic", "alembic", "MIT", QT_TRANSLATE_NOOP("About", "Schema-Migrationen")),
    ("sqlcipher3 (SQLCipher)", "sqlcipher3", "zlib; SQLCipher: BSD-3-Clause",
     QT_TRANSLATE_NOOP("About", "verschlüsselte Datenbank")),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause", QT_TRANSLATE_NOOP("About", "AES-GCM, Argon2id")),
    ("keyring", "keyring", "MIT", QT_TRANSLATE_NOOP("About", "Schlüsselbund des Systems")),
    ("anyascii", "anyascii", "ISC", QT_TRANSLATE_NOOP("About", "Namen in allen Schriften")),
    ("RapidFuzz", "rapidfuzz", "MIT", QT_TRANSLATE_NOOP("About", "ähnliche Namen")),
    ("jellyfish", "jellyfish", "MIT", QT_TRANSLATE_NOOP("About", "phonetische Schlüssel")),
    ("ReportLab", "reportlab", "BSD-3-Clause", QT_TRANSLATE_NOOP("About", "PDF-Dokumente")),
    ("Pillow", "pillow", "MIT-CMU", QT_TRANSLATE_NOOP("About", "von ReportLab benötigt")),
    ("smbprotocol", "smbprotocol", "MIT", QT_TRANSLATE_NOOP("About", "SMB-Freigaben")),
    ("platformdirs", "platformdirs", "MIT", QT_TRANSLATE_NOOP("About", "Datenordner")),
    ("DejaVu Sans", "", "Bitstream Vera / Public Domain", QT_TRANSLATE_NOOP("About", "Schrift in den PDFs")),
)


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str
    purpose: str


def libraries() -> list[Library]:
    out = []
    for name, dist, licence, purpose in LIBRARIES:
        try:
            version = metadata.version(dist) if dist else ""
        except metadata.PackageNotFoundError:
            version = "?"
        out.append(Library(name, version, licence, translate("About", purpose)))
    return out


@dataclass(frozen=True)
class Place:
    what: str
    where: str


def places(profile) -> list[Place]:
    """Where this profile's files are (paths only; nothing is read)."""
    from kimdesk.services.admin.backup import folder_of

    return [
        Place(translate("About", "Profil (Datenbank, Schlüsseldatei)"), str(profile.dir)),
        Place(translate("About", "Tägliche Sicherungen"), str(folder_of(profile.db_path))),
        Place(translate("About", "Protokolldateien (nur Kennungen)"), str(log_folder())),
        Place(translate("About", "Schlüsselbund-Einträge"), translate("About", "Dienst „KIMdesk“")),
    ]


def log_folder() -> Path:
    """Where this process logs: its file handler's folder (``--data-dir`` moves it), else the
    platform's log dir, which the app uses when started without ``--data-dir``."""
    import logging

    from kimdesk.paths import log_dir

    for handler in logging.getLogger("kimdesk").handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename).parent
    return log_dir(None)


def version() -> str:
    return __version__
