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


class LazyPage(QWidget):
    """Builds its page the first time it is shown or asked for.

    Start-up then loads only what the first screen needs (the conference editor alone pulls in
    reportlab for its print preview).
    """

    def __init__(self, factory, parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._factory(self)
            self._layout.addWidget(self._page)
        return self._page

    def activate(self) -> None:
        page = self.page()
        if hasattr(page, "activate"):
            page.activate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.page()
        super().showEvent(event)


def real(page: QWidget) -> QWidget:
    """The page behind a lazy one (built now if need be)."""
    return page.page() if isinstance(page, LazyPage) else page


def conferences_page(store: Store, parent: QWidget) -> QWidget:
    def build(holder: QWidget) -> QWidget:
        from kimdesk.ui.conferences.page import ConferencesPage

        return ConferencesPage(store, holder)

    return LazyPage(build, parent)


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


def sync_page(store: Store, parent: QWidget, controller=None) -> QWidget:
    def build(holder: QWidget) -> QWidget:
        from kimdesk.ui.sync.page import SyncPage

        return SyncPage(store, holder, controller=controller)

    return LazyPage(build, parent)
