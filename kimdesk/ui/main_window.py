"""The main window: navigation, the client workspace (list, records, intakes), the status bar.

The window only arranges pages and routes requests between them ("open this person", "new
intake"); each page talks to the services itself. For locking it can say what is open
(``prepare_lock``: a list of tab states, unsaved edits included, kept in memory) and rebuild
it after unlocking (``after_unlock``).

It is built in two steps so the first screen needs no ORM: the frame (navigation, menus, status
bar, the client list with the first paint's page from ``store.first_page``) imports nothing
that loads SQLAlchemy; ``attach`` adds the pages that need the open store (tasks, agencies,
reports, sync, the lock, the undo bar) once it is there. ``MainWindow(store)`` does both at once.
Menus and shortcuts work from the first paint: what needs no store (the pages' navigation, the
search, help, quitting) acts at once; anything else asked for before the store is there (a new
intake, a quick note, …) is held and done as soon as ``attach`` has run (the last one asked wins).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# only what the first screen builds: PySide6 makes a class (and all its enums) on first use, so the
# dialogs' classes (QMessageBox, the text edits of the undo filter, QEvent) are imported where used;
# the Qt namespace too (~90 enums, ~20 ms), which nothing before the first paint names
# (``client_table``, ``tests/ui/test_first_paint.py``)
from PySide6.QtCore import QByteArray, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from kimdesk.ui.client_list import ClientListPage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from kimdesk.store.profile import Profile
    from kimdesk.store.store import Store
    from kimdesk.ui.worker import DbWorker

NAV = ("clients", "tasks", "school", "conferences", "agencies", "reports", "sync")


def _text_undo_available(widget: QWidget | None) -> bool | None:
    """For a text field: whether its own typing can be undone; None for anything else."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() and not widget.isReadOnly()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.document().isUndoAvailable() and not widget.isReadOnly()
    return None


class UndoKeyFilter(QObject):
    """Ctrl+Z in a text field with nothing left to undo takes back the record's last saved edit."""

    def __init__(self, window: MainWindow):
        from PySide6.QtCore import QEvent

        super().__init__(window)
        self.window = window
        self._key_press = QEvent.Type.KeyPress

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == self._key_press and event.matches(QKeySequence.StandardKey.Undo)
                and obj is QApplication.focusWidget() and self.window.isAncestorOf(obj)
                and _text_undo_available(obj) is False):
            self.window.undo()
            return True
        return False


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, store: Store | None, *, profile: Profile | None = None, profile_label: str = "",
                 worker: DbWorker | None = None, lock_hint: str = "", autolock_minutes: int | None = None,
                 demo: bool = False, first_rows: list[Any] | None = None):
        """Without ``store`` only the frame is built – navigation, menus, status bar and the client
        list with ``first_rows`` (the first paint, before the ORM is imported); ``attach`` adds
        the pages that need the store once it is open."""
        super().__init__()
        self.store: Any = None
        self.profile = profile
        self.demo = demo
        self.skip_close_check = False
        self.worker: Any = None
        self.packer: Any = None  # the journal's idle packing (ui.journal_packer), from attach
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("KIMdesk – Kommunales Integrationsmanagement"))
        self.resize(1280, 720)

        self.outer = QStackedWidget(self)
        self.setCentralWidget(self.outer)
        self.body = QWidget(self.outer)
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(self.body)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(236)
        self.nav.setWordWrap(True)
        self.nav.setProperty("horizontalScrollBarPolicy", 1)  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff, by number
        # as a list of texts: ``addItem``'s overloads and ``item()`` make PySide6 build QListWidgetItem's enums
        self._nav_labels = [self.tr("Klient:innen"), self.tr("Aufgaben/Wiedervorlagen"), self.tr("Seiteneinsteiger"),
                            self.tr("Fallkonferenzen"), self.tr("Stellen"), self.tr("Berichte"),
                            self.tr("Synchronisation")]
        self.nav.addItems(self._nav_labels)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; border: none; background: #f3f5f7; }"
                               "QListWidget::item { padding: 9px 8px; }"
                               "QListWidget::item:selected { background: #1e5a96; color: white; }")
        self.stack = QStackedWidget(self.body)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)

        self.workspace = QTabWidget(self.stack)
        self.workspace.setObjectName("workspace")
        self.workspace.setDocumentMode(True)
        if store is not None:  # built whole: the list is filled before it joins the window, as it always was
            from kimdesk.ui.worker import DbWorker

            self.store = store
            self.worker = worker or DbWorker(self)
        self.client_list = ClientListPage(store, self.worker, self.workspace, rows=first_rows)
        self.workspace.addTab(self.client_list, self.tr("Übersicht"))
        self.stack.addWidget(self.workspace)
        self.nav.setCurrentRow(0)
        self.outer.addWidget(self.body)

        self._status(profile_label)
        self._held: Any = None  # an action asked for before the store was there, done on ``attach``
        self._actions()
        self.user_name = ""  # the profile's case manager (Einstellungen), read on the worker on attach
        self._attach_args = (profile, lock_hint, autolock_minutes)
        if store is not None:
            self.attach(store, worker=worker)

    def attach(self, store: Store, *, worker: DbWorker | None = None, profile: Profile | None = None) -> None:
        """The store is open: the pages that need it, the worker, the lock, the one change signal."""
        from kimdesk.services.admin import settings
        from kimdesk.ui import pages
        from kimdesk.ui.lock import LockController, LockScreen
        from kimdesk.ui.sync.controller import SyncController
        from kimdesk.ui.undo_bar import UndoBar
        from kimdesk.ui.worker import DbWorker

        self.store = store
        self.profile = profile if profile is not None else self._attach_args[0]
        _profile, lock_hint, autolock_minutes = self._attach_args
        self.worker = self.worker or worker or DbWorker(self)
        if self.worker.parent() is None:
            self.worker.setParent(self)
        # the records' tabs close, the list's does not: set here, not for the first paint (naming the tab
        # bar's button position builds QTabBar's enums); the list's tab looks the same either way
        self.workspace.setTabsClosable(True)
        self.workspace.tabBar().setTabButton(0, self.workspace.tabBar().ButtonPosition.RightSide, None)
        self.workspace.tabCloseRequested.connect(self.close_tab)
        self.client_list.open_client.connect(self.open_client)
        self.client_list.new_intake.connect(self.new_intake)
        self.client_list.quick_note.connect(self.quick_note)
        self.client_list.count_changed.connect(self._count)
        if self.client_list.store is None:  # the first paint's list: its count leads the worker's queue
            self.client_list.attach(store, self.worker)
        # built the first time they are shown or used (``pages.OnDemandPage``); their signals are
        # connected then
        self.tasks_page = pages.tasks_page(store, self.worker, self.stack, wire=self._wire_tasks)
        self.waiting_page = pages.waiting_list_page(store, self.worker, self.stack,
                                                    wire=lambda page: page.open_client.connect(self.open_client))
        self.conferences_page = pages.conferences_page(store, self.stack)
        self.agencies_page = pages.agencies_page(store, self.worker, self.stack,
                                                 wire=lambda page: page.imported.connect(self.offer_undo))
        self.reports_page = pages.reports_page(store, self.stack)
        self.sync = SyncController(store, self)
        from kimdesk.ui.journal_packer import JournalPacker

        self.packer = JournalPacker(store, self.worker, self)  # started with sync (start_sync)
        self.sync_page = pages.sync_page(store, self.stack, self.sync)
        for page in (self.tasks_page, self.waiting_page, self.conferences_page, self.agencies_page,
                     self.reports_page, self.sync_page):
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._navigate)
        if self.nav.currentRow() > 0:  # chosen while the store was opening
            self._navigate(self.nav.currentRow())

        self.lock_screen = LockScreen(self.outer)
        self.outer.addWidget(self.lock_screen)
        for widget in (self.stack, self.body, self.outer):  # their minimum size now counts the new pages
            widget.updateGeometry()
        self.undo_bar = UndoBar(store, self.worker, self)
        self.undo_bar.undone.connect(self.data_changed)
        # before the count: profile · lock · sync are 0–4, the waiting changes 5, the count 6
        self.statusBar().insertPermanentWidget(6, self.undo_bar)
        for action in self.actions():
            action.setEnabled(True)

        self._undo_filter = UndoKeyFilter(self)
        QApplication.instance().installEventFilter(self._undo_filter)
        minutes = autolock_minutes if autolock_minutes is not None else settings.AUTOLOCK_MINUTES.default
        self.locker = LockController(self, store, self.profile, minutes=minutes, hint=lock_hint)
        self.locker.locked.connect(lambda: self._lock_label.setText(self.tr("gesperrt")))
        self.locker.unlocked.connect(lambda: self._lock_label.setText(self.tr("entsperrt")))
        # one signal for change: every job on the worker and every sync round ends in it
        self._reports_stale = False
        self.worker.changes_applied.connect(self._changes_applied)
        self.sync.changes_applied.connect(self.worker.notify)
        self.sync.finished.connect(lambda _report: self._show_waiting())
        self._show_waiting()
        self._read_start_settings(keep_autolock=autolock_minutes is not None)
        held, self._held = self._held, None
        if held is not None:  # asked for while the store was opening
            held()

    def _wire_tasks(self, page) -> None:
        page.undoable.connect(self.offer_undo)
        page.open_client.connect(self.open_client)

    def _read_start_settings(self, *, keep_autolock: bool) -> None:
        """Who works here and when to lock, read on the worker once the window exists."""
        from kimdesk.services.admin import settings
        from kimdesk.ui.messages import show_error

        store = self.store

        def read(_job) -> tuple[str, int]:
            return settings.USER_NAME.get(store), settings.AUTOLOCK_MINUTES.get(store)

        def apply(result: tuple[str, int]) -> None:
            me, minutes = result
            self.set_user(me)
            if not keep_autolock:
                self.locker.set_timeout(minutes=minutes)

        self.worker.submit(read, apply, lambda exc: show_error(self, exc), label="start settings")

    def set_user(self, name: str) -> None:
        self.user_name = name or ""
        self.tasks_page.set_user(self.user_name)
        self.client_list.set_user(self.user_name)

    # -- frame -----------------------------------------------------------------------------
    def _status(self, profile_label: str) -> None:
        bar = self.statusBar()
        self._profile_label = QLabel(profile_label, self)
        self._lock_label = QLabel(self.tr("entsperrt"), self)
        self._lock_label.setObjectName("lockState")
        self._sync_label = QLabel(self.tr("Synchronisation: nicht eingerichtet"), self)
        self._sync_label.setObjectName("syncState")
        self._count_label = QLabel(self)
        self._waiting_label = QLabel(self)
        self._waiting_label.setObjectName("waitingChanges")
        bar.addWidget(self._profile_label)
        bar.addWidget(QLabel("·", self))
        bar.addWidget(self._lock_label)
        bar.addWidget(QLabel("·", self))
        bar.addWidget(self._sync_label)
        bar.addPermanentWidget(self._waiting_label)
        bar.addPermanentWidget(self._count_label)  # the undo bar goes before it (``attach``)

    def offer_undo(self, text: str, edit) -> None:
        """A quick action just happened (task done, …): offer to take it back for a while."""
        self.undo_bar.offer(text, edit)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, name: str = "", *,
                at_once: bool = False) -> QAction:
        """A menu entry with its shortcut; ``at_once``: it needs no open store (before ``attach`` it acts
        at once; any other is held until the store is there)."""
        action = QAction(self)  # not QAction(text, self): checking the icon overload builds QIcon's enums
        action.setText(text)
        if shortcut is not None:
            # as a list: setShortcut's overloads make PySide6 build the Qt namespace
            action.setShortcuts([QKeySequence(shortcut)])
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: self._trigger(slot, at_once))
        self.addAction(action)
        return action

    def _trigger(self, slot, at_once: bool) -> None:
        if self.store is None and not at_once:
            self._held = slot
            self.statusBar().showMessage(self.tr("Das Profil wird noch geöffnet – gleich geht es weiter."), 5000)
            return
        slot()

    def held_action(self):
        """What was asked for before the store was there and waits for ``attach`` (None: nothing)."""
        return self._held

    def _actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Datei"))
        self.new_action = self._action(self.tr("Neue Person aufnehmen …"), self.new_intake, "Ctrl+N", "newIntake")
        self.note_action = self._action(self.tr("Kurznotiz …"), self.quick_note, "Ctrl+Shift+N", "quickNote")
        self.import_action = self._action(self.tr("Importieren …"), self.import_file, None, "importFile")
        self.lock_action = self._action(self.tr("Sperren"), self.lock, "Ctrl+L", "lock")
        self.quit_action = self._action(self.tr("Beenden"), self.close, QKeySequence.StandardKey.Quit, "quit",
                                        at_once=True)
        for action in (self.new_action, self.note_action, self.import_action):
            file_menu.addAction(action)
        if self.demo:
            self.demo_action = self._action(self.tr("Weitere Beispieldaten erzeugen …"), self.generate_demo_data,
                                            None, "demoData")
            file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Bearbeiten"))
        self.undo_action = self._action(self.tr("Letzte Änderung rückgängig machen"), self.undo,
                                        QKeySequence.StandardKey.Undo, "undo")
        edit_menu.addAction(self.undo_action)
        self.find_action = self._action(self.tr("Person suchen"), self.focus_search, QKeySequence.StandardKey.Find,
                                        at_once=True)
        edit_menu.addAction(self.find_action)
        self.close_tab_action = self._action(self.tr("Reiter schließen"), self.close_current_tab, "Ctrl+W",
                                             "closeTab", at_once=True)
        file_menu.insertAction(self.lock_action, self.close_tab_action)
        view_menu = menu.addMenu(self.tr("&Ansicht"))
        self.page_actions = []
        for i in range(len(NAV)):
            # before ``attach`` the row is marked and ``attach`` shows its page
            action = self._action(self._nav_labels[i], lambda row=i: self.nav.setCurrentRow(row),
                                  f"Ctrl+{i + 1}", f"page{i + 1}", at_once=True)
            view_menu.addAction(action)
            self.page_actions.append(action)
        extras = menu.addMenu(self.tr("E&xtras"))
        self.findings_action = self._action(self.tr("Strukturelle Themen …"), self.open_findings, None, "findings")
        self.retention_action = self._action(self.tr("Aufbewahrungsfristen prüfen …"), self.open_retention, None,
                                             "retention")
        self.settings_action = self._action(self.tr("Einstellungen …"), self.open_settings, None, "settings")
        extras.addAction(self.findings_action)
        extras.addAction(self.retention_action)
        extras.addSeparator()
        extras.addAction(self.settings_action)
        self.backups_action = self._action(self.tr("Sicherungen …"), self.open_backups, None, "backups")
        self.team_action = self._action(self.tr("Anmeldedatei für ein weiteres Gerät …"), self.open_team, None,
                                        "team")
        extras.addAction(self.backups_action)
        extras.addAction(self.team_action)
        help_menu = menu.addMenu(self.tr("&Hilfe"))
        self.guide_action = self._action(self.tr("Benutzerhandbuch"), self.open_guide,
                                         QKeySequence.StandardKey.HelpContents, "guide", at_once=True)
        self.shortcuts_action = self._action(self.tr("Tastenkürzel"), self.open_shortcuts, None, "shortcuts",
                                             at_once=True)
        self.shortcuts_action.setShortcuts([QKeySequence("Ctrl+?"), QKeySequence("Ctrl+Shift+?")])
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        self.about_action = self._action(self.tr("Über KIMdesk"), self.open_about, None, "about")
        help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar(self.tr("Werkzeuge"))
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        for action in (self.new_action, self.note_action, self.lock_action):
            self.toolbar.addAction(action)

    def _navigate(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if hasattr(page, "activate"):
            page.activate()
        if page is self.reports_page and self._reports_stale:
            self._refresh_reports()

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(NAV.index(name))

    @Slot(str)
    def set_sync_state(self, text: str) -> None:
        """For the sync controller (``state_changed(str)``): shown in the status bar."""
        self._sync_label.setText(self.tr("Synchronisation: {state}").format(state=text))

    def sync_state(self) -> str:
        return self._sync_label.text()

    def lock_state(self) -> str:
        return self._lock_label.text()

    def _count(self, total: int) -> None:
        self._count_label.setText(self.tr("%Ln Person(en) in der Liste", "", total))

    # -- one signal for change ---------------------------------------------------------------
    def _changes_applied(self, changes) -> None:
        """After an edit, import, undo, deadline run or sync round: the pages without a worker of
        their own (reports, status bar) refresh here; the others listen to the worker themselves."""
        self._show_waiting()
        if changes.touched.keys() & {"agency", "responsibility"}:
            self.agencies_page.mark_stale()
        if self.reports_page.built() is not None:
            if self.reports_page.isVisible():
                self._refresh_reports()
            else:
                self._reports_stale = True

    def _refresh_reports(self) -> None:
        from kimdesk.ui import pages

        self._reports_stale = False
        pages.real(self.reports_page).refresh()

    def _show_waiting(self) -> None:
        """The status bar's count of changes not yet synced, read on the worker."""
        from kimdesk.sync import service

        store = self.store

        self.worker.submit(lambda _job: service.waiting(store), self._set_waiting,
                           lambda _exc: self._waiting_label.clear(), label="waiting")

    @Slot(int)
    def _set_waiting(self, waiting: int) -> None:
        """The one place the count shows: the sync state beside it names the state only."""
        self._waiting_label.setText(self.tr("%n Änderung(en) warten auf die Synchronisation", "", waiting))

    def waiting_text(self) -> str:
        return self._waiting_label.text()

    # -- the workspace ---------------------------------------------------------------------
    def tabs(self) -> list[QWidget]:
        return [self.workspace.widget(i) for i in range(1, self.workspace.count())]

    def record_tab(self, client_id: str):
        from kimdesk.ui.record.view import ClientRecordView

        return next((t for t in self.tabs() if isinstance(t, ClientRecordView) and t.client_id == client_id), None)

    def open_client(self, client_id: str, state: dict[str, Any] | None = None):
        from kimdesk.ui.record.view import ClientRecordView

        self.show_page("clients")
        view = self.record_tab(client_id)
        if view is None:
            view = ClientRecordView(self.store, self.worker, client_id, self.workspace, state=state)
            view.title_changed.connect(lambda title, v=view: self._retitle(v, title))
            view.open_client.connect(self.open_client)
            view.open_conference.connect(self.open_conference)
            view.quick_note.connect(self.quick_note)
            view.erased.connect(self._record_erased)
            view.undoable.connect(self.offer_undo)
            self.workspace.addTab(view, view.title())
        self.workspace.setCurrentWidget(view)
        return view

    def _retitle(self, view: QWidget, title: str) -> None:
        index = self.workspace.indexOf(view)
        if index >= 0:
            self.workspace.setTabText(index, title)

    def _record_erased(self, client_id: str) -> None:
        view = self.record_tab(client_id)
        if view is not None:
            self.close_tab(self.workspace.indexOf(view))
        self.client_list.reload()
        self.tasks_page.mark_stale()
        self.statusBar().showMessage(self.tr("Die Person wurde gelöscht; die Löschung geht mit der nächsten "
                                             "Synchronisation an alle Geräte."), 10000)

    def new_intake(self, state: dict[str, Any] | None = None):
        from kimdesk.services.admin import settings
        from kimdesk.ui.intake.view import IntakeView

        self.show_page("clients")
        view = IntakeView(self.store, self.workspace, case_manager=self.user_name, state=state)
        view.finished.connect(lambda outcome, v=view: self._intake_done(v, outcome))
        view.cancelled.connect(lambda v=view: self.close_tab(self.workspace.indexOf(v)))
        self.workspace.addTab(view, self.tr("Neue Person"))
        self.workspace.setCurrentWidget(view)
        view.focus_first_field()
        return view

    def _intake_done(self, view: QWidget, outcome) -> None:
        self.workspace.removeTab(self.workspace.indexOf(view))
        view.deleteLater()
        if outcome.created:
            self.client_list.reload()
        self.open_client(outcome.client_id)

    def close_current_tab(self) -> None:
        if self.stack.currentWidget() is self.workspace:
            self.close_tab(self.workspace.currentIndex())

    def ask_unsaved(self, text: str) -> QMessageBox.StandardButton:
        """Speichern / Verwerfen / Abbrechen, Abbrechen as the safe default."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, "KIMdesk", text, QMessageBox.StandardButton.Save
                          | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedQuestion")
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Speichern"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Verwerfen"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())

    def close_tab(self, index: int) -> None:
        """A tab with unsaved input asks first; "Speichern" closes it once the input is saved."""
        from PySide6.QtWidgets import QMessageBox

        if index <= 0:
            return
        widget = self.workspace.widget(index)
        if getattr(widget, "has_unsaved", lambda: False)() and not self.locker.is_locked:
            self.workspace.setCurrentWidget(widget)
            answer = self.ask_unsaved(self.tr("„{tab}“ enthält ungespeicherte Eingaben. Speichern, bevor der Reiter "
                                              "geschlossen wird?").format(tab=self.workspace.tabText(index)))
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                widget.save_unsaved(lambda w=widget: self._remove_tab(w))
                return
        self._remove_tab(widget)

    def _remove_tab(self, widget: QWidget) -> None:
        index = self.workspace.indexOf(widget)
        if index > 0:
            self.workspace.removeTab(index)
            widget.deleteLater()

    def quick_note(self, client_id: str | None = None, state: dict[str, Any] | None = None):
        from kimdesk.ui.quick_note import QuickNoteDialog

        dialog = QuickNoteDialog(self.store, self.worker, self, client_id=client_id if isinstance(client_id, str)
                                 else None, state=state)
        dialog.open()
        return dialog

    def open_conference(self, conference_id: str) -> None:
        from kimdesk.ui import pages

        self.show_page("conferences")
        pages.real(self.conferences_page).select(conference_id)

    def current_record(self):
        from kimdesk.ui.record.view import ClientRecordView

        widget = self.workspace.currentWidget()
        return widget if isinstance(widget, ClientRecordView) else None

    def undo(self) -> None:
        view = self.current_record()
        if view is not None:
            view.undo()

    # -- help ------------------------------------------------------------------------------
    def current_page(self) -> str:
        return NAV[self.nav.currentRow()]

    def open_guide(self):
        from kimdesk.ui.help import GuideDialog, chapter_for

        dialog = GuideDialog(chapter_for(self.current_page(), self.workspace.currentWidget()), self)
        dialog.open()
        return dialog

    def open_shortcuts(self):
        from kimdesk.ui.help import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        self.show_page("clients")
        self.workspace.setCurrentIndex(0)
        self.client_list.search.setFocus()
        self.client_list.search.selectAll()

    # -- long work -------------------------------------------------------------------------
    def import_file(self) -> None:
        from kimdesk.ui.long_work import import_file

        import_file(self)

    def import_agency_catalogue(self, path) -> None:
        """The catalogue chosen as a CSV file when founding a team (wizard, team dialog): the agencies
        page's import preview shows what it adds; "Übernehmen" writes it."""
        from pathlib import Path

        self.show_page("agencies")
        self.agencies_page.import_csv(Path(path))

    def generate_demo_data(self) -> None:
        from kimdesk.ui.long_work import generate_demo_data

        generate_demo_data(self)

    def data_changed(self) -> None:
        self.client_list.reload()
        self.tasks_page.mark_stale()
        self.waiting_page.mark_stale()
        self.agencies_page.mark_stale()

    # -- the case cycle's lists (Extras) -----------------------------------------------------
    def open_findings(self):
        from kimdesk.ui.findings_dialog import FindingsDialog

        dialog = FindingsDialog(self.store, self.worker, self)
        dialog.open()
        return dialog

    def open_retention(self):
        from kimdesk.ui.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.store, self.worker, self)
        dialog.finished.connect(lambda _r: self.data_changed() if dialog.erased else None)
        dialog.open()
        return dialog

    # -- settings --------------------------------------------------------------------------
    def open_settings(self):
        from kimdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self)
        dialog.saved.connect(self._settings_saved)
        dialog.open()
        return dialog

    def open_backups(self):
        from kimdesk.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self)
        dialog.open()
        return dialog

    def open_team(self):
        from kimdesk.ui.team_dialog import TeamDialog

        dialog = TeamDialog(self.store, self)
        dialog.catalogue_csv.connect(self.import_agency_catalogue)
        dialog.open()
        return dialog

    def open_about(self):
        from kimdesk.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.profile, self)
        dialog.open()
        return dialog

    def _settings_saved(self, changed: dict[str, Any]) -> None:
        from kimdesk.services.admin import settings

        if settings.AUTOLOCK_MINUTES.key in changed:
            self.locker.set_timeout(minutes=changed[settings.AUTOLOCK_MINUTES.key])
        if settings.USER_NAME.key in changed:
            self.store.actor = changed[settings.USER_NAME.key] or None
            self.set_user(changed[settings.USER_NAME.key] or "")
        if settings.SYNC_INTERVAL_MINUTES.key in changed and self.sync is not None:
            self.sync.set_interval(changed[settings.SYNC_INTERVAL_MINUTES.key])
        if settings.LANGUAGE.key in changed:
            self.language_changed.emit(changed[settings.LANGUAGE.key])

    # -- lock ------------------------------------------------------------------------------
    def lock(self) -> None:
        self.locker.lock()

    def workspace_state(self) -> dict[str, Any]:
        """What is open, with unsaved edits, as plain data kept in memory."""
        return {"page": self.nav.currentRow(), "current": self.workspace.currentIndex(),
                "tabs": [t.tab_state() for t in self.tabs()],
                "search": self.client_list.search.text()}

    def restore_workspace(self, state: dict[str, Any]) -> None:
        for tab in state["tabs"]:
            if tab["kind"] == "record":
                self.open_client(tab["client_id"], state=tab)
            elif tab["kind"] == "intake":
                self.new_intake(state=tab)
        self.client_list.search.setText(state.get("search", ""))
        self.client_list.reload()
        self.nav.setCurrentRow(state["page"])
        self.workspace.setCurrentIndex(min(state["current"], self.workspace.count() - 1))

    def start_sync(self) -> None:
        """Sync on start (when a target is configured and reachable) and then on the interval."""
        if self.sync is not None:
            from PySide6.QtCore import Qt

            self.sync.state_changed.connect(self.set_sync_state, Qt.ConnectionType.UniqueConnection)
            self.sync.waiting_counted.connect(self._set_waiting, Qt.ConnectionType.UniqueConnection)
            self.sync.start()
        if self.packer is not None:
            self.packer.start()

    def prepare_lock(self) -> dict[str, Any]:
        from kimdesk.ui import pages

        if self.sync is not None:
            self.sync.pause()  # a round must not hold the store while it is closed
        if self.packer is not None:
            self.packer.stop()
        reports = self.reports_page.built() if isinstance(self.reports_page, pages.LazyPage) else None
        if reports is not None and hasattr(reports, "before_lock"):
            reports.before_lock()
        state = self.workspace_state()
        hidden = [w for w in QApplication.topLevelWidgets() if w is not self and w.isVisible()]
        for w in hidden:
            w.hide()
        state["hidden"] = hidden
        self.worker.cancel_all()
        self.worker.wait_idle()
        for tab in self.tabs():
            self.workspace.removeTab(self.workspace.indexOf(tab))
            tab.deleteLater()
        self.client_list.clear()
        self.tasks_page.clear()
        self.waiting_page.clear()
        self.agencies_page.clear()
        self._count_label.clear()
        return state

    def show_locked(self, locked: bool) -> None:
        self.outer.setCurrentWidget(self.lock_screen if locked else self.body)
        self.menuBar().setEnabled(not locked)
        self.toolbar.setEnabled(not locked)
        for action in self.actions():
            action.setEnabled(not locked)

    def after_unlock(self, state: dict[str, Any] | None) -> None:
        from kimdesk.ui import pages

        if state is None:
            return
        self.restore_workspace(state)
        if self.sync is not None:
            self.sync.start()
        if self.packer is not None:
            self.packer.start()
        self.tasks_page.mark_stale()
        self.waiting_page.mark_stale()
        self.agencies_page.mark_stale()
        reports = self.reports_page.built() if isinstance(self.reports_page, pages.LazyPage) else None
        if reports is not None and hasattr(reports, "after_unlock"):
            reports.after_unlock()
        for w in state.get("hidden", []):
            w.show()

    # -- closing ---------------------------------------------------------------------------
    def show_first(self) -> None:
        """Maximised the first time; afterwards where and how large it was left (read on the worker)."""
        from kimdesk.services.admin import settings

        store = self.store
        self.worker.submit(lambda _job: settings.WINDOW_GEOMETRY.get(store), self.show_at,
                           lambda _exc: self.show_at(""), label="geometry")

    def show_at(self, saved: str) -> None:
        """Show where and how large the window was left (``saved``: Qt's geometry, base64), else maximised."""
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.show()
        else:
            self.setGeometry(self.screen().availableGeometry())  # the whole screen even without a window manager
            self.showMaximized()

    def _remember_geometry(self) -> None:
        from kimdesk.services.admin import settings

        store, geometry = self.store, bytes(self.saveGeometry().toBase64()).decode("ascii")
        # on the worker, before it shuts down (closeEvent waits for it); a failure is only a lost size
        self.worker.submit(lambda _job: settings.WINDOW_GEOMETRY.set(store, geometry), None, lambda _exc: None,
                           label="geometry")

    def _save_all_then_close(self, unsaved: list[QWidget]) -> None:
        waiting = set(unsaved)

        def one_saved(tab: QWidget) -> None:
            waiting.discard(tab)
            if not waiting:
                QTimer.singleShot(0, self.close)  # not from inside this close event

        for tab in unsaved:
            tab.save_unsaved(lambda t=tab: one_saved(t))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtWidgets import QMessageBox

        from kimdesk.ui import pages

        if self.store is None:  # closed before the store arrived: nothing to save or stop
            event.accept()
            return
        unsaved = [t for t in self.tabs() if getattr(t, "has_unsaved", lambda: False)()]
        if unsaved and not self.locker.is_locked and not self.skip_close_check:
            self.workspace.setCurrentWidget(unsaved[0])
            answer = self.ask_unsaved(self.tr("Es gibt ungespeicherte Eingaben in {n} Reiter(n). Vor dem Beenden "
                                              "speichern?").format(n=len(unsaved)))
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                event.ignore()
                self._save_all_then_close(unsaved)
                return
        QApplication.instance().removeEventFilter(self._undo_filter)
        if not self.locker.is_locked:
            self._remember_geometry()
        self.locker.timer.stop()
        if self.sync is not None:
            self.sync.stop()
        if self.packer is not None:
            self.packer.stop()  # no new batch; one running finishes before the worker stops
        reports = self.reports_page.built() if isinstance(self.reports_page, pages.LazyPage) else self.reports_page
        if reports is not None and hasattr(reports, "shutdown"):
            reports.shutdown()  # a running computation finishes before the store closes
        self.worker.wait_idle()  # what was queued (the window's size) is written
        self.worker.shutdown()
        event.accept()
