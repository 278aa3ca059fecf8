"""A restored laptop retires its old device folder; erasure reaches it, compaction never waits on
it, and it leaves the share once every laptop has read it (issue 13)."""

from __future__ import annotations

import zlib

from kimdesk.services.admin import backup
from kimdesk.services.clients_intake import clients
from kimdesk.sync import envelope, erasure, layout, retire, settings
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import check_invariants, export, snapshot_database_text, sync

NAME = "Quastenflosser"
PHONE = "0176 5550101"


def plaintext_of_share(share: MemoryTarget, key: bytes) -> str:
    """Every sealed file on the share, opened with the team key: what someone with the key reads."""
    out = []
    for path, blob in share.files.items():
        if not blob.startswith(envelope.MAGIC):
            continue
        header, at = envelope.read_header(blob)
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        body = AESGCM(key).decrypt(blob[at:at + 12], blob[at + 12:len(blob) - header.tail], blob[:at])
        out.append(f"{path}: {zlib.decompress(body).decode('utf-8')}")
        out.append(snapshot_database_text(blob, header.team, key))  # a snapshot database behind it
    return "\n".join(out)


def restored(store) -> str:
    """What ``backup restore`` does to the device id (the backup here is the current state)."""
    old = store.device_id
    backup._continue_as_new_device(store)
    assert store.device_id != old
    return old


def test_erasure_reaches_the_folder_of_a_restored_laptops_old_device(laptops, team_key):
    a, b, c = laptops(3)
    share = MemoryTarget()
    for s in (a, b, c):
        sync(s, share)
    cid = clients.create_client(a, {"given_name": "Leyla", "family_name": NAME, "phone": PHONE})
    sync(a, share)
    sync(b, share)  # c is on leave: it has not read a's folder yet
    old = restored(a)
    for s in (a, b):
        sync(s, share)
    assert NAME in plaintext_of_share(share, team_key.key)
    assert layout.device_dir(old) in share.dirs  # c still has to read it
    with b.session() as s:
        erasure.erase_client(s, b, cid, "Löschantrag (Test)")
    for _ in range(2):
        for s in (b, a):
            sync(s, share)
    text = plaintext_of_share(share, team_key.key)
    assert NAME not in text and PHONE not in text  # before c ever came back
    assert layout.device_dir(old) in share.dirs
    for _ in range(2):
        for s in (c, a, b):
            sync(s, share)
    # everybody read the old folder: it is gone
    assert not [p for p in share.files if p.startswith(layout.device_dir(old))]
    assert layout.device_dir(old) not in share.dirs
    assert NAME not in export(c)
    assert len({export(s) for s in (a, b, c)}) == 1
    for s in (a, b, c):
        check_invariants(s)


def test_the_old_folder_goes_once_everybody_has_read_it(laptops):
    a, b = laptops(2)
    share = MemoryTarget()
    sync(a, share)
    clients.create_client(a, {"given_name": "Samira", "family_name": "Osei"})
    sync(a, share)
    sync(b, share)
    old = restored(a)
    assert layout.device_dir(old) in share.dirs
    sync(a, share)
    assert layout.device_dir(old) not in share.dirs
    assert sync(b, share).complete and export(a) == export(b)


def test_compaction_never_waits_on_a_retired_device(laptops, monkeypatch):
    """While the old folder is still there (here: its removal never happens), its cursors, stuck
    where the laptop was restored, do not hold anybody's compaction back."""
    from kimdesk.sync.publish import PublishSteps

    monkeypatch.setattr(PublishSteps, "_remove_folder", lambda self, old: None)
    a, b = laptops(2)
    share = MemoryTarget()
    with b.connection(write=True) as conn:
        settings.put(b, settings.SNAPSHOT_EVERY, 2, conn)
    sync(a, share)
    sync(b, share)
    old = restored(a)
    sync(a, share)  # the successor retires ``old`` in its published state
    for i in range(6):
        clients.create_client(b, {"given_name": "Nour", "family_name": f"Bakr-{i}"})
        sync(b, share)
        sync(a, share)
    mine = [p for p in share.files if p.startswith(layout.device_dir(b.device_id)) and
            layout.parse_segment(p.rsplit("/", 1)[1]) is not None]
    assert len(mine) < 3, mine  # old's cursors (stuck at 0) did not hold b's segments back
    assert old in retire.retired_by(a)


def test_retire_previous_device_is_idempotent_and_refuses_bad_ids(laptops):
    import pytest

    from kimdesk.errors import BadInput

    (a,) = laptops(1)
    old = restored(a)
    retire.retire_previous_device(a, old)
    retire.retire_previous_device(a, old)
    assert retire.retired_by(a) == [old]
    with pytest.raises(BadInput):
        retire.retire_previous_device(a, "not-a-device")
    with pytest.raises(BadInput):
        retire.retire_previous_device(a, a.device_id)
