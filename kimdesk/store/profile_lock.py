"""Who holds a profile: every open store keeps a shared lock on ``kimdesk.lock`` in the folder.

A restore swaps the database file; a process still holding the old one would go on writing
into the file that was moved aside, and its rows would be lost to the restored profile. So
opening takes a shared lock and a restore needs the exclusive one. The OS releases both when
a process dies, even by SIGKILL or Task Manager's "End task".

* POSIX: ``flock`` (shared / exclusive on the whole file).
* Windows: ``msvcrt.locking`` has only exclusive byte-range locks, so sharing is built from
  bytes: byte 0 is the gate, bytes 1…SLOTS are one slot per holder. Opening takes the gate for
  a moment, then a free slot, and lets the gate go; a restore takes the gate and every slot —
  it fails while anyone holds a slot, and nobody can open while it holds the gate. (Besides,
  Windows cannot rename an open database file without ``FILE_SHARE_DELETE``, which the restore
  reports with the same line.)

The branch is chosen by ``sys.platform`` when a lock is taken (simulated in
tests/test_windows_rules.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kimdesk.errors import StoreError
from kimdesk.i18n import translate

LOCK_NAME = "kimdesk.lock"
SLOTS = 1024  # Windows: holders of one profile at a time (the app, a CLI run, the scheduled sync …)


def in_use() -> StoreError:
    return StoreError(translate("Store", "Das Profil wird von einem anderen KIMdesk-Prozess benutzt; beenden Sie ihn "
                                         "und versuchen Sie es erneut. Es wurde nichts geändert."))


def _restoring() -> StoreError:
    return StoreError(translate("Store", "Das Profil wird gerade wiederhergestellt; bitte gleich erneut versuchen."))


def _open(folder: Path) -> int:
    return os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)


def _windows() -> bool:
    return sys.platform == "win32"


# -- Windows: byte-range locks ---------------------------------------------------------------------
def _lock_byte(fd: int, at: int, count: int = 1) -> bool:
    import msvcrt

    os.lseek(fd, at, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, count)
    except OSError:
        return False
    return True


def _unlock_byte(fd: int, at: int, count: int = 1) -> None:
    import msvcrt

    os.lseek(fd, at, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, count)
    except OSError:
        pass  # closing the handle releases it as well


def _win_share(fd: int) -> int:
    """Take a free slot (through the gate); the slot's offset, or StoreError while a restore runs."""
    if not _lock_byte(fd, 0):
        raise _restoring()
    try:
        for slot in range(1, SLOTS + 1):
            if _lock_byte(fd, slot):
                return slot
        raise in_use()  # SLOTS holders at once: nobody has that many
    finally:
        _unlock_byte(fd, 0)


def _win_exclusive(fd: int) -> None:
    if not _lock_byte(fd, 0):
        raise in_use()
    if not _lock_byte(fd, 1, SLOTS):
        _unlock_byte(fd, 0)
        raise in_use()


def _win_release(fd: int, slot: int | None) -> None:
    if slot is None:
        _unlock_byte(fd, 1, SLOTS)
        _unlock_byte(fd, 0)
    else:
        _unlock_byte(fd, slot)


# -- the two holds -----------------------------------------------------------------------------------
class Held:
    """A shared hold on one profile folder, released by ``release()`` (or the process's end)."""

    def __init__(self, fd: int | None, slot: int | None = None):
        self.fd = fd
        self.slot = slot  # Windows: the byte this hold locks

    def release(self) -> None:
        if self.fd is not None:
            if self.slot is not None:
                _win_release(self.fd, self.slot)
            os.close(self.fd)
            self.fd = None


def share(folder: Path) -> Held:
    """Hold ``folder`` shared; refused while a restore holds it exclusively."""
    if not folder.is_dir():
        return Held(None)
    fd = _open(folder)
    try:
        if _windows():
            return Held(fd, _win_share(fd))
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            raise _restoring() from None
    except BaseException:
        os.close(fd)
        raise
    return Held(fd)


@contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold ``folder`` alone, or raise the one-line "in use" error at once."""
    fd = _open(folder)
    try:
        if _windows():
            _win_exclusive(fd)
            try:
                yield
            finally:
                _win_release(fd, None)
            return
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise in_use() from None
        yield
    finally:
        os.close(fd)
