"""Anonymous reports: ``kimdesk report committee|school-entry --from DATE --to DATE -o FILE.pdf``.

Both are part of the stable command line (DESIGN.md). ``--csv DIR`` writes every table of the
report as a CSV file (the same printed strings, suppression included); ``--json`` prints the
tables. Dates are ISO (JJJJ-MM-TT); a date that is not one, or a period that begins after it
ends, is bad input (exit 2) and nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kimdesk.errors import BadInput, ExitCode
from kimdesk.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=translate("CLI", "Anonyme Berichte: Sachstandsbericht, Seiteneinsteiger"))
    rsub = p.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    for name, help_text, handler in (
        ("committee", translate("CLI", "Sachstandsbericht Kommunales Integrationsmanagement (PDF, CSV)"),
         cmd_committee),
        ("school-entry", translate("CLI", "Übersicht Seiteneinsteiger und Internationale Förderklassen (PDF, CSV)"),
         cmd_school_entry),
    ):
        q = rsub.add_parser(name, help=help_text)
        q.add_argument("--from", dest="date_from", metavar="DATE",
                       help=translate("CLI", "Beginn des Zeitraums, JJJJ-MM-TT"))
        q.add_argument("--to", dest="date_to", metavar="DATE", help=translate("CLI", "Ende des Zeitraums, JJJJ-MM-TT"))
        q.add_argument("-o", "--output", type=Path, metavar="FILE.pdf",
                       help=translate("CLI", "den Bericht als PDF schreiben"))
        q.add_argument("--csv", type=Path, metavar="DIR",
                       help=translate("CLI", "jede Tabelle als CSV-Datei in DIR schreiben"))
        q.add_argument("--json", action="store_true", help=translate("CLI", "die Tabellen als JSON ausgeben"))
        q.set_defaults(handler=handler)
    q = rsub.add_parser("text", help=translate("CLI", "Textabschnitte des Sachstandsberichts zeigen oder speichern"))
    q.add_argument("--from", dest="date_from", metavar="DATE", help=translate("CLI", "Beginn des Zeitraums, JJJJ-MM-TT"))
    q.add_argument("--to", dest="date_to", metavar="DATE", help=translate("CLI", "Ende des Zeitraums, JJJJ-MM-TT"))
    q.add_argument("--section", choices=["introduction", "developments", "findings", "outlook"],
                   help=translate("CLI", "der Abschnitt, der gespeichert wird"))
    q.add_argument("--file", type=Path, metavar="FILE.txt", help=translate("CLI", "den Text aus dieser Datei (UTF-8)"))
    q.add_argument("--reviewed", action="store_true",
                   help=translate("CLI", "als zur Veröffentlichung geprüft markieren (sonst wird er nicht gedruckt)"))
    q.add_argument("--json", action="store_true", help=translate("CLI", "die Abschnitte als JSON ausgeben"))
    q.set_defaults(handler=cmd_text)


def _checked(args):
    from kimdesk.services.reports import report_print
    from kimdesk.figures.periods import parse_period

    if args.date_from is None or args.date_to is None:
        raise BadInput(translate("CLI", "Bitte den Zeitraum mit --from JJJJ-MM-TT und --to JJJJ-MM-TT angeben."))
    period = parse_period(args.date_from, args.date_to)
    if args.output is None and args.csv is None and not args.json:
        raise BadInput(translate("CLI", "Bitte -o DATEI.pdf, --csv ORDNER oder --json angeben."))
    pdf = report_print.check_pdf_target(args.output) if args.output is not None else None
    folder = report_print.check_csv_target(args.csv) if args.csv is not None else None
    return period, pdf, folder


def _finish(ctx, args, store, tables, render, pdf: Path | None, folder: Path | None, prefix: str, what: str) -> int:
    from kimdesk.services.reports import report_print

    if args.json:
        ctx.out_json({table.key: table.grid() for table in tables})
    if pdf is not None:
        rendered = render(report_print.organisation(store))
        report_print.save_pdf(rendered, pdf)
        pages = (translate("CLI", "1 Seite") if rendered.pages == 1
                 else translate("CLI", "{n} Seiten").format(n=rendered.pages))
        if not args.json:
            ctx.out(translate("CLI", "{what} gespeichert: {path} ({pages})").format(what=what, path=pdf, pages=pages))
    if folder is not None:
        paths = report_print.save_csv(tables, folder, prefix)
        if not args.json:
            ctx.out(translate("CLI", "{n} CSV-Dateien gespeichert in {dir}").format(n=len(paths), dir=folder))
    return ExitCode.OK


def cmd_committee(ctx, args) -> int:
    from kimdesk.services.reports import report_print

    (date_from, date_to), pdf, folder = _checked(args)
    store = ctx.open_store()
    figures = report_print.committee_figures(store, date_from, date_to)
    return _finish(ctx, args, store, figures.tables(), lambda org: report_print.committee_pdf(figures, org), pdf,
                   folder, "sachstandsbericht_", translate("CLI", "Sachstandsbericht"))


def cmd_school_entry(ctx, args) -> int:
    from kimdesk.services.reports import report_print

    (date_from, date_to), pdf, folder = _checked(args)
    store = ctx.open_store()
    tables = report_print.school_entry_figures(store, date_from, date_to)
    return _finish(ctx, args, store, tables.tables(), lambda org: report_print.school_entry_pdf(tables, org), pdf,
                   folder, "seiteneinsteiger_", translate("CLI", "Übersicht Seiteneinsteiger"))


MAX_TEXT_BYTES = 1_000_000


def cmd_text(ctx, args) -> int:
    """Without --file: show the period's sections; with --section and --file: save one."""
    from kimdesk.services.reports import report_texts
    from kimdesk.figures.periods import parse_period

    if args.date_from is None or args.date_to is None:
        raise BadInput(translate("CLI", "Bitte den Zeitraum mit --from JJJJ-MM-TT und --to JJJJ-MM-TT angeben."))
    date_from, date_to = parse_period(args.date_from, args.date_to)
    if args.file is not None:
        if args.section is None:
            raise BadInput(translate("CLI", "Bitte mit --section angeben, welcher Abschnitt gespeichert wird."))
        try:
            raw = args.file.read_bytes()[:MAX_TEXT_BYTES + 1]
        except OSError:
            raise BadInput(translate("CLI", "Die Datei {path} lässt sich nicht lesen.").format(path=args.file)) from None
        if len(raw) > MAX_TEXT_BYTES:
            raise BadInput(translate("CLI", "Die Datei {path} ist zu groß für einen Textabschnitt.").format(
                path=args.file))
        try:
            body = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BadInput(translate("CLI", "Die Datei {path} ist kein UTF-8-Text.").format(path=args.file)) from None
        store = ctx.open_store()
        report_texts.save(store, date_from, date_to, args.section, body, reviewed=args.reviewed)
        if not args.json:
            ctx.out(translate("CLI", "Abschnitt gespeichert ({state}).").format(
                state=translate("CLI", "zur Veröffentlichung geprüft") if args.reviewed and body.strip()
                else translate("CLI", "nicht geprüft, wird nicht gedruckt")))
            return ExitCode.OK
    store = ctx.open_store()
    sections = report_texts.load(store, date_from, date_to)
    if args.json:
        ctx.out_json({k: {"text": v.text, "reviewed": v.reviewed} for k, v in sections.items()})
    elif args.file is None:
        labels = report_texts.section_labels()
        for key, sec in sections.items():
            mark = translate("CLI", "geprüft") if sec.reviewed else translate("CLI", "nicht geprüft")
            ctx.out(f"## {labels[key]} ({mark})")
            ctx.out(sec.text)
            ctx.out()
    return ExitCode.OK
