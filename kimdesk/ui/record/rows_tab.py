"""One shape for the record tabs that list a person's rows above a form that adds one.

Appointments, releases and counselling contacts each show a table of their rows, a form
below it (in a splitter), one message line and a row of buttons; a save or a change of the
chosen row runs as an undoable edit of the record view, its failure shown in that line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from kimdesk.services.clients_intake import record
from kimdesk.ui.widgets import Column, RowsModel, make_table, message_label, selected_row, show_message


class RecordRowsTab(QWidget):
    """The table (``model``, ``table``) and the form (``form`` on ``box``) of a record tab.

    A tab names its ``columns()`` (and ``model_options()``: colours, tooltips), adds its fields
    to ``form``, then calls ``finish`` with its buttons; ``rows(rec)`` says which of the
    record's lists the table shows."""

    def __init__(self, view, table_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self._layout = QVBoxLayout(self)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.model = RowsModel(self.columns(), self, **self.model_options())
        self.table = make_table(self.model, self.split)
        self.table.setObjectName(table_name)
        self.split.addWidget(self.table)
        self.box = QWidget(self.split)
        self.form = QFormLayout(self.box)
        self.message = message_label(self.box)

    def finish(self, left: Sequence[QPushButton], right: QPushButton, *, indented: bool = False,
               stretch: tuple[int, int] | None = None) -> None:
        """The message line, then the buttons (``right`` alone on the right), under the fields."""
        self.form.addRow("", self.message)
        buttons = QHBoxLayout()
        for button in left:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(right)
        if indented:
            self.form.addRow("", buttons)
        else:
            self.form.addRow(buttons)
        self.split.addWidget(self.box)
        if stretch is not None:
            self.split.setStretchFactor(0, stretch[0])
            self.split.setStretchFactor(1, stretch[1])
        self._layout.addWidget(self.split)

    def button(self, text: str, action: Callable[[], None], name: str = "") -> QPushButton:
        button = QPushButton(text, self.box)
        if name:
            button.setObjectName(name)
        button.clicked.connect(lambda: action())
        return button

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def model_options(self) -> dict[str, Any]:
        return {}

    def rows(self, rec: record.Record) -> list:
        raise NotImplementedError

    def show_record(self, rec: record.Record) -> None:
        self.model.set_rows(self.rows(rec))

    def say(self, text: str | None) -> None:
        show_message(self.message, text)

    def chosen_row(self, missing: str | None = None) -> Any | None:
        """The row chosen in the table; with ``missing``, say so in the message line if none is."""
        row = selected_row(self.table)
        if row is None and missing is not None:
            self.say(missing)
        return row

    def edit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None) -> None:
        """Run one service edit through the record view (undoable); a failure goes to the message line."""
        self.view.run_edit(fn, on_done=on_done, on_error=self.say)
