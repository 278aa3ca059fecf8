"""The conference editor with real widgets (offscreen): create, consent marker and override, finalise, print."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kimdesk.errors import Immutable
from kimdesk.services.conferences_minutes import agenda_edit, conference_queries
from kimdesk.services.clients_intake import search
from kimdesk.services.conferences_minutes import conference_edit as edit
from kimdesk.ui.conferences import printing
from kimdesk.ui.conferences.dialogs import OverrideDialog, ParticipantDialog
from kimdesk.ui.conferences.page import ConferencesPage
from kimdesk.ui.conferences.participants import EXCEPTION, MISSING
from tests.support.conferences import consent, make_case


def on_next_dialog(handle, kind=None):
    """Handle the next modal dialog (opened by ``exec()`` inside a click) once it is shown."""
    def poll():
        widget = QApplication.activeModalWidget()
        if widget is None or (kind is not None and not isinstance(widget, kind)):
            QTimer.singleShot(10, poll)
            return
        handle(widget)
    QTimer.singleShot(0, poll)


@pytest.fixture
def page(qtbot, store):
    widget = ConferencesPage(store)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def _row_of(panel, name):
    return next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == name)


def test_create_fill_override_finalise_read_only(qtbot, page, store):
    case = make_case(store)  # brings a person, three agencies (released only to the Jobcenter), one draft
    editor = page.editor
    # -- create a conference and fill the meeting fields
    with qtbot.waitSignal(page.created, timeout=5000) as created:
        page.create("case")
    conference_id = created.args[0]
    assert editor.view.id == conference_id and editor.badge.text() == "Entwurf"
    general = editor.general
    general.date.setDate(QDate(2025, 6, 18))
    for widget, text in ((general.starts_at, "10:30"), (general.place, "Rathaus, Raum 12"),
                         (general.moderator, "Anna Weber"), (general.minute_taker, "Jiří Dvořák")):
        widget.setFocus()
        widget.insert(text)  # QTest types ASCII only; insert() is what an input method does
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    # the person, found by the search service in the picker
    assert search.search(store, "Haidari")

    def pick(dialog):  # keyboard only: type, the first hit is highlighted, Enter adds it
        qtbot.keyClicks(dialog.query, "Haidari")
        assert dialog.results.currentRow() == 0 and dialog.ok.isEnabled()
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    on_next_dialog(pick)
    qtbot.mouseClick(general.add_person, Qt.MouseButton.LeftButton)
    view = conference_queries.load(store, conference_id)
    assert (view.date, view.starts_at.strftime("%H:%M"), view.place, view.moderator, view.minute_taker) == (
        date(2025, 6, 18), "10:30", "Rathaus, Raum 12", "Anna Weber", "Jiří Dvořák")
    assert [p.client_id for p in view.persons] == [case.client_id]
    assert page.table.rowCount() == 2
    # the list names the persons, with the case number
    assert all(page.table.item(r, 1).text().endswith(f"({case.case_number})") and "Haidari" in
               page.table.item(r, 1).text() for r in range(2))

    # -- a participant with consent, then one without: marked in the dialog, override with reason
    panel = editor.participants
    editor.tabs.setCurrentWidget(panel)
    seen = {}

    def add_jobcenter(dialog):
        dialog.agency.setCurrentIndex(dialog.agency.findData(case.jobcenter))
        seen["job"] = dialog.consent.text()
        dialog.name.setText("Çağlar Öztürk")
        dialog.accept()
    on_next_dialog(add_jobcenter, ParticipantDialog)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert seen["job"] == "liegt vor (bis 09.01.2026)"

    def add_youth_office(dialog):
        dialog.agency.setCurrentIndex(dialog.agency.findData(case.youth_office))
        seen["youth"] = dialog.consent.text()
        dialog.name.setText("Zofia Wiśniewska")

        def override(box):
            ok = box.buttons.button(QDialogButtonBox.StandardButton.Ok)
            seen["ok_without_reason"] = ok.isEnabled()
            box.reason.insertPlainText("Eilfall: Unterbringung muss heute geklärt werden.")
            seen["ok_with_reason"] = ok.isEnabled()
            ok.click()
        on_next_dialog(override, OverrideDialog)
        dialog.accept()
    on_next_dialog(add_youth_office, ParticipantDialog)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert seen["youth"].startswith("⚠ keine gültige Entbindung (keine erteilt)")
    assert seen["ok_without_reason"] is False and seen["ok_with_reason"] is True
    assert panel.table.rowCount() == 2
    youth = _row_of(panel, "Zofia Wiśniewska")
    assert panel.table.item(youth, 4).text() == (
        "nicht erteilt – Ausnahme: Eilfall: Unterbringung muss heute geklärt werden.")
    assert panel.table.item(youth, 0).background().color() == EXCEPTION
    assert panel.marked_rows() == []

    # -- moving the date past the Jobcenter's release marks it red; finalising is refused until a reason
    general.date.setDate(QDate(2026, 2, 1))
    job = _row_of(panel, "Çağlar Öztürk")
    assert panel.marked_rows() == [job]
    assert panel.table.item(job, 0).background().color() == MISSING
    assert panel.table.item(job, 4).text().startswith("⚠ nicht gültig (abgelaufen am 09.01.2026)")
    assert "ohne Begründung" in panel.hint.text()
    agenda = editor.agenda
    qtbot.mouseClick(agenda.add_top, Qt.MouseButton.LeftButton)
    agenda.title.setText("Existenzsicherung")
    agenda.notes.setPlainText("Bürgergeld ist beantragt.")
    agenda.save()
    agenda_edit.add_decision(store, editor.view.agenda[0].id, "Das Jobcenter entscheidet vorrangig.")
    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    assert not editor.view.final and "Schweigepflichtentbindung" in editor.message.text()
    panel.table.selectRow(job)
    on_next_dialog(lambda box: (box.reason.setPlainText("Verlängerung liegt mündlich vor."), box.accept()),
                   OverrideDialog)
    qtbot.mouseClick(panel.reason_button, Qt.MouseButton.LeftButton)
    assert panel.marked_rows() == []

    # -- finalise with confirmation: read-only afterwards, addenda allowed
    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    assert editor.view.final and editor.is_read_only()
    assert editor.badge.text().startswith("Abgeschlossen")
    assert general.place.isReadOnly() and not general.date.isEnabled() and not general.add_person.isEnabled()
    assert not panel.add_button.isEnabled() and not panel.reason_button.isEnabled()
    assert agenda.title.isReadOnly() and agenda.notes.isReadOnly() and not agenda.add_top.isEnabled()
    assert not agenda.add_dec.isEnabled() and not agenda.add_act.isEnabled()
    assert not editor.finalise_button.isEnabled() and editor.pdf_button.isEnabled()
    assert editor.addenda.add_button.isEnabled()
    agenda.notes.setPlainText("nachträglich geändert")  # even if a widget let it through, nothing is written
    agenda.save()
    assert conference_queries.load(store, conference_id).agenda[0].notes == "Bürgergeld ist beantragt."
    with pytest.raises(Immutable):
        edit.update_conference(store, conference_id, {"place": "anderswo"})
    on_next_dialog(lambda d: (d.text.setPlainText("Korrektur: Beginn war 10:45 Uhr."), d.accept()))
    qtbot.mouseClick(editor.addenda.add_button, Qt.MouseButton.LeftButton)
    assert editor.addenda.list.count() == 1 and "Korrektur: Beginn war 10:45 Uhr." in editor.addenda.list.item(0).text()
    page.filter.setCurrentIndex(page.filter.findData("final"))
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "abgeschlossen"


def test_pdf_is_rendered_off_the_ui_thread_and_printed_through_qprinter(qtbot, page, store, tmp_path, monkeypatch):
    case = make_case(store)
    consent(store, case.client_id, case.youth_office, date(2025, 1, 1))
    edit.add_participant(store, case.conference_id, {"agency_id": case.youth_office, "name": "Оксана Коваленко"})
    for n in range(1, 25):
        item = agenda_edit.add_agenda_item(store, case.conference_id, {
            "title": f"Thema {n}", "notes": "Die Beteiligten beraten ausführlich über den Stand. " * 12})
        agenda_edit.add_action(store, item, {"what": f"Aufgabe {n}", "due": date.today() + timedelta(days=n)})
    page.select(case.conference_id)
    got = []
    page.editor.make_pdf(got.append)
    assert page.editor.busy  # returned at once; the work runs on the thread pool
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    rendered = got[0]
    assert rendered.pages >= 3 and not page.editor.busy
    # the same document goes to any printer: here Qt's own PDF printer driver
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(100)
    printing.PdfPages(rendered.pdf).paint(printer)
    assert len(PdfReader(out).pages) == rendered.pages
    # "Als PDF speichern" writes the very bytes that were previewed
    target = tmp_path / "Protokoll.pdf"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggested, then, on_cancel=None: then(target))
    page.editor.save_pdf(rendered)
    assert target.read_bytes() == rendered.pdf and "Gespeichert" in page.editor.message.text()


def test_withdrawal_marks_the_office_and_copies_per_recipient(qtbot, page, store, tmp_path):
    from kimdesk.models import Agency
    from kimdesk.services.releases import consents

    case = make_case(store)
    # the release covers health data: the therapist's TOP below is within it (issue 12)
    released = consents.add_consent(store, case.client_id, {"agency_id": case.caritas, "given_on": date(2025, 1, 1),
                                                            "covers_health": True})
    with store.session() as s:
        abh = Agency(name="Ausländerbehörde Test", is_immigration_office=True)
        s.add(abh)
        s.flush()
        abh_id = abh.id
    edit.add_participant(store, case.conference_id, {"agency_id": case.caritas, "name": "Frau Beck"})
    edit.add_participant(store, case.conference_id, {"agency_id": abh_id, "consent_override_reason": "Vorladung"})
    agenda_edit.add_agenda_item(store, case.conference_id, {"title": "Therapie", "notes": "Befund",
                                                            "source": "therapist"})
    next_week = date.today() + timedelta(days=7)
    edit.update_conference(store, case.conference_id, {"date": next_week})
    page.select(case.conference_id)
    panel = page.editor.participants
    assert panel.table.item(_row_of(panel, "Frau Beck"), 0).background().color() != MISSING
    consents.revoke(store, released.result)  # withdrawn today: next week's meeting is no longer covered
    page.editor.reload()
    assert panel.table.item(_row_of(panel, "Frau Beck"), 0).background().color() == MISSING
    assert "widerrufen am" in panel.table.item(_row_of(panel, "Frau Beck"), 4).text()
    # the Ausländerbehörde's copy needs its own release: refused with one sentence, nothing printed
    editor = page.editor
    editor.edition.setCurrentIndex(editor.edition.findData(abh_id))
    got = []
    editor.make_pdf(got.append)
    assert not got and not editor.busy
    assert editor.message.text().startswith("Keine Kopie für Ausländerbehörde Test: Für Fall")
    consents.add_consent(store, case.client_id, {"agency_id": abh_id, "given_on": date(2025, 1, 1)})
    editor.make_pdf(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    assert "§ 88 AufenthG" in editor.message.text()  # the GUI copy check uses the one rule
    folder = tmp_path / "verteiler"
    folder.mkdir()
    editor.write_distribution(folder)
    qtbot.waitUntil(lambda: not editor.busy, timeout=20000)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"Protokoll_{next_week.isoformat()}_02_Auslanderbehorde-Test.pdf"]  # Caritas: withdrawn
    assert "Keine Kopie für Caritas Migrationsberatung Test" in editor.message.text()


def test_letterhead_is_read_and_written_on_the_worker(qtbot, page, store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from kimdesk.services.admin import print_settings

    print_settings.set_organisation(store, "Kreis Altname")
    asked = []

    def answer(parent, title, label, mode, text):
        asked.append(text)
        return "Stadt Neuname", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    page.edit_organisation()
    qtbot.waitUntil(lambda: print_settings.organisation(store) == "Stadt Neuname", timeout=5000)
    assert asked == ["Kreis Altname"]  # the dialog started on the stored letterhead


def test_editor_runs_on_the_real_worker_and_asks_for_a_reason_once(qtbot, store, monkeypatch, default_runner):
    """On the real worker thread: the change and its reload run off the UI thread; a missing release
    comes back to the UI thread as one question, and the second run lists the office with the reason."""
    import threading

    from kimdesk.ui import runner
    from kimdesk.ui.worker import DbWorker

    worker = DbWorker()
    runner.set_default(worker)
    try:
        case = make_case(store)
        widget = ConferencesPage(store)
        qtbot.addWidget(widget)
        editor = widget.editor
        editor.load(case.conference_id)
        qtbot.waitUntil(lambda: editor.view is not None and editor.agencies() != [], timeout=10000)
        threads = []
        real_add = edit.add_participant
        monkeypatch.setattr(edit, "add_participant",
                            lambda *a, **k: (threads.append(threading.current_thread()), real_add(*a, **k))[1])
        asked = []
        monkeypatch.setattr(editor.participants, "ask_reason",
                            lambda message, reason="": asked.append(message) or "Eilfall")
        with qtbot.waitSignal(editor.changed, timeout=10000) as changed:
            editor.participants._save(edit.add_participant, case.conference_id,
                                      {"agency_id": case.youth_office, "name": "Zofia Wiśniewska"})
        assert changed.args == [case.conference_id]
        assert len(asked) == 1 and "Jugendamt Test" in asked[0]
        assert len(threads) == 2 and threading.main_thread() not in threads
        assert [p.override_reason for p in editor.view.participants] == ["Eilfall"]
    finally:
        runner.set_default(default_runner)
        worker.shutdown()
