"""The client list's cells painted straight from the model's texts: the same pixels, a third less time.

A repaint of the list (after every keystroke) paints ~200 cells. Qt's item delegate builds a
style option for each (seven roles asked of the model), lays the text out twice (once to see
whether it must be elided, once to draw it) and draws it through the style. For a plain cell,
one line of text that fits, not selected, not current, not under the mouse, that comes down to
one pen and one ``drawText`` at the place the style would put it (its text margin, the line
centred in the row, baseline at the font's ascent). Every other cell (selected, focused, hovered,
elided, right-to-left or in a script that may reorder) is painted by Qt's delegate as before.
``tests/ui/test_client_table_paint.py`` compares the pixels with Qt's own painting.

The font, palette, style and layout direction are read from the view once per repaint
(``prepare``, called by ``client_list.ClientTable.paintEvent``), never per cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

# below U+0590 (Hebrew): Latin, Greek, Cyrillic, Armenian and their marks, drawn left to right as
# laid out; text from later blocks (Arabic, Hebrew, Indic, CJK …) goes through Qt's delegate
_SIMPLE_BELOW = "\u0590"


_WIDTHS_KEPT = 20_000  # texts whose advance is kept (names repeat; case numbers do not)


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
        self._widths: dict[str, float | None] = {}  # text → its advance (None: not a simple text)
        self._pens: dict[bool, Any] = {}
        self._metrics: QFontMetricsF | None = None
        self._margin = 0
        self._height = 0
        self._ascent = 0.0
        self._fallback = self._enabled = self._active = 0

    def prepare(self, view) -> None:
        """Read the view's font, palette, style and direction (once per repaint; rebuilt on a change)."""
        from PySide6.QtCore import Qt

        font, palette, style = view.font(), view.palette(), view.style()
        key = (font.key(), palette.cacheKey(), style.name(), view.layoutDirection())
        if key == self._key:
            return
        self._key = key
        self._on = view.layoutDirection() == Qt.LayoutDirection.LeftToRight
        self._widths.clear()
        self._metrics = QFontMetricsF(font)
        self._margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        self._height = int(self._metrics.ascent() + self._metrics.descent())
        self._ascent = self._metrics.ascent()
        self._pens = {True: palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
                      False: palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Text)}
        state = QStyle.StateFlag
        self._fallback = (state.State_Selected | state.State_HasFocus | state.State_MouseOver
                          | state.State_Editing).value
        self._enabled, self._active = state.State_Enabled.value, state.State_Active.value

    def paint(self, painter, option, index) -> None:
        state = option.state.value
        cells = self._model._cells
        row = index.row()
        if not self._on or state & self._fallback or not state & self._enabled or not 0 <= row < len(cells):
            return super().paint(painter, option, index)
        text = cells[row][index.column()]
        if not text:
            return  # the style draws nothing for an empty text
        width = self._widths.get(text, -1.0)
        if width == -1.0:
            if len(self._widths) >= _WIDTHS_KEPT:
                self._widths.clear()
            width = self._widths[text] = self._metrics.horizontalAdvance(text) if _simple(text) else None
        x, y, w, h = option.rect.getRect()
        if width is None or width > w - 2 * self._margin:
            return super().paint(painter, option, index)  # another script, or elided
        painter.setPen(self._pens[bool(state & self._active)])
        painter.drawText(QPointF(x + self._margin, y + (h - self._height) // 2 + self._ascent), text)
