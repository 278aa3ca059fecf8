"""Finding what a small screen hides: squashed, clipped or silently elided widgets.

``problems(top)`` walks the visible widgets of a laid-out window or dialog and names each one
that got less room than it needs: smaller than its minimum size hint (squashed), a
word-wrapped label whose text needs more height than it has (clipped), a one-line label or
button whose text is wider than the widget without a tooltip saying it in full (elided), a text
field too narrow for the value or hint it shows (a date cut to "2.2026", a hint to "un…").
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QWidget,
)

# a screen of a municipal laptop, less the task bar and the window's title bar
SCREEN = (1366, 768)
WINDOW = (1366, 700)
SLACK = 2  # pixels of rounding


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, (QLabel, QAbstractButton)):
        text = w.text()[:50]
    parents = []
    p = w.parentWidget()
    while p is not None and len(parents) < 3:
        parents.append(p.objectName() or type(p).__name__)
        p = p.parentWidget()
    return f"{type(w).__name__}({w.objectName()!r}, {text!r}) in {'/'.join(parents)}"


def _inside_scroll(w: QWidget) -> bool:
    """Content of a scroll area may be larger than what is visible: it scrolls."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QScrollArea):
            return True
        p = p.parentWidget()
    return False


def problems(top: QWidget) -> list[str]:
    QApplication.processEvents()
    found: list[str] = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) or w.width() <= 0 or w.height() <= 0:
            continue
        if isinstance(w, QTabBar) or isinstance(w.parentWidget(), (QTabBar, QAbstractSpinBox)):
            continue  # a tab bar scrolls its tabs (small arrow buttons); a spin box's own line edit
        hint = w.minimumSizeHint()
        if not isinstance(w, QAbstractScrollArea) and not _inside_scroll(w) and hint.isValid():
            short_w = hint.width() - w.width() > SLACK and not isinstance(w, (QLineEdit, QComboBox))
            short_h = hint.height() - w.height() > SLACK
            if short_h or (short_w and not isinstance(w, QLabel)):
                found.append(f"squashed {w.width()}x{w.height()} < {hint.width()}x{hint.height()}: {_name(w)}")
                continue
        if isinstance(w, QLabel) and w.text():
            rect = w.contentsRect()
            fm = w.fontMetrics()
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need - w.height() > SLACK:
                    found.append(f"clipped label {w.width()}x{w.height()} needs height {need}: {_name(w)}")
            elif w.textFormat() != 1 and "<" not in w.text():  # plain one-line text
                text = w.text()
                if w.buddy() is not None:  # "&Name:" is shown as "Name:" (the letter underlined)
                    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
                longest = max(fm.horizontalAdvance(line) for line in text.splitlines() or [""])
                if longest - rect.width() > SLACK and not w.toolTip():
                    found.append(f"elided label {rect.width()} < {longest}: {_name(w)}")
        elif isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), QComboBox) and (w.text() or
                                                                                           w.placeholderText()):
            shown = w.text() or w.placeholderText()  # what the field shows now: its value, else its hint
            frame = w.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, w) if w.hasFrame() else 0
            margins = w.textMargins()
            room = w.contentsRect().width() - 2 * frame - 2 * 2 - margins.left() - margins.right()  # 2: Qt's
            need = w.fontMetrics().horizontalAdvance(shown)
            if need - room > SLACK and not w.toolTip():
                found.append(f"clipped field {room} < {need} ({shown[:30]!r}): {_name(w)}")
        elif isinstance(w, QAbstractButton) and not isinstance(w, (QCheckBox, QRadioButton)) and w.text():
            need = w.fontMetrics().horizontalAdvance(w.text().replace("&", ""))
            if need - w.width() > SLACK and not w.toolTip():
                found.append(f"elided button {w.width()} < {need}: {_name(w)}")
    return found


def fits_screen(top: QWidget) -> list[str]:
    """The window or dialog itself is not larger than the screen."""
    size = top.frameGeometry().size() if top.isWindow() else top.size()
    if size.width() > SCREEN[0] or size.height() > SCREEN[1]:
        return [f"larger than the screen: {size.width()}x{size.height()}: {_name(top)}"]
    return []
