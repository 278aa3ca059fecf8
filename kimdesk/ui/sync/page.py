"""The sync page: target, reachability, waiting changes, sync now (progress, cancel), the last
report, and the conflicts — each shown side by side, so a person picks the value that stays.

Only presents and delegates: the controller runs every sync and every decision on its
worker; this widget reads small things (waiting count, conflict list) and renders.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.team_sync import conflicts
from kimdesk.store.store import Store
from kimdesk.sync import service, team
from kimdesk.ui.runner import op
from kimdesk.ui.sync.controller import SyncController


class SideBySide(QGroupBox):
    """One side of a conflict: the value, who set it, on which laptop, when."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        form = QFormLayout(self)
        self.value = QLabel(self)
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setStyleSheet("font-weight: bold")
        self.who = QLabel(self)
        self.device = QLabel(self)
        self.when = QLabel(self)
        form.addRow(self.tr("Wert:"), self.value)
        form.addRow(self.tr("Geändert von:"), self.who)
        form.addRow(self.tr("Gerät:"), self.device)
        form.addRow(self.tr("Zeitpunkt:"), self.when)

    def show_side(self, value: Any, who: str | None, device: str | None, when: str | None, field: str = "") -> None:
        if field == "deleted" and isinstance(value, bool):
            self.value.setText(self.tr("gelöscht") if value else self.tr("vorhanden"))
        else:
            self.value.setText(_text(value))
        self.who.setText(who or self.tr("unbekannt"))
        self.device.setText((device or "–")[:8])
        self.when.setText(_local(when))


def _local(iso: str | None) -> str:
    if not iso:
        return "–"
    from datetime import datetime

    return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y %H:%M:%S")


def _text(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class SyncPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None, *, controller: SyncController | None = None):
        super().__init__(parent)
        self.store = store
        self.controller = controller or SyncController(store, self)
        self.setWindowTitle(self.tr("Synchronisieren"))
        layout = QVBoxLayout(self)

        self.no_team = QWidget(self)
        self.no_team.setObjectName("noTeam")
        row = QHBoxLayout(self.no_team)
        row.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Dieses Gerät gehört noch zu keinem Team. Zum Synchronisieren zuerst mit der "
                              "Anmeldedatei der Koordination beitreten oder ein neues Team gründen."), self.no_team)
        hint.setWordWrap(True)
        self.team_button = QPushButton(self.tr("Team einrichten …"), self.no_team)
        self.team_button.setObjectName("setUpTeam")
        self.team_button.clicked.connect(self.open_team)
        row.addWidget(hint, 1)
        row.addWidget(self.team_button)
        layout.addWidget(self.no_team)

        top = QHBoxLayout()
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("Ordner oder smb://benutzer@server/freigabe/ordner"))
        op(self, lambda: service.configured_target(store), on_done=lambda spec: self.target.setText(spec or ""),
           label="sync-target")
        self.save_target = QPushButton(self.tr("Ziel speichern"), self)
        top.addWidget(QLabel(self.tr("Sync-Ziel:"), self))
        top.addWidget(self.target, 1)
        top.addWidget(self.save_target)
        layout.addLayout(top)

        info = QHBoxLayout()
        self.state = QLabel(self)
        self.reachable = QLabel(self.tr("Erreichbarkeit wird geprüft …"), self)
        self.waiting = QLabel(self)
        info.addWidget(self.state, 1)
        info.addWidget(self.reachable)
        info.addSpacing(24)
        info.addWidget(self.waiting)
        layout.addLayout(info)

        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Jetzt synchronisieren"), self)
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)
        self.confirm_button = QPushButton(self.tr("Löschungen bestätigen"), self)
        self.cancel_button.setEnabled(False)
        self.confirm_button.setVisible(False)
        for b in (self.sync_button, self.cancel_button, self.confirm_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.junk = QLabel(self)  # files on the share the round skipped: fake folders, junk
        self.junk.setObjectName("syncJunk")
        self.junk.setWordWrap(True)
        self.junk.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.junk.setStyleSheet("color: #a35d00")
        self.junk.setVisible(False)
        junk_row = QHBoxLayout()
        junk_row.addWidget(self.junk, 1)
        self.clean_button = QPushButton(self.tr("Sync-Ziel aufräumen …"), self)
        self.clean_button.setObjectName("syncCleanShare")
        self.clean_button.setToolTip(self.tr("Entfernt fremde Geräteordner und beschädigte Dateien vom Sync-Ziel "
                                             "(vorher wird angezeigt, was entfernt würde)."))
        self.clean_button.clicked.connect(self.clean_share)
        self.clean_button.setVisible(False)
        junk_row.addWidget(self.clean_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(junk_row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        report_box = QGroupBox(self.tr("Letzte Runde"), splitter)
        rl = QVBoxLayout(report_box)
        self.report = QPlainTextEdit(report_box)
        self.report.setReadOnly(True)
        rl.addWidget(self.report)
        conflict_box = QGroupBox(self.tr("Konflikte"), splitter)
        cl = QVBoxLayout(conflict_box)
        self.conflict_list = QListWidget(conflict_box)
        cl.addWidget(self.conflict_list, 1)
        sides = QHBoxLayout()
        self.kept_side = SideBySide(self.tr("Behalten (gilt jetzt)"), conflict_box)
        self.lost_side = SideBySide(self.tr("Unterlegen (gleichzeitig geändert)"), conflict_box)
        sides.addWidget(self.kept_side)
        sides.addWidget(self.lost_side)
        cl.addLayout(sides)
        choose = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Linken Wert behalten"), conflict_box)
        self.take_button = QPushButton(self.tr("Rechten Wert übernehmen"), conflict_box)
        self.addendum_button = QPushButton(self.tr("Als Nachtrag zum Protokoll"), conflict_box)
        for b in (self.keep_button, self.take_button, self.addendum_button):
            choose.addWidget(b)
        choose.addStretch(1)
        cl.addLayout(choose)
        layout.addWidget(splitter, 1)

        self.save_target.clicked.connect(self._save_target)
        self.sync_button.clicked.connect(lambda: self._sync())
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.confirm_button.clicked.connect(lambda: self._sync(confirm=True))
        self.keep_button.clicked.connect(lambda: self._decide("kept"))
        self.take_button.clicked.connect(lambda: self._decide("lost"))
        self.addendum_button.clicked.connect(lambda: self._decide("addendum"))
        self.conflict_list.currentItemChanged.connect(self._show_conflict)
        c = self.controller
        c.state_changed.connect(self.state.setText)
        c.waiting_counted.connect(self._show_waiting)
        c.busy_changed.connect(self._busy)
        c.progress.connect(self._progress)
        c.finished.connect(self._finished)
        c.failed.connect(self._failed)
        c.reachability.connect(self._reachable)
        self._conflicts: list[conflicts.Conflict] = []
        if c.last_report is not None:  # the page is built when first opened: the round at start is over by then
            self._finished(c.last_report)  # (it refreshes the page too)
        else:
            self.refresh()
        self.controller.probe()

    # -- reading -------------------------------------------------------------------------------
    def open_team(self):
        """The app's own team dialog (join with an enrolment file or found a team)."""
        from kimdesk.ui.team_dialog import TeamDialog

        dialog = TeamDialog(self.store, self)
        dialog.finished.connect(lambda _r: self.refresh())
        window = self.window()
        if hasattr(window, "import_agency_catalogue"):
            dialog.catalogue_csv.connect(window.import_agency_catalogue)
        dialog.open()
        return dialog

    def refresh(self) -> None:
        """Read the team, the count of waiting changes and the conflicts on the database worker."""
        store = self.store
        op(self, lambda: (team.current(store) is not None, service.waiting(store), conflicts.list_conflicts(store)),
           on_done=self._show_state, label="sync-page")

    def _show_waiting(self, n: int) -> None:
        self.waiting.setText(self.tr("%n Änderung(en) warten", "", n))

    def _show_state(self, state: tuple[bool, int, list[conflicts.Conflict]]) -> None:
        has_team, n, found = state
        self.no_team.setVisible(not has_team)
        self._show_waiting(n)
        if not self.state.text():
            self.state.setText(self.controller.state or (self.tr("Bereit") if self.target.text() else
                                                         self.tr("Kein Sync-Ziel eingerichtet")))
        current = self.conflict_list.currentRow()
        self._conflicts = found
        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        for c in self._conflicts:
            what = f"{self._entity(c.entity)} {c.label}".strip()
            item = QListWidgetItem(f"{what} · {self._field(c.field)}: {_text(c.kept)} ↔ {_text(c.lost)}")
            item.setData(Qt.ItemDataRole.UserRole, c.key)
            self.conflict_list.addItem(item)
        self.conflict_list.blockSignals(False)
        if self._conflicts:
            self.conflict_list.setCurrentRow(min(max(current, 0), len(self._conflicts) - 1))
        self._show_conflict()

    def selected(self) -> conflicts.Conflict | None:
        row = self.conflict_list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    @Slot()
    def _show_conflict(self, *_args) -> None:
        c = self.selected()
        for b in (self.keep_button, self.take_button, self.addendum_button):
            b.setEnabled(c is not None and not self.controller.busy)
        if c is None:
            self.kept_side.show_side(None, None, None, None)
            self.lost_side.show_side(None, None, None, None)
            return
        self.kept_side.show_side(c.kept, c.kept_actor, c.kept_device, c.kept_at, c.field)
        self.lost_side.show_side(c.lost, c.lost_actor, c.lost_device, c.lost_at, c.field)
        final = c.kind == "final"
        self.take_button.setEnabled(not final and not self.controller.busy)
        self.addendum_button.setVisible(final)

    # -- actions -------------------------------------------------------------------------------
    def _save_target(self) -> None:
        spec, store = self.target.text().strip(), self.store

        def saved(_result) -> None:
            self.controller.set_target(None)
            self.state.setText(self.tr("Sync-Ziel gespeichert"))
            self.controller.probe()

        op(self, lambda: service.save_target(store, spec), on_done=saved, label="sync-target",
           on_error=lambda text: QMessageBox.warning(self, self.tr("Sync-Ziel"), text))

    def _sync(self, *, confirm: bool = False) -> None:
        spec, store = self.target.text().strip(), self.store

        def start(state: tuple[bool, str | None]) -> None:
            has_team, configured = state
            if not has_team:
                self.open_team()  # without a team there is nothing to sync with: set it up here
                return
            if spec and spec != (configured or ""):
                self.controller.set_target(spec)
            self.controller.sync_now(confirm_deletions=confirm)

        op(self, lambda: (team.current(store) is not None, service.configured_target(store)), on_done=start,
           label="sync-target")

    def _decide(self, choice: str) -> None:
        c = self.selected()
        if c is None:
            return
        store = self.store
        self._busy(True)
        self.controller.submit(lambda: conflicts.resolve(store, c.key, choice), self._decided)

    def _decided(self, _result, error) -> None:
        self._busy(False)
        if error is not None:
            QMessageBox.warning(self, self.tr("Konflikt"), str(error))
        self.refresh()

    # -- controller signals ----------------------------------------------------------------------
    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        for b in (self.keep_button, self.take_button, self.addendum_button):
            b.setEnabled(not busy and self.selected() is not None)

    @Slot(str, int, int)
    def _progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setFormat(self._stage(stage) + " %v/%m")
        if total > 1:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)

    @Slot(object)
    def _finished(self, report) -> None:
        self.report.setPlainText("\n".join(report.lines()))
        self.confirm_button.setVisible(bool(report.held))
        skipped = sorted({e.path for e in report.rejected if e.path})
        self.junk.setVisible(bool(skipped))
        self.clean_button.setVisible(bool(skipped))
        if skipped:
            self.junk.setText(self.tr(
                "%n Datei(en) auf dem Sync-Ziel übersprungen (fremd, beschädigt oder gefälscht): {files}. "
                "„Sync-Ziel aufräumen …“ entfernt sie.", "", len(skipped)).format(
                files=", ".join(skipped[:5]) + (" …" if len(skipped) > 5 else "")))
        self.refresh()

    def clean_share(self) -> None:
        """List what a clean-up would remove (a dry run on the sync worker), ask, then remove it."""
        from kimdesk.sync import junk

        store, chosen = self.store, self.controller._target

        def survey():
            from kimdesk.sync.targets import Target, open_target

            spec = chosen if chosen is not None else service.configured_target(store)
            target = spec if isinstance(spec, Target) else open_target(spec)
            return target, junk.survey(store, target)

        def ask(result) -> None:
            target, found = result
            removable = [item for item in found if item.removable]
            if not removable:
                QMessageBox.information(self, self.tr("Sync-Ziel aufräumen"),
                                        self.tr("Nichts zu entfernen."))
                return
            listing = "\n".join(junk.describe(item) for item in removable[:15])
            if len(removable) > 15:
                listing += "\n…"
            answer = QMessageBox.question(self, self.tr("Sync-Ziel aufräumen"), self.tr(
                "Diese %n Einträge werden vom Sync-Ziel entfernt:", "", len(removable)) + "\n\n" + listing)
            if answer != QMessageBox.StandardButton.Yes:
                return
            op(self, lambda: junk.clean(store, target), on_done=cleaned, label="sync-clean",
               on_error=lambda text: QMessageBox.warning(self, self.tr("Sync-Ziel aufräumen"), text))

        def cleaned(found) -> None:
            self.junk.setVisible(False)
            self.clean_button.setVisible(False)
            self.state.setText(self.tr("%n Einträge vom Sync-Ziel entfernt", "",
                                       sum(1 for item in found if item.removable)))

        op(self, survey, on_done=ask, label="sync-clean",
           on_error=lambda text: QMessageBox.warning(self, self.tr("Sync-Ziel aufräumen"), text))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.report.setPlainText(message)
        self.refresh()

    @Slot(bool)
    def _reachable(self, ok: bool) -> None:
        self.reachable.setText(self.tr("Ziel erreichbar") if ok else self.tr("Ziel nicht erreichbar"))
        self.reachable.setStyleSheet("color: #1b6e20" if ok else "color: #a31515")


    def _field(self, name: str) -> str:
        return {"given_name": self.tr("Vorname"), "family_name": self.tr("Familienname"),
                "municipality": self.tr("Wohnort"), "phone": self.tr("Telefon"), "email": self.tr("E-Mail"),
                "address": self.tr("Anschrift"), "birth_date": self.tr("Geburtsdatum"),
                "residence_status": self.tr("Aufenthaltsstatus"), "status": self.tr("Status"),
                "title": self.tr("Titel"), "notes": self.tr("Notizen"), "text": self.tr("Text"),
                "description": self.tr("Beschreibung"), "deleted": self.tr("Löschung")}.get(name, name)

    def _stage(self, stage: str) -> str:
        return {"send": self.tr("Senden"), "receive": self.tr("Empfangen"),
                "publish": self.tr("Abschließen")}.get(stage, stage)

    def _entity(self, name: str) -> str:
        return {"client": self.tr("Person"), "need": self.tr("Bedarf"), "agency": self.tr("Stelle"),
                "conference": self.tr("Fallkonferenz"), "agenda_item": self.tr("TOP"),
                "action_item": self.tr("Aufgabe (Protokoll)"), "task": self.tr("Wiedervorlage"),
                "consent": self.tr("Schweigepflichtentbindung"),
                "responsibility": self.tr("Zuständigkeit")}.get(name, name)
