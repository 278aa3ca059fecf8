"""``on_a_thread``: one slow call on a thread of its own, its answer on the UI thread.

For the few calls that cannot go to the runner: before it exists (the unlock dialog; its module
imports the store layer) or when they may block on the network for many seconds (the first-run
share check). The thread never emits on an object a window owns: a page can be deleted while the
thread is inside ``emit``, and Qt does not survive that (a segfault, once in a CI run). It
emits on a parentless answer object kept here until it has answered; on the UI thread the answer
is dropped when its ``owner`` has been deleted meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid


class _Answer(QObject):
    arrived = Signal(object, object)  # callback, value


_answers: set[_Answer] = set()  # kept alive until they have answered


def on_a_thread(fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None], *,
                owner: QObject | None = None, name: str = "kimdesk-unlock") -> threading.Thread:
    """``fn()`` on a new daemon thread (named for the unlock dialog unless ``name``); ``on_done(result)``
    or ``on_error(one line)`` then runs on the UI thread, unless ``owner`` was deleted before. Call it
    on the UI thread. Returns the thread."""
    from PySide6.QtCore import Qt  # here: the unlock dialog is shown before the Qt namespace is built

    answer = _Answer()
    _answers.add(answer)

    def deliver(callback: Callable[[Any], None], value: Any) -> None:
        _answers.discard(answer)
        if owner is not None and not isValid(owner):
            return  # its window was closed while the call ran: nobody waits any more
        callback(value)

    answer.arrived.connect(deliver, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001 - shown where the caller shows lines
            from kimdesk.ui.messages import describe

            answer.arrived.emit(on_error, describe(exc))
            return
        answer.arrived.emit(on_done, result)

    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    return thread
