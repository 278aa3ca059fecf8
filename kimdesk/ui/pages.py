"""The pages behind the navigation, each built lazily.

Conferences, reports and sync live in their own packages; a small factory per page wraps it
in a ``LazyPage`` so start-up loads only what the first screen shows. The window's own pages
(tasks, waiting list, agencies) are ``OnDemandPage``s: built the first time they are shown or used.
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

    def __init__(self, factory, parent: QWidget | None = None, *, scroll: bool = True):
        super().__init__(parent)
        self._factory = factory
        self._scroll = scroll
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        if self._page is None and not self._scroll:
            self._page = self._factory(self)
            self._layout.addWidget(self._page)
            if self.isVisible():  # built while on screen (or being shown): laid out and shown at once
                self._page.setGeometry(self.contentsRect())  # what the layout gives it (no margins)
                self._page.show()
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


class OnDemandPage(LazyPage):
    """One of the window's own pages (tasks, waiting list, agencies), built the first time it is shown
    or used rather than when the store arrives: the window's calls that only matter to a built page
    (``mark_stale``, ``clear``) wait, the user's name is kept for it, ``wire(page)`` connects its
    signals once it exists. Nothing else is forwarded: what the window calls is spelled out here
    (an unknown attribute used to build the page on any read, ``hasattr`` included); whoever needs
    the page itself asks ``real(page)``."""

    def __init__(self, factory, parent: QWidget | None = None, *, wire=None):
        super().__init__(factory, parent, scroll=False)
        self._wire = wire
        self._user: str | None = None

    def page(self) -> QWidget:
        fresh = self._page is None
        page = super().page()
        if fresh:
            if self._wire is not None:
                self._wire(page)
            if self._user is not None:
                page.set_user(self._user)
        return page

    def set_user(self, name: str) -> None:
        self._user = name
        if self._page is not None:
            self._page.set_user(name)

    def mark_stale(self) -> None:
        if self._page is not None:  # a page built later reads its data when first shown anyway
            self._page.mark_stale()

    def clear(self) -> None:
        if self._page is not None:
            self._page.clear()

    def import_csv(self, path) -> None:
        """The agencies page's CSV import (the first run's catalogue, the menu): builds the page."""
        self.page().import_csv(path)


def real(page: QWidget) -> QWidget:
    """The page behind a lazy one (built now if need be)."""
    return page.page() if isinstance(page, LazyPage) else page


def conferences_page(store: Store, parent: QWidget) -> QWidget:
    def build(holder: QWidget) -> QWidget:
        from kimdesk.ui.conferences.page import ConferencesPage

        return ConferencesPage(store, holder)

    return LazyPage(build, parent)


def waiting_list_page(store: Store, worker, parent: QWidget, wire=None) -> QWidget:
    def build(holder: QWidget) -> QWidget:
        from kimdesk.ui.waiting_list_page import WaitingListPage

        return WaitingListPage(store, worker, holder)

    return OnDemandPage(build, parent, wire=wire)


def tasks_page(store: Store, worker, parent: QWidget, wire=None) -> QWidget:
    def build(holder: QWidget) -> QWidget:
        from kimdesk.ui.tasks_page import TasksPage

        return TasksPage(store, worker, holder)

    return OnDemandPage(build, parent, wire=wire)


def agencies_page(store: Store, worker, parent: QWidget, wire=None) -> QWidget:
    def build(holder: QWidget) -> QWidget:
        from kimdesk.ui.agencies_page import AgenciesPage

        return AgenciesPage(store, worker, holder)

    return OnDemandPage(build, parent, wire=wire)


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
