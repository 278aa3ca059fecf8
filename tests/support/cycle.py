"""Small builders for the case-cycle tests: people, agencies by name, a conference with an action."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from kimdesk.models import ActionItem, Agency, AgendaItem, Conference, ConferenceClient, Need, Responsibility
from kimdesk.services.clients_intake import clients


def person(store, **fields: Any) -> str:
    base = {"given_name": "Test", "family_name": "Person"}
    return clients.create_client(store, base | fields)


def agency(store, name: str) -> str:
    with store.session(write=False) as s:
        found = s.scalar(select(Agency.id).where(Agency.name == name))
    assert found, name
    return found


def need_with(store, client_id: str, category: str, agency_id: str, status: str = "accepted") -> tuple[str, str]:
    with store.session() as s:
        need = Need(client_id=client_id, category=category, status="open")
        s.add(need)
        s.flush()
        resp = Responsibility(need_id=need.id, agency_id=agency_id, status=status)
        s.add(resp)
        s.flush()
        return need.id, resp.id


def conference_with_action(store, client_id: str, due: date, *, status: str = "open",
                           agency_id: str | None = None) -> tuple[str, str]:
    with store.session() as s:
        conf = Conference(date=due, place="Raum 1", moderator="M", minute_taker="T")
        s.add(conf)
        s.flush()
        s.add(ConferenceClient(conference_id=conf.id, client_id=client_id, case_number="x"))
        item = AgendaItem(conference_id=conf.id, title="Nächste Schritte")
        s.add(item)
        s.flush()
        action = ActionItem(agenda_item_id=item.id, what="Antrag stellen", who="Jobcenter", due=due, status=status,
                            client_id=client_id, who_agency_id=agency_id)
        s.add(action)
        s.flush()
        return conf.id, action.id
