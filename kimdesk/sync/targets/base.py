"""The storage a sync round talks to: a handful of file operations, nothing about sync.

Paths are relative to the target root and use ``/``. Every failure is an ``OSError``
(``FileNotFoundError`` when something is missing), whatever the transport, so the sync
engine handles a vanished USB stick, an unmounted share and a dropped SMB session alike.
Adding WebDAV or an object store means one more subclass; the merge never sees targets.
"""

from __future__ import annotations

import errno
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

#: bytes per piece when a target streams a file
CHUNK = 1 << 20

T = TypeVar("T")

#: Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (another process holds the file)
SHARING_VIOLATIONS = (32, 33)
#: seconds between attempts while a file is held (antivirus scans take a moment; then give up)
BACKOFF = (0.05, 0.1, 0.2, 0.4, 0.8)


class FileBusy(PermissionError):
    """Another process holds the file — another laptop reading it, antivirus scanning it.

    Windows refuses to replace, delete (and, for exclusive holders, read) such a file with a
    sharing violation. It is tried again with a backoff, then left for the next round: never a
    lost connection, never a failed round.
    """


class TooLarge(ValueError):
    """A file on the share larger than any file KIMdesk writes there: never read (anyone can drop one)."""

    def __init__(self, size: int, limit: int, path: str):
        super().__init__(f"{size} bytes, larger than {limit}")
        self.size, self.limit, self.path = size, limit, path


def is_sharing_violation(exc: BaseException) -> bool:
    if isinstance(exc, FileBusy):
        return True
    if not isinstance(exc, PermissionError):
        return False
    # os.replace onto a held file gives ERROR_ACCESS_DENIED (errno EACCES) as often as error 32
    return getattr(exc, "winerror", None) in SHARING_VIOLATIONS or exc.errno in (errno.EACCES, errno.EPERM)


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def patiently(op: Callable[..., T], *args: object) -> T:
    """Run a file operation; on a sharing violation wait and retry, then raise ``FileBusy``."""
    for delay in (*BACKOFF, None):
        try:
            return op(*args)
        except PermissionError as exc:
            if not is_sharing_violation(exc):
                raise
            if delay is None:
                raise FileBusy(exc.errno or errno.EACCES, "in use by another process", exc.filename) from None
            _sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


@dataclass(frozen=True)
class DirEntry:
    name: str
    is_dir: bool
    size: int = 0


class Target(ABC):
    #: shown to people and in reports; never contains a password
    url: str = ""

    @abstractmethod
    def root_is_dir(self) -> bool:
        """Does the target's root folder exist (and is it a folder)? Never creates it."""

    @abstractmethod
    def list(self, path: str) -> list[DirEntry]:
        """Entries of a folder ("" is the root); FileNotFoundError if it does not exist."""

    @abstractmethod
    def read(self, path: str) -> bytes: ...

    @abstractmethod
    def write(self, path: str, data: bytes) -> None:
        """Create or truncate ``path`` and write ``data`` (not yet durable, see ``fsync``)."""

    def read_into(self, path: str, sink: Callable[[bytes], object]) -> None:
        """Hand the bytes of ``path`` to ``sink`` piece by piece (a snapshot of a large team is
        never whole in memory); here in one piece, streamed where the transport allows."""
        sink(self.read(path))

    def write_from(self, path: str, pieces: Iterable[bytes]) -> None:
        """``write`` of the concatenated ``pieces``; streamed where the transport allows."""
        self.write(path, b"".join(pieces))

    @abstractmethod
    def fsync(self, path: str) -> None:
        """Make a written file durable (a no-op where the transport flushes on close)."""

    @abstractmethod
    def rename(self, src: str, dst: str) -> None:
        """Move ``src`` to ``dst``, replacing ``dst`` if it exists."""

    @abstractmethod
    def delete(self, path: str) -> None: ...

    @abstractmethod
    def exists(self, path: str) -> bool: ...

    @abstractmethod
    def mkdir(self, path: str) -> None:
        """Create a folder (and its parents) below the root; fine if it exists."""

    def size_of(self, path: str) -> int | None:
        """The listed size of file ``path`` (None if it is not there): checked before reading untrusted files."""
        parent, _, name = path.rpartition("/")
        for entry in self.list(parent):
            if entry.name == name and not entry.is_dir:
                return entry.size
        return None

    def read_at_most(self, path: str, limit: int) -> bytes:
        """Read ``path`` unless it is listed larger than ``limit`` (then ``TooLarge``, nothing read)."""
        size = self.size_of(path)
        if size is None:
            raise FileNotFoundError(2, "No such file", path)
        if size > limit:
            raise TooLarge(size, limit, path)
        return self.read(path)

    def rmdir(self, path: str) -> None:
        """Remove an empty folder below the root (a retired or fake device folder)."""
        raise OSError(errno.EOPNOTSUPP, "cannot remove folders here", path)

    def close(self) -> None:
        """Release connections (SMB sessions); the target can be used again afterwards."""

    def __enter__(self) -> Target:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def join(*parts: str) -> str:
    return "/".join(p.strip("/") for p in parts if p)
