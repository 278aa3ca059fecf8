"""One clear line for every failure a person can cause or meet (issue 13): the table.

Each row: a case, how it is made, and the line expected on stderr; every case ends with exit 2,
no "interner Fehler", and the profile unchanged. A full disk is made real where the kernel can
do it for us: the child runs with RLIMIT_FSIZE (writes past the limit fail with EFBIG, SIGXFSZ
ignored, as a full volume fails SQLite's and Python's writes); an ENOSPC from ``fsync`` (what
a full volume reports for delayed allocation, and what SMB and NFS report) is injected in process.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kimdesk.services.admin import settings
from kimdesk.store.profile import Profile, open_profile
from tests.support.cli import ROOT, Result, run

PASS = "correct horse battery"
ENV = {"KIMDESK_PASSPHRASE": PASS}
RESTORE = "Nächster Schritt: eine Sicherung wiederherstellen"

LOCKER = """
import sys
from pathlib import Path
from kimdesk.store.profile import Profile, open_profile
store = open_profile(Profile(Path(sys.argv[1])), passphrase=sys.argv[2], use_keyring=False)
with store.connection(write=True) as conn:
    print("locked", flush=True)
    sys.stdin.readline()
"""


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "logs" not in p.parts and p.name != "kimdesk.lock"}


def limited(data_dir: Path, limit: int, *args) -> Result:
    """``kimdesk`` in a child whose files cannot grow past ``limit`` bytes (a full disk)."""
    def cap() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ) | ENV | {"PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "kimdesk", "--data-dir", str(data_dir), *map(str, args)],
                          capture_output=True, text=True, env=env, cwd=ROOT, preexec_fn=cap, timeout=300)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def big_import(tmp_path: Path) -> Path:
    clients = [{"id": f"00000000-0000-4000-8000-{i:012d}", "given_name": "Anna", "family_name": f"Beispiel{i}",
                "address": "Lange Straße 1, 52062 Aachen " * 20} for i in range(3000)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"format": "kimdesk-export", "version": 1, "clients": clients}))
    return path


def damage(data_dir: Path) -> None:
    db = data_dir / "default" / "kimdesk.db"
    with open(db, "r+b") as fh:
        fh.seek(4096 * 40 + 100)
        fh.write(b"\0" * 64)


# -- the cases ---------------------------------------------------------------------------------
@dataclass
class Case:
    name: str
    act: Callable[[Path, Path, pytest.MonkeyPatch], Result]
    line: str  # expected in the one line on stderr (or, for doctor, the FAIL line)
    changes_profile: bool = False  # only where making the case changes the profile itself


def _locked(d: Path, tmp: Path, mp) -> Result:
    path = tmp / "one.json"
    path.write_text('{"format": "kimdesk-export", "version": 1, "clients": [{"id": '
                    '"0b7d1c3e-5f2a-4b8c-9d1e-2f3a4b5c6d7e", "given_name": "Vera", "family_name": "Wartend"}]}')
    env = dict(os.environ) | {"PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", LOCKER, str(d), PASS], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "locked"
        return run("--data-dir", d, "import", path, env=ENV)
    finally:
        holder.communicate("\n", timeout=60)


def _full_import(d: Path, tmp: Path, mp) -> Result:
    return limited(d, 1_000_000, "import", big_import(tmp))


def _full_backup(d: Path, tmp: Path, mp) -> Result:
    return limited(d, 200_000, "backup", "create")


def _enospc_export(d: Path, tmp: Path, mp) -> Result:
    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    mp.setattr(os, "fsync", full)
    return run("--data-dir", d, "export", tmp / "out.json", env=ENV)


def _efbig_export(d: Path, tmp: Path, mp) -> Result:
    assert run("--data-dir", d, "demo-data", "--clients", "40", env=ENV).code == 0
    return limited(d, 50_000, "export", tmp / "out.json")


def _permission_export(d: Path, tmp: Path, mp) -> Result:
    real = os.open

    def refused(path, flags, *args, **kw):
        if str(path).endswith("out.json.tmp"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real(path, flags, *args, **kw)

    mp.setattr(os, "open", refused)  # root ignores file modes; a held or foreign file refuses like this
    return run("--data-dir", d, "export", tmp / "out.json", env=ENV)


def _permission_import(d: Path, tmp: Path, mp) -> Result:
    import builtins

    real = builtins.open

    def refused(path, *args, **kw):
        if str(path).endswith("secret.json"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real(path, *args, **kw)

    (tmp / "secret.json").write_text("{}")
    mp.setattr(builtins, "open", refused)
    return run("--data-dir", d, "import", tmp / "secret.json", env=ENV)


def _doctor_damaged(d: Path, tmp: Path, mp) -> Result:
    assert run("--data-dir", d, "demo-data", "--clients", "60", env=ENV).code == 0
    damage(d)
    res = run("--data-dir", d, "doctor", env=ENV)
    fails = [line for line in res.out.splitlines() if line.startswith("[FAIL]")]
    return Result(res.code, res.out, "\n".join(fails) + "\n" + res.err)


def _audit_damaged(d: Path, tmp: Path, mp) -> Result:
    assert run("--data-dir", d, "demo-data", "--clients", "60", env=ENV).code == 0
    damage(d)
    return run("--data-dir", d, "audit", "verify", env=ENV)


def _import_text(text: str) -> Callable:
    def act(d: Path, tmp: Path, mp) -> Result:
        path = tmp / "in.json"
        path.write_text(text)
        return run("--data-dir", d, "import", path, env=ENV)
    return act


def _key_file(make: Callable[[Path], None]) -> Callable:
    def act(d: Path, tmp: Path, mp) -> Result:
        key = d / "default" / "kimdesk.key"
        key.unlink()
        make(key)
        return run("--data-dir", d, "search", "x", env=ENV)
    return act


def _export_into_directory(d: Path, tmp: Path, mp) -> Result:
    (tmp / "folder").mkdir()
    return run("--data-dir", d, "export", tmp / "folder", env=ENV)


def _dev_zero(d: Path, tmp: Path, mp) -> Result:
    store = open_profile(Profile(d), passphrase=PASS, use_keyring=False)
    settings.IMPORT_MAX_MB.set(store, 2)
    store.close()
    return run("--data-dir", d, "import", "/dev/zero", env=ENV)


CID = "0b7d1c3e-5f2a-4b8c-9d1e-2f3a4b5c6d7e"
CASES = [
    Case("profile in use (database is locked)", _locked, "Die Datenbank ist von einem anderen KIMdesk-Prozess belegt."),
    Case("full disk during import", _full_import, "Ein-/Ausgabefehler beim Zugriff auf die Datenbank."),
    Case("full disk during backup", _full_backup, "Die Sicherung konnte nicht geschrieben werden"),
    Case("ENOSPC during export", _enospc_export, "Der Datenträger ist voll ("),
    Case("file too large for the disk during export", _efbig_export,
         "Die Datei wird für den Datenträger zu groß ("),
    Case("permission refused for the export file", _permission_export, "Keine Berechtigung für "),
    Case("permission refused for the import file", _permission_import, "Datei nicht lesbar: Permission denied"),
    Case("damaged database in doctor", _doctor_damaged, RESTORE, changes_profile=True),
    Case("damaged database in audit verify", _audit_damaged, RESTORE, changes_profile=True),
    Case("100,000-deep JSON", _import_text("[" * 100_000 + "]" * 100_000), "zu tief verschachtelt"),
    Case("a lone surrogate", _import_text('{"format": "kimdesk-export", "version": 1, "clients": [{"id": "%s", '
                                          '"given_name": "A\\ud800", "family_name": "B"}]}' % CID),
         "clients[0].given_name: enthält ein ungültiges Zeichen (U+D800)"),
    Case("a 5,000-digit number", _import_text('{"format": "kimdesk-export", "version": ' + "9" * 5000 + "}"),
         "Die Datei enthält eine Zahl mit zu vielen Stellen."),
    Case("key file that is a JSON list", _key_file(lambda p: p.write_text("[1, 2, 3]")),
         "ist beschädigt oder keine KIMdesk-Datei", changes_profile=True),
    Case("key file that is a directory", _key_file(lambda p: p.mkdir()), "ist nicht lesbar: Is a directory",
         changes_profile=True),
    Case("export into a directory", _export_into_directory, "ist ein Ordner; bitte einen Dateinamen angeben."),
    Case("import of /dev/zero", _dev_zero, "Die Datei ist größer als 2 MB"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_one_clear_line(case: Case, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    before = digest(data_dir)
    res = case.act(data_dir, tmp_path, monkeypatch)
    monkeypatch.undo()
    lines = res.err.strip().splitlines()
    assert res.code == 2, (res.code, res.err)
    assert len(lines) == 1, lines
    assert case.line in lines[0], lines[0]
    assert "interner Fehler" not in res.err
    assert not list(data_dir.rglob("*.partial")) and not list(data_dir.rglob("*.tmp"))
    assert not list(tmp_path.glob("out.json*"))
    if not case.changes_profile and case.act not in (_dev_zero, _efbig_export):  # these set up data first
        assert digest(data_dir) == before


def test_init_on_a_full_disk_cleans_up_and_can_be_run_again(data_dir: Path):
    res = limited(data_dir, 20_000, "init")
    assert res.code == 2 and len(res.err.strip().splitlines()) == 1 and "interner Fehler" not in res.err
    assert not (data_dir / "default").exists()
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0


def test_a_stale_partial_backup_is_cleaned_up_at_the_next_backup(data_dir: Path):
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    folder = data_dir / "default" / "backups"
    folder.mkdir()
    stale = folder / "kimdesk-20250101-020000.db.partial"
    stale.write_bytes(os.urandom(4096))
    assert run("--data-dir", data_dir, "backup", "create", env=ENV).code == 0
    assert not stale.exists()
    assert len(list(folder.glob("kimdesk-*.db"))) == 1
