"""``kimdesk doctor``: keyring, key file, database, schema, audit chain, sync target."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kimdesk.errors import KimdeskError
from kimdesk.i18n import translate


@dataclass
class Check:
    name: str
    status: str  # ok / warn / fail
    detail: str


def restore_hint() -> str:
    return translate("Doctor", "Nächster Schritt: eine Sicherung wiederherstellen („kimdesk backup list“, dann "
                               "„kimdesk backup restore DATEI“).")


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)
    damaged: bool = False  # the database itself is damaged: exit 2, restore a backup

    @property
    def ok(self) -> bool:
        return all(c.status != "fail" for c in self.checks)

    def add(self, name: str, status: str, detail: str) -> None:
        self.checks.append(Check(name, status, detail))


def run(profile, open_store: Callable) -> Report:
    from kimdesk.store import migrate, secrets
    from kimdesk.store.keyfile import KeyFile

    report = Report()
    name = secrets.backend_name()
    if name:
        report.add(translate("Doctor", "Schlüsselbund"), "ok", name)
    else:
        report.add(translate("Doctor", "Schlüsselbund"), "warn",
                   translate("Doctor", "kein sicherer Schlüsselbund; Öffnen nur mit der Passphrase"))
    try:
        kf = KeyFile.load(profile.key_path)
        report.add(translate("Doctor", "Schlüsseldatei"), "ok",
                   translate("Doctor", "{path} (Argon2id, {mib} MiB, {it} Durchläufe)").format(
                       path=profile.key_path, mib=kf.memory_kib // 1024, it=kf.iterations))
    except KimdeskError as exc:
        report.add(translate("Doctor", "Schlüsseldatei"), "fail", str(exc))
        return report
    from sqlalchemy.exc import DBAPIError

    from kimdesk.store.engine import explain

    try:
        store = open_store()
    except KimdeskError as exc:
        report.add(translate("Doctor", "Datenbank"), "fail", str(exc))
        if "beschädigt" in str(exc) or "keine KIMdesk-Datenbank" in str(exc):
            report.checks[-1].detail += " " + restore_hint()
            report.damaged = True
        return report
    except DBAPIError as exc:  # a damaged page read while opening (after the key check passed)
        known = explain(exc)
        if known is None:
            raise
        report.add(translate("Doctor", "Datenbank"), "fail", f"{known} {restore_hint()}")
        report.damaged = True
        return report

    try:
        problems = store.check()
    except DBAPIError as exc:
        known = explain(exc)
        report.add(translate("Doctor", "Datenbank"), "fail", f"{known or str(exc).splitlines()[0]} {restore_hint()}")
        report.damaged = True
        return report
    if problems == ["ok"]:
        report.add(translate("Doctor", "Datenbank"), "ok", translate("Doctor", "{path}: Integritätsprüfung bestanden").format(
            path=profile.db_path))
    else:
        lines = [line for p in problems for line in p.splitlines() if line.strip() and not line.startswith("***")]
        report.add(translate("Doctor", "Datenbank"), "fail", translate(
            "Doctor", "beschädigt: die Integritätsprüfung meldet {n} Fehler (zuerst: {first}).").format(
            n=len(lines), first=lines[0][:80] if lines else "?") + " " + restore_hint())
        report.damaged = True
        return report
    with store.connection() as conn:
        revs = migrate.current(conn)
        from kimdesk.store import audit

        chain = audit.verify(conn)
    schema_ok = revs == migrate.heads()
    report.add(translate("Doctor", "Schema"), "ok" if schema_ok else "fail", ", ".join(sorted(revs)))
    report.add(translate("Doctor", "Audit-Protokoll"), "ok" if chain.ok else "fail", chain.describe())
    report.add(translate("Doctor", "Gerät"), "ok", store.device_id)
    if schema_ok:
        check_standings(store, report)
    _machine_checks(profile, report)
    check_sync(store, report)
    return report


def check_standings(store, report) -> None:
    """The needs' standing timeline the committee report reads (derived, local): compared with a
    fresh computation from the requests, and rebuilt from them where it differs."""
    from kimdesk.services.reports.committee import standing_timeline

    name = translate("Doctor", "Bedarfsstände für Berichte")
    with store.connection() as conn:
        wrong = standing_timeline.differences(conn)
    if not wrong:
        report.add(name, "ok", translate("Doctor", "stimmen mit den Anfragen überein"))
        return
    with store.connection(write=True) as conn:
        standing_timeline.rebuild(conn)
    report.add(name, "warn", translate("Doctor", "{n} wichen von den Anfragen ab; neu berechnet").format(n=len(wrong)))


def check_sync(store, report) -> None:
    from kimdesk.errors import KimdeskError
    from kimdesk.sync import service, team

    name = translate("Doctor", "Sync")
    if team.current(store) is None:
        report.add(name, "warn", translate("Doctor", "kein Team eingerichtet (kimdesk team create / join)"))
        return
    status = service.status(store)
    if not status.target:
        report.add(name, "warn", translate("Doctor", "kein Sync-Ziel gespeichert (kimdesk sync --target … --save); "
                                                     "{n} Änderungen warten").format(n=status.waiting))
        return
    try:
        ok = status.reachable
    except KimdeskError:
        ok = False
    if ok:
        report.add(name, "ok", translate("Doctor", "{target} erreichbar; {n} Änderungen warten").format(
            target=status.target, n=status.waiting))
        _check_junk(store, status.target, report)
    else:
        report.add(name, "warn", translate("Doctor", "{target} nicht erreichbar; {n} Änderungen warten").format(
            target=status.target, n=status.waiting))


def _check_junk(store, spec: str, report) -> None:
    """Fake device folders and junk on the share: listed, with the command that clears them."""
    from kimdesk.errors import KimdeskError
    from kimdesk.sync import junk
    from kimdesk.sync.targets import open_target

    name = translate("Doctor", "Sync-Ziel")
    target = open_target(spec)
    try:
        found = junk.survey(store, target)
    except (OSError, KimdeskError) as exc:
        report.add(name, "warn", translate("Doctor", "Inhalt nicht geprüft: {err}").format(err=exc))
        return
    finally:
        target.close()
    if not found:
        report.add(name, "ok", translate("Doctor", "keine fremden oder beschädigten Dateien"))
        return
    shown = "; ".join(junk.describe(j) for j in found[:5]) + (" …" if len(found) > 5 else "")
    report.add(name, "warn", translate("Doctor", "{n} fremde oder beschädigte Einträge: {items} – ein Teammitglied "
                                                 "entfernt sie mit „kimdesk sync --clean-share“ (erst "
                                                 "--dry-run)").format(n=len(found), items=shown))


def _machine_checks(profile, report: Report) -> None:
    """What IT set up on this machine: the central policy file, the data dir's rights on Windows."""
    from kimdesk.store import policy

    machine = policy.current()
    if machine.problems:
        report.add(translate("Doctor", "Zentrale Vorgaben"), "warn", "; ".join(machine.problems[:3]))
    elif machine.values:
        report.add(translate("Doctor", "Zentrale Vorgaben"), "ok", translate(
            "Doctor", "{n} Einstellungen von der IT festgelegt ({path}): {keys}").format(
            n=len(machine.values), path=machine.path, keys=", ".join(sorted(machine.values))))
    advice = acl_advice(profile.db_path.parent)
    if advice:
        report.add(translate("Doctor", "Zugriffsrechte"), "warn", advice)


def acl_advice(data_dir: Path, *, platform: str = sys.platform, environ=os.environ) -> str | None:
    """A warning when, on Windows, the data dir lies outside the user's own profile.

    Inside ``%USERPROFILE%`` (and so ``%LOCALAPPDATA%``) Windows gives the folder to the user
    alone. A ``--data-dir`` on a second drive or a shared folder inherits that folder's ACL,
    which often lets every local user read it — the key file and the encrypted database with it.
    """
    if platform != "win32":
        return None

    def norm(p: str) -> str:
        return p.replace("/", "\\").rstrip("\\").casefold()

    here = norm(str(data_dir))
    homes = [norm(environ[v]) for v in ("USERPROFILE", "LOCALAPPDATA", "APPDATA") if environ.get(v)]
    if any(here == h or here.startswith(h + "\\") for h in homes):
        return None
    return translate("Doctor", "Der Datenordner {path} liegt außerhalb Ihres Benutzerprofils und erbt die Rechte des "
                               "Ordners darüber; andere Benutzer dieses Rechners könnten ihn lesen. Bitte von der IT "
                               "nur für Sie freigeben lassen: icacls \"{path}\" /inheritance:r /grant:r "
                               "\"%USERNAME%:(OI)(CI)F\"").format(path=data_dir)
