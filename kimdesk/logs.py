"""The log file: ids and actions only, rotated; set up by the command line and the app alike.

Its own module on the ground floor, so that a command (``kimdesk profile …``) can re-point it
without importing the command line that imports the commands.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def setup_logging(data_dir: Path | None) -> None:
    """File log with ids and actions only; personal values never reach a log call."""
    from kimdesk.paths import log_dir, make_private_dir

    root = logging.getLogger("kimdesk")
    if any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return
    if data_dir is not None and not data_dir.is_dir():
        return  # never create a data dir as a side effect; ``init`` calls this again
    try:
        folder = make_private_dir(log_dir(data_dir))
        # rotated at 1 MB, three old files kept: the log holds ids and actions, never personal data
        handler = logging.handlers.RotatingFileHandler(folder / "kimdesk.log", maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
