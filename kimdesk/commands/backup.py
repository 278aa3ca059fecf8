"""``kimdesk backup create|list|restore FILE|auto``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kimdesk.errors import BadInput, ExitCode
from kimdesk.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=translate("CLI", "verschlüsselte Sicherungen"))
    p.add_argument("action", choices=["create", "list", "restore", "auto"])
    p.add_argument("file", nargs="?", type=Path, help=translate("CLI", "Sicherungsdatei (für restore)"))
    p.set_defaults(handler=cmd_backup)


def cmd_backup(ctx, args) -> int:
    from kimdesk.services.admin import backup

    if args.action == "list":
        ctx.open_store()  # the listing is for someone who can open the profile
        for b in backup.list_backups(ctx.profile.db_path):
            ctx.out(f"{b.path}\t{b.created:%Y-%m-%d %H:%M}\t{b.size}")
        return ExitCode.OK
    if args.action == "restore":
        if args.file is None:
            raise BadInput(translate("CLI", "Welche Sicherung? kimdesk backup restore DATEI"))
        from kimdesk.store.keyfile import KeyFile
        from kimdesk.store.profile import keyring_name
        from kimdesk.store import secrets

        keyfile = KeyFile.load(ctx.profile.key_path)
        passphrase = ctx.passphrase_from_env()
        if passphrase is not None:
            key = keyfile.unwrap(passphrase)
        else:
            hexkey = secrets.get(keyring_name(keyfile.profile_id))
            entered = None if hexkey else ctx.prompt()
            if hexkey is None and entered is None:
                raise BadInput(translate("CLI", "Passphrase fehlt: KIMDESK_PASSPHRASE setzen oder interaktiv eingeben."))
            key = bytes.fromhex(hexkey) if hexkey else keyfile.unwrap(entered)
        kept = backup.restore(ctx.profile, args.file, key)
        ctx.out(translate("CLI", "Sicherung wiederhergestellt; die vorherige Datenbank liegt mit allen gespeicherten Änderungen "
                                 "unter {path}.").format(
            path=kept))
        return ExitCode.OK
    store = ctx.open_store()
    made = backup.create(store) if args.action == "create" else backup.create_if_due(store)
    if made is None:
        ctx.out(translate("CLI", "Keine Sicherung fällig."))
    else:
        ctx.out(translate("CLI", "Sicherung angelegt: {path}").format(path=made.path))
    return ExitCode.OK
