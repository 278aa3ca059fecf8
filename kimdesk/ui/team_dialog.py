"""The team on this laptop: write the enrolment file for another laptop, or join / found a team.

The same use cases as ``kimdesk team export-enrolment|join|create``; the file carries the
team key (and the saved share) wrapped by a passphrase the person chooses here and tells the
colleague separately. Every step runs on the database worker (``runner.op``): Argon2id
wrapping the key takes a second or two and must not freeze the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.admin.first_run import CSV, found_team
from kimdesk.store import secrets
from kimdesk.store.store import Store
from kimdesk.sync import service, team
from kimdesk.ui.runner import op
from kimdesk.ui.widgets import grow_to_fit, message_label, show_message


def _password(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class TeamDialog(QDialog):
    catalogue_csv = Signal(object)  # founded with a CSV catalogue: the window shows its import preview

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.current: team.Team | None = None
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team und Anmeldedatei"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("teamStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.form = QFormLayout()
        file_row = QHBoxLayout()
        self.file = QLineEdit(self)
        self.file.setObjectName("enrolmentPath")
        browse = QPushButton(self.tr("Auswählen …"), self)
        browse.clicked.connect(self._browse)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.form.addRow(self.tr("Anmeldedatei:"), file_row)
        self.passphrase = _password(self, "enrolmentPassphrase")
        self.repeat = _password(self, "enrolmentRepeat")
        self.form.addRow(self.tr("Passphrase der Datei:"), self.passphrase)
        self.form.addRow(self.tr("Wiederholen:"), self.repeat)
        # founding a team: what its agency catalogue starts with, as in the first-run wizard
        self.catalogue = QComboBox(self)
        self.catalogue.setObjectName("teamCatalogue")
        # the long template names must not squeeze the labels of the form: the list opens wide enough
        self.catalogue.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.catalogue.setMinimumContentsLength(24)
        for key in catalogue.TEMPLATES:
            self.catalogue.addItem(catalogue.template_label(key), key)
        self.catalogue.addItem(self.tr("Aus einer CSV-Datei (mit Vorschau) …"), CSV)
        self.catalogue.setCurrentIndex(self.catalogue.findData(catalogue.SEED))
        self.catalogue.setToolTip(self.tr("Nur beim Gründen: womit der Stellenkatalog des Teams beginnt. Die "
                                          "anderen Geräte übernehmen ihn beim Synchronisieren."))
        self.catalogue_label = QLabel(self.tr("&Stellenkatalog:"), self)
        self.catalogue_label.setBuddy(self.catalogue)
        self.form.addRow(self.catalogue_label, self.catalogue)
        csv_row = QHBoxLayout()
        self.csv_file = QLineEdit(self)
        self.csv_file.setObjectName("teamCatalogueCsv")
        self.csv_file.setPlaceholderText(self.tr("CSV-Datei mit den Stellen des Kreises"))
        self.csv_browse = QPushButton(self.tr("Datei …"), self)
        self.csv_browse.clicked.connect(self._browse_csv)
        csv_row.addWidget(self.csv_file, 1)
        csv_row.addWidget(self.csv_browse)
        self.csv_label = QLabel(self.tr("CSV-&Datei:"), self)
        self.csv_label.setBuddy(self.csv_file)
        self.form.addRow(self.csv_label, csv_row)
        self.catalogue.currentIndexChanged.connect(lambda _i: self._show_catalogue())
        layout.addLayout(self.form)
        self.message = message_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(self.tr("Anmeldedatei speichern"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button = buttons.addButton(self.tr("Mit dieser Datei beitreten"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button = buttons.addButton(self.tr("Neues Team gründen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.join_button.clicked.connect(self.join)
        self.create_button.clicked.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        store = self.store
        op(self, lambda: team.current(store), on_done=self._show, message=self.message)

    def _show(self, current: team.Team | None) -> None:
        self.current = current
        if current is None:
            self.status.setText(self.tr("Dieses Gerät gehört noch zu keinem Team. Treten Sie mit der Anmeldedatei "
                                        "Ihrer Koordination bei, oder gründen Sie ein neues Team (erstes Gerät)."))
        else:
            self.status.setText(self.tr(
                "Team {id} (Schlüssel-Generation {gen}). Für ein weiteres Gerät: eine Anmeldedatei mit einer "
                "Passphrase speichern, Datei und Passphrase getrennt weitergeben (z. B. USB-Stick und Telefon).")
                .format(id=current.id, gen=current.generation))
        has_team = current is not None
        self.export_button.setVisible(has_team)
        self.join_button.setText(self.tr("Neue Anmeldedatei übernehmen") if has_team
                                 else self.tr("Mit dieser Datei beitreten"))  # after a key rotation, too
        self.create_button.setVisible(not has_team)
        self.repeat.setVisible(has_team)
        self.form.labelForField(self.repeat).setVisible(has_team)
        self._show_catalogue()
        grow_to_fit(self)  # a longer text and one more row after founding or joining a team

    def _show_catalogue(self) -> None:
        """The catalogue choice only while there is no team to join or found; the file only for CSV."""
        founding = self.current is None
        self.catalogue.setVisible(founding)
        self.catalogue_label.setVisible(founding)
        csv = founding and self.catalogue.currentData() == CSV
        for w in (self.csv_label, self.csv_file, self.csv_browse):
            w.setVisible(csv)
        grow_to_fit(self)

    def _browse_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Stellenkatalog (CSV) wählen"), "",
                                              self.tr("CSV-Dateien (*.csv *.txt);;Alle Dateien (*)"))
        if path:
            self.csv_file.setText(path)

    def _browse(self) -> None:
        if self.current is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Anmeldedatei wählen"), "",
                                                  self.tr("Anmeldedateien (*.kimdesk *.json);;Alle Dateien (*)"))
        else:
            # saving a new file, or picking an existing one (a newer enrolment after a key rotation)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Anmeldedatei"), "team.kimdesk",
                                                  self.tr("Anmeldedateien (*.kimdesk *.json)"),
                                                  options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.file.setText(path)

    @staticmethod
    def _path_of(text: str) -> Path:
        text = text.strip()
        if not text:
            raise ValidationError(translate("TeamDialog", "Bitte die Anmeldedatei angeben."), "file")
        return Path(text)

    def _run(self, fn, after) -> bool:
        """``fn`` on the worker (inputs read here, on the UI thread); True once it has succeeded
        (at once with a synchronous worker, as in the tests)."""

        def work():
            secrets.forget_problem()  # only what goes wrong now is explained below
            return fn()

        def done(_result) -> None:
            self.passphrase.clear()
            self.repeat.clear()
            after()
            self._keyring_hint()

        return op(self, work, on_done=done, message=self.message, label="team").succeeded

    def _keyring_hint(self) -> None:
        """The keyring refused the team key (e.g. Windows error 1312): say so, why, and that nothing is lost."""
        problem = secrets.last_problem()
        if problem:
            show_message(self.message, self.tr(
                "Der Schlüsselbund des Systems hat den Teamschlüssel nicht aufgenommen; er liegt sicher in der "
                "verschlüsselten Datenbank, Synchronisieren geht weiter. Grund: {why}").format(why=problem))

    def export(self) -> bool:
        store, passphrase, repeat, text = self.store, self.passphrase.text(), self.repeat.text(), self.file.text()

        def work():
            path = self._path_of(text)
            if passphrase != repeat:
                raise ValidationError(translate("TeamDialog", "Die beiden Eingaben stimmen nicht überein."), "repeat")
            team.export_enrolment(store, path, passphrase, target=service.configured_target(store))

        return self._run(work, lambda: self.status.setText(
            self.tr("Anmeldedatei gespeichert: {path}").format(path=text)))

    def join(self) -> bool:
        store, passphrase, text = self.store, self.passphrase.text(), self.file.text()

        def work():
            _joined, target = team.join(store, self._path_of(text), passphrase)
            if target and not service.configured_target(store):
                service.save_target(store, target)

        return self._run(work, self.refresh)

    def create(self) -> bool:
        """Found the team with the chosen catalogue (checked first: a bad choice changes nothing); a
        CSV file then goes to the window's import preview."""
        store, key, csv_text = self.store, self.catalogue.currentData(), self.csv_file.text().strip()
        founded: list[Path | None] = []

        def work():
            founded.append(found_team(store, key, (csv_text or None) if key == CSV else None)[1])

        def after() -> None:
            self.refresh()
            if founded and founded[0] is not None:
                self.catalogue_csv.emit(founded[0])

        return self._run(work, after)
