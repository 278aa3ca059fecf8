"""No readable byte on the share: every file the sync wrote is grepped for the names and
phone numbers it carried (and for the team key)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.world import play


def grep(root: Path, needles: set[str]) -> list[tuple[str, str]]:
    found = []
    files = [p for p in root.rglob("*") if p.is_file()]
    assert files, "the sync wrote nothing"
    for path in files:
        blob = path.read_bytes()
        rel = str(path.relative_to(root))
        for needle in needles:
            for form in {needle, needle.lower(), needle.upper()}:
                if form.encode("utf-8") in blob or form in rel:
                    found.append((rel, needle))
    return found


def check_share(root: Path, world, laptops_) -> None:
    from kimdesk.sync import team

    needles = set(world.secrets)
    needles |= {n.rsplit("-", 1)[0] for n in world.secrets if "-" in n and not n[0].isdigit()}  # bare family names
    needles = {n for n in needles if len(n) >= 5}  # shorter ones turn up in any random bytes
    key = team.require(laptops_[0]).key
    assert len(needles) > 10
    assert grep(root, needles) == []
    for path in root.rglob("*"):
        if path.is_file():
            assert key not in path.read_bytes() and key.hex().encode() not in path.read_bytes()


@pytest.mark.slow
def test_nothing_readable_on_a_folder_share(laptops, tmp_path):
    from kimdesk.sync.targets import FolderTarget

    root = tmp_path / "share"
    root.mkdir()
    stores = laptops(3)
    world = play(stores, lambda: FolderTarget(root), 11, 40, erase=False)
    check_share(root, world, stores)


@pytest.mark.slow
@pytest.mark.smb
def test_nothing_readable_on_a_samba_share(laptops, samba, tmp_path):
    stores = laptops(2)
    world = play(stores, lambda: samba.target(tmp_path.name), 12, 30, erase=False)
    check_share(samba.share_dir / tmp_path.name, world, stores)
