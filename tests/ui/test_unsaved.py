"""Nothing typed is lost: closing a tab (or the window) with unsaved input asks Speichern /
Verwerfen / Abbrechen; a task marked done can be taken back from the status bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kimdesk.services.clients_intake import clients, record
from kimdesk.services.tasks_deadlines import tasks
from kimdesk.ui import pages


def answer(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the next question box from the keyboard: Tab to the button, then Space."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        target = box.button(button)
        # keyboard only: the focus goes round the buttons until it reaches the wanted one
        for _ in range(6):
            if box.focusWidget() is target:
                break
            QTest.keyClick(box.focusWidget() or box, Qt.Key.Key_Tab)
        assert box.focusWidget() is target
        QTest.keyClick(target, Qt.Key.Key_Space)

    QTimer.singleShot(0, press)


def _type_phone(qtbot, view, text: str) -> None:
    phone = view.personal.fields["phone"].widget
    phone.clear()
    qtbot.keyClicks(phone, text)


def test_closing_a_record_with_unsaved_input_asks(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1"})
    view = window.open_client(cid)
    _type_phone(qtbot, view, "0241 777")
    assert view.has_unsaved()
    seen: list[str] = []

    answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Ctrl+W
    assert seen and "ungespeicherte" in seen[0]
    assert window.record_tab(cid) is view and view.personal.fields["phone"].widget.text() == "0241 777"

    answer(qtbot, QMessageBox.StandardButton.Save, seen)
    window.close_tab(window.workspace.indexOf(view))
    assert window.record_tab(cid) is None
    assert record.load(store, cid, log=False).client["phone"] == "0241 777"


def test_discard_closes_without_saving_and_a_clean_tab_closes_at_once(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1"})
    view = window.open_client(cid)
    _type_phone(qtbot, view, "0241 999")
    seen: list[str] = []
    answer(qtbot, QMessageBox.StandardButton.Discard, seen)
    window.close_tab(window.workspace.indexOf(view))
    assert window.record_tab(cid) is None and len(seen) == 1
    assert record.load(store, cid, log=False).client["phone"] == "0241 1"
    view = window.open_client(cid)
    window.close_current_tab()  # nothing typed: no question
    assert window.record_tab(cid) is None and len(seen) == 1


def test_save_that_fails_keeps_the_tab_with_the_input(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1"})
    view = window.open_client(cid)
    _type_phone(qtbot, view, "abc")  # not a phone number
    answer(qtbot, QMessageBox.StandardButton.Save, seen := [])
    window.close_tab(window.workspace.indexOf(view))
    assert seen and window.record_tab(cid) is view
    assert view.personal.fields["phone"].widget.text() == "abc"
    assert view.tabs.currentWidget() is view.personal


def test_closing_an_intake_with_a_name_typed_asks(qtbot, window, store):
    intake = window.new_intake()
    page = intake.page("person")
    qtbot.keyClicks(page.fields["given_name"].widget, "Lina")
    qtbot.keyClicks(page.fields["phone"].widget, "abc")  # a field to correct before the person can be created
    assert intake.has_unsaved()
    answer(qtbot, QMessageBox.StandardButton.Cancel, seen := [])
    window.close_tab(window.workspace.indexOf(intake))
    assert seen and window.workspace.indexOf(intake) > 0
    answer(qtbot, QMessageBox.StandardButton.Save, seen)  # not complete yet: stays, with a message
    window.close_tab(window.workspace.indexOf(intake))
    assert window.workspace.indexOf(intake) > 0 and intake.message.text()
    answer(qtbot, QMessageBox.StandardButton.Discard, seen)
    window.close_tab(window.workspace.indexOf(intake))
    assert window.workspace.indexOf(intake) < 0 and len(seen) == 3
    assert clients.count(store) == 0


def test_saving_a_complete_intake_on_close_creates_the_person(qtbot, window, store):
    intake = window.new_intake()
    qtbot.keyClicks(intake.page("person").fields["given_name"].widget, "Lina")
    qtbot.keyClicks(intake.page("person").fields["family_name"].widget, "Haddad")
    answer(qtbot, QMessageBox.StandardButton.Save, seen := [])
    window.close_tab(window.workspace.indexOf(intake))
    assert seen and window.workspace.indexOf(intake) < 0
    view = window.current_record()
    assert view is not None and view.name_label.text() == "Haddad, Lina"


def test_quitting_with_unsaved_input_can_save_first(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1"})
    view = window.open_client(cid)
    _type_phone(qtbot, view, "0241 4242")
    window.skip_close_check = False
    answer(qtbot, QMessageBox.StandardButton.Cancel, seen := [])
    window.close()
    assert seen and window.isVisible()
    answer(qtbot, QMessageBox.StandardButton.Save, seen)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert record.load(store, cid, log=False).client["phone"] == "0241 4242"


def test_task_done_can_be_undone_from_the_status_bar(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    tasks.add_task(store, cid, {"kind": "task", "title": "Jobcenter anrufen", "due_on": date.today().isoformat()})
    window.show_page("tasks")
    page = pages.real(window.tasks_page)
    assert [r.title for r in page.model.rows] == ["Jobcenter anrufen"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.model.rows == []
    bar = window.undo_bar
    assert bar.isVisible() and "Jobcenter anrufen" in bar.label.text()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert [r.title for r in page.model.rows] == ["Jobcenter anrufen"]
    assert [i.status for i in tasks.due_items(store, today=date.today())] == ["open"]


def test_the_undo_offer_goes_away(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    edit = tasks.add_task(store, cid, {"kind": "task", "title": "x", "due_on": date.today().isoformat()})
    bar = window.undo_bar
    bar.offer("Erledigt: x", edit)
    assert bar.isVisible() and bar.timer.isActive() and bar.timer.interval() >= 10_000
    bar.timer.timeout.emit()
    assert not bar.isVisible() and not bar.pending()


def test_removing_a_participant_can_be_undone_from_the_status_bar(qtbot, window, store):
    from kimdesk.services.conferences_minutes import conference_queries
    from kimdesk.ui import pages
    from tests.support.conferences import fill_protocol, make_case

    case = make_case(store)
    fill_protocol(store, case)
    window.open_conference(case.conference_id)
    page = pages.real(window.conferences_page)
    panel = page.editor.participants
    names = [p.name for p in conference_queries.load(store, case.conference_id).participants]
    panel.table.selectRow(0)
    gone = panel.selected().name
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert gone not in [p.name for p in conference_queries.load(store, case.conference_id).participants]
    assert window.undo_bar.isVisible() and gone in window.undo_bar.label.text()
    qtbot.mouseClick(window.undo_bar.button, Qt.MouseButton.LeftButton)
    assert [p.name for p in conference_queries.load(store, case.conference_id).participants] == names
    assert panel.table.rowCount() == len(names)  # the editor shows it again


def test_dismissing_a_follow_up_asks_the_reason_and_can_be_undone(qtbot, window, store):
    """Keyboard only: select the follow-up, "Verwerfen …", type a reason, Enter; then "Rückgängig"."""
    from kimdesk.models import Task
    from kimdesk.ui.dismiss_dialog import DismissDialog

    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    edit = tasks.add_task(store, cid, {"kind": "follow_up", "title": "Aufenthaltstitel prüfen",
                                       "due_on": date.today().isoformat()})
    tasks.add_task(store, cid, {"kind": "task", "title": "Jobcenter anrufen", "due_on": date.today().isoformat()})
    window.show_page("tasks")
    page = pages.real(window.tasks_page)
    page.refresh()
    titles = [r.title for r in page.model.rows]
    page.table.selectRow(titles.index("Jobcenter anrufen"))
    assert not page.dismiss_button.isEnabled()  # a task is done or deleted, not dismissed
    page.table.selectRow(titles.index("Aufenthaltstitel prüfen"))
    assert page.dismiss_button.isEnabled()
    page.dismiss_button.setFocus()
    QTest.keyClick(page.dismiss_button, Qt.Key.Key_Space)
    dialog = page.findChild(DismissDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.ok.isEnabled()  # no reason, no dismissal
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    QTest.keyClicks(dialog.focusWidget(), "Titel schon verlaengert")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "Aufenthaltstitel prüfen" not in [r.title for r in page.model.rows])
    with store.session() as s:
        row = s.get(Task, edit.result)
        assert row.status == "dismissed" and row.details.endswith(": Titel schon verlaengert")
    bar = window.undo_bar
    assert bar.isVisible() and "Verworfen: Aufenthaltstitel prüfen" in bar.label.text()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Aufenthaltstitel prüfen" in [r.title for r in page.model.rows])
    with store.session() as s:
        assert s.get(Task, edit.result).status == "open" and not s.get(Task, edit.result).details


def test_a_follow_up_is_dismissed_from_the_record_too_and_can_be_undone(qtbot, window, store):
    """The record's Aufgaben tab offers "Verwerfen …" like the Aufgaben page: keyboard only, then undo
    from the status bar; a plain task cannot be dismissed there either."""
    from kimdesk.models import Task
    from kimdesk.ui.dismiss_dialog import DismissDialog

    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    edit = tasks.add_task(store, cid, {"kind": "follow_up", "title": "Aufenthaltstitel prüfen",
                                       "due_on": date.today().isoformat()})
    tasks.add_task(store, cid, {"kind": "task", "title": "Jobcenter anrufen", "due_on": date.today().isoformat()})
    view = window.open_client(cid)
    tab = view.tasks
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: len(tab.model.rows) == 2)
    titles = [r.title for r in tab.model.rows]
    tab.table.selectRow(titles.index("Jobcenter anrufen"))
    assert not tab.dismiss_button.isEnabled()
    tab.table.selectRow(titles.index("Aufenthaltstitel prüfen"))
    assert tab.dismiss_button.isEnabled()
    tab.dismiss_button.setFocus()
    QTest.keyClick(tab.dismiss_button, Qt.Key.Key_Space)
    dialog = tab.findChild(DismissDialog)
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()  # no reason, no dismissal
    QTest.keyClicks(dialog.focusWidget(), "Person ist verzogen")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Aufenthaltstitel prüfen" not in [r.title for r in tab.model.rows])
    with store.session() as s:
        row = s.get(Task, edit.result)
        assert row.status == "dismissed" and row.details.endswith(": Person ist verzogen")
    bar = window.undo_bar
    assert bar.isVisible() and "Verworfen: Aufenthaltstitel prüfen" in bar.label.text()
    assert view.undo_button.isEnabled()  # the record's own "Rückgängig" takes it back as well
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Aufenthaltstitel prüfen" in [r.title for r in tab.model.rows])
    with store.session() as s:
        assert s.get(Task, edit.result).status == "open"
