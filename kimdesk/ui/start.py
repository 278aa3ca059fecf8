"""The first-run wizard (profile, passphrase, team, share – or the demo) and the unlock dialog."""

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
    QWizard,
)

from kimdesk.services.admin.first_run import Setup, Step
from kimdesk.store import secrets
from kimdesk.store.profile import Profile, open_profile, remember_key
from kimdesk.store.store import Store
from kimdesk.ui.first_run_pages import DonePage, PassphrasePage, SharePage, TeamPage, WelcomePage, page_id
from kimdesk.ui.widgets import message_label, show_message


class FirstRunDialog(QWizard):
    """The first run on a laptop: profile and passphrase, team, share – or the demo profile.

    A short wizard over ``services.first_run.Setup``. The profile is created when the
    passphrase page is left (a commit page: no way back). Cancelling afterwards keeps the
    profile; team and share can be set up later. ``store`` is the open profile when the
    wizard is accepted, ``demo`` is True when the demo profile was asked for instead.
    """

    def __init__(self, profile: Profile, parent=None):
        super().__init__(parent)
        self.profile = profile
        self.setup = Setup(profile)
        self.demo = False
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("KIMdesk einrichten"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 480)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("KIMdesk starten"))
        self.welcome = WelcomePage(self.setup, self)
        self.passphrase_page = PassphrasePage(self.setup, self)
        self.team_page = TeamPage(self.setup, self)
        self.share_page = SharePage(self.setup, self)
        self.done_page = DonePage(self.setup, self)
        for page in (self.welcome, self.passphrase_page, self.team_page, self.share_page, self.done_page):
            self.setPage(page_id(page.step), page)
        self.setStartId(page_id(Step.WELCOME))
        self.welcome.demo_button.clicked.connect(self.choose_demo)

    # the passphrase fields, as the first-run dialog had them
    @property
    def passphrase(self) -> QLineEdit:
        return self.passphrase_page.passphrase

    @property
    def repeat(self) -> QLineEdit:
        return self.passphrase_page.repeat

    @property
    def remember(self):
        return self.passphrase_page.remember

    @property
    def message(self):
        return self.passphrase_page.message

    @property
    def store(self) -> Store | None:
        return self.setup.store

    def choose_demo(self) -> None:
        if self.setup.store is None:
            self.demo = True
            self.accept()

    def reject(self) -> None:
        """Escape or closing waits while a page's job runs: the profile or team is half made."""
        page = self.currentPage()
        if page is not None and getattr(page, "running", False):
            return
        super().reject()

    def step(self) -> Step:
        page = self.currentPage()
        return page.step if page is not None else Step.WELCOME


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
        elif secrets.last_problem():  # why the keyring did not open it, and what to do (e.g. Windows error 1312)
            show_message(self.message, secrets.last_problem())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Entsperren"))
        self.busy = False
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def unlock(self) -> None:
        """Derive the key (Argon2id, about a second) and open the profile off the UI thread; the
        dialog waits meanwhile (no window and its worker exist yet: the runner's default worker)."""
        from kimdesk.ui.runner import op

        text = self.passphrase.text()
        if not text:
            show_message(self.message, self.tr("Bitte die Passphrase eingeben."))
            return
        if self.busy:
            return
        profile, remember = self.profile, self.remember.isChecked()

        def work() -> Store:
            store = open_profile(profile, passphrase=text, use_keyring=False)
            if remember:
                try:
                    remember_key(profile, text)
                except BaseException:
                    store.close()
                    raise
            return store

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
        op(self, work, on_done=opened, on_error=failed, label="unlock")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.passphrase.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            show_message(self.message, self.tr("Entsperren …"))
        else:
            QApplication.restoreOverrideCursor()
            show_message(self.message, None)
