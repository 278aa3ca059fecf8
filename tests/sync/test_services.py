"""History, hooks, the share's layout, erasure reaching the share, and the enrolment file."""

from __future__ import annotations

import json
import os

import pytest

from kimdesk.errors import BadInput, ValidationError, WrongPassphrase
from kimdesk.services.clients_intake import clients, history
from kimdesk.sync import envelope, erasure, hooks, layout, settings
from kimdesk.sync import team as teams
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import export, snapshot_database_text, sync


def test_history_lists_every_value_and_restore_is_an_edit_that_syncs(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    cid = clients.create_client(a, {"given_name": "Olena", "family_name": "Kovalenko", "municipality": "Aachen"})
    clients.update_client(a, cid, {"municipality": "Alsdorf"})
    sync(a, share)
    sync(b, share)
    clients.update_client(b, cid, {"municipality": "Monschau"})
    sync(b, share)
    sync(a, share)
    values = [v.fields["municipality"] for v in history.field_history(a, "client", cid, "municipality")]
    assert values == ["Aachen", "Alsdorf", "Monschau"]
    first = history.field_history(a, "client", cid, "municipality")[0]
    history.restore(a, "client", cid, "municipality", first.stamp, first.device)
    sync(a, share)
    sync(b, share)
    with b.session(write=False) as s:
        assert clients.get(s, cid).municipality == "Aachen"
    assert export(a) == export(b)


def test_hooks_run_after_a_round_that_applied_changes(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    calls = []

    def hook(store, report):
        calls.append((store.device_id, report.received_changes))

    def broken(store, report):
        raise RuntimeError("a bug in a rule")

    hooks.AFTER_APPLY.extend([hook, broken])
    try:
        clients.create_client(a, {"given_name": "A", "family_name": "B"})
        sync(a, share)
        assert calls == []  # a applied nothing
        report = sync(b, share)
        assert calls and calls[0][0] == b.device_id and calls[0][1] > 0
        assert any("broken" in e.detail for e in report.events)  # reported, round still complete
    finally:
        hooks.AFTER_APPLY.remove(hook)
        hooks.AFTER_APPLY.remove(broken)


def test_everything_on_the_share_lies_under_the_device_folders(laptops):
    share = MemoryTarget()
    stores = laptops(3)
    for s in stores:
        settings.put(s, settings.SNAPSHOT_EVERY, 2)
    for i in range(4):
        for s in stores:
            clients.create_client(s, {"given_name": f"P{i}", "family_name": "Muster"})
            sync(s, share)
    ids = {s.device_id for s in stores}
    for path in share.files:
        if path == layout.INFO:
            continue
        top, device, name = path.split("/")
        assert top == layout.DEVICES and device in ids
        assert layout.parse_segment(name) or layout.parse_snapshot(name) or name == layout.CURSORS, name


def test_erased_person_leaves_the_share_once_every_laptop_applied_it(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    key = teams.require(a)
    cid = clients.create_client(a, {"given_name": "Leyla", "family_name": "Quastenflosser", "phone": "0176 5550101"})
    sync(a, share)
    sync(b, share)
    clients.update_client(b, cid, {"municipality": "Stolberg"})
    sync(b, share)
    with a.session() as s:
        erasure.erase_client(s, a, cid, "Löschantrag")
    for _ in range(3):
        for s in (a, b):
            sync(s, share)

    def plaintext() -> str:
        texts = []
        for path, blob in share.files.items():
            header, _ = envelope.read_header(blob)
            texts.append(json.dumps(envelope.open_sealed(key.key, blob, team=key.id, kind=header.kind,
                                                          device=header.device, seq=header.seq)))
            texts.append(snapshot_database_text(blob, key.id, key.key))  # a snapshot database behind it
        return "\n".join(texts)

    text = plaintext()
    assert cid in text  # the erasure record: ids only
    assert "Quastenflosser" not in text and "5550101" not in text


def test_enrolment_file(laptops, tmp_path):
    a, b = laptops(2)
    path = tmp_path / "enrol.json"
    with pytest.raises(ValidationError):
        teams.export_enrolment(a, path, "short")
    teams.export_enrolment(a, path, "a long passphrase", target="/mnt/kim", memory_kib=1024, iterations=1)
    with pytest.raises(WrongPassphrase):
        teams.read_enrolment(path, "the wrong passphrase")
    team, target = teams.read_enrolment(path, "a long passphrase")
    assert team.id == teams.require(a).id and target == "/mnt/kim"
    doc = json.loads(path.read_text())
    doc["team"] = "7d0f2a8e-1b7c-4f55-9d8a-3c5e2f1a9b11"  # tampered header
    path.write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        teams.read_enrolment(path, "a long passphrase")
    doc["version"] = 99
    path.write_text(json.dumps(doc))
    with pytest.raises(ValidationError, match="neueres Format"):
        teams.read_enrolment(path, "a long passphrase")
    other = MemoryTarget()
    fresh_path = tmp_path / "other.json"
    c, = laptops(1)
    with c.connection(write=True) as conn:
        c.set_setting(conn, teams.TEAM_ID, None)
    created = teams.create(c)
    teams.export_enrolment(c, fresh_path, "a long passphrase", memory_kib=1024, iterations=1)
    with pytest.raises(BadInput, match="anderen Team"):
        teams.join(b, fresh_path, "a long passphrase")
    assert created.id != teams.require(b).id and other.files == {}


def test_team_key_is_kept_in_the_keyring_too(laptops):
    from kimdesk.store import secrets

    a, = laptops(1)
    with a.connection(write=True) as conn:
        a.set_setting(conn, teams.TEAM_ID, None)
        a.set_setting(conn, teams.TEAM_KEY, None)
    created = teams.create(a)
    assert secrets.get(teams.keyring_name(created.id)) == created.key.hex()
    with a.connection(write=True) as conn:  # the database lost it (old backup): the keyring still has it
        a.set_setting(conn, teams.TEAM_KEY, None)
    assert teams.require(a).key == created.key
    assert repr(created) == f"Team({created.id})" and created.key.hex() not in repr(created)
    assert os.environ.get("KIMDESK_TEAM_PASSPHRASE") is None
