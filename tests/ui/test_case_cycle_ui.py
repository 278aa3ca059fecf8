"""The case cycle in the desktop app: phases and closing, the plan and the tasks view, the waiting
list, the access record, deleting a person, consents and content marks, retention and findings."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from kimdesk.errors import ValidationError
from kimdesk.models import AuditEntry, Client
from kimdesk.services.clients_intake import access, clients, record
from kimdesk.services.casework import case_cycle, plans
from kimdesk.services.schooling import school_entry
from kimdesk.services.clients_intake import responsibilities as rs
from kimdesk.ui import pages

JOBCENTER = "8d03f78a-6898-5173-97ee-7d1201703403"


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _person(store, **fields) -> str:
    return clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"} | fields)


def test_phases_are_recorded_and_closing_needs_a_reason(qtbot, window, store):
    cid = _person(store)
    view = window.open_client(cid)
    view.tabs.setCurrentWidget(view.cycle)
    phases = view.cycle.phases
    assert phases.state.text().startswith("Phase noch nicht erfasst")
    assert not view.personal.fields.get("status")  # the status is not an editable field any more
    phases.next_phase.setCurrentIndex(phases.next_phase.findData("clearing"))
    phases.note.insert("kam über die Schulsozialarbeit")
    _click(qtbot, phases.move_button)
    assert phases.state.text().startswith("Aktuelle Phase: Clearing")
    # leaving clearing needs "indicated" and "agreed": refused with the reason, nothing written
    assert phases.indicated.isVisible() and phases.agreed.isVisible()
    phases.next_phase.setCurrentIndex(phases.next_phase.findData("assessment"))
    _click(qtbot, phases.move_button)
    assert "angezeigt" in phases.message.text()
    phases.indicated.setChecked(True)
    phases.agreed.setChecked(True)
    _click(qtbot, phases.move_button)
    assert phases.state.text().startswith("Aktuelle Phase: Assessment") and "Phase: Assessment" in view.details.text()
    assert [r.phase for r in phases.model.rows] == ["assessment", "clearing"]
    # closing: the dialog takes no empty reason
    dialog = phases.ask_close()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.insertPlainText("Umzug nach Köln")  # QTest types ASCII only
    assert ok.isEnabled()
    _click(qtbot, ok)
    with store.connection() as conn:
        assert case_cycle.current(conn, cid).reason == "Umzug nach Köln"
    assert record.load(store, cid, log=False).client["status"] == "closed"
    assert phases.state.text().startswith("Fall abgeschlossen am") and "Umzug nach Köln" in phases.state.text()
    assert phases.reopen_button.isVisible() and not phases.close_button.isVisible()
    assert "Fall abgeschlossen" in view.details.text()
    dialog = phases.ask_reopen()
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert record.load(store, cid, log=False).client["status"] == "open"
    assert [r.phase for r in phases.model.rows][:2] == ["clearing", "closed"]
    # the record service refuses a status change that bypasses the cycle
    with pytest.raises(ValidationError):
        record.update_client(store, cid, {"status": "closed"})


def test_plan_with_a_measure_appears_in_the_tasks_view(qtbot, window, store, tmp_path):
    cid = _person(store, case_manager="Anna Weber")
    view = window.open_client(cid)
    plan = view.cycle.plan
    view.tabs.setCurrentWidget(view.cycle)
    view.cycle.inner.setCurrentWidget(plan)
    assert plan.state.text() == "Noch kein Hilfeplan" and plan.create_button.isVisible()
    _click(qtbot, plan.create_button)
    assert plan.state.text().startswith("Hilfeplan – Entwurf")
    qtbot.keyClicks(plan.goal_text, "Eigene Wohnung")
    _click(qtbot, plan.goal_button)
    assert plan.tree.topLevelItem(0).text(0) == "1. Eigene Wohnung" and plan.measure_button.isEnabled()
    qtbot.keyClicks(plan.what, "Antrag auf Wohnberechtigungsschein")
    qtbot.keyClicks(plan.who, "Frau Roth")
    yesterday = date.today() - timedelta(days=1)
    qtbot.keyClicks(plan.due, yesterday.strftime("%d.%m.%Y"))
    _click(qtbot, plan.measure_button)
    measure = plan.tree.topLevelItem(0).child(0)
    assert measure.text(0) == "Antrag auf Wohnberechtigungsschein" and measure.text(3) == "offen"
    assert measure.foreground(0).color().name() == "#b00020"  # overdue
    plan.review.setText((date.today() + timedelta(days=60)).strftime("%d.%m.%Y"))
    _click(qtbot, plan.review_button)
    _click(qtbot, plan.agree_button)
    assert "vereinbart am" in plan.state.text()
    # the agreement prints on one page
    target = tmp_path / "plan.pdf"
    plan.save_agreement(target)
    assert target.read_bytes().startswith(b"%PDF") and "Gespeichert" in plan.message.text()
    # the tasks view lists the measure (overdue first) and can mark it done
    window.show_page("tasks")
    page = pages.real(window.tasks_page)
    page.horizon.setCurrentIndex(page.horizon.findData(None))
    rows = [r for r in page.model.rows if r.kind == "measure"]
    assert [r.title for r in rows] == ["Antrag auf Wohnberechtigungsschein"] and rows[0].overdue
    assert page.model.rows[0].overdue and "Hilfeplan: Eigene Wohnung" in rows[0].source
    page.kind.setCurrentIndex(page.kind.findData("measure"))
    assert [r.kind for r in page.model.rows] == ["measure"]
    page.table.selectRow(0)
    _click(qtbot, page.done_button)
    with store.connection() as conn:
        [tree] = plans.plan_tree(conn, cid)
    assert tree["goals"][0]["measures"][0]["status"] == "done"


def test_deadline_follow_ups_name_their_rule_in_the_tasks_view(qtbot, window, store):
    from kimdesk.services.tasks_deadlines import deadlines

    cid = _person(store, birth_date=(date.today() - timedelta(days=17 * 365 + 100)).isoformat(), status="open")
    deadlines.evaluate(store)
    window.show_page("tasks")
    page = pages.real(window.tasks_page)
    page.horizon.setCurrentIndex(page.horizon.findData(None))
    page.kind.setCurrentIndex(page.kind.findData("rule"))
    [row] = [r for r in page.model.rows if r.client_id == cid]
    assert row.rule == "turning_18" and row.source == "Fristregel „18. Geburtstag“"
    assert row.title.startswith("18. Geburtstag: wird am")


def test_waiting_list_filter_and_csv(qtbot, window, store, tmp_path):
    today = date.today()
    for name, municipality, form, days in (("Amani", "Aachen", "ifk", 200), ("Bilal", "Stolberg", "ifk", 40),
                                           ("Chiara", "Aachen", "secondary", 120)):
        cid = _person(store, given_name=name, family_name="Wartend", municipality=municipality, birth_date="2009")
        school_entry.save(store, cid, {"assigned_on": today - timedelta(days=days), "school_form": form})
    placed = _person(store, given_name="Dawit", municipality="Aachen")
    school_entry.save(store, placed, {"assigned_on": today - timedelta(days=300), "placed_on": today - timedelta(days=5)})
    window.show_page("school")
    page = pages.real(window.waiting_page)
    assert [w.given_name for w in page.model.rows] == ["Amani", "Chiara", "Bilal"]  # longest wait first
    assert "3 warten auf einen Schulplatz, davon 2 länger als 90 Tage" == page.summary.text()
    assert "Internationale Förderklasse 01.08." in page.intakes.text()
    page.municipality.setCurrentIndex(page.municipality.findData("Aachen"))
    assert [w.given_name for w in page.model.rows] == ["Amani", "Chiara"]
    page.school_form.setCurrentIndex(page.school_form.findData("ifk"))
    assert [w.given_name for w in page.model.rows] == ["Amani"]
    out = tmp_path / "warteliste.csv"
    page.export_csv(out)
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:3] == ["Aktenzeichen", "Familienname", "Vorname"] and [r[2] for r in rows[1:]] == ["Amani"]
    assert "1 Zeilen gespeichert" in page.summary.text()
    page.table.selectRow(0)
    _click(qtbot, page.open_button)
    assert window.current_record() is not None and window.current_record().rec.client["given_name"] == "Amani"


def test_the_access_record_is_written_once_per_opening(qtbot, window, store):
    cid = _person(store)
    other = _person(store, given_name="Lina")

    def opened() -> int:
        with store.connection() as conn:
            return len(access.opened(conn, cid))

    window.client_list.reload()  # scrolling the list opens nobody
    assert opened() == 0
    view = window.open_client(cid)
    assert opened() == 1
    view.reload()  # reloads after edits do not count again
    qtbot.keyClicks(view.contacts.summary, "Anruf")
    _click(qtbot, view.contacts.add_button)
    assert opened() == 1
    window.open_client(other)
    window.open_client(cid)  # the tab is still open: switching to it is no new opening
    assert opened() == 1
    window.close_tab(window.workspace.indexOf(view))
    view = window.open_client(cid)
    assert opened() == 2
    assert [a.device for a in view.cycle.privacy.access.rows] == [store.device_id] * 2
    with store.connection() as conn:
        rows = conn.execute(select(AuditEntry.row_id).where(AuditEntry.action == "open")).scalars().all()
    assert sorted(rows) == sorted([cid, cid, other])


def test_delete_a_person_from_the_record(qtbot, window, store, tmp_path):
    cid = _person(store, phone="0241 777")
    rs.add_need(store, cid, {"category": "Wohnung"})
    view = window.open_client(cid)
    privacy = view.cycle.privacy
    target = tmp_path / "auskunft.pdf"
    privacy.export(target)
    assert target.read_bytes().startswith(b"%PDF")
    number = view.rec.client["case_number"]
    dialog = privacy.ask_delete()
    dialog.reason.insertPlainText("Löschantrag der Person")
    assert not dialog.ok.isEnabled()  # the case number must be typed again
    qtbot.keyClicks(dialog.confirm, number)
    assert dialog.ok.isEnabled()
    _click(qtbot, dialog.ok)
    assert window.record_tab(cid) is None  # the tab closed
    with store.session(write=False) as s:
        assert s.get(Client, cid) is None
    assert "gelöscht" in window.statusBar().currentMessage()


def test_consent_with_data_kinds_withdrawal_and_form(qtbot, window, store, tmp_path):
    cid = _person(store)
    view = window.open_client(cid)
    cs = view.consents
    cs.agency.set_agency_id(JOBCENTER)
    cs.kinds["benefits"].setChecked(True)
    cs.kinds["work"].setChecked(True)
    _click(qtbot, cs.add_button)
    [row] = cs.model.rows
    assert row.data_kinds == ["benefits", "work"] and row.valid_today
    assert cs.model.data(cs.model.index(0, 2)) == "Leistungen, Arbeit und Ausbildung"
    cs.table.selectRow(0)
    _click(qtbot, cs.revoke_button)
    assert not cs.model.rows[0].valid_today and cs.model.rows[0].revoked_on == date.today()
    target = tmp_path / "form.pdf"
    cs.print_form(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_content_marks_on_needs_and_contacts(qtbot, window, store):
    cid = _person(store)
    rs.add_need(store, cid, {"category": "Gesundheitsversorgung"})
    view = window.open_client(cid)
    view.tabs.setCurrentWidget(view.needs)
    assert not view.needs.mark.isChecked()
    view.needs.mark.click()
    assert view.needs.cmap.needs[0].not_for_immigration_office and view.needs.mark.isChecked()
    ct = view.contacts
    ct.summary.insertPlainText("Befund der Psychotherapeutin besprochen")
    ct.sensitive.setChecked(True)
    _click(qtbot, ct.add_button)
    assert ct.model.rows[0].not_for_immigration_office
    ct.table.selectRow(0)
    _click(qtbot, ct.mark_button)  # taken off on purpose
    assert not ct.model.rows[0].not_for_immigration_office
    assert "Markierung" in view.undo_button.text()


def test_retention_review_list_deletes_after_confirmation(qtbot, window, store, monkeypatch):
    old = _person(store, family_name="Altfall")
    case_cycle.open_case(store, old, date(2015, 1, 5))
    case_cycle.close_case(store, old, "Ziele erreicht", date(2018, 3, 1))
    recent = _person(store, family_name="Neufall")
    case_cycle.open_case(store, recent, date(2024, 1, 5))
    case_cycle.close_case(store, recent, "Umzug", date(2024, 3, 1))
    dialog = window.open_retention()
    assert [c.client_id for c in dialog.model.rows] == [old]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    _click(qtbot, dialog.delete_button)
    with store.session(write=False) as s:
        assert s.get(Client, old) is not None  # not confirmed: nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _click(qtbot, dialog.delete_button)
    with store.session(write=False) as s:
        assert s.get(Client, old) is None and s.get(Client, recent) is not None
    assert dialog.model.rows == [] and dialog.summary.text().startswith("1 Fälle gelöscht")


def test_findings_register_add_link_and_export(qtbot, window, store, tmp_path):
    cid = _person(store)
    number = record.load(store, cid, log=False).client["case_number"]
    dialog = window.open_findings()
    qtbot.keyClicks(dialog.title, "Keine IFK-Plaetze in Stolberg")
    dialog.municipalities.setText("Stolberg")
    dialog.description.setPlainText("Sechs Jugendliche warten seit dem Sommer.")
    _click(qtbot, dialog.save_button)
    assert [f.title for f in dialog.model.rows] == ["Keine IFK-Plaetze in Stolberg"]
    assert not dialog.model.rows[0].reviewed
    dialog.export("csv", tmp_path / "vorher.csv")  # not reviewed: the description stays with the team
    assert "Sechs Jugendliche" not in (tmp_path / "vorher.csv").read_text(encoding="utf-8-sig")
    dialog.reviewed.setChecked(True)
    _click(qtbot, dialog.save_button)
    assert dialog.model.rows[0].reviewed
    qtbot.keyClicks(dialog.case_number, number)
    _click(qtbot, dialog.link_button)
    assert dialog.model.rows[0].cases == 1 and dialog.cases.item(0).text() == number
    dialog.case_number.setText("XX-unbekannt")
    _click(qtbot, dialog.link_button)
    assert "Kein Fall mit dem Aktenzeichen XX-unbekannt" in dialog.message.text()
    pdf, table = tmp_path / "themen.pdf", tmp_path / "themen.csv"
    dialog.export("pdf", pdf)
    dialog.export("csv", table)
    from tests.support.pdf import pages_text

    text = " ".join(" ".join(pages_text(pdf.read_bytes())).split())
    assert "Keine IFK-Plaetze in Stolberg" in text and "< 5" in text and number not in text
    assert "< 5" in table.read_text(encoding="utf-8-sig") and number not in table.read_text(encoding="utf-8-sig")
    assert "Sechs Jugendliche warten seit dem Sommer." in table.read_text(encoding="utf-8-sig")


def test_a_residence_status_changed_in_the_personal_data_enters_the_history(qtbot, window, store):
    cid = _person(store)
    view = window.open_client(cid)
    view.personal.fields["residence_status"].widget.setCurrentText("Duldung")
    view.personal.fields["residence_valid_until"].widget.setText("30.06.2027")
    _click(qtbot, view.personal.save_button)
    [row] = view.cycle.assessment.residence.rows
    assert (row["status"], row["valid_from"], row["valid_until"]) == ("Duldung", date.today(), date(2027, 6, 30))
    window.undo()  # one edit: the history entry goes with it
    assert view.cycle.assessment.residence.rows == []
