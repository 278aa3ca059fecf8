"""Fake device folders and junk on the share: listed by ``doctor`` and cleared by a team member
with the key, ``kimdesk sync --clean-share`` (with ``--dry-run``) (issue 13)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from kimdesk.services.clients_intake import clients
from kimdesk.sync import envelope, junk, layout
from kimdesk.sync.envelope import Header
from kimdesk.sync.targets import FolderTarget
from tests.support.cli import run
from tests.sync.support import sync
from tests.sync.test_untrusted_share import forged

ENV = {"KIMDESK_PASSPHRASE": "test passphrase one"}


def littered(root: Path, a, b) -> dict[str, str]:
    """A share two laptops use, with junk of every kind dropped into it. Returns path -> reason."""
    sync(a, FolderTarget(root))
    clients.create_client(b, {"given_name": "Dragan", "family_name": "Petrović"})
    sync(b, FolderTarget(root))
    sync(a, FolderTarget(root))
    fake = str(uuid.uuid4())
    (root / layout.device_dir(fake)).mkdir()
    (root / layout.segment_path(fake, 1)).write_bytes(forged(b"null"))
    (root / layout.cursors_path(fake)).write_bytes(forged(b"[]"))
    (root / "devices" / "not-a-device").write_bytes(b"x")
    (root / "Thumbs.db").write_bytes(b"x")
    (root / "Protokolle").mkdir()
    (root / layout.device_dir(b.device_id) / "notes.txt").write_bytes(b"x")
    other_team = envelope.seal(bytes(32), Header("segment", str(uuid.uuid4()), b.device_id, 7), {"changes": []})
    (root / layout.segment_path(b.device_id, 7)).write_bytes(other_team)
    (root / layout.device_dir(b.device_id) / f"000000000009{layout.TEMP_MARK}abc").write_bytes(b"half")  # b writing
    return {layout.device_dir(fake): "fake", "devices/not-a-device": "unknown", "Thumbs.db": "unknown",
            "Protokolle": "unknown", f"{layout.device_dir(b.device_id)}/notes.txt": "unknown",
            layout.segment_path(b.device_id, 7): "foreign"}


def test_survey_finds_every_kind_of_junk_and_nothing_genuine(laptops, tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    a, b = laptops(2)
    expected = littered(root, a, b)
    found = {j.path: j.reason for j in junk.survey(a, FolderTarget(root))}
    assert found == expected


def test_clean_share_dry_run_then_clean(laptops, tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    a, b = laptops(2)
    expected = littered(root, a, b)
    before = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    data_dir = a.path.parent.parent
    a.close()
    dry = run("--data-dir", data_dir, "sync", "--target", root, "--clean-share", "--dry-run", env=ENV)
    assert dry.code == 0, dry.err
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == before  # nothing removed
    for path in expected:
        assert path in dry.out
    assert dry.out.count("Würde entfernen") == len(expected) - 1 and "Nicht entfernt" in dry.out
    done = run("--data-dir", data_dir, "sync", "--target", root, "--clean-share", "--json", env=ENV)
    assert done.code == 0, done.err
    removed = {j["path"] for j in json.loads(done.out) if j["removed"]}
    assert removed == set(expected) - {"Protokolle"}
    for path in removed:
        assert not (root / path).exists(), path
    assert (root / "Protokolle").is_dir()  # somebody's folder: listed, never removed
    assert (root / layout.device_dir(b.device_id) / f"000000000009{layout.TEMP_MARK}abc").exists()
    report = sync(b, FolderTarget(root))
    assert not report.rejected, report.lines()
    again = run("--data-dir", data_dir, "sync", "--target", root, "--json", env=ENV)
    assert again.code == 0 and json.loads(again.out)["rejected"] == []


def test_clean_share_refuses_without_the_teams_info_file(laptops, tmp_path):
    root = tmp_path / "elsewhere"
    root.mkdir()
    (root / "Brief.docx").write_bytes(b"x")
    (a,) = laptops(1)
    data_dir = a.path.parent.parent
    a.close()
    done = run("--data-dir", data_dir, "sync", "--target", root, "--clean-share", env=ENV)
    assert done.code == 2 and "nichts entfernt" in done.err and "interner Fehler" not in done.err
    assert (root / "Brief.docx").exists()


def test_dry_run_needs_clean_share(laptops, tmp_path):
    (a,) = laptops(1)
    data_dir = a.path.parent.parent
    a.close()
    done = run("--data-dir", data_dir, "sync", "--target", tmp_path, "--dry-run", env=ENV)
    assert done.code == 2 and "--clean-share" in done.err


def test_doctor_lists_the_junk(laptops, tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    a, b = laptops(2)
    littered(root, a, b)
    from kimdesk.sync import service

    service.save_target(a, str(root))
    data_dir = a.path.parent.parent
    a.close()
    done = run("--data-dir", data_dir, "doctor", env=ENV)
    assert "--clean-share" in done.out + done.err
    assert "Thumbs.db" in done.out + done.err
