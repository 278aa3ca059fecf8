"""Entry of the windowed ``kimdesk.exe``: the desktop app without a console window.

Windows starts a windowed program with no console: ``sys.stdin``, ``sys.stdout`` and
``sys.stderr`` are ``None``, and anything that prints would crash. They are pointed at the null
device here (the log file keeps what matters), then the same ``kimdesk.cli.main`` runs. A
command-line call belongs to the console program ``kimdesk-cli.exe`` beside it; given one, the
windowed program still opens the app, with the options that apply to it.
"""

from __future__ import annotations

import os
import sys

def gui_argv(argv: list[str]) -> list[str]:
    """Keep ``--data-dir``/``--profile`` (with their values) and the app's flags; always start the app."""
    kept: list[str] = []
    rest: list[str] = []
    it = iter(argv)
    for arg in it:
        name = arg.split("=", 1)[0]
        if name in ("--data-dir", "--profile"):
            kept.append(arg)
            if "=" not in arg:
                kept.append(next(it, ""))
        elif name in ("--demo", "--exit-when-shown"):
            rest.append(arg)
    return [*kept, "gui", *rest]


def main() -> int:
    for name in ("stdin", "stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "r" if name == "stdin" else "w", encoding="utf-8"))
    from kimdesk.cli import main as cli_main

    return cli_main(gui_argv(sys.argv[1:]))


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the bundle started as a child process (snapshot_db.QuickCheck)
        import multiprocessing  # runs its task here and ends; imported only then (start-up time)

        multiprocessing.freeze_support()
    from kimdesk.store import gc_pause

    gc_pause.pause_start()  # no collections on the way to the window (store.gc_pause)
    raise SystemExit(main())
