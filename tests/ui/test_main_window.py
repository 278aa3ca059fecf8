"""The main window lists people, filters as you type, and has every navigation page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kimdesk.services.clients_intake import clients
from kimdesk.services.admin import demo
from kimdesk.ui import pages
from kimdesk.ui.main_window import NAV, MainWindow


def test_lists_demo_clients_and_filters_as_you_type(qtbot, window, store):
    demo.generate(store, 40, seed=5)
    cid = clients.create_client(store, {"given_name": "Mohammed", "family_name": "Quastenflosser"})
    window.client_list.reload()
    model = window.client_list.model
    assert model.total() == 41 and model.rowCount() == 41
    qtbot.keyClicks(window.client_list.search, "Quastenflosser")
    qtbot.waitUntil(lambda: model.total() == 1)
    assert model.row_id(0) == cid
    window.client_list.search.clear()
    qtbot.waitUntil(lambda: model.total() == 41)


def test_find_person_by_transliterated_name(qtbot, window, store):
    demo.generate(store, 30, seed=3)
    cid = clients.create_client(store, {"given_name": "Mohammed", "family_name": "Al-Hassan",
                                        "native_name": "محمد الحسن", "birth_date": "1990"})
    window.client_list.reload()
    model = window.client_list.model
    qtbot.keyClicks(window.client_list.search, "Muhamad Hasan")
    qtbot.waitUntil(lambda: not model.pending and cid in model.row_ids())
    window.client_list.search.clear()
    window.client_list.search.setText("محمد")  # QTest types ASCII only
    qtbot.waitUntil(lambda: not model.pending and cid in model.row_ids())
    qtbot.keyClick(window.client_list.search, Qt.Key.Key_Return)  # opens the best match
    assert window.current_record() is not None


def test_filters_status_and_open_needs(qtbot, window, store):
    open_id = clients.create_client(store, {"given_name": "A", "family_name": "Offen", "municipality": "Alsdorf"})
    clients.create_client(store, {"given_name": "B", "family_name": "Zu", "status": "closed",
                                  "municipality": "Alsdorf"})
    from kimdesk.services.clients_intake import responsibilities as rs

    rs.add_need(store, open_id, {"category": "Wohnung"})
    page = window.client_list
    page.reload()
    page.status.setCurrentIndex(page.status.findData("closed"))
    assert page.model.total() == 1 and page.model.row_ids() != [open_id]
    page.status.setCurrentIndex(0)
    page.open_needs.setChecked(True)
    assert page.model.row_ids() == [open_id]
    page.municipality.setCurrentIndex(page.municipality.findData("Aachen"))
    assert page.model.total() == 0


def test_pages_are_loaded_lazily(window, store):
    demo.generate(store, 450, seed=6)
    model = window.client_list.model
    window.client_list.reload()
    assert model.total() >= 450
    assert model.rowCount() == 200  # only the first page is read
    model.fetchMore()
    assert model.rowCount() == 400


def test_every_navigation_page_opens_and_status_bar_shows_states(window):
    for i, name in enumerate(NAV):
        window.show_page(name)
        assert window.stack.currentIndex() == i and window.stack.currentWidget().isVisible()
    from kimdesk.ui.conferences.page import ConferencesPage

    from kimdesk.ui import pages

    assert isinstance(pages.real(window.conferences_page), ConferencesPage)
    from kimdesk.ui.reports.page import ReportsPage
    from kimdesk.ui.sync.page import SyncPage

    assert isinstance(pages.real(window.reports_page), ReportsPage)
    assert isinstance(pages.real(window.sync_page), SyncPage)
    window.set_sync_state("zuletzt vor 2 Minuten")
    assert window.sync_state() == "Synchronisation: zuletzt vor 2 Minuten"
    assert window.lock_state() == "entsperrt"


def test_sort_by_column(qtbot, window, store):
    for name in ("Zeller", "Abel", "Meier"):
        clients.create_client(store, {"given_name": "X", "family_name": name})
    window.client_list.reload()
    model = window.client_list.model
    window.client_list.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names == ["Zeller", "Meier", "Abel"]


def test_real_worker_window_constructs(qtbot, store, profile):
    win = MainWindow(store, profile=profile)
    win.skip_close_check = True
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not win.client_list.model.pending)
    assert win.client_list.model.total() == 0


def test_sync_state_reaches_the_status_bar_and_lock_pauses_sync(qtbot, window, store, tmp_path):
    """The sync controller is wired in: its state shows in the status bar; locking pauses it."""
    from kimdesk.sync import service as sync_service
    from kimdesk.sync import team

    window.start_sync()
    qtbot.waitUntil(lambda: "Kein Sync-Ziel" in window.sync_state())
    share = tmp_path / "share"
    share.mkdir()
    team.create(store)
    sync_service.save_target(store, str(share))
    clients.create_client(store, {"given_name": "Olena", "family_name": "Kovalenko"})
    window.sync.sync_now()
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=20000)
    assert (share / "devices").is_dir()
    assert "Synchronisation:" in window.sync_state() and "Kein Sync-Ziel" not in window.sync_state()
    window.prepare_lock()
    assert not window.sync.timer.isActive()


def test_status_bar_shows_the_waiting_count_once(qtbot, window, store, tmp_path):
    """Offline with a change waiting: the count is in its own label, the sync state names the state only."""
    import re

    from PySide6.QtWidgets import QLabel

    from kimdesk.sync import service as sync_service

    clients.create_client(store, {"given_name": "Olena", "family_name": "Kovalenko"})
    sync_service.save_target(store, str(tmp_path / "not-mounted"))
    window.start_sync()
    qtbot.waitUntil(lambda: "Offline" in window.sync_state(), timeout=20000)
    qtbot.waitUntil(lambda: window.waiting_text().startswith("1 "))
    shown = " | ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert len(re.findall(r"\d+ Änderung", shown)) == 1, shown
    assert window.sync_state() == "Synchronisation: Offline"


def test_sync_interval_from_the_settings_reaches_the_controller(window):
    from kimdesk.services.admin import settings

    window._settings_saved({settings.SYNC_INTERVAL_MINUTES.key: 0})
    assert window.sync.minutes == 0 and not window.sync.timer.isActive()
    window._settings_saved({settings.SYNC_INTERVAL_MINUTES.key: 5})
    assert window.sync.timer.isActive() and window.sync.timer.interval() == 5 * 60_000


def test_every_page_fits_a_1366_pixel_laptop_screen(window):
    """Counsellors' laptops often have 1366×768: no page may force a wider window."""
    from kimdesk.ui import pages

    for name in NAV:
        window.show_page(name)
    for page in (window.conferences_page, window.reports_page, window.sync_page):
        pages.real(page)
    assert window.minimumSizeHint().width() <= 1366
    assert window.nav.sizeHint().width() + pages.real(window.conferences_page).minimumSizeHint().width() <= 1366


def test_the_windows_own_pages_are_built_when_first_shown(qtbot, window):
    """Tasks, waiting list and agencies are not built with the window: the first time each is shown;
    what the window told them meanwhile (the user's name) reaches the page then."""
    own = (window.tasks_page, window.waiting_page, window.agencies_page)
    assert [page.built() for page in own] == [None, None, None]
    window.set_user("Frau Beispiel")
    window.data_changed()  # nothing to refresh on a page not built yet
    window.show_page("tasks")
    built = window.tasks_page.built()
    assert built is not None and built.isVisible() and built.user == "Frau Beispiel"
    assert built.geometry().size() == window.tasks_page.contentsRect().size()  # laid out at once
    assert window.waiting_page.built() is None and window.agencies_page.built() is None
    window.show_page("agencies")
    assert window.agencies_page.built() is not None and window.waiting_page.built() is None


def test_reading_a_page_not_built_yet_does_not_build_it(qtbot, window):
    """The window's own pages forward only what the window calls: an unknown attribute (``hasattr`` as
    a caller's probe, a typo) raises instead of building the page behind it."""
    page = window.waiting_page
    assert not hasattr(page, "table") and not hasattr(page, "refresh")
    with pytest.raises(AttributeError):
        page.open_client  # noqa: B018 - the read itself is the test
    page.mark_stale()
    page.clear()
    assert page.built() is None
    assert pages.real(page) is page.built() is not None  # whoever needs the page asks for it
