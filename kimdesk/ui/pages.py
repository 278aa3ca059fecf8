"""The pages behind the navigation, each built by one small factory.

Conferences, reports and sync come from other parts of the project. Until they land, each
factory returns a placeholder that says what will be there; the integrator swaps in the real
page by changing the one ``return`` line of its factory.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kimdesk.i18n import translate
from kimdesk.store.store import Store


class PlaceholderPage(QWidget):
    """A clean, honest page for something that is not built yet."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        heading = QLabel(f"<h2>{title}</h2>", self)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        self.setObjectName("placeholderPage")


def conferences_page(store: Store, parent: QWidget) -> QWidget:
    from kimdesk.ui.conferences.page import ConferencesPage

    return ConferencesPage(store, parent)


def waiting_list_page(store: Store, worker, parent: QWidget) -> QWidget:
    from kimdesk.ui.waiting_list_page import WaitingListPage

    return WaitingListPage(store, worker, parent)


def reports_page(store: Store, parent: QWidget) -> QWidget:
    # integrator: return ReportsPage(store, parent)
    return PlaceholderPage(
        translate("Pages", "Berichte"),
        translate(
            "Pages",
            "Hier entstehen die anonymen Berichte: der Sachstandsbericht für den Ausschuss und die Übersicht "
            "Seiteneinsteiger und Internationale Förderklassen. Bis dahin: „kimdesk report …“ auf der Kommandozeile."),
        parent)


def sync_page(store: Store, parent: QWidget) -> QWidget:
    from kimdesk.ui.sync.page import SyncPage

    return SyncPage(store, parent)
