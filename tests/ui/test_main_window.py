"""The main window lists people from the store and filters as you type (real widgets, offscreen)."""

from __future__ import annotations

from kimdesk.services import clients, demo
from kimdesk.ui.main_window import MainWindow


def test_lists_demo_clients_and_filters_as_you_type(qtbot, store):
    demo.generate(store, 40, seed=5)
    cid = clients.create_client(store, {"given_name": "Mohammed", "family_name": "Quastenflosser"})
    window = MainWindow(store, profile_label="Test")
    qtbot.addWidget(window)
    window.show()
    assert window.model.total() == 41
    assert window.model.rowCount() == 41
    qtbot.keyClicks(window.search, "Quastenflosser")
    qtbot.waitUntil(lambda: window.model.total() == 1)
    assert window.model.row_id(0) == cid
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.total() == 41)


def test_pages_are_loaded_lazily(qtbot, store):
    demo.generate(store, 450, seed=6)
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.model.total() >= 450
    assert window.model.rowCount() == 200  # only the first page is read
    window.model.fetchMore()
    assert window.model.rowCount() == 400
