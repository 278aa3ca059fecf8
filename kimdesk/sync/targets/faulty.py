"""Fault injection (SQLite's I/O-error tests, applied to a share): the N-th operation fails.

``FaultyTarget(inner, fail_at=N, persist=False)`` counts the file operations a sync round
makes (list, read, write, fsync, rename, delete, exists, mkdir) and makes the N-th fail with
an ``OSError`` — once, or (``persist=True``) that one and every later one, as when a share
vanishes mid-round. A failing write leaves half the bytes behind, like a torn write.
"""

from __future__ import annotations

import errno

from kimdesk.sync.targets.base import DirEntry, Target

OPERATIONS = ("list", "read", "write", "fsync", "rename", "delete", "exists", "mkdir")


class InjectedFault(OSError):
    pass


class FaultyTarget(Target):
    def __init__(self, inner: Target, fail_at: int | None = None, *, persist: bool = False,
                 only: tuple[str, ...] = OPERATIONS):
        self.inner = inner
        self.url = inner.url
        self.fail_at = fail_at
        self.persist = persist
        self.only = only
        self.count = 0
        self.failed: list[tuple[int, str, str]] = []

    def _tick(self, op: str, path: str) -> bool:
        """True when this operation must fail."""
        if op not in self.only:
            return False
        self.count += 1
        if self.fail_at is None:
            return False
        hit = self.count == self.fail_at or (self.persist and self.count > self.fail_at)
        if hit:
            self.failed.append((self.count, op, path))
        return hit

    def _fail(self, op: str, path: str) -> None:
        raise InjectedFault(errno.EIO, f"injected {op} failure", path)

    def root_is_dir(self) -> bool:
        if self._tick("list", ""):
            return False
        return self.inner.root_is_dir()

    def list(self, path: str) -> list[DirEntry]:
        if self._tick("list", path):
            self._fail("list", path)
        return self.inner.list(path)

    def read(self, path: str) -> bytes:
        if self._tick("read", path):
            data = self.inner.read(path)
            if data and not self.persist:
                return data[: len(data) // 2]  # a short read the first time
            self._fail("read", path)
        return self.inner.read(path)

    def read_into(self, path: str, sink) -> None:
        if self._tick("read", path):
            data = self.inner.read(path)
            if data and not self.persist:
                sink(data[: len(data) // 2])  # a short read the first time
                return
            self._fail("read", path)
        self.inner.read_into(path, sink)

    def write_from(self, path: str, pieces) -> None:
        if self._tick("write", path):
            data = b"".join(pieces)
            try:
                self.inner.write(path, data[: len(data) // 2])
            except OSError:
                pass
            self._fail("write", path)
        self.inner.write_from(path, pieces)

    def write(self, path: str, data: bytes) -> None:
        if self._tick("write", path):
            try:
                self.inner.write(path, data[: len(data) // 2])
            except OSError:
                pass
            self._fail("write", path)
        self.inner.write(path, data)

    def fsync(self, path: str) -> None:
        if self._tick("fsync", path):
            self._fail("fsync", path)
        self.inner.fsync(path)

    def rename(self, src: str, dst: str) -> None:
        if self._tick("rename", dst):
            self._fail("rename", dst)
        self.inner.rename(src, dst)

    def delete(self, path: str) -> None:
        if self._tick("delete", path):
            self._fail("delete", path)
        self.inner.delete(path)

    def exists(self, path: str) -> bool:
        if self._tick("exists", path):
            self._fail("exists", path)
        return self.inner.exists(path)

    def mkdir(self, path: str) -> None:
        if self._tick("mkdir", path):
            self._fail("mkdir", path)
        self.inner.mkdir(path)

    def rmdir(self, path: str) -> None:
        if self._tick("delete", path):
            self._fail("delete", path)
        self.inner.rmdir(path)

    def close(self) -> None:
        self.inner.close()
