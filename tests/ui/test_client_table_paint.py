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


def test_a_repaint_asks_the_model_nothing_for_a_plain_cell(qtbot, store, worker, monkeypatch):
    """Qt's own delegate asks seven roles of every cell (font, alignment, colours, check state, icon,
    text, background), through ``data`` one call into Python each: ~1,500 calls for a page of 1366×768.
    The list's delegate paints a plain cell from the model's texts; only the cells it leaves to Qt's
    delegate (here the selected row's) are asked, in one ``multiData`` call each."""
    demo.generate(store, 60, seed=7)
    monkeypatch.setattr(client_list_ui, "ClientTableModel", CountingModel)
    page = _page(qtbot, store, worker)
    assert isinstance(page.model, CountingModel) and page.model.rowCount() > 20
    page.table.selectRow(2)
    assert _visible_cells(page) >= 8 * 20
    CountingModel.calls.clear()
    page.table.viewport().repaint()
    assert CountingModel.calls["data"] == 0
    selected_row = _visible_cells(page) // _visible_rows(page)
    assert selected_row <= CountingModel.calls["multiData"] <= selected_row + _cut_short(page)


def _cut_short(page: ClientListPage) -> int:
    """Visible cells whose text does not fit its column (Qt's delegate elides them)."""
    from PySide6.QtGui import QFontMetricsF

    metrics, view, port = QFontMetricsF(page.table.font()), page.table, page.table.viewport().rect()
    return sum(1 for r in range(page.model.rowCount()) for c in range(page.model.columnCount())
               if view.visualRect(page.model.index(r, c)).intersects(port)
               and metrics.horizontalAdvance(page.model._cells[r][c]) > view.columnWidth(c) - 8)


def _visible_rows(page: ClientListPage) -> int:
    view, port = page.table, page.table.viewport().rect()
    return len([r for r in range(page.model.rowCount()) if view.visualRect(page.model.index(r, 0)).intersects(port)])


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


@pytest.mark.parametrize("text", ["", "a", "ali"])
def test_the_list_paints_as_qt_paints_the_same_texts(qtbot, store, worker, text):
    """Pixel for pixel at 1366×768 against Qt's own delegate over a plain C++ model of the same texts
    (alternating rows, a selected row, the current cell, an elided name, a name in Arabic script),
    with and without a search."""
    from kimdesk.services.clients_intake import clients

    demo.generate(store, 60, seed=7)
    clients.create_client(store, {"given_name": "Ali", "family_name": "Aaberg-Abdelrahman-Alhassan-Wiśniewska"})
    clients.create_client(store, {"given_name": "علي", "family_name": "Aal"})
    clients.create_client(store, {"given_name": "Alina", "family_name": "Aalto", "case_manager": "Ölçer Ğ."})
    page = _page(qtbot, store, worker)
    if text:
        page.search.setText(text)
        qtbot.waitUntil(lambda: not page.model.pending, timeout=30_000)
    assert page.model.rowCount() > 3
    page.table.setFocus()
    page.table.selectRow(1)
    page.table.selectionModel().setCurrentIndex(page.model.index(1, 2), QItemSelectionModel.SelectionFlag.NoUpdate)
    ours = page.table.viewport().grab().toImage()
    assert page.table._cells.plain  # the probe passed: the plain path painted this
    assert _as_qt_paints(page, selected=1, current=(1, 2)) == ours


def _as_qt_paints(page: ClientListPage, *, selected: int | None = None, current: tuple[int, int] | None = None):
    """The table's viewport as Qt's own delegate paints the same texts from a plain C++ model."""
    from PySide6.QtWidgets import QStyledItemDelegate

    plain = first_page_model(page.model, page)
    page.table.setModel(plain)
    page.table.setItemDelegate(QStyledItemDelegate(page.table))
    if selected is not None:
        page.table.selectRow(selected)
    if current is not None:
        page.table.selectionModel().setCurrentIndex(plain.index(*current), QItemSelectionModel.SelectionFlag.NoUpdate)
    return page.table.viewport().grab().toImage()


def test_a_cell_is_painted_in_the_views_current_font_and_colours(qtbot, store, worker):
    """The delegate's metrics and pens follow a font or palette change (read once per repaint)."""
    from PySide6.QtGui import QColor, QPalette

    demo.generate(store, 20, seed=5)
    page = _page(qtbot, store, worker)
    page.table.viewport().grab()
    font = page.table.font()
    font.setPointSize(font.pointSize() + 3)
    page.table.setFont(font)
    palette = page.table.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#a01010"))
    page.table.setPalette(palette)
    ours = page.table.viewport().grab().toImage()
    assert page.table._cells.plain
    assert _as_qt_paints(page) == ours


@pytest.mark.parametrize("pixel_size", [11, 12, 13, 14, 15, 16, 17])
def test_the_plain_path_holds_for_fonts_whose_line_is_not_a_whole_pixel(qtbot, store, worker, pixel_size):
    """A font's ascent plus descent is rarely a whole pixel (DejaVu Sans at 9 pt: 13.95 px); the
    style's text layout rounds the line up, and the plain path must put the text where that puts it,
    else the probe fails and every cell goes the slow way (it did on a machine with DejaVu Sans)."""
    from PySide6.QtGui import QFontMetricsF

    demo.generate(store, 20, seed=5)
    page = _page(qtbot, store, worker)
    font = page.table.font()
    font.setPixelSize(pixel_size)
    page.table.setFont(font)
    metrics = QFontMetricsF(font)
    ours = page.table.viewport().grab().toImage()
    assert page.table._cells.plain, f"line {metrics.ascent() + metrics.descent()} px"
    assert _as_qt_paints(page) == ours


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


def _style_drawing_items_otherwise(kind: str):
    """A style that paints item-view cells otherwise than QCommonStyle: the text 3 px further in
    (as styles with wider item margins do), or a background on every cell (as Windows 11 and
    Breeze draw hovered and rounded cells)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class Otherwise(QProxyStyle):
        def subElementRect(self, element, option, widget=None):  # noqa: N802 - Qt's name
            rect = super().subElementRect(element, option, widget)
            if kind == "margin" and element == QStyle.SubElement.SE_ItemViewItemText:
                rect.adjust(3, 0, 0, 0)
            return rect

        def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 - Qt's name
            if kind == "background" and element == QStyle.PrimitiveElement.PE_PanelItemViewItem:
                painter.fillRect(option.rect.adjusted(2, 2, -2, -2), QColor("#eef3fb"))
            super().drawPrimitive(element, option, painter, widget)

    return Otherwise("fusion")


@pytest.mark.parametrize("kind", ["margin", "background"])
def test_a_style_that_draws_cells_its_own_way_gets_qts_delegate(qtbot, store, worker, kind):
    """The plain path proves itself on the active style (``PlainCellDelegate.prepare`` paints probe
    cells both ways): a style whose item text margin or cell background differs from QCommonStyle's
    fails the probe, and every cell is painted by Qt's delegate, so the pixels are Qt's."""
    demo.generate(store, 30, seed=11)
    page = _page(qtbot, store, worker)
    page.table.viewport().grab()
    assert page.table._cells.plain  # on with the style of this machine
    style = _style_drawing_items_otherwise(kind)
    page.table.setStyle(style)  # after the first repaint: the change of style is seen and probed
    ours = page.table.viewport().grab().toImage()
    assert not page.table._cells.plain
    assert _as_qt_paints(page) == ours
    page.table.setStyle(None)


def test_a_style_sheet_that_pads_the_items_gets_qts_delegate(qtbot, store, worker):
    """A style sheet on the table (here padding its items) fails the probe: Qt's pixels."""
    demo.generate(store, 30, seed=13)
    page = _page(qtbot, store, worker)
    page.table.viewport().grab()
    assert page.table._cells.plain
    page.table.setStyleSheet("QTableView::item { padding-left: 7px }")
    ours = page.table.viewport().grab().toImage()
    assert not page.table._cells.plain
    assert _as_qt_paints(page) == ours


def test_the_probe_follows_a_style_sheet_set_on_the_window(qtbot, store, worker):
    """A sheet on an ancestor reaches the table's items too; taken off again, the plain path returns."""
    demo.generate(store, 10, seed=17)
    page = _page(qtbot, store, worker)
    page.setStyleSheet("QAbstractItemView::item { padding-left: 5px }")
    page.table.viewport().grab()
    assert not page.table._cells.plain
    page.setStyleSheet("")
    page.table.viewport().grab()
    assert page.table._cells.plain


def test_the_probe_runs_once_per_font_palette_or_style(qtbot, store, worker, monkeypatch):
    """Repaints with nothing changed do not probe again (the probe costs ~2 ms; a repaint must not)."""
    from kimdesk.ui.client_cells import PlainCellDelegate

    demo.generate(store, 10, seed=19)
    page = _page(qtbot, store, worker)
    page.table.viewport().grab()
    probes = Counter()
    probe = PlainCellDelegate._probe
    monkeypatch.setattr(PlainCellDelegate, "_probe", lambda self, view: probes.update(["probe"]) or probe(self, view))
    for _ in range(3):
        page.table.viewport().repaint()
    assert probes["probe"] == 0
    font = page.table.font()
    font.setPointSize(font.pointSize() + 1)
    page.table.setFont(font)
    for _ in range(3):
        page.table.viewport().repaint()
    assert probes["probe"] == 1 and page.table._cells.plain


def _long_texts(store) -> None:
    """People whose texts do not fit narrow columns: Latin with marks, Cyrillic, a hyphenated name."""
    from kimdesk.services.clients_intake import clients

    for given, family, place, manager in [
        ("Gyöngyi-Krisztina", "Pająk-Ljubičić-Wiśniewska", "Stolberg (Rheinland)", "Anna-Lena Müller-Lüdenscheidt"),
        ("Юлия Александровна", "Щербакова-Воронцова", "Herzogenrath-Kohlscheid", "Ölçer Ğülşen"),
        ("Maximilian", "Aaberg-Abdelrahman-Alhassan", "Baesweiler", "Julia Hansen-Oberdorfer"),
    ]:
        clients.create_client(store, {"given_name": given, "family_name": family, "municipality": place,
                                      "case_manager": manager})


def test_elided_cells_are_painted_on_the_plain_path_as_qt_elides_them(qtbot, store, worker, monkeypatch):
    """Narrow columns cut most texts short: the plain path elides them as the style does (its text
    engine's ``elidedText`` at the text rectangle's width) instead of handing them to Qt's delegate;
    only the selected row's cells are asked of the model (one ``multiData`` each), and the pixels
    are Qt's own, with the selected row, the current cell and the focus."""
    demo.generate(store, 40, seed=23)
    _long_texts(store)
    monkeypatch.setattr(client_list_ui, "ClientTableModel", CountingModel)
    page = _page(qtbot, store, worker)
    for column in range(page.model.columnCount()):
        page.table.setColumnWidth(column, 70)
    page.table.setFocus()
    page.table.selectRow(2)
    page.table.selectionModel().setCurrentIndex(page.model.index(2, 1), QItemSelectionModel.SelectionFlag.NoUpdate)
    page.table.viewport().grab()
    assert _cut_short(page) >= 3 * _visible_rows(page)  # most visible cells are elided
    CountingModel.calls.clear()
    page.table.viewport().repaint()
    assert page.table._cells.plain
    assert CountingModel.calls["multiData"] == _visible_cells(page) // _visible_rows(page)  # the selected row's
    ours = page.table.viewport().grab().toImage()
    assert _as_qt_paints(page, selected=2, current=(2, 1)) == ours


def test_the_plain_path_places_text_at_a_fractional_top_as_qt(qtbot, store, worker):
    """Where a font's layout ascent and its metrics' ascent differ, the text's top is not a whole
    pixel and goes through the ``QPointF`` overload: the same pixels as Qt's."""
    demo.generate(store, 20, seed=29)
    _long_texts(store)
    page = _page(qtbot, store, worker)
    page.table.viewport().grab()
    cells = page.table._cells
    assert cells.plain and cells._whole
    cells._whole, cells._top = False, float(cells._top)
    ours = page.table.viewport().grab().toImage()
    assert not cells._whole
    assert _as_qt_paints(page) == ours


def test_a_right_to_left_list_paints_as_qt(qtbot, store, worker):
    """Right to left (an Arabic or Hebrew interface) every cell is Qt's: the plain path is off and
    the pixels, Arabic names included, are what Qt's delegate paints."""
    from PySide6.QtCore import Qt

    from kimdesk.services.clients_intake import clients

    demo.generate(store, 20, seed=31)
    _long_texts(store)
    clients.create_client(store, {"given_name": "علي", "family_name": "العبدالله"})
    page = _page(qtbot, store, worker)
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.table.selectRow(1)
    ours = page.table.viewport().grab().toImage()
    assert not page.table._cells.plain
    assert _as_qt_paints(page, selected=1) == ours


def test_a_text_is_laid_out_once_across_repaints(qtbot, store, worker, monkeypatch):
    """Repaints keep each text's glyphs (``QStaticText``): a second repaint lays nothing out again,
    and a new font lays every text out anew (the probe runs once more)."""
    from kimdesk.ui import client_cells

    demo.generate(store, 30, seed=37)
    page = _page(qtbot, store, worker)
    page.table.viewport().grab()
    made = Counter()
    real = client_cells.QStaticText
    monkeypatch.setattr(client_cells, "QStaticText", lambda text: made.update(["text"]) or real(text))
    page.table.viewport().repaint()
    assert made["text"] == 0
    font = page.table.font()
    font.setPointSize(font.pointSize() + 2)
    page.table.setFont(font)
    ours = page.table.viewport().grab().toImage()
    assert made["text"] > 0 and page.table._cells.plain
    assert _as_qt_paints(page) == ours
