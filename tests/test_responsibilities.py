"""The responsibility workflow writes its history; Pingpong and gaps are found from it."""

from __future__ import annotations

from datetime import date

import pytest

from kimdesk.errors import ValidationError
from kimdesk.services.clients_intake import clients, edits
from kimdesk.services.clients_intake import responsibilities as rs
from kimdesk.services.clients_intake.responsibilities import Step, analyse

JOBCENTER = "8d03f78a-6898-5173-97ee-7d1201703403"
AGENTUR = "817eba4f-f164-5fd1-9f58-8f2e6a8ea0e7"


def _need(store, category="Existenzsicherung"):
    cid = clients.create_client(store, {"given_name": "Amina", "family_name": "Yusuf", "municipality": "Aachen"})
    return cid, rs.add_need(store, cid, {"category": category}).result


def test_new_need_is_a_gap_until_an_agency_is_asked(store):
    cid, nid = _need(store)
    node = rs.client_map(store, cid).node(nid)
    assert node.gap and node.status is None and not node.pingpong.flagged
    rs.assign(store, nid, JOBCENTER)
    node = rs.client_map(store, cid).node(nid)
    assert not node.gap and node.status == "requested" and node.agency_name.startswith("Jobcenter")
    assert [s.status for s in node.history] == ["requested"]


def test_two_declines_and_a_forward_are_pingpong(store):
    cid, nid = _need(store)
    rs.assign(store, nid, JOBCENTER)
    rs.decline(store, nid, "nicht zuständig, AsylbLG")
    assert not rs.client_map(store, cid).node(nid).pingpong.flagged
    rs.assign(store, nid, AGENTUR)
    rs.decline(store, nid, "kein Leistungsbezug")
    assert not rs.client_map(store, cid).node(nid).pingpong.flagged
    rs.assign(store, nid, JOBCENTER)  # back to the one that declined
    assert rs.client_map(store, cid).node(nid).pingpong.bounced_to.startswith("Jobcenter")


def test_three_moves_flag_pingpong_with_history_in_order(store):
    cid, nid = _need(store)
    rs.assign(store, nid, JOBCENTER)
    rs.decline(store, nid, "Grund eins")
    rs.assign(store, nid, AGENTUR)
    rs.decline(store, nid, "Grund zwei")
    node = rs.client_map(store, cid).node(nid)
    assert node.gap  # declined: nobody is responsible
    rs.assign(store, nid, AGENTUR)
    rs.forward(store, nid, JOBCENTER)
    node = rs.client_map(store, cid).node(nid)
    assert node.pingpong.flagged and node.pingpong.moves == 3
    assert [s.status for s in node.history] == ["requested", "declined", "requested", "declined", "requested",
                                                "forwarded"]
    assert "Grund zwei" in node.history_text()
    assert node.status == "forwarded" and node.agency_id == JOBCENTER and not node.gap


def test_decline_needs_a_reason_and_nothing_is_written(store):
    cid, nid = _need(store)
    rs.assign(store, nid, JOBCENTER)
    with pytest.raises(ValidationError):
        rs.decline(store, nid, "  ")
    assert rs.client_map(store, cid).node(nid).status == "requested"


def test_forward_without_agency_is_refused(store):
    _cid, nid = _need(store)
    with pytest.raises(ValidationError):
        rs.forward(store, nid, JOBCENTER)


def test_accept_and_done(store):
    cid, nid = _need(store)
    rs.assign(store, nid, JOBCENTER)
    rs.accept(store, nid)
    node = rs.client_map(store, cid).node(nid)
    assert node.status == "accepted" and node.need_status == "in_progress"
    rs.done(store, nid)
    node = rs.client_map(store, cid).node(nid)
    assert node.status == "done" and node.need_status == "met" and not node.gap


def test_undo_of_a_decline_restores_the_request(store):
    cid, nid = _need(store)
    rs.assign(store, nid, JOBCENTER)
    edit = rs.decline(store, nid, "nicht zuständig")
    edits.undo(store, edit)
    node = rs.client_map(store, cid).node(nid)
    assert node.status == "requested" and node.reason is None
    assert [s.status for s in node.history] == ["requested"]


def test_analyse_is_a_pure_function():
    d = date(2024, 1, 1)
    a, b = "a", "b"
    history = [Step(d, "requested", a, "A"), Step(d, "forwarded", a, "A", b, "B"), Step(d, "declined", b, "B"),
               Step(d, "forwarded", b, "B", a, "A")]
    result = analyse(history)
    assert result.flagged and result.moves == 3
    bounced = analyse([Step(d, "requested", a, "A"), Step(d, "declined", a, "A", reason="x"),
                       Step(d, "requested", a, "A")])
    assert bounced.flagged and bounced.bounced_to == "A" and bounced.moves == 1
    assert not analyse([Step(d, "requested", a, "A"), Step(d, "accepted", a, "A")]).flagged
