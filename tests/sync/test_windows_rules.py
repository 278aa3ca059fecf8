"""The folder and SMB targets under Windows' file rules, simulated on Linux (issue 18).

Each test names the Windows behaviour it stands for and where it is documented; the
simulation itself is in ``tests/sync/windows.py``.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from kimdesk.errors import TargetUnreachable
from kimdesk.services.clients_intake import clients
from kimdesk.sync import layout, probe
from kimdesk.sync.report import Decision
from kimdesk.sync.targets import FolderTarget, base
from kimdesk.sync.targets.faulty import FaultyTarget
from tests.sync.support import check_invariants, export, sync
from tests.sync.windows import RETRIES, WindowsShare, refuse_fsync_on_read_only
from tests.sync.world import World


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    """The backoff between attempts is recorded, not slept: holds are released by count."""
    waited: list[float] = []
    monkeypatch.setattr(base, "_sleep", waited.append)
    return waited


@pytest.fixture
def root(tmp_path) -> Path:
    r = tmp_path / "share"
    r.mkdir()
    return r


def temps(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob(f"*{layout.TEMP_MARK}*"))


def person(store, name: str) -> str:
    return clients.create_client(store, {"given_name": "Yonas", "family_name": name})


# -- FlushFileBuffers needs write access -----------------------------------------------------------
def test_fsync_uses_a_handle_opened_for_writing(laptops, root, monkeypatch):
    """Windows: os.fsync -> _commit -> FlushFileBuffers, which needs GENERIC_WRITE (MS Learn,
    "FlushFileBuffers"). Before the fix the first round failed and left the info temp file."""
    monkeypatch.setattr(os, "fsync", refuse_fsync_on_read_only(os.fsync))
    (a,) = laptops(1)
    person(a, "Tesfaye-1")
    report = sync(a, FolderTarget(root))
    assert report.complete, report.lines()
    assert (root / layout.INFO).exists() and temps(root) == []


# -- never a temp file left behind ------------------------------------------------------------------
def test_a_failed_first_round_leaves_no_temp_file_and_the_next_one_initialises(laptops, root):
    (a,) = laptops(1)
    with pytest.raises(TargetUnreachable) as failed:
        sync(a, FaultyTarget(FolderTarget(root), 1, only=("fsync",)))
    assert temps(root) == [] and list(root.iterdir()) == []
    assert "nichts geändert" in str(failed.value)  # true: the temp file was removed again
    assert probe.probe(a, str(root)).state == probe.EMPTY
    assert sync(a, FolderTarget(root)).complete


def test_a_left_temp_file_of_ours_does_not_make_the_folder_not_empty(laptops, root):
    """A first round of an older version (or one whose share vanished) left the info temp file."""
    (a,) = laptops(1)
    (root / f"{layout.INFO}{layout.TEMP_MARK}0123456789ab").write_bytes(b"KIMDESK\x01half")
    assert probe.probe(a, str(root)).state == probe.EMPTY
    report = sync(a, FolderTarget(root))
    assert report.complete, report.lines()
    assert temps(root) == []


def test_a_share_gone_mid_write_never_says_nothing_changed_when_a_file_was_left(laptops, root):
    (a,) = laptops(1)
    with pytest.raises(TargetUnreachable) as failed:
        sync(a, FaultyTarget(FolderTarget(root), 1, persist=True, only=("write", "delete")))
    left = temps(root)
    assert left  # the vanished share kept half a file that could not be removed
    assert "nichts geändert" not in str(failed.value) and left[0] in str(failed.value)
    assert sync(a, FolderTarget(root)).complete  # the next round removes it and initialises
    assert temps(root) == []


# -- no owner-only ACL on the share ----------------------------------------------------------------
def test_folders_on_the_share_are_created_without_mode(laptops, root, monkeypatch):
    """CPython >= 3.12.4 on Windows: mkdir(mode=0o700) creates an owner-only ACL (gh-118486,
    CVE-2024-4030; "What's New in Python 3.13": os.mkdir). The first laptop's devices folder
    would lock every other team member out; the share's ACL must be inherited instead."""
    modes: list[object] = []
    real = Path.mkdir

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if str(self).startswith(str(root)):
            modes.append(mode)
        return real(self, mode, parents, exist_ok)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    (a,) = laptops(1)
    sync(a, FolderTarget(root))
    assert modes and set(modes) == {0o777}


# -- sharing violations: retry with backoff, then skip for this round -----------------------------
def test_replacing_cursors_while_another_laptop_reads_them_is_retried(laptops, root, no_waiting):
    """Windows: MoveFileEx onto a file another process has open without FILE_SHARE_DELETE fails
    (ERROR_SHARING_VIOLATION / ACCESS_DENIED) until it is closed (MS Learn, "MoveFileExW")."""
    a, b = laptops(2)
    sync(a, FolderTarget(root))
    person(b, "Rahimi-2")
    sync(b, FolderTarget(root))  # a's cursors move when it applies this
    share = WindowsShare(root, holds={layout.cursors_path(a.device_id): 2})
    report = sync(a, share)
    assert report.complete, report.lines()
    assert share.refused == 2 and no_waiting[:2] == list(base.BACKOFF[:2])


def test_a_file_held_for_the_whole_round_is_skipped_not_a_lost_connection(laptops, root):
    a, b = laptops(2)
    sync(a, FolderTarget(root))
    sync(b, FolderTarget(root))
    person(a, "Kovalenko-3")
    person(b, "Kovalenko-33")
    sync(b, FolderTarget(root))  # a's cursors move when it applies this
    seg = layout.segment_path(a.device_id, 1)
    share = WindowsShare(root, holds={layout.cursors_path(a.device_id): RETRIES * 10})
    report = sync(a, share)
    assert not report.unreachable and not report.errors, report.lines()
    assert report.sent_changes > 0 and (root / seg).exists()
    assert [e.path for e in report.of(Decision.BUSY)] == [layout.cursors_path(a.device_id)]
    assert not any("Verbindung" in line for line in report.lines())
    assert temps(root) == []
    share.holds.clear()
    assert sync(a, share).complete  # published now
    assert sync(b, share).received_changes > 0
    assert export(a) == export(b)


def test_a_new_segment_held_by_antivirus_is_sent_next_round(laptops, root):
    """Antivirus opens every new file to scan it; until it closes it the rename of our temp file
    fails (sharing violation)."""
    a, b = laptops(2)
    sync(a, FolderTarget(root))
    person(a, "Bakr-4")

    class Antivirus(WindowsShare):
        def _replace(self, src, dst):
            if dst.name == layout.segment_name(1):
                raise_ = self.holds.setdefault("scan", RETRIES * 10)
                if raise_:
                    self.holds["scan"] -= 1
                    from tests.sync.windows import sharing_violation

                    raise sharing_violation(str(src))
            super()._replace(src, dst)

    share = Antivirus(root)
    report = sync(a, share)
    assert not report.unreachable and report.sent_changes == 0
    assert report.of(Decision.BUSY) and temps(root) == []
    again = sync(a, FolderTarget(root))
    assert again.sent_changes > 0
    sync(b, FolderTarget(root))
    assert export(a) == export(b)


def test_reading_another_laptops_file_that_is_in_use_skips_it_this_round(laptops, root):
    """Windows: opening a file another process holds with a share mode that excludes reading
    fails with ERROR_SHARING_VIOLATION (MS Learn, "CreateFileW", dwShareMode)."""
    a, b = laptops(2)
    sync(a, FolderTarget(root))
    sync(b, FolderTarget(root))
    person(a, "Petrović-5")
    sync(a, FolderTarget(root))
    seg = layout.segment_path(a.device_id, 1)
    share = WindowsShare(root, holds={seg: RETRIES * 10})
    report = sync(b, share)
    assert not report.unreachable and report.received_changes == 0
    assert [e.path for e in report.of(Decision.BUSY)] == [seg]
    share.holds.clear()
    assert sync(b, share).received_changes > 0
    assert export(a) == export(b)


# -- three laptops, files held at random -------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("seed", [7, 8])
def test_three_laptops_converge_while_files_are_held(laptops, root, long_run, seed):
    """Another laptop or antivirus holds random files during rounds: all converge, nothing is
    lost, and no round is reported unreachable because of a held file."""
    rng = random.Random(seed)
    holds: dict[str, int] = {}
    shares: list[WindowsShare] = []
    state = {"chance": 0.08}

    def target():
        shares.append(WindowsShare(root, rng=rng, chance=state["chance"], holds=holds))
        return shares[-1]

    skipped = []

    class Checked(World):
        def sync(self, store):
            report = super().sync(store)
            assert not report.unreachable and not report.errors, report.lines()
            skipped.extend(report.of(Decision.BUSY))
            return report

    world = Checked(laptops(3), target, random.Random(seed))
    for store in world.stores:
        world.create(store)
    for _ in range(300 if long_run else 60):
        world.step()
    refused = sum(s.refused for s in shares)
    assert refused > 0  # the rule was exercised
    print(f"\nseed {seed}: {world.rounds} rounds, {refused} operations refused by a held file, "
          f"{len(skipped)} files skipped for a round")
    state["chance"] = 0.0
    holds.clear()  # everybody closed their files
    world.finish()
    world.check()
    assert temps(root) == []
    for store in world.stores:
        check_invariants(store)


# -- SMB: readers share the file ---------------------------------------------------------------------
@pytest.mark.smb
def test_smb_readers_share_the_info_file(laptops, samba, tmp_path):
    """SMB2 CREATE with ShareAccess 0 asks for exclusive use: a second laptop opening the same file
    meanwhile gets STATUS_SHARING_VIOLATION ([MS-SMB2] 2.2.13, ShareAccess; MS Learn "CreateFileW",
    dwShareMode). Two laptops reading the info file at once must not collide."""
    import smbclient

    (a,) = laptops(1)
    share = samba.target(tmp_path.name)
    sync(a, share)
    other = samba.target(tmp_path.name)  # another laptop, its own session
    other._session()
    unc = other._unc(layout.INFO)
    with smbclient.open_file(unc, mode="rb", share_access="rwd", **other._kw()):  # the other laptop reads
        assert share.read(layout.INFO).startswith(b"KIMDESK")
        assert sync(a, share).complete
    other.close()


@pytest.mark.smb
def test_smb_sharing_violation_is_busy_not_a_lost_connection(laptops, samba, tmp_path):
    import smbclient

    (a,) = laptops(1)
    share = samba.target(tmp_path.name)
    sync(a, share)
    holder = samba.target(tmp_path.name)
    holder._session()
    with smbclient.open_file(holder._unc(layout.INFO), mode="rb", share_access=None, **holder._kw()):
        with pytest.raises(base.FileBusy):
            share.read(layout.INFO)
    holder.close()
