"""An in-memory target for tests (Joplin's file-api-driver-memory idea): fast and inspectable."""

from __future__ import annotations

import errno
import threading

from kimdesk.sync.targets.base import DirEntry, Target


class MemoryTarget(Target):
    def __init__(self, url: str = "memory://share", *, exists: bool = True):
        self.url = url
        self.files: dict[str, bytes] = {}
        self.dirs: set[str] = {""} if exists else set()
        self._lock = threading.Lock()

    def _parent(self, path: str) -> str:
        return path.rsplit("/", 1)[0] if "/" in path else ""

    def _need_dir(self, path: str) -> None:
        if path not in self.dirs:
            raise FileNotFoundError(errno.ENOENT, "no such folder", path)

    def root_is_dir(self) -> bool:
        return "" in self.dirs

    def list(self, path: str) -> list[DirEntry]:
        with self._lock:
            self._need_dir(path)
            prefix = f"{path}/" if path else ""
            out = [DirEntry(p[len(prefix):], False, len(b)) for p, b in self.files.items()
                   if p.startswith(prefix) and "/" not in p[len(prefix):]]
            out += [DirEntry(d[len(prefix):], True) for d in self.dirs
                    if d and d.startswith(prefix) and "/" not in d[len(prefix):]]
            return out

    def read(self, path: str) -> bytes:
        with self._lock:
            if path not in self.files:
                raise FileNotFoundError(errno.ENOENT, "no such file", path)
            return self.files[path]

    def write(self, path: str, data: bytes) -> None:
        with self._lock:
            self._need_dir(self._parent(path))
            self.files[path] = bytes(data)

    def fsync(self, path: str) -> None:
        with self._lock:
            if path not in self.files:
                raise FileNotFoundError(errno.ENOENT, "no such file", path)

    def rename(self, src: str, dst: str) -> None:
        with self._lock:
            if src not in self.files:
                raise FileNotFoundError(errno.ENOENT, "no such file", src)
            self._need_dir(self._parent(dst))
            self.files[dst] = self.files.pop(src)

    def delete(self, path: str) -> None:
        with self._lock:
            if self.files.pop(path, None) is None:
                raise FileNotFoundError(errno.ENOENT, "no such file", path)

    def exists(self, path: str) -> bool:
        with self._lock:
            return path in self.files or path in self.dirs

    def rmdir(self, path: str) -> None:
        with self._lock:
            self._need_dir(path)
            prefix = f"{path}/"
            if not path or any(p.startswith(prefix) for p in self.files) or any(d.startswith(prefix)
                                                                                for d in self.dirs):
                raise OSError(errno.ENOTEMPTY, "folder not empty", path)
            self.dirs.discard(path)

    def mkdir(self, path: str) -> None:
        with self._lock:
            self._need_dir("")
            parts = path.split("/")
            for i in range(1, len(parts) + 1):
                self.dirs.add("/".join(parts[:i]))
