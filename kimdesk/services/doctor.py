"""``kimdesk doctor``: keyring, key file, database, schema, audit chain, sync target."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kimdesk.errors import KimdeskError
from kimdesk.i18n import translate


@dataclass
class Check:
    name: str
    status: str  # ok / warn / fail
    detail: str


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)

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
    try:
        store = open_store()
    except KimdeskError as exc:
        report.add(translate("Doctor", "Datenbank"), "fail", str(exc))
        return report
    problems = store.check()
    if problems == ["ok"]:
        report.add(translate("Doctor", "Datenbank"), "ok", translate("Doctor", "{path}: Integritätsprüfung bestanden").format(
            path=profile.db_path))
    else:
        report.add(translate("Doctor", "Datenbank"), "fail", "; ".join(problems[:3]))
    with store.connection() as conn:
        revs = migrate.current(conn)
        from kimdesk.store import audit

        chain = audit.verify(conn)
    schema_ok = revs == migrate.heads()
    report.add(translate("Doctor", "Schema"), "ok" if schema_ok else "fail", ", ".join(sorted(revs)))
    report.add(translate("Doctor", "Audit-Protokoll"), "ok" if chain.ok else "fail", chain.describe())
    report.add(translate("Doctor", "Gerät"), "ok", store.device_id)
    check_sync(store, report)
    return report


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
    else:
        report.add(name, "warn", translate("Doctor", "{target} nicht erreichbar; {n} Änderungen warten").format(
            target=status.target, n=status.waiting))
