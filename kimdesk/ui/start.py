"""The first-run wizard (profile, passphrase, team, share – or the demo) and the unlock dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWizard

from kimdesk.services.admin.first_run import Setup, Step
from kimdesk.store.profile import Profile
from kimdesk.store.store import Store
from kimdesk.ui.first_run_pages import DonePage, PassphrasePage, SharePage, TeamPage, WelcomePage, page_id
from kimdesk.ui.unlock_dialog import UnlockDialog  # noqa: F401 - in its own lean module (shown before the store layer loads)


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
