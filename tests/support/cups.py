"""A real print queue for the tests: CUPS with a CUPS-PDF printer whose output is read back.

The fixture uses the running scheduler or, as root (CI), starts ``cupsd -f`` itself and stops
it afterwards (by the process it started). It adds a CUPS-PDF queue, finds where CUPS-PDF
writes (``Out`` in ``/etc/cups/cups-pdf.conf``, ``${HOME}``/``${USER}`` of the submitting
user) and yields the queue's name and that folder. Packages: ``cups`` and
``printer-driver-cups-pdf`` (tools/system-deps.sh).
"""

from __future__ import annotations

import getpass
import glob
import os
import pwd
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "KIMdeskTestPDF"
CONF = Path("/etc/cups/cups-pdf.conf")


@dataclass
class PdfQueue:
    name: str
    out: Path

    def wait_for_new(self, before: set[Path], timeout: float = 90) -> Path:
        """The PDF that arrived after ``before`` was listed (polls the folder; CUPS-PDF runs Ghostscript)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = set(self.out.glob("*.pdf")) - before
            done = [p for p in new if p.stat().st_size > 0 and not _queued(self.name)]
            if done:
                return max(done, key=lambda p: p.stat().st_mtime)
            time.sleep(0.2)  # polling a folder another process writes; the condition decides, not the sleep
        raise AssertionError(f"no PDF arrived in {self.out} within {timeout} s; queue: {_lpstat(self.name)}")


def _lpstat(name: str) -> str:
    return subprocess.run(["lpstat", "-o", name], capture_output=True, text=True, check=False).stdout


def _queued(name: str) -> bool:
    return bool(_lpstat(name).strip())


def _running() -> bool:
    r = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return "is running" in r.stdout and "not running" not in r.stdout


def out_dir() -> Path:
    """Where CUPS-PDF puts the jobs of the current user."""
    out = "${HOME}/PDF"
    if CONF.exists():
        for line in CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.strip().split(None, 1)
            if len(parts) == 2 and parts[0] == "Out":
                out = parts[1]
    user = getpass.getuser()
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home).replace("${USER}", user))


def cups_pdf_queue() -> Iterator[PdfQueue]:
    if not shutil.which("cupsd") or not shutil.which("lpadmin"):
        pytest.fail("CUPS is not installed: run tools/system-deps.sh (packages cups, printer-driver-cups-pdf)")
    ppds = sorted(glob.glob("/usr/share/ppd/cups-pdf/*.ppd"))
    if not ppds:
        pytest.fail("CUPS-PDF is not installed: run tools/system-deps.sh (package printer-driver-cups-pdf)")
    started = None
    if not _running():
        if os.geteuid() != 0:
            pytest.skip("the CUPS scheduler is not running and only root may start it (CI runs as root)")
        started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not _running():
            if started.poll() is not None or time.monotonic() > deadline:
                pytest.fail("cupsd did not start")
            time.sleep(0.1)
    subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", ppds[-1]], check=True,
                   capture_output=True)
    out = out_dir()
    out.mkdir(parents=True, exist_ok=True)
    try:
        yield PdfQueue(QUEUE, out)
    finally:
        subprocess.run(["lpadmin", "-x", QUEUE], check=False, capture_output=True)
        if started is not None:
            started.terminate()
            started.wait(timeout=30)
