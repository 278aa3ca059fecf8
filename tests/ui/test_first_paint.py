"""First paint before the ORM: the window and the list's first page without SQLAlchemy, then attached."""

from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

from kimdesk.services.admin import demo, settings
from kimdesk.services.clients_intake.client_list import ListFilter, Query
from kimdesk.store import first_page
from kimdesk.store.profile import Profile, init_profile, remember_key
from kimdesk.ui.app import read_first_paint
from kimdesk.ui.main_window import MainWindow
from tests.conftest import ROOT
from tests.support.cli import run_subprocess

PAINT = """
import json, sys
from pathlib import Path
from types import SimpleNamespace
from PySide6.QtWidgets import QApplication
from kimdesk.ui.app import beside_the_ui, read_first_paint
from kimdesk.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
ctx = SimpleNamespace(data_dir=Path(sys.argv[1]), profile_name="default", passphrase_from_env=lambda: None)
painted = beside_the_ui(lambda: read_first_paint(ctx))
window = MainWindow(None, profile_label="Profil: default", first_rows=painted.rows)
window.show_at(painted.geometry)
app.processEvents()
window.repaint()
# PySide6 builds the Qt namespace (~90 enums, ~20 ms) the first time the name is imported or a Python
# model is asked headerData/data: neither before the first page is on screen
qt = "Qt" in sys.modules["PySide6.QtCore"].__dict__
model = window.client_list.model
print(json.dumps({"rows": model.rowCount(), "first": [model.data(model.index(0, c)) for c in range(8)], "qt": qt,
                  "orm": sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")
                                or m.startswith(("kimdesk.models", "kimdesk.sync", "kimdesk.services")))}))
"""


def _profile_with_people(data_dir, people: int) -> Profile:
    profile = Profile(data_dir, "default")
    store = init_profile(profile, "eine lange Passphrase", remember=True)
    demo.generate(store, people, seed=4)
    store.close()
    return profile


def test_window_and_first_page_are_painted_before_the_orm_is_imported(data_dir):
    _profile_with_people(data_dir, 12)
    out = subprocess.run([sys.executable, "-c", PAINT, str(data_dir)], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["orm"] == []
    assert seen["qt"] is False
    assert seen["rows"] == 12 and seen["first"][0] and seen["first"][7] in ("offen", "abgeschlossen")


def test_gui_paints_first_then_opens_the_store_behind(data_dir):
    _profile_with_people(data_dir, 5)
    result = run_subprocess("--data-dir", data_dir, "gui", "--exit-when-shown", timeout=120)
    assert result.code == 0, result.err
    assert result.out.index("KIMDESK_SHOWN") < result.out.index("KIMDESK_READY")


def test_gui_paints_first_with_the_passphrase_from_the_environment(data_dir):
    profile = Profile(data_dir, "default")
    init_profile(profile, "eine lange Passphrase", remember=False).close()
    result = run_subprocess("--data-dir", data_dir, "gui", "--exit-when-shown",
                            env={"KIMDESK_PASSPHRASE": "eine lange Passphrase"}, timeout=120)
    assert result.code == 0, result.err
    assert "KIMDESK_SHOWN" in result.out and "KIMDESK_READY" in result.out


def test_no_key_at_hand_takes_the_full_path(data_dir):
    profile = Profile(data_dir, "default")
    init_profile(profile, "eine lange Passphrase", remember=False).close()
    ctx = SimpleNamespace(data_dir=data_dir, profile_name="default", passphrase_from_env=lambda: None)
    assert read_first_paint(ctx) is None  # the unlock dialog asks, as before
    ctx.passphrase_from_env = lambda: "falsche Passphrase"
    assert read_first_paint(ctx) is None  # the full path says it is wrong
    assert read_first_paint(SimpleNamespace(data_dir=data_dir, profile_name="neu",
                                            passphrase_from_env=lambda: None)) is None  # the first run


def _painted(profile, passphrase_key):
    painted = first_page.read(profile.dir, passphrase_key)
    assert painted is not None
    return painted


def test_attach_keeps_the_first_page_and_counts_behind_it(qtbot, store, profile, template_profile, worker):
    demo.generate(store, first_page.PAGE + 30, seed=6)
    settings.USER_NAME.set(store, "")
    painted = _painted(profile, template_profile[1])
    window = MainWindow(None, profile_label="Profil: default", first_rows=painted.rows)
    qtbot.addWidget(window)
    window.skip_close_check = True
    assert window.held_action() is None  # nothing asked for before the store is open
    shown = [window.client_list.model.row_id(i) for i in range(window.client_list.model.rowCount())]
    assert len(shown) == first_page.FIRST_PAINT < first_page.PAGE  # a screen's rows, not a page
    window.attach(store, worker=worker, profile=profile)
    painted.release()
    model = window.client_list.model
    assert [model.row_id(i) for i in range(model.rowCount())] == shown
    assert model.total() == first_page.PAGE + 30 and not model.pending
    assert "230" in window.client_list.count_label.text()
    assert window.new_action.isEnabled() and window.tasks_page is not None and window.lock_state() == "entsperrt"
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == first_page.PAGE + 30


def _painted_window(qtbot, rows):
    """The first paint's window on screen and active, before any store is attached."""
    window = MainWindow(None, profile_label="Profil: default", first_rows=rows)
    qtbot.addWidget(window)
    window.skip_close_check = True
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _painted_list(qtbot, store, profile, template_profile, *, seed: int):
    """80 demo people, their first page painted, the window on screen before attach: the window, its
    list page, table view and header."""
    demo.generate(store, 80, seed=seed)
    settings.USER_NAME.set(store, "")
    painted = _painted(profile, template_profile[1])
    window = _painted_window(qtbot, painted.rows)
    table = window.client_list.table
    qtbot.waitUntil(lambda: table.model().filled)  # the rows below the screen's get their items after the paint
    return painted, window, window.client_list, table, table.horizontalHeader()


def test_shortcuts_work_from_the_first_paint(qtbot, store, profile, template_profile, worker):
    """Before the store is open: Ctrl+2 marks the tasks page, Ctrl+N is held; on attach the tasks page
    shows, then the held intake opens (the last thing asked for), nothing lost or done twice."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    demo.generate(store, 20, seed=3)
    painted = _painted(profile, template_profile[1])
    window = _painted_window(qtbot, painted.rows)
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(window, Qt.Key.Key_2, ctrl)
    assert window.current_page() == "tasks"  # marked at once; its page comes with the store
    assert window.held_action() is None
    window.attach(store, worker=worker, profile=profile)
    painted.release()
    assert window.stack.currentWidget() is window.tasks_page  # the page asked for before the store was there
    QTest.keyClick(window, Qt.Key.Key_1, ctrl)
    assert window.current_page() == "clients"

    later = _painted_window(qtbot, _painted(profile, template_profile[1]).rows)
    QTest.keyClick(later, Qt.Key.Key_N, ctrl)
    assert later.held_action() is not None and later.workspace.count() == 1  # held, not lost
    assert "wird noch geöffnet" in later.statusBar().currentMessage()
    later.attach(store, worker=worker, profile=profile)
    assert later.held_action() is None
    assert later.workspace.count() == 2 and later.workspace.tabText(1) == "Neue Person"  # opened once
    assert later.workspace.currentIndex() == 1


def test_a_sort_chosen_before_attach_is_read_on_attach(qtbot, store, profile, template_profile, worker):
    from PySide6.QtCore import Qt

    demo.generate(store, 40, seed=2)
    painted = _painted(profile, template_profile[1])
    window = MainWindow(None, first_rows=painted.rows)
    qtbot.addWidget(window)
    window.skip_close_check = True
    window.client_list.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # birth date, newest first
    window.attach(store, worker=worker, profile=profile)
    painted.release()
    model = window.client_list.model
    flt = ListFilter(sort="birth_date", descending=True, extra={"sorted_by_user": True})
    with store.connection() as conn:
        expected = [r.id for r in Query(conn, flt).page(conn, 0, 200)]
    assert [model.row_id(i) for i in range(model.rowCount())] == expected


def test_closing_before_the_store_arrives(qtbot, store, profile, template_profile):
    painted = _painted(profile, template_profile[1])
    window = MainWindow(None, first_rows=painted.rows)
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    painted.release()


def test_first_paint_holds_the_profile_until_released(store, profile, template_profile, passphrase):
    from kimdesk.store import profile_lock

    remember_key(profile, passphrase)
    painted = _painted(profile, template_profile[1])
    store.close()  # only the first paint holds it now
    try:
        with profile_lock.exclusive(profile.dir):
            raise AssertionError("a restore could swap the file under the first paint")
    except Exception as exc:  # noqa: BLE001
        assert "benutzt" in str(exc)
    painted.release()
    with profile_lock.exclusive(profile.dir):
        pass


def test_the_first_page_model_gives_way_to_the_real_one_unseen(qtbot, store, profile, template_profile, worker):
    """Before attach the view shows the first page through a C++ model (no Python asked headerData/data
    before the paint); on attach the real model takes its place: the same texts, header titles, widths
    and sort indicator, the current and selected person, the scroll position and the focus kept."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kimdesk.ui.client_table import ClientTableModel, FirstPageModel

    painted, window, page, table, header = _painted_list(qtbot, store, profile, template_profile, seed=8)
    assert isinstance(table.model(), FirstPageModel)
    assert window.nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff  # set by number
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)

    def shown() -> tuple:
        view = table.model()
        return ([view.headerData(c, Qt.Orientation.Horizontal) for c in range(view.columnCount())],
                [[view.index(r, c).data() for c in range(view.columnCount())] for r in range(view.rowCount())])

    before = shown()
    header.resizeSection(2, 171)  # what the user does before the store is there
    table.setFocus()
    table.setCurrentIndex(table.model().index(9, 2))
    assert [i.row() for i in table.selectionModel().selectedRows()] == [9]
    table.verticalScrollBar().setValue(4)
    person = page.model.row_id(9)
    window.attach(store, worker=worker, profile=profile)
    painted.release()
    assert isinstance(table.model(), ClientTableModel) and table.model() is page.model
    assert shown() == before
    assert header.sectionSize(2) == 171
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (9, 2)
    assert [page.model.row_id(i.row()) for i in table.selectionModel().selectedRows()] == [person]
    assert page.selected_id() == person
    assert table.verticalScrollBar().value() == 4
    assert QApplication.focusWidget() is table


def test_search_and_sort_asked_before_attach_are_read_on_attach(qtbot, store, profile, template_profile, worker):
    """Typed into the search field or chosen by a header click before the store is there: the text stays
    in the field and the focus with it, the first page's rows stay as they were (the click sorts
    nothing yet), and on attach the real model reads both."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    painted, window, page, table, header = _painted_list(qtbot, store, profile, template_profile, seed=9)
    rows = [[table.model().index(r, c).data() for c in range(8)] for r in range(table.model().rowCount())]
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(3) + 5,
                                                                             header.height() // 2))
    assert header.sortIndicatorSection() == 3
    assert [[table.model().index(r, c).data() for c in range(8)] for r in range(table.model().rowCount())] == rows
    page.search.setFocus()
    QTest.keyClicks(page.search, "a")
    window.attach(store, worker=worker, profile=profile)
    painted.release()
    assert page.search.text() == "a" and QApplication.focusWidget() is page.search
    qtbot.waitUntil(lambda: not page.model.pending)
    flt = page.model.filter
    assert flt.text == "a" and flt.sort == "birth_date"
    assert header.sortIndicatorSection() == 3


def test_the_first_page_models_roles_and_sort_indicator_are_qts():
    """The numbers the first paint spells instead of naming Qt's enums (that would build the namespace)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from kimdesk.ui import client_table
    from kimdesk.ui.client_list import sort_by_family_name

    assert (client_table._DISPLAY, client_table._USER) == (int(Qt.ItemDataRole.DisplayRole.value),
                                                           int(Qt.ItemDataRole.UserRole.value))
    view = QTableView()
    header = view.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    header.restoreState(header.saveState())
    sort_by_family_name(header)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)
    assert header.restoreState(header.saveState())  # the state's layout as ``sort_by_family_name`` reads it
    assert bytes(header.saveState().data())[12:20] == bytes([0, 0, 0, 0, 0, 0, 0, 1])


def test_rows_below_the_screen_get_their_items_after_the_first_paint(qtbot, store, profile, template_profile):
    """Before the first paint only the rows the desktop's height can show are built as items; the model has
    all the page's rows from the start (the scroll bar is the same), the paint looks the same as with all
    of them, and right after it the others follow: the page then holds exactly what the lean read gave."""
    from kimdesk.ui.client_list import rows_on_a_screen

    demo.generate(store, first_page.FIRST_PAINT + 20, seed=12)
    painted = _painted(profile, template_profile[1])
    window = MainWindow(None, profile_label="Profil: default", first_rows=painted.rows)
    qtbot.addWidget(window)
    window.skip_close_check = True
    window.resize(1366, 768)
    page = window.client_list
    model = page.table.model()
    at_once = rows_on_a_screen(page.table.verticalHeader().defaultSectionSize())
    assert at_once < len(painted.rows) == model.rowCount() == first_page.FIRST_PAINT  # as many as it reads
    assert not model.filled
    assert model.item(at_once - 1, 1).text() == painted.rows[at_once - 1].family_name
    assert model.item(at_once, 1) is None
    first_frame = page.table.grab().toImage()  # the paint: the others are filled right after it
    assert not model.filled
    qtbot.waitUntil(lambda: model.filled)
    shown = [tuple(model.item(r, c).text() for c in range(8)) for r in range(model.rowCount())]
    assert shown == [tuple(row) for row in page.model._cells]
    assert page.table.grab().toImage() == first_frame
    painted.release()
