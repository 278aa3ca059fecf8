"""The command line contract for sync: ``sync``, ``conflicts``, ``team``, exit codes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kimdesk.services.clients_intake import clients
from tests.support.cli import run, run_subprocess

ENV = {"KIMDESK_PASSPHRASE": "test passphrase one", "KIMDESK_TEAM_PASSPHRASE": "team passphrase 42"}


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "logs" not in p.parts}


def data_dir_of(store) -> Path:
    return store.path.parent.parent


def kd(store_or_dir, *args, env=None):
    d = store_or_dir if isinstance(store_or_dir, Path) else data_dir_of(store_or_dir)
    return run("--data-dir", d, *args, env=ENV | (env or {}))


def test_team_sync_conflicts_end_to_end(make_store, tmp_path):
    a, b = make_store("a"), make_store("b")
    cid = clients.create_client(a, {"given_name": "Olena", "family_name": "Kovalenko", "phone": "0157 3332211"})
    da, db = data_dir_of(a), data_dir_of(b)
    a.close()
    b.close()
    share = tmp_path / "share"
    share.mkdir()
    assert kd(da, "sync", "--target", share).code == 2  # no team yet: bad input, nothing written
    assert list(share.iterdir()) == []
    created = kd(da, "team", "create")
    assert created.code == 0 and "Team" in created.out
    assert kd(da, "team", "create").code == 2
    enrolment = tmp_path / "team.kimdesk-enrolment"
    assert kd(da, "sync", "--target", share, "--save").code == 0
    assert kd(da, "team", "export-enrolment", enrolment).code == 0
    assert b"Kovalenko" not in enrolment.read_bytes()
    wrong = kd(db, "team", "join", enrolment, env={"KIMDESK_TEAM_PASSPHRASE": "not the passphrase"})
    assert wrong.code == 2 and len(wrong.err.strip().splitlines()) == 1
    joined = kd(db, "team", "join", enrolment)
    assert joined.code == 0 and str(share) in joined.out  # the target came with the enrolment
    out = kd(db, "sync", "--json")  # the configured target
    assert out.code == 0, out.err
    report = json.loads(out.out)
    assert report["received"] >= 1 and report["sent"] == 0 and report["conflicts"] == 0
    found = kd(db, "search", "Kovalenko")
    assert cid in found.out
    # a conflict, seen through the command line
    for store_dir, town in ((da, "Aachen"), (db, "Alsdorf")):
        from kimdesk.store.profile import Profile, open_profile

        s = open_profile(Profile(store_dir), passphrase=ENV["KIMDESK_PASSPHRASE"], use_keyring=False)
        clients.update_client(s, cid, {"municipality": town})
        s.close()
    for d in (da, db, da):
        assert kd(d, "sync").code == 0
    listing = kd(da, "conflicts", "--json")
    items = json.loads(listing.out)
    assert len(items) == 1
    item = items[0]
    assert {k: item[k] for k in ("entity", "id", "field", "kept", "lost", "resolved")} == {
        "entity": "client", "id": cid, "field": "municipality", "kept": "Alsdorf", "lost": "Aachen",
        "resolved": False}
    assert isinstance(item["lost_stamp"], int) and item["lost_device"]
    text = kd(da, "conflicts")
    assert "Aachen" in text.out and "Alsdorf" in text.out
    assert kd(da, "conflicts", "--resolve", str(item["conflict"]), "--choose", "lost").code == 0
    assert json.loads(kd(da, "conflicts", "--json").out) == []
    for d in (da, db):
        assert kd(d, "sync").code == 0
    assert json.loads(kd(db, "conflicts", "--json").out) == []
    assert json.loads(kd(db, "conflicts", "--json", "--all").out)[0]["resolved"] is True
    doctor = kd(db, "doctor")
    assert "Sync" in doctor.out and "erreichbar" in doctor.out


def test_unreachable_target_exit_3_nothing_changed(make_store, tmp_path, team_key):
    from kimdesk.sync import team

    a = make_store("a")
    team._save(a, team_key)
    clients.create_client(a, {"given_name": "A", "family_name": "B"})
    d = data_dir_of(a)
    a.close()
    before = digest(d)
    missing = tmp_path / "gone" / "share"
    res = run_subprocess("--data-dir", d, "sync", "--target", missing, "--save", env=ENV)
    assert res.code == 3, res.err
    assert len(res.err.strip().splitlines()) == 1
    assert not missing.exists() and not missing.parent.exists()
    assert digest(d) == before
    res = kd(d, "sync", "--target", "smb://nobody@127.0.0.1:1/share/dir", env={"KIMDESK_SMB_PASSWORD": "x"})
    assert res.code == 3
    assert digest(d) == before
    assert kd(d, "sync", "--target", "ftp://example.org/x").code == 2
