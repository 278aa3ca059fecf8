"""Fixtures for sync tests: several laptops of one team and a shared target."""

from __future__ import annotations

import pytest

from kimdesk.sync import team as teams
from kimdesk.sync.targets import FolderTarget, MemoryTarget
from tests.sync.support import Laptops


@pytest.fixture(autouse=True)
def _no_leaked_log_handlers():
    """In-process CLI runs attach a file log to the test's data dir; detach it afterwards."""
    import logging

    root = logging.getLogger("kimdesk")
    before = list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def team_key():
    return teams.Team("7d0f2a8e-1b7c-4f55-9d8a-3c5e2f1a9b10", bytes(range(32)))


@pytest.fixture
def laptops(make_store, team_key):
    """``laptops(n)`` -> list of stores that share one team key."""
    return Laptops(make_store, team_key)


@pytest.fixture(scope="session")
def samba(tmp_path_factory):
    """A real Samba server for the whole session (skipped without Samba unless CI=true)."""
    from tests.sync import samba as server

    proc, log, info = server.start(tmp_path_factory.mktemp("samba"))
    yield info
    server.stop(proc, log)


@pytest.fixture(params=["memory", "folder", pytest.param("smb", marks=pytest.mark.smb)])
def share(request, tmp_path):
    """The shared target: in memory, a real folder (a mounted share, a USB stick), or SMB."""
    if request.param == "memory":
        return MemoryTarget()
    if request.param == "smb":
        return request.getfixturevalue("samba").target(tmp_path.name)
    root = tmp_path / "share"
    root.mkdir()
    return FolderTarget(root)
