"""One signal for change: a sync round that brings B's edit updates A's open screens in place."""

from __future__ import annotations

from datetime import date

from kimdesk.services.clients_intake import clients, record
from kimdesk.sync import service
from kimdesk.sync import team as teams
from kimdesk.sync.targets import MemoryTarget

TEAM = teams.Team("7d0f2a8e-1b7c-4f55-9d8a-3c5e2f1a9b10", bytes(range(32)))


def _row_texts(model, client_id: str) -> list[str]:
    row = model.row_ids().index(client_id)
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def _sync_window(qtbot, window) -> None:
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        window.sync.sync_now()


def test_two_laptops_b_edits_phone_a_sees_it_without_reopening(qtbot, window, store, make_store):
    a, b = store, make_store("b")
    teams._save(a, TEAM)
    teams._save(b, TEAM)
    share = MemoryTarget()
    window.sync.set_target(share)
    cid = clients.create_client(a, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1",
                                    "municipality": "Aachen"})
    window.client_list.reload()
    view = window.open_client(cid)
    qtbot.waitUntil(lambda: view.rec is not None)
    assert view.personal.fields["phone"].get() == "0241 1"
    window._show_waiting()
    assert window.waiting_text().startswith("1 ")  # A's new person waits to be synced

    _sync_window(qtbot, window)
    assert window.waiting_text().startswith("0 ")
    service.run(b, share)
    record.update_client(b, cid, {"phone": "0241 9", "municipality": "Alsdorf"})
    service.run(b, share)
    view.personal.fields["email"].widget.setText("samir@example.org")  # A is typing meanwhile

    _sync_window(qtbot, window)

    model = window.client_list.model
    qtbot.waitUntil(lambda: not model.pending and "Alsdorf" in _row_texts(model, cid))
    assert view.personal.fields["phone"].get() == "0241 9"  # the open record, not reopened
    assert "Alsdorf" in view.details.text()
    assert view.personal.fields["email"].get() == "samir@example.org"  # unsaved input kept
    assert view.personal.has_unsaved()
    assert window.waiting_text().startswith("0 ")  # the status bar follows too
    assert window.record_tab(cid) is view


def test_a_field_being_edited_keeps_the_typing_and_is_marked(qtbot, window, store, make_store):
    a, b = store, make_store("b")
    teams._save(a, TEAM)
    teams._save(b, TEAM)
    share = MemoryTarget()
    window.sync.set_target(share)
    cid = clients.create_client(a, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1"})
    view = window.open_client(cid)
    qtbot.waitUntil(lambda: view.rec is not None)
    _sync_window(qtbot, window)
    service.run(b, share)
    record.update_client(b, cid, {"phone": "0241 9"})
    service.run(b, share)
    phone = view.personal.fields["phone"].widget
    phone.setText("0241 5")

    _sync_window(qtbot, window)

    assert phone.text() == "0241 5"
    assert phone.property("changedBeneath") is True
    assert "0241 9" in phone.toolTip()
    assert view.personal.fields["given_name"].widget.property("changedBeneath") is False


def test_an_edit_in_the_record_refreshes_the_list_through_the_signal(qtbot, window, store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad", "municipality": "Aachen"})
    window.client_list.reload()
    view = window.open_client(cid)
    qtbot.waitUntil(lambda: view.rec is not None)
    seen = []
    window.worker.changes_applied.connect(seen.append)
    view.run_edit(lambda: record.update_client(store, cid, {"municipality": "Monschau"}))
    assert len(seen) == 1 and cid in seen[0].touched["client"]
    model = window.client_list.model
    qtbot.waitUntil(lambda: not model.pending and "Monschau" in _row_texts(model, cid))
    assert "Monschau" in view.details.text()


def _count_reloads(view) -> list[int]:
    """How often an open record reads itself again (its ``reload``, wrapped)."""
    calls = []
    real = view.reload
    view.reload = lambda: (calls.append(1), real())[1]
    return calls


def test_a_child_row_reloads_only_its_own_persons_record(qtbot, window, store):
    """Two persons open: a counselling contact for one reloads that record only; a change to a table
    without owners (an agency) still reaches both."""
    from kimdesk.services.clients_intake import agencies, contacts

    samir = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    olena = clients.create_client(store, {"given_name": "Olena", "family_name": "Shevchenko"})
    views = {cid: window.open_client(cid) for cid in (samir, olena)}
    qtbot.waitUntil(lambda: all(v.rec is not None for v in views.values()))
    reloads = {cid: _count_reloads(v) for cid, v in views.items()}
    seen = []
    window.worker.changes_applied.connect(seen.append)

    window.worker.submit(lambda _job: contacts.add_contact(store, olena, {"summary": "Termin beim Jobcenter"}))
    assert seen[-1].owners["counselling_contact"] == {olena}
    qtbot.waitUntil(lambda: views[olena].rec is not None and len(views[olena].rec.contacts) == 1)
    assert len(reloads[olena]) == 1 and reloads[samir] == []

    window.worker.submit(lambda _job: contacts.add_contact(store, samir, {"summary": "Sprachkurs"}))
    assert len(reloads[samir]) == 1 and len(reloads[olena]) == 1

    window.worker.submit(lambda _job: agencies.save(store, None, {"name": "Caritas Test"}))
    assert "agency" not in seen[-1].owners
    assert len(reloads[samir]) == 2 and len(reloads[olena]) == 2


def test_a_synced_child_row_reloads_only_its_own_persons_record(qtbot, window, store, make_store):
    """Laptop B adds a consent for one of two persons A has open: after the round A reloads that record only."""
    from kimdesk.services.clients_intake import agencies
    from kimdesk.services.releases import consents

    a, b = store, make_store("b")
    teams._save(a, TEAM)
    teams._save(b, TEAM)
    share = MemoryTarget()
    window.sync.set_target(share)
    samir = clients.create_client(a, {"given_name": "Samir", "family_name": "Haddad"})
    olena = clients.create_client(a, {"given_name": "Olena", "family_name": "Shevchenko"})
    agency = agencies.save(a, None, {"name": "Jobcenter Test"}).result
    views = {cid: window.open_client(cid) for cid in (samir, olena)}
    qtbot.waitUntil(lambda: all(v.rec is not None for v in views.values()))
    _sync_window(qtbot, window)
    service.run(b, share)
    consents.add_consent(b, olena, {"agency_id": agency, "given_on": date(2026, 1, 5)})
    service.run(b, share)
    reloads = {cid: _count_reloads(v) for cid, v in views.items()}
    seen = []
    window.worker.changes_applied.connect(seen.append)

    _sync_window(qtbot, window)

    assert seen and seen[-1].owners["consent"] == {olena}
    qtbot.waitUntil(lambda: views[olena].rec is not None and len(views[olena].rec.consents) == 1)
    assert len(reloads[olena]) == 1 and reloads[samir] == []
