"""The status bar's "Rückgängig" for quick actions (task done, participant removed), mail-client style.

A quick action happens at once, without a question; for a while afterwards the status bar
names it and offers to take it back (``edits.undo`` on the worker). The offer goes away after
``SECONDS`` or when the next action replaces it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kimdesk.services.clients_intake import edits
from kimdesk.store.store import Store
from kimdesk.ui.messages import show_error
from kimdesk.ui.worker import DbWorker

SECONDS = 30


class UndoBar(QWidget):
    undone = Signal()

    def __init__(self, store: Store, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.store, self.worker = store, worker
        self.edit: edits.Edit | None = None
        self.undo_fn: Callable[[], object] | None = None
        self.after: Callable[[], None] | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("undoText")
        self.button = QPushButton(self.tr("Rückgängig"), self)
        self.button.setObjectName("undoLast")
        self.button.setFlat(True)
        self.button.setStyleSheet("QPushButton { color: #1e5a96; text-decoration: underline; padding: 0 6px; }")
        self.button.clicked.connect(self.undo)
        row.addWidget(self.label)
        row.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)
        self.setVisible(False)

    def offer(self, text: str, edit: edits.Edit | None = None, undo_fn: Callable[[], object] | None = None,
              after: Callable[[], None] | None = None) -> None:
        """Show ``text`` with a "Rückgängig" button: it undoes ``edit`` (or calls ``undo_fn`` on the worker);
        ``after`` runs on the UI thread once it is undone (to show the page again)."""
        self.edit, self.undo_fn, self.after = edit, undo_fn, after
        self.label.setText(text)
        self.setVisible(True)
        self.timer.start(SECONDS * 1000)

    def clear(self) -> None:
        self.edit = self.undo_fn = self.after = None
        self.timer.stop()
        self.setVisible(False)

    def pending(self) -> bool:
        return self.edit is not None or self.undo_fn is not None

    def undo(self) -> None:
        edit, fn, after, store = self.edit, self.undo_fn, self.after, self.store
        if edit is None and fn is None:
            return
        self.clear()
        job = (lambda _job: edits.undo(store, edit)) if edit is not None else (lambda _job: fn())

        def done(_result) -> None:
            if after is not None:
                after()
            self.undone.emit()

        self.worker.submit(job, done, lambda exc: show_error(self, exc), label="undo")
