"""Client commands: ``client delete`` (erasure everywhere), ``client export`` (Art. 15), ``client plan``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kimdesk.errors import ExitCode
from kimdesk.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("client", help=translate("CLI", "eine Person betreffende Befehle"))
    csub = p.add_subparsers(dest="client_action", metavar="ACTION", required=True)
    d = csub.add_parser("delete", help=translate("CLI", "eine Person endgültig löschen, auf allen Geräten"))
    d.add_argument("client_id")
    d.add_argument("--reason", required=True, help=translate("CLI", "Grund (z. B. Löschantrag, Aufbewahrungsfrist)"))
    d.set_defaults(handler=cmd_delete)
    e = csub.add_parser("export", help=translate("CLI", "alles über eine Person als PDF (Auskunft nach Art. 15 DSGVO)"))
    e.add_argument("client_id")
    e.add_argument("-o", "--output", type=Path, required=True)
    e.set_defaults(handler=cmd_export)
    q = csub.add_parser("plan", help=translate("CLI", "den Hilfeplan als Vereinbarung zum Unterschreiben (PDF)"))
    q.add_argument("client_id")
    q.add_argument("-o", "--output", type=Path, required=True)
    q.add_argument("--plan", metavar="PLAN_ID", help=translate("CLI", "ein bestimmter Plan; Vorgabe: der aktuelle"))
    q.add_argument("--language", metavar="CODE",
                   help=translate("CLI", "zweite Sprache neben Deutsch (de = nur Deutsch); Vorgabe: die erste "
                                         "Sprache der Akte"))
    q.set_defaults(handler=cmd_plan)


def cmd_delete(ctx, args) -> int:
    from kimdesk.services.casework.retention import delete_person
    from kimdesk.services.clients_intake.validation import uuid_str

    client_id = uuid_str(args.client_id, "client_id")
    counts = delete_person(ctx.open_store(), client_id, args.reason)
    total = sum(counts.values())
    ctx.out(translate("CLI", "Person {id} gelöscht ({n} Datensätze); die Löschung wird mit der nächsten Sync-Runde "
                             "an alle Geräte weitergegeben.").format(id=client_id, n=total))
    return ExitCode.OK


def cmd_export(ctx, args) -> int:
    from kimdesk.commands.minutes import _finish, _target
    from kimdesk.services.releases import subject_access
    from kimdesk.services.clients_intake.validation import uuid_str

    path = _target(args.output)
    rendered, _doc = subject_access.export(ctx.open_store(), uuid_str(args.client_id, "client_id"))
    return _finish(ctx, rendered, path, translate("CLI", "Auskunft nach Art. 15 DSGVO"))


def cmd_plan(ctx, args) -> int:
    from kimdesk.commands.minutes import _finish, _target
    from kimdesk.services.casework import plan_print
    from kimdesk.services.clients_intake.validation import uuid_str

    path = _target(args.output)
    rendered = plan_print.render(ctx.open_store(), uuid_str(args.client_id, "client_id"), args.plan,
                                 language=args.language)
    return _finish(ctx, rendered, path, translate("CLI", "Hilfeplan"), "plan")
