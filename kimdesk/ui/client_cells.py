"""The client list's cells painted straight from the model's texts: the same pixels, a repaint in half the time.

A repaint of the list (after every keystroke) paints ~200 cells. Qt's item delegate builds a
style option for each (seven roles asked of the model), lays the text out twice (once to see
whether it must be elided, once to draw it) and draws it through the style. For a plain cell,
one line of text, not selected, not current, not under the mouse, that comes down to one pen and
the text's glyphs at the place the style would put it (its text margin, the line centred in the
row, baseline at the font's ascent). A text too long for its column is cut as the style cuts it
(its text engine's ``elidedText`` at the width of the text's rectangle, the view's elide mode).
Each text is laid out once, into a ``QStaticText`` kept per text (a repaint draws the kept glyphs:
half the time of a ``drawText``, which shapes the text anew each time; the texts of one keystroke's
page mostly come again on the next, and the columns of places, status and case managers repeat).
Every other cell (selected, focused, hovered, right-to-left, in a script that may reorder, or
words wrapped) is painted by Qt's delegate as before. ``tests/ui/test_client_table_paint.py``
compares the pixels with Qt's own painting.

Where "the style would put it" is QCommonStyle's geometry (Fusion's here). Other styles draw
item-view cells their own way (Windows 11: margins, rounded or hovered backgrounds; Breeze; a
style sheet that pads items), so the painter proves itself on the style that is active: whenever
the font, palette, style, style sheets (the view's, its ancestors', the application's), direction,
pixel ratio, row height, elide mode or word wrap change, ``prepare`` paints probe cells both ways
into two images (a Latin name with descenders and marks, a Cyrillic one, a case number; active and
inactive, alternate or not, first, middle, last and only column, and a cell too narrow for them,
elided; the view's own style option and row panel) and paints plain cells itself only when the
images are the same. Otherwise every cell goes through Qt's delegate. A probe costs ~2 ms of CPU,
once per such change; the per-cell path is as before.

The font, palette, style and layout direction are read from the view once per repaint
(``prepare``, called by ``client_list.ClientTable.paintEvent``), never per cell.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRect, QSize
from PySide6.QtGui import (QFontMetricsF, QImage, QPainter, QPalette, QStandardItem, QStandardItemModel,
                           QStaticText, QTextLayout)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem
from shiboken6 import getCppPointer

# below U+0590 (Hebrew): Latin, Greek, Cyrillic, Armenian and their marks, drawn left to right as
# laid out; text from later blocks (Arabic, Hebrew, Indic, CJK …) goes through Qt's delegate
_SIMPLE_BELOW = "\u0590"


_TEXTS_KEPT = 3_000  # texts whose advance and glyphs are kept (~1.8 kB each; names repeat, case numbers do not)


# what the probe paints both ways: a Latin name with descenders and marks, a Cyrillic one, a case number
_PROBE_TEXTS = ("Gyöngyi Pająk-Ljubičić", "Щербакова Юлия", "KIM-2024-00815/37")
_POSITIONS = (QStyleOptionViewItem.ViewItemPosition.Beginning, QStyleOptionViewItem.ViewItemPosition.Middle,
              QStyleOptionViewItem.ViewItemPosition.End, QStyleOptionViewItem.ViewItemPosition.OnlyOne)


class _ProbeCells:
    """Stands in for the model while the probe paints: its texts, one per row."""

    def __init__(self, texts: tuple[str, ...]) -> None:
        self._cells = [(text,) for text in texts]


def _style_sheets(view) -> tuple[str, ...]:
    """The style sheets that reach the view: its own, its ancestors' and the application's."""
    sheets, widget = [QApplication.instance().styleSheet()], view
    while widget is not None:
        sheets.append(widget.styleSheet())
        widget = widget.parentWidget()
    return tuple(sheets)


def _paint_probe(view, size: QSize, cells: list, paint) -> QImage:
    """``cells`` (option, index) painted by ``paint`` as the view paints them: on its viewport's
    background, at its device pixel ratio, the row's panel first, the painter in the viewport's font."""
    ratio, viewport, style = view.devicePixelRatioF(), view.viewport(), view.style()
    image = QImage(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(viewport.palette().color(viewport.backgroundRole()))
    painter = QPainter(image)
    painter.setFont(viewport.font())
    painter.setPen(viewport.palette().color(viewport.foregroundRole()))
    for option, index in cells:
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, option, painter, view)
        paint(painter, option, index)
    painter.end()
    return image


def _line_box(font) -> tuple[int, float]:
    """A one-line layout's height and ascent as the style lays the cell's text out: through a
    ``QTextLayout``, whose line height is ascent plus descent rounded *up* to a whole pixel (a font
    whose two add up to 13.95 px gets a 14 px line, and the text sits half a pixel higher than the
    font metrics' sum would put it)."""
    layout = QTextLayout("Ag", font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    layout.endLayout()
    return int(line.height()), line.ascent()


def _simple(text: str) -> bool:
    """One line in a script drawn as laid out (no line break, tab or invisible format character)."""
    return text.isprintable() and (text.isascii() or max(text) < _SIMPLE_BELOW)


class PlainCellDelegate(QStyledItemDelegate):
    """Paints the plain cells of ``model`` (a ``ClientTableModel``) itself; see the module docstring."""

    def __init__(self, view, model) -> None:
        super().__init__(view)
        self._model = model
        self._key: tuple | None = None  # what the cached pens and metrics were made for
        self._on = False  # the plain path is usable (left to right, a font and palette known)
        # text → its advance and glyphs (None: not a simple text)
        self._texts: dict[str, tuple[float, QStaticText] | None] = {}
        self._elided: dict[tuple[str, int], str] = {}  # (text, room) → the text as the style elides it
        self._font: Any = None
        self._plain_text: Any = None
        self._top: float = 0  # the text's top below the centred line's (an int when whole: the int overload)
        self._whole = True
        self._elide: Any = None  # the view's elide mode (None: wraps words, so nothing is elided here)
        self._pens: dict[int, Any] = {}  # State_Active or 0 → the text colour
        self._metrics: QFontMetricsF | None = None
        self._margin = 0
        self._height = 0
        self._ascent = 0.0
        self._plain_mask = self._enabled = self._active = 0

    def prepare(self, view) -> None:
        """Read the view's font, palette, style and direction (once per repaint; rebuilt on a change),
        and on a change let the probe decide whether the plain path is used at all."""
        from PySide6.QtCore import Qt

        font, palette, style = view.font(), view.palette(), view.style()
        key = (font.key(), palette.cacheKey(), style.name(), getCppPointer(style)[0], view.layoutDirection(),
               view.devicePixelRatioF(), view.alternatingRowColors(), view.verticalHeader().defaultSectionSize(),
               view.showGrid(), view.viewport().font().key(), _style_sheets(view), view.textElideMode(),
               view.wordWrap())
        if key == self._key:
            return
        self._key = key
        self._texts.clear()
        self._elided.clear()
        self._font = font
        self._plain_text = Qt.TextFormat.PlainText
        self._elide = None if view.wordWrap() else view.textElideMode()
        self._metrics = QFontMetricsF(font)
        self._margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        self._height, self._ascent = _line_box(font)
        top = self._ascent - self._metrics.ascent()  # drawStaticText places the top, drawText the baseline
        self._whole = top == int(top)
        self._top = int(top) if self._whole else top
        state = QStyle.StateFlag
        self._enabled, self._active = state.State_Enabled.value, state.State_Active.value
        # a plain cell is enabled and none of these: Qt's delegate paints the others
        self._plain_mask = (state.State_Selected | state.State_HasFocus | state.State_MouseOver
                            | state.State_Editing | state.State_Enabled).value
        self._pens = {self._active: palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
                      0: palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Text)}
        self._on = view.layoutDirection() == Qt.LayoutDirection.LeftToRight and self._probe(view)

    @property
    def plain(self) -> bool:
        """Whether plain cells are painted here (False: every cell goes through Qt's delegate)."""
        return self._on

    def _probe(self, view) -> bool:
        """Paint probe cells both ways, as the view would paint an unselected cell (its own style
        option, row background, active and inactive, alternate or not, first, middle and last column),
        and tell whether the pixels are the same: the active style (a proxy, a style sheet, Windows'
        own) is the judge, not this module's idea of QCommonStyle."""
        # a cell's height: the row's, less the grid line QTableView draws below it
        row_height = view.verticalHeader().defaultSectionSize() - (1 if view.showGrid() else 0)
        model = QStandardItemModel(len(_PROBE_TEXTS), 1)
        for row, text in enumerate(_PROBE_TEXTS):
            model.setItem(row, 0, QStandardItem(text))
        width = 2 * self._margin + 8 + int(max(self._metrics.horizontalAdvance(t) for t in _PROBE_TEXTS))
        # each position at a width every probe text fits, then a middle cell too narrow for them (elided)
        narrow = 2 * self._margin + int(min(self._metrics.horizontalAdvance(t) for t in _PROBE_TEXTS)) * 2 // 3
        columns = [*((position, width) for position in _POSITIONS), (_POSITIONS[1], narrow)]
        base = QStyleOptionViewItem()
        view.initViewItemOption(base)
        base.state |= QStyle.StateFlag.State_Enabled  # an enabled cell, even while the view is disabled
        base.palette.setCurrentColorGroup(QPalette.ColorGroup.Active)  # as the view gives an enabled cell
        active, alternate = QStyle.StateFlag.State_Active, QStyleOptionViewItem.ViewItemFeature.Alternate
        cells, y = [], 0
        for text_row in range(len(_PROBE_TEXTS)):
            for is_active in (True, False):
                for is_alternate in ((False, True) if view.alternatingRowColors() else (False,)):
                    x = 0
                    for position, column_width in columns:
                        option = QStyleOptionViewItem(base)
                        option.state = (option.state | active) if is_active else (option.state & ~active)
                        option.features = ((option.features | alternate) if is_alternate
                                           else (option.features & ~alternate))
                        option.viewItemPosition = position
                        option.rect = QRect(x, y, column_width, row_height)
                        cells.append((option, model.index(text_row, 0)))
                        x += column_width
                    y += row_height
        size = QSize(len(_POSITIONS) * width + narrow, y)
        cells_before, self._model = self._model, _ProbeCells(_PROBE_TEXTS)
        self._on = True
        try:
            ours = _paint_probe(view, size, cells, self.paint)
            theirs = _paint_probe(view, size, cells, super().paint)
        finally:
            self._model, self._on = cells_before, False
        return ours == theirs

    def paint(self, painter, option, index) -> None:
        state = option.state.value
        cells = self._model._cells
        row = index.row()
        if not self._on or state & self._plain_mask != self._enabled or not 0 <= row < len(cells):
            return super().paint(painter, option, index)  # selected, focused, hovered, disabled, …
        text = cells[row][index.column()]
        if not text:
            return  # the style draws nothing for an empty text
        known = self._texts.get(text, False)
        if known is False:
            known = self._known(text)
        if known is None:
            return super().paint(painter, option, index)  # another script
        x, y, w, h = option.rect.getRect()
        if known[0] > w - 2 * self._margin:
            known = self._elided_text(text, w - 2 * self._margin)
            if known is None:
                return super().paint(painter, option, index)
        painter.setPen(self._pens[state & self._active])
        if self._whole:
            painter.drawStaticText(x + self._margin, y + (h - self._height) // 2 + self._top, known[1])
        else:
            painter.drawStaticText(QPointF(x + self._margin, y + (h - self._height) // 2 + self._top), known[1])

    def _known(self, text: str, *, simple: bool = False) -> tuple[float, QStaticText] | None:
        """``text``'s advance and its laid out glyphs (a ``QStaticText``: drawn without shaping it again,
        half the time of ``drawText``; the texts of a page mostly come again on the next keystroke);
        None when it is not a simple text (``simple``: known to be, an elided simple text with its "…")."""
        if len(self._texts) >= _TEXTS_KEPT:
            self._texts.clear()
        if not simple and not _simple(text):
            self._texts[text] = None
            return None
        static = QStaticText(text)
        static.setTextFormat(self._plain_text)
        static.prepare(font=self._font)
        known = self._texts[text] = (self._metrics.horizontalAdvance(text), static)
        return known

    def _elided_text(self, text: str, room: int) -> tuple[float, QStaticText] | None:
        """``text`` cut to ``room`` pixels as the style cuts it (its text engine's ``elidedText`` at the
        width of the text's rectangle, the view's elide mode); None when words wrap instead."""
        if self._elide is None:
            return None
        elided = self._elided.get((text, room))
        if elided is None:
            if len(self._elided) >= _TEXTS_KEPT:
                self._elided.clear()
            elided = self._elided[(text, room)] = self._metrics.elidedText(text, self._elide, room)
        known = self._texts.get(elided, False)
        return self._known(elided, simple=True) if known is False else known
