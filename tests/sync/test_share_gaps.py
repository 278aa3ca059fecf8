"""The last gaps of "the share is untrusted input" (issue 13): a bad file is named once and never
fails a round; the info file is size-checked before reading; junk folders never keep a retired
device's folder on the share."""

from __future__ import annotations

import uuid

from kimdesk.services.admin import backup
from kimdesk.services.clients_intake import clients
from kimdesk.sync import layout
from kimdesk.sync.targets import FolderTarget, MemoryTarget
from tests.support.cli import run
from tests.sync.support import export, sync
from tests.sync.test_untrusted_share import forged

ENV = {"KIMDESK_PASSPHRASE": "test passphrase one"}


def test_a_bad_file_is_named_once_and_the_round_succeeds(laptops, tmp_path):
    share_dir = tmp_path / "share"
    share_dir.mkdir()
    a, b = laptops(2)
    sync(a, FolderTarget(share_dir))
    sync(b, FolderTarget(share_dir))
    fake = str(uuid.uuid4())
    (share_dir / layout.device_dir(fake)).mkdir()
    (share_dir / layout.segment_path(fake, 1)).write_bytes(forged(b"null"))
    clients.create_client(a, {"given_name": "Aylin", "family_name": "Demir"})
    sync(a, FolderTarget(share_dir))
    data_dir = b.path.parent.parent
    b.close()
    bad = layout.segment_path(fake, 1)
    first = run("--data-dir", data_dir, "sync", "--target", share_dir, "--save", env=ENV)
    assert first.code == 0, first.out + first.err
    assert first.out.count(bad) == 1 and "Empfangen: 1 " in first.out
    second = run("--data-dir", data_dir, "sync", "--target", share_dir, env=ENV)
    assert second.code == 0, second.out + second.err
    assert bad not in second.out and "Weiter übersprungen: 1 " in second.out
    checked = run("--data-dir", data_dir, "doctor", env=ENV)
    assert f"devices/{fake}" in checked.out  # doctor keeps listing it until cleaned
    assert run("--data-dir", data_dir, "sync", "--target", share_dir, "--clean-share", env=ENV).code == 0
    (share_dir / layout.device_dir(fake)).mkdir()
    (share_dir / layout.segment_path(fake, 1)).write_bytes(forged(b"[]"))
    again = run("--data-dir", data_dir, "sync", "--target", share_dir, env=ENV)
    assert again.code == 0 and again.out.count(bad) == 1  # a new bad file is named again


def test_a_held_deletion_still_fails_the_round(laptops):
    """Only skipped files stop counting as a failure; held deletions and errors still do."""
    from kimdesk.sync.report import Decision, SyncReport

    report = SyncReport()
    report.log(Decision.REJECTED, "d", 1, "damaged", path="devices/d/000000000001")
    assert not report.failed and report.skipped == ["devices/d/000000000001"]
    report.log(Decision.REJECTED, "d", 2, "constraint")
    assert report.failed
    held = SyncReport()
    held.log(Decision.HELD, detail="50 people")
    assert held.failed


class CountingTarget(MemoryTarget):
    def __init__(self):
        super().__init__()
        self.reads: list[str] = []

    def read(self, path: str) -> bytes:
        self.reads.append(path)
        return super().read(path)


def test_an_oversized_info_file_is_never_read_and_put_back(laptops):
    a, b = laptops(2)
    share = CountingTarget()
    sync(a, share)
    sync(b, share)
    original = share.read(layout.INFO)
    share.files[layout.INFO] = b"\0" * (layout.MAX_INFO + 1)
    clients.create_client(a, {"given_name": "Olena", "family_name": "Koval"})
    share.reads.clear()
    report = sync(a, share)
    assert layout.INFO not in share.reads
    assert any(e.path == layout.INFO for e in report.rejected)
    assert share.read(layout.INFO) == original
    assert sync(b, share).received_changes > 0 and export(a) == export(b)


def test_an_oversized_info_file_is_refused_by_the_probe_without_reading(laptops):
    from kimdesk.sync import probe

    (a,) = laptops(1)
    share = CountingTarget()
    sync(a, share)
    share.files[layout.INFO] = b"\0" * (layout.MAX_INFO + 1)
    share.reads.clear()
    import kimdesk.sync.probe as module

    original = module.open_target
    module.open_target = lambda spec: share
    try:
        found = probe.probe(a, "memory://share")
    finally:
        module.open_target = original
    assert found.state == probe.REFUSED and "zu groß" in found.message
    assert share.reads == []


def test_junk_folders_do_not_keep_a_retired_folder_on_the_share(laptops):
    a, b = laptops(2)
    share = MemoryTarget()
    sync(a, share)
    clients.create_client(a, {"given_name": "Samira", "family_name": "Osei"})
    sync(a, share)
    sync(b, share)
    for header in (b"null", b"[]"):  # fake device folders: junk segments, junk state, or nothing
        fake = str(uuid.uuid4())
        share.mkdir(layout.device_dir(fake))
        share.write(layout.segment_path(fake, 1), forged(header))
        share.write(layout.cursors_path(fake), forged(header))
    share.mkdir(layout.device_dir(str(uuid.uuid4())))
    old = a.device_id
    backup._continue_as_new_device(a)
    sync(a, share)
    assert layout.device_dir(old) not in share.dirs
    assert sync(b, share).received_changes >= 0 and export(a) == export(b)


def test_a_real_laptop_without_a_readable_state_still_keeps_the_retired_folder(laptops):
    """Its cursors.state was damaged, but its own files are genuine: it has to read the folder first."""
    a, b, c = laptops(3)
    share = MemoryTarget()
    for s in (a, b, c):
        sync(s, share)
    clients.create_client(c, {"given_name": "Jonas", "family_name": "Weber"})
    sync(c, share)
    clients.create_client(a, {"given_name": "Samira", "family_name": "Osei"})
    sync(a, share)
    sync(b, share)  # c has not read a's folder yet
    share.write(layout.cursors_path(c.device_id), forged(b"null"))
    old = a.device_id
    backup._continue_as_new_device(a)
    sync(a, share)
    assert layout.device_dir(old) in share.dirs
    sync(c, share)
    sync(a, share)
    assert layout.device_dir(old) not in share.dirs
    assert export(a) == export(c)
