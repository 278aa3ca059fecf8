"""The pages behind the navigation that come from other parts of the app, each built lazily.

Conferences, reports and sync live in their own packages; a small factory per page wraps it
in a ``LazyPage`` so start-up loads only what the first screen shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from kimdesk.store.store import Store


class RefreshingPage(QWidget):
    """A page read from the database again when it is shown after its data changed.

    ``mark_stale`` (after an edit, a sync, an unlock) reloads at once only a visible page;
    a hidden one waits until the navigation ``activate``s it. Subclasses implement
    ``refresh`` and start it by setting ``self._stale = False``.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._stale = True

    def activate(self) -> None:
        if self._stale:
            self.refresh()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def watch(self, worker, tables: set[str]) -> None:
        """Follow the one change signal: stale whenever a change touches one of ``tables``."""
        worker.changes_applied.connect(lambda changes: self.mark_stale() if changes.touched.keys() & tables else None)


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
            # in a scroll area: on a small screen (1366×768 at 125 %) the page scrolls, the window fits
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self._page = self._factory(scroll)
            scroll.setWidget(self._page)
            self._layout.addWidget(scroll)
        return self._page

    def activate(self) -> None:
        page = self.page()
        if hasattr(page, "activate"):
            page.activate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.page()
        super().showEvent(event)

    def built(self) -> QWidget | None:
        """The page if it was ever built (shutdown needs no page that never ran)."""
        return self._page


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
    def build(holder: QWidget) -> QWidget:
        from kimdesk.ui.reports.page import ReportsPage

        return ReportsPage(store, holder)

    return LazyPage(build, parent)


def sync_page(store: Store, parent: QWidget, controller=None) -> QWidget:
    def build(holder: QWidget) -> QWidget:
        from kimdesk.ui.sync.page import SyncPage

        return SyncPage(store, holder, controller=controller)

    return LazyPage(build, parent)
