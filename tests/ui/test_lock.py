"""Locking forgets the key and hides personal data; unlocking restores the view and unsaved edits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kimdesk.services.clients_intake import clients, record
from tests.support.stores import PASSPHRASE


def _visible_texts(window) -> str:
    texts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
    for i in range(window.workspace.count()):
        texts.append(window.workspace.tabText(i))
    return "\n".join(texts)


def test_lock_and_unlock_keeps_an_unsaved_edit(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Hawre", "family_name": "Kurdistani", "phone": "0241 1"})
    window.client_list.reload()
    view = window.open_client(cid)
    phone = view.personal.fields["phone"].widget
    phone.clear()
    qtbot.keyClicks(phone, "0241 999")
    assert view.personal.unsaved.isVisible()
    view.tabs.setCurrentWidget(view.contacts)
    qtbot.keyClicks(view.contacts.summary, "Termin beim Jobcenter vorbereitet")
    assert "Kurdistani" in _visible_texts(window)

    window.lock()
    assert not store.is_open and store.engine is None  # connections closed, key forgotten
    assert window.lock_screen.isVisible() and window.lock_state() == "gesperrt"
    assert "Kurdistani" not in _visible_texts(window) and "0241" not in _visible_texts(window)
    assert window.client_list.model.rowCount() == 0 and window.tabs() == []
    assert not window.new_action.isEnabled()

    qtbot.keyClicks(window.lock_screen.passphrase, "falsche passphrase")
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.locker.is_locked and window.lock_screen.message.isVisible()
    assert "Passphrase" in window.lock_screen.message.text()

    window.lock_screen.passphrase.clear()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    assert not window.locker.is_locked and store.is_open
    view = window.record_tab(cid)
    assert view is not None and window.current_record() is view
    assert view.tabs.currentWidget() is view.contacts
    assert view.personal.fields["phone"].widget.text() == "0241 999"  # the unsaved edit survived
    assert not view.personal.unsaved.isHidden() and view.personal.has_unsaved()
    assert window.workspace.tabText(window.workspace.indexOf(view)).endswith("*")
    assert view.contacts.summary.toPlainText() == "Termin beim Jobcenter vorbereitet"
    assert window.client_list.model.total() == 1
    # nothing of the unsaved edit reached the database
    assert record.load(store, cid, log=False).client["phone"] == "0241 1"
    qtbot.mouseClick(view.personal.save_button, Qt.MouseButton.LeftButton)
    assert record.load(store, cid, log=False).client["phone"] == "0241 999"


def test_auto_lock_after_idle_time(qtbot, window, store):
    window.locker.set_timeout(seconds=0.3)
    qtbot.waitUntil(lambda: window.locker.is_locked, timeout=5000)
    assert not store.is_open and window.lock_screen.isVisible()
    assert window.locker.unlock(PASSPHRASE)
    assert store.is_open


def test_intake_in_progress_survives_a_lock(qtbot, window, store):
    view = window.new_intake()
    qtbot.keyClicks(view.pages["person"].fields["family_name"].widget, "Berhane")
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    window.lock()
    assert "Berhane" not in _visible_texts(window)
    assert window.locker.unlock(PASSPHRASE)
    restored = window.workspace.currentWidget()
    assert restored.wizard.current == "household" and restored.wizard.data["family_name"] == "Berhane"


def test_dialog_is_hidden_while_locked_and_comes_back(qtbot, window, store):
    dialog = window.quick_note()
    qtbot.keyClicks(dialog.summary, "kurz notiert")
    window.lock()
    assert not dialog.isVisible()
    window.locker.unlock(PASSPHRASE)
    assert dialog.isVisible() and dialog.summary.toPlainText() == "kurz notiert"


def test_period_change_just_before_a_lock_is_computed_after_unlock(qtbot, window, store):
    from datetime import date

    from kimdesk.ui import pages

    window.nav.setCurrentRow(window.stack.indexOf(window.reports_page))
    reports = pages.real(window.reports_page)
    qtbot.waitUntil(lambda: reports.figures is not None and not reports.runner.busy, timeout=30_000)
    reports.set_period(date(2024, 1, 1), date(2024, 12, 31))  # the debounce is still pending …
    window.lock()  # … when the window locks
    qtbot.wait(400)  # past the debounce: nothing may run against the closed store
    assert reports.figures.date_from != date(2024, 1, 1)
    assert "nicht berechnet" not in reports.status.text() and not reports.runner.busy
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(reports.figures_ready, timeout=30_000):
        qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    assert (reports.figures.date_from, reports.figures.date_to) == (date(2024, 1, 1), date(2024, 12, 31))


def test_unlock_clears_the_typed_passphrase(qtbot, window, store):
    window.lock()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    assert not window.locker.is_locked
    assert window.lock_screen.passphrase.text() == ""  # not kept in the hidden field until the next lock


def test_a_job_that_ignores_cancel_is_cut_off_by_the_lock(qtbot, store, profile):
    import threading

    from kimdesk.ui.main_window import MainWindow
    from kimdesk.ui.worker import DbWorker

    worker = DbWorker()  # a real worker thread
    win = MainWindow(store, profile=profile, profile_label="Profil: default", worker=worker)
    win.skip_close_check = True
    qtbot.addWidget(win)
    win.show()
    started, errors = threading.Event(), []

    def stubborn(job):  # never looks at job.cancelled; runs one endless statement
        with store.connection() as conn:
            started.set()
            conn.exec_driver_sql("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                 "SELECT count(*) FROM c").scalar()

    job = worker.submit(stubborn, on_error=errors.append, on_cancelled=lambda: errors.append("cancelled"),
                        label="stubborn")
    assert started.wait(30)
    win.locker.wait_seconds = 0.5
    win.lock()
    assert win.locker.is_locked and not store.is_open
    assert not worker.running_now()  # the job let go of its connection and the key
    assert job.cancelled
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == ["cancelled"]
    worker.shutdown()


def test_unlocking_derives_the_key_on_the_worker_with_a_busy_lock_screen(qtbot, store, profile, monkeypatch):
    """Argon2id takes about a second on purpose: it runs on the database worker, the lock screen
    waits (no second attempt), and a wrong passphrase comes back as one line."""
    import threading

    from kimdesk.ui import lock as lock_module
    from kimdesk.ui.main_window import MainWindow
    from kimdesk.ui.worker import DbWorker

    worker = DbWorker()
    win = MainWindow(store, profile=profile, profile_label="Profil: default", worker=worker)
    win.skip_close_check = True
    qtbot.addWidget(win)
    win.show()
    threads = []
    real = lock_module.unlock
    gate = threading.Event()

    def slow_unlock(*args, **kwargs):
        threads.append(threading.current_thread())
        gate.wait(10)  # held until the test has seen the busy screen
        return real(*args, **kwargs)

    monkeypatch.setattr(lock_module, "unlock", slow_unlock)
    try:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10000)
        win.lock()
        screen = win.lock_screen
        assert win.locker.unlock("falsch") is False
        assert not screen.unlock_button.isEnabled() and screen.message.text() == "Entsperren …"
        assert win.locker.unlock(PASSPHRASE) is False  # no second attempt meanwhile
        gate.set()
        qtbot.waitUntil(lambda: screen.unlock_button.isEnabled(), timeout=20000)
        assert win.locker.is_locked and "Entsperren fehlgeschlagen" in screen.message.text()
        with qtbot.waitSignal(win.locker.unlocked, timeout=20000):
            win.locker.unlock(PASSPHRASE)
        assert store.is_open and not screen.isVisible()
        assert len(threads) == 2 and threading.main_thread() not in threads
    finally:
        gate.set()
        win.close()
