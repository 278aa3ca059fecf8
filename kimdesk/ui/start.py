"""The first-run dialog (create the profile) and the unlock dialog (passphrase at start)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from kimdesk.errors import KimdeskError
from kimdesk.store import secrets
from kimdesk.store.keyfile import MIN_PASSPHRASE
from kimdesk.store.profile import Profile, init_profile, open_profile, remember_key
from kimdesk.store.store import Store
from kimdesk.ui.widgets import message_label, show_message


def _busy(fn):
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn()
    finally:
        QApplication.restoreOverrideCursor()


class FirstRunDialog(QDialog):
    """Create the encrypted profile: passphrase twice, optionally remember the key."""

    def __init__(self, profile: Profile, parent=None):
        super().__init__(parent)
        self.profile = profile
        self.store: Store | None = None
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("KIMdesk einrichten"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<h3>Willkommen bei KIMdesk</h3>"
            "<p>Alle Daten werden verschlüsselt auf diesem Gerät gespeichert. Zum Öffnen braucht es eine "
            "Passphrase. Wählen Sie eine lange, gut merkbare Passphrase (mindestens {n} Zeichen, besser ein "
            "ganzer Satz). <b>Ohne sie lassen sich die Daten nicht wiederherstellen.</b></p>").format(
            n=MIN_PASSPHRASE), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Profil:"), QLabel(f"{profile.name} ({profile.dir})", self))
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase wiederholen:"), self.repeat)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("Schlüssel im Schlüsselbund des Systems merken (Start ohne Passphrase)"),
                                  self)
        self.remember.setObjectName("rememberKey")
        has_keyring = secrets.backend() is not None
        self.remember.setChecked(has_keyring)
        self.remember.setEnabled(has_keyring)
        if not has_keyring:
            self.remember.setToolTip(self.tr("Auf diesem System gibt es keinen sicheren Schlüsselbund; "
                                             "KIMdesk fragt bei jedem Start nach der Passphrase."))
        layout.addWidget(self.remember)
        self.message = message_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Profil anlegen"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)

    def _check(self) -> str | None:
        first, second = self.passphrase.text(), self.repeat.text()
        problem = None
        if first and len(first) < MIN_PASSPHRASE:
            problem = self.tr("Die Passphrase muss mindestens {n} Zeichen lang sein.").format(n=MIN_PASSPHRASE)
        elif second and first != second:
            problem = self.tr("Die beiden Eingaben stimmen nicht überein.")
        show_message(self.message, problem)
        return problem

    def create(self) -> None:
        if self._check() or not self.passphrase.text():
            show_message(self.message, self.message.text() or self.tr("Bitte eine Passphrase eingeben."))
            return
        if self.passphrase.text() != self.repeat.text():
            show_message(self.message, self.tr("Bitte die Passphrase zur Kontrolle wiederholen."))
            return
        try:
            from kimdesk.services import catalogue

            self.store = _busy(lambda: init_profile(self.profile, self.passphrase.text(),
                                                    remember=self.remember.isChecked()))
            catalogue.seed_agencies(self.store)
        except KimdeskError as exc:
            show_message(self.message, str(exc))
            return
        self.accept()


class UnlockDialog(QDialog):
    """Ask for the passphrase when the keyring does not hold the key; a wrong one can be retried."""

    def __init__(self, profile: Profile, parent=None, *, reason: str = ""):
        super().__init__(parent)
        self.profile = profile
        self.store: Store | None = None
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
        self.remember.setEnabled(secrets.backend() is not None)
        layout.addWidget(self.remember)
        self.message = message_label(self)
        layout.addWidget(self.message)
        if reason:
            show_message(self.message, reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Entsperren"))
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def unlock(self) -> None:
        text = self.passphrase.text()
        if not text:
            show_message(self.message, self.tr("Bitte die Passphrase eingeben."))
            return
        try:
            self.store = _busy(lambda: open_profile(self.profile, passphrase=text, use_keyring=False))
            if self.remember.isChecked():
                remember_key(self.profile, text)
        except KimdeskError as exc:
            show_message(self.message, str(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.accept()
