"""The pages of the first-run wizard; each renders one step of ``services.first_run.Setup``."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kimdesk.services.clients_intake import catalogue
from kimdesk.services.admin.first_run import CSV, Setup, Step, TeamChoice, strength
from kimdesk.store.keyfile import MIN_PASSPHRASE
from kimdesk.ui.own_thread import on_a_thread
from kimdesk.ui.widgets import message_label, show_message

ORDER = [Step.WELCOME, Step.PASSPHRASE, Step.TEAM, Step.SHARE, Step.DONE]
STRENGTH_COLOURS = ("#b00020", "#b00020", "#a15c00", "#2e7d32", "#1b5e20")


SHARE_CHECK_SECONDS = 20  # the wizard gives up waiting (the SMB connection itself times out after 15 s)


def page_id(step: Step) -> int:
    return ORDER.index(step)


def _text(parent: QWidget, html: str) -> QLabel:
    label = QLabel(html, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class SetupPage(QWizardPage):
    def __init__(self, setup: Setup, parent: QWidget | None = None):
        super().__init__(parent)
        self.setup = setup
        self.message = message_label(self)

    step = Step.WELCOME
    running = False  # the page's job is on the database worker; the wizard waits
    _passed = False  # the job succeeded: the next validatePage lets the wizard go on
    _answering = False  # inside validatePage (an inline worker delivers before it returns)

    def run_step(self, fn, busy_text: str, then=None) -> bool:
        """Qt's validatePage must answer at once: the page's job (a service call) runs on the
        database worker; meanwhile the buttons wait with a busy text. On success ``then()`` runs
        and the wizard goes on by itself; a failure shows its one line under the fields."""
        if self._passed:
            self._passed = False
            return True
        if self.running:
            return False
        from kimdesk.ui.runner import op

        def done(_result) -> None:
            self._set_running(False)
            if then is not None:
                then()
            self._passed = True
            if not self._answering and self.wizard() is not None:
                self.wizard().next()

        def failed(text: str) -> None:
            self._set_running(False)
            show_message(self.message, text)

        self._set_running(True, busy_text)
        self._answering = True
        try:
            op(self, fn, on_done=done, on_error=failed, label=f"first-run {self.step.value}")
        finally:
            self._answering = False
        if self._passed:  # finished at once
            self._passed = False
            return True
        return False

    def _set_running(self, running: bool, text: str = "") -> None:
        self.running = running
        if running:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            show_message(self.message, text)
        else:
            QApplication.restoreOverrideCursor()
            show_message(self.message, None)
        self.completeChanged.emit()  # Weiter / Profil anlegen wait while the job runs (isComplete)
        wizard = self.wizard()
        if wizard is not None:  # after completeChanged: the wizard sets Zurück again there
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                if running:
                    wizard.button(button).setEnabled(False)
                elif button is QWizard.WizardButton.CancelButton:
                    wizard.button(button).setEnabled(True)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.running and super().isComplete()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        if self.step is Step.DONE:
            return -1
        return page_id(self.setup.next_step(self.step))


class WelcomePage(SetupPage):
    step = Step.WELCOME

    def __init__(self, setup: Setup, parent: QWidget | None = None):
        super().__init__(setup, parent)
        self.setTitle(self.tr("Willkommen bei KIMdesk"))
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self, self.tr(
            "<p>KIMdesk speichert alle Daten verschlüsselt auf diesem Gerät und gleicht sie über einen gemeinsamen "
            "Ordner mit Ihrem Team ab, wann immer er erreichbar ist. Die Einrichtung dauert zwei Minuten:</p>"
            "<ol><li>eine Passphrase für Ihr Profil,</li><li>dem Team beitreten (mit der Anmeldedatei von Ihrer "
            "Koordination) oder ein Team gründen,</li><li>den gemeinsamen Ordner wählen.</li></ol>")))
        layout.addWidget(QLabel(self.tr("Profil: {name} in {dir}").format(name=setup.profile.name,
                                                                          dir=setup.profile.dir), self))
        layout.addStretch(1)
        layout.addWidget(_text(self, self.tr("<p>Nur einmal ansehen? Das Demo-Profil enthält erfundene Personen und "
                                             "wird beim Beenden gelöscht.</p>")))
        self.demo_button = QPushButton(self.tr("Demo-Profil ausprobieren"), self)
        self.demo_button.setObjectName("tryDemo")
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        layout.addLayout(row)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Weiter has the focus when the wizard opens, so Enter goes on with the setup as on every
        other page; the demo is a Tab away. As the page's first button the demo took the focus, and
        Enter opened the demo profile instead."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._focus_next)

    def _focus_next(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.button(QWizard.WizardButton.NextButton).setFocus(Qt.FocusReason.OtherFocusReason)


class PassphrasePage(SetupPage):
    step = Step.PASSPHRASE

    def __init__(self, setup: Setup, parent: QWidget | None = None):
        super().__init__(setup, parent)
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("Sie schützt die Daten auf diesem Gerät. Ohne sie lassen sich die Daten nicht "
                                 "wiederherstellen – bitte gut merken oder sicher verwahren."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Profil anlegen"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel(self)
        self.strength.setObjectName("passphraseStrength")
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Wiederholen:"), self.repeat)
        form.addRow(self.tr("Stärke:"), self.strength)
        layout.addLayout(form)
        layout.addWidget(_text(self, self.tr(
            "<small>Mindestens {n} Zeichen. Gut merkbar und schwer zu erraten ist ein ganzer Satz aus vier oder "
            "mehr Wörtern, z. B. „Im Kreishaus gibt es dienstags Linsensuppe“.</small>").format(n=MIN_PASSPHRASE)))
        self.remember = QCheckBox(self.tr("Schlüssel im Schlüsselbund des Systems merken (Start ohne Passphrase)"),
                                  self)
        self.remember.setObjectName("rememberKey")
        available = setup.keyring_available()
        self.remember.setChecked(available)
        self.remember.setEnabled(available)
        if not available:
            self.remember.setToolTip(self.tr("Auf diesem System gibt es keinen sicheren Schlüsselbund; KIMdesk fragt "
                                             "bei jedem Start nach der Passphrase."))
        layout.addWidget(self.remember)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.passphrase.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        if first:
            rating = strength(first)
            self.strength.setText(rating.text)
            self.strength.setWordWrap(True)
            self.strength.setStyleSheet(f"color: {STRENGTH_COLOURS[rating.level]}; font-weight: bold")
        else:
            self.strength.clear()
        problem = None
        if second and first != second:
            problem = self.tr("Die beiden Eingaben stimmen nicht überein.")
        show_message(self.message, problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        first = self.passphrase.text()
        return (not self.running and len(first) >= MIN_PASSPHRASE and first == self.repeat.text()
                and strength(first).level >= 3)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        setup, first, second, remember = self.setup, self.passphrase.text(), self.repeat.text(), self.remember.isChecked()

        def cleared() -> None:
            self.passphrase.clear()
            self.repeat.clear()

        return self.run_step(lambda: setup.create_profile(first, second, remember=remember),
                             self.tr("Profil wird angelegt …"), cleared)


class TeamPage(SetupPage):
    step = Step.TEAM

    def __init__(self, setup: Setup, parent: QWidget | None = None):
        super().__init__(setup, parent)
        self.setTitle(self.tr("Team"))
        self.setSubTitle(self.tr("Die Geräte eines Teams gleichen ihre Daten verschlüsselt mit einem gemeinsamen "
                                 "Teamschlüssel ab."))
        layout = QVBoxLayout(self)
        self.join = QRadioButton(self.tr("Einem Team beitreten – ich habe eine Anmeldedatei"), self)
        self.join.setObjectName("joinTeam")
        self.create = QRadioButton(self.tr("Ein neues Team gründen – dies ist das erste Gerät"), self)
        self.create.setObjectName("createTeam")
        self.later = QRadioButton(self.tr("Später – vorerst nur auf diesem Gerät arbeiten"), self)
        self.later.setObjectName("teamLater")
        self.choices = QButtonGroup(self)
        for button, choice in ((self.join, TeamChoice.JOIN), (self.create, TeamChoice.CREATE),
                               (self.later, TeamChoice.LATER)):
            self.choices.addButton(button)
            button.setProperty("choice", choice.value)
        self.join.setChecked(True)
        layout.addWidget(self.join)
        self.join_box = QWidget(self)
        form = QFormLayout(self.join_box)
        form.setContentsMargins(24, 0, 0, 0)
        file_row = QHBoxLayout()
        self.enrolment = QLineEdit(self.join_box)
        self.enrolment.setObjectName("enrolmentFile")
        browse = QPushButton(self.tr("Auswählen …"), self.join_box)
        browse.clicked.connect(self._browse)
        file_row.addWidget(self.enrolment, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("Anmeldedatei:"), file_row)
        self.team_passphrase = QLineEdit(self.join_box)
        self.team_passphrase.setObjectName("teamPassphrase")
        self.team_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase der Datei:"), self.team_passphrase)
        layout.addWidget(self.join_box)
        layout.addWidget(self.create)
        self.catalogue_box = QWidget(self)
        self.catalogue_box.setObjectName("catalogueBox")
        cat_form = QFormLayout(self.catalogue_box)
        cat_form.setContentsMargins(24, 0, 0, 0)
        self.catalogue = QComboBox(self.catalogue_box)
        self.catalogue.setObjectName("catalogueChoice")
        for key in catalogue.TEMPLATES:
            self.catalogue.addItem(catalogue.template_label(key), key)
        self.catalogue.addItem(self.tr("Aus einer CSV-Datei (mit Vorschau) …"), CSV)
        self.catalogue.setToolTip(self.tr("Womit der Stellenkatalog des Teams beginnt. Stellen lassen sich danach "
                                          "unter „Stellen“ anlegen, ändern oder aus einer CSV-Datei importieren. Die "
                                          "anderen Geräte des Teams übernehmen das beim Synchronisieren."))
        catalogue_label = QLabel(self.tr("&Stellenkatalog:"), self.catalogue_box)
        catalogue_label.setBuddy(self.catalogue)
        cat_form.addRow(catalogue_label, self.catalogue)
        csv_row = QHBoxLayout()
        self.catalogue_csv = QLineEdit(self.catalogue_box)
        self.catalogue_csv.setObjectName("catalogueCsv")
        self.catalogue_csv.setPlaceholderText(self.tr("CSV-Datei mit den Stellen des Kreises"))
        self.csv_browse = QPushButton(self.tr("Datei …"), self.catalogue_box)
        self.csv_browse.clicked.connect(self._browse_csv)
        csv_row.addWidget(self.catalogue_csv, 1)
        csv_row.addWidget(self.csv_browse)
        self.csv_label = QLabel(self.tr("CSV-&Datei:"), self.catalogue_box)
        self.csv_label.setBuddy(self.catalogue_csv)
        cat_form.addRow(self.csv_label, csv_row)
        self.catalogue.currentIndexChanged.connect(lambda _i: self._toggle())
        layout.addWidget(self.catalogue_box)
        layout.addWidget(self.later)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.choices.buttonToggled.connect(lambda *_: self._toggle())
        self._toggle()

    def choice(self) -> TeamChoice:
        return TeamChoice(self.choices.checkedButton().property("choice"))

    def _toggle(self) -> None:
        self.join_box.setEnabled(self.choice() is TeamChoice.JOIN)
        self.catalogue_box.setEnabled(self.choice() is TeamChoice.CREATE)
        csv = self.catalogue.currentData() == CSV
        for w in (self.csv_label, self.catalogue_csv, self.csv_browse):
            w.setVisible(csv)
        self.setup.choice = self.choice()
        show_message(self.message, None)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Anmeldedatei wählen"), "",
                                              self.tr("Anmeldedateien (*.kimdesk *.json);;Alle Dateien (*)"))
        if path:
            self.enrolment.setText(path)

    def _browse_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Stellenkatalog (CSV) wählen"), "",
                                              self.tr("CSV-Dateien (*.csv *.txt);;Alle Dateien (*)"))
        if path:
            self.catalogue_csv.setText(path)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        setup, choice, enrolment = self.setup, self.choice(), self.enrolment.text().strip() or None
        passphrase, catalogue = self.team_passphrase.text(), self.catalogue.currentData()
        csv_file = self.catalogue_csv.text().strip() or None
        return self.run_step(lambda: setup.set_up_team(choice, enrolment, passphrase,
                                                       catalogue=catalogue, csv_file=csv_file),
                             self.tr("Team wird eingerichtet …"), self.team_passphrase.clear)


class SharePage(SetupPage):
    step = Step.SHARE

    def __init__(self, setup: Setup, parent: QWidget | None = None):
        super().__init__(setup, parent)
        self.setTitle(self.tr("Gemeinsamer Ordner"))
        self.setSubTitle(self.tr("Der Ordner auf dem Server, über den das Team abgleicht. Dort liegen nur "
                                 "verschlüsselte Dateien."))
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self, self.tr(
            "<p>Ein eingebundenes Netzlaufwerk (z. B. <tt>/mnt/kim-sync</tt> oder <tt>K:\\KIM\\sync</tt>) oder eine "
            "SMB-Adresse (<tt>smb://benutzer@server/freigabe/ordner</tt>). Die IT Ihres Kreises nennt Ihnen den "
            "Ordner. Leer lassen, um ihn später auf der Seite „Synchronisation“ einzutragen.</p>")))
        row = QHBoxLayout()
        self.target = QLineEdit(self)
        self.target.setObjectName("shareTarget")
        self.target.setPlaceholderText(self.tr("Ordner oder smb://benutzer@server/freigabe/ordner"))
        browse = QPushButton(self.tr("Ordner wählen …"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.password_row = QWidget(self)
        form = QFormLayout(self.password_row)
        form.setContentsMargins(0, 0, 0, 0)
        self.smb_password = QLineEdit(self.password_row)
        self.smb_password.setObjectName("smbPassword")
        self.smb_password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passwort für die Freigabe:"), self.smb_password)
        layout.addWidget(self.password_row)
        self.check_button = QPushButton(self.tr("Verbindung prüfen"), self)
        self.check_button.setObjectName("checkShare")
        self.result = QLabel(self)
        self.result.setObjectName("shareResult")
        self.result.setWordWrap(True)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.result, 1)
        layout.addLayout(check_row)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.target.textChanged.connect(self._changed)
        self.check_button.clicked.connect(self.check)
        self._waiting: object | None = None  # the token of the check we still wait for
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._last: tuple[str, object] | None = None  # (target, result) of the last finished check
        self._then_next = False
        self._changed()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self.setup.suggested_target and not self.target.text():
            self.target.setText(self.setup.suggested_target)

    def _changed(self) -> None:
        self.password_row.setVisible(self.target.text().strip().lower().startswith("smb://"))
        self.result.clear()
        self._last = None
        show_message(self.message, None)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Gemeinsamen Ordner wählen"))
        if path:
            self.target.setText(path)

    def _show(self, result) -> None:
        self.result.setText(result.message)
        self.result.setStyleSheet(f"color: {'#2e7d32' if result.usable else '#b00020'}")

    def checking(self) -> bool:
        return self._waiting is not None

    def check(self, *, then_next: bool = False) -> None:
        """Probe the share off the UI thread; the wizard stays usable, and gives up after a while."""
        if self.checking():
            return
        spec, password = self.target.text(), self.smb_password.text()
        token = object()
        self._waiting, self._then_next = token, then_next
        self.check_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Verbindung wird geprüft …"))
        self._timer.start(SHARE_CHECK_SECONDS * 1000)
        setup = self.setup
        on_a_thread(lambda: (spec, setup.check_share(spec, password)), lambda value: self._checked(token, value, None),
                    lambda line: self._checked(token, None, line), owner=self, name="kimdesk-share-check")

    def _checked(self, token: object, value, error: str | None) -> None:
        if token is not self._waiting:
            return  # an answer after the wizard stopped waiting
        self._timer.stop()
        self._waiting = None
        self.check_button.setEnabled(True)
        if error is not None:
            self.result.setText(error)
            self.result.setStyleSheet("color: #b00020")
            return
        spec, result = value
        self._last = (spec.strip(), result)
        self._show(result)
        if self._then_next and self.wizard() is not None:
            if result.usable:
                self.wizard().next()
            else:
                show_message(self.message, self.tr("Dieser Ordner geht so nicht. Bitte einen anderen wählen oder das "
                                                   "Feld leeren und den Ordner später eintragen."))

    def _timed_out(self) -> None:
        self._waiting = None
        self.check_button.setEnabled(True)
        self.result.setText(self.tr("Keine Antwort nach {n} Sekunden. Ist die Adresse richtig, und ist das Gerät im "
                                    "Netz der Verwaltung (ggf. per VPN)?").format(n=SHARE_CHECK_SECONDS))
        self.result.setStyleSheet("color: #b00020")

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        spec = self.target.text().strip()
        if not spec:
            return True
        if self._last is None or self._last[0] != spec:
            self.check(then_next=True)  # Weiter goes on by itself once the share answers
            return False
        result = self._last[1]
        if result.usable:
            setup = self.setup
            return self.run_step(lambda: setup.choose_checked(spec), self.tr("Ordner wird eingetragen …"))
        show_message(self.message, self.tr("Dieser Ordner geht so nicht. Bitte einen anderen wählen oder das Feld "
                                           "leeren und den Ordner später eintragen."))
        return False


class DonePage(SetupPage):
    step = Step.DONE

    def __init__(self, setup: Setup, parent: QWidget | None = None):
        super().__init__(setup, parent)
        self.setTitle(self.tr("Fertig"))
        layout = QVBoxLayout(self)
        self.summary = _text(self, "")
        self.summary.setObjectName("setupSummary")
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        s = self.setup
        lines = [self.tr("Profil angelegt: {dir}").format(dir=s.profile.dir),
                 self.tr("Schlüssel im Schlüsselbund gemerkt – KIMdesk startet ohne Passphrase.") if s.remembered
                 else self.tr("KIMdesk fragt bei jedem Start nach der Passphrase.")]
        if s.choice is TeamChoice.CREATE:
            lines.append(self.tr("Neues Team gegründet. Die Anmeldedatei für weitere Geräte speichern Sie unter "
                                 "Extras → Anmeldedatei für ein weiteres Gerät."))
        elif s.choice is TeamChoice.JOIN:
            lines.append(self.tr("Dem Team beigetreten."))
        else:
            lines.append(self.tr("Noch kein Team: das lässt sich jederzeit nachholen."))
        if s.target:
            lines.append(self.tr("Gemeinsamer Ordner: {target}. KIMdesk gleicht beim Start und danach regelmäßig ab.")
                         .format(target=s.target))
        elif s.choice is not TeamChoice.LATER:
            lines.append(self.tr("Den gemeinsamen Ordner tragen Sie auf der Seite „Synchronisation“ ein."))
        self.summary.setText("<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>")
