"""An SMB share reached directly with ``smbprotocol`` (no mount, no shelling out).

URL: ``smb://user@host[:port]/share/dir``. The password comes from the environment
(``KIMDESK_SMB_PASSWORD``) or the OS keyring (entry ``smb:user@host``, see
``kimdesk.store.secrets``); it is never part of the URL, a report or a log line. Every
failure of the transport (refused connection, dropped session, NT status) becomes an
``OSError`` so the sync engine treats it like a vanished folder.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from kimdesk.sync.targets.base import CHUNK, DirEntry, FileBusy, Target, patiently

DEFAULT_PORT = 445
STATUS_SHARING_VIOLATION = 0xC0000043
#: read with others allowed to read, write and delete: two laptops reading the info file (or one
#: replacing cursors.state while another reads it) must not collide
SHARE_READ = "rwd"


@dataclass(frozen=True)
class SmbUrl:
    host: str
    port: int
    share: str
    path: str  # below the share, "/"-separated, may be ""
    user: str | None

    @classmethod
    def parse(cls, url: str) -> SmbUrl:
        parts = urlsplit(url)
        if parts.scheme.lower() != "smb" or not parts.hostname:
            raise ValueError("not an smb:// URL")
        if parts.password:
            raise ValueError("the password does not belong into the URL")
        segments = [unquote(s) for s in parts.path.split("/") if s]
        if not segments:
            raise ValueError("the URL names no share")
        return cls(parts.hostname, parts.port or DEFAULT_PORT, segments[0], "/".join(segments[1:]),
                   unquote(parts.username) if parts.username else None)

    def display(self) -> str:
        user = f"{self.user}@" if self.user else ""
        port = f":{self.port}" if self.port != DEFAULT_PORT else ""
        tail = f"/{self.path}" if self.path else ""
        return f"smb://{user}{self.host}{port}/{self.share}{tail}"

    @property
    def keyring_name(self) -> str:
        return f"smb:{self.user or ''}@{self.host}"


def password_for(url: SmbUrl) -> str | None:
    env = os.environ.get("KIMDESK_SMB_PASSWORD")
    if env:
        return env
    from kimdesk.store import secrets

    return secrets.get(url.keyring_name)


def _as_oserror(exc: BaseException) -> OSError:
    if getattr(exc, "ntstatus", None) == STATUS_SHARING_VIOLATION:
        return FileBusy(errno.EACCES, "in use by another process", getattr(exc, "filename", None))
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not isinstance(exc, FileNotFoundError):
            # smbclient's SMBOSError is an OSError subclass Python does not map by errno
            return FileNotFoundError(errno.ENOENT, exc.strerror or "not found", exc.filename)
        return exc
    # connection refused, session dropped, authentication failed …: the share is not there
    return OSError(errno.EHOSTUNREACH, f"SMB: {type(exc).__name__}")


class SmbTarget(Target):
    def __init__(self, url: str | SmbUrl, password: str | None = None, *, timeout: int = 15):
        import smbclient  # noqa: F401 - fail early if smbprotocol is missing

        self.where = url if isinstance(url, SmbUrl) else SmbUrl.parse(url)
        self.url = self.where.display()
        self._password = password
        self._timeout = timeout
        self._cache: dict = {}
        self._registered = False

    def _unc(self, path: str) -> str:
        parts = [self.where.host, self.where.share] + [p for p in self.where.path.split("/") if p]
        parts += [p for p in path.split("/") if p]
        return "\\\\" + "\\".join(parts)

    def _kw(self) -> dict:
        return {"port": self.where.port, "connection_cache": self._cache}

    def _session(self) -> None:
        if self._registered:
            return
        import smbclient

        password = self._password if self._password is not None else password_for(self.where)
        smbclient.register_session(self.where.host, username=self.where.user, password=password,
                                   port=self.where.port, connection_cache=self._cache,
                                   connection_timeout=self._timeout)
        self._registered = True

    def _call(self, fn, *args, **kwargs):
        try:
            self._session()
            return fn(*args, **kwargs, **self._kw())
        except FileNotFoundError:
            raise
        except BaseException as exc:  # noqa: BLE001 - every transport failure is an OSError here
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            mapped = _as_oserror(exc)
            if not isinstance(mapped, (FileNotFoundError, FileBusy)):
                self._drop()  # the session may be broken: reconnect next time
            raise mapped from None

    def _drop(self) -> None:
        import smbclient

        try:
            smbclient.reset_connection_cache(fail_on_error=False, connection_cache=self._cache)
        except Exception:  # noqa: BLE001 - closing a broken session is best effort
            pass
        self._registered = False

    def root_is_dir(self) -> bool:
        import smbclient

        try:
            st = self._call(smbclient.stat, self._unc(""))
        except OSError:
            return False
        import stat

        return stat.S_ISDIR(st.st_mode)

    def list(self, path: str) -> list[DirEntry]:
        import smbclient

        def scan(unc, **kw):
            return [DirEntry(e.name, e.is_dir(), 0 if e.is_dir() else int(e.smb_info.end_of_file))
                    for e in smbclient.scandir(unc, **kw)]

        return self._call(scan, self._unc(path))

    def read(self, path: str) -> bytes:
        import smbclient

        def get(unc, **kw):
            with smbclient.open_file(unc, mode="rb", share_access=SHARE_READ, **kw) as fh:
                return fh.read()

        return patiently(self._call, get, self._unc(path))

    def read_into(self, path: str, sink) -> None:
        import smbclient

        refused: list[Exception] = []  # the sink's own verdict, not a transport failure

        def get(unc, **kw):
            with smbclient.open_file(unc, mode="rb", share_access=SHARE_READ, **kw) as fh:
                while chunk := fh.read(CHUNK):
                    try:
                        sink(chunk)
                    except Exception as exc:  # noqa: BLE001 - raised again below, unmapped
                        refused.append(exc)
                        return

        patiently(self._call, get, self._unc(path))
        if refused:
            raise refused[0]

    def write_from(self, path: str, pieces) -> None:
        import smbclient

        def put(unc, **kw):
            with smbclient.open_file(unc, mode="wb", share_access="r", **kw) as fh:
                for piece in pieces:
                    fh.write(piece)
                fh.flush()

        self._call(put, self._unc(path))

    def write(self, path: str, data: bytes) -> None:
        import smbclient

        def put(unc, **kw):
            with smbclient.open_file(unc, mode="wb", share_access="r", **kw) as fh:
                fh.write(data)
                fh.flush()

        self._call(put, self._unc(path))

    def fsync(self, path: str) -> None:
        """The write already flushed on the server (SMB2 FLUSH) before closing."""

    def rename(self, src: str, dst: str) -> None:
        import smbclient

        patiently(self._call, smbclient.replace, self._unc(src), self._unc(dst))

    def delete(self, path: str) -> None:
        import smbclient

        patiently(self._call, smbclient.remove, self._unc(path))

    def exists(self, path: str) -> bool:
        import smbclient

        try:
            self._call(smbclient.stat, self._unc(path))
            return True
        except FileNotFoundError:
            return False

    def mkdir(self, path: str) -> None:
        import smbclient

        self._call(smbclient.makedirs, self._unc(path), exist_ok=True)

    def rmdir(self, path: str) -> None:
        import smbclient

        if not path:
            raise ValueError("the root is not ours to remove")
        patiently(self._call, smbclient.rmdir, self._unc(path))

    def close(self) -> None:
        self._drop()
