"""The client record: every edit through a service, validation as you type, undo of the last edit."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from kimdesk.services.clients_intake import clients, record
from kimdesk.services.tasks_deadlines import tasks
from kimdesk.ui import pages

JOBCENTER = "8d03f78a-6898-5173-97ee-7d1201703403"


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_edit_personal_data_and_undo(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1"})
    view = window.open_client(cid)
    assert view.name_label.text() == "Haddad, Samir"
    phone = view.personal.fields["phone"].widget
    phone.clear()
    qtbot.keyClicks(phone, "abc")
    assert "Telefonnummer" in view.personal.fields["phone"].message.text()
    _click(qtbot, view.personal.save_button)
    assert "korrigieren" in view.personal.form_message.text()
    assert record.load(store, cid, log=False).client["phone"] == "0241 1"
    phone.clear()
    qtbot.keyClicks(phone, "0241 555")
    view.personal.fields["municipality"].widget.setCurrentText("Alsdorf")
    _click(qtbot, view.personal.save_button)
    assert record.load(store, cid, log=False).client["phone"] == "0241 555"
    assert "Alsdorf" in view.details.text() and not view.personal.has_unsaved()
    assert view.undo_button.isEnabled() and "Personendaten" in view.undo_button.text()
    window.undo()  # Ctrl+Z goes to the record in front
    data = record.load(store, cid, log=False).client
    assert data["phone"] == "0241 1" and data["municipality"] is None
    assert phone.text() == "0241 1" and not view.undo_button.isEnabled()


def test_legal_rule_fields_are_edited_in_the_personal_tab(qtbot, window, store):
    """What the finder and the deadline rules need: suspension date, BAMF decision, § 12a residence rule."""
    cid = clients.create_client(store, {"given_name": "Dawit", "family_name": "Tesfay", "municipality": "Aachen"})
    view = window.open_client(cid)
    fields = view.personal.fields
    decision = fields["bamf_decision"].widget
    decision.setCurrentIndex(decision.findData("manifestly_unfounded"))
    served = fields["bamf_decision_on"].widget
    qtbot.keyClicks(served, "32.13.2026")
    assert fields["bamf_decision_on"].message.text()  # checked as typed
    served.clear()
    qtbot.keyClicks(served, "02.03.2026")
    qtbot.keyClicks(fields["suspended_since"].widget, "01.10.2025")
    fields["residence_rule_place"].widget.setCurrentText("Stolberg")
    _click(qtbot, view.personal.save_button)
    qtbot.waitUntil(lambda: not view.personal.has_unsaved())
    data = record.load(store, cid, log=False).client
    assert data["bamf_decision"] == "manifestly_unfounded" and data["bamf_decision_on"] == date(2026, 3, 2)
    assert data["suspended_since"] == date(2025, 10, 1) and data["residence_rule_place"] == "Stolberg"
    assert "abgelehnt als offensichtlich unbegründet" == decision.currentText()


def test_household_contacts_consents_tasks_tabs(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    view = window.open_client(cid)
    hh = view.household
    qtbot.keyClicks(hh.given, "Lina")
    qtbot.keyClicks(hh.birth, "2015")
    _click(qtbot, hh.add_button)
    assert [m.given_name for m in hh.model.rows] == ["Lina"] and hh.model.rows[0].family_name == "Haddad"

    ct = view.contacts
    _click(qtbot, ct.add_button)
    assert "worum es ging" in ct.message.text()
    qtbot.keyClicks(ct.summary, "Erstgespraech im Buero")
    _click(qtbot, ct.add_button)
    assert ct.model.rows[0].summary == "Erstgespraech im Buero" and ct.summary.toPlainText() == ""

    cs = view.consents
    _click(qtbot, cs.add_button)
    assert "Stelle" in cs.message.text()
    cs.agency.set_agency_id(JOBCENTER)
    _click(qtbot, cs.add_button)
    assert cs.model.rows[0].valid_today
    cs.table.selectRow(0)
    _click(qtbot, cs.revoke_button)
    assert not cs.model.rows[0].valid_today and cs.model.rows[0].revoked_on == date.today()

    tt = view.tasks
    qtbot.keyClicks(tt.title, "Bescheid nachfragen")
    tt.due.setText((date.today() - timedelta(days=1)).strftime("%d.%m.%Y"))
    _click(qtbot, tt.add_button)
    assert tt.model.rows[0].overdue and tt.model.rows[0].title == "Bescheid nachfragen"
    tt.table.selectRow(0)
    _click(qtbot, tt.done_button)
    assert tt.model.rows == []


def test_conferences_tab_lists_the_persons_conferences(window, store):
    from kimdesk.models import Conference, ConferenceClient

    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    with store.session() as s:
        s.add(Conference(id="11111111-1111-4111-8111-111111111111", date=date(2025, 2, 3), place="Rathaus"))
        s.add(ConferenceClient(conference_id="11111111-1111-4111-8111-111111111111", client_id=cid))
    view = window.open_client(cid)
    assert [c.place for c in view.conferences.model.rows] == ["Rathaus"]
    view.conferences.table.selectRow(0)
    view.conferences.open_button.click()
    assert window.stack.currentWidget() is window.conferences_page


def test_tasks_page_overdue_first_and_opens_the_record(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    today = date.today()
    tasks.add_task(store, cid, {"kind": "follow_up", "title": "spaeter", "due_on": today + timedelta(days=3)})
    tasks.add_task(store, cid, {"kind": "follow_up", "title": "ueberfaellig", "due_on": today - timedelta(days=2)})
    window.show_page("tasks")
    page = pages.real(window.tasks_page)
    assert [r.title for r in page.model.rows] == ["ueberfaellig", "spaeter"]
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 überfällig" in page.summary.text()
    page.table.selectRow(0)
    _click(qtbot, page.open_button)
    assert window.current_record().client_id == cid


def test_quick_note_in_a_few_keystrokes(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Abdi", "family_name": "Warsame"})
    dialog = window.quick_note()
    qtbot.keyClicks(dialog.person, "warsam")  # lower case, unfinished
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)  # takes the first match, jumps to the summary
    assert dialog.client_id == cid and dialog.focusWidget() is dialog.summary
    dialog.place.setText("Unterkunft Eschweiler")
    qtbot.keyClicks(dialog.summary, "Fragt nach Sprachkurs")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    rec = record.load(store, cid, log=False)
    assert rec.contacts[0].summary == "Fragt nach Sprachkurs" and rec.contacts[0].kind == "outreach"
    again = window.quick_note()
    assert again.place.text() == "Unterkunft Eschweiler"  # the last place is remembered
    again.reject()


def test_quick_note_for_a_new_name_opens_a_minimal_record(qtbot, window, store):
    dialog = window.quick_note()
    qtbot.keyClicks(dialog.person, "Hamid Karimi")
    qtbot.waitUntil(lambda: "neue" in dialog.person_hint.text())
    qtbot.keyClicks(dialog.summary, "Erstkontakt")
    dialog.save()
    found = clients.count(store)
    assert found == 1
    hit = __import__("kimdesk.services.clients_intake.search", fromlist=["search"]).search(store, "Karimi")[0]
    assert (hit.given_name, hit.family_name) == ("Hamid", "Karimi")


def test_agencies_page_edits_the_catalogue(qtbot, window, store):
    window.show_page("agencies")
    page = pages.real(window.agencies_page)
    before = len(page.model.rows)
    _click(qtbot, page.new_button)
    qtbot.keyClicks(page.name, "Beratungsstelle Test")
    page.municipalities.setText("Aachen, Alsdorf")
    _click(qtbot, page.save_button)
    assert len(page.model.rows) == before + 1
    page.filter.setText("Beratungsstelle Test")
    assert page.proxy.rowCount() == 1
    page.name.clear()
    _click(qtbot, page.save_button)
    assert "Namen" in page.message.text()


def test_settings_dialog_changes_auto_lock(qtbot, window, store):
    from kimdesk.services.admin import settings

    dialog = window.open_settings()
    dialog.editors["ui.autolock_minutes"].setValue(12)
    dialog.save()
    assert settings.AUTOLOCK_MINUTES.get(store) == 12
    assert window.locker.timeout_seconds == 12 * 60


def test_settings_dialog_saves_the_controller_for_the_whole_team(qtbot, window, store):
    from sqlalchemy import select

    from kimdesk.models import TeamSetting
    from kimdesk.services.admin import settings

    dialog = window.open_settings()
    dialog.editors["privacy.controller"].setText("Stadt Aachen, Markt 39, 52062 Aachen")
    dialog.save()
    assert settings.PRIVACY_CONTROLLER.get(store) == "Stadt Aachen, Markt 39, 52062 Aachen"
    with store.connection() as conn:  # a synced team row, not this laptop's setting
        assert conn.execute(select(TeamSetting.value).where(TeamSetting.key == "privacy.controller")).scalar() \
            == "Stadt Aachen, Markt 39, 52062 Aachen"
        assert store.get_setting(conn, "privacy.controller") is None
