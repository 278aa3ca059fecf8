"""The intake wizard driven through its real widgets: validation, duplicates, creation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from kimdesk.models import Client, Consent, HouseholdMember, Need, Responsibility
from kimdesk.services.clients_intake import clients

JOBCENTER = "8d03f78a-6898-5173-97ee-7d1201703403"


def _count(store, cls):
    with store.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(cls).where(cls.deleted.is_(False)))


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_complete_an_intake_through_the_wizard(qtbot, window, store):
    view = window.new_intake()
    person = view.pages["person"]
    qtbot.keyClicks(person.fields["given_name"].widget, "Olena")
    qtbot.keyClicks(person.fields["family_name"].widget, "Shevchenko")
    qtbot.keyClicks(person.fields["birth_date"].widget, "05.1987")
    qtbot.keyClicks(person.fields["phone"].widget, "0176 1234567")
    _click(qtbot, view.next_button)
    assert view.wizard.current == "household"

    household = view.pages["household"]
    _click(qtbot, household.rows.add_button)
    row = household.rows.widgets[0]
    qtbot.keyClicks(row["given_name"], "Ivan")
    qtbot.keyClicks(row["birth_date"], "2013")
    assert row["family_name"].text() == "Shevchenko"
    _click(qtbot, view.next_button)

    languages = view.pages["languages"]
    languages.set_languages(["Ukrainisch", "Russisch"])
    languages.fields["interpreter_needed"].widget.setChecked(True)
    assert view.wizard.data["interpreter_language"] in ("", "Ukrainisch")
    languages.fields["interpreter_language"].widget.setCurrentText("Ukrainisch")
    _click(qtbot, view.next_button)

    residence = view.pages["residence"]
    residence.fields["residence_status"].widget.setCurrentText(
        "Aufenthaltserlaubnis § 24 AufenthG (vorübergehender Schutz)")
    residence.fields["municipality"].widget.setCurrentText("Aachen")
    _click(qtbot, view.next_button)

    needs = view.pages["needs"]
    _click(qtbot, needs.rows.add_button)
    needs.rows.widgets[0]["category"].setCurrentText("Existenzsicherung")
    # the finder's proposal is taken into the row: Jobcenter under SGB II
    assert view.wizard.data["needs"][0]["agency_id"] == JOBCENTER
    assert "SGB II" in needs.proposals[0].text()
    _click(qtbot, view.next_button)

    consents = view.pages["consents"]
    _click(qtbot, consents.rows.add_button)
    consents.rows.widgets[0]["agency_id"].set_agency_id(JOBCENTER)
    _click(qtbot, view.next_button)
    assert view.wizard.current == "summary"
    assert "Shevchenko" in view.pages["summary"].text.text()

    _click(qtbot, view.finish_button)
    record = window.current_record()
    assert record is not None and record.rec.client["family_name"] == "Shevchenko"
    assert record.rec.client["languages"] == ["Ukrainisch", "Russisch"]
    assert _count(store, Client) == 1 and _count(store, HouseholdMember) == 1
    assert _count(store, Need) == 1 and _count(store, Responsibility) == 1 and _count(store, Consent) == 1
    assert window.tabs() == [record]  # the wizard tab is gone


def test_validation_as_you_type_keeps_everything(qtbot, window):
    view = window.new_intake()
    person = view.pages["person"]
    qtbot.keyClicks(person.fields["given_name"].widget, "Amanuel")
    qtbot.keyClicks(person.fields["birth_date"].widget, "31.02.1990")
    message = person.fields["birth_date"].message
    assert message.isVisible() and "Tag" in message.text()
    _click(qtbot, view.next_button)
    assert view.wizard.current == "person"
    assert view.message.isVisible() and "Tag" in view.message.text()
    assert person.fields["given_name"].widget.text() == "Amanuel"
    person.fields["birth_date"].widget.clear()
    qtbot.keyClicks(person.fields["birth_date"].widget, "1990")
    assert not message.isVisible()
    _click(qtbot, view.next_button)
    assert view.wizard.current == "household"


def test_duplicate_warning_and_open_existing(qtbot, window, store):
    existing = clients.create_client(store, {"given_name": "Mohammed", "family_name": "Al-Hassan",
                                             "birth_date": "1990-03-01", "municipality": "Eschweiler"})
    view = window.new_intake()
    person = view.pages["person"]
    qtbot.keyClicks(person.fields["given_name"].widget, "Muhammad")
    qtbot.keyClicks(person.fields["family_name"].widget, "Al Hasan")
    qtbot.keyClicks(person.fields["birth_date"].widget, "1990")
    _click(qtbot, view.next_button)
    assert view.wizard.current == "duplicates"
    page = view.pages["duplicates"]
    assert page.isVisible() and page.list.count() == 1
    assert "Al-Hassan" in page.list.item(0).text() and "Geburtsjahr" in page.list.item(0).text()
    _click(qtbot, page.open_button)
    record = window.current_record()
    assert record is not None and record.client_id == existing
    assert _count(store, Client) == 1


def test_back_keeps_input(qtbot, window):
    view = window.new_intake()
    person = view.pages["person"]
    qtbot.keyClicks(person.fields["family_name"].widget, "Tesfaye")
    _click(qtbot, view.next_button)
    _click(qtbot, view.back_button)
    assert view.wizard.current == "person"
    assert person.fields["family_name"].widget.text() == "Tesfaye"


def test_the_summary_shows_every_field_entered(qtbot, window, store):
    view = window.new_intake()
    w = view.wizard
    values = {"given_name": "Olena", "family_name": "Shevchenko", "native_name": "Олена Шевченко",
              "birth_date": "05.1987", "gender": "weiblich", "nationality": "ukrainisch", "phone": "0176 1234567",
              "email": "olena@example.org", "address": "Hauptstr. 1, 52062 Aachen", "interpreter_needed": True,
              "interpreter_language": "Ukrainisch", "residence_status": "Aufenthaltserlaubnis",
              "residence_paragraph": "§ 24 AufenthG", "residence_valid_until": "04.03.2027",
              "municipality": "Aachen", "case_manager": "Anna Weber"}
    for key, value in values.items():
        w.set(key, value)
    w.data["languages"] = ["Ukrainisch", "Russisch"]
    w.add_item("members")
    for key, value in {"given_name": "Ivan", "family_name": "Shevchenko", "birth_date": "2013"}.items():
        w.set_item("members", 0, key, value)
    w.add_item("needs")
    w.set_item("needs", 0, "category", "Existenzsicherung")
    w.set_item("needs", 0, "description", "Bürgergeld beantragen")
    w.set_item("needs", 0, "agency_id", JOBCENTER)
    w.add_item("consents")
    for key, value in {"agency_id": JOBCENTER, "recipient_person": "Frau Yılmaz", "form": "oral",
                       "given_on": "01.12.2026", "expires_on": "01.12.2027", "covers_health": True}.items():
        w.set_item("consents", 0, key, value)
    summary = view.pages["summary"]
    summary.refresh()
    shown = summary.text.text()
    for value in [*(v for k, v in values.items() if isinstance(v, str)), "Russisch", "Ivan", "2013",
                  "Bürgergeld beantragen", "Jobcenter", "Frau Yılmaz", "mündlich", "01.12.2027",
                  "mit Gesundheitsdaten"]:
        assert value.replace("&", "&amp;") in shown, value


def test_next_and_create_run_on_the_real_worker(qtbot, store, monkeypatch, default_runner):
    """On the real worker thread: the duplicate search and the creation run off the UI thread, the
    buttons wait meanwhile, and everything typed is still there when the step changes."""
    import threading

    from kimdesk.services.clients_intake import duplicates, intake
    from kimdesk.ui import runner
    from kimdesk.ui.intake.view import IntakeView
    from kimdesk.ui.worker import DbWorker

    worker = DbWorker()
    runner.set_default(worker)
    try:
        threads = []
        real_find, real_create = duplicates.find, intake.create
        monkeypatch.setattr(duplicates, "find", lambda *a, **k: (threads.append(threading.current_thread()),
                                                                 real_find(*a, **k))[1])
        monkeypatch.setattr(intake, "create", lambda *a, **k: (threads.append(threading.current_thread()),
                                                               real_create(*a, **k))[1])
        view = IntakeView(store)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: bool(view.pages["summary"].names), timeout=10000)  # the offices, read on the worker
        person = view.pages["person"]
        qtbot.keyClicks(person.fields["given_name"].widget, "Olena")
        qtbot.keyClicks(person.fields["family_name"].widget, "Shevchenko")
        view.next()
        assert not view.next_button.isEnabled()  # waiting for the worker
        # the wizard's step changes on the worker; the view shows it when the answer reaches the UI thread
        qtbot.waitUntil(lambda: not view.busy, timeout=10000)
        assert view.wizard.current == "household"
        assert view.next_button.isEnabled() and person.fields["family_name"].widget.text() == "Shevchenko"
        view.wizard.current = "summary"  # the other steps are optional; the summary creates the person
        with qtbot.waitSignal(view.finished, timeout=10000) as finished:
            view.finish()
        assert finished.args[0].created and _count(store, Client) == 1
        assert len(threads) == 2 and threading.main_thread() not in threads
    finally:
        runner.set_default(default_runner)
        worker.shutdown()
