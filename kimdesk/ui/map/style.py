"""Colours and line styles of the map, and the legend that explains them.

Each status has a colour and a line style, so the map stays readable in black and white
and for people who do not tell red from green.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kimdesk.i18n import translate
from kimdesk.services.clients_intake.responsibilities import STATUSES, status_label

COLOURS = {
    "requested": QColor("#1565c0"),
    "accepted": QColor("#2e7d32"),
    "declined": QColor("#c62828"),
    "forwarded": QColor("#e65100"),
    "done": QColor("#546e7a"),
}
STYLES = {
    "requested": Qt.PenStyle.DashLine,
    "accepted": Qt.PenStyle.SolidLine,
    "declined": Qt.PenStyle.DotLine,
    "forwarded": Qt.PenStyle.DashDotLine,
    "done": Qt.PenStyle.SolidLine,
}
GAP = QColor("#c62828")
PINGPONG = QColor("#d84315")
PERSON = QColor("#37474f")
NEED_FILL = QColor("#fff8e1")
AGENCY_FILL = QColor("#eef3f8")


def pen(status: str | None, width: float = 3.0) -> QPen:
    p = QPen(COLOURS.get(status or "", QColor("#9e9e9e")), width)
    p.setStyle(STYLES.get(status or "", Qt.PenStyle.DashLine))
    p.setCapStyle(Qt.PenCapStyle.FlatCap)
    return p


def _sample(status: str) -> QPixmap:
    pix = QPixmap(36, 14)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen(status, 3))
    painter.drawLine(QPointF(2, 7), QPointF(34, 7))
    painter.end()
    return pix


def _chip(text: str, colour: QColor, dashed: bool) -> QPixmap:
    pix = QPixmap(36, 16)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    p = QPen(colour, 2)
    if dashed:
        p.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(p)
        painter.drawRoundedRect(2, 2, 32, 12, 4, 4)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(2, 2, 32, 12, 4, 4)
    painter.end()
    return pix


class Legend(QWidget):
    """Two short rows: the statuses, then what gap and Pingpong mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mapLegend")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(4, 2, 4, 2)
        rows.setSpacing(2)
        statuses = [(_sample(s), status_label(s), "") for s in STATUSES]
        markers = [
            (_chip("", GAP, True), translate("MapLegend", "Lücke: keine Stelle zuständig"), ""),
            (_chip("", PINGPONG, False), translate("MapLegend", "Pingpong: 3× abgelehnt oder weitergeleitet, "
                                                                "oder zurück an eine Stelle, die schon abgelehnt hat"),
             ""),
        ]
        for entries in (statuses, markers):
            row = QHBoxLayout()
            row.setSpacing(6)
            for pixmap, text, _tip in entries:
                icon = QLabel(self)
                icon.setPixmap(pixmap)
                row.addWidget(icon)
                row.addWidget(QLabel(text, self))
                row.addSpacing(10)
            row.addStretch(1)
            rows.addLayout(row)
