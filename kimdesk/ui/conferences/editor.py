"""The conference editor: the meeting, participants, agenda and addenda of one conference.

Every change goes through the conference services on the database worker (``run`` over
``runner.op``); the same job reloads the conference (``ConferenceView``) and every panel redraws
from it, so what is shown is what is stored. A refusal is one line in the editor; a participant
without a release (``ConsentRequired``) is handed to the caller's ``on_consent`` in one place. A finalised protocol is shown read-only (the services would refuse changes anyway);
only addenda and the follow-up of action items stay possible.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kimdesk.reports.minutes import render_minutes
from kimdesk.reports.template import Rendered
from kimdesk.services.conferences_minutes import conference_edit, conference_queries, minutes_print
from kimdesk.services.conferences_minutes.conference_edit import ConsentRequired
from kimdesk.services.conferences_minutes.conference_queries import AgencyChoice, ConferenceView
from kimdesk.store.store import Store
from kimdesk.ui.conferences import printing
from kimdesk.ui.conferences.addenda import AddendaPanel
from kimdesk.ui.conferences.agenda import AgendaPanel
from kimdesk.ui.conferences.general import GeneralForm
from kimdesk.ui.conferences.participants import ParticipantsPanel
from kimdesk.ui.runner import op
from kimdesk.ui.save_dialog import ask_folder


class _NeedsReason:
    """What a job returns instead of raising when an agency lacks a release (asked on the UI thread)."""

    def __init__(self, message: str):
        self.message = message


class ConferenceEditor(QWidget):
    changed = Signal(str)  # a conference was changed (its id)
    deleted = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.view: ConferenceView | None = None
        self._agencies: list[AgencyChoice] | None = None
        self.busy = False
        self._wanted: str | None = None  # the conference last asked for (a late read of another is dropped)

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.badge = QLabel(self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.badge)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.general = GeneralForm(self, self)
        self.participants = ParticipantsPanel(self, self)
        self.agenda = AgendaPanel(self, self)
        self.addenda = AddendaPanel(self, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.general, self.tr("Sitzung"))
        self.tabs.addTab(self.participants, self.tr("Teilnehmende"))
        self.tabs.addTab(self.agenda, self.tr("Tagesordnung"))
        self.tabs.addTab(self.addenda, self.tr("Nachträge"))

        self.finalise_button = QPushButton(self.tr("Abschließen …"), self)
        self.delete_button = QPushButton(self.tr("Entwurf verwerfen"), self)
        self.edition = QComboBox(self)
        self.edition.setObjectName("minutesEdition")
        self.edition.setMinimumContentsLength(9)  # long office names must not widen the window
        self.edition.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.edition.setToolTip(self.tr(
            "Eine Ausfertigung für eine Stelle braucht deren Schweigepflichtentbindung; die Ausländerbehörde erhält "
            "nichts, was nicht für sie bestimmt ist."))
        self.distribution_button = QPushButton(self.tr("Verteiler …"), self)
        self.distribution_button.setToolTip(self.tr("je beteiligte Stelle ein PDF in einen Ordner"))
        self.preview_button = QPushButton(self.tr("Druckvorschau …"), self)
        self.print_button = QPushButton(self.tr("Drucken …"), self)
        self.pdf_button = QPushButton(self.tr("Als PDF speichern …"), self)
        # two rows, so the editor fits a 1366-pixel laptop screen beside the list
        bottom = QVBoxLayout()
        state_row = QHBoxLayout()
        state_row.addWidget(self.finalise_button)
        state_row.addWidget(self.delete_button)
        state_row.addStretch(1)
        print_row = QHBoxLayout()
        print_row.addWidget(self.edition, 1)
        for b in (self.preview_button, self.print_button, self.pdf_button, self.distribution_button):
            print_row.addWidget(b)
        bottom.addLayout(state_row)
        bottom.addLayout(print_row)
        self.preview_button.setEnabled(printing.can_preview())
        self.print_button.setEnabled(printing.can_preview())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.finalise_button.clicked.connect(self.finalise)
        self.delete_button.clicked.connect(self.discard)
        self.preview_button.clicked.connect(lambda: self.make_pdf(lambda r: printing.preview(self, r, self.store)))
        self.print_button.clicked.connect(
            lambda: self.make_pdf(lambda r: printing.print_with_dialog(self, r, self.store)))
        self.pdf_button.clicked.connect(lambda: self.make_pdf(self.save_pdf))
        self.distribution_button.clicked.connect(self.save_distribution)
        self.show_view(None)

    # -- loading ---------------------------------------------------------------------------
    def load(self, conference_id: str | None) -> None:
        """Show a conference (read on the worker, after what is typed in the current one is saved)."""
        self.flush()
        self.say("")
        if conference_id is None:
            self.show_view(None)
            return
        self._wanted = conference_id
        store, need_agencies = self.store, self._agencies is None

        def read() -> tuple[ConferenceView, list[AgencyChoice] | None]:
            return (conference_queries.load(store, conference_id),
                    conference_queries.agency_choices(store) if need_agencies else None)

        def show(result: tuple[ConferenceView, list[AgencyChoice] | None]) -> None:
            view, agencies = result
            if agencies is not None:
                self._agencies = agencies
            if self._wanted == conference_id:  # not one chosen while it was read
                self.show_view(view)

        op(self, read, on_done=show, on_error=lambda text: self.say(text, error=True), label="conference")

    def reload(self) -> None:
        if self.view is not None:
            self.load_quietly(self.view.id)

    def load_quietly(self, conference_id: str) -> None:
        """Read the conference again without saving the form first (after a change beneath it)."""
        self._wanted = conference_id
        store = self.store

        def show(view: ConferenceView) -> None:
            if self._wanted == conference_id:
                self.show_view(view)

        op(self, lambda: conference_queries.load(store, conference_id), on_done=show,
           on_error=lambda text: self.say(text, error=True), label="conference")

    def show_view(self, view: ConferenceView | None) -> None:
        self.view = view
        self._wanted = view.id if view is not None else None
        self.tabs.setEnabled(view is not None)
        for b in (self.finalise_button, self.delete_button, self.edition, self.pdf_button, self.distribution_button):
            b.setEnabled(view is not None)
        self._editions(view)
        if view is None:
            self.heading.setText(self.tr("Keine Konferenz ausgewählt"))
            self.badge.setText("")
            return
        kind = self.tr("Fallkonferenz") if view.kind == "case" else self.tr("Netzwerktreffen")
        self.heading.setText(self.tr("{kind} am {date}").format(kind=kind, date=view.date.strftime("%d.%m.%Y"))
                             + (f" – {view.title}" if view.title else ""))
        if view.final:
            when = view.finalised_at.strftime("%d.%m.%Y") if view.finalised_at else ""
            self.badge.setText(self.tr("Abgeschlossen {when} – schreibgeschützt").format(when=when).replace("  ", " "))
            self.badge.setStyleSheet("color: white; background: #2f5d50; padding: 3px 8px; border-radius: 3px;")
        else:
            self.badge.setText(self.tr("Entwurf"))
            self.badge.setStyleSheet("color: #6b4b00; background: #fbe7b5; padding: 3px 8px; border-radius: 3px;")
        self.finalise_button.setEnabled(not view.final)
        self.delete_button.setEnabled(not view.final)
        self.general.show_view(view)
        self.participants.show_view(view)
        self.agenda.show_view(view)
        self.addenda.show_view(view)

    def _editions(self, view: ConferenceView | None) -> None:
        """The file copy and one copy per participating office (the Verteiler)."""
        current = self.edition.currentData()
        self.edition.blockSignals(True)
        self.edition.clear()
        self.edition.addItem(self.tr("Aktenexemplar (vollständig)"), None)
        offices = {} if view is None else {p.agency_id: p.agency for p in view.participants if p.agency_id}
        for agency_id, name in offices.items():
            self.edition.addItem(self.tr("Ausfertigung für {office}").format(office=name), agency_id)
        self.edition.setCurrentIndex(max(0, self.edition.findData(current)))
        self.edition.blockSignals(False)

    def is_read_only(self) -> bool:
        return self.view is None or self.view.final

    def agencies(self) -> list[AgencyChoice]:
        """The offices to choose from (read on the worker with the first conference shown)."""
        return self._agencies or []

    # -- running service calls -------------------------------------------------------------
    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[], None] | None = None,
            on_consent: Callable[[str], None] | None = None, **kwargs: Any) -> None:
        """Call a service on the database worker and read the conference again in the same job.

        On success the panels redraw, ``changed`` is announced and ``on_done()`` runs; a refusal
        is one line in the editor. ``ConsentRequired`` goes to ``on_consent(message)`` when given
        (the caller asks for a reason and runs again), else it is a refusal like any other.
        """
        conference_id = self.view.id if self.view is not None else None
        store = self.store

        def work() -> ConferenceView | _NeedsReason | None:
            try:
                fn(*args, **kwargs)
            except ConsentRequired as exc:
                if on_consent is None:
                    raise
                return _NeedsReason(str(exc))
            return conference_queries.load(store, conference_id) if conference_id else None

        def done(result: ConferenceView | _NeedsReason | None) -> None:
            if isinstance(result, _NeedsReason):
                on_consent(result.message)  # type: ignore[misc]  # set whenever a _NeedsReason comes back
                return
            self.say("")
            if result is not None and self._wanted in (None, conference_id):
                self.show_view(result)
            if conference_id is not None:
                self.changed.emit(conference_id)
            if on_done is not None:
                on_done()

        op(self, work, on_done=done, on_error=lambda text: self.say(text, error=True), label="conference edit")

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a3201b; font-weight: bold;" if error else "color: #2f5d50;")

    def flush(self) -> None:
        """Save what is typed but not yet saved (before switching, printing, finalising)."""
        if self.view is not None and not self.view.final:
            self.general.save()
            self.agenda.save()

    # -- finalising ------------------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def finalise(self) -> None:
        if self.view is None or self.view.final:
            return
        self.flush()
        if not self.confirm(self.tr("Protokoll abschließen"), self.tr(
                "Nach dem Abschließen kann das Protokoll nicht mehr geändert werden; Korrekturen sind nur noch als "
                "datierte Nachträge möglich. Jetzt abschließen?")):
            return
        self.run(conference_edit.finalise, self.store, self.view.id,
                 on_done=lambda: self.say(self.tr("Das Protokoll ist abgeschlossen.")))

    def discard(self) -> None:
        if self.view is None or self.view.final:
            return
        if self.confirm(self.tr("Entwurf verwerfen"), self.tr("Diesen Entwurf verwerfen?")):
            conference_id, store = self.view.id, self.store

            def gone(_result: object) -> None:
                if self._wanted == conference_id:
                    self.show_view(None)
                self.deleted.emit(conference_id)

            op(self, lambda: conference_edit.delete_conference(store, conference_id), on_done=gone,
               on_error=lambda text: self.say(text, error=True), label="discard conference")

    # -- printing --------------------------------------------------------------------------
    def make_pdf(self, then: Callable[[Rendered], Any]) -> None:
        """Render the minutes off the UI thread, then hand the PDF to ``then`` (preview, print, save)."""
        if self.view is None or self.busy:
            return
        self.flush()
        recipient = self.edition.currentData()
        conference_id, store = self.view.id, self.store
        self.busy = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def read() -> Any:  # MinutesDoc, or MinutesCopy for one office
            if recipient is None:
                return minutes_print.prepare(store, conference_id)
            return minutes_print.prepare_copy(store, conference_id, recipient)

        def prepared(result: Any) -> None:
            explanation = None
            if recipient is None:
                doc = result
            elif result.doc is None:
                self._finish_busy()
                self.say(result.refusal or "", error=True)
                return
            else:
                doc, explanation = result.doc, result.explanation
            self.say(self.tr("PDF wird erstellt …"))

            def done(rendered: Rendered) -> None:
                self._finish_busy()
                self.log_print(conference_id)
                self.say(explanation or "")
                self.notices(rendered)
                then(rendered)

            printing.in_background(lambda: render_minutes(doc), done, self._render_failed)

        op(self, read, on_done=prepared, on_error=self._prepare_failed, label="minutes")

    def log_print(self, conference_id: str, times: int = 1) -> None:
        """The print is recorded in the audit log (on the worker, after the PDF exists)."""
        store = self.store

        def record() -> None:
            for _ in range(times):
                minutes_print.log_print(store, "conference", conference_id)

        op(self, record, on_error=lambda text: self.say(text, error=True), label="log print")

    def _prepare_failed(self, text: str) -> None:
        self._finish_busy()
        self.say(text, error=True)

    def _render_failed(self, message: str) -> None:
        self._finish_busy()
        self.say(self.tr("PDF konnte nicht erstellt werden: {error}").format(error=message), error=True)

    def save_distribution(self) -> None:
        """One PDF per participating office into a folder; offices without a release get none (said why)."""
        if self.view is None or self.busy:
            return
        self.flush()
        ask_folder(self, self.tr("Ordner für den Verteiler"), then=self.write_distribution)

    def write_distribution(self, folder: Path) -> None:
        view = self.view
        if view is None:
            return
        self.busy = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        store = self.store
        op(self, lambda: minutes_print.prepare_distribution(store, view.id),
           on_done=lambda copies: self._render_distribution(view, folder, copies), on_error=self._prepare_failed,
           label="distribution")

    def _render_distribution(self, view: ConferenceView, folder: Path, copies: list) -> None:
        if not copies:
            self._finish_busy()
            self.say(self.tr("An dieser Konferenz hat keine Stelle teilgenommen; kein Verteiler."), error=True)
            return
        self.say(self.tr("PDFs werden erstellt …"))
        jobs = [(minutes_print.copy_filename(view.date, n, c.recipient), c) for n, c in enumerate(copies, 1)]

        def work() -> list[str]:
            written = []
            for name, copy in jobs:
                if copy.doc is not None:
                    minutes_print.save(render_minutes(copy.doc), folder / name)
                    written.append(name)
            return written

        def done(written: list[str]) -> None:
            self._finish_busy()
            if written:
                self.log_print(view.id, len(written))
            lines = [self.tr("{n} Ausfertigung(en) gespeichert in {folder}.").format(n=len(written), folder=folder)]
            lines += [c.refusal for _name, c in jobs if c.refusal]
            lines += [c.explanation for _name, c in jobs if c.doc is not None and c.explanation]
            self.say(" ".join(lines), error=any(c.refusal for _name, c in jobs))

        printing.in_background(work, done, self._render_failed)

    def _finish_busy(self) -> None:
        self.busy = False
        QApplication.restoreOverrideCursor()

    def notices(self, rendered: Rendered) -> None:
        printing.show_notices(self, rendered)

    def suggested_filename(self) -> str:
        if self.view is None:
            return "Protokoll.pdf"
        recipient = self.edition.currentData()
        if recipient is not None:
            office = next(p.agency for p in self.view.participants if p.agency_id == recipient)
            return minutes_print.copy_filename(self.view.date, max(1, self.edition.currentIndex()), office)
        number = "_".join(p.case_number for p in self.view.persons) or "Netzwerktreffen"
        return f"Protokoll_{self.view.date.isoformat()}_{number}.pdf"

    def save_pdf(self, rendered: Rendered) -> None:
        def write(path: Path) -> None:
            try:
                minutes_print.save(rendered, path)
            except OSError as exc:
                self.say(self.tr("Speichern nicht möglich: {error}").format(error=exc.strerror or exc), error=True)
                return
            self.say(self.tr("Gespeichert: {path}").format(path=path))

        printing.ask_pdf_path(self, self.suggested_filename(), write)
