"""Windows' file rules, simulated on Linux for the folder target (issue 18).

No Windows machine is available to the project. ``WindowsShare`` is the real ``FolderTarget``
whose raw file operations obey what Windows does when another process holds a file:
``os.replace``/``os.unlink``/an exclusive open fail with ``PermissionError`` (errno EACCES,
``winerror`` 32 ERROR_SHARING_VIOLATION) while it is held — by another laptop reading it over
SMB or by antivirus scanning a new file — and succeed once it is released.
Sources: Microsoft Learn, "CreateFileW" (dwShareMode: "if sharing is denied … fails with
ERROR_SHARING_VIOLATION"), "MoveFileExW", "DeleteFileW"; Python docs, ``os.replace`` ("On
Windows … may fail if the destination is open"); KIMdesk issue 18.
"""

from __future__ import annotations

import errno
import fcntl
import os
import random
from pathlib import Path

from kimdesk.sync.targets import FolderTarget

SHARING_VIOLATION = 32
RETRIES = 6  # attempts ``patiently`` makes (see kimdesk.sync.targets.base.BACKOFF)


def sharing_violation(path: str) -> PermissionError:
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another "
                                        "process", path)
    exc.winerror = SHARING_VIOLATION  # what CPython sets on Windows
    return exc


class WindowsShare(FolderTarget):
    """A folder target where files can be held: ``holds[name] = n`` refuses the next n operations.

    With ``rng`` and ``chance``, any file an operation touches may become held at random, for a
    few attempts (an antivirus scan: released while ``patiently`` retries) or for more than a
    round's retries (another laptop reading it: this round skips it).
    """

    def __init__(self, root: Path | str, *, rng: random.Random | None = None, chance: float = 0.0,
                 holds: dict[str, int] | None = None):
        super().__init__(root)
        self.rng = rng
        self.chance = chance
        self.holds = holds if holds is not None else {}
        self.refused = 0

    def _check(self, p: Path) -> None:
        name = p.relative_to(self.root).as_posix()
        if name not in self.holds and self.rng is not None and self.rng.random() < self.chance:
            self.holds[name] = self.rng.choice([1, 2, 3, RETRIES + 2])
        if self.holds.get(name, 0) > 0:
            self.holds[name] -= 1
            self.refused += 1
            raise sharing_violation(str(p))

    def _read(self, p: Path) -> bytes:  # an exclusive holder (no FILE_SHARE_READ)
        self._check(p)
        return super()._read(p)

    def _fsync(self, p: Path) -> None:  # antivirus holds the file it was just given
        self._check(p)
        super()._fsync(p)

    def _replace(self, src: Path, dst: Path) -> None:
        self._check(src)
        self._check(dst)
        super()._replace(src, dst)

    def _unlink(self, p: Path) -> None:
        self._check(p)
        super()._unlink(p)


def refuse_fsync_on_read_only(real_fsync):
    """``os.fsync`` as on Windows: ``_commit``/``FlushFileBuffers`` needs a handle with write access.

    Source: Microsoft Learn, "FlushFileBuffers": "The handle must have the GENERIC_WRITE access
    right"; Python docs, ``os.fsync``: "On Windows, calls the MS _commit() function".
    """

    def fsync(fd: int) -> None:
        if (fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE) == os.O_RDONLY and not _is_dir(fd):
            raise OSError(errno.EBADF, "Bad file descriptor")
        real_fsync(fd)

    return fsync


def _is_dir(fd: int) -> bool:
    import stat

    return stat.S_ISDIR(os.fstat(fd).st_mode)
