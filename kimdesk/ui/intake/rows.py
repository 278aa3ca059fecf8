"""An editor for a list of small records inside the intake (household, needs, consents).

Each row is a line of widgets bound to one item of the wizard's collection; every change is
handed to the wizard at once and the row's first problem is shown under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.clients_intake.intake import IntakeWizard
from kimdesk.ui.widgets import AgencyCombo, message_label, show_message
from kimdesk.ui.fields import combo_value, fill_values, set_combo_value


@dataclass(frozen=True)
class RowField:
    key: str
    label: str
    kind: str = "text"  # text / combo (editable) / choice / agency / bool
    options: Sequence[Any] = ()
    stretch: int = 1
    placeholder: str = ""
    sample: str = ""  # the widest value the field holds ("00.00.0000"): it and the placeholder are never clipped


def plain_label(label: str) -> str:
    """A heading without its soft hyphens (U+00AD: where a long German word may break in a narrow
    column), for the tooltip and the screen reader."""
    return label.replace("\u00ad", "")


def _fitting_width(edit: QLineEdit, *texts: str) -> int:
    """The width at which ``edit`` shows the widest of ``texts`` unclipped (as QLineEdit sizes itself:
    text, its margins, then the style's frame)."""
    text = max(edit.fontMetrics().horizontalAdvance(t) for t in texts if t)
    margins = edit.textMargins()
    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.lineWidth = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit)
    inner = QSize(text + 2 * 2 + margins.left() + margins.right() + 1, edit.fontMetrics().height())  # 2: Qt's margin
    return edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, inner, edit).width()


class RowsEditor(QWidget):
    def __init__(self, wizard: IntakeWizard, collection: str, fields: Sequence[RowField], add_label: str,
                 parent: QWidget | None = None, *, agencies: Sequence[Any] = (),
                 extra: Callable[[int, QGridLayout, int], None] | None = None):
        super().__init__(parent)
        self.wizard, self.collection, self.fields = wizard, collection, list(fields)
        self.agencies = list(agencies)
        self.extra = extra
        self.widgets: list[dict[str, QWidget]] = []
        self.messages: list[QLabel] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.grid_host)
        self.empty = QLabel(self)
        self.empty.setStyleSheet("color: #666;")
        outer.addWidget(self.empty)
        self.add_button = QPushButton(add_label, self)
        self.add_button.setObjectName(f"add_{collection}")
        self.add_button.clicked.connect(self.add)
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        outer.addLayout(line)
        outer.addStretch(1)
        self.rebuild()

    def set_agencies(self, agencies: Sequence[Any]) -> None:
        self.agencies = list(agencies)
        self.rebuild()

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(not self.wizard.data[self.collection])

    def add(self) -> int:
        index = self.wizard.add_item(self.collection)
        self.rebuild()
        first = self.widgets[index][self.fields[0].key]
        first.setFocus()
        return index

    def remove(self, index: int) -> None:
        self.wizard.remove_item(self.collection, index)
        self.rebuild()

    def rebuild(self) -> None:
        """Draw one line per item from the wizard's data (after add, remove, back, restore)."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from the screen now, deleted by the event loop later
                item.widget().deleteLater()
        self.widgets, self.messages = [], []
        items = self.wizard.data[self.collection]
        for col, f in enumerate(self.fields):
            # headings wrap ("Person/ Funktion"), so a row of six fields fits a small screen
            heading = QLabel(f"<b>{f.label}</b>", self.grid_host)
            heading.setWordWrap(True)
            heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            self.grid.addWidget(heading, 0, col)
            self.grid.setColumnStretch(col, f.stretch)
        self.grid_host.setVisible(bool(items))
        for i, item in enumerate(items):
            row = 1 + 3 * i
            widgets: dict[str, QWidget] = {}
            for col, f in enumerate(self.fields):
                w = self._widget(f, item[f.key], i)
                w.setObjectName(f"{self.collection}_{i}_{f.key}")
                widgets[f.key] = w
                self.grid.addWidget(w, row, col)
            # a narrow "×" (named and explained for the keyboard and screen reader): the row of six fields
            # and its button fit a 1366×768 laptop at 125 % also in a wide font (DejaVu Sans)
            remove = QToolButton(self.grid_host)
            remove.setText("×")
            remove.setAccessibleName(QCoreApplication.translate("RowsEditor", "Entfernen"))
            remove.setToolTip(QCoreApplication.translate("RowsEditor", "Diese Zeile entfernen"))
            remove.setObjectName(f"{self.collection}_{i}_remove")
            remove.clicked.connect(lambda _c=False, idx=i: self.remove(idx))
            self.grid.addWidget(remove, row, len(self.fields))
            message = message_label(self.grid_host)
            self.grid.addWidget(message, row + 1, 0, 1, len(self.fields) + 1)
            if self.extra is not None:
                self.extra(i, self.grid, row + 2)
            self.widgets.append(widgets)
            self.messages.append(message)
        self.empty.setVisible(not items)
        for i in range(len(items)):
            self._show_row_message(i, only_touched=True)

    def _widget(self, f: RowField, value: Any, index: int) -> QWidget:
        parent = self.grid_host
        if f.kind == "bool":
            w = QCheckBox(parent)  # named by the column's heading
            w.setAccessibleName(plain_label(f.label))
            w.setToolTip(plain_label(f.label))
            w.setChecked(bool(value))
            w.toggled.connect(lambda v, k=f.key: self._changed(index, k, v))
            return w
        if f.kind == "agency":
            w = AgencyCombo(parent)
            w.set_agencies(self.agencies, blank=f.placeholder or "")
            w.set_agency_id(value)
            w.setMinimumContentsLength(10)  # a row fits a small screen; the list shows full names
            w.currentIndexChanged.connect(lambda _i, k=f.key, c=w: self._changed(index, k, c.agency_id()))
            return w
        if f.kind in ("combo", "choice"):
            w = QComboBox(parent)
            w.setEditable(f.kind == "combo")
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(8)
            if f.kind == "choice":
                for v, label in f.options:
                    w.addItem(label, v)
                w.setCurrentIndex(max(0, w.findData(value)))
                w.currentIndexChanged.connect(lambda _i, k=f.key, c=w: self._changed(index, k, c.currentData()))
            else:
                fill_values(w, f.options)
                set_combo_value(w, value or "")
                w.currentTextChanged.connect(lambda _t, k=f.key, c=w: self._changed(index, k, combo_value(c)))
            return w
        w = QLineEdit(str(value or ""), parent)
        w.setPlaceholderText(f.placeholder)
        if f.sample:
            w.setMinimumWidth(_fitting_width(w, f.sample, f.placeholder))
        w.textChanged.connect(lambda t, k=f.key: self._changed(index, k, t))
        return w

    def _changed(self, index: int, key: str, value: Any) -> None:
        if index >= len(self.wizard.data[self.collection]):
            return
        self.wizard.set_item(self.collection, index, key, value)
        self._show_row_message(index)
        self.changed(index, key)

    def changed(self, index: int, key: str) -> None:
        """Hook for pages (e.g. to refresh a proposal)."""

    def _show_row_message(self, index: int, only_touched: bool = False) -> None:
        item = self.wizard.data[self.collection][index]
        problems = [m for k in item if (m := self.wizard.item_error(self.collection, index, k))]
        if only_touched and not any(str(v).strip() for v in item.values() if isinstance(v, str)):
            problems = []
        show_message(self.messages[index], problems[0] if problems else "")

    def show_all_messages(self) -> None:
        for i in range(len(self.messages)):
            self._show_row_message(i)
