"""Where KIMdesk keeps things: per-OS dirs from ``platformdirs``, private permissions."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


APP = "kimdesk"
DB_NAME = "kimdesk.db"
KEY_NAME = "kimdesk.key"


def resource_root() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def default_data_dir() -> Path:
    import platformdirs  # here: a start with --data-dir does not need it

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir(data_dir: Path | None) -> Path:
    """Logs go beside an explicit data dir, else to the platform's log dir."""
    if data_dir is not None:
        return data_dir / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def make_private_dir(path: Path) -> Path:
    """Create ``path`` and missing parents with 0700 (POSIX); tighten an existing one."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def make_private_file(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` by temp file, fsync and rename, mode 0600."""
    with atomic_writer(path) as fh:
        fh.write(data)


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path`` piece by piece: a temp file, fsynced and renamed when the block
    ends, removed when it fails (the old file stays); mode 0600."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if exc.filename is None:  # a failed write names no file; the person needs to know which
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
    finally:
        if tmp.exists():
            tmp.unlink()
    if os.name == "posix":
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def universal_name(spec: str, *, platform: str = sys.platform, remote_of=None) -> str:
    """A folder on a mapped network drive as its UNC path: ``K:\\team`` → ``\\\\server\\kim\\team``.

    Drive letters are per user and per logon (IT maps ``K:`` by a logon script that may not have
    run yet, or maps another share to it on the next laptop); the UNC path names the share
    itself, so that is what a saved sync target keeps. Anything that is not a mapped drive on
    Windows comes back unchanged.
    """
    if platform != "win32" or "://" in spec:
        return spec
    drive, sep, rest = spec.partition(":")
    if len(drive) != 1 or not drive.isalpha() or not sep:
        return spec
    remote = (remote_of or _mapped_drive_remote)(drive.upper() + ":")
    if not remote:
        return spec
    rest = rest.replace("/", "\\").strip("\\")
    return remote.rstrip("\\") + ("\\" + rest if rest else "")


def _mapped_drive_remote(drive: str) -> str | None:
    """``WNetGetConnectionW``: the share a drive letter is mapped to, or None for a local drive."""
    import ctypes

    size = ctypes.c_ulong(1024)
    buffer = ctypes.create_unicode_buffer(size.value)
    try:
        result = ctypes.windll.mpr.WNetGetConnectionW(drive, buffer, ctypes.byref(size))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return buffer.value if result == 0 and buffer.value else None



def programs_holding(path: str | os.PathLike, *, platform: str = sys.platform, lister=None) -> list[str]:
    """The programs that hold ``path`` open (Windows' Restart Manager), for a message a person can act on.

    Saving over a PDF open in Acrobat or a CSV open in Excel fails with a sharing violation; naming
    the program ("in Microsoft Excel geöffnet") tells the person what to close. Elsewhere, or when
    Windows cannot say, the list is empty and the message stays general.
    """
    if platform != "win32":
        return []
    try:
        names = (lister or _restart_manager_list)(os.fspath(path))
    except OSError:
        return []
    return sorted({n for n in names if n})


def _restart_manager_list(path: str) -> list[str]:  # pragma: no cover - Windows only
    """``RmStartSession`` / ``RmRegisterResources`` / ``RmGetList``: the applications using one file."""
    import ctypes
    from ctypes import wintypes

    class UniqueProcess(ctypes.Structure):
        _fields_ = [("dwProcessId", wintypes.DWORD), ("ProcessStartTime", wintypes.FILETIME)]

    class ProcessInfo(ctypes.Structure):
        _fields_ = [("Process", UniqueProcess), ("strAppName", wintypes.WCHAR * 256),
                    ("strServiceShortName", wintypes.WCHAR * 64), ("ApplicationType", ctypes.c_int),
                    ("AppStatus", wintypes.ULONG), ("TSSessionId", wintypes.DWORD), ("bRestartable", wintypes.BOOL)]

    rm = ctypes.WinDLL("rstrtmgr")  # type: ignore[attr-defined]
    session, key = wintypes.DWORD(), ctypes.create_unicode_buffer(33)
    if rm.RmStartSession(ctypes.byref(session), 0, key) != 0:
        return []
    try:
        files = (ctypes.c_wchar_p * 1)(path)
        if rm.RmRegisterResources(session, 1, files, 0, None, 0, None) != 0:
            return []
        needed, count, reasons = wintypes.UINT(0), wintypes.UINT(0), wintypes.DWORD(0)
        if rm.RmGetList(session, ctypes.byref(needed), ctypes.byref(count), None, ctypes.byref(reasons)) != 234:
            return []  # 0: nobody holds it; anything but ERROR_MORE_DATA: Windows cannot say
        infos = (ProcessInfo * needed.value)()
        count = wintypes.UINT(needed.value)
        if rm.RmGetList(session, ctypes.byref(needed), ctypes.byref(count), infos, ctypes.byref(reasons)) != 0:
            return []
        return [infos[i].strAppName for i in range(count.value)]
    finally:
        rm.RmEndSession(session)
