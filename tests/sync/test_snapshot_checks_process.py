"""The snapshot database's checks run in a process of their own (``snapshot_db.QuickCheck``).

A real spawned child (the start method Windows uses) on a real SQLCipher file: it passes a sound
file, refuses a wrong key and a failing check, never passes when it dies or answers anything but
a verdict, ends when the join stops early, and never sees the key on its command line or in its
environment."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
import sqlcipher3

from kimdesk.sync import snapshot_check, snapshot_db
from tests.sync import checker_stand_ins


def _database(path: Path, key: bytes, rows: int = 50) -> Path:
    db = sqlcipher3.connect(str(path))
    db.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    db.execute("CREATE TABLE t(a INTEGER, b TEXT)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"row {i}") for i in range(rows)])
    db.commit()
    db.close()
    return path


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


def test_a_sound_file_passes_in_another_process_that_is_gone_afterwards(tmp_path, key):
    path = _database(tmp_path / "snap.db", key)
    with snapshot_db.QuickCheck(path, key) as check:
        assert check.pid is not None and check.pid != os.getpid()
        pid = check.pid
        check.scan("t", "typeof(a) != 'integer'", 50)
        check.verify()
        check.verify()  # the import's verify and the caller's: one verdict
    assert _gone(pid)
    path.unlink()  # nothing holds the file (Windows deletes no file a process has open)


@pytest.mark.parametrize("scan, failed", [
    (("t", "typeof(a) != 'integer'", 49), "count t"),
    (("t", "typeof(b) != 'integer'", 50), "values t"),
], ids=["count", "values"])
def test_a_check_that_fails_is_named(tmp_path, key, scan, failed):
    path = _database(tmp_path / "snap.db", key)
    with snapshot_db.QuickCheck(path, key) as check:
        check.scan(*scan)
        check.scan("t", "0", 50)  # checks after a failed one are read, not run
        with pytest.raises(snapshot_db.Unusable, match=f"^{failed}$"):
            check.verify()


def test_another_key_or_no_database_fails_the_quick_check(tmp_path, key):
    path = _database(tmp_path / "snap.db", key)
    with snapshot_db.QuickCheck(path, os.urandom(32)) as check:
        check.scan("t", "0", 50)
        with pytest.raises(snapshot_db.Unusable, match="^quick_check$"):
            check.verify()
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    with snapshot_db.QuickCheck(junk, key) as check, pytest.raises(snapshot_db.Unusable, match="^quick_check$"):
        check.verify()


def test_a_child_that_dies_never_passes(tmp_path, key):
    path = _database(tmp_path / "snap.db", key, rows=2000)
    with snapshot_db.QuickCheck(path, key) as check:
        os.kill(check.pid, signal.SIGKILL)
        check.scan("t", "0", 2000)
        with pytest.raises(snapshot_db.Unusable, match="^quick_check$"):
            check.verify()


@pytest.mark.parametrize("stem", sorted(checker_stand_ins.ANSWERS))
def test_a_child_that_answers_anything_but_a_verdict_has_not_passed(tmp_path, key, monkeypatch, stem):
    """The child's answer is read as untrusted bytes: JSON, an object, ``failed`` null or text, short."""
    monkeypatch.setattr(snapshot_check, "serve", checker_stand_ins.answer)
    path = _database(tmp_path / f"{stem}.db", key)
    with snapshot_db.QuickCheck(path, key) as check, pytest.raises(snapshot_db.Unusable, match="^quick_check$"):
        check.verify()


def test_a_child_that_ends_without_a_word_has_not_passed(tmp_path, key, monkeypatch):
    monkeypatch.setattr(snapshot_check, "serve", checker_stand_ins.silent)
    path = _database(tmp_path / "snap.db", key)
    with snapshot_db.QuickCheck(path, key) as check, pytest.raises(snapshot_db.Unusable, match="^quick_check$"):
        check.verify()


def test_a_join_that_stops_early_ends_a_busy_child_at_once(tmp_path, key):
    """``close`` without ``verify`` (the copy failed): the child is ended, even inside an endless
    statement, and the file can go."""
    path = _database(tmp_path / "snap.db", key)
    check = snapshot_db.QuickCheck(path, key)
    pid = check.pid
    check.scan("t", "(WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r)", 50)
    time.sleep(0.5)  # inside the endless statement by now
    closing = threading.Thread(target=check.close, daemon=True)  # a hang fails the test, not the run
    closing.start()
    closing.join(10)
    assert not closing.is_alive()
    assert _gone(pid)
    path.unlink()


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc (Linux)")
def test_the_key_is_on_neither_the_childs_command_line_nor_in_its_environment(tmp_path, key):
    path = _database(tmp_path / "snap.db", key)
    with snapshot_db.QuickCheck(path, key) as check:
        proc = Path(f"/proc/{check.pid}")
        seen = (proc / "cmdline").read_bytes() + (proc / "environ").read_bytes()
        check.verify()
    assert key.hex().encode() not in seen.lower() and key not in seen
