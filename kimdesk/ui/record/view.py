"""A person's record as one workspace tab: a header, the sections as tabs, undo of the last edit.

Reads and writes go through the database worker; each edit is one service call returning an
``Edit``, kept as "the last edit" for undo. Unsaved input lives only in the widgets; for a
lock it is handed out as ``tab_state()`` (in memory) and put back after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from kimdesk.models import partial_date
from kimdesk.services.clients_intake import access, catalogue, edits, finder, record
from kimdesk.services.casework import case_cycle, cycle_view
from kimdesk.services.clients_intake import responsibilities as rs
from kimdesk.store.store import Store
from kimdesk.ui.map.panel import NeedsPanel
from kimdesk.ui.messages import describe, show_error, show_notice
from kimdesk.ui.record.appointments import AppointmentsTab
from kimdesk.ui.record.consents import ConsentsTab
from kimdesk.ui.record.contacts import ContactsTab
from kimdesk.ui.record.cycle.tab import CycleTab
from kimdesk.ui.record.documents import DocumentsButton
from kimdesk.ui.record.household import HouseholdTab
from kimdesk.ui.record.lists import ConferencesTab, TasksTab
from kimdesk.ui.record.personal import PersonalTab
from kimdesk.ui.worker import DbWorker

SECTIONS = ("personal", "cycle", "household", "needs", "contacts", "consents", "appointments", "conferences",
            "tasks")


class ClientRecordView(QWidget):
    title_changed = Signal(str)
    open_client = Signal(str)
    open_conference = Signal(str)
    quick_note = Signal(str)
    changed = Signal()
    undoable = Signal(str, object)  # a task done or a follow-up dismissed: the status bar offers "Rückgängig"
    erased = Signal(str)  # the person was deleted for good (the tab closes)

    def __init__(self, store: Store, worker: DbWorker, client_id: str, parent: QWidget | None = None, *,
                 state: dict[str, Any] | None = None):
        super().__init__(parent)
        self.setObjectName("clientRecord")
        self.store, self.worker, self.client_id = store, worker, client_id
        self.rec: record.Record | None = None
        self.last_edit: edits.Edit | None = None
        self._pending_state = state
        if state and state.get("last_edit"):
            self.last_edit = state["last_edit"]
        self._first = True
        self._dirty: set[str] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # on a small screen (1366×768 at 125 %) the record scrolls instead of pushing the window off-screen
        scroll = QScrollArea(self)
        scroll.setObjectName("recordScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(scroll)
        layout = QVBoxLayout(inner)
        head = QHBoxLayout()
        text = QVBoxLayout()
        self.name_label = QLabel(self)
        self.name_label.setObjectName("recordName")
        self.name_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.details = QLabel(self)
        self.details.setObjectName("recordDetails")
        self.details.setStyleSheet("color: #444;")
        self.flags = QLabel(self)
        self.flags.setObjectName("recordFlags")
        self.flags.setStyleSheet("color: #c62828; font-weight: bold;")
        text.addWidget(self.name_label)
        text.addWidget(self.details)
        text.addWidget(self.flags)
        head.addLayout(text, 1)
        self.note_button = QPushButton(self.tr("Kurznotiz …"), self)
        self.note_button.clicked.connect(lambda: self.quick_note.emit(self.client_id))
        self.undo_button = QPushButton(self.tr("Rückgängig"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.document_message = QLabel(self)
        self.document_message.setObjectName("documentMessage")
        self.document_message.setWordWrap(True)
        self.documents_button = DocumentsButton(self, self._document_said, self)
        head.addWidget(self.document_message)
        head.addWidget(self.documents_button)
        head.addWidget(self.note_button)
        head.addWidget(self.undo_button)
        layout.addLayout(head)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("recordTabs")
        self.personal = PersonalTab(self, self.tabs)
        self.cycle = CycleTab(self, self.tabs)
        self.household = HouseholdTab(self, self.tabs)
        self.needs = NeedsPanel(self, self.tabs)
        self.contacts = ContactsTab(self, self.tabs)
        self.consents = ConsentsTab(self, self.tabs)
        self.appointments = AppointmentsTab(self, self.tabs)
        self.conferences = ConferencesTab(self, self.tabs)
        self.tasks = TasksTab(self, self.tabs)
        for widget, label in ((self.personal, self.tr("Persönliche Daten")), (self.cycle, self.tr("Fallverlauf")),
                              (self.household, self.tr("Haushalt")),
                              (self.needs, self.tr("Bedarfe und Zuständigkeiten")),
                              (self.contacts, self.tr("Beratungskontakte")), (self.consents, self.tr("Einwilligungen")), (self.appointments, self.tr("Termine")),
                              (self.conferences, self.tr("Fallkonferenzen")), (self.tasks, self.tr("Aufgaben"))):
            self.tabs.addTab(widget, label)
        layout.addWidget(self.tabs, 1)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        if self.last_edit is not None:
            self._undo_ready(self.last_edit)
        worker.changes_applied.connect(self.refresh)
        self.reload()

    def _document_said(self, text: str, error: bool) -> None:
        self.document_message.setStyleSheet("color: #b00020;" if error else "color: #2f5d50;")
        self.document_message.setText(text)

    def sections(self) -> dict[str, QWidget]:
        return dict(zip(SECTIONS, (self.personal, self.cycle, self.household, self.needs, self.contacts,
                                   self.consents, self.appointments, self.conferences, self.tasks), strict=True))

    # -- loading ---------------------------------------------------------------------------
    def refresh(self, changes) -> None:
        """From the one change signal: read the record again when its data may have changed.

        The signal names the person behind every changed row of a person's table (needs,
        contacts, consents, appointments, tasks …): only this person's rows reload it; a change to
        a table without owners (agencies, conferences …) does too. Unsaved input stays (the
        sections keep their drafts; a field changed beneath the person's typing is marked).
        """
        if self.rec is None:
            return
        if changes.concerns(self.client_id):
            self.reload()

    def reload(self) -> None:
        store, client_id, first = self.store, self.client_id, self._first
        self._first = False

        def load(_job):
            rec = record.load(store, client_id, log=first)  # the access record: once per opening
            agencies = finder.load_agencies(store) if first else None
            with store.connection() as conn:
                opened = access.opened(conn, client_id)
            return rec, rs.client_map(store, client_id), agencies, cycle_view.load(store, client_id), opened

        self.worker.submit(load, self._show, lambda exc: show_error(self, exc), label="record")

    def _show(self, result) -> None:
        rec, cmap, agencies, cycle, opened = result
        self.rec = rec
        if agencies is not None:
            self.needs.set_agencies(agencies)
            self.consents.set_agencies(agencies)
            self.appointments.set_agencies(agencies)
            self.cycle.set_agencies(agencies)
        c = rec.client
        self.name_label.setText(rec.display_name)
        age = partial_date.age_on(c["birth_date"], date.today())
        born = partial_date.display(c["birth_date"])
        parts = [self.tr("Az. {number}").format(number=c["case_number"])]
        if born:
            parts.append(self.tr("geb. {date} ({age} J.)").format(date=born, age=age))
        parts += [p for p in (c["municipality"], catalogue.shown(c["residence_status"] or "")) if p]
        if c["status"] == "closed":
            parts.append(self.tr("Fall abgeschlossen"))
        elif cycle.phase is not None:
            parts.append(self.tr("Phase: {phase}").format(phase=case_cycle.phase_label(cycle.phase)))
        self.details.setText(" · ".join(parts))
        flags = []
        if cmap.gaps:
            flags.append(self.tr("%n Lücke(n)", "", cmap.gaps))
        if cmap.pingpongs:
            flags.append(self.tr("%n× Pingpong", "", cmap.pingpongs))
        self.flags.setText(" · ".join(flags))
        for key, section in self.sections().items():
            if key == "needs":
                section.show_map(cmap)
            elif key == "cycle":
                section.show_cycle(cycle, opened)
            else:
                section.show_record(rec)
        if self._pending_state is not None:
            state, self._pending_state = self._pending_state, None
            for key, draft in state.get("drafts", {}).items():
                self.sections()[key].apply_draft(draft)
            self.tabs.setCurrentIndex(state.get("tab", 0))
        self.title_changed.emit(self.title())

    def title(self) -> str:
        name = self.rec.display_name if self.rec else "…"
        return name + (" *" if self._dirty else "")

    def tab_dirty(self, tab: QWidget, dirty: bool) -> None:
        if not hasattr(self, "tasks"):
            return  # still being built
        key = next((k for k, w in self.sections().items() if w is tab), None)
        if key is None:
            return
        before = bool(self._dirty)
        (self._dirty.add if dirty else self._dirty.discard)(key)
        if before != bool(self._dirty) and self.rec is not None:
            self.title_changed.emit(self.title())

    def person_for_finder(self) -> dict[str, Any]:
        if self.rec is None:
            return {}
        c = self.rec.client
        return {"municipality": c["municipality"], "residence_status": c["residence_status"],
                "residence_paragraph": c.get("residence_paragraph"), "suspended_since": c.get("suspended_since"),
                "age": partial_date.age_on(c["birth_date"], date.today())}

    # -- editing ---------------------------------------------------------------------------
    def run_edit(self, fn: Callable[[], edits.Edit], *, on_done: Callable[[edits.Edit], None] | None = None,
                 on_error: Callable[[str], None] | None = None) -> None:
        """Run one service edit on the worker; it becomes the edit that ``undo`` takes back."""

        def done(edit: edits.Edit) -> None:
            if edit:
                self._undo_ready(edit)
            if on_done is not None:
                on_done(edit)

        self._run(fn, done, on_error, "edit")

    def run_change(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[str], None] | None = None) -> None:
        """Run one service call that is not undone from here (the case cycle, plan, assessment)."""
        self._run(fn, on_done, on_error, "change")

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None,
             on_error: Callable[[str], None] | None, label: str) -> None:
        """On the worker; afterwards the record is read again and ``changed`` tells the window."""

        def done(result: Any) -> None:  # the record reloads from changes_applied (see refresh)
            if on_done is not None:
                on_done(result)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(describe(exc))
            else:
                show_error(self, exc)

        self.worker.submit(lambda _job: fn(), done, failed, label=label)

    def _undo_ready(self, edit: edits.Edit) -> None:
        self.last_edit = edit
        self.undo_button.setEnabled(True)
        self.undo_button.setText(self.tr("Rückgängig: {what}").format(what=edit.label))

    def undo(self) -> None:
        edit, store = self.last_edit, self.store
        if edit is None:
            return

        def done(undone: edits.Undone) -> None:
            self.last_edit = None
            self.undo_button.setEnabled(False)
            self.undo_button.setText(self.tr("Rückgängig"))
            self.changed.emit()
            if undone.kept:
                show_notice(self, "\n".join(undone.kept))

        self.worker.submit(lambda _job: edits.undo(store, edit), done, lambda exc: show_error(self, exc),
                           label="undo")

    # -- lock ------------------------------------------------------------------------------
    def tab_state(self) -> dict[str, Any]:
        drafts = {k: d for k, s in self.sections().items() if (d := s.draft())}
        return {"kind": "record", "client_id": self.client_id, "tab": self.tabs.currentIndex(), "drafts": drafts,
                "last_edit": self.last_edit}

    def has_unsaved(self) -> bool:
        return any(s.has_unsaved() for s in self.sections().values())

    def save_unsaved(self, then: Callable[[], None]) -> None:
        """Save every section's typed input; ``then`` runs once nothing unsaved is left.

        A section that cannot save (a field to correct, an error from the service) keeps its
        input and is shown; ``then`` does not run, so nothing is closed over it.
        """
        for section in self.sections().values():
            if section.has_unsaved():
                section.save_unsaved()

        def check(_result=None) -> None:
            still = next((s for s in self.sections().values() if s.has_unsaved()), None)
            if still is None:
                then()
            else:
                self.tabs.setCurrentWidget(still)

        # the worker runs jobs in order: this one's answer comes after every save's answer
        self.worker.submit(lambda _job: None, check, lambda exc: show_error(self, exc), label="saved?")

