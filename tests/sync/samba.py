"""A real Samba server for the SMB target tests: started on 127.0.0.1, an unprivileged port,
its own smb.conf and state in a temp dir. Missing Samba skips — except in CI (CI=true)."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

PASSWORD = "kimdesk-smb-test-1"
CONF = """[global]
  server role = standalone server
  smb ports = {port}
  bind interfaces only = yes
  interfaces = lo 127.0.0.1
  private dir = {root}/private
  lock directory = {root}/lock
  state directory = {root}/state
  cache directory = {root}/cache
  pid directory = {root}/pid
  log file = {root}/log/smbd.log
  passdb backend = tdbsam:{root}/private/passdb.tdb
  disable netbios = yes
  load printers = no
  printing = bsd
  printcap name = /dev/null
  disable spoolss = yes
  server min protocol = SMB2_10
  map to guest = Never
  server signing = mandatory
[kim]
  path = {root}/share
  read only = no
  valid users = {user}
  create mask = 0600
  directory mask = 0700
"""


@dataclass
class Samba:
    port: int
    user: str
    password: str
    share_dir: Path

    def url(self, folder: str) -> str:
        return f"smb://{self.user}@127.0.0.1:{self.port}/kim/{folder}"

    def target(self, folder: str):
        from kimdesk.sync.targets.smb import SmbTarget

        (self.share_dir / folder).mkdir(parents=True, exist_ok=True)
        return SmbTarget(self.url(folder), self.password)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"Samba is required in CI: {reason}")
    pytest.skip(reason)


def start(root: Path):
    smbd = shutil.which("smbd") or "/usr/sbin/smbd"
    smbpasswd = shutil.which("smbpasswd") or "/usr/bin/smbpasswd"
    if not os.path.exists(smbd) or not os.path.exists(smbpasswd):
        _missing("smbd/smbpasswd not installed (Debian package samba; see tools/system-deps.sh)")
    if os.geteuid() != 0:
        _missing("smbd needs to run as root to switch to the share user")
    for sub in ("private", "lock", "state", "cache", "pid", "log", "share"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    port, user = _free_port(), getpass.getuser()
    conf = root / "smb.conf"
    conf.write_text(CONF.format(port=port, root=root, user=user))
    subprocess.run([smbpasswd, "-c", str(conf), "-a", "-s", user], input=f"{PASSWORD}\n{PASSWORD}\n", text=True,
                   check=True, capture_output=True)
    log = open(root / "log" / "stdout.txt", "wb")
    proc = subprocess.Popen([smbd, "-s", str(conf), "--foreground", "--no-process-group", "--debug-stdout", "-d", "1"],
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.time() + 30
    while True:
        if proc.poll() is not None:
            log.close()
            pytest.fail("smbd exited: " + (root / "log" / "stdout.txt").read_text(errors="replace")[-2000:])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if time.time() > deadline:
                proc.kill()
                pytest.fail("smbd did not start listening")
            time.sleep(0.1)
    return proc, log, Samba(port, user, PASSWORD, root / "share")


def stop(proc, log) -> None:
    import smbclient

    smbclient.reset_connection_cache(fail_on_error=False)
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
    log.close()
