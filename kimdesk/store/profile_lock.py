"""Who holds a profile: every open store keeps a shared lock on ``kimdesk.lock`` in the folder.

A restore swaps the database file; a process still holding the old one would go on writing
into the file that was moved aside, and its rows would be lost to the restored profile. So
opening takes a shared lock and a restore needs the exclusive one (POSIX ``flock``, released
by the OS when a process dies, even by SIGKILL). On Windows the database file itself cannot
be renamed while another process has it open (no ``FILE_SHARE_DELETE``), which the restore
reports with the same line.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kimdesk.errors import StoreError
from kimdesk.i18n import translate

LOCK_NAME = "kimdesk.lock"

try:
    import fcntl
except ImportError:  # Windows: the rename of an open database fails instead (see restore)
    fcntl = None  # type: ignore[assignment]


def in_use() -> StoreError:
    return StoreError(translate("Store", "Das Profil wird von einem anderen KIMdesk-Prozess benutzt; beenden Sie ihn "
                                         "und versuchen Sie es erneut. Es wurde nichts geändert."))


def _open(folder: Path) -> int:
    return os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)


class Held:
    """A shared hold on one profile folder, released by ``release()`` (or the process's end)."""

    def __init__(self, fd: int | None):
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def share(folder: Path) -> Held:
    """Hold ``folder`` shared; refused while a restore holds it exclusively."""
    if fcntl is None or not folder.is_dir():
        return Held(None)
    fd = _open(folder)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise StoreError(translate("Store", "Das Profil wird gerade wiederhergestellt; bitte gleich erneut "
                                            "versuchen.")) from None
    return Held(fd)


@contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold ``folder`` alone, or raise the one-line "in use" error at once."""
    if fcntl is None:
        yield
        return
    fd = _open(folder)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise in_use() from None
        yield
    finally:
        os.close(fd)
