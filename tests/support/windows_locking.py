"""``msvcrt.locking`` simulated on Linux, with its Windows semantics (Microsoft Learn, "_locking").

``_locking(fd, mode, nbytes)`` locks ``nbytes`` from the file's current position; the lock belongs
to the handle, so two handles of one process exclude each other too, and ``_LK_NBLCK`` fails at
once (EACCES) on a locked region. Linux' open-file-description locks (``F_OFD_SETLK``) behave the
same way, so they stand in for it: a test in one process sees what two processes would.
"""

from __future__ import annotations

import errno
import fcntl
import os
import struct

LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4
CALLS: list[tuple[int, int, int]] = []  # (mode, start, nbytes): the test can see the branch ran


def locking(fd: int, mode: int, nbytes: int) -> None:
    start = os.lseek(fd, 0, os.SEEK_CUR)
    CALLS.append((mode, start, nbytes))
    kind = fcntl.F_UNLCK if mode == LK_UNLCK else fcntl.F_WRLCK
    lock = struct.pack("hhqqi4x", kind, os.SEEK_SET, start, nbytes, 0)
    try:
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, lock)
    except OSError as exc:
        if mode == LK_UNLCK:
            raise OSError(errno.EACCES, "Permission denied") from None
        raise PermissionError(errno.EACCES, "Permission denied") from exc
