"""The last resort for a bug in the desktop app: log where it happened, tell the person, go on.

Without a console (the windowed ``kimdesk.exe``) an exception in a slot would otherwise vanish,
or — printed to a console a user closed — take the app and the unsaved input with it. The hook
logs the exception's type and place only (never its message or locals: they may hold personal
data), shows one message that names the log file, and hands the exception on to the hook that
was there before (Python's own, or pytest-qt's in the tests), so nothing is swallowed.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

log = logging.getLogger("kimdesk")
_previous = None
_shown: list = []


def where(tb: TracebackType | None) -> str:
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb is not None else "?"


def report(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log.error("internal error %s at %s", kind.__name__, where(tb))
    _show(kind.__name__)
    previous = _previous or sys.__excepthook__
    if sys.stderr is not None or previous is not sys.__excepthook__:
        previous(kind, exc, tb)


def _show(kind: str) -> None:
    from PySide6.QtCore import QCoreApplication, QThread
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return  # a worker thread: its op reports the failure; widgets only on the UI thread
    box = QMessageBox(QMessageBox.Icon.Critical, "KIMdesk", QCoreApplication.translate(
        "Crash", "Ein unerwarteter Fehler ist aufgetreten ({kind}). Ihre Eingaben in offenen Fenstern sind "
                 "noch da: bitte speichern und KIMdesk neu starten. Einzelheiten stehen im Protokoll "
                 "(Hilfe → Über KIMdesk).").format(kind=kind), parent=app.activeWindow())
    box.setObjectName("crashMessage")
    _shown.append(box)  # without a parent nothing else keeps the box alive
    box.finished.connect(lambda _result: _shown.remove(box))
    box.open()


def install() -> None:
    """Route uncaught exceptions of the UI thread and of plain threads through ``report``."""
    global _previous
    if sys.excepthook is report:
        return
    _previous = sys.excepthook
    sys.excepthook = report
    previous_thread_hook = threading.excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error("internal error %s in thread at %s", args.exc_type.__name__, where(args.exc_traceback))
        if sys.stderr is not None:
            previous_thread_hook(args)

    threading.excepthook = thread_hook
