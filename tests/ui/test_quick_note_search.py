"""The quick note's person search has no fixed delay: a keystroke searches at once, and
keystrokes typed while a search runs coalesce into one search for the latest text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kimdesk.services.clients_intake import clients
from kimdesk.ui.quick_note import QuickNoteDialog
from kimdesk.ui.worker import DbWorker


class HeldWorker(DbWorker):
    """A real synchronous worker whose search jobs wait until the test releases them (a slow database)."""

    def __init__(self):
        super().__init__(synchronous=True)
        self.held: list[tuple] = []

    def submit(self, fn, on_done=None, on_error=None, **kw):
        if kw.get("label") != "note-search":  # the dialog's other loads run as usual
            return DbWorker.submit(self, fn, on_done, on_error, **kw)
        self.held.append((fn, on_done, on_error, kw))
        return None

    def release(self) -> None:
        fn, on_done, on_error, kw = self.held.pop(0)
        DbWorker.submit(self, fn, on_done, on_error, **kw)


def test_a_keystroke_searches_at_once(qtbot, store, worker):
    clients.create_client(store, {"given_name": "Abdi", "family_name": "Warsame"})
    dialog = QuickNoteDialog(store, worker)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.person, "warsam")
    assert dialog.matches.count() == 1  # no timer to wait for


def test_keystrokes_during_a_search_coalesce_and_enter_waits_for_the_match(qtbot, store):
    cid = clients.create_client(store, {"given_name": "Abdi", "family_name": "Warsame"})
    clients.create_client(store, {"given_name": "Wanda", "family_name": "Wagner"})
    held = HeldWorker()
    dialog = QuickNoteDialog(store, held)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.person, "wa")
    assert len(held.held) == 1  # the first keystroke's search runs; the second waits for it
    qtbot.keyClicks(dialog.person, "rsam")
    assert len(held.held) == 1
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    assert dialog.client_id is None  # nothing to take yet
    held.release()  # "w" returns: stale, the latest text runs once instead
    assert len(held.held) == 1 and dialog.matches.count() == 0
    held.release()
    assert not held.held
    assert dialog.client_id == cid and dialog.focusWidget() is dialog.summary
