"""The log file: ids and actions only, rotated; set up by the command line and the app alike.

Its own module on the ground floor, so that a command (``kimdesk profile …``) can re-point it
without importing the command line that imports the commands.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "kimdesk.log"
MAX_BYTES = 1_000_000  # rotated at 1 MB, three old files kept
BACKUPS = 3


def setup_logging(data_dir: Path | None, *, rotate_later: bool = False) -> None:
    """File log with ids and actions only; personal values never reach a log call.

    ``rotate_later``: the desktop start writes through a plain file handler at first and swaps in the
    rotating one (``rotate``) behind its first paint: ``logging.handlers`` imports sockets, pickle
    and queues, which the window does not need to appear."""
    from kimdesk.paths import log_dir, make_private_dir

    root = logging.getLogger("kimdesk")
    if any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return
    if data_dir is not None and not data_dir.is_dir():
        return  # never create a data dir as a side effect; ``init`` calls this again
    try:
        folder = make_private_dir(log_dir(data_dir))
        # the log holds ids and actions, never personal data
        handler = (logging.FileHandler(folder / LOG_NAME, encoding="utf-8") if rotate_later
                   else _rotating(folder / LOG_NAME))
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _rotating(path: Path) -> logging.FileHandler:
    import logging.handlers

    return logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")


def rotate() -> None:
    """Swap the plain file handler of ``setup_logging(rotate_later=True)`` for the rotating one."""
    root = logging.getLogger("kimdesk")
    for plain in [h for h in root.handlers if type(h) is logging.FileHandler]:
        try:
            rotating = _rotating(Path(plain.baseFilename))
        except OSError:
            continue  # the plain handler keeps writing
        rotating.setFormatter(plain.formatter)
        root.addHandler(rotating)
        root.removeHandler(plain)
        plain.close()
