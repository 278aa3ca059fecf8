"""Benchmark fixtures built once and kept: a full run at 100,000 and 200,000 people spent most of its
time writing the same data sets again (the reports' data for three modules, every size, every run).

``fixture_profile`` hands a module an encrypted profile holding its data set: copied from the cache
when an entry with the same key exists and every file still has the digest recorded when it was
written, else built by the module's own builder (then stored). The key covers everything that shapes
the data: the fixture's kind, size and seed, the migration head and the text of the migrations, the
builder's source files, this module, ``benchmarks/common.py``, the models and the store package, the
Python and SQLCipher versions. A corrupt or half-written entry is removed and built again, never
trusted. The cache holds profiles as the app writes them (SQLCipher database, passphrase-wrapped key
file), in a private directory outside the repository: ``KIMDESK_BENCH_CACHE`` (``off`` turns the
cache off), else ``$XDG_CACHE_HOME/kimdesk-bench`` or ``~/.cache/kimdesk-bench``.

Built or copied, the module gets the profile freshly opened from its files (the builder's store is
closed first), so what a benchmark measures does not depend on whether the cache was warm.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

CACHE_ENV = "KIMDESK_BENCH_CACHE"
PASSPHRASE = "benchmark passphrase 1"
FORMAT = 1  # the layout of an entry; a change makes every older entry a miss
REPO = Path(__file__).resolve().parent.parent
SKIPPED = {"kimdesk.lock"}  # the profile's lock file is the process's, not the data's
CHUNK = 1 << 20
USED: list[str] = []  # "built" or "cached", per fixture this process took: the runner labels its peak memory


def cache_root() -> Path | None:
    """Where entries live, or None when the cache is off. Never inside the repository."""
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen.lower() in ("off", "0", "no", "false"):
        return None
    root = Path(chosen) if chosen else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kimdesk-bench"
    root = root.resolve()
    if root == REPO or REPO in root.parents:
        raise SystemExit(f"{CACHE_ENV}={root} is inside the repository: the fixture cache belongs elsewhere")
    return root


def _digest_paths(paths: Iterable[Path]) -> str:
    """One digest over the text of the given files and of every ``.py`` file in the given folders."""
    files: set[Path] = set()
    for path in paths:
        path = Path(path)
        files.update(path.rglob("*.py") if path.is_dir() else [path])
    h = hashlib.sha256()
    for file in sorted(files, key=lambda p: p.relative_to(REPO).as_posix() if REPO in p.parents else str(p)):
        if "__pycache__" in file.parts:
            continue
        h.update((file.relative_to(REPO).as_posix() if REPO in file.parents else file.name).encode())
        h.update(b"\0" + file.read_bytes() + b"\0")
    return h.hexdigest()


def _source(item: str | Path | ModuleType | Callable) -> Path:
    if isinstance(item, (str, Path)):
        return Path(item)
    return Path(inspect.getsourcefile(item))


def key_parts(kind: str, n: int, seed: int, name: str, sources: Iterable) -> dict:
    """Everything that shapes a fixture (JSON, recorded in the entry's manifest)."""
    from kimdesk.store import migrate

    import sqlcipher3

    kimdesk = REPO / "kimdesk"
    return {"format": FORMAT, "kind": kind, "people": n, "seed": seed, "profile": name,
            "migration_head": sorted(migrate.quick_heads()),
            "migrations": _digest_paths([kimdesk / "store" / "migrations"]),
            "code": _digest_paths([Path(__file__), REPO / "benchmarks" / "common.py", kimdesk / "models",
                                   kimdesk / "store", *(_source(s) for s in sources)]),
            "python": "%d.%d" % sys.version_info[:2],
            "sqlcipher": getattr(sqlcipher3, "sqlite_version", "?")}


def key_of(parts: dict) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]


def _slot(parts: dict) -> list:
    """What an entry is for, whatever its code: a newer entry of the same slot replaces older ones."""
    return [parts["kind"], parts["people"], parts["seed"], parts["profile"]]


def _copy(src: Path, dst: Path) -> tuple[int, str]:
    """Copy one file, returning its size and SHA-256 (one pass)."""
    h, size = hashlib.sha256(), 0
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(src, "rb") as inp, os.fdopen(fd, "wb") as out:
        while block := inp.read(CHUNK):
            h.update(block)
            out.write(block)
            size += len(block)
    return size, h.hexdigest()


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name not in SKIPPED)


def restore(entry: Path, target: Path) -> dict | None:
    """Copy an entry's profile files to ``target``; the manifest, or None (and nothing left at
    ``target``) when the entry is missing, unreadable or any file differs from its recorded digest."""
    try:
        manifest = json.loads((entry / "manifest.json").read_text(encoding="utf-8"))
        recorded = manifest["files"]
        present = {p.name for p in _files(entry / "profile")}
        if not recorded or present != set(recorded):
            raise ValueError("files differ from the manifest")
        target.mkdir(mode=0o700, parents=True, exist_ok=False)
        for name, (size, digest) in recorded.items():
            if _copy(entry / "profile" / name, target / name) != (size, digest):
                raise ValueError(f"{name}: digest differs")
        return manifest
    except (OSError, ValueError, KeyError, TypeError) as exc:
        if entry.exists():
            print(f"   fixture cache: entry {entry.name} unusable ({exc}); building again", flush=True)
        shutil.rmtree(target, ignore_errors=True)
        shutil.rmtree(entry, ignore_errors=True)
        return None


def store_entry(root: Path, key: str, parts: dict, source: Path, counts: dict, seconds: float) -> None:
    """Write the closed profile at ``source`` as the entry ``key``: staged, manifest last, then renamed
    into place (a run cut off leaves only a staging folder, never a half entry); older entries of the
    same slot are removed."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(root, 0o700)
    stage = Path(tempfile.mkdtemp(prefix=".staging-", dir=root))
    try:
        (stage / "profile").mkdir(mode=0o700)
        files = {p.name: list(_copy(p, stage / "profile" / p.name)) for p in _files(source)}
        manifest = {"key": parts, "files": files, "counts": counts, "build_seconds": round(seconds, 1),
                    "written": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        (stage / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        for old in root.iterdir():
            if old.is_dir() and old.name != key and not old.name.startswith("."):
                try:
                    if _slot(json.loads((old / "manifest.json").read_text(encoding="utf-8"))["key"]) == _slot(parts):
                        shutil.rmtree(old, ignore_errors=True)
                except (OSError, ValueError, KeyError, TypeError):
                    shutil.rmtree(old, ignore_errors=True)  # not a readable entry: nothing to keep
        try:
            os.rename(stage, root / key)
        except OSError:  # another run stored the same entry meanwhile
            pass
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def fixture_profile(folder: Path, kind: str, n: int, build: Callable[[object], dict], *, seed: int,
                    sources: Iterable = (), name: str = "bench", passphrase: str = PASSPHRASE,
                    remember: bool = False):
    """The open store of profile ``folder/name`` holding the fixture ``kind`` at ``n`` people, and
    the counts ``build`` returned when it was made (JSON; None is kept as ``{}``). ``build(store)``
    fills a freshly initialised profile; ``sources``: the modules or files whose code shapes the data
    beyond the file ``build`` is defined in. ``remember``: the key also goes into the keyring, as
    ``init_profile(..., remember=True)`` puts it (a start-up measured from the keyring).

    The one change a module needs: ``store = init_profile(Profile(folder, NAME), PASS, ...)`` followed
    by ``fill(store, n)`` becomes ``store, counts = fixture_profile(folder, KIND, n, lambda s: fill(s, n),
    seed=SEED, name=NAME, passphrase=PASS)``."""
    from kimdesk.store.profile import Profile, init_profile, open_profile, remember_key

    profile = Profile(Path(folder), name)
    root = cache_root()
    parts = key_parts(kind, n, seed, name, [build, *sources])
    key = key_of(parts)
    started, cpu = time.perf_counter(), time.process_time()
    manifest = restore(root / key, profile.dir) if root is not None else None
    if manifest is not None:
        counts = manifest["counts"]
        how = f"from the cache (built once in {manifest['build_seconds']:.0f} s)"
    else:
        store = init_profile(profile, passphrase, remember=False)
        try:
            counts = build(store) or {}
        finally:
            store.close()
        if root is not None:
            store_entry(root, key, parts, profile.dir, counts, time.perf_counter() - started)
        how = "built" + (", cached" if root is not None else " (cache off)")
    USED.append("cached" if manifest is not None else "built")
    store = open_profile(profile, passphrase=passphrase, use_keyring=False)
    if remember:
        remember_key(profile, passphrase)
    print(f"   fixture {kind} at {n:,} people {how}: {time.perf_counter() - started:.1f} s wall, "
          f"{time.process_time() - cpu:.1f} s CPU", flush=True)
    return store, counts
