"""The person's documents from the record: preview, print or save each, in German and their language.

One menu in the record's header: Schweigepflichtentbindung (with the Art. 13 sheet),
Datenschutzinformation, Merkblatt, Zielvereinbarung and the Art. 15 export, each with
*Druckvorschau*, *Drucken …* and *Als PDF speichern …* (``conferences.printing``: A4, the
last printer). The second language for the consent form and the information sheet is chosen
here; "automatisch" takes the first language on the record that has a catalogue.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kimdesk.reports import catalogue
from kimdesk.reports.template import Rendered
from kimdesk.ui.conferences import printing


class DocumentsButton(QToolButton):
    """The "Dokumente" menu of one record (``view``: the record view with store, worker, client_id)."""

    def __init__(self, view: Any, say: Callable[[str, bool], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.view, self.say = view, say
        self.setObjectName("documentsButton")
        self.setText(self.tr("Dokumente"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language: str | None = None
        menu = QMenu(self)
        for key, label, name in self.documents():
            sub = menu.addMenu(label)
            sub.setObjectName(f"document_{key}")
            for action, text in (("preview", self.tr("Druckvorschau")), ("print", self.tr("Drucken …")),
                                 ("save", self.tr("Als PDF speichern …"))):
                item = sub.addAction(text)
                item.setObjectName(f"{key}_{action}")
                item.setEnabled(action == "save" or printing.can_preview())
                item.triggered.connect(lambda _=False, k=key, a=action, n=name: self.run(k, a, n))
        menu.addSeparator()
        languages = menu.addMenu(self.tr("Zweite Sprache"))
        group = QActionGroup(self)
        choices = [(None, self.tr("automatisch: erste Sprache der Akte")), ("de", self.tr("nur Deutsch"))]
        choices += [(code, catalogue.load(code).name) for code in catalogue.available() if code != catalogue.GERMAN]
        for code, text in choices:
            item = QAction(text, group, checkable=True)
            item.setObjectName(f"language_{code or 'auto'}")
            item.setChecked(code is None)
            item.triggered.connect(lambda _=False, c=code: setattr(self, "language", c))
            languages.addAction(item)
        self.setMenu(menu)

    def documents(self) -> list[tuple[str, str, str]]:
        return [("consent", self.tr("Schweigepflichtentbindung mit Datenschutzinformation"), "Schweigepflichtentbindung"),
                ("privacy", self.tr("Datenschutzinformation (Art. 13 DSGVO)"), "Datenschutzinformation"),
                ("handout", self.tr("Merkblatt für die Person"), "Merkblatt"),
                ("plan", self.tr("Zielvereinbarung"), "Zielvereinbarung"),
                ("art15", self.tr("Auskunft nach Art. 15 DSGVO"), "Auskunft_Art15")]

    def make(self, key: str, need_ids: list[str] | None = None) -> Callable[[], Rendered]:
        from kimdesk.services.clients_intake import client_print
        from kimdesk.services.casework import plan_print
        from kimdesk.services.releases import subject_access

        store, client_id, language = self.view.store, self.view.client_id, self.language
        return {
            "consent": lambda: client_print.consent_form(store, client_id, language=language),
            "privacy": lambda: client_print.privacy_notice(store, client_id, language=language),
            "handout": lambda: client_print.handout(store, client_id, need_ids=need_ids, language=language),
            "plan": lambda: plan_print.render(store, client_id, language=language),
            "art15": lambda: subject_access.export(store, client_id)[0],
        }[key]

    def run(self, key: str, action: str, name: str) -> None:
        from kimdesk.ui.record.cycle.common import output_pdf

        number = self.view.rec.client["case_number"] if self.view.rec else "Person"

        def output(need_ids: list[str] | None) -> None:
            output_pdf(self.view, self.view.worker, self.make(key, need_ids), f"{name}_{number}.pdf", self.say,
                       action=action)

        if key == "handout":
            self.choose_needs(output)
        else:
            output(None)

    def choose_needs(self, then: Callable[[list[str]], None]) -> None:
        """The case manager ticks the needs the hand-out lists (health and youth welfare start unticked).

        The choices are read on the worker; ``then(need_ids)`` follows when the dialog is accepted."""
        from kimdesk.services.clients_intake import client_print
        from kimdesk.ui.runner import op

        store, client_id = self.view.store, self.view.client_id

        def ask(choices) -> None:  # noqa: ANN001 - HandoutChoice rows
            dialog = NeedsDialog(choices, self)
            self.needs_dialog = dialog  # reachable for tests
            if dialog.exec() == QDialog.DialogCode.Accepted:
                then(dialog.chosen())

        op(self, lambda: client_print.handout_choices(store, client_id), on_done=ask,
           on_error=lambda text: self.say(text, True), label="handout")


class NeedsDialog(QDialog):
    """Tick the needs to list on the hand-out."""

    def __init__(self, choices, parent: QWidget | None = None):  # noqa: ANN001 - HandoutChoice rows
        super().__init__(parent)
        self.setObjectName("handoutNeedsDialog")
        self.setWindowTitle(self.tr("Merkblatt: Anliegen auswählen"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Welche Anliegen soll das Merkblatt zeigen? Gesundheit und Jugendhilfe sind "
                                        "nicht vorausgewählt – die Person trägt das Blatt mit sich."), self))
        self.boxes: list[tuple[str, QCheckBox]] = []
        for c in choices:
            box = QCheckBox(f"{c.category} – {c.office}" if c.office else c.category, self)
            box.setChecked(c.ticked)
            layout.addWidget(box)
            self.boxes.append((c.need_id, box))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [need_id for need_id, box in self.boxes if box.isChecked()]
