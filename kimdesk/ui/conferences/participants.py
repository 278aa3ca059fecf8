"""Participants with presence and consent markers, and the override-with-reason flow.

An agency without a valid release for the conference date is marked red until a reason is
given; listing it at all goes through ``OverrideDialog`` (the service refuses it otherwise).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimdesk.reports.formatting import consent_gap
from kimdesk.services.conferences_minutes import conference_edit, conference_queries
from kimdesk.services.conferences_minutes.conference_queries import ConferenceView, ParticipantView
from kimdesk.ui.conferences.dialogs import OverrideDialog, ParticipantDialog, presence_label

MISSING = QColor("#f8d7d5")
EXCEPTION = QColor("#fdf0d5")


class ParticipantsPanel(QWidget):
    def __init__(self, editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        headers = [self.tr("Name"), self.tr("Stelle"), self.tr("Funktion"), self.tr("Anwesenheit"),
                   self.tr("Schweigepflichtentbindung")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # long office names are elided (full name on hover), so the consent column keeps its room
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 260)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self.edit_selected)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Hinzufügen …"), self)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.reason_button = QPushButton(self.tr("Ausnahme begründen …"), self)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.reason_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.reason_button.clicked.connect(self.give_reason)
        self.remove_button.clicked.connect(self.remove_selected)
        self._rows: list[ParticipantView] = []

    # -- showing ---------------------------------------------------------------------------
    def consent_text(self, p: ParticipantView) -> str:
        c = p.consent
        if c.state == "valid":
            return self.tr("liegt vor") + (self.tr(" (bis {date})").format(date=c.until.strftime("%d.%m.%Y"))
                                           if c.until else "")
        if c.state == "not_needed":
            return self.tr("nicht erforderlich")
        gap = consent_gap(c.detail)
        if p.override_reason:
            return self.tr("{gap} – Ausnahme: {reason}").format(gap=gap, reason=p.override_reason)
        return self.tr("⚠ {gap} – Begründung fehlt").format(gap=gap)

    def role_text(self, role: str | None) -> str:
        return {"person": self.tr("betroffene Person"), "guardian": self.tr("Vormund / gesetzliche Vertretung"),
                "interpreter": self.tr("Dolmetscher:in")}.get(role or "", "")

    def attendance_text(self, p: ParticipantView) -> str:
        """Leaving and rejoining in a few words: " (ab TOP 2, bis TOP 3)"."""
        parts = []
        if p.back_from is not None:
            parts.append(self.tr("ab TOP {n}").format(n=p.back_from))
        if p.left_after is not None:
            parts.append(self.tr("bis TOP {n}").format(n=p.left_after))
        return f" ({', '.join(parts)})" if parts else ""

    def show_view(self, view: ConferenceView) -> None:
        self._rows = list(view.participants)
        self.table.setRowCount(len(self._rows))
        for row, p in enumerate(self._rows):
            cells = (p.name, p.agency or self.role_text(p.role), p.function,
                     presence_label(self, p.presence) + self.attendance_text(p), self.consent_text(p))
            color = MISSING if p.needs_reason or p.uncovered else EXCEPTION if p.consent.missing else None
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                if color is not None:
                    item.setBackground(QBrush(color))
                if col in (1, 4):
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
        marked = sum(1 for p in self._rows if p.needs_reason)
        lines = [self.tr("{n} Stelle(n) ohne gültige Schweigepflichtentbindung und ohne Begründung: "
                         "vor dem Abschließen begründen oder entfernen.").format(n=marked)] if marked else []
        lines += [self.tr("{agency} war bei TOP {tops} anwesend, ohne dass ihre Entbindung diese Inhalte umfasst: "
                          "Anwesenheit ändern oder unter „Bearbeiten …“ begründen.").format(
            agency=p.agency, tops=", ".join(str(n) for n in p.uncovered)) for p in self._rows if p.uncovered]
        self.hint.setText("\n".join(lines))
        self.hint.setStyleSheet("color: #a3201b;" if lines else "")
        editable = not view.final
        for b in (self.add_button, self.edit_button, self.reason_button, self.remove_button):
            b.setEnabled(editable)

    def marked_rows(self) -> list[int]:
        return [i for i, p in enumerate(self._rows) if p.needs_reason or p.uncovered]

    def selected(self) -> ParticipantView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    # -- actions ---------------------------------------------------------------------------
    def _consent_of(self, agency_id: str | None):
        return conference_queries.consent_preview(self.editor.store, self.editor.view.id, agency_id)

    def ask_reason(self, message: str, reason: str = "") -> str | None:
        """The explicit override; ``None`` when the user cancels."""
        dialog = OverrideDialog(message, reason, self)
        return dialog.value() if dialog.exec() else None

    def _save(self, fn, target: str, values: dict[str, Any]) -> None:
        """Save; an office without a release (the editor's ``on_consent``) is listed only with a reason."""

        def needs_reason(message: str) -> None:
            reason = self.ask_reason(message)
            if not reason:
                self.editor.say(self.tr("Nicht eingetragen: ohne Begründung keine Teilnahme ohne Entbindung."))
                return
            self.editor.run(fn, self.editor.store, target, values | {"consent_override_reason": reason})

        self.editor.run(fn, self.editor.store, target, values, on_consent=needs_reason)

    def add(self) -> None:
        dialog = ParticipantDialog(self.editor.agencies(), self._consent_of, parent=self, tops=self._tops())
        if dialog.exec():
            self._save(conference_edit.add_participant, self.editor.view.id, dialog.values())

    def edit_selected(self) -> None:
        p = self.selected()
        if p is None or self.editor.view.final:
            return
        ids = {t.number: t.id for t in self.editor.view.agenda}
        dialog = ParticipantDialog(self.editor.agencies(), self._consent_of, {
            "agency_id": p.agency_id, "name": p.name, "function": p.function, "presence": p.presence,
            "role": p.role, "back_from_item_id": ids.get(p.back_from), "left_after_item_id": ids.get(p.left_after),
            "disclosure_reason": p.disclosure_reason}, self, tops=self._tops())
        if dialog.exec():
            self._save(conference_edit.update_participant, p.id, dialog.values())

    def _tops(self) -> list[tuple[str, int, str]]:
        return [(t.id, t.number, t.title) for t in self.editor.view.agenda]

    def give_reason(self) -> None:
        p = self.selected()
        if p is None:
            return
        reason = self.ask_reason(self.tr("Für „{agency}“ liegt keine gültige Schweigepflichtentbindung vor "
                                         "({detail}).").format(agency=p.agency or p.name, detail=p.consent.detail),
                                 p.override_reason or "")
        if reason:
            self.editor.run(conference_edit.update_participant, self.editor.store, p.id,
                            {"consent_override_reason": reason})

    def remove_selected(self) -> None:
        """Removed at once; the window's status bar offers to take it back for a while."""
        p = self.selected()
        if p is None:
            return

        def offer_undo() -> None:
            bar = getattr(self.window(), "undo_bar", None)
            if bar is not None:
                store, editor = self.editor.store, self.editor
                bar.offer(self.tr("Teilnahme entfernt: {name}").format(name=p.name or p.agency or "–"),
                          undo_fn=lambda: conference_edit.restore_participant(store, p.id),
                          after=lambda: (editor.reload(), editor.changed.emit(editor.view.id) if editor.view else None))

        self.editor.run(conference_edit.remove_participant, self.editor.store, p.id, on_done=offer_undo)
