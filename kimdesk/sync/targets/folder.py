"""A folder: a mounted share, a network drive (``K:\\``), a UNC path, a USB stick.

It follows Windows' file rules, because that is where the team share lives:

* ``fsync`` opens the file for writing: ``FlushFileBuffers`` needs a handle with write access
  (os.fsync on a read-only descriptor fails there).
* folders are created without ``mode``: from CPython 3.12.4 on Windows, ``mode=0o700`` makes an
  owner-only ACL that locks every other team member out; the share's ACL belongs to IT.
* replace, delete and read of a file another process holds (another laptop reading
  ``cursors.state``, antivirus scanning a new segment) fail with a sharing violation: they are
  retried with a backoff and then raise ``FileBusy``, which the round skips until next time.
"""

from __future__ import annotations

import os
from pathlib import Path

from collections.abc import Callable, Iterable

from kimdesk.sync.targets.base import CHUNK, DirEntry, Target, patiently

_BINARY = getattr(os, "O_BINARY", 0)


class FolderTarget(Target):
    def __init__(self, root: Path | str):
        self.root = Path(root).expanduser()
        self.url = str(self.root)

    def _p(self, path: str) -> Path:
        if any(part in ("..", "") for part in path.split("/")) and path:
            raise ValueError(f"bad relative path: {path!r}")
        return self.root / path if path else self.root

    def root_is_dir(self) -> bool:
        return self.root.is_dir()

    def list(self, path: str) -> list[DirEntry]:
        out = []
        with os.scandir(self._p(path)) as it:
            for entry in it:
                is_dir = entry.is_dir(follow_symlinks=False)
                try:
                    size = 0 if is_dir else entry.stat(follow_symlinks=False).st_size
                except FileNotFoundError:  # removed by another laptop while we listed
                    continue
                out.append(DirEntry(entry.name, is_dir, size))
        return out

    def read(self, path: str) -> bytes:
        return patiently(self._read, self._p(path))

    def write(self, path: str, data: bytes) -> None:
        fd = os.open(self._p(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)

    def read_into(self, path: str, sink: Callable[[bytes], object]) -> None:
        fh = patiently(self._open_read, self._p(path))
        with fh:
            while chunk := fh.read(CHUNK):
                sink(chunk)

    def write_from(self, path: str, pieces: Iterable[bytes]) -> None:
        fd = os.open(self._p(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            for piece in pieces:
                fh.write(piece)

    def fsync(self, path: str) -> None:
        patiently(self._fsync, self._p(path))

    def rename(self, src: str, dst: str) -> None:
        patiently(self._replace, self._p(src), self._p(dst))
        if os.name == "posix":  # make the rename itself durable
            fd = os.open(self._p(dst).parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            except OSError:
                pass  # some network file systems refuse fsync on folders
            finally:
                os.close(fd)

    def delete(self, path: str) -> None:
        patiently(self._unlink, self._p(path))

    def exists(self, path: str) -> bool:
        return self._p(path).exists()

    def mkdir(self, path: str) -> None:
        self._p(path).mkdir(parents=True, exist_ok=True)  # no mode: the share's ACL is inherited

    def rmdir(self, path: str) -> None:
        if not path:
            raise ValueError("the root is not ours to remove")
        patiently(os.rmdir, self._p(path))

    # -- the raw operations (one place each, so the Windows rules can be simulated in tests) ----
    def _read(self, p: Path) -> bytes:
        return p.read_bytes()

    def _open_read(self, p: Path):
        return open(p, "rb")

    def _fsync(self, p: Path) -> None:
        fd = os.open(p, os.O_WRONLY | _BINARY)  # FlushFileBuffers needs write access
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def _replace(self, src: Path, dst: Path) -> None:
        os.replace(src, dst)

    def _unlink(self, p: Path) -> None:
        p.unlink()
