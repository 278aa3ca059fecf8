"""A folder: a mounted share, a network drive, a USB stick."""

from __future__ import annotations

import os
from pathlib import Path

from kimdesk.sync.targets.base import DirEntry, Target


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
                out.append(DirEntry(entry.name, is_dir, 0 if is_dir else entry.stat(follow_symlinks=False).st_size))
        return out

    def read(self, path: str) -> bytes:
        return self._p(path).read_bytes()

    def write(self, path: str, data: bytes) -> None:
        fd = os.open(self._p(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)

    def fsync(self, path: str) -> None:
        fd = os.open(self._p(path), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def rename(self, src: str, dst: str) -> None:
        os.replace(self._p(src), self._p(dst))
        if os.name == "posix":  # make the rename itself durable
            fd = os.open(self._p(dst).parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            except OSError:
                pass  # some network file systems refuse fsync on folders
            finally:
                os.close(fd)

    def delete(self, path: str) -> None:
        self._p(path).unlink()

    def exists(self, path: str) -> bool:
        return self._p(path).exists()

    def mkdir(self, path: str) -> None:
        self._p(path).mkdir(parents=True, exist_ok=True, mode=0o700)
