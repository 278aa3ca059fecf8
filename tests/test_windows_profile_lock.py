"""Windows' rule for "profile in use", simulated on Linux: ``kimdesk.lock`` is held with
``msvcrt.locking`` byte-range locks there (no ``flock`` on Windows). The fake ``msvcrt``
(tests/support/windows_locking.py) keeps Windows' semantics: per-handle, exclusive, fails at once."""

from __future__ import annotations

import sys

import pytest

from kimdesk.errors import StoreError
from kimdesk.store import profile_lock
from tests.support import windows_locking


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "msvcrt", windows_locking)
    windows_locking.CALLS.clear()
    return windows_locking


def test_many_holders_share_a_profile_and_a_restore_waits_for_all(tmp_path, windows):
    first, second = profile_lock.share(tmp_path), profile_lock.share(tmp_path)
    assert windows.CALLS and first.slot != second.slot  # the Windows branch ran, one slot each
    with pytest.raises(StoreError, match="anderen KIMdesk-Prozess"):
        with profile_lock.exclusive(tmp_path):
            pass
    first.release()
    with pytest.raises(StoreError, match="anderen KIMdesk-Prozess"):
        with profile_lock.exclusive(tmp_path):
            pass
    second.release()
    with profile_lock.exclusive(tmp_path):
        with pytest.raises(StoreError, match="wiederhergestellt"):
            profile_lock.share(tmp_path)  # nobody opens while a restore runs
        with pytest.raises(StoreError, match="anderen KIMdesk-Prozess"):
            with profile_lock.exclusive(tmp_path):
                pass
    third = profile_lock.share(tmp_path)  # after the restore: open again
    assert third.slot == 1
    third.release()


def test_a_released_slot_is_taken_again(tmp_path, windows):
    held = [profile_lock.share(tmp_path) for _ in range(3)]
    assert [h.slot for h in held] == [1, 2, 3]
    held[1].release()
    again = profile_lock.share(tmp_path)
    assert again.slot == 2
    for h in (held[0], held[2], again):
        h.release()


def test_posix_keeps_flock(tmp_path):
    """Off Windows nothing of the byte-range branch runs."""
    windows_locking.CALLS.clear()
    held = profile_lock.share(tmp_path)
    assert held.slot is None and windows_locking.CALLS == []
    with pytest.raises(StoreError):
        with profile_lock.exclusive(tmp_path):
            pass
    held.release()
    with profile_lock.exclusive(tmp_path):
        pass


def test_restore_refuses_while_an_app_holds_the_profile_on_windows(windows, store, profile, template_profile):
    """The whole path through ``backup.restore``: a second open store on the profile blocks it."""
    from kimdesk.services.admin import backup

    made = backup.create(store)
    before = profile.db_path.read_bytes()
    held = profile_lock.share(profile.dir)
    try:
        with pytest.raises(StoreError, match="anderen KIMdesk-Prozess"):
            backup.restore(profile, made.path, template_profile[1])
    finally:
        held.release()
    assert profile.db_path.read_bytes() == before  # nothing changed
