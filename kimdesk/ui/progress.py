"""Progress and cancel for long jobs: a dialog that appears only when the job takes a while.

The dialog is fed by a timer that reads the ``Job``'s counters (Anki's progress manager
polls the same way), so the background function never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from kimdesk.i18n import translate
from kimdesk.ui.worker import DbWorker, Job


def run_with_progress(parent: QWidget, worker: DbWorker, fn: Callable[[Job], Any], *, label: str,
                      on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
                      cancellable: bool = True) -> Job:
    dialog = QProgressDialog(label, translate("Progress", "Abbrechen") if cancellable else None, 0, 0, parent)
    dialog.setWindowTitle("KIMdesk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    timer = QTimer(dialog)
    timer.setInterval(100)

    def finish() -> None:
        timer.stop()
        dialog.close()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_error is not None:
            on_error(exc)
        else:
            from kimdesk.ui.messages import show_error

            show_error(parent, exc)

    job = worker.submit(fn, done, failed, label=label, on_cancelled=finish)
    if job.finished:  # a synchronous worker already ran it
        return job

    def poll() -> None:
        if job.total:
            dialog.setMaximum(job.total)
            dialog.setValue(min(job.done, job.total))

    timer.timeout.connect(poll)
    dialog.canceled.connect(job.cancel)
    timer.start()
    return job
