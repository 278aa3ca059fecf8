"""Case-cycle commands: deadlines, retention, school entry (waiting list, figures), findings."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kimdesk.errors import BadInput, ExitCode
from kimdesk.i18n import translate
from kimdesk.models.school import SCHOOL_FORMS


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CLI", "„{value}“ ist kein Datum JJJJ-MM-TT").format(value=value)) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("deadlines", help=translate("CLI", "Fristen prüfen und Wiedervorlagen anlegen"))
    p.add_argument("action", choices=["run"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_deadlines)

    p = sub.add_parser("retention", help=translate("CLI", "Fälle nach Ablauf der Aufbewahrungsfrist löschen"))
    p.add_argument("action", choices=["run"])
    p.add_argument("--dry-run", action="store_true", help=translate("CLI", "nur auflisten, nichts löschen"))
    p.add_argument("--yes", action="store_true", help=translate("CLI", "ohne Rückfrage löschen"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_retention)

    p = sub.add_parser("school-entry", help=translate("CLI", "Seiteneinsteiger: Warteliste und Kennzahlen"))
    p.add_argument("action", choices=["waiting", "figures"])
    p.add_argument("--municipality")
    p.add_argument("--school-form", choices=list(SCHOOL_FORMS))
    p.add_argument("--csv", type=Path, help=translate("CLI", "Warteliste als CSV-Datei schreiben"))
    p.add_argument("--from", dest="date_from", type=_date)
    p.add_argument("--to", dest="date_to", type=_date)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_school_entry)

    p = sub.add_parser("school-places", help=translate("CLI", "Schulplätze je Aufnahmetermin und Schulträger"))
    p.add_argument("action", choices=["list", "add", "remove"])
    p.add_argument("id", nargs="?", help=translate("CLI", "Kennung (für remove)"))
    p.add_argument("--school-form", choices=list(SCHOOL_FORMS))
    p.add_argument("--municipality", help=translate("CLI", "Kommune (leer: die ganze Region)"))
    p.add_argument("--operator", choices=["municipality", "region"],
                   help=translate("CLI", "Schulträger: Kommune oder StädteRegion/Kreis"))
    p.add_argument("--school", help=translate("CLI", "Schule (nur für das Team)"))
    p.add_argument("--intake", help=translate("CLI", "Aufnahmetermin JJJJ-MM-TT"))
    p.add_argument("--places", help=translate("CLI", "Zahl der Plätze"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_school_places)

    p = sub.add_parser("findings", help=translate("CLI", "Strukturelle Themen (generative Themen)"))
    p.add_argument("action", choices=["list", "export"])
    p.add_argument("file", type=Path, nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_findings)


def cmd_deadlines(ctx, args) -> int:
    from kimdesk.services.tasks_deadlines import deadlines

    result = deadlines.evaluate(ctx.open_store())
    if args.json:
        ctx.out_json(result.as_dict())
        return ExitCode.OK
    ctx.out(translate("CLI", "{fired} Fristen erkannt, {n} neue Wiedervorlagen.").format(
        fired=result.fired, n=len(result.created)))
    for item in result.created:
        ctx.row([item["rule"], item["client_id"], item["due_on"], item["title"]])
    return ExitCode.OK


def _confirm(ctx, count: int) -> bool:
    if not sys.stdin.isatty():
        raise BadInput(translate("CLI", "Löschen braucht eine Bestätigung: --yes angeben oder interaktiv bestätigen."))
    answer = input(translate("CLI", "{n} Fälle endgültig löschen? [j/N] ").format(n=count))
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def cmd_retention(ctx, args) -> int:
    from kimdesk.services.casework import retention

    store = ctx.open_store()
    result = retention.run(store, dry_run=args.dry_run,
                           confirm=None if args.yes else (lambda r: _confirm(ctx, len(r.cases))))
    if args.json:
        ctx.out_json(result.as_dict())
        return ExitCode.OK
    for case in result.cases:
        ctx.row([case.case_number, case.case_type, case.closed_on.isoformat(),
                           case.deletable_from.isoformat()])
    if result.dry_run:
        ctx.out(translate("CLI", "{n} Fälle und {m} Erstkontakte sind zur Löschung fällig (nichts gelöscht).").format(
            n=len(result.cases), m=len(result.first_contacts)))
    else:
        ctx.out(translate("CLI", "{n} Fälle gelöscht; anonyme Zählungen bleiben für Berichte erhalten.").format(
            n=result.erased))
    return ExitCode.OK


def cmd_school_entry(ctx, args) -> int:
    from kimdesk.services.schooling import school_entry, school_entry_report, school_entry_tables

    store = ctx.open_store()
    if args.action == "waiting":
        with store.connection() as conn:
            rows = school_entry.waiting_list(conn, municipality=args.municipality, school_form=args.school_form)
        if args.csv:
            school_entry.export_csv(rows, args.csv)
            ctx.out(translate("CLI", "{n} Wartende nach {path} geschrieben.").format(n=len(rows), path=args.csv))
        elif args.json:
            ctx.out_json([w.as_dict() for w in rows])
        else:
            for w in rows:
                ctx.row([w.case_number, w.family_name, w.given_name, w.municipality or "",
                                   w.school_form or "", str(w.waiting_days),
                                   w.next_intake.isoformat() if w.next_intake else ""])
        return ExitCode.OK
    if args.date_from is None or args.date_to is None or args.date_from > args.date_to:
        raise BadInput(translate("CLI", "Bitte --from und --to angeben (--from nicht nach --to)."))
    with store.connection() as conn:
        figures = school_entry_report.figures(conn, args.date_from, args.date_to)
    if args.json:
        ctx.out_json(figures.as_dict())
        return ExitCode.OK
    tables = school_entry_tables.build(figures)
    ctx.out(tables.headline())
    ctx.out()
    for title, table in ((translate("CLI", "Wartend am {day}").format(day=figures.as_of.isoformat()), tables.waiting),
                         (translate("CLI", "Aufnahmen im Zeitraum"), tables.placements)):
        ctx.out(title)
        for row in table.grid():
            ctx.row(row)
        ctx.out()
    return ExitCode.OK


def cmd_school_places(ctx, args) -> int:
    from kimdesk.services.schooling import school_places

    store = ctx.open_store()
    if args.action == "add":
        pid = school_places.save(store, {"school_form": args.school_form, "municipality": args.municipality,
                                         "operator": args.operator, "school": args.school,
                                         "intake_on": args.intake, "places": args.places})
        ctx.out_json({"id": pid}) if args.json else ctx.out(pid)
        return ExitCode.OK
    if args.action == "remove":
        if not args.id:
            raise BadInput(translate("CLI", "Bitte die Kennung der Plätze angeben (siehe school-places list)."))
        school_places.remove(store, args.id)
        return ExitCode.OK
    rows = school_places.listing(store)
    if args.json:
        ctx.out_json([r.as_dict() for r in rows])
        return ExitCode.OK
    for r in rows:
        ctx.out("\t".join([r.id, r.intake_on.isoformat(), r.school_form, r.municipality or "",
                           school_places.operator_label(r.operator), str(r.places), r.school or ""]))
    return ExitCode.OK


def cmd_findings(ctx, args) -> int:
    from kimdesk.services.casework import findings

    store = ctx.open_store()
    with store.connection() as conn:
        rows = findings.register(conn)
    if args.action == "export":
        if args.file is None:
            raise BadInput(translate("CLI", "Bitte die Zieldatei angeben (.csv oder .pdf)."))
        if args.file.suffix.lower() == ".pdf":
            findings.export_pdf(store, args.file)
        else:
            findings.export_csv(rows, args.file)
        ctx.out(translate("CLI", "{n} Themen nach {path} geschrieben.").format(n=len(rows), path=args.file))
    elif args.json:
        ctx.out_json([f.as_dict() for f in rows])
    else:
        for f in rows:
            ctx.row([f.title, str(f.cases), f.status])
    return ExitCode.OK
