"""The share is untrusted input: whatever anyone drops into it is reported, skipped, and never
stops a round; the other laptops' changes still arrive (issue 13)."""

from __future__ import annotations

import struct
import uuid

import pytest

from kimdesk.services.clients_intake import clients
from kimdesk.sync import envelope, layout
from kimdesk.sync.envelope import EnvelopeError, Header
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import check_invariants, export, sync

# headers a stranger without the team key can write: valid JSON, wrong shape
BAD_HEADERS = [b"null", b"[]", b'"x"', b"42", b"true", b'{"format":"kimdesk-sync","version":"1"}',
               b'{"format":"kimdesk-sync","version":1,"kind":[],"team":{},"device":1,"seq":"a"}',
               b'{"format":"kimdesk-sync","version":1e999,"kind":"segment","team":"t"}',
               b'{"format":"kimdesk-sync","version":1,"kind":"segment","team":"t","gen":null}',
               b"[" * 2000 + b"]" * 2000, b"\xff\xfe", b"{}"]


def forged(header: bytes, body: bytes = b"") -> bytes:
    """A file with KIMdesk's magic and any header: 56 bytes are enough to look like ours."""
    return envelope.MAGIC + struct.pack(">I", len(header)) + header + b"\0" * 12 + body + b"\0" * 16


def person(store, name: str) -> str:
    return clients.create_client(store, {"given_name": "Aylin", "family_name": name})


@pytest.mark.parametrize("header", BAD_HEADERS)
def test_read_header_refuses_every_shape(header):
    with pytest.raises(EnvelopeError) as caught:
        envelope.read_header(forged(header))
    assert caught.value.reason == "damaged"


@pytest.mark.parametrize("header", [b"null", b"[]", b'"x"', b"[" * 2000 + b"]" * 2000])
def test_junk_device_folder_does_not_stop_the_round(laptops, header):
    a, b = laptops(2)
    share = MemoryTarget()
    sync(a, share)
    fake = str(uuid.uuid4())
    share.mkdir(layout.device_dir(fake))
    share.write(layout.segment_path(fake, 1), forged(header))
    share.write(layout.cursors_path(fake), forged(header))
    person(a, "Yilmaz-1")
    sync(a, share)
    report = sync(b, share)
    assert not report.unreachable
    assert report.received_changes > 0  # a's person arrived
    rejected = [e for e in report.rejected if e.device == fake]
    assert rejected and all(e.path and fake in e.path for e in rejected)
    assert export(a) == export(b)
    check_invariants(b)


def test_junk_cursors_state_of_a_real_device_does_not_stop_the_round(laptops):
    a, b, c = laptops(3)
    share = MemoryTarget()
    for s in (a, b, c):
        sync(s, share)
    person(a, "Haddad-2")
    sync(a, share)
    share.write(layout.cursors_path(c.device_id), forged(b"null"))
    report = sync(b, share)
    assert report.received_changes > 0
    assert any(e.path == layout.cursors_path(c.device_id) for e in report.rejected)
    assert export(a) == export(b)


@pytest.mark.parametrize("header", [b"null", b"[]", b'"x"'])
def test_junk_info_file_is_reported_and_the_round_goes_on(laptops, header):
    """A laptop that verified the info file before keeps that one and puts it back."""
    a, b = laptops(2)
    share = MemoryTarget()
    sync(a, share)
    sync(b, share)
    original = share.read(layout.INFO)
    share.write(layout.INFO, forged(header))
    person(a, "Tesfaye-3")
    first = sync(a, share)
    assert not first.unreachable and first.sent_changes > 0
    assert any(e.path == layout.INFO for e in first.rejected)
    assert share.read(layout.INFO) == original  # restored byte for byte
    second = sync(b, share)
    assert second.received_changes > 0
    assert export(a) == export(b)


def test_authenticated_state_of_the_wrong_shape_is_rejected(laptops, team_key):
    """A team member's file with a payload that is not a state (a bug, an old version)."""
    a, b, c = laptops(3)
    share = MemoryTarget()
    for s in (a, b, c):
        sync(s, share)
    person(a, "Osei-4")
    sync(a, share)
    for payload in (None, [], "x", {"cursors": []}, {"cursors": {"x": "y"}}, {"snapshot": 5},
                    {"rejected": {"d": "zz"}}, {"snapshot": {"seq": "a", "covers": []}}):
        share.write(layout.cursors_path(c.device_id),
                    envelope.seal(team_key.key, Header("cursors", team_key.id, c.device_id), payload))
        report = sync(b, share)
        assert not report.unreachable, payload
        assert any(e.path == layout.cursors_path(c.device_id) for e in report.rejected), payload
    assert export(a) == export(b)


def test_authenticated_segment_of_the_wrong_shape_is_rejected(laptops, team_key):
    a, b = laptops(2)
    share = MemoryTarget()
    sync(a, share)
    sync(b, share)
    fake = str(uuid.uuid4())
    share.mkdir(layout.device_dir(fake))
    bodies = [None, [], {"changes": {}}, {"changes": [[1, 2]]}, {"changes": [], "requires": []},
              {"changes": [], "requires": {"a": "b"}}, {"changes": [], "erasures": [[]]},
              {"changes": [["client", "x", 1, {"a": 1}, None, {}]]},
              {"changes": [], "erasures": [{"client": "x", "stamp": 1, "rows": [["a"]]}]}]
    for n, body in enumerate(bodies, start=1):
        share.write(layout.segment_path(fake, 1),
                    envelope.seal(team_key.key, Header("segment", team_key.id, fake, 1), body))
        person(a, f"Nowak-{n}")
        sync(a, share)
        report = sync(b, share)
        assert not report.unreachable, body
        assert any(e.device == fake for e in report.rejected), body
        assert report.received_changes > 0, body
    assert export(a) == export(b)
    check_invariants(b)


def test_a_huge_file_in_a_device_folder_is_never_read(laptops, tmp_path, monkeypatch):
    """A stranger's file of gigabytes (sparse here) would exhaust memory on every laptop."""
    from kimdesk.sync.targets import FolderTarget

    root = tmp_path / "share"
    root.mkdir()
    a, b = laptops(2)
    sync(a, FolderTarget(root))
    fake = str(uuid.uuid4())
    (root / layout.device_dir(fake)).mkdir()
    with open(root / layout.segment_path(fake, 1), "wb") as fh:
        fh.truncate(layout.MAX_FILE + 1)
    with open(root / layout.cursors_path(fake), "wb") as fh:
        fh.truncate(layout.MAX_STATE + 1)
    read: list[str] = []
    real = FolderTarget.read

    def spy(self, path):
        read.append(path)
        return real(self, path)

    monkeypatch.setattr(FolderTarget, "read", spy)
    person(a, "Nowak-huge")
    sync(a, FolderTarget(root))
    report = sync(b, FolderTarget(root))
    assert report.received_changes > 0
    assert not [p for p in read if fake in p]
    assert {e.path for e in report.rejected} == {layout.segment_path(fake, 1), layout.cursors_path(fake)}
