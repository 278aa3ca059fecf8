"""Sync targets: a folder, an SMB share, memory (tests), and a fault-injecting wrapper."""

from __future__ import annotations

from pathlib import Path

from kimdesk.errors import BadInput
from kimdesk.i18n import translate
from kimdesk.sync.targets.base import DirEntry, Target, join
from kimdesk.sync.targets.folder import FolderTarget
from kimdesk.sync.targets.memory import MemoryTarget

__all__ = ["DirEntry", "FolderTarget", "MemoryTarget", "Target", "join", "open_target"]


def open_target(spec: str) -> Target:
    """A folder path or ``smb://user@host[:port]/share/dir``."""
    if spec.lower().startswith("smb://"):
        from kimdesk.sync.targets.smb import SmbTarget

        try:
            return SmbTarget(spec)
        except ValueError as exc:
            raise BadInput(translate("Sync", "Ungültige SMB-Adresse: {err}").format(err=exc)) from None
    if "://" in spec:
        raise BadInput(translate("Sync", "Unbekanntes Sync-Ziel „{spec}“: erwartet wird ein Ordner oder smb://…")
                       .format(spec=spec))
    return FolderTarget(Path(spec))
