"""Convergence: 3–5 laptops doing random work and syncing in random order end up identical,
and no value anybody saved is silently lost (see ``world.World``)."""

from __future__ import annotations

import pytest

from tests.sync.world import play


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_work_converges_on_memory_target(laptops, long_run, seed):
    from kimdesk.sync.targets import MemoryTarget

    share = MemoryTarget()
    stores = laptops(5 if long_run else 3 + seed % 3)  # 4, 5 and 3 laptops
    play(stores, lambda: share, seed * 7919, 400 if long_run else 60)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [4])
def test_random_work_converges_on_folder_target(laptops, long_run, tmp_path, seed):
    from kimdesk.sync.targets import FolderTarget

    root = tmp_path / "share"
    root.mkdir()
    stores = laptops(4 if long_run else 3)
    world = play(stores, lambda: FolderTarget(root), seed, 300 if long_run else 50)
    assert world.rounds > 0


@pytest.mark.slow
def test_many_seeds_when_long(laptops, long_run):
    from kimdesk.sync.targets import MemoryTarget

    for seed in range(10, 30 if long_run else 12):
        share = MemoryTarget()
        play(laptops(3), lambda: share, seed, 150 if long_run else 30)


@pytest.mark.slow
@pytest.mark.smb
def test_random_work_converges_on_samba(laptops, long_run, samba, tmp_path):
    stores = laptops(4 if long_run else 3)
    world = play(stores, lambda: samba.target(tmp_path.name), 5, 200 if long_run else 40)
    assert world.rounds > 0
