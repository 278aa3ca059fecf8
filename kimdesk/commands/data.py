"""Data commands: demo-data, import, export, search."""

from __future__ import annotations

import argparse
from pathlib import Path

from kimdesk.errors import BadInput, ExitCode
from kimdesk.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo-data", help=translate("CLI", "realistische synthetische Daten erzeugen"))
    p.add_argument("--clients", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("import", help=translate("CLI", "Austauschformat (JSON) importieren"))
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help=translate("CLI", "alles im Austauschformat (JSON) exportieren"))
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("search", help=translate("CLI", "Personen suchen (tolerant bei Schreibweisen)"))
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_search)


def cmd_demo(ctx, args) -> int:
    from kimdesk.services.admin import demo

    if not 0 < args.clients <= 1_000_000:
        raise BadInput(translate("CLI", "--clients muss zwischen 1 und 1.000.000 liegen."))
    made = demo.generate(ctx.open_store(), args.clients, args.seed)
    ctx.out(translate("CLI", "{n} Personen erzeugt.").format(n=made))
    return ExitCode.OK


def cmd_import(ctx, args) -> int:
    from kimdesk.services.clients_intake import exchange

    from kimdesk.services.admin import settings

    store = ctx.open_store()
    # streamed: the whole file is checked (in the one transaction) before anything is kept
    result = exchange.import_file(store, args.file, settings.IMPORT_MAX_MB.get(store) * 1024 * 1024)
    total = sum(result.written.values())
    ctx.out(translate("CLI", "{n} Datensätze geschrieben ({detail}).").format(
        n=total, detail=", ".join(f"{k}: {v}" for k, v in sorted(result.written.items())) or "-"))
    if result.follow_ups:
        ctx.out(translate("CLI", "{n} neue Wiedervorlagen aus den Fristregeln.").format(n=result.follow_ups))
    return ExitCode.OK


def cmd_export(ctx, args) -> int:
    from kimdesk.services.clients_intake import exchange

    from kimdesk.services.clients_intake import access

    store = ctx.open_store()
    counts = exchange.export_file(store, args.file)
    access.record_bulk(store, "export", counts.get("clients", 0))
    ctx.out(translate("CLI", "Exportiert nach {path}: {detail}").format(
        path=args.file, detail=", ".join(f"{k}: {v}" for k, v in counts.items())))
    return ExitCode.OK


def cmd_search(ctx, args) -> int:
    from kimdesk.services.clients_intake import exchange, search

    store = ctx.open_store()
    hits = search.search(store, args.text, limit=args.limit)
    if args.json:
        from kimdesk.services.clients_intake import access

        with store.connection() as conn:
            records = exchange.export_clients(conn, [h.id for h in hits])
        access.record_bulk(store, "search", len(records))
        ctx.out_json(records)
        return ExitCode.OK
    for h in hits:
        ctx.row([h.id, h.given_name, h.family_name, h.birth_date or "", h.municipality or ""])
    return ExitCode.OK
