"""A lost laptop: the team key is rotated, the device revoked, and what it writes later is never applied."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kimdesk.errors import BadInput
from kimdesk.services.clients_intake import clients, search
from kimdesk.sync import layout, outbox, rotation, settings
from kimdesk.sync import team as teams
from kimdesk.sync.engine import TargetRefused
from kimdesk.sync.envelope import Header, read_header
from kimdesk.sync.keys import Trust
from kimdesk.sync.report import Decision
from kimdesk.sync.targets import FolderTarget
from tests.sync.support import check_invariants, export, sync
from tests.support.cli import run

ENV = {"KIMDESK_PASSPHRASE": "test passphrase one", "KIMDESK_TEAM_PASSPHRASE": "team passphrase 42"}


def files(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def names(store) -> set[str]:
    return {h.family_name for h in search.search(store, "Verlust")}


def forge(thief, share: FolderTarget, old_team: teams.Team, folder_of: str, seq: int) -> None:
    """What someone with the lost laptop and its old key can do: write a real segment anywhere."""
    outbox.freeze(thief)
    with thief.connection() as conn:
        body = outbox.payload(conn, thief.device_id, outbox.last_reserved(conn))
    share.write(layout.segment_path(folder_of, seq),
                Trust(old_team).seal(Header("segment", old_team.id, folder_of, seq), body))


def enrol(store, team_store, tmp_path: Path) -> None:
    path = tmp_path / f"enrol-{store.device_id[:8]}.kimdesk"
    teams.export_enrolment(team_store, path, "a long passphrase", memory_kib=1024, iterations=1)
    teams.join(store, path, "a long passphrase")


@pytest.fixture
def share(tmp_path) -> FolderTarget:
    root = tmp_path / "share"
    root.mkdir()
    return FolderTarget(root)


def test_a_lost_laptop_is_locked_out_and_its_later_files_are_rejected(laptops, share, tmp_path):
    a, b, lost = laptops(3)
    clients.create_client(lost, {"given_name": "Vor", "family_name": "Verlust-Alt"})
    for s in (a, b, lost, a, b):
        assert sync(s, share).complete
    old_team = teams.require(a)

    done = rotation.rotate(a, share, revoke=[lost.device_id])
    assert done.team.generation == 2 and done.revoked == [lost.device_id] and done.carried > 0
    assert teams.require(a).generation == 2 and teams.require(a).key != old_team.key
    assert teams.require(a).key_for(1) == old_team.key
    header, _ = read_header(share.read(layout.INFO))
    assert header.gen == 2

    # the lost laptop, and b before it has the new enrolment, stop at the info file: nothing written
    clients.create_client(lost, {"given_name": "Nach", "family_name": "Verlust-Neu"})
    before = files(share.root)
    for stale in (lost, b):
        with pytest.raises(TargetRefused, match="neue Anmeldedatei"):
            sync(stale, share)
    assert files(share.root) == before

    # someone with the lost laptop forges its next segment, and one in b's name
    with b.connection() as conn:
        b_next = outbox.last_reserved(conn) + 1
    forge(lost, share, old_team, lost.device_id, 99)
    forge(lost, share, old_team, b.device_id, b_next)
    report = sync(a, share)
    assert [e.device for e in report.of(Decision.REVOKED)] == [lost.device_id]
    assert any(e.device == b.device_id and e.detail == "stale" for e in report.rejected)
    assert names(a) == {"Verlust-Alt"}

    # b joins with the new key: the forgery in its folder is removed, its own edits go out
    enrol(b, a, tmp_path)
    report = sync(b, share)
    assert any(e.device == b.device_id and e.seq == b_next and "removed" in e.detail for e in report.rejected)
    assert not share.exists(layout.segment_path(b.device_id, b_next))
    cid = clients.create_client(b, {"given_name": "Nach", "family_name": "Verlust-Echt"})
    assert sync(b, share).sent_segments == 1
    assert read_header(share.read(layout.segment_path(b.device_id, b_next)))[0].gen == 2
    for s in (a, b, a):
        sync(s, share)
    assert names(a) == names(b) == {"Verlust-Alt", "Verlust-Echt"}
    assert export(a) == export(b)
    assert cid in export(a)

    # a laptop that joins later reads what was written before the rotation (old key, vouched for)
    c, = laptops(1)
    with c.connection(write=True) as conn:
        c.set_setting(conn, teams.TEAM_ID, None)
    enrol(c, a, tmp_path)
    report = sync(c, share)
    assert names(c) == {"Verlust-Alt", "Verlust-Echt"}
    assert export(c) == export(a)
    assert [e.device for e in report.of(Decision.REVOKED)] == [lost.device_id]
    for s in (a, b, c):
        check_invariants(s)


def test_a_revoked_laptop_no_longer_holds_compaction_back(laptops, share):
    a, b, lost = laptops(3)
    for s in (a, b, lost):
        sync(s, share)
    with a.connection(write=True) as conn:
        a.set_setting(conn, settings.SNAPSHOT_EVERY.key, 2)
    for i in range(3):
        clients.create_client(a, {"given_name": f"P{i}", "family_name": "Kompakt"})
        sync(a, share)
        sync(b, share)
    kept = [e.name for e in share.list(layout.device_dir(a.device_id)) if layout.parse_segment(e.name)]
    assert len(kept) >= 3  # the lost laptop never applied them
    rotation.rotate(a, share, revoke=[lost.device_id])
    clients.create_client(a, {"given_name": "P9", "family_name": "Kompakt"})
    sync(a, share)
    b_team = teams.require(a)
    teams._save(b, b_team)
    sync(b, share)
    clients.create_client(a, {"given_name": "P10", "family_name": "Kompakt"})
    sync(a, share)
    left = [e.name for e in share.list(layout.device_dir(a.device_id)) if layout.parse_segment(e.name)]
    assert len(left) < len(kept)


def test_a_rotation_that_stops_after_the_info_file_keeps_the_key(laptops, share, monkeypatch):
    a, b = laptops(2)
    for s in (a, b):
        sync(s, share)
    real_save = teams._save
    calls = []

    def crash_on_activation(store, team):
        if team.generation == 2 and not calls:
            calls.append(team)
            raise OSError("power cut")
        real_save(store, team)

    monkeypatch.setattr(teams, "_save", crash_on_activation)
    with pytest.raises(OSError):
        rotation.rotate(a, share)
    monkeypatch.setattr(teams, "_save", real_save)
    assert teams.require(a).generation == 1  # the new key is only pending …
    clients.create_client(a, {"given_name": "Nach", "family_name": "Stromausfall"})
    assert sync(a, share).complete  # … and the next round adopts it from the info file
    assert teams.require(a).generation == 2
    newest = max(s for e in share.list(layout.device_dir(a.device_id)) if (s := layout.parse_segment(e.name)))
    assert read_header(share.read(layout.segment_path(a.device_id, newest)))[0].gen == 2


def test_rotation_refuses_nonsense(laptops, share, tmp_path):
    a, = laptops(1)
    sync(a, share)
    with pytest.raises(BadInput, match="keine Gerätekennung"):
        rotation.rotate(a, share, revoke=["laptop-of-anna"])
    with pytest.raises(BadInput, match="nicht selbst"):
        rotation.rotate(a, share, revoke=[a.device_id])
    assert teams.require(a).generation == 1
    # an older enrolment file cannot take a device back to the old key
    old = tmp_path / "old.kimdesk"
    teams.export_enrolment(a, old, "a long passphrase", memory_kib=1024, iterations=1)
    rotation.rotate(a, share)
    with pytest.raises(BadInput, match="älteren Teamschlüssel"):
        teams.join(a, old, "a long passphrase")


def test_rotate_key_and_devices_on_the_command_line(make_store, tmp_path):
    a, lost = make_store("a"), make_store("lost")
    da, dl = (s.path.parent.parent for s in (a, lost))
    lost_id = lost.device_id
    a.close()
    lost.close()
    share = tmp_path / "share"
    share.mkdir()
    assert run("--data-dir", da, "team", "create", env=ENV).code == 0
    assert run("--data-dir", da, "sync", "--target", share, "--save", env=ENV).code == 0
    enrolment = tmp_path / "team.kimdesk"
    assert run("--data-dir", da, "team", "export-enrolment", enrolment, env=ENV).code == 0
    assert run("--data-dir", dl, "team", "join", enrolment, env=ENV).code == 0
    assert run("--data-dir", dl, "sync", env=ENV).code == 0
    listing = run("--data-dir", da, "team", "devices", "--json", env=ENV)
    assert {d["device"] for d in json.loads(listing.out)} >= {lost_id}
    new = tmp_path / "team-2.kimdesk"
    res = run("--data-dir", da, "team", "rotate-key", new, "--revoke", lost_id, env=ENV)
    assert res.code == 0, res.err
    assert "Generation 2" in res.out and lost_id in res.out and new.exists()
    listing = run("--data-dir", da, "team", "devices", env=ENV)
    assert any(lost_id in line and "gesperrt" in line for line in listing.out.splitlines())
    refused = run("--data-dir", dl, "sync", env=ENV)
    assert refused.code == 2 and "neue Anmeldedatei" in refused.err and len(refused.err.strip().splitlines()) == 1
    # the revoked laptop cannot simply join again with the new file? It can, if it has the file and its
    # passphrase — the file is handed only to the laptops that remain. The others join and sync:
    doctor = run("--data-dir", da, "doctor", env=ENV)
    assert doctor.code == 0 and "erreichbar" in doctor.out
