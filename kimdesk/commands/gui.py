"""``kimdesk gui [--demo]``: the desktop app (PySide6 is imported only here)."""

from __future__ import annotations

import argparse

from kimdesk.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help=translate("CLI", "die Desktop-Anwendung starten"))
    p.add_argument("--demo", action="store_true", help=translate("CLI", "Wegwerf-Profil mit Beispieldaten"))
    p.add_argument("--demo-clients", type=int, default=300, help=argparse.SUPPRESS)
    # benchmarks: print a line and quit once the client list is on screen
    p.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    # benchmarks: as --exit-when-shown, but with no key at hand once the unlock dialog is on screen
    p.add_argument("--exit-when-asked", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_gui)


def cmd_gui(ctx, args) -> int:
    from kimdesk.ui.app import run

    return run(ctx, demo=args.demo, demo_clients=args.demo_clients,
               exit_when_shown=args.exit_when_shown or args.exit_when_asked, exit_when_asked=args.exit_when_asked)
