"""Profile commands: init, passphrase, rekey, keyring, audit verify, doctor."""

from __future__ import annotations

import argparse
import os

from kimdesk.errors import BadInput, ExitCode
from kimdesk.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=translate("CLI", "verschlüsselte Datenbank anlegen"))
    p.add_argument("--no-keyring", action="store_true", help=translate("CLI", "Schlüssel nicht im Schlüsselbund ablegen"))
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("passphrase", help=translate("CLI", "Passphrase ändern"))
    p.add_argument("action", choices=["change"])
    p.set_defaults(handler=cmd_passphrase)

    p = sub.add_parser("rekey", help=translate("CLI", "Datenbank mit neuem Schlüssel neu verschlüsseln"))
    p.set_defaults(handler=cmd_rekey)

    p = sub.add_parser("keyring", help=translate("CLI", "Schlüssel im Schlüsselbund ablegen oder entfernen"))
    p.add_argument("action", choices=["store", "forget"])
    p.set_defaults(handler=cmd_keyring)

    p = sub.add_parser("audit", help=translate("CLI", "Audit-Protokoll"))
    p.add_argument("action", choices=["verify"])
    p.set_defaults(handler=cmd_audit)

    p = sub.add_parser("doctor", help=translate("CLI", "Schlüsselbund, Datenbank, Schlüsseldatei und Sync-Ziel prüfen"))
    p.set_defaults(handler=cmd_doctor)


def _new_passphrase(ctx, env: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    first = ctx.prompt(translate("CLI", "Neue Passphrase"))
    if first is None:
        raise BadInput(translate("CLI", "Passphrase fehlt: {env} setzen oder interaktiv eingeben.").format(env=env))
    if ctx.prompt(translate("CLI", "Neue Passphrase wiederholen")) != first:
        raise BadInput(translate("CLI", "Die Passphrasen stimmen nicht überein."))
    return first


def cmd_init(ctx, args) -> int:
    from kimdesk.paths import make_private_dir
    from kimdesk.services.clients_intake import catalogue
    from kimdesk.store import secrets
    from kimdesk.store.profile import init_profile

    passphrase = _new_passphrase(ctx, "KIMDESK_PASSPHRASE")
    make_private_dir(ctx.data_dir)
    from kimdesk.logs import setup_logging

    setup_logging(ctx.data_dir if ctx.explicit_data_dir else None)
    store = init_profile(ctx.profile, passphrase, remember=not args.no_keyring)
    ctx._store = store
    catalogue.seed_agencies(store)
    ctx.out(translate("CLI", "Profil „{name}“ angelegt in {dir}").format(name=ctx.profile_name, dir=ctx.profile.dir))
    if not args.no_keyring:
        if secrets.last_problem():
            ctx.out(secrets.last_problem())
        elif secrets.backend() is None:
            ctx.out(translate("CLI", "Kein sicherer Schlüsselbund gefunden: Öffnen nur mit der Passphrase."))
        else:
            ctx.out(translate("CLI", "Schlüssel im Schlüsselbund abgelegt ({name}).").format(name=secrets.backend_name()))
    return ExitCode.OK


def _current_passphrase(ctx) -> str:
    value = ctx.passphrase_from_env() or ctx.prompt(translate("CLI", "Aktuelle Passphrase"))
    if value is None:
        raise BadInput(translate("CLI", "Passphrase fehlt: KIMDESK_PASSPHRASE setzen oder interaktiv eingeben."))
    return value


def cmd_passphrase(ctx, args) -> int:
    from kimdesk.store.profile import change_passphrase

    ctx.open_store()  # proves the profile opens at all
    old = _current_passphrase(ctx)
    change_passphrase(ctx.profile, old, _new_passphrase(ctx, "KIMDESK_NEW_PASSPHRASE"))
    ctx.out(translate("CLI", "Passphrase geändert; die Datenbank blieb unverändert."))
    return ExitCode.OK


def cmd_rekey(ctx, args) -> int:
    from kimdesk.store.profile import rekey

    store = ctx.open_store()
    rekey(store, ctx.profile, _current_passphrase(ctx))
    ctx._store = None
    ctx.out(translate("CLI", "Datenbank mit neuem Schlüssel verschlüsselt."))
    return ExitCode.OK


def cmd_keyring(ctx, args) -> int:
    from kimdesk.store import secrets
    from kimdesk.store.profile import forget_key, remember_key

    if args.action == "forget":
        forget_key(ctx.profile)
        ctx.out(translate("CLI", "Schlüssel aus dem Schlüsselbund entfernt."))
        return ExitCode.OK
    if not remember_key(ctx.profile, _current_passphrase(ctx)):
        ctx.out(translate("CLI", "Kein sicherer Schlüsselbund verfügbar."))
        return ExitCode.FAILURE
    ctx.out(translate("CLI", "Schlüssel im Schlüsselbund abgelegt ({name}).").format(name=secrets.backend_name()))
    return ExitCode.OK


def cmd_audit(ctx, args) -> int:
    from kimdesk.store import audit

    from sqlalchemy.exc import DBAPIError

    from kimdesk.errors import StoreError
    from kimdesk.services.admin.doctor import restore_hint
    from kimdesk.store.engine import explain

    store = ctx.open_store()
    try:
        with store.connection() as conn:
            damage = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").all()]
            result = audit.verify(conn)
    except DBAPIError as exc:
        known = explain(exc)
        if known is None or "beschädigt" in str(known):
            known = translate("CLI", "Die Datenbank ist beschädigt; das Audit-Protokoll lässt sich nicht prüfen.")
        raise StoreError(f"{known} {restore_hint()}") from None
    if damage != ["ok"]:
        raise StoreError(translate("CLI", "Die Datenbank ist beschädigt ({what}); das Audit-Protokoll lässt sich nicht "
                                          "prüfen.").format(what="; ".join(damage[:2])[:200]) + " " + restore_hint())
    ctx.out(result.describe())
    return ExitCode.OK if result.ok else ExitCode.FAILURE


def cmd_doctor(ctx, args) -> int:
    from kimdesk.errors import NotInitialised
    from kimdesk.services.admin import doctor

    if not ctx.profile.exists():
        raise NotInitialised(translate("CLI", "Kein KIMdesk-Profil „{name}“ in {dir}; zuerst „kimdesk init“ ausführen.")
                             .format(name=ctx.profile_name, dir=ctx.data_dir))
    report = doctor.run(ctx.profile, open_store=ctx.open_store)
    for check in report.checks:
        mark = {"ok": "OK  ", "warn": "WARN", "fail": "FAIL"}[check.status]
        ctx.out(f"[{mark}] {check.name}: {check.detail}")
    if report.damaged:
        return ExitCode.BAD_INPUT
    return ExitCode.OK if report.ok else ExitCode.FAILURE
