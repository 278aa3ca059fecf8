"""What a repaint of the client list costs in Python, and that it looks as a plain C++ model's would
(issue 19: keystroke → repainted list within one frame at 100,000 people)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QItemSelectionModel

from kimdesk.services.admin import demo
from kimdesk.ui import client_list as client_list_ui
from kimdesk.ui.client_list import ClientListPage
from kimdesk.ui.client_table import ClientTableModel, first_page_model


class CountingModel(ClientTableModel):
    """The list's model, counting the calls into Python that painting makes."""

    calls: Counter = Counter()

    def data(self, index, role=0):
        CountingModel.calls["data"] += 1
        return super().data(index, role)

    def multiData(self, index, span):  # noqa: N802 - Qt's name
        CountingModel.calls["multiData"] += 1
        return super().multiData(index, span)


def _page(qtbot, store, worker, model_class=ClientTableModel) -> ClientListPage:
    page = ClientListPage(store, worker)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitExposed(page):  # an unexposed window's repaint paints nothing
        page.show()
    qtbot.waitUntil(lambda: not page.model.pending, timeout=30_000)
    return page


def _visible_cells(page: ClientListPage) -> int:
    view = page.table
    port = view.viewport().rect()
    rows = [r for r in range(page.model.rowCount()) if view.visualRect(page.model.index(r, 0)).intersects(port)]
    cols = [c for c in range(page.model.columnCount()) if view.visualRect(page.model.index(0, c)).intersects(port)]
    return len(rows) * len(cols)


def test_a_repaint_calls_into_python_once_per_visible_cell(qtbot, store, worker, monkeypatch):
    """Qt's default ``multiData`` asks ``data`` seven times per cell (font, alignment, colours, check
    state, icon, text, background): ~1,500 calls into Python for a page of 1366×768."""
    demo.generate(store, 60, seed=7)
    monkeypatch.setattr(client_list_ui, "ClientTableModel", CountingModel)
    page = _page(qtbot, store, worker)
    assert isinstance(page.model, CountingModel) and page.model.rowCount() > 20
    page.table.selectRow(2)
    cells = _visible_cells(page)
    assert cells >= 8 * 20
    CountingModel.calls.clear()
    page.table.viewport().repaint()
    assert CountingModel.calls["data"] == 0
    assert CountingModel.calls["multiData"] == cells


def test_data_and_multi_data_answer_alike(qtbot, store, worker):
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    demo.generate(store, 5, seed=3)
    page = _page(qtbot, store, worker)
    model = page.model
    index = model.index(1, 2)
    for roles in ([6, 7, 9, 10, 1, 0, 8], [0, 256], [256], [0, 6, 7, 9, 10, 1, 8]):
        for role in roles:
            item = QModelRoleData(role)
            model.multiData(index, QModelRoleDataSpan(item))
            assert item.data() == model.data(index, role), role
    assert model.data(index, 0) == model._cells[1][2] and model.data(index, 256) == model.row_id(1)


@pytest.mark.parametrize("text", ["", "a"])
def test_the_list_paints_as_a_plain_cpp_model_with_the_same_texts(qtbot, store, worker, text):
    """Pixel for pixel at 1366×768 (alternating rows, a selected row, the current cell), with and
    without a search: answering in one call changes nothing on screen."""
    demo.generate(store, 60, seed=7)
    page = _page(qtbot, store, worker)
    if text:
        page.search.setText(text)
        qtbot.waitUntil(lambda: not page.model.pending, timeout=30_000)
    assert page.model.rowCount() > 5
    page.table.setFocus()
    page.table.selectRow(3)
    page.table.selectionModel().setCurrentIndex(page.model.index(3, 2), QItemSelectionModel.SelectionFlag.NoUpdate)
    ours = page.table.viewport().grab().toImage()
    plain = first_page_model(page.model, page)
    page.table.setModel(plain)
    page.table.selectRow(3)
    page.table.selectionModel().setCurrentIndex(plain.index(3, 2), QItemSelectionModel.SelectionFlag.NoUpdate)
    assert page.table.viewport().grab().toImage() == ours


def test_no_row_or_column_is_measured_by_its_contents(qtbot, store, worker):
    """Fixed row heights and interactive column widths: a model reset or a repaint never measures
    the texts of the rows (ResizeToContents would ask every row's size hint, 100,000 of them)."""
    from PySide6.QtWidgets import QHeaderView

    demo.generate(store, 5, seed=3)
    page = _page(qtbot, store, worker)
    vertical, horizontal = page.table.verticalHeader(), page.table.horizontalHeader()
    assert {vertical.sectionResizeMode(r) for r in range(vertical.count())} == {QHeaderView.ResizeMode.Fixed}
    modes = {horizontal.sectionResizeMode(c) for c in range(horizontal.count())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes and modes <= {QHeaderView.ResizeMode.Interactive,
                                                                                QHeaderView.ResizeMode.Stretch}
