"""The benchmarks' fixture cache: a hit gives the same data without building; a change in what
shapes the data (fixture code, migration head) builds a new entry; a damaged entry is built again,
never trusted; entries stay encrypted and outside the repository."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from benchmarks import fixture_cache
from benchmarks.common import fixture_profile  # the modules import it from there

MARKER = "Fixturecache-Markername"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    root = tmp_path / "cache"
    monkeypatch.setenv(fixture_cache.CACHE_ENV, str(root))
    return root


def _builder(calls: list, source):
    """A small fixture: a setting and one person, built from ``source``'s text (the "fixture code")."""
    def build(store) -> dict:
        calls.append(1)
        from benchmarks.common import bulk_insert
        from kimdesk.models import Client

        return bulk_insert(store, {Client: [{"id": "c1", "case_number": "R-1", "given_name": source.read_text(),
                                             "family_name": MARKER, "languages": [], "interpreter_needed": False,
                                             "status": "open", "deleted": False}]})
    return build


def _open(folder, calls, source, n=1):
    store, counts = fixture_profile(folder, "test", n, _builder(calls, source), seed=3, sources=[source])
    try:
        with store.connection() as conn:
            names = conn.execute(text("SELECT given_name, family_name FROM client")).all()
        return counts, [tuple(r) for r in names]
    finally:
        store.close()


def _entry(cache):
    entries = [p for p in cache.iterdir() if not p.name.startswith(".")]
    assert len(entries) == 1
    return entries[0]


def test_second_use_comes_from_the_cache_with_the_same_data(cache, tmp_path, capsys):
    source, calls = tmp_path / "fixture_code.py", []
    source.write_text("v1")
    first = _open(tmp_path / "a", calls, source)
    second = _open(tmp_path / "b", calls, source)
    assert calls == [1]
    assert first == second == ({"client": 1}, [("v1", MARKER)])
    assert fixture_cache.USED[-2:] == ["built", "cached"]  # the runner labels the command's peak memory by it
    assert "from the cache" in capsys.readouterr().out


def test_a_change_in_the_fixture_code_builds_a_new_entry(cache, tmp_path):
    source, calls = tmp_path / "fixture_code.py", []
    source.write_text("v1")
    _open(tmp_path / "a", calls, source)
    old = _entry(cache).name
    source.write_text("v2")
    assert _open(tmp_path / "b", calls, source)[1] == [("v2", MARKER)]
    assert calls == [1, 1]
    assert _entry(cache).name != old  # the stale entry of the same slot is gone


def test_a_new_migration_head_builds_a_new_entry(cache, tmp_path, monkeypatch):
    from kimdesk.store import migrate

    source, calls = tmp_path / "fixture_code.py", []
    source.write_text("v1")
    before = fixture_cache.key_of(fixture_cache.key_parts("test", 1, 3, "bench", [source]))
    _open(tmp_path / "a", calls, source)
    monkeypatch.setattr(migrate, "quick_heads", lambda: {"9999"})
    assert fixture_cache.key_of(fixture_cache.key_parts("test", 1, 3, "bench", [source])) != before
    _open(tmp_path / "b", calls, source)
    assert calls == [1, 1]


def test_size_and_seed_are_part_of_the_key(tmp_path):
    source = tmp_path / "fixture_code.py"
    source.write_text("v1")
    keys = {fixture_cache.key_of(fixture_cache.key_parts("test", n, seed, "bench", [source]))
            for n, seed in ((1, 3), (2, 3), (1, 4))}
    assert len(keys) == 3


@pytest.mark.parametrize("damage", ["flip a byte of the database", "truncate the database", "bad manifest",
                                    "missing key file"])
def test_a_damaged_entry_is_built_again_not_trusted(cache, tmp_path, capsys, damage):
    source, calls = tmp_path / "fixture_code.py", []
    source.write_text("v1")
    _open(tmp_path / "a", calls, source)
    entry = _entry(cache)
    db = entry / "profile" / "kimdesk.db"
    if damage == "flip a byte of the database":
        data = bytearray(db.read_bytes())
        data[len(data) // 2] ^= 0x01
        db.write_bytes(bytes(data))
    elif damage == "truncate the database":
        db.write_bytes(db.read_bytes()[:4096])
    elif damage == "bad manifest":
        (entry / "manifest.json").write_text("{not json", encoding="utf-8")
    else:
        (entry / "profile" / "kimdesk.key").unlink()
    capsys.readouterr()
    assert _open(tmp_path / "b", calls, source)[1] == [("v1", MARKER)]
    assert calls == [1, 1]
    assert "unusable" in capsys.readouterr().out
    # the rebuilt entry is whole again: the next use is a hit
    _open(tmp_path / "c", calls, source)
    assert calls == [1, 1]


def test_entries_are_encrypted_and_private(cache, tmp_path):
    source, calls = tmp_path / "fixture_code.py", []
    source.write_text("v1")
    _open(tmp_path / "a", calls, source)
    entry = _entry(cache)
    raw = (entry / "profile" / "kimdesk.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3") and MARKER.encode() not in raw
    assert (cache.stat().st_mode & 0o077) == 0
    assert all((p.stat().st_mode & 0o077) == 0 for p in (entry / "profile").iterdir())
    manifest = json.loads((entry / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["key"]["migration_head"] and manifest["key"]["people"] == 1


def test_the_cache_is_never_inside_the_repository(monkeypatch):
    monkeypatch.setenv(fixture_cache.CACHE_ENV, str(fixture_cache.REPO / "benchmarks" / "cache"))
    with pytest.raises(SystemExit):
        fixture_cache.cache_root()


def test_off_builds_every_time(tmp_path, monkeypatch):
    monkeypatch.setenv(fixture_cache.CACHE_ENV, "off")
    source, calls = tmp_path / "fixture_code.py", []
    source.write_text("v1")
    _open(tmp_path / "a", calls, source)
    _open(tmp_path / "b", calls, source)
    assert calls == [1, 1]


def test_a_builder_returning_nothing_is_kept_as_no_counts(cache, tmp_path):
    from kimdesk.store.profile import Profile

    calls = []
    store, counts = fixture_profile(tmp_path / "a", "none", 1, lambda s: calls.append(1), seed=1, name="default")
    store.close()
    store, again = fixture_profile(tmp_path / "b", "none", 1, lambda s: calls.append(1), seed=1, name="default")
    store.close()
    assert counts == again == {} and calls == [1]
    assert Profile(tmp_path / "b", "default").db_path.exists()


def test_remember_puts_the_key_into_the_keyring_hit_or_miss(cache, tmp_path, monkeypatch):
    from kimdesk.store import secrets
    from kimdesk.store.keyfile import KeyFile
    from kimdesk.store.profile import Profile, keyring_name

    put = []
    monkeypatch.setattr(secrets, "put", lambda name, secret: put.append((name, secret)) or True)
    for folder in ("a", "b"):
        store, _ = fixture_profile(tmp_path / folder, "keyring", 1, lambda s: None, seed=1, name="default",
                                   remember=True)
        store.close()
        keyfile = KeyFile.load(Profile(tmp_path / folder, "default").key_path)
        assert put[-1] == (keyring_name(keyfile.profile_id), keyfile.unwrap(fixture_cache.PASSPHRASE).hex())
    assert len(put) == 2


def test_the_runner_says_where_the_cache_is_and_what_the_run_took(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(fixture_cache.REPO),
               KIMDESK_BENCH_CACHE=str(tmp_path / "cache"))
    for extra, where in (([], str(tmp_path / "cache")), (["--no-cache"], "off")):
        out = subprocess.run([sys.executable, "-m", "benchmarks", "minutes", "--quick", *extra], capture_output=True,
                             text=True, env=env, cwd=fixture_cache.REPO, timeout=600)
        assert out.returncode == 0, out.stderr[-3000:]
        assert f"fixture cache: {where}" in out.stdout and "whole run: " in out.stdout
        assert "minutes: peak memory of the command (fixture included)" in out.stdout
