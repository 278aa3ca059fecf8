"""The red line under a field that says what is wrong, in a module of its own.

The unlock dialog shows it before anything else of the UI is loaded (``kimdesk.ui.app``): this
module imports only QLabel, not the ``Qt`` namespace, whose ~90 enum classes PySide6 builds the
first time the name is imported (about 20 ms of CPU). ``kimdesk.ui.widgets`` re-exports it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#b00020"


def message_label(parent: QWidget | None = None) -> QLabel:
    """A red line under a field that says what is wrong; hidden while nothing is."""
    label = QLabel(parent)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))
