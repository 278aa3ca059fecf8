"""The log file: the desktop start writes plainly first and gets its rotation behind the window."""

from __future__ import annotations

import json
import logging
import logging.handlers
import subprocess
import sys

from kimdesk import logs
from tests.conftest import ROOT


def _ours(root: logging.Logger, before: list[logging.Handler]) -> list[logging.Handler]:
    return [h for h in root.handlers if h not in before]


def test_rotate_later_swaps_in_the_rotating_handler_on_the_same_file(data_dir):
    data_dir.mkdir()
    root = logging.getLogger("kimdesk")
    before = list(root.handlers)
    logs.setup_logging(data_dir, rotate_later=True)
    try:
        first = _ours(root, before)
        assert [type(h) for h in first] == [logging.FileHandler]
        logging.getLogger("kimdesk.test").info("before the swap")
        logs.rotate()
        now = _ours(root, before)
        assert [type(h) for h in now] == [logging.handlers.RotatingFileHandler]
        assert now[0].baseFilename == first[0].baseFilename and now[0].maxBytes == logs.MAX_BYTES
        assert now[0].backupCount == logs.BACKUPS and now[0].formatter is first[0].formatter
        logging.getLogger("kimdesk.test").info("after the swap")
        now[0].flush()
        text = (data_dir / "logs" / logs.LOG_NAME).read_text(encoding="utf-8")
        assert "before the swap" in text and "after the swap" in text
        logs.setup_logging(data_dir, rotate_later=True)  # set up already: nothing added
        logs.rotate()  # nothing left to swap
        assert _ours(root, before) == now
    finally:
        for handler in _ours(root, before):
            root.removeHandler(handler)
            handler.close()


def test_the_desktop_start_imports_no_log_rotation_before_its_first_paint():
    """What the first paint imports: not logging.handlers, platformdirs (--data-dir given), the XML
    parser for catalogues (German), tempfile/shutil (the demo), getpass (the terminal prompt)."""
    script = ("import json, sys\nfrom kimdesk import cli, logs, i18n, paths\nfrom kimdesk.store import keyfile\n"
              "import kimdesk.ui.app\n"
              "print(json.dumps(sorted(m for m in ('logging.handlers', 'platformdirs', 'xml.etree.ElementTree',"
              " 'tempfile', 'getpass') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []
