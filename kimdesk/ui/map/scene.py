"""The responsibility map as a ``QGraphicsView``: the person in the middle, needs around,
each connected to the responsible agency; gaps and Pingpong marked, history on hover.

The view only draws a ``ClientMap`` (from ``services.responsibilities``) and reports what
the counsellor clicked or asked for; the panel beside it runs the services.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QMenu,
)

from kimdesk.i18n import translate
from kimdesk.services.clients_intake.responsibilities import ClientMap, NeedNode, need_status_label, status_label
from kimdesk.ui.map import style
from kimdesk.services.clients_intake import catalogue

NEED_W, NEED_H = 160.0, 56.0
AGENCY_W, AGENCY_H = 184.0, 66.0
PERSON_W, PERSON_H = 200.0, 70.0
MIN_SCALE = 0.7  # below this the text gets too small to read: scroll instead
TEXT_PT = 10.0


class Box(QGraphicsRectItem):
    """A rounded box with wrapped text, centred on a point."""

    def __init__(self, centre: QPointF, width: float, height: float, html: str, *, fill: QColor, border: QPen,
                 kind: str, need_id: str | None = None):
        super().__init__(-width / 2, -height / 2, width, height)
        self.setPos(centre)
        self.setBrush(QBrush(fill))
        self.setPen(border)
        self.kind = kind
        self.need_id = need_id
        self.text = QGraphicsTextItem(self)
        font = QFont()
        font.setPointSizeF(TEXT_PT)
        self.text.setFont(font)
        self.text.setHtml(html)
        self.text.setTextWidth(width - 12)
        doc_h = self.text.boundingRect().height()
        self.text.setPos(-width / 2 + 6, -doc_h / 2)
        self.text.setAcceptHoverEvents(False)

    def boundingRect(self):  # noqa: N802 - room for the selection halo
        return self.rect().adjusted(-8, -8, 8, 8)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():  # a halo around the box; its own border keeps its meaning
            painter.setPen(QPen(QColor(13, 71, 161, 150), 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(-5, -5, 5, 5), 13, 13)
        painter.setBrush(self.brush())
        painter.setPen(self.pen())
        painter.drawRoundedRect(self.rect(), 10, 10)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ResponsibilityMap(QGraphicsView):
    need_selected = Signal(str)
    action_requested = Signal(str, str)  # need id, action (assign/accept/decline/forward/done)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("responsibilityMap")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.needs: dict[str, Box] = {}
        self.agencies: dict[str, Box] = {}
        self.badges: dict[str, QGraphicsRectItem] = {}
        self.edges: dict[str, QGraphicsLineItem] = {}
        self.gaps: dict[str, Box] = {}
        self.cmap: ClientMap | None = None
        self.scene().selectionChanged.connect(self._selection)

    # -- drawing ---------------------------------------------------------------------------
    def show_map(self, cmap: ClientMap) -> None:
        selected = self.selected_need()
        self.cmap = cmap
        scene = self.scene()
        scene.blockSignals(True)
        scene.clear()
        self.needs.clear()
        self.agencies.clear()
        self.badges.clear()
        self.edges.clear()
        self.gaps.clear()
        person_html = (f"<div align='center'><b>{_esc(cmap.name)}</b><br/>"
                       f"<span style='color:#555'>{_esc(cmap.case_number)}"
                       f"{' · ' + _esc(cmap.municipality) if cmap.municipality else ''}</span></div>")
        person = Box(QPointF(0, 0), PERSON_W, PERSON_H, person_html, fill=QColor("#e3e7ea"),
                     border=QPen(style.PERSON, 2), kind="person")
        person.setZValue(2)
        scene.addItem(person)
        n = len(cmap.needs)
        if n == 0:
            hint = QGraphicsSimpleTextItem(translate("Map", "Noch keine Bedarfe erfasst."))
            hint.setPos(-hint.boundingRect().width() / 2, PERSON_H)
            scene.addItem(hint)
        # needs on an inner ellipse, their agencies further out on the same ray; wider than high,
        # like the screen, and roomier as needs get more
        rx1, ry1 = max(190.0, 22.0 * n), max(140.0, 27.0 * n)
        rx2, ry2 = rx1 + 215.0, ry1 + 135.0
        # from the top, turned by half a step when there are 3 or more, so no need sits on the
        # horizontal axis, where the agencies would stick out furthest
        start = -math.pi / 2 + (math.pi / n if n >= 3 else 0.0)
        for i, node in enumerate(cmap.needs):
            angle = start + 2 * math.pi * i / max(n, 1)
            c, s = math.cos(angle), math.sin(angle)
            self._draw_need(node, QPointF(rx1 * c, ry1 * s), QPointF(rx2 * c, ry2 * s))
        scene.blockSignals(False)
        rect = scene.itemsBoundingRect().adjusted(-14, -14, 14, 14)
        scene.setSceneRect(rect)
        self.fit()
        if selected and selected in self.needs:
            self.select_need(selected)

    def _draw_need(self, node: NeedNode, at: QPointF, outer: QPointF) -> None:
        scene = self.scene()
        spoke = QGraphicsLineItem(0, 0, at.x(), at.y())
        spoke.setPen(QPen(QColor("#b0bec5"), 2))
        spoke.setZValue(0)
        scene.addItem(spoke)
        border = QPen(style.GAP, 2.5, Qt.PenStyle.DashLine) if node.gap else QPen(QColor("#8d6e63"), 1.5)
        html = (f"<div align='center'><b>{_esc(catalogue.shown(node.category))}</b><br/>"
                f"<span style='color:#555'>{_esc(need_status_label(node.need_status))}</span>")
        if node.gap:
            html += "<br/><span style='color:#c62828'><b>" + _esc(translate("Map", "Lücke")) + "</b></span>"
        html += "</div>"
        need = Box(at, NEED_W, NEED_H + (16 if node.gap else 0), html, fill=style.NEED_FILL, border=border,
                   kind="need", need_id=node.need_id)
        need.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        need.setCursor(Qt.CursorShape.PointingHandCursor)
        need.setToolTip(self._tooltip(node))
        need.setZValue(3)
        scene.addItem(need)
        self.needs[node.need_id] = need
        if node.agency_id:
            line = QGraphicsLineItem(at.x(), at.y(), outer.x(), outer.y())
            line.setPen(style.pen(node.status, 3.5))
            line.setToolTip(self._tooltip(node))
            line.setZValue(1)
            scene.addItem(line)
            self.edges[node.need_id] = line
            label = QGraphicsSimpleTextItem(status_label(node.status))
            label.setBrush(style.COLOURS.get(node.status or "", QColor("#555")))
            font = QFont()
            font.setBold(True)
            label.setFont(font)
            mid = (at + outer) / 2
            back = QGraphicsRectItem(label.boundingRect().adjusted(-3, -1, 3, 1))
            back.setBrush(QBrush(QColor(255, 255, 255, 230)))
            back.setPen(Qt.PenStyle.NoPen)
            back.setPos(mid - QPointF(label.boundingRect().width() / 2, label.boundingRect().height() / 2))
            label.setParentItem(back)
            back.setZValue(2)
            scene.addItem(back)
            domain = f"<br/><span style='color:#555'>{_esc(node.legal_domain)}</span>" if node.legal_domain else ""
            agency = Box(outer, AGENCY_W, AGENCY_H, f"<div align='center'>{_esc(node.agency_name)}{domain}</div>",
                         fill=style.AGENCY_FILL, border=QPen(style.COLOURS.get(node.status or "", QColor("#777")), 2),
                         kind="agency", need_id=node.need_id)
            agency.setToolTip(self._tooltip(node))
            agency.setZValue(3)
            scene.addItem(agency)
            self.agencies[node.need_id] = agency
        if node.gap and not node.agency_id:  # the hole where an agency should be
            text = translate("Map", "keine Stelle zuständig")
            gap = Box(outer, AGENCY_W - 20, 40, f"<div align='center' style='color:#c62828'><b>{_esc(text)}</b></div>",
                      fill=QColor("#ffffff"), border=QPen(style.GAP, 2, Qt.PenStyle.DashLine), kind="gap",
                      need_id=node.need_id)
            gap.setZValue(4)
            gap.setToolTip(translate("Map", "Doppelklick auf den Bedarf: Stelle zuweisen"))
            scene.addItem(gap)
            self.gaps[node.need_id] = gap
            line = QGraphicsLineItem(at.x(), at.y(), outer.x(), outer.y())
            line.setPen(QPen(style.GAP, 2, Qt.PenStyle.DotLine))
            scene.addItem(line)
        elif node.gap:
            self.gaps[node.need_id] = need
        if node.pingpong.flagged:
            badge = QGraphicsRectItem(-44, -11, 88, 22)
            badge.setBrush(QBrush(style.PINGPONG))
            badge.setPen(Qt.PenStyle.NoPen)
            badge.setPos(at + QPointF(0, -need.rect().height() / 2 - 12))
            text_item = QGraphicsSimpleTextItem("⇄ " + translate("Map", "Pingpong"), badge)
            text_item.setBrush(QBrush(QColor("#ffffff")))
            font = QFont()
            font.setBold(True)
            text_item.setFont(font)
            br = text_item.boundingRect()
            text_item.setPos(-br.width() / 2, -br.height() / 2)
            badge.setToolTip(translate("Map", "Pingpong: {why}").format(why=node.pingpong.describe()) + "\n\n"
                             + node.history_text())
            badge.setZValue(5)
            scene.addItem(badge)
            self.badges[node.need_id] = badge

    def _tooltip(self, node: NeedNode) -> str:
        head = catalogue.shown(node.category)
        if node.agency_name:
            head += " → " + node.agency_name + f" ({status_label(node.status)})"
        lines = [head]
        if node.gap:
            lines.append(translate("Map", "Lücke: keine Stelle zuständig"))
        if node.pingpong.flagged:
            lines.append(translate("Map", "Pingpong: {why}").format(why=node.pingpong.describe()))
        lines.append("")
        lines.append(translate("Map", "Verlauf:"))
        lines.append(node.history_text())
        return "\n".join(lines)

    def fit(self) -> None:
        """Show the whole map if it fits at a readable size; otherwise scroll (or Ctrl+wheel)."""
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        scale = min(view.width() / rect.width(), view.height() / rect.height(), 1.0)
        self.resetTransform()
        self.scale(max(scale, MIN_SCALE), max(scale, MIN_SCALE))
        self.centerOn(0, 0)

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    # -- selection and actions -------------------------------------------------------------
    def selected_need(self) -> str | None:
        for item in self.scene().selectedItems():
            if isinstance(item, Box) and item.kind == "need":
                return item.need_id
        return None

    def select_need(self, need_id: str | None) -> None:
        scene = self.scene()
        scene.blockSignals(True)
        scene.clearSelection()
        if need_id in self.needs:
            self.needs[need_id].setSelected(True)
        scene.blockSignals(False)

    def _selection(self) -> None:
        need = self.selected_need()
        if need:
            self.need_selected.emit(need)

    def need_at(self, pos) -> str | None:
        item = self.itemAt(pos)
        while item is not None and not isinstance(item, Box):
            item = item.parentItem()
        return item.need_id if isinstance(item, Box) else None

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        need = self.need_at(event.position().toPoint())
        if need and self.cmap is not None:
            node = self.cmap.node(need)
            self.action_requested.emit(need, "assign" if node.gap else "history")
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        need = self.need_at(event.pos())
        if not need or self.cmap is None:
            return
        self.select_need(need)
        self.need_selected.emit(need)
        menu = QMenu(self)
        for action, label in actions_for(self.cmap.node(need)):
            menu.addAction(label, lambda a=action: self.action_requested.emit(need, a))
        menu.exec(event.globalPos())


def actions_for(node: NeedNode) -> list[tuple[str, str]]:
    """What can be done with a need now, as (action, label)."""
    has_agency = node.agency_id is not None
    items = [("assign", translate("Map", "Stelle zuweisen …"))]
    if has_agency and node.status in ("requested", "forwarded", "declined"):
        items.append(("accept", translate("Map", "Zusage erfassen")))
    if has_agency and node.status in ("requested", "forwarded", "accepted"):
        items.append(("decline", translate("Map", "Ablehnung erfassen …")))
    if has_agency and node.status != "done":
        items.append(("forward", translate("Map", "Weiterleitung erfassen …")))
    if has_agency and node.status in ("accepted", "requested", "forwarded"):
        items.append(("done", translate("Map", "Als erledigt markieren")))
    return items

