"""Locking: after an idle time or on request the key is forgotten and personal data hidden.

``LockController.lock`` asks the window for what is open (record tabs with their unsaved
edits, an intake in progress: kept in memory only, never written), lets the database worker
finish, then calls ``store.lock()``, which closes every connection and forgets the key.
The window shows only the lock screen. Unlocking (passphrase, or the OS keyring when it
holds the key) reopens the same store and the window restores what was open. The key
derivation (Argon2id, about a second on purpose) runs on the database worker through
``runner.op``; the lock screen shows that it is busy meanwhile.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimdesk.store.profile import Profile
from kimdesk.store.store import Store
from kimdesk.store.unlock import keyring_holds_key, unlock
from kimdesk.ui.widgets import message_label, show_message

log = logging.getLogger(__name__)
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin, QEvent.Type.InputMethod}


class IdleWatcher(QObject):
    """Notes the time of the last keyboard or mouse input anywhere in the application."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.last_input = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input

    def touch(self) -> None:
        self.last_input = time.monotonic()


class LockScreen(QWidget):
    """What the window shows while locked: no names, no numbers, only how to unlock."""

    unlock_requested = Signal(object)  # the passphrase, or None for the keyring

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lockScreen")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget(self)
        box.setMinimumWidth(440)
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        title = QLabel(self.tr("<h2>KIMdesk ist gesperrt</h2>"), box)
        self.explain = QLabel(self.tr("Die Daten sind verschlüsselt und der Schlüssel ist vergessen. "
                                      "Zum Weiterarbeiten die Passphrase des Profils eingeben."), box)
        self.explain.setWordWrap(True)
        self.hint = QLabel(box)
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        form = QFormLayout()
        self.passphrase = QLineEdit(box)
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.message = message_label(box)
        buttons = QHBoxLayout()
        self.keyring_button = QPushButton(self.tr("Mit dem Schlüsselbund des Systems entsperren"), box)
        self.unlock_button = QPushButton(self.tr("Entsperren"), box)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.keyring_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        for w in (title, self.explain, self.hint):
            inner.addWidget(w)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.keyring_button.clicked.connect(lambda: self.unlock_requested.emit(None))

    def prepare(self, *, keyring: bool, hint: str = "") -> None:
        self.passphrase.clear()
        show_message(self.message, "")
        self.keyring_button.setVisible(keyring)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """While the key is derived: no second attempt, and a word that something happens."""
        for w in (self.passphrase, self.unlock_button, self.keyring_button):
            w.setEnabled(not busy)
        show_message(self.message, self.tr("Entsperren …") if busy else None)

    def failed(self, text: str) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        show_message(self.message, text)


class LockController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: Any, store: Store, profile: Profile | None, *, minutes: int = 5,
                 hint: str = "", parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.store = store
        self.profile = profile
        self.hint = hint
        self.is_locked = False
        self._unlocking = False
        self._state: Any = None
        self.watcher = IdleWatcher(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.watcher)
        self.timeout_seconds = minutes * 60.0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._check)
        self.timer.start()
        window.lock_screen.unlock_requested.connect(self.unlock)

    def set_timeout(self, *, minutes: float | None = None, seconds: float | None = None) -> None:
        self.timeout_seconds = seconds if seconds is not None else float(minutes or 5) * 60.0
        self.timer.setInterval(max(50, min(1000, int(self.timeout_seconds * 250))))
        self.watcher.touch()

    def _check(self) -> None:
        if not self.is_locked and self.profile is not None and self.watcher.idle_seconds() >= self.timeout_seconds:
            self.lock()

    # how long a lock waits for a running job to heed its cancel flag before cutting it off
    wait_seconds = 10.0

    def _take_back_connections(self) -> None:
        """Cancel running jobs; one that keeps its connection (and with it the key) past the
        wait has its statement interrupted, so it ends with an error and lets go."""
        worker = getattr(self.window, "worker", None)
        if worker is None:
            return
        worker.cancel_all()
        if worker.wait_idle(self.wait_seconds):
            return
        self.store.interrupt()
        if not worker.wait_idle(self.wait_seconds):
            log.warning("lock: a background job still runs after its statement was interrupted")

    def lock(self) -> None:
        if self.is_locked or self.profile is None:
            return
        self._take_back_connections()
        self._state = self.window.prepare_lock()
        self.store.lock()
        self.is_locked = True
        self.window.lock_screen.prepare(keyring=keyring_holds_key(self.profile), hint=self.hint)
        self.window.show_locked(True)
        self.locked.emit()

    def unlock(self, passphrase: str | None) -> bool:
        """Derive the key and reopen the store on the worker; ``unlocked`` follows on success.

        Returns whether the window is unlocked when the call returns (at once with a synchronous
        worker; otherwise ``unlocked`` tells).
        """
        if not self.is_locked:
            return True
        if self._unlocking:
            return False
        screen = self.window.lock_screen
        if passphrase is not None and not passphrase:
            screen.failed(self.tr("Bitte die Passphrase eingeben."))
            return False
        from kimdesk.ui.runner import op

        store, profile = self.store, self.profile
        self._unlocking = True
        screen.set_busy(True)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def settle() -> None:
            self._unlocking = False
            QApplication.restoreOverrideCursor()
            screen.set_busy(False)

        def failed(text: str) -> None:
            settle()
            screen.failed(self.tr("Entsperren fehlgeschlagen: {error}").format(error=text))

        def opened(_result: object) -> None:
            settle()
            self._opened()

        op(screen, lambda: unlock(store, profile, passphrase), on_done=opened, on_error=failed, label="unlock")
        return not self.is_locked

    def _opened(self) -> None:
        self.window.lock_screen.passphrase.clear()  # the typed passphrase does not wait for the next lock
        self.is_locked = False
        self.watcher.touch()
        self.window.show_locked(False)
        self.window.after_unlock(self._state)
        self._state = None
        self.unlocked.emit()
