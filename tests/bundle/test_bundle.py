"""The built bundle (``make bundle`` → ``dist/kimdesk/``), run as a counsellor's laptop would.

Marked ``bundle``: ``make test-bundle`` builds the bundle and runs these (``.ci/run`` does,
after ``make test``), so a bundle that lacks a module, a resource, a migration, a font or a
Qt plugin fails CI. Everything runs headless against a temp folder as the share: doctor,
and an open–import–sync–export round of two profiles joined through an enrolment file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from kimdesk import __version__

pytestmark = pytest.mark.bundle
ROOT = Path(__file__).resolve().parents[2]
# the console program; the windowed ``kimdesk`` beside it starts the app (test_windowed_program)
BUNDLE = Path(os.environ.get("KIMDESK_BUNDLE", ROOT / "dist" / "kimdesk" / "kimdesk-cli"))
PASS = "bundle passphrase 1"
TEAM_PASS = "team passphrase for the bundle"
# measured 264 MB (Linux x86-64, PySide6 6.11; 242 MB before): the additions are wanted — HarfBuzz (uharfbuzz,
# 4.9 MB) and Noto fonts to print the people's scripts, zxcvbn's dictionaries, the user guide with its pictures
# for F1, and the CUPS client libraries Qt's print plugin links once CUPS is installed. More means something
# heavy crept in.
MAX_MB = 275


@pytest.fixture(scope="module")
def exe() -> Path:
    if not BUNDLE.exists():
        pytest.fail(f"no bundle at {BUNDLE}: build it with `make bundle` (or run `make test-bundle`)")
    return BUNDLE


def run(exe: Path, home: Path, *args, env: dict | None = None, check: bool = True, timeout: float = 180):
    """The bundle with a clean user account: own HOME and XDG dirs, no OS keyring, offscreen Qt."""
    full = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8",
            "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"), "XDG_STATE_HOME": str(home / ".local/state"),
            "TMPDIR": str(home / "tmp"), "QT_QPA_PLATFORM": "offscreen", "KIMDESK_LANG": "de",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "KIMDESK_PASSPHRASE": PASS,
            "KIMDESK_TEAM_PASSPHRASE": TEAM_PASS} | (env or {})
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, env=full, timeout=timeout,
                          cwd=home)
    if check:
        assert proc.returncode == 0, f"{args}: exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_windowed_program_starts_the_app_without_console_streams(exe, tmp_path):
    """The windowed ``kimdesk`` (``kimdesk.exe`` on Windows, no console) opens the app and quits cleanly."""
    windowed = exe.parent / "kimdesk"
    assert windowed.exists(), "build.spec must build the windowed program beside kimdesk-cli"
    full = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "LANG": "C.UTF-8",
            "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "KIMDESK_LANG": "de",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    proc = subprocess.run([str(windowed), "--demo", "--exit-when-shown"], stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full, timeout=180, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    assert b"KIMDESK_SHOWN" in proc.stdout


def sample(agency: str, client: str, conference: str) -> dict:
    return {"format": "kimdesk-export", "version": 1,
            "agencies": [{"id": agency, "name": "Jobcenter Bündelstadt", "legal_domain": "SGB II",
                          "municipalities": ["Bündelstadt"]}],
            "clients": [{"id": client, "given_name": "Ljudmyla", "family_name": "Hrytsenko", "birth_date": "1984-03",
                         "municipality": "Bündelstadt", "phone": "0151 2223334", "languages": ["Ukrainisch"],
                         "residence_status": "Aufenthaltserlaubnis § 24 AufenthG",
                         "needs": [{"id": str(uuid.uuid4()), "category": "Existenzsicherung",
                                    "description": "Übergang AsylbLG → SGB II", "status": "open"}]}],
            "consents": [{"id": str(uuid.uuid4()), "client_id": client, "agency_id": agency,
                          "given_on": "2026-01-10"}],
            "conferences": [{"id": conference, "client_ids": [client], "date": "2026-02-03", "place": "Kreishaus",
                             "moderator": "Frau Kaya", "minute_taker": "Herr Brandt",
                             "participants": [{"agency_id": agency, "name": "Frau Ilgner", "presence": "present"}],
                             "agenda": [{"title": "Leistungsübergang", "notes": "Antrag gestellt",
                                         "decisions": ["Jobcenter prüft vorrangig"],
                                         "actions": [{"who": "Jobcenter", "what": "Bescheid",
                                                      "due": "2026-02-20", "status": "open"}]}]}]}


def test_version_and_size(exe):
    assert run(exe, exe.parent.parent / "version-home", "--version").stdout.strip() == f"KIMdesk {__version__}"
    files = [p for p in exe.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb < MAX_MB, f"bundle is {size_mb:.0f} MB"
    names = {p.name for p in files}
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6WebEngineCore.so.6", "libqtvirtualkeyboardplugin.so"):
        assert unused not in names
    for needed in ("libqxcb.so", "libqoffscreen.so", "libcupsprintersupport.so", "libQt6Pdf.so.6",
                   "kimdesk_de.qm", "kimdesk_en.ts", "DejaVuSans.ttf", "agencies.json", "0001_initial_schema.py"):
        assert needed in names, needed


def _import_file(tmp_path: Path) -> tuple[Path, str, str]:
    """An import file with one office, one person and one conference; their ids."""
    agency, client, conference = (str(uuid.uuid4()) for _ in range(3))
    data = tmp_path / "import.json"
    data.write_text(json.dumps(sample(agency, client, conference), ensure_ascii=False), encoding="utf-8")
    return data, client, conference


def _found_team(exe: Path, home: Path, share: Path, data: Path, *, clients: str, seed: str) -> Path:
    """Import, demo data, a new team, its first round to ``share``; the enrolment file for others."""
    run(exe, home, "import", data)
    run(exe, home, "demo-data", "--clients", clients, "--seed", seed)
    run(exe, home, "team", "create")
    run(exe, home, "sync", "--target", share, "--save")
    enrolment = home.parent / "team.kimdesk"
    run(exe, home, "team", "export-enrolment", enrolment)
    return enrolment


def _exports(exe: Path, *homes: Path) -> list[dict]:
    """Each laptop's full export (``kimdesk export``), parsed."""
    exports = []
    for home in homes:
        out = home / "export.json"
        run(exe, home, "export", out)
        exports.append(json.loads(out.read_text(encoding="utf-8")))
    return exports


def test_doctor_and_a_round_of_two_laptops(exe, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    anna, ben = tmp_path / "anna", tmp_path / "ben"
    data, client, conference = _import_file(tmp_path)

    # a fresh data dir: nothing yet (exit 2), then init, doctor
    assert run(exe, anna, "search", "x", check=False).returncode == 2
    run(exe, anna, "init")
    doctor = run(exe, anna, "doctor")
    assert "Datenbank" in doctor.stdout and "Integritätsprüfung bestanden" in doctor.stdout
    assert "kein sicherer Schlüsselbund" in doctor.stdout  # the null keyring counts as none
    # open – import – demo data – team – sync
    enrolment = _found_team(exe, anna, share, data, clients="15", seed="4")
    run(exe, ben, "init")
    joined = run(exe, ben, "team", "join", enrolment)
    assert str(share) in joined.stdout
    report = json.loads(run(exe, ben, "sync", "--json").stdout)
    assert report["received"] > 0 and report["conflicts"] == 0
    # an edit on the second laptop travels back
    found = run(exe, ben, "search", "Hritsenko")  # another transliteration
    assert client in found.stdout
    run(exe, ben, "sync")
    run(exe, anna, "sync")
    exports = _exports(exe, anna, ben)
    assert exports[0] == exports[1]
    assert any(c["id"] == client and c["family_name"] == "Hrytsenko" for c in exports[0]["clients"])
    assert len(exports[0]["clients"]) >= 16
    # nothing readable on the share
    for path in share.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert b"Hrytsenko" not in blob and b"2223334" not in blob
    # printed minutes: reportlab and the embedded fonts are in the bundle
    pdf = tmp_path / "minutes.pdf"
    run(exe, ben, "minutes", "pdf", conference, "-o", pdf)
    assert pdf.read_bytes().startswith(b"%PDF") and b"DejaVu" in pdf.read_bytes()
    doctor = run(exe, ben, "doctor")
    assert "erreichbar" in doctor.stdout
    # backups: make one, restore it
    run(exe, ben, "backup", "create")
    listing = run(exe, ben, "backup", "list").stdout.splitlines()
    assert len(listing) == 1
    run(exe, ben, "backup", "restore", listing[0].split("\t")[0])
    assert run(exe, ben, "audit", "verify").returncode == 0


def test_a_new_laptop_joins_from_a_snapshot_checked_by_the_bundle_started_as_a_child(exe, tmp_path):
    """The snapshot database's checks run in a child process (``snapshot_db.QuickCheck``): the frozen
    program starts itself as that child, and ``multiprocessing.freeze_support`` (first thing in
    both entries) hands it its task. Without it the child would start KIMdesk instead and never
    answer, and every snapshot would be refused; here the third laptop must join from one."""
    share = tmp_path / "share"
    share.mkdir()
    anna, ben, cara = tmp_path / "anna", tmp_path / "ben", tmp_path / "cara"
    data, client, _conference = _import_file(tmp_path)
    run(exe, anna, "init")
    enrolment = _found_team(exe, anna, share, data, clients="12", seed="7")
    run(exe, ben, "init")
    run(exe, ben, "team", "join", enrolment)
    run(exe, ben, "sync")
    # an erasure goes out with a snapshot; once every laptop has it, the segments before it go
    run(exe, anna, "client", "delete", client, "--reason", "Löschantrag")
    run(exe, anna, "sync")
    run(exe, ben, "sync")
    run(exe, anna, "sync")
    assert list(share.rglob("*.snapshot"))
    run(exe, cara, "init")
    run(exe, cara, "team", "join", enrolment)
    report = json.loads(run(exe, cara, "sync", "--json").stdout)
    decisions = [e["decision"] for e in report["events"]]
    assert "snapshot_applied" in decisions and "rejected" not in decisions, report["events"]
    exports = _exports(exe, anna, cara)
    assert exports[0] == exports[1]
    assert not any(c["id"] == client for c in exports[1]["clients"])


def test_translations_and_the_desktop_app(exe, tmp_path):
    english = run(exe, tmp_path / "en", "search", "x", env={"KIMDESK_LANG": "en"}, check=False)
    assert english.returncode == 2 and "kimdesk init" in english.stderr and "Profil" not in english.stderr
    shown = run(exe, tmp_path / "gui", "gui", "--demo", "--demo-clients", "20", "--exit-when-shown")
    assert "KIMDESK_SHOWN" in shown.stdout
    assert "Traceback" not in shown.stderr and "Could not load the Qt platform plugin" not in shown.stderr


def test_the_window_opens_on_a_real_x_server(exe, tmp_path):
    """The X11 (xcb) plugin and the libraries it loads are in the bundle, not only offscreen."""
    if shutil.which("xvfb-run") is None:
        pytest.fail("xvfb-run is missing: `sh tools/system-deps.sh` (as root) installs it")
    home = tmp_path / "x11"
    (home / "tmp").mkdir(parents=True)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "TMPDIR": str(home / "tmp"),
           "QT_QPA_PLATFORM": "xcb", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    proc = subprocess.run(["xvfb-run", "-a", str(exe), "gui", "--demo", "--demo-clients", "20", "--exit-when-shown"],
                          capture_output=True, text=True, env=env, timeout=180, cwd=home)
    assert proc.returncode == 0, proc.stderr
    assert "KIMDESK_SHOWN" in proc.stdout
