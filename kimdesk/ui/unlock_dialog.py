"""The unlock dialog: the profile's passphrase when the keyring does not hold its key.

Its own lean module (Qt and the ground floor only; ``kimdesk.ui.start`` re-exports it), so the
desktop start can show it before the database layer is imported: with no key at hand
``kimdesk.ui.app`` puts it on screen first and loads SQLAlchemy, the models and the store behind
it on a thread; the passphrase then opens the profile off the UI thread (``run``). Whether a secure
keyring exists (to offer "remember the key") is asked on a thread too once the dialog is on screen
(``secure_keyring``): the question loads keyring and may wait on the system's secret service, so
the checkbox stays off until the answer arrives.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from shiboken6 import isValid

from kimdesk.ui.message_line import message_label, show_message
from kimdesk.ui.own_thread import on_a_thread

if TYPE_CHECKING:
    from kimdesk.store.profile import Profile
    from kimdesk.store.store import Store

# (fn, on_done(result), on_error(text)): runs fn off the UI thread, answers on it
Run = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[str], None]], None]


def open_with_passphrase(profile: Profile, passphrase: str, remember: bool) -> Store:
    """Derive the key (Argon2id, about a second), open the profile, and keep the key in the keyring
    when asked to."""
    from kimdesk.store.profile import open_profile, remember_key

    store = open_profile(profile, passphrase=passphrase, use_keyring=False)
    if remember:
        try:
            remember_key(profile, passphrase)
        except BaseException:
            store.close()
            raise
    return store


def secure_keyring() -> bool:
    """Whether a secure keyring exists, asked off the UI thread: the question imports keyring and
    may wait on the system's secret service."""
    from kimdesk.store import secrets

    return secrets.backend() is not None


def keyring_problem() -> str | None:
    """Why the keyring did not give the key (e.g. Windows error 1312), if it was asked at all: only
    read when its module is loaded, so the dialog does not load keyring for it."""
    secrets = sys.modules.get("kimdesk.store.secrets")
    return secrets.last_problem() if secrets is not None else None


class UnlockDialog(QDialog):
    """Ask for the passphrase when the keyring does not hold the key; a wrong one can be retried.

    ``opener(passphrase, remember)`` opens the store (default: ``open_with_passphrase`` on
    ``profile``); ``run`` carries it off the UI thread (default: the runner's ``op``).
    ``keyring_known(secure)`` says when the keyring's answer has arrived."""

    keyring_known = Signal(bool)

    def __init__(self, profile: Any, parent=None, *, reason: str = "",
                 opener: Callable[[str, bool], Store] | None = None, run: Run | None = None):
        super().__init__(parent)
        self.profile = profile
        self.store: Store | None = None
        self._opener = opener or (lambda text, remember: open_with_passphrase(profile, text, remember))
        self._run = run
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("KIMdesk entsperren"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Bitte die Passphrase des Profils „{name}“ eingeben.").format(name=profile.name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("startPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("Schlüssel im Schlüsselbund des Systems merken"), self)
        self.remember.setEnabled(False)  # until the keyring has answered (``keyring_answered``)
        layout.addWidget(self.remember)
        self.message = message_label(self)
        layout.addWidget(self.message)
        if reason:
            show_message(self.message, reason)
        elif keyring_problem():  # why the keyring did not open it, and what to do (e.g. Windows error 1312)
            show_message(self.message, keyring_problem())
        # built, then given its buttons: the (buttons, parent) constructor's overloads make PySide6 build the
        # Qt namespace (~20 ms, see ``message_line``) before the dialog is on screen
        buttons = QDialogButtonBox(parent=self)
        buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Entsperren"))
        self.busy = False
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.keyring_answer: bool | None = None  # whether a secure keyring exists, once it has answered
        self._keyring_asked = False
        self.keyring_thread: Any = None  # asking the keyring, once the dialog is on screen

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Once on screen: the keyring is asked on a thread (not before, so its loading waits for the paint)."""
        super().showEvent(event)
        if not self._keyring_asked:
            self._keyring_asked = True
            QTimer.singleShot(0, self._ask_keyring)

    def _ask_keyring(self) -> None:
        if isValid(self):
            self.keyring_thread = on_a_thread(secure_keyring, self.keyring_answered,
                                              lambda _text: self.keyring_answered(False), owner=self)

    def keyring_answered(self, secure: bool) -> None:
        """The keyring's answer, on the UI thread: "remember the key" is offered only with a secure one."""
        if not isValid(self):  # closed before the keyring answered
            return
        self.keyring_answer = secure
        self.remember.setEnabled(secure)
        if not secure:
            self.remember.setChecked(False)
        self.keyring_known.emit(secure)

    def unlock(self) -> None:
        """Derive the key (Argon2id, about a second) and open the profile off the UI thread; the
        dialog waits meanwhile (no window and its worker exist yet: the runner's default worker,
        or a thread of its own before the store layer is loaded)."""
        text = self.passphrase.text()
        if not text:
            show_message(self.message, self.tr("Bitte die Passphrase eingeben."))
            return
        if self.busy:
            return
        remember, opener = self.remember.isChecked(), self._opener

        def opened(store: Store) -> None:
            self._set_busy(False)
            self.store = store
            self.accept()

        def failed(message: str) -> None:
            self._set_busy(False)
            show_message(self.message, message)
            self.passphrase.selectAll()
            self.passphrase.setFocus()

        self._set_busy(True)
        if self._run is not None:
            self._run(lambda: opener(text, remember), opened, failed)
        else:
            from kimdesk.ui.runner import op

            op(self, lambda: opener(text, remember), on_done=opened, on_error=failed, label="unlock")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.passphrase.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        if busy:
            from PySide6.QtCore import Qt

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            show_message(self.message, self.tr("Entsperren …"))
        else:
            QApplication.restoreOverrideCursor()
            show_message(self.message, None)
