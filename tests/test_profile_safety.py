"""Restore and re-key lose nothing (issue 13): a held profile, the WAL, cut-off runs, SIGKILL loops.

The loops kill a real ``kimdesk`` process at delays spread over one measured run; after each
kill the profile must open with the passphrase and hold exactly the rows of one consistent
state. The cut-off points the loops rarely hit are also forced deterministically.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kimdesk.errors import StoreError
from kimdesk.store.keyfile import KeyFile
from kimdesk.store.profile import Profile, _connect, open_profile, rekey
from tests.support.cli import ROOT, run

PASS = "correct horse battery"
ENV = {"KIMDESK_PASSPHRASE": PASS}

HOLDER = """
import sys
from pathlib import Path
from kimdesk.store.profile import Profile, open_profile
store = open_profile(Profile(Path(sys.argv[1])), passphrase=sys.argv[2], use_keyring=False)
print("ready", flush=True)
sys.stdin.readline()
"""

WRITER = """
import os, signal, sys
from pathlib import Path
from kimdesk.services.admin import demo
from kimdesk.store.profile import Profile, open_profile
store = open_profile(Profile(Path(sys.argv[1])), passphrase=sys.argv[2], use_keyring=False)
with store.connection() as conn:
    conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")  # the rows stay in the WAL
demo.generate(store, int(sys.argv[3]), seed=3)
os.kill(os.getpid(), signal.SIGKILL)  # a crash: no checkpoint, the -wal file stays
"""


def _python(script: str, *args: str, **kw) -> subprocess.Popen:
    env = dict(os.environ) | {"PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], env=env, cwd=ROOT, text=True, **kw)


def _kimdesk(data_dir: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ) | {"PYTHONPATH": str(ROOT)} | ENV
    return subprocess.Popen([sys.executable, "-m", "kimdesk", "--data-dir", str(data_dir), *args], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _clients(db: Path, key: bytes) -> int:
    engine = _connect(db, key)
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM client").scalar()
    finally:
        engine.dispose()


def _count_open(data_dir: Path, notes: list[str] | None = None) -> int:
    store = open_profile(Profile(data_dir), passphrase=PASS, use_keyring=False,
                         notice=None if notes is None else notes.append)
    try:
        with store.connection() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM client").scalar()
    finally:
        store.close()


@pytest.fixture
def with_people(data_dir: Path) -> Path:
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    assert run("--data-dir", data_dir, "demo-data", "--clients", "5", env=ENV).code == 0
    return data_dir


def _backup(data_dir: Path) -> Path:
    res = run("--data-dir", data_dir, "backup", "create", env=ENV)
    assert res.code == 0, res.err
    return Path(run("--data-dir", data_dir, "backup", "list", env=ENV).out.split("\t")[0])


# -- restore ---------------------------------------------------------------------------------
def test_restore_refuses_while_another_process_holds_the_profile(with_people: Path):
    backup = _backup(with_people)
    db = with_people / "default" / "kimdesk.db"
    holder = _python(HOLDER, with_people, PASS, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = db.read_bytes()
        res = run("--data-dir", with_people, "backup", "restore", backup, env=ENV)
        assert res.code == 2, res
        assert res.err.strip().splitlines() == [
            "kimdesk: Das Profil wird von einem anderen KIMdesk-Prozess benutzt; beenden Sie ihn und versuchen Sie es "
            "erneut. Es wurde nichts geändert."]
        assert db.read_bytes() == before
        assert not list(db.parent.glob("*.before-restore-*"))
    finally:
        holder.communicate("\n", timeout=60)
    assert run("--data-dir", with_people, "backup", "restore", backup, env=ENV).code == 0  # free again


def test_restore_keeps_rows_that_were_only_in_the_wal(with_people: Path):
    backup = _backup(with_people)
    db = with_people / "default" / "kimdesk.db"
    writer = _python(WRITER, with_people, PASS, 40)
    assert writer.wait(timeout=120) == -signal.SIGKILL
    wal = db.with_name("kimdesk.db-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the crash left committed rows in the WAL
    res = run("--data-dir", with_people, "backup", "restore", backup, env=ENV)
    assert res.code == 0, res.err
    assert "mit allen gespeicherten Änderungen" in res.out
    kept = next(db.parent.glob("kimdesk.db.before-restore-*[0-9]"))
    key = KeyFile.load(with_people / "default" / "kimdesk.key").unwrap(PASS)
    assert _clients(kept, key) == 45  # 5 before the backup, 40 committed after it
    assert _count_open(with_people) == 5


def test_restore_sigkill_loop_leaves_old_or_restored_profile(with_people: Path, long_run: bool):
    backup = _backup(with_people)
    assert run("--data-dir", with_people, "demo-data", "--clients", "7", "--seed", "9", env=ENV).code == 0
    start = time.monotonic()
    assert _kimdesk(with_people, "backup", "restore", str(backup)).wait(timeout=120) == 0
    whole = time.monotonic() - start
    assert _count_open(with_people) == 5
    assert run("--data-dir", with_people, "demo-data", "--clients", "7", "--seed", "9", env=ENV).code == 0
    rounds = 24 if long_run else 6
    seen = set()
    for i in range(rounds):
        proc = _kimdesk(with_people, "backup", "restore", str(backup))
        try:
            proc.wait(timeout=whole * (0.3 + 0.8 * i / rounds))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
        count = _count_open(with_people)
        assert count in (5, 12), (i, count)
        seen.add(count)
        if count == 5:  # restored: add the same people again for the next round
            assert run("--data-dir", with_people, "demo-data", "--clients", "7", "--seed", "9", env=ENV).code == 0
    assert run("--data-dir", with_people, "audit", "verify", env=ENV).code == 0


# -- rekey -----------------------------------------------------------------------------------
def test_rekey_cut_off_before_the_key_file_is_replaced_is_finished_on_open(with_people: Path,
                                                                          monkeypatch: pytest.MonkeyPatch):
    profile = Profile(with_people)
    store = open_profile(profile, passphrase=PASS, use_keyring=False)
    real = Path.replace

    def killed(self: Path, target):
        if self.name.endswith(".key.new"):
            raise SystemExit("killed")  # the process ends right here
        return real(self, target)

    with monkeypatch.context() as m:
        m.setattr(Path, "replace", killed)
        with pytest.raises(SystemExit):
            rekey(store, profile, PASS)
    old = KeyFile.load(profile.key_path).unwrap(PASS)
    with pytest.raises(StoreError):
        _connect(profile.db_path, old)  # the database is under the new key already
    notes: list[str] = []
    assert _count_open(with_people, notes) == 5
    assert notes == ["Eine unterbrochene Neuverschlüsselung wurde abgeschlossen: kimdesk.key.new ist jetzt die "
                     "Schlüsseldatei."]
    assert not profile.pending_key_path.exists()
    assert run("--data-dir", with_people, "search", "a", env={}).code == 0  # the keyring holds the new key


def test_rekey_cut_off_before_reencrypting_drops_the_side_file(with_people: Path):
    profile = Profile(with_people)
    key = KeyFile.load(profile.key_path).unwrap(PASS)
    KeyFile.wrap(os.urandom(32), PASS, KeyFile.load(profile.key_path).profile_id).save(profile.pending_key_path)
    notes: list[str] = []
    assert _count_open(with_people, notes) == 5 and notes == []
    assert not profile.pending_key_path.exists()
    assert KeyFile.load(profile.key_path).unwrap(PASS) == key


def test_rekey_sigkill_loop_always_reopens(with_people: Path, long_run: bool):
    start = time.monotonic()
    assert _kimdesk(with_people, "rekey").wait(timeout=120) == 0
    whole = time.monotonic() - start
    rounds = 30 if long_run else 8
    for i in range(rounds):
        proc = _kimdesk(with_people, "rekey")
        try:
            proc.wait(timeout=whole * (0.4 + 0.7 * i / rounds))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
        assert _count_open(with_people) == 5, i
        assert not Profile(with_people).pending_key_path.exists()
