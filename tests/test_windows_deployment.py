"""Deployment on the municipal Windows laptop, simulated on Linux (no Windows machine here).

Each test names the Windows behaviour it stands for and where it is documented:
- central settings: IT presets values machine-wide (Group Policy practice; the file lives under
  ``%ProgramData%``, "data for all users", Known Folder FOLDERID_ProgramData);
- mapped drives: a drive letter is per user and logon session ("Mapped drives are not available
  to other logon sessions", Microsoft Learn, *Defining an MS-DOS Device Name* / ``net use``);
  ``WNetGetConnectionW`` returns the UNC name behind it;
- ACLs: a folder created outside the user profile inherits the parent's ACL (Microsoft Learn,
  *Inheritance of ACEs* / ``icacls``), so other local users may read it;
- windowed programs: a GUI-subsystem .exe has no console, so ``sys.stdout``/``stderr``/``stdin``
  are ``None`` (Python docs, ``sys.__stdout__``: "under some conditions … can be None … Windows
  GUI apps"); PyInstaller's ``console=False`` builds such a program.
"""

from __future__ import annotations

import ast
import io
import json
import sys
from pathlib import Path, PureWindowsPath

import pytest

from kimdesk import windowed
from kimdesk.errors import SettingLocked
from kimdesk.paths import universal_name
from kimdesk.services.admin import doctor, settings
from kimdesk.store import policy
from kimdesk.sync import service as sync_service

ROOT = Path(__file__).resolve().parent.parent


def write_policy(path: Path, settings_: dict, **extra) -> None:
    path.write_text(json.dumps({"format": "kimdesk-policy", "version": 1, "settings": settings_, **extra}),
                    encoding="utf-8")


@pytest.fixture
def machine_policy(tmp_path, monkeypatch):
    path = tmp_path / "ProgramData" / "KIMdesk" / "policy.json"
    path.parent.mkdir(parents=True)
    monkeypatch.setenv("KIMDESK_POLICY_FILE", str(path))

    def put(values: dict, **extra) -> policy.Policy:
        write_policy(path, values, **extra)
        return policy.reload()

    yield put
    policy.reload()


def test_policy_values_win_over_the_users_and_cannot_be_changed(store, machine_policy):
    settings.save(store, {"ui.autolock_minutes": 12, "backup.keep": 30})
    machine_policy({"ui.autolock_minutes": 5, "backup.keep": 14, "sync.target": r"\\srv\kim\team"})
    assert settings.AUTOLOCK_MINUTES.get(store) == 5
    assert settings.BACKUP_KEEP.get(store) == 14
    assert sync_service.configured_target(store) == r"\\srv\kim\team"
    assert settings.AUTOLOCK_MINUTES.locked and not settings.LANGUAGE.locked
    with pytest.raises(SettingLocked, match="von der IT"):
        settings.save(store, {"ui.autolock_minutes": 20})
    with pytest.raises(SettingLocked):
        sync_service.save_target(store, str(Path.cwd()))
    settings.save(store, {"ui.language": "en"})  # what IT left open stays the user's
    assert settings.LANGUAGE.get(store) == "en"


def test_it_presets_the_controller_and_dpo_for_the_art_13_sheet(store, machine_policy):
    machine_policy({"privacy.controller": "Stadt Beispiel, Markt 1", "privacy.dpo": "datenschutz@beispiel.de"})
    assert settings.PRIVACY_CONTROLLER.get(store) == "Stadt Beispiel, Markt 1"
    assert settings.PRIVACY_DPO.get(store) == "datenschutz@beispiel.de" and settings.PRIVACY_DPO.locked


def test_without_a_policy_the_users_values_count(store, machine_policy):
    machine_policy({})
    settings.save(store, {"ui.autolock_minutes": 12})
    assert settings.AUTOLOCK_MINUTES.get(store) == 12 and not settings.AUTOLOCK_MINUTES.locked


@pytest.mark.parametrize("content, problem", [
    (b"\xff\xfe not json", "kein gültiges JSON"),
    (b"[1, 2]", "nicht im Format"),
    (b'{"format": "kimdesk-policy", "version": 2, "settings": {}}', "nicht im Format"),
    (b'{"format": "kimdesk-policy", "version": 1, "settings": []}', "settings"),
    (b"[" * 100_000 + b"]" * 100_000, "größer als"),
    (b"[" * 20_000 + b"]" * 20_000, "kein gültiges JSON"),
])
def test_a_broken_policy_file_is_ignored_and_named(tmp_path, content, problem):
    path = tmp_path / "policy.json"
    path.write_bytes(content)
    read = policy.read(path)
    assert read.values == {}
    assert len(read.problems) == 1 and problem in read.problems[0] and str(path) in read.problems[0]


def test_policy_keeps_only_known_keys_of_the_right_type(tmp_path):
    path = tmp_path / "policy.json"
    write_policy(path, {"ui.autolock_minutes": 500, "backup.keep": True, "sync.target": "\x1b[31m",
                        "ui.language": "en", "export.folder": r"C:\Users\Public\KIM-Exporte", "backup.keep ": 3})
    read = policy.read(path)
    assert read.values == {"export.folder": r"C:\Users\Public\KIM-Exporte"}
    assert len(read.problems) == 5


def test_policy_with_a_byte_order_mark_is_read(tmp_path):
    # Notepad and PowerShell 5 (Out-File -Encoding utf8) write UTF-8 with a BOM
    path = tmp_path / "policy.json"
    path.write_bytes("\ufeff".encode() + json.dumps(
        {"format": "kimdesk-policy", "version": 1, "settings": {"backup.keep": 10}}).encode())
    assert policy.read(path).values == {"backup.keep": 10}


def test_doctor_names_the_policy_and_its_problems(profile, store, machine_policy):
    machine_policy({"backup.keep": 10, "bogus": 1})
    report = doctor.Report()
    doctor._machine_checks(profile, report)
    (check,) = [c for c in report.checks if c.name == "Zentrale Vorgaben"]
    assert check.status == "warn" and "bogus" in check.detail
    machine_policy({"backup.keep": 10})
    report = doctor.Report()
    doctor._machine_checks(profile, report)
    (check,) = [c for c in report.checks if c.name == "Zentrale Vorgaben"]
    assert check.status == "ok" and "backup.keep" in check.detail


def test_settings_dialog_shows_a_locked_option_as_locked(qtbot, store, machine_policy):
    from kimdesk.ui.settings_dialog import SettingsDialog

    machine_policy({"ui.autolock_minutes": 5})
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.editors))  # the values are read on the database worker
    editor = dialog.editors["ui.autolock_minutes"]
    assert not editor.isEnabled() and "Von der IT" in editor.toolTip()
    assert dialog.editors["ui.language"].isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()  # a locked value is never sent back, so saving works


# -- mapped drives are stored as UNC paths -------------------------------------------------------

def test_a_mapped_drive_is_saved_as_its_unc_path():
    shares = {"K:": r"\\srv-kim\teams"}
    assert universal_name(r"K:\KIM\team", platform="win32", remote_of=shares.get) == r"\\srv-kim\teams\KIM\team"
    assert universal_name("k:/KIM/team/", platform="win32", remote_of=shares.get) == r"\\srv-kim\teams\KIM\team"
    assert universal_name("K:", platform="win32", remote_of=shares.get) == r"\\srv-kim\teams"
    # a local drive, a UNC path, an smb:// URL and any path elsewhere stay as they are
    assert universal_name(r"C:\Daten", platform="win32", remote_of=shares.get) == r"C:\Daten"
    assert universal_name(r"\\srv\kim", platform="win32", remote_of=shares.get) == r"\\srv\kim"
    assert universal_name("smb://srv/kim/team", platform="win32", remote_of=shares.get) == "smb://srv/kim/team"
    assert universal_name("K:/x", platform="linux", remote_of=shares.get) == "K:/x"


# -- a data dir outside the profile inherits its parent's ACL -----------------------------------

def test_doctor_warns_about_a_data_dir_outside_the_user_profile():
    env = {"USERPROFILE": r"C:\Users\kaya", "LOCALAPPDATA": r"C:\Users\kaya\AppData\Local"}
    inside = PureWindowsPath(r"C:\Users\kaya\AppData\Local\kimdesk")
    outside = PureWindowsPath(r"D:\KIM\kimdesk")
    assert doctor.acl_advice(inside, platform="win32", environ=env) is None
    advice = doctor.acl_advice(outside, platform="win32", environ=env)
    assert advice and "icacls" in advice and str(outside) in advice
    # a folder whose name only starts like the profile is outside it
    assert doctor.acl_advice(PureWindowsPath(r"C:\Users\kaya2\kim"), platform="win32", environ=env)
    assert doctor.acl_advice(outside, platform="linux", environ=env) is None


# -- the windowed program has no console streams ------------------------------------------------

def test_windowed_program_starts_the_app_with_its_options():
    assert windowed.gui_argv([]) == ["gui"]
    assert windowed.gui_argv(["--profile", "team", "--data-dir=D:/kim", "--demo", "search", "x"]) == [
        "--profile", "team", "--data-dir=D:/kim", "gui", "--demo"]


def test_windowed_program_survives_missing_console_streams(monkeypatch):
    seen = {}

    def fake_main(argv):
        print("nobody reads this")  # would raise AttributeError on None
        print("nor this", file=sys.stderr)
        seen["argv"] = argv
        return 0

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdin", None)
    monkeypatch.setattr(sys, "argv", ["kimdesk.exe", "--demo"])
    monkeypatch.setattr("kimdesk.cli.main", fake_main)
    assert windowed.main() == 0
    assert seen["argv"] == ["gui", "--demo"]
    assert isinstance(sys.stdout, io.TextIOBase) and sys.stdin is not None


def test_build_spec_declares_a_windowed_and_a_console_program():
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    exes = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "EXE":
            kw = {k.arg: k.value for k in node.keywords}
            exes[ast.literal_eval(kw["name"])] = ast.literal_eval(kw["console"])
            assert "version" in kw and "icon" in kw
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "COLLECT":
            collected = [a.id for a in node.args if isinstance(a, ast.Name)]
    assert exes == {"kimdesk": False, "kimdesk-cli": True}
    assert {"gui_exe", "cli_exe"} <= set(collected)  # one folder, shared libraries
    assert (ROOT / "resources" / "icons" / "kimdesk.ico").exists()


# -- which program holds a file (Restart Manager, RmGetList; Microsoft Learn "Using Restart Manager") ------

def test_programs_holding_a_file_come_from_the_restart_manager_on_windows_only():
    from kimdesk.paths import programs_holding

    assert programs_holding("C:/x.pdf", platform="win32", lister=lambda p: ["Adobe Acrobat", "", "Adobe Acrobat"]) == [
        "Adobe Acrobat"]
    assert programs_holding("C:/x.pdf", platform="linux", lister=lambda p: ["never asked"]) == []

    def refuses(_path):
        raise OSError("rstrtmgr.dll not available")

    assert programs_holding("C:/x.pdf", platform="win32", lister=refuses) == []
