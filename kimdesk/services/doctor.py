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


# feature modules (sync) add checks here: fn(store, report)
EXTRA_CHECKS: list[Callable] = []


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
        if "beschädigt" in str(exc) or "keine KIMdesk-Datenbank" in str(exc):
            report.checks[-1].detail += " " + restore_hint()
            report.damaged = True
        return report
    from sqlalchemy.exc import DBAPIError

    from kimdesk.store.engine import explain

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
        from kimdesk.services import audit

        chain = audit.verify(conn)
    schema_ok = revs == migrate.heads()
    report.add(translate("Doctor", "Schema"), "ok" if schema_ok else "fail", ", ".join(sorted(revs)))
    report.add(translate("Doctor", "Audit-Protokoll"), "ok" if chain.ok else "fail", chain.describe())
    report.add(translate("Doctor", "Gerät"), "ok", store.device_id)
    for extra in EXTRA_CHECKS:
        extra(store, report)
    return report
