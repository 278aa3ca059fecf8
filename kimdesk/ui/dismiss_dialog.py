"""Asks why a follow-up is dismissed (*Wiedervorlage verwerfen*): the reason is kept with it.

A follow-up of a deadline rule that does not apply (the permit was already renewed, the person
moved away) is dismissed rather than marked done, so the record says it was not done and why.
The reason list offers the common ones and accepts any other; OK stays off while it is empty.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from kimdesk.services.tasks_deadlines.tasks import REASON_MAX


class DismissDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dismissDialog")
        self.setWindowTitle(self.tr("Wiedervorlage verwerfen"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("„{what}“ wird nicht erledigt, sondern verworfen. Der Grund bleibt in der Akte "
                               "stehen; die Fristregel legt sie nicht erneut an.").format(what=what), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QComboBox(self)
        self.reason.setObjectName("dismissReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.lineEdit().setMaxLength(REASON_MAX)
        self.reason.lineEdit().setPlaceholderText(self.tr("Grund angeben oder auswählen"))
        self.reason.addItems([self.tr("bereits erledigt (anderweitig)"), self.tr("trifft nicht zu"),
                              self.tr("Person ist verzogen"), self.tr("andere Stelle ist zuständig")])
        self.reason.setCurrentIndex(-1)
        self.reason.setEditText("")
        label = QLabel(self.tr("&Grund:"), self)
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Verwerfen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.editTextChanged.connect(self._check)
        self._check()
        self.reason.setFocus()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.reason.currentText().strip()

    def accept(self) -> None:
        if self.text():
            super().accept()
