"""Conference commands: printed minutes, consent form, hand-out, the conference list, tasks.

``kimdesk minutes pdf CONFERENCE_ID -o FILE.pdf`` is part of the stable command line. Text in
a script the PDF font cannot show is printed as a marked transliteration; the affected
fields are named on stderr (exit code stays 0: the document is complete, just transliterated).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kimdesk.errors import BadInput, ExitCode
from kimdesk.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("minutes",
                       help=translate("CLI", "Fallkonferenzen: Protokoll, Schweigepflichtentbindung, Merkblatt"))
    msub = p.add_subparsers(dest="minutes_command", metavar="ACTION", required=True)

    q = msub.add_parser("pdf", help=translate("CLI", "Protokoll einer Konferenz als PDF"))
    q.add_argument("conference_id")
    q.add_argument("-o", "--output", type=Path, help=translate("CLI", "Zieldatei (nicht mit --distribution)"))
    who = q.add_mutually_exclusive_group()
    who.add_argument("--recipient", metavar="AGENCY_ID",
                     help=translate("CLI", "Ausfertigung für eine Stelle: braucht deren Schweigepflichtentbindung; die "
                                           "Ausländerbehörde erhält keine so gekennzeichneten Inhalte"))
    who.add_argument("--distribution", type=Path, metavar="DIR",
                     help=translate("CLI", "Verteiler: je beteiligte Stelle ein PDF in diesen Ordner"))
    who.add_argument("--for-immigration-office", action="store_true",
                     help=translate("CLI", "wie --recipient mit der Ausländerbehörde unter den Teilnehmenden"))
    q.set_defaults(handler=cmd_pdf)

    q = msub.add_parser("consent-form",
                        help=translate("CLI", "Schweigepflichtentbindung für eine Person, vorausgefüllt"))
    q.add_argument("client_id")
    q.add_argument("-o", "--output", type=Path, required=True)
    q.add_argument("--agency", action="append", metavar="AGENCY_ID",
                   help=translate("CLI", "Stelle (mehrfach möglich); Vorgabe: die beteiligten Stellen"))
    q.add_argument("--language", metavar="CODE",
                   help=translate("CLI", "zweite Sprache neben Deutsch (en, ar, fa, uk, ru, tr; de = nur Deutsch); "
                                         "Vorgabe: die erste Sprache der Akte"))
    q.add_argument("--without-privacy-notice", action="store_true",
                   help=translate("CLI", "ohne die Datenschutzinformation nach Art. 13 DSGVO"))
    q.set_defaults(handler=cmd_consent_form)

    q = msub.add_parser("privacy-notice",
                        help=translate("CLI", "Datenschutzinformation nach Art. 13 DSGVO für eine Person"))
    q.add_argument("client_id")
    q.add_argument("-o", "--output", type=Path, required=True)
    q.add_argument("--language", metavar="CODE",
                   help=translate("CLI", "zweite Sprache neben Deutsch (de = nur Deutsch); Vorgabe: die erste "
                                         "Sprache der Akte"))
    q.set_defaults(handler=cmd_privacy_notice)

    q = msub.add_parser("handout",
                        help=translate("CLI", "Merkblatt für die Person: Anliegen, Stellen, Kontakte, Termine"))
    q.add_argument("client_id")
    q.add_argument("-o", "--output", type=Path, required=True)
    q.add_argument("--need", action="append", metavar="NEED_ID",
                   help=translate("CLI", "aufzuführendes Anliegen (mehrfach möglich); Vorgabe: alle offenen außer "
                                         "Gesundheit und Jugendhilfe"))
    q.add_argument("--language", metavar="CODE",
                   help=translate("CLI", "zweite Sprache neben Deutsch (de = nur Deutsch); Vorgabe: die erste "
                                         "Sprache der Akte"))
    q.set_defaults(handler=cmd_handout)

    q = msub.add_parser("list", help=translate("CLI", "Konferenzen auflisten (neueste zuerst)"))
    q.add_argument("--client", metavar="CLIENT_ID")
    q.add_argument("--status", choices=["draft", "final"])
    q.set_defaults(handler=cmd_list)

    q = msub.add_parser("actions", help=translate("CLI", "vereinbarte Aufgaben: fällige oder die einer Person"))
    q.add_argument("--client", metavar="CLIENT_ID")
    q.add_argument("--within", type=int, default=0, metavar="DAYS",
                   help=translate("CLI", "fällige Aufgaben: auch die der nächsten DAYS Tage"))
    q.set_defaults(handler=cmd_actions)

    q = msub.add_parser("organisation",
                        help=translate("CLI", "Organisation im Briefkopf anzeigen oder setzen (nur dieses Gerät)"))
    q.add_argument("name", nargs="?")
    q.add_argument("--reset", action="store_true")
    q.set_defaults(handler=cmd_organisation)


def _target(path: Path) -> Path:
    path = path.expanduser()
    if not path.parent.is_dir():
        raise BadInput(translate("CLI", "Der Ordner {dir} existiert nicht.").format(dir=path.parent))
    if path.is_dir():
        raise BadInput(translate("CLI", "{path} ist ein Ordner; bitte einen Dateinamen angeben.").format(path=path))
    return path


def _finish(ctx, rendered, path: Path, what: str, kind: str | None = None, people: int = 1) -> int:
    """Save the PDF; a document with personal data (``kind``) leaves one access-record entry."""
    from kimdesk.services.conferences_minutes.minutes_print import save

    save(rendered, path)
    if kind is not None:
        from kimdesk.services.clients_intake import access

        access.record_bulk(ctx.open_store(), kind, people)
    pages = (translate("CLI", "1 Seite") if rendered.pages == 1
             else translate("CLI", "{n} Seiten").format(n=rendered.pages))
    ctx.out(translate("CLI", "{what} gespeichert: {path} ({pages})").format(what=what, path=path, pages=pages))
    if rendered.notices:
        print(translate("CLI", "Hinweis: als Umschrift gedruckt (Schrift nicht darstellbar): {fields}").format(
            fields="; ".join(str(n) for n in rendered.notices)), file=sys.stderr)
    return ExitCode.OK


def cmd_pdf(ctx, args) -> int:
    from kimdesk.services.conferences_minutes import minutes_print

    if args.distribution is not None:
        if args.output is not None:
            raise BadInput(translate("CLI", "Bitte entweder -o oder --distribution angeben."))
        return _distribution(ctx, args)
    if args.output is None:
        raise BadInput(translate("CLI", "Bitte die Zieldatei mit -o angeben."))
    path = _target(args.output)
    store = ctx.open_store()
    if args.for_immigration_office:
        copy = minutes_print.immigration_office_copy(store, args.conference_id)
        rendered = minutes_print.render_copy(store, args.conference_id, copy)
        _explain(copy)
    elif args.recipient:
        copy = minutes_print.prepare_copy(store, args.conference_id, args.recipient)
        rendered = minutes_print.render_copy(store, args.conference_id, copy)
        _explain(copy)
    else:
        rendered = minutes_print.render_conference(store, args.conference_id)
    from kimdesk.services.conferences_minutes import conference_queries

    people = len(conference_queries.load(store, args.conference_id).persons)
    return _finish(ctx, rendered, path, translate("CLI", "Protokoll"), "minutes", people)


def _explain(copy) -> None:
    if copy.explanation:
        print(copy.explanation, file=sys.stderr)


def _distribution(ctx, args) -> int:
    """One PDF per participating office; offices without a covering release get none (said why)."""
    from kimdesk.services.conferences_minutes import conference_queries, minutes_print

    folder = args.distribution.expanduser()
    if not folder.is_dir():
        raise BadInput(translate("CLI", "Der Ordner {dir} existiert nicht.").format(dir=folder))
    store = ctx.open_store()
    copies = minutes_print.prepare_distribution(store, args.conference_id)
    if not copies:
        raise BadInput(translate("CLI", "An dieser Konferenz hat keine Stelle teilgenommen; kein Verteiler."))
    day = conference_queries.load(store, args.conference_id).date
    for n, copy in enumerate(copies, 1):
        if not copy.allowed:
            print(copy.refusal, file=sys.stderr)
            continue
        path = folder / minutes_print.copy_filename(day, n, copy.recipient)
        rendered = minutes_print.render_copy(store, args.conference_id, copy)
        _finish(ctx, rendered, path, translate("CLI", "Ausfertigung für {recipient}").format(recipient=copy.recipient),
                "minutes-copy", len(conference_queries.load(store, args.conference_id).persons))
        _explain(copy)
    return ExitCode.OK


def cmd_consent_form(ctx, args) -> int:
    from kimdesk.services.clients_intake import client_print

    path = _target(args.output)
    rendered = client_print.consent_form(ctx.open_store(), args.client_id, agency_ids=args.agency,
                                         language=args.language, with_privacy=not args.without_privacy_notice)
    return _finish(ctx, rendered, path, translate("CLI", "Schweigepflichtentbindung"), "consent-form")


def cmd_privacy_notice(ctx, args) -> int:
    from kimdesk.services.clients_intake import client_print

    path = _target(args.output)
    rendered = client_print.privacy_notice(ctx.open_store(), args.client_id, language=args.language)
    return _finish(ctx, rendered, path, translate("CLI", "Datenschutzinformation"))


def cmd_handout(ctx, args) -> int:
    from kimdesk.services.clients_intake import client_print

    path = _target(args.output)
    rendered = client_print.handout(ctx.open_store(), args.client_id, need_ids=args.need, language=args.language)
    return _finish(ctx, rendered, path, translate("CLI", "Merkblatt"), "handout")


def cmd_list(ctx, args) -> int:
    from kimdesk.services.conferences_minutes import conference_queries

    for c in conference_queries.list_conferences(ctx.open_store(), status=args.status, client_id=args.client):
        ctx.row([c.id, c.date.isoformat(), c.starts_at.strftime("%H:%M") if c.starts_at else "",
                           c.kind, c.status, ",".join(c.case_numbers), c.title])
    return ExitCode.OK


def cmd_actions(ctx, args) -> int:
    from kimdesk.services.conferences_minutes import conference_queries

    store = ctx.open_store()
    if args.client:
        rows = conference_queries.actions_for_client(store, args.client)
    else:
        rows = conference_queries.due_actions(store, within_days=args.within)
    for r in rows:
        ctx.row([r.id, r.due.isoformat() if r.due else "", r.status, r.who_agency, r.who, r.what,
                           r.conference_id, ",".join(r.case_numbers)])
    return ExitCode.OK


def cmd_organisation(ctx, args) -> int:
    from kimdesk.services.admin import print_settings

    store = ctx.open_store()
    if args.reset or args.name is not None:
        value = print_settings.set_organisation(store, None if args.reset else args.name)
    else:
        value = print_settings.organisation(store)
    ctx.out(value)
    return ExitCode.OK
