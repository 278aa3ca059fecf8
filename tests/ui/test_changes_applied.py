"""One signal for change: a sync round that brings B's edit updates A's open screens in place."""

from __future__ import annotations

from kimdesk.services import clients, record
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
