"""Dated addenda: the only way to correct a finalised protocol; printed after it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from kimdesk.services.conferences_minutes import conference_edit
from kimdesk.services.conferences_minutes.conference_queries import ConferenceView
from kimdesk.ui.conferences.dialogs import TextDialog


class AddendaPanel(QWidget):
    def __init__(self, editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Nachtrag hinzufügen …"), self)
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def show_view(self, view: ConferenceView) -> None:
        self.list.clear()
        for a in view.addenda:
            head = self.tr("Nachtrag vom {date}").format(date=a.on.strftime("%d.%m.%Y"))
            if a.author:
                head += f" ({a.author})"
            self.list.addItem(QListWidgetItem(f"{head}\n{a.text}"))
        self.add_button.setEnabled(view.final)
        self.info.setText(self.tr("Ein abgeschlossenes Protokoll wird nicht mehr geändert. Korrekturen werden als "
                                  "datierte Nachträge erfasst und hinter dem Protokoll gedruckt.") if view.final else
                          self.tr("Nachträge gibt es erst nach dem Abschließen; einen Entwurf bitte direkt ändern."))

    def add(self) -> None:
        dialog = TextDialog(self.tr("Nachtrag zum Protokoll"), self.tr("Text"), author=self.editor.view.minute_taker,
                            parent=self)
        if dialog.exec():
            self.editor.run(conference_edit.add_addendum, self.editor.store, self.editor.view.id,
                            dialog.text.toPlainText(), author=dialog.author.text() if dialog.author else None,
                            on=date.today())
