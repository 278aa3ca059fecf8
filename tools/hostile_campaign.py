#!/usr/bin/env python3
"""The hostile campaign of issue 13, re-run on demand: bad inputs tried/held, faults injected/held.

Everything runs against the real command line (in this process where a case cannot hang, as a
child process where it must be killed or limited) on temporary profiles: real SQLCipher, the
file keyring of the tests, a local share folder with two laptops of one team.

* A **bad input** holds when the command answers with one clear line on stderr (no traceback, no
  "interner Fehler"), the documented exit code (2 for bad input), and nothing changed (the
  profile's files byte for byte). For files on the share: the round goes on (exit 0), and the
  other laptop's change still arrives.
* A **fault** (SIGKILL at a random moment, a full disk, a damaged file) holds when the profile
  still opens (or ``doctor`` names the next step), no committed row is lost, the team converges
  after, and no plaintext is left anywhere.

    python tools/hostile_campaign.py [--long] [--seed N] [--json FILE] [--only CATEGORY ...]

Prints a table per category (tried / held / not held, with the first failing case) and writes a
JSON summary. Bounded by default to a few minutes; ``--long`` tries many more kill moments.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASS = "Kastanienallee vierzehn in Düren"
TEAM_PASS = "Teamschlüssel für Aachen und Düren 7"
MARK = "Quastenflosser"  # a family name: its bytes must never be found in plaintext on disk
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")  # embeddings, overrides, isolates
BAD_SIGNS = ("Traceback", "interner Fehler", "internal error")
CATEGORIES = ("import", "keyfile", "enrolment", "share", "policy", "profile", "passphrase", "arguments",
              "kill", "full-disk", "damaged")


@dataclass
class Outcome:
    category: str
    case: str
    held: bool
    why: str = ""
    seconds: float = 0.0
    note: str = ""  # e.g. a kill that came after the command had already finished


@dataclass
class Result:
    code: int
    out: str
    err: str


# -- running the command line -------------------------------------------------------------------
def _detach_logs(before: list) -> None:
    root = logging.getLogger("kimdesk")
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def cli(*args, env: dict | None = None) -> Result:
    """``kimdesk ARGS`` in this process (the environment is put back afterwards)."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from kimdesk.cli import main as kimdesk

    before = list(logging.getLogger("kimdesk").handlers)
    saved = dict(os.environ)
    os.environ.update({"KIMDESK_PASSPHRASE": PASS} | (env or {}))
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = kimdesk([str(a) for a in args])
            except SystemExit as exc:  # argparse's usage errors, as ``python -m kimdesk`` ends with them
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        os.environ.clear()
        os.environ.update(saved)
        _detach_logs(before)
    return Result(code, out.getvalue(), err.getvalue())


def child(*args, env: dict | None = None, fsize: int | None = None, timeout: float = 120,
          kill_after: float | None = None) -> Result | None:
    """``python -m kimdesk ARGS`` as a child: with a file-size limit (a full disk), or SIGKILLed
    ``kill_after`` seconds in (returns None when the kill came first)."""
    full = dict(os.environ) | {"KIMDESK_PASSPHRASE": PASS, "PYTHONPATH": str(ROOT)} | (env or {})

    def limit() -> None:
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    proc = subprocess.Popen([sys.executable, "-m", "kimdesk", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=full, cwd=ROOT, preexec_fn=limit)
    try:
        out, err = proc.communicate(timeout=kill_after if kill_after is not None else timeout)
    except subprocess.TimeoutExpired:
        if kill_after is None:
            proc.kill()
            proc.communicate()
            return Result(-1, "", f"hung: no answer within {timeout} s")
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        return None
    return Result(proc.returncode, out, err)


def one_clear_line(res: Result, code: int = 2) -> str:
    """'' when ``res`` is one clear line on stderr with exit ``code``, else why not."""
    lines = [line for line in res.err.splitlines() if line.strip()]
    if lines and lines[0].startswith("usage:"):  # argparse: its usage, then one "error:" line
        lines = [line for line in lines if ": error: " in line]
    if any(sign in res.err or sign in res.out for sign in BAD_SIGNS):
        return f"traceback / internal error: {res.err.strip()[-200:]!r}"
    if res.code != code:
        return f"exit {res.code} (expected {code}): {res.err.strip()[:200]!r}"
    if len(lines) != 1:
        return f"{len(lines)} lines on stderr: {res.err.strip()[:200]!r}"
    return ""


def digest(folder: Path) -> dict[str, str]:
    import hashlib

    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "logs" not in p.parts and p.name != "kimdesk.lock"}


def plaintext_in(*folders: Path) -> str:
    """The first file holding MARK in plaintext (UTF-8 or UTF-16), or ''."""
    needles = (MARK.encode(), MARK.encode("utf-16-le"))
    for folder in folders:
        for p in folder.rglob("*"):
            if p.is_file() and not p.is_symlink():
                data = p.read_bytes()
                if any(n in data for n in needles):
                    return str(p)
    return ""


def people(export_doc: dict) -> list[dict]:
    return export_doc.get("clients", []) if isinstance(export_doc, dict) else []


def export_of(data_dir: Path, where: Path) -> dict | None:
    """The exchange-format export of a profile (None when it does not open)."""
    out = where / f"export-{uuid.uuid4().hex}.json"
    res = cli("--data-dir", data_dir, "export", out)
    if res.code != 0:
        return None
    try:
        return json.loads(out.read_text(encoding="utf-8"))
    finally:
        out.unlink(missing_ok=True)


def ids_of(data_dir: Path, where: Path) -> set[str] | None:
    doc = export_of(data_dir, where)
    return None if doc is None else {c["id"] for c in people(doc)}


def person_file(path: Path, family: str, n: int = 1, *, start: int = 0, extra: str = "") -> tuple[Path, set[str]]:
    ids = [str(uuid.UUID(int=random.getrandbits(128), version=4)) for _ in range(n)]
    doc = {"format": "kimdesk-export", "version": 1, "clients": [
        {"id": cid, "given_name": "Leyla", "family_name": f"{family}{'' if n == 1 else i + start}",
         "phone": "0176 5550101", "address": extra} for i, cid in enumerate(ids)]}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path, set(ids)


# -- the world: two laptops of one team and their share ------------------------------------------------
@dataclass
class World:
    a: Path  # data dir of laptop A
    b: Path  # data dir of laptop B (joined)
    c: Path  # data dir of a laptop without a team
    share: Path
    enrolment: Path
    tmp: Path  # scratch for this case

    def sync(self, data_dir: Path) -> Result:
        return cli("--data-dir", data_dir, "sync", "--target", self.share)


class Campaign:
    def __init__(self, work: Path, *, long: bool, seed: int, only: set[str] | None = None,
                 sample: int | None = None, limits: dict[str, int] | None = None):
        self.work = work
        self.long = long
        self.rng = random.Random(seed)
        random.seed(seed)
        self.only = only
        self.sample = sample
        self.outcomes: list[Outcome] = []
        self.pending: list[tuple[str, str, Callable[[World], str]]] = []
        self.limits = limits or {}  # at most this many cases of a category (the first ones): the quick test
        self.golden = work / "golden"
        self.n = 0

    # -- setting up ------------------------------------------------------------------------------
    def environment(self) -> None:
        home = self.work / "home"
        for sub in ("data", "cache", "state", "config", "tmp"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ.update({"HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
                           "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
                           "XDG_CONFIG_HOME": str(home / "config"), "TMPDIR": str(home / "tmp"),
                           "KIMDESK_TEST_KEYRING": str(self.work / "keyring.json"),
                           "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
                           "KIMDESK_LANG": "de", "KIMDESK_POLICY_FILE": str(self.work / "no-policy.json"),
                           "QT_QPA_PLATFORM": "offscreen"})
        os.environ.pop("KIMDESK_PASSPHRASE", None)
        import keyring

        from tests.support.file_keyring import FileKeyring

        keyring.set_keyring(FileKeyring())

    def setup(self) -> None:
        g = self.golden
        g.mkdir(parents=True)
        a, b, c, share = g / "a", g / "b", g / "c", g / "share"
        share.mkdir()
        must = [cli("--data-dir", a, "init"), cli("--data-dir", b, "init"), cli("--data-dir", c, "init")]
        seed, _ = person_file(g / "seed.json", MARK, 5)
        must.append(cli("--data-dir", a, "import", seed))
        must.append(cli("--data-dir", a, "team", "create"))
        must.append(cli("--data-dir", a, "sync", "--target", share, "--save"))
        enrolment = g / "team.kimdesk"
        must.append(cli("--data-dir", a, "team", "export-enrolment", enrolment, env={"KIMDESK_TEAM_PASSPHRASE":
                                                                                        TEAM_PASS}))
        must.append(cli("--data-dir", b, "team", "join", enrolment, env={"KIMDESK_TEAM_PASSPHRASE": TEAM_PASS}))
        must.append(cli("--data-dir", b, "sync", "--target", share, "--save"))
        must.append(cli("--data-dir", a, "sync", "--target", share))
        for res in must:
            if res.code != 0:
                raise SystemExit(f"setting up the campaign failed: {res.err or res.out}")
        from kimdesk.services.admin import settings
        from kimdesk.store.profile import Profile, open_profile

        store = open_profile(Profile(a), passphrase=PASS)
        try:
            settings.IMPORT_MAX_MB.set(store, 2)  # so "huge" is a few MB, not hundreds
        finally:
            store.close()
        self.big_import = person_file(g / "big.json", MARK, 2500, extra="Lange Straße 1, 52062 Aachen " * 10)

    def world(self) -> World:
        """Fresh copies of the golden laptops and share for one case."""
        self.n += 1
        case = self.work / f"case-{self.n}"
        tmp = case / "tmp"
        tmp.mkdir(parents=True)
        for name in ("a", "b", "c", "share"):
            shutil.copytree(self.golden / name, case / name, symlinks=True)
        return World(case / "a", case / "b", case / "c", case / "share", self.golden / "team.kimdesk", tmp)

    def done_with(self, w: World) -> None:
        shutil.rmtree(w.a.parent, ignore_errors=True)

    # -- bookkeeping -----------------------------------------------------------------------------
    def wanted(self, category: str) -> bool:
        return self.only is None or category in self.only

    def record(self, category: str, case: str, fn: Callable[[World], str]) -> None:
        """Queue a case; ``run`` picks the ones this run tries (all with --long, a spread sample without)."""
        self.pending.append((category, case, fn))

    def attempt(self, category: str, case: str, fn: Callable[[World], str]) -> None:
        started = time.perf_counter()
        w = self.world()
        self.note = ""
        try:
            why = fn(w)
        except Exception as exc:  # noqa: BLE001 - a case that breaks the campaign itself is not held
            why = f"campaign error: {type(exc).__name__}: {exc}"
        finally:
            self.done_with(w)
        self.outcomes.append(Outcome(category, case, not why, why, round(time.perf_counter() - started, 2),
                                     self.note))

    def cases(self, category: str, items: list) -> list:
        return items

    def chosen(self, category: str, queued: list) -> list:
        if category in self.limits:
            return queued[:self.limits[category]]
        n = self.sample if self.sample is not None else (None if self.long else DEFAULT_SAMPLE.get(category))
        if n is None or len(queued) <= n:
            return queued
        picked = sorted(random.Random(len(queued)).sample(range(len(queued)), n))
        return [queued[i] for i in picked]

    # -- bad inputs ---------------------------------------------------------------------------------
    def refused(self, w: World, data_dir: Path, *args, env: dict | None = None, code: int = 2,
                in_child: bool = False) -> str:
        """Held: one clear line, exit ``code``, the profile unchanged."""
        before = digest(data_dir)
        res = child(*args, env=env, timeout=60) if in_child else cli(*args, env=env)
        why = one_clear_line(res, code)
        if not why and digest(data_dir) != before:
            why = "the profile changed"
        return why

    def bad_imports(self) -> None:
        cid = "0b7d1c3e-5f2a-4b8c-9d1e-2f3a4b5c6d7e"

        def doc(clients) -> str:
            return json.dumps({"format": "kimdesk-export", "version": 1, "clients": clients})

        def person(**kw) -> dict:
            return {"id": cid, "given_name": "Aylin", "family_name": "Demir"} | kw

        texts: list[tuple[str, bytes]] = [
            ("empty file", b""), ("whitespace", b"  \n\t "), ("open brace", b"{"), ("open bracket", b"["),
            ("null", b"null"), ("true", b"true"), ("a number", b"42"), ("a string", b'"x"'), ("a list", b"[]"),
            ("an empty object", b"{}"), ("wrong format", b'{"format": "x", "version": 1}'),
            ("no version", b'{"format": "kimdesk-export"}'),
            ("version as text", b'{"format": "kimdesk-export", "version": "1"}'),
            ("version null", b'{"format": "kimdesk-export", "version": null}'),
            ("version 2", b'{"format": "kimdesk-export", "version": 2}'),
            ("version 1.5", b'{"format": "kimdesk-export", "version": 1.5}'),
            ("version -1", b'{"format": "kimdesk-export", "version": -1}'),
            ("version 1e999", b'{"format": "kimdesk-export", "version": 1e999}'),
            ("a 5,000-digit number", b'{"format": "kimdesk-export", "version": ' + b"9" * 5000 + b"}"),
            ("NaN", b'{"format": "kimdesk-export", "version": NaN}'),
            ("Infinity", b'{"format": "kimdesk-export", "version": Infinity}'),
            ("clients null", b'{"format": "kimdesk-export", "version": 1, "clients": null}'),
            ("clients an object", b'{"format": "kimdesk-export", "version": 1, "clients": {}}'),
            ("clients a string", b'{"format": "kimdesk-export", "version": 1, "clients": "x"}'),
            ("clients a number", b'{"format": "kimdesk-export", "version": 1, "clients": 7}'),
            ("a client null", doc([None]).encode()), ("a client a number", doc([1]).encode()),
            ("a client a list", doc([[]]).encode()), ("a client a string", doc(["x"]).encode()),
            ("id a number", doc([person(id=1)]).encode()), ("id not a uuid", doc([person(id="nope")]).encode()),
            ("id empty", doc([person(id="")]).encode()),
            ("given name a number", doc([person(given_name=5)]).encode()),
            ("given name a list", doc([person(given_name=[])]).encode()),
            ("given name an object", doc([person(given_name={})]).encode()),
            ("family name null and given name null", doc([person(given_name=None, family_name=None)]).encode()),
            ("birth date 2020-13-45", doc([person(birth_date="2020-13-45")]).encode()),
            ("birth date 'gestern'", doc([person(birth_date="gestern")]).encode()),
            ("birth date a number", doc([person(birth_date=20200101)]).encode()),
            ("birth date in the future", doc([person(birth_date="2999-01-01")]).encode()),
            ("duplicate ids", doc([person(), person(family_name="Demir-Zwei")]).encode()),
            ("a 100,000-deep list", b"[" * 100_000 + b"]" * 100_000),
            ("a 50,000-deep object", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
            ("deep nesting in a client", doc([person(note=json.loads("[" * 500 + "]" * 500))]).encode()),
            ("a lone surrogate", doc([person()]).replace("Aylin", "A\\ud800").encode()),
            ("trailing garbage", doc([person()]).encode() + b" trailing"),
            ("a comment", b"// comment\n" + doc([person()]).encode()),
            ("single quotes", doc([person()]).replace('"', "'").encode()),
            ("invalid UTF-8", doc([person()]).encode().replace(b"Aylin", b"Ay\xfflin")),
            ("NUL bytes", doc([person()]).encode().replace(b"Aylin", b"Ay\x00lin")),
            ("UTF-16 without a BOM", doc([person()]).encode("utf-16-le")),
            ("UTF-16 BOM, then garbage", b"\xff\xfe" + b"\x00\xd8" * 50),
            ("UTF-8 BOM, then not JSON", b"\xef\xbb\xbfnot json"),
            ("UTF-32", doc([person()]).encode("utf-32")),
            ("CSV instead of JSON", b"id;given_name;family_name\n" + cid.encode() + b";Aylin;Demir\n"),
            ("CSV with a formula", b"id,given_name\n=cmd|' /C calc'!A0,Aylin\n"),
            ("a JSON line per person", b'{"id": 1}\n{"id": 2}\n'),
            ("huge (3 MB over a 2 MB limit)", b'{"format": "kimdesk-export", "version": 1, "clients": []' +
             b" " * (3 << 20) + b"}"),
        ]
        names = [("ANSI escape in a name", "Ay\x1b[31mlin"), ("bell in a name", "Ay\x07lin"),
                 ("carriage return in a name", "Ay\rlin"), ("newline in a family name", "Demir\nX"),
                 ("tab in a name", "Ay\tlin"), ("right-to-left override", "Ay\u202elin"),
                 ("left-to-right isolate", "\u2066Aylin\u2069"), ("zero-width joiner only", "\u200d"),
                 ("a name of 100,000 characters", "A" * 100_000), ("DEL character", "Ay\x7flin"),
                 ("C1 control (CSI)", "Ay\x9b31mlin")]
        for label, name in names:
            texts.append((label, doc([person(given_name=name)]).encode()))
        for label, data in self.cases("import", texts):
            def act(w: World, data=data) -> str:
                path = w.tmp / "in.json"
                path.write_bytes(data)
                before = digest(w.a)
                res = cli("--data-dir", w.a, "import", path)
                if res.code == 0:  # accepted: only fine when nothing dangerous went in
                    return "" if self._names_are_clean(w) and data != b"" else \
                        f"accepted (exit 0): {res.out.strip()[:120]!r}"
                why = one_clear_line(res)
                return why or ("the profile changed" if digest(w.a) != before else "")
            self.record("import", label, act)
        paths = [("a file that does not exist", lambda w: w.tmp / "missing.json"),
                 ("a directory", lambda w: w.tmp),
                 ("/dev/zero", lambda w: Path("/dev/zero")),
                 ("a symlink loop", lambda w: _loop(w.tmp / "loop.json"))]  # (argv cannot hold a NUL byte)
        for label, make in self.cases("import", paths):
            self.record("import", label, lambda w, make=make: self.refused(w, w.a, "--data-dir", w.a, "import",
                                                                         make(w)))

    def _names_are_clean(self, w: World) -> bool:
        import unicodedata

        doc = export_of(w.a, w.tmp) or {}
        for c in people(doc):
            for key in ("given_name", "family_name"):
                value = c.get(key) or ""
                if any(unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS for ch in value):
                    return False
        return True

    def bad_key_files(self) -> None:
        def keyfile(w: World) -> Path:
            return w.a / "default" / "kimdesk.key"

        def mutate(change: Callable[[dict], dict]) -> Callable[[Path], None]:
            def make(p: Path) -> None:
                p.write_text(json.dumps(change(json.loads(p.read_text()))))
            return make

        def raw(data: bytes) -> Callable[[Path], None]:
            return lambda p: p.write_bytes(data)

        def truncated(fraction: float) -> Callable[[Path], None]:
            return lambda p: p.write_bytes(p.read_bytes()[:int(len(p.read_bytes()) * fraction)])

        def flipped_key(p: Path) -> None:
            d = json.loads(p.read_text())
            w = bytearray(__import__("base64").b64decode(d["wrapped_key"]))
            w[5] ^= 0x40
            d["wrapped_key"] = __import__("base64").b64encode(bytes(w)).decode()
            p.write_text(json.dumps(d))

        def directory(p: Path) -> None:
            p.unlink()
            p.mkdir()

        variants: list[tuple[str, Callable[[Path], None], bool]] = [
            ("empty", raw(b""), False), ("a JSON list", raw(b"[1, 2, 3]"), False), ("null", raw(b"null"), False),
            ("a string", raw(b'"key"'), False), ("binary garbage", raw(os.urandom(300)), False),
            ("truncated to 10 %", truncated(0.1), False), ("truncated to 90 %", truncated(0.9), False),
            ("a directory", directory, False), ("wrapped key bit-flipped", flipped_key, True),
            ("format wrong", mutate(lambda d: d | {"format": "x"}), False),
            ("version 99", mutate(lambda d: d | {"version": 99}), False),
            ("kdf scrypt", mutate(lambda d: d | {"kdf": "scrypt"}), False),
            ("salt not base64", mutate(lambda d: d | {"salt": "%%%"}), False),
            ("iterations 1e9", mutate(lambda d: d | {"iterations": 1_000_000_000}), True),
            ("iterations 10**30", mutate(lambda d: d | {"iterations": 10 ** 30}), True),
            ("iterations -1", mutate(lambda d: d | {"iterations": -1}), True),
            ("iterations as text", mutate(lambda d: d | {"iterations": "3"}), True),
            ("memory 2**40 KiB", mutate(lambda d: d | {"memory_kib": 2 ** 40}), True),
            ("memory 0", mutate(lambda d: d | {"memory_kib": 0}), True),
            ("lanes 10**6", mutate(lambda d: d | {"lanes": 1_000_000}), True),
            ("lanes 0", mutate(lambda d: d | {"lanes": 0}), True),
            ("iterations 1 (weaker than written)", mutate(lambda d: d | {"iterations": 1}), True),
            ("memory 8 KiB (weaker than written)", mutate(lambda d: d | {"memory_kib": 8}), True),
            ("another profile's id", mutate(lambda d: d | {"profile_id": str(uuid.uuid4())}), True),
            ("nonce wrong length", mutate(lambda d: d | {"nonce": "AAAA"}), False),
        ]
        for label, make, kdf in self.cases("keyfile", variants):
            def act(w: World, make=make, kdf=kdf) -> str:
                make(keyfile(w))
                # without the keyring, so the file is what has to open the profile
                env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
                return self.refused(w, w.a, "--data-dir", w.a, "search", "x", env=env, in_child=kdf)
            self.record("keyfile", label, act)

    def bad_enrolments(self) -> None:
        env = {"KIMDESK_TEAM_PASSPHRASE": TEAM_PASS}

        def mutate(change: Callable[[dict], dict]) -> Callable[[Path, Path], None]:
            def make(src: Path, dst: Path) -> None:
                dst.write_text(json.dumps(change(json.loads(src.read_text()))))
            return make

        def raw(data: bytes) -> Callable[[Path, Path], None]:
            return lambda src, dst: dst.write_bytes(data)

        def cut(fraction: float) -> Callable[[Path, Path], None]:
            return lambda src, dst: dst.write_bytes(src.read_bytes()[:int(len(src.read_bytes()) * fraction)])

        def flip(src: Path, dst: Path) -> None:
            data = bytearray(src.read_bytes())
            at = data.rfind(b'"', 0, len(data) - 10) - 8
            data[at] = ord("A") if data[at] != ord("A") else ord("B")
            dst.write_bytes(bytes(data))

        base = json.loads(self.golden.joinpath("team.kimdesk").read_text())
        keys = sorted(base)
        variants: list[tuple[str, Callable, bool]] = [
            ("empty", raw(b""), False), ("null", raw(b"null"), False), ("a list", raw(b"[]"), False),
            ("a string", raw(b'"x"'), False), ("binary garbage", raw(os.urandom(500)), False),
            ("truncated to half", cut(0.5), False), ("truncated by one byte", cut(0.99), False),
            ("ciphertext changed", flip, True), ("huge (20 MB)", raw(b" " * (20 << 20)), False),
            ("a 100,000-deep list", raw(b"[" * 100_000 + b"]" * 100_000), False),
        ]
        for k in keys:
            variants.append((f"{k} null", mutate(lambda d, k=k: d | {k: None}), True))
            variants.append((f"{k} a list", mutate(lambda d, k=k: d | {k: []}), True))
        for k, v in (("iterations", 1_000_000_000), ("iterations", -5), ("memory_kib", 2 ** 40),
                     ("memory_kib", 1), ("lanes", 1_000_000), ("iterations", 1)):
            if k in base:
                variants.append((f"{k} {v}", mutate(lambda d, k=k, v=v: d | {k: v}), True))
        for label, make, kdf in self.cases("enrolment", variants):
            def act(w: World, make=make, kdf=kdf) -> str:
                bad = w.tmp / "team.kimdesk"
                make(w.enrolment, bad)
                return self.refused(w, w.c, "--data-dir", w.c, "team", "join", bad, env=env, in_child=kdf)
            self.record("enrolment", label, act)
        for label, file_of in (("a file that does not exist", lambda w: w.tmp / "none.kimdesk"),
                               ("a directory", lambda w: w.tmp)):
            self.record("enrolment", label, lambda w, f=file_of: self.refused(
                w, w.c, "--data-dir", w.c, "team", "join", f(w), env=env))
        self.record("enrolment", "wrong passphrase", lambda w: self.refused(
            w, w.c, "--data-dir", w.c, "team", "join", w.enrolment,
            env={"KIMDESK_TEAM_PASSPHRASE": "eine ganz andere Passphrase 99"}))
        for weak in ("password", "12345678", "kimdesk-demo", "aaaaaaaaaaaa"):
            self.record("enrolment", f"export with the weak passphrase {weak!r}", lambda w, weak=weak: self.refused(
                w, w.a, "--data-dir", w.a, "team", "export-enrolment", w.tmp / "new.kimdesk",
                env={"KIMDESK_TEAM_PASSPHRASE": weak}))

    # -- the share ---------------------------------------------------------------------------------
    def share_case(self, w: World, drop: Callable[[World], None]) -> str:
        """B adds a person and syncs; the junk goes in; A's round must go on and get the person."""
        path, ids = person_file(w.tmp / "one.json", "Haddad")
        if cli("--data-dir", w.b, "import", path).code != 0 or w.sync(w.b).code != 0:
            return "campaign error: B could not send"
        drop(w)
        res = w.sync(w.a)
        if any(sign in res.err or sign in res.out for sign in BAD_SIGNS):
            return f"traceback / internal error: {res.err.strip()[-200:]!r}"
        if res.code != 0:
            return f"exit {res.code}: {(res.err or res.out).strip()[:200]!r}"
        got = ids_of(w.a, w.tmp) or set()
        if not ids <= got:
            return "B's change did not arrive"
        again = w.sync(w.a)
        if again.code != 0:
            return f"second round: exit {again.code}: {(again.err or again.out).strip()[:160]!r}"
        return ""

    def bad_share_files(self) -> None:
        from kimdesk.sync import envelope, layout

        def forged(header: bytes) -> bytes:
            return envelope.MAGIC + struct.pack(">I", len(header)) + header + b"\0" * 12 + b"\0" * 16

        headers = [("null", b"null"), ("a list", b"[]"), ("a string", b'"x"'), ("a number", b"42"),
                   ("true", b"true"), ("an empty object", b"{}"),
                   ("a huge number", b'{"format":"kimdesk-sync","version":' + b"9" * 5000 + b"}"),
                   ("version 1e999", b'{"format":"kimdesk-sync","version":1e999,"kind":"segment","team":"t"}'),
                   ("wrong field types", b'{"format":"kimdesk-sync","version":1,"kind":[],"team":{},"device":1}'),
                   ("deep nesting", b"[" * 5000 + b"]" * 5000), ("not UTF-8", b"\xff\xfe\xfd")]

        def device_of(w: World, name: str) -> str:
            return next(p.name for p in (w.share / layout.DEVICES).iterdir() if p.name != name)

        cases: list[tuple[str, Callable[[World], None]]] = []
        for label, header in headers:
            def fake(w: World, header=header) -> None:
                folder = w.share / layout.device_dir(str(uuid.uuid4()))
                folder.mkdir()
                (folder / layout.segment_name(1)).write_bytes(forged(header))
                (folder / layout.CURSORS).write_bytes(forged(header))
            cases.append((f"fake device folder, header {label}", fake))

            def over_info(w: World, header=header) -> None:
                (w.share / layout.INFO).write_bytes(forged(header))
            cases.append((f"info file replaced, header {label}", over_info))

            def over_state(w: World, header=header) -> None:
                for folder in (w.share / layout.DEVICES).iterdir():
                    if (folder / layout.CURSORS).exists():
                        (folder / layout.CURSORS).write_bytes(forged(header))
                        return
            cases.append((f"a laptop's cursors.state replaced, header {label}", over_state))

        def sparse(path: Path, size: int) -> None:
            with open(path, "wb") as fh:
                fh.truncate(size)

        def huge_info(w: World) -> None:
            sparse(w.share / layout.INFO, layout.MAX_INFO + 1)

        def huge_state(w: World) -> None:
            for folder in (w.share / layout.DEVICES).iterdir():
                sparse(folder / layout.CURSORS, layout.MAX_STATE + 1)

        def huge_segment(w: World) -> None:
            folder = w.share / layout.device_dir(str(uuid.uuid4()))
            folder.mkdir()
            sparse(folder / layout.segment_name(1), layout.MAX_FILE + 1)

        def info_bytes(change: Callable[[bytes], bytes]) -> Callable[[World], None]:
            def act(w: World) -> None:
                p = w.share / layout.INFO
                p.write_bytes(change(p.read_bytes()))
            return act

        def flip_at(at: int) -> Callable[[bytes], bytes]:
            def change(data: bytes) -> bytes:
                b = bytearray(data)
                b[at % len(b)] ^= 0x01
                return bytes(b)
            return change

        def junk_at(rel: str, data: bytes = b"hallo", is_dir: bool = False) -> Callable[[World], None]:
            def act(w: World) -> None:
                p = w.share / rel
                p.parent.mkdir(parents=True, exist_ok=True)
                if is_dir:
                    p.mkdir()
                else:
                    p.write_bytes(data)
            return act

        def symlinked_device(w: World) -> None:
            outside = w.tmp / "outside"
            outside.mkdir()
            (outside / layout.segment_name(1)).write_bytes(forged(b"null"))
            (w.share / layout.device_dir(str(uuid.uuid4()))).symlink_to(outside, target_is_directory=True)

        def random_segment(w: World) -> None:
            folder = w.share / layout.device_dir(str(uuid.uuid4()))
            folder.mkdir()
            (folder / layout.segment_name(1)).write_bytes(os.urandom(4096))
            (folder / layout.snapshot_path("x", 1).rsplit("/", 1)[1]).write_bytes(os.urandom(100))

        cases += [("info file 16 MiB + 1 (sparse)", huge_info), ("cursors.state 16 MiB + 1 (sparse)", huge_state),
                  ("segment 1 GiB + 1 (sparse)", huge_segment), ("info file empty", info_bytes(lambda d: b"")),
                  ("info file truncated", info_bytes(lambda d: d[: len(d) // 2])),
                  ("info file bit-flipped in the header", info_bytes(flip_at(12))),
                  ("info file bit-flipped in the tag", info_bytes(flip_at(-1))),
                  ("a file at the top", junk_at("notes.txt")), ("a folder at the top", junk_at("private", is_dir=True)),
                  ("a non-device folder in devices/", junk_at("devices/not-a-device", is_dir=True)),
                  ("a file in devices/", junk_at("devices/readme.txt")),
                  ("a temp name in a fake folder", junk_at(f"devices/{uuid.uuid4()}/{layout.segment_name(1)}"
                                                           f"{layout.TEMP_MARK}x")),
                  ("an empty fake device folder", junk_at(f"devices/{uuid.uuid4()}", is_dir=True)),
                  ("random bytes as segment and snapshot", random_segment),
                  ("a device folder that is a symlink out of the share", symlinked_device)]
        for label, drop in self.cases("share", cases):
            self.record("share", label, lambda w, drop=drop: self.share_case(w, drop))

    # -- the rest of the bad inputs ------------------------------------------------------------------
    def bad_policies(self) -> None:
        from kimdesk.store import policy

        texts = [("empty", b""), ("null", b"null"), ("a list", b"[]"), ("not JSON", b"{"),
                 ("over 64 KiB", b'{"format": "kimdesk-policy", "version": 1, "settings": {}}' + b" " * 70_000),
                 ("wrong format", b'{"format": "x", "version": 1, "settings": {}}'),
                 ("version 2", b'{"format": "kimdesk-policy", "version": 2, "settings": {}}'),
                 ("settings null", b'{"format": "kimdesk-policy", "version": 1, "settings": null}'),
                 ("settings a list", b'{"format": "kimdesk-policy", "version": 1, "settings": []}'),
                 ("a value of the wrong type", b'{"format": "kimdesk-policy", "version": 1, "settings": '
                                               b'{"backup.keep": "viele"}}'),
                 ("a value out of range", b'{"format": "kimdesk-policy", "version": 1, "settings": '
                                          b'{"backup.keep": -5}}'),
                 ("an unknown key", b'{"format": "kimdesk-policy", "version": 1, "settings": {"x.y": 1}}'),
                 ("deep nesting", b"[" * 100_000 + b"]" * 100_000), ("binary", os.urandom(200)),
                 ("a directory", None)]
        for label, data in self.cases("policy", texts):
            def act(w: World, data=data) -> str:
                path = w.tmp / "policy.json"
                if data is None:
                    path.mkdir()
                else:
                    path.write_bytes(data)
                before = digest(w.a)
                saved = os.environ.get("KIMDESK_POLICY_FILE")
                os.environ["KIMDESK_POLICY_FILE"] = str(path)
                try:
                    policy.reload()
                    res = cli("--data-dir", w.a, "search", "Leyla", env={"KIMDESK_POLICY_FILE": str(path)})
                    checked = cli("--data-dir", w.a, "doctor", env={"KIMDESK_POLICY_FILE": str(path)})
                finally:
                    os.environ["KIMDESK_POLICY_FILE"] = saved or ""
                    policy.reload()
                if any(s in res.err + checked.err + checked.out for s in BAD_SIGNS):
                    return "traceback / internal error"
                if res.code != 0:
                    return f"a broken policy stopped the program: exit {res.code} {res.err.strip()[:160]!r}"
                if "Zentrale Vorgaben" not in checked.out:
                    return "doctor does not name the broken policy"
                return "" if digest(w.a) == before else "the profile changed"
            self.record("policy", label, act)

    def bad_profile_names(self) -> None:
        names = ["", ".", "..", "../outside", "a/b", "a\\b", "x" * 300, "\x1b[31mrot", "na\u202eme", " ", "zero\u200bwidth", "del\x7f",
                 "nul\0", "con", "COM1", "lpt1.txt", "name.", "name ", "a:b", "a*b", "a?b", "a|b", "a<b>"]
        for name in self.cases("profile", names):
            def act(w: World, name=name) -> str:
                data = w.tmp / "fresh"
                res = cli("--data-dir", data, "--profile", name, "init")
                if res.code == 0:
                    made = [p.name for p in data.iterdir() if p.name != "logs"] if data.exists() else []
                    return f"accepted: profile folder {made!r}"
                why = one_clear_line(res)
                left = sorted(p.name for p in data.iterdir() if p.name != "logs") if data.exists() else []
                if not why and left:
                    why = f"left {left!r}"
                if not why and (w.tmp / "outside").exists():
                    why = "wrote outside the data folder"
                return why
            self.record("profile", repr(name), act)

    def weak_passphrases(self) -> None:
        weak = ["password", "12345678", "aaaaaaaa", "kimdesk-demo", "qwertzuiop", "passwort123", "", "kurz",
                "iloveyou", "abcdefghijkl", "11111111111111", "Passwort", "aachen", "hallo1234"]
        for phrase in self.cases("passphrase", weak):
            def act(w: World, phrase=phrase) -> str:
                data = w.tmp / "fresh"
                res = cli("--data-dir", data, "init", env={"KIMDESK_PASSPHRASE": phrase})
                why = one_clear_line(res)
                if not why and (data / "default").exists():
                    why = "left a profile behind"
                return why
            self.record("passphrase", repr(phrase), act)
        self.record("passphrase", "rekey is not a way around (new passphrase 'password')", lambda w: self.refused(
            w, w.a, "--data-dir", w.a, "passphrase", "change", env={"KIMDESK_NEW_PASSPHRASE": "password"}))

    def bad_arguments(self) -> None:
        some = str(uuid.uuid4())
        cases: list[tuple[str, Callable[[World], list], int]] = [
            ("school-entry --from 2026-13-45", lambda w: ["school-entry", "waiting", "--from", "2026-13-45"], 2),
            ("school-entry --to gestern", lambda w: ["school-entry", "waiting", "--to", "gestern"], 2),
            ("school-entry --from ''", lambda w: ["school-entry", "figures", "--from", ""], 2),
            ("school-places add --intake 31.02.2026", lambda w: ["school-places", "add", "--intake", "31.02.2026",
                                                                 "--places", "3"], 2),
            ("school-places add --places abc", lambda w: ["school-places", "add", "--intake", "2026-08-01",
                                                          "--places", "abc"], 2),
            ("school-places add --places -4", lambda w: ["school-places", "add", "--intake", "2026-08-01",
                                                         "--places", "-4"], 2),
            ("school-places remove not-an-id", lambda w: ["school-places", "remove", "not-an-id"], 2),
            ("client delete not-a-uuid", lambda w: ["client", "delete", "not-a-uuid", "--reason", "Test"], 2),
            ("client delete an unknown id", lambda w: ["client", "delete", some, "--reason", "Test"], 2),
            ("client delete with an empty reason", lambda w: ["client", "delete", some, "--reason", ""], 2),
            ("client export not-a-uuid", lambda w: ["client", "export", "x", "-o", w.tmp / "x.pdf"], 2),
            ("client export into a missing folder", lambda w: ["client", "export", some, "-o",
                                                               w.tmp / "no" / "x.pdf"], 2),
            ("client plan --language xx", lambda w: ["client", "plan", some, "-o", w.tmp / "p.pdf",
                                                      "--language", "xx"], 2),
            ("export into a missing folder", lambda w: ["export", w.tmp / "no" / "out.json"], 2),
            ("export into a directory", lambda w: ["export", w.tmp], 2),
            ("backup restore a missing file", lambda w: ["backup", "restore", w.tmp / "none.db"], 2),
            ("backup restore a text file", lambda w: ["backup", "restore", _text(w.tmp / "t.db")], 2),
            ("backup restore without a file", lambda w: ["backup", "restore"], 2),
            ("conflicts --resolve 999999", lambda w: ["conflicts", "--resolve", "999999"], 2),
            ("sync --target smb://", lambda w: ["sync", "--target", "smb://"], 2),
            ("sync --target ftp://x/y", lambda w: ["sync", "--target", "ftp://x/y"], 2),
            ("sync --target a missing folder", lambda w: ["sync", "--target", w.tmp / "none"], 3),
            ("sync --target a file", lambda w: ["sync", "--target", _text(w.tmp / "f.txt")], 3),
            ("sync --dry-run without --clean-share", lambda w: ["sync", "--dry-run"], 2),
            ("sync --save without --target", lambda w: ["sync", "--save"], 2),
            ("team join a missing file", lambda w: ["team", "join", w.tmp / "none.kimdesk"], 2),
            ("team rotate-key --revoke not-a-device", lambda w: ["team", "rotate-key", w.tmp / "n.kimdesk",
                                                                  "--revoke", "not-a-device"], 2),
            ("findings export into a missing folder", lambda w: ["findings", "export", w.tmp / "no" / "f.csv"], 2),
            ("school-entry --csv into a directory", lambda w: ["school-entry", "waiting", "--csv", w.tmp], 2),
            ("demo-data --clients -5", lambda w: ["demo-data", "--clients", "-5"], 2),
            ("demo-data --clients many", lambda w: ["demo-data", "--clients", "many"], 2),
            ("an unknown command", lambda w: ["frobnicate"], 2),
            ("--data-dir a file", lambda w: None, 2),
        ]
        for label, args_of, code in self.cases("arguments", cases):
            def act(w: World, args_of=args_of, code=code) -> str:
                args = args_of(w)
                if args is None:
                    return self.refused(w, w.a, "--data-dir", _text(w.tmp / "file"), "search", "x")
                env = {"KIMDESK_TEAM_PASSPHRASE": TEAM_PASS}
                return self.refused(w, w.a, "--data-dir", w.a, *args, env=env, code=code)
            self.record("arguments", label, act)

    # -- faults ---------------------------------------------------------------------------------
    def opens_or_next_step(self, w: World, data_dir: Path) -> str:
        res = cli("--data-dir", data_dir, "search", "Leyla")
        if res.code == 0:
            return ""
        if any(s in res.err for s in BAD_SIGNS):
            return f"traceback / internal error on open: {res.err.strip()[-200:]!r}"
        checked = cli("--data-dir", data_dir, "doctor")
        fails = [line for line in checked.out.splitlines() if line.startswith("[FAIL]")]
        if any("Nächster Schritt" in line or "Sicherung" in line for line in fails):
            return ""  # FAIL with the next step: restore a backup
        return f"does not open ({res.err.strip()[:120]!r}) and doctor names no next step"

    def kills(self) -> None:
        seeds = 16 if self.long else 2
        ops = {
            "import": lambda w: ["import", self.big_import[0]],
            "rekey": lambda w: ["rekey"],
            "backup create": lambda w: ["backup", "create"],
            "backup restore": lambda w: ["backup", "restore", self._a_backup(w)],
            "sync": lambda w: ["sync", "--target", w.share],
        }
        # the child needs about a second to start; then each command runs for about its span here
        spans = {"import": 6.0, "rekey": 5.0, "backup create": 2.5, "backup restore": 3.5, "sync": 7.0}
        for op, args_of in ops.items():
            for n in range(seeds):
                delay = round(self.rng.uniform(1.0, 1.0 + spans[op]), 2)
                self.record("kill", f"SIGKILL {op} after {delay} s (#{n + 1})",
                            lambda w, op=op, args_of=args_of, delay=delay: self._kill(w, op, args_of, delay))

    def _a_backup(self, w: World) -> Path:
        """A backup of A taken before one more person came in (so restore changes something)."""
        if cli("--data-dir", w.a, "backup", "create").code != 0:
            raise RuntimeError("backup create failed")
        made = sorted((w.a / "default" / "backups").glob("kimdesk-*.db"))[-1]
        path, _ = person_file(w.tmp / "later.json", "Spaeter")
        cli("--data-dir", w.a, "import", path)
        return made

    def _kill(self, w: World, op: str, args_of, delay: float) -> str:
        if op == "sync":  # something to send both ways
            for d, fam in ((w.a, "Senden"), (w.b, "Empfangen")):
                path, _ = person_file(w.tmp / f"{fam}.json", fam, 300)
                cli("--data-dir", d, "import", path)
        args = args_of(w)
        backup_ids = None
        if op == "backup restore":
            backup_ids = ids_of_backup(args[-1], w)
        before = ids_of(w.a, w.tmp)
        res = child("--data-dir", w.a, *args, kill_after=delay)
        if res is not None and res.code != 0:
            return f"finished before the kill with exit {res.code}: {res.err.strip()[:160]!r}"
        if res is not None:
            self.note = "finished before the kill"
        why = self.opens_or_next_step(w, w.a)
        if why:
            return why
        after = ids_of(w.a, w.tmp)
        if after is None:
            return ""  # doctor named the next step
        if op == "import":
            if after != before and after != before | self.big_import[1]:
                return f"import not atomic: {len(after - before)} of {len(self.big_import[1])} rows"
        elif op == "backup restore":
            if after != before and after != backup_ids:
                return f"restore left neither the old nor the restored data ({len(after)} rows)"
            if after == backup_ids and not any((w.a / "default").glob("kimdesk.db.before-restore-*")):
                return "the data before the restore was not kept"
        elif not before <= after:
            return f"{len(before - after)} committed rows lost"
        if op == "sync":
            for _ in range(2):
                for d in (w.a, w.b):
                    r = w.sync(d)
                    if r.code not in (0,):
                        return f"round after the kill: exit {r.code} {(r.err or r.out).strip()[:160]!r}"
            if ids_of(w.a, w.tmp) != ids_of(w.b, w.tmp):
                return "the team did not converge after the kill"
        if found := plaintext_in(w.a, w.share):
            return f"plaintext in {found}"
        return ""

    def full_disks(self) -> None:
        cases = [("import", lambda w: ["import", self.big_import[0]], limit) for limit in (900_000, 1_400_000,
                                                                                            2_500_000)]
        cases += [("backup create", lambda w: ["backup", "create"], limit) for limit in (100_000, 400_000, 800_000)]
        cases += [("export", lambda w: ["export", w.tmp / "out.json"], limit) for limit in (1_000, 5_000)]
        cases += [("rekey", lambda w: ["rekey"], limit) for limit in (50_000, 300_000, 700_000)]
        cases += [("sync", lambda w: ["sync", "--target", w.share], limit) for limit in (20_000, 200_000)]
        cases += [("demo-data", lambda w: ["demo-data", "--clients", "200"], limit) for limit in (900_000,
                                                                                                  1_500_000)]
        cases += [("init", None, limit) for limit in (20_000, 100_000, 300_000)]
        for op, args_of, limit in cases:
            self.record("full-disk", f"{op}, files limited to {limit:,} bytes",
                        lambda w, op=op, args_of=args_of, limit=limit: self._full(w, op, args_of, limit))

    def _full(self, w: World, op: str, args_of, limit: int) -> str:
        if op == "sync":
            path, _ = person_file(w.tmp / "many.json", "Voll", 400, extra="x" * 200)
            cli("--data-dir", w.a, "import", path)
        if op == "init":
            fresh = w.tmp / "fresh"
            res = child("--data-dir", fresh, "init", fsize=limit)
            why = one_clear_line(res)
            if not why and (fresh / "default").exists():
                why = "init left a half-built profile"
            return why
        before_files = digest(w.a)
        before = ids_of(w.a, w.tmp)
        res = child("--data-dir", w.a, *args_of(w), fsize=limit)
        if res.code == 0:
            return ""  # it fitted: nothing to hold
        why = one_clear_line(res, 3 if op == "sync" and res.code == 3 else 2)
        if why:
            return why
        if op != "sync" and digest(w.a) != before_files and ids_of(w.a, w.tmp) != before:
            return "data changed"
        if left := [str(p) for p in list(w.a.rglob("*.partial")) + list(w.a.rglob("*.tmp"))
                    + list(w.tmp.glob("out.json*"))]:
            return f"left behind: {left[:2]}"
        return self.opens_or_next_step(w, w.a)

    def damaged(self) -> None:
        def db(w: World) -> Path:
            return w.a / "default" / "kimdesk.db"

        def truncate(to: Callable[[int], int]) -> Callable[[World], None]:
            def act(w: World) -> None:
                p = db(w)
                size = p.stat().st_size
                with open(p, "r+b") as fh:
                    fh.truncate(max(0, to(size)))
            return act

        def flip(at: Callable[[int], int], width: int = 16) -> Callable[[World], None]:
            def act(w: World) -> None:
                p = db(w)
                size = p.stat().st_size
                with open(p, "r+b") as fh:
                    fh.seek(at(size) % size)
                    fh.write(os.urandom(width))
            return act

        db_cases = [("database truncated to 0", truncate(lambda s: 0)),
                    ("database truncated to 100 bytes", truncate(lambda s: 100)),
                    ("database truncated to one page", truncate(lambda s: 4096)),
                    ("database truncated to half", truncate(lambda s: s // 2)),
                    ("database missing its last page", truncate(lambda s: s - 4096)),
                    ("database salt overwritten", flip(lambda s: 0)),
                    ("database page 1 body damaged", flip(lambda s: 200)),
                    ("database page 2 damaged", flip(lambda s: 4096 + 100)),
                    ("database last page damaged", flip(lambda s: s - 300))]
        for n in range(8 if not self.long else 30):
            offset = self.rng.randrange(0, 600_000)
            db_cases.append((f"database bytes at {offset} damaged", flip(lambda s, o=offset: o)))
        for label, make in db_cases:
            self.record("damaged", label, lambda w, make=make: self._damaged_db(w, make))

        wal_cases = [("WAL truncated to its header", lambda b: b[:32]), ("WAL truncated to half", lambda b: b[:len(b) // 2]),
                     ("WAL first frame damaged", lambda b: b[:32 + 24 + 50] + os.urandom(16) + b[32 + 24 + 66:]),
                     ("WAL last frame damaged", lambda b: b[:-100] + os.urandom(16) + b[-84:]),
                     ("WAL header damaged", lambda b: os.urandom(32) + b[32:]),
                     ("WAL replaced by random bytes", lambda b: os.urandom(len(b))),
                     ("WAL empty", lambda b: b"")]
        for label, change in wal_cases:
            self.record("damaged", label, lambda w, change=change: self._damaged_wal(w, change))

        for n in range(6):
            cut = self.rng.randrange(1, 300)
            self.record("damaged", f"key file cut to {cut} bytes",
                        lambda w, cut=cut: self._damaged_key(w, lambda b: b[:cut]))
        for n in range(4):
            at = self.rng.randrange(0, 300)
            self.record("damaged", f"key file byte {at} flipped",
                        lambda w, at=at: self._damaged_key(w, lambda b: _flip(b, at)))
        self.record("damaged", "an interrupted rekey's kimdesk.key.new is garbage",
                    lambda w: self._key_new(w, os.urandom(200)))
        self.record("damaged", "kimdesk.key.new is a copy of the old key",
                    lambda w: self._key_new(w, (w.a / "default" / "kimdesk.key").read_bytes()))

        seg_cases = [("segment truncated to 0", lambda b: b""), ("segment truncated to 10 bytes", lambda b: b[:10]),
                     ("segment truncated to half", lambda b: b[:len(b) // 2]),
                     ("segment header bit flipped", lambda b: _flip(b, 10)),
                     ("segment nonce bit flipped", lambda b: _flip(b, len(b) - 40)),
                     ("segment tag bit flipped", lambda b: _flip(b, len(b) - 1)),
                     ("segment body bit flipped", lambda b: _flip(b, len(b) // 2)),
                     ("segment with bytes appended", lambda b: b + b"\0" * 100)]
        for label, change in seg_cases:
            self.record("damaged", label, lambda w, change=change: self._damaged_segment(w, change))
        self.record("damaged", "segment replaced by another segment (misplaced)",
                    lambda w: self._damaged_segment(w, None))

    def _damaged_db(self, w: World, make) -> str:
        make(w)
        return self.opens_or_next_step(w, w.a) or self._no_traceback(w)

    def _no_traceback(self, w: World) -> str:
        for args in (("search", "Leyla"), ("doctor",), ("audit", "verify"), ("export", w.tmp / "o.json")):
            res = cli("--data-dir", w.a, *args)
            if any(s in res.err + res.out for s in BAD_SIGNS):
                return f"{args[0]}: traceback / internal error {res.err.strip()[-160:]!r}"
            if res.code not in (0, 1, 2):
                return f"{args[0]}: exit {res.code}"
        return ""

    def _damaged_wal(self, w: World, change) -> str:
        """A crash with committed rows in the WAL: copy the profile while a writer has it open."""
        from kimdesk.services.clients_intake import clients
        from kimdesk.services.admin.backup import key_for
        from kimdesk.store.profile import Profile
        from tests.support.stores import open_with_key

        before = ids_of(w.a, w.tmp) or set()
        profile = Profile(w.a)
        store = open_with_key(profile, self._key(profile))
        crashed = w.tmp / "crashed"
        try:
            with store.connection() as conn:
                conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
            clients.create_client(store, {"given_name": "Leyla", "family_name": MARK + "-wal"})
            shutil.copytree(w.a, crashed)
        finally:
            store.close()
        wal = crashed / "default" / "kimdesk.db-wal"
        if not wal.exists():
            return "campaign error: no WAL to damage"
        wal.write_bytes(change(wal.read_bytes()))
        (crashed / "default" / "kimdesk.lock").unlink(missing_ok=True)
        why = self.opens_or_next_step(w, crashed)
        if why:
            return why
        after = ids_of(crashed, w.tmp)
        if after is not None and not before <= after:
            return f"{len(before - after)} rows committed before the WAL lost"
        return plaintext_in(crashed) and "plaintext left"

    _keys: dict = {}

    def _key(self, profile) -> bytes:
        from kimdesk.services.admin.backup import key_for

        if "a" not in self._keys:
            self._keys["a"] = key_for(profile, PASS)
        return self._keys["a"]

    def _damaged_key(self, w: World, change) -> str:
        key = w.a / "default" / "kimdesk.key"
        key.write_bytes(change(key.read_bytes()))
        before = digest(w.a)
        env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        res = cli("--data-dir", w.a, "search", "x", env=env)
        if res.code == 0:
            return ""  # the change did not matter (e.g. whitespace)
        why = one_clear_line(res)
        if why:
            return why
        if digest(w.a) != before:
            return "the profile changed"
        checked = cli("--data-dir", w.a, "doctor", env=env)
        if any(s in checked.out + checked.err for s in BAD_SIGNS):
            return "doctor: traceback"
        if "FAIL" not in checked.out and "Schlüsseldatei" not in checked.out:
            return "doctor does not name the key file"
        return ""

    def _key_new(self, w: World, data: bytes) -> str:
        (w.a / "default" / "kimdesk.key.new").write_bytes(data)
        before = ids_of(w.a, w.tmp)
        env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        res = cli("--data-dir", w.a, "search", "Leyla", env=env)
        if any(s in res.err for s in BAD_SIGNS):
            return "traceback"
        if res.code != 0:
            return f"a leftover kimdesk.key.new stops the profile: {res.err.strip()[:160]!r}"
        return "" if ids_of(w.a, w.tmp) == before else "rows changed"

    def _damaged_segment(self, w: World, change) -> str:
        from kimdesk.sync import layout

        path, ids = person_file(w.tmp / "one.json", "Segment")
        if cli("--data-dir", w.b, "import", path).code != 0 or w.sync(w.b).code != 0:
            return "campaign error: B could not send"
        newest = max((p for p in (w.share / layout.DEVICES).rglob("*") if layout.parse_segment(p.name) is not None),
                     key=lambda p: p.stat().st_mtime_ns)  # the segment B just sent
        segments = sorted(p for p in newest.parent.iterdir() if layout.parse_segment(p.name) is not None)
        last = segments[-1]
        if change is None:
            if len(segments) < 2:
                return ""  # nothing to swap with (compacted): nothing to hold
            last.write_bytes(segments[0].read_bytes())
        else:
            last.write_bytes(change(last.read_bytes()))
        for _ in range(3):
            for d in (w.a, w.b):
                res = w.sync(d)
                if any(s in res.err + res.out for s in BAD_SIGNS):
                    return f"traceback in a round: {res.err.strip()[-160:]!r}"
                if res.code != 0:
                    return f"a round ended with exit {res.code}: {(res.err or res.out).strip()[:160]!r}"
        got = ids_of(w.a, w.tmp) or set()
        if not ids <= got:
            return "the damaged segment's change never arrived (not sent again)"
        if ids_of(w.a, w.tmp) != ids_of(w.b, w.tmp):
            return "the team did not converge"
        return ""

    # -- running ----------------------------------------------------------------------------------
    def run(self) -> list[Outcome]:
        self.environment()
        self.setup()
        steps = [("import", self.bad_imports), ("keyfile", self.bad_key_files), ("enrolment", self.bad_enrolments),
                 ("share", self.bad_share_files), ("policy", self.bad_policies), ("profile", self.bad_profile_names),
                 ("passphrase", self.weak_passphrases), ("arguments", self.bad_arguments),
                 ("damaged", self.damaged), ("full-disk", self.full_disks), ("kill", self.kills)]
        for category, step in steps:
            if self.wanted(category) and self.limits.get(category, 1) > 0:
                started = time.perf_counter()
                self.pending = []
                step()
                for queued in self.chosen(category, self.pending):
                    self.attempt(*queued)
                print(f"  {category}: {sum(1 for o in self.outcomes if o.category == category)} cases, "
                      f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        return self.outcomes


def _flip(data: bytes, at: int) -> bytes:
    if not data:
        return data
    b = bytearray(data)
    b[at % len(b)] ^= 0x04
    return bytes(b)


def _loop(path: Path) -> Path:
    other = path.with_name("loop2.json")
    path.symlink_to(other)
    other.symlink_to(path)
    return path


def _text(path: Path) -> Path:
    path.write_text("kein KIMdesk\n")
    return path


def ids_of_backup(backup: Path, w: World) -> set[str] | None:
    """The people a backup holds: restore it into a copy of the profile and export."""
    copy = w.tmp / "restored-copy"
    shutil.copytree(w.a, copy)
    res = cli("--data-dir", copy, "backup", "restore", copy / "default" / "backups" / backup.name)
    ids = ids_of(copy, w.tmp) if res.code == 0 else None
    shutil.rmtree(copy, ignore_errors=True)
    return ids


#: cases per category of the default (short) run, spread over the whole list; --long tries every case
DEFAULT_SAMPLE = {"import": 14, "keyfile": 8, "enrolment": 8, "share": 8, "policy": 5, "profile": 6, "passphrase": 5,
                  "arguments": 10, "damaged": 14, "full-disk": 6}
BAD_INPUTS = ("import", "keyfile", "enrolment", "share", "policy", "profile", "passphrase", "arguments")
FAULTS = ("kill", "full-disk", "damaged")


def summary(outcomes: list[Outcome]) -> dict:
    out: dict = {"categories": {}, "bad_inputs": {}, "faults": {}}
    for cat in dict.fromkeys(o.category for o in outcomes):
        mine = [o for o in outcomes if o.category == cat]
        failing = [o for o in mine if not o.held]
        out["categories"][cat] = {"tried": len(mine), "held": len(mine) - len(failing), "not_held": len(failing),
                                  "notes": {n: sum(o.note == n for o in mine) for n in {o.note for o in mine} if n},
                                  "first_failing": (f"{failing[0].case}: {failing[0].why}" if failing else None),
                                  "failing": [asdict(o) for o in failing]}
    for group, cats in (("bad_inputs", BAD_INPUTS), ("faults", FAULTS)):
        mine = [o for o in outcomes if o.category in cats]
        out[group] = {"tried": len(mine), "held": sum(o.held for o in mine)}
    out["cases"] = [asdict(o) for o in outcomes]
    return out


def table(result: dict) -> str:
    rows = [f"{'category':<12} {'tried':>5} {'held':>5} {'not held':>8}  first failing case", "-" * 100]
    for cat, c in result["categories"].items():
        notes = "; ".join(f"{n}: {k}" for n, k in c["notes"].items())
        rows.append(f"{cat:<12} {c['tried']:>5} {c['held']:>5} {c['not_held']:>8}  "
                    f"{c['first_failing'] or ''}{' (' + notes + ')' if notes else ''}"[:240])
    rows.append("-" * 100)
    for group in ("bad_inputs", "faults"):
        g = result[group]
        rows.append(f"{group.replace('_', ' '):<12} {g['tried']:>5} {g['held']:>5} {g['tried'] - g['held']:>8}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--long", action="store_true",
                        help="every case (about 190 bad inputs, 140 faults; default: a spread sample of each)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--only", nargs="*", choices=CATEGORIES)
    parser.add_argument("--sample", type=int, help="at most this many cases per category (kills: see --long)")
    parser.add_argument("--json", type=Path, default=Path("build") / "hostile_campaign.json")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kimdesk-campaign-"))
    started, cpu = time.perf_counter(), time.process_time()
    try:
        outcomes = Campaign(work, long=args.long, seed=args.seed, only=set(args.only) if args.only else None,
                            sample=args.sample).run()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    result = summary(outcomes)
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["cpu_seconds_parent"] = round(time.process_time() - cpu, 1)
    result["long"] = args.long
    result["seed"] = args.seed
    print(table(result))
    print(f"{result['seconds']} s wall, {result['cpu_seconds_parent']} s CPU in this process")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"summary: {args.json}")
    return 0 if all(o.held for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
