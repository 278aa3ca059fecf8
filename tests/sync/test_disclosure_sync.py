"""The disclosure columns (issue 12) travel like every other column: kind, health, role, attendance, reasons."""

from __future__ import annotations

from datetime import date

from kimdesk.models import AgendaItem, Consent, Need, Participant
from kimdesk.services.conferences_minutes import agenda_edit
from kimdesk.services.clients_intake import clients
from kimdesk.services.releases import consents
from kimdesk.services.conferences_minutes import conference_edit as edit
from kimdesk.services.clients_intake import responsibilities as rs
from tests.support.conferences import agency
from tests.sync.support import check_invariants, export, sync


def test_kind_health_attendance_and_reasons_arrive_on_the_other_laptop(laptops, share):
    a, b = laptops(2)
    cid = clients.create_client(a, {"given_name": "Amal", "family_name": "Haddad"})
    office = agency(a, "Jobcenter Sync")
    need = rs.add_need(a, cid, {"category": "Gesundheitsversorgung"}).result
    release = consents.add_consent(a, cid, {"agency_id": office, "given_on": date(2025, 1, 2), "form": "oral",
                                            "covers_health": True, "data_kinds": ["benefits"],
                                            "oral_reason": "im Krankenhaus"}).result
    conf = edit.create_conference(a, {"date": date(2025, 6, 1)}, client_ids=[cid])
    top = agenda_edit.add_agenda_item(a, conf, {"title": "Schulplatz"})
    part = edit.add_participant(a, conf, {"agency_id": office, "left_after_item_id": top,
                                          "disclosure_reason": "auf Wunsch"})
    person = edit.add_participant(a, conf, {"role": "person"})
    sync(a, share)
    sync(b, share)
    with b.session(write=False) as s:
        assert (s.get(Need, need).data_kind, s.get(Need, need).health) == (None, True)
        assert s.get(AgendaItem, top).data_kind == "school"
        p = s.get(Participant, part)
        assert (p.left_after_item_id, p.disclosure_reason) == (top, "auf Wunsch")
        assert s.get(Participant, person).role == "person"
        assert s.get(Consent, release).oral_reason == "im Krankenhaus"
    # a change of kind on b reaches a
    agenda_edit.update_agenda_item(b, top, {"data_kind": "family", "health": True})
    sync(b, share)
    sync(a, share)
    with a.session(write=False) as s:
        item = s.get(AgendaItem, top)
        assert (item.data_kind, item.health) == ("family", True)
    assert export(a) == export(b)
    check_invariants(a)
    check_invariants(b)
