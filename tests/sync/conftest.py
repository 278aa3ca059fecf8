"""Fixtures for sync tests: several laptops of one team and a shared target."""

from __future__ import annotations

import pytest

from kimdesk.sync import team as teams
from kimdesk.sync.targets import FolderTarget, MemoryTarget
from tests.sync.support import Laptops


@pytest.fixture
def team_key():
    return teams.Team("7d0f2a8e-1b7c-4f55-9d8a-3c5e2f1a9b10", bytes(range(32)))


@pytest.fixture
def laptops(make_store, team_key):
    """``laptops(n)`` -> list of stores that share one team key."""
    return Laptops(make_store, team_key)


@pytest.fixture(params=["memory", "folder"])
def share(request, tmp_path):
    """The shared target: in memory, or a real folder (a mounted share / USB stick)."""
    if request.param == "memory":
        return MemoryTarget()
    root = tmp_path / "share"
    root.mkdir()
    return FolderTarget(root)
