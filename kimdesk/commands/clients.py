"""Client commands: ``client delete`` (erasure everywhere)."""

from __future__ import annotations

import argparse

from kimdesk.errors import ExitCode
from kimdesk.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("client", help=translate("CLI", "eine Person betreffende Befehle"))
    csub = p.add_subparsers(dest="client_action", metavar="ACTION", required=True)
    d = csub.add_parser("delete", help=translate("CLI", "eine Person endgültig löschen, auf allen Geräten"))
    d.add_argument("client_id")
    d.add_argument("--reason", required=True, help=translate("CLI", "Grund (z. B. Löschantrag, Aufbewahrungsfrist)"))
    d.set_defaults(handler=cmd_delete)


def cmd_delete(ctx, args) -> int:
    from kimdesk.services.validation import uuid_str
    from kimdesk.sync.erasure import erase_client

    client_id = uuid_str(args.client_id, "client_id")
    store = ctx.open_store()
    with store.session() as session:
        counts = erase_client(session, store, client_id, args.reason)
    total = sum(counts.values())
    ctx.out(translate("CLI", "Person {id} gelöscht ({n} Datensätze); die Löschung wird mit der nächsten Sync-Runde "
                             "an alle Geräte weitergegeben.").format(id=client_id, n=total))
    return ExitCode.OK
