"""The command line: ``kimdesk [--data-dir DIR] [--profile NAME] COMMAND``.

Exit codes (stable, see DESIGN.md): 0 done, 1 failure, 2 bad input (nothing written),
3 sync target unreachable (nothing changed), 130 interrupted. Every command calls the same
services as the desktop app; nothing here imports widgets. Expected failures print one
line on stderr; anything else is a bug, reported as such and logged without personal data.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kimdesk import __version__
from kimdesk.errors import ExitCode, KimdeskError
from kimdesk.i18n import language_from_environment, set_language, translate
from kimdesk.logs import setup_logging

Handler = Callable[["Context", argparse.Namespace], int | None]
log = logging.getLogger("kimdesk")

# modules under kimdesk.commands, each with ``register(subparsers)``
COMMAND_MODULES = ["profile", "data", "backup", "sync", "clients", "minutes", "cycle", "report", "gui"]


class Context:
    """What a command runs with: the data dir, the profile, the output stream, the store once opened. A plain
    class: a dataclass is compiled from source at import, about half a millisecond before the desktop's
    first paint (``tests/test_first_page.py``)."""

    def __init__(self, data_dir: Path, profile_name: str, explicit_data_dir: bool, stdout: Any = None,
                 _store: Any = None):
        self.data_dir = data_dir
        self.profile_name = profile_name
        self.explicit_data_dir = explicit_data_dir
        self.stdout = sys.stdout if stdout is None else stdout
        self._store = _store

    @property
    def profile(self):
        from kimdesk.store.profile import Profile

        return Profile(self.data_dir, self.profile_name)

    def passphrase_from_env(self) -> str | None:
        value = os.environ.get("KIMDESK_PASSPHRASE")
        return value if value else None

    def prompt(self, label: str | None = None) -> str | None:
        if not sys.stdin.isatty():
            return None
        import getpass

        try:
            return getpass.getpass((label or translate("CLI", "Passphrase")) + ": ")
        except (EOFError, KeyboardInterrupt):
            return None

    def open_store(self):
        """Open the profile: KIMDESK_PASSPHRASE, else the keyring, else a prompt."""
        from kimdesk.store.profile import open_profile

        if self._store is None:
            self._store = open_profile(self.profile, passphrase=self.passphrase_from_env(), prompt=self.prompt,
                                       notice=self.note)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def note(self, line: str) -> None:
        """One line for the person on stderr (not part of the output a script reads)."""
        print(f"kimdesk: {line}", file=sys.stderr)

    def out(self, line: str = "") -> None:
        from kimdesk.commands import terminal

        print(terminal.line(line), file=self.stdout)

    def row(self, cells: Any) -> None:
        """One tab-separated line; each cell escaped so data never controls the terminal."""
        from kimdesk.commands import terminal

        print("\t".join(terminal.cell(c) for c in cells), file=self.stdout)

    def out_json(self, value: Any) -> None:
        from kimdesk.commands import terminal

        self.stdout.write(terminal.json_text(json.dumps(value, ensure_ascii=False, indent=1, default=str)))
        self.stdout.write("\n")


def _utf8_streams() -> None:
    """UTF-8 on stdout/stderr whatever the console code page (Windows pipes default to cp1252,
    which cannot write a Cyrillic or Arabic name). Unencodable data is escaped, never fatal."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if reconfigure is not None and encoding != "utf8":
            try:
                reconfigure(encoding="utf-8", errors="backslashreplace")
            except (ValueError, OSError):
                pass


def build_parser(commands: list[str] | None = None) -> argparse.ArgumentParser:
    from importlib import import_module

    parser = argparse.ArgumentParser(prog="kimdesk", description=translate("CLI", "KIMdesk – Kommunales Integrationsmanagement"))
    parser.add_argument("--version", action="version", version=f"KIMdesk {__version__}")
    parser.add_argument("--data-dir", type=Path, help=translate("CLI", "Datenordner (Vorgabe: Benutzerdatenordner)"))
    parser.add_argument("--profile", default="default", help=translate("CLI", "Profilname (Vorgabe: default)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in commands or COMMAND_MODULES:
        import_module(f"kimdesk.commands.{name}").register(sub)
    return parser



def _desktop_only(argv: list[str]) -> bool:
    """True when ``argv`` starts the desktop app (``gui`` or no command): only its own command is
    registered then, since the others import the database layer at once (their choices), which the
    app's first paint must not wait for (``kimdesk.ui.app``)."""
    it = iter(argv)
    for arg in it:
        if arg in ("--data-dir", "--profile"):
            next(it, None)
        elif not arg.startswith(("--data-dir=", "--profile=")):
            return arg == "gui"  # --help, --version, another command: the whole parser
    return True


# the desktop app's own flags (``commands.gui``) that ``plain_gui`` reads; any other spelling goes to argparse
GUI_FLAGS = {"--demo": "demo", "--exit-when-shown": "exit_when_shown", "--exit-when-asked": "exit_when_asked"}


def plain_gui(argv: list[str]) -> argparse.Namespace | None:
    """The namespace argparse would give for a plain start of the desktop app – ``[--data-dir DIR]
    [--profile NAME] [gui [--demo] [--exit-when-shown] [--exit-when-asked]]``, each option spelled out
    once, as the start menu, the windowed program (``windowed.gui_argv``) and the benchmarks call it –
    without building the parser (about 5 ms before the first paint: argparse looks up its messages'
    translations as it builds). Anything else (an abbreviation, ``--help``, a value that starts with
    ``-``, another command) gives None: argparse reads it and explains."""
    values: dict[str, Any] = {"data_dir": None, "profile": "default"}
    flags: dict[str, bool] = dict.fromkeys(GUI_FLAGS.values(), False)
    seen: set[str] = set()
    it = iter(argv)
    command = False
    for arg in it:
        name, eq, inline = arg.partition("=")
        if not command and name in ("--data-dir", "--profile"):
            value = inline if eq else next(it, None)
            if value is None or name in seen or (not eq and value.startswith("-")) or not value:
                return None
            seen.add(name)
            values[name[2:].replace("-", "_")] = Path(value) if name == "--data-dir" else value
        elif not command and arg == "gui":
            command = True
        elif command and arg in GUI_FLAGS and arg not in seen:
            seen.add(arg)
            flags[GUI_FLAGS[arg]] = True
        else:
            return None
    if argv and not command:
        return None  # options without the command: argparse's reading, as before
    from kimdesk.commands.gui import cmd_gui

    return argparse.Namespace(**values, command="gui", **flags, demo_clients=300, handler=cmd_gui)


def describe_os_error(exc: OSError) -> str:
    """One German line for a failure of the file system a person can act on."""
    import errno

    where = exc.filename if exc.filename is not None else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("CLI", "Der Datenträger ist voll ({path}); es wurde nichts gespeichert.").format(path=where)
    if exc.errno == errno.EFBIG:
        return translate("CLI", "Die Datei wird für den Datenträger zu groß ({path}); es wurde nichts gespeichert.").format(
            path=where)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("CLI", "Keine Berechtigung für {path}; es wurde nichts geändert.").format(path=where)
    if exc.errno == errno.EISDIR:
        return translate("CLI", "{path} ist ein Ordner; bitte einen Dateinamen angeben.").format(path=where)
    if exc.errno == errno.ENOENT:
        return translate("CLI", "{path} gibt es nicht.").format(path=where)
    if exc.errno == errno.EROFS:
        return translate("CLI", "{path} liegt auf einem schreibgeschützten Datenträger.").format(path=where)
    return translate("CLI", "Dateifehler bei {path}: {err}").format(path=where, err=exc.strerror or type(exc).__name__)


def _known_database_error(exc: BaseException) -> KimdeskError | None:
    """A database failure with a known cause (locked, full, damaged) as the user error it is."""
    from kimdesk.store.engine import explain

    return explain(exc) if type(exc).__module__.startswith(("sqlalchemy", "sqlcipher3", "sqlite3")) else None


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # everything we create is private to the user
    _utf8_streams()
    set_language(language_from_environment())
    secrets = sys.modules.get("kimdesk.store.secrets")  # imported on first use: the desktop start loads
    if secrets is not None:  # the keyring beside the window (kimdesk.ui.app)
        secrets.forget_problem()  # an earlier in-process run's keyring failure is not this run's
    from kimdesk import wiring

    wiring.install()
    given = sys.argv[1:] if argv is None else argv
    args = plain_gui(given)
    if args is None:
        parser = build_parser(["gui"] if _desktop_only(given) else None)
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args(["gui", *(argv or [])])
    if args.command != "gui":  # the desktop's collector takes over from the entry's pause (store.gc_pause)
        from kimdesk.store.gc_pause import end_start_pause

        end_start_pause()
    from kimdesk.paths import default_data_dir

    data_dir = (args.data_dir.expanduser().absolute() if args.data_dir else default_data_dir())
    ctx = Context(data_dir, args.profile, args.data_dir is not None)
    handler: Handler = args.handler
    try:
        from kimdesk.store.profile_name import check_profile_name

        check_profile_name(args.profile, data_dir)
        setup_logging(data_dir if args.data_dir else None, rotate_later=args.command == "gui")
        log.info("command %s", args.command)
        code = handler(ctx, args)
        return int(code or ExitCode.OK)
    except KimdeskError as exc:
        print(f"kimdesk: {exc}", file=sys.stderr)
        log.info("command %s ended: %s", args.command, type(exc).__name__)
        return int(exc.exit_code)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            return int(ExitCode.OK)
        print(f"kimdesk: {describe_os_error(exc)}", file=sys.stderr)
        log.info("command %s ended: %s errno %s", args.command, type(exc).__name__, exc.errno)
        return int(ExitCode.BAD_INPUT)
    except KeyboardInterrupt:
        print(translate("CLI", "kimdesk: abgebrochen"), file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return int(ExitCode.OK)
    except Exception as exc:  # noqa: BLE001 - a bug: say so, log the type and place only
        known = _known_database_error(exc)
        if known is not None:
            print(f"kimdesk: {known}", file=sys.stderr)
            log.info("command %s ended: %s", args.command, type(exc).__name__)
            return int(known.exit_code)
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"
        log.error("internal error %s at %s", type(exc).__name__, where)
        print(translate("CLI", "kimdesk: interner Fehler ({kind}); Details im Protokoll.").format(kind=type(exc).__name__),
              file=sys.stderr)
        if os.environ.get("KIMDESK_DEBUG"):
            raise
        return int(ExitCode.FAILURE)
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
