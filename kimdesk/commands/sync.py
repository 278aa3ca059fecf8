"""Sync commands: ``sync``, ``conflicts``, ``team create|export-enrolment|join|rotate-key|devices``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from kimdesk.errors import BadInput, ExitCode
from kimdesk.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help=translate("CLI", "eine Sync-Runde mit dem gemeinsamen Ordner"))
    p.add_argument("--target", help=translate("CLI", "Ordner oder smb://benutzer@server[:port]/freigabe/ordner"))
    p.add_argument("--save", action="store_true", help=translate("CLI", "das Ziel für künftige Runden merken"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--confirm-deletions", action="store_true",
                   help=translate("CLI", "vom Schutz zurückgehaltene Massenlöschungen anwenden"))
    p.add_argument("--init", action="store_true",
                   help=translate("CLI", "einen leeren Ordner als neues Sync-Ziel einrichten, obwohl dieses Gerät "
                                         "schon synchronisiert hat"))
    p.add_argument("--clean-share", action="store_true",
                   help=translate("CLI", "fremde, beschädigte und gefälschte Dateien vom Sync-Ziel entfernen "
                                         "(braucht den Teamschlüssel)"))
    p.add_argument("--dry-run", action="store_true",
                   help=translate("CLI", "mit --clean-share: nur anzeigen, was entfernt würde"))
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("conflicts", help=translate("CLI", "offene Konflikte anzeigen oder entscheiden"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help=translate("CLI", "auch entschiedene"))
    p.add_argument("--resolve", type=int, metavar="KONFLIKT", help=translate("CLI", "Nummer des Konflikts"))
    p.add_argument("--choose", choices=["kept", "lost", "addendum"], default="kept")
    p.set_defaults(handler=cmd_conflicts)

    p = sub.add_parser("team", help=translate("CLI", "Teamschlüssel anlegen, weitergeben, übernehmen"))
    tsub = p.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    t = tsub.add_parser("create", help=translate("CLI", "neuen Teamschlüssel anlegen"))
    t.add_argument("--catalogue", metavar="NAME", help=translate(
        "CLI", "womit der Stellenkatalog des Teams beginnt: nrw_kreis, nrw_kreisfreie_stadt, "
               "staedteregion_aachen (Vorgabe) oder empty"))
    t.add_argument("--catalogue-csv", metavar="DATEI", type=Path, help=translate(
        "CLI", "den Stellenkatalog des Teams aus dieser CSV-Datei anlegen (statt --catalogue)"))
    t.set_defaults(handler=cmd_team_create)
    t = tsub.add_parser("export-enrolment", help=translate("CLI", "Anmeldedatei für ein weiteres Gerät schreiben"))
    t.add_argument("file", type=Path)
    t.set_defaults(handler=cmd_team_export)
    t = tsub.add_parser("join", help=translate("CLI", "mit einer Anmeldedatei dem Team beitreten"))
    t.add_argument("file", type=Path)
    t.set_defaults(handler=cmd_team_join)
    t = tsub.add_parser("rotate-key", help=translate(
        "CLI", "neuen Teamschlüssel erzeugen (verlorenes Gerät), Geräte sperren, neue Anmeldedatei schreiben"))
    t.add_argument("file", type=Path, help=translate("CLI", "die neue Anmeldedatei für die anderen Geräte"))
    t.add_argument("--revoke", action="append", default=[], metavar="GERÄT",
                   help=translate("CLI", "Gerätekennung eines verlorenen Geräts (mehrfach möglich)"))
    t.add_argument("--target", help=translate("CLI", "Sync-Ziel, wenn nicht das gespeicherte"))
    t.set_defaults(handler=cmd_team_rotate)
    t = tsub.add_parser("devices", help=translate("CLI", "die Geräte mit einem Ordner auf dem Sync-Ziel"))
    t.add_argument("--target", help=translate("CLI", "Sync-Ziel, wenn nicht das gespeicherte"))
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_team_devices)


PACK_SECONDS = 20.0  # a round packs at most this long; the next round goes on where it stopped


def cmd_sync(ctx, args) -> int:
    from kimdesk.sync import service

    store = ctx.open_store()
    if args.dry_run and not args.clean_share:
        raise BadInput(translate("CLI", "--dry-run gehört zu --clean-share."))
    if args.clean_share:
        return _clean_share(ctx, store, args)
    if args.save and not args.target:
        raise BadInput(translate("CLI", "--save braucht --target."))
    report = service.run(store, args.target, confirm_deletions=args.confirm_deletions, allow_init=args.init)
    if args.save:  # only a target that was there is remembered (unreachable: nothing changes)
        service.save_target(store, args.target)
    if not report.unreachable:  # the CLI's idle time: pack what the round imported (store.journal_packing)
        from kimdesk.store import journal_packing

        try:
            journal_packing.pack_for(store, PACK_SECONDS)
        except Exception as exc:  # noqa: BLE001 - packing is idle work: the round's result stands, the next round retries
            logging.getLogger(__name__).warning("journal packing: %s", type(exc).__name__)  # the type only
    if args.json:
        ctx.out_json(report.as_dict())
    else:
        for line in report.lines():
            ctx.out(line)
    if report.unreachable:
        return ExitCode.UNREACHABLE
    if report.failed:
        return ExitCode.FAILURE  # done in part: a person has to look (the report says what)
    return ExitCode.OK


def _clean_share(ctx, store, args) -> int:
    from kimdesk.errors import TargetUnreachable
    from kimdesk.sync import junk, service

    target = service.resolve_target(store, args.target)
    try:
        found = junk.clean(store, target, dry_run=args.dry_run)
    except OSError as exc:
        raise TargetUnreachable(translate("CLI", "Sync-Ziel {target} nicht erreichbar ({err}).").format(
            target=target.url, err=exc.strerror or type(exc).__name__)) from None
    finally:
        target.close()
    if args.json:
        ctx.out_json([{"path": j.path, "reason": j.reason, "folder": j.is_dir,
                       "removed": j.removable and not args.dry_run} for j in found])
        return ExitCode.OK
    if not found:
        ctx.out(translate("CLI", "Nichts Fremdes auf {target}.").format(target=target.url))
    for item in found:
        if not item.removable:
            line = translate("CLI", "Nicht entfernt (Ordner außerhalb von devices/, bitte selbst prüfen): {item}")
        elif args.dry_run:
            line = translate("CLI", "Würde entfernen: {item}")
        else:
            line = translate("CLI", "Entfernt: {item}")
        ctx.out(line.format(item=junk.describe(item)))
    return ExitCode.OK


def cmd_conflicts(ctx, args) -> int:
    from kimdesk.services.team_sync import conflicts

    store = ctx.open_store()
    if args.resolve is not None:
        conflicts.resolve(store, args.resolve, args.choose)
        ctx.out(translate("CLI", "Konflikt {n} entschieden ({choice}).").format(n=args.resolve, choice=args.choose))
        return ExitCode.OK
    items = conflicts.list_conflicts(store, include_resolved=args.all)
    if args.json:
        ctx.out_json([c.as_json() for c in items])
        return ExitCode.OK
    for c in items:
        ctx.row([str(c.key), c.entity, c.id, c.field, _show(c.kept), _show(c.lost), c.lost_device,
                           c.lost_at or "", translate("CLI", "entschieden") if c.resolved else ""])
    return ExitCode.OK


def _show(value) -> str:
    import json

    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _team_passphrase(ctx, *, twice: bool) -> str:
    value = os.environ.get("KIMDESK_TEAM_PASSPHRASE")
    if value:
        return value
    first = ctx.prompt(translate("CLI", "Passphrase der Anmeldedatei"))
    if first is None:
        raise BadInput(translate("CLI", "Passphrase fehlt: KIMDESK_TEAM_PASSPHRASE setzen oder interaktiv eingeben."))
    if twice and ctx.prompt(translate("CLI", "Passphrase wiederholen")) != first:
        raise BadInput(translate("CLI", "Die Passphrasen stimmen nicht überein."))
    return first


def cmd_team_create(ctx, args) -> int:
    from kimdesk.store import secrets
    from kimdesk.sync import team

    from kimdesk.services.clients_intake import agency_import
    from kimdesk.services.admin import first_run

    store = ctx.open_store()
    catalogue = args.catalogue
    if catalogue is not None and catalogue.strip().casefold() == first_run.CSV:
        catalogue = None  # "csv" needs --catalogue-csv; check_catalogue says so when it is missing
        if args.catalogue_csv is None:
            raise BadInput(translate("CLI", "--catalogue csv braucht --catalogue-csv DATEI."))
    # the choice (and the CSV file, read and checked) is refused before the team exists
    created, csv_path = first_run.found_team(store, catalogue, args.catalogue_csv)
    ctx.out(translate("CLI", "Team {id} angelegt.").format(id=created.id))
    if csv_path is not None:
        planned = agency_import.plan(store, csv_path.read_bytes())
        edit = agency_import.apply(store, planned)
        ctx.out(translate("CLI", "Stellenkatalog aus {file}: {n} Stellen übernommen.").format(
            file=csv_path.name, n=edit.result[0]))
        for line, problem in planned.problems:
            ctx.out(translate("CLI", "Zeile {line} nicht übernommen: {problem}").format(line=line, problem=problem))
    if secrets.backend() is None:
        ctx.out(translate("CLI", "Kein sicherer Schlüsselbund: der Teamschlüssel liegt nur in der verschlüsselten "
                                 "Datenbank."))
    return ExitCode.OK


def cmd_team_export(ctx, args) -> int:
    from kimdesk.sync import service, team

    store = ctx.open_store()
    team.require(store)
    passphrase = _team_passphrase(ctx, twice=sys.stdin.isatty())
    exported = team.export_enrolment(store, args.file, passphrase, target=service.configured_target(store))
    ctx.out(translate("CLI", "Anmeldedatei für Team {id} geschrieben: {path}").format(id=exported.id, path=args.file))
    return ExitCode.OK


def cmd_team_join(ctx, args) -> int:
    from kimdesk.sync import service, team

    store = ctx.open_store()
    passphrase = _team_passphrase(ctx, twice=False)
    joined, target = team.join(store, args.file, passphrase)
    ctx.out(translate("CLI", "Diesem Gerät ist jetzt Team {id} bekannt.").format(id=joined.id))
    if target and not service.configured_target(store):
        service.save_target(store, target)
        ctx.out(translate("CLI", "Sync-Ziel übernommen: {target}").format(target=target))
    return ExitCode.OK


def cmd_team_rotate(ctx, args) -> int:
    from kimdesk.sync import rotation, service, team

    store = ctx.open_store()
    team.require(store)
    passphrase = _team_passphrase(ctx, twice=sys.stdin.isatty())  # asked before anything changes
    from kimdesk.store.keyfile import check_passphrase_strength

    check_passphrase_strength(passphrase)
    done = rotation.rotate(store, args.target, revoke=args.revoke)
    team.export_enrolment(store, args.file, passphrase, target=args.target or service.configured_target(store))
    ctx.out(translate("CLI", "Neuer Teamschlüssel (Generation {n}); {carried} Dateien auf dem Sync-Ziel bleiben "
                             "gültig.").format(n=done.team.generation, carried=done.carried))
    for device in done.revoked:
        ctx.out(translate("CLI", "Gesperrt: {device}").format(device=device))
    ctx.out(translate("CLI", "Neue Anmeldedatei: {path} – jedes andere Gerät muss sie mit „kimdesk team join“ "
                             "übernehmen.").format(path=args.file))
    return ExitCode.OK


def cmd_team_devices(ctx, args) -> int:
    from dataclasses import asdict

    from kimdesk.sync import rotation

    found = rotation.devices(ctx.open_store(), args.target)
    if args.json:
        ctx.out_json([asdict(d) for d in found])
        return ExitCode.OK
    for d in found:
        marks = [translate("CLI", "dieses Gerät")] if d.this_device else []
        if d.revoked:
            marks.append(translate("CLI", "gesperrt"))
        ctx.out("\t".join([d.device, translate("CLI", "{n} Segmente, zuletzt {last}").format(
            n=d.segments, last=d.last_segment), ", ".join(marks)]).rstrip())
    return ExitCode.OK
