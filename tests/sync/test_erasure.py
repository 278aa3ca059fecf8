"""Erasure is final: it reaches every laptop, beats every edit, and leaves no history behind."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kimdesk.store.journal_codes import TEXT_FORM
from kimdesk.models.types import stored_id  # a person's id is stored as 16 bytes (migration 0043)
from kimdesk.models import (
    ActionItem,
    Agency,
    AgendaItem,
    Client,
    Conference,
    ConferenceClient,
    Consent,
    CounsellingContact,
    HouseholdMember,
    Need,
    Responsibility,
    ResponsibilityEvent,
    Task,
    synced_classes,
)
from kimdesk.services.clients_intake import clients
from kimdesk.services.team_sync import conflicts
from kimdesk.sync import erasure
from kimdesk.sync.targets import MemoryTarget
from tests.support.cli import run
from tests.sync.support import check_invariants, export, sync

NAME = "Quastenflosser"


def rich_person(store) -> dict[str, str]:
    """A person with everything that can hang off one, and a second person in the same household."""
    cid = clients.create_client(store, {"given_name": "Leyla", "family_name": NAME, "phone": "0176 5550101"},
                                household=[{"given_name": "Omid", "family_name": NAME, "relation": "child"}])
    other = clients.create_client(store, {"given_name": "Reza", "family_name": "Karimi"})
    with store.session() as s:
        agency = s.scalars(select(Agency).order_by(Agency.id)).first()
        need = Need(client_id=cid, category="Schule", description="IFK-Platz")
        s.add(need)
        s.flush()
        resp = Responsibility(need_id=need.id, agency_id=agency.id, status="requested")
        s.add(resp)
        s.flush()
        s.add(ResponsibilityEvent(need_id=need.id, responsibility_id=resp.id, agency_id=agency.id,
                                  status="requested", on=date(2026, 1, 5)))
        s.add(Consent(client_id=cid, agency_id=agency.id, given_on=date(2026, 1, 1)))
        s.add(CounsellingContact(client_id=cid, on=date(2026, 1, 2), summary="Erstgespräch"))
        s.add(Task(client_id=cid, title="Zeugnis übersetzen"))
        s.add(HouseholdMember(client_id=other, given_name="Leyla", family_name="K.", member_client_id=cid))
        conf = Conference(date=date(2026, 2, 1))
        s.add(conf)
        s.flush()
        case_number = s.get(Client, cid).case_number
        s.add(ConferenceClient(conference_id=conf.id, client_id=cid, case_number=case_number))
        item = AgendaItem(conference_id=conf.id, title="TOP 1")
        s.add(item)
        s.flush()
        s.add(ActionItem(agenda_item_id=item.id, what="Anmeldung", client_id=cid))
        return {"client": cid, "other": other, "need": need.id, "conference": conf.id, "case_number": case_number}


def traces(store, ids: dict[str, str]) -> dict[str, int]:
    """Where the person's id or name still appears."""
    out = {}
    with store.connection() as conn:
        out["change"] = conn.exec_driver_sql(f"SELECT count(*) FROM {TEXT_FORM} WHERE row_id = ? OR data LIKE ?",
                                             (ids["client"], f"%{NAME}%")).scalar_one()
        for table in synced_classes():
            if table == "conflict_resolution":
                continue
            cols = [c for c in ("client_id", "member_client_id") if c in synced_classes()[table].__table__.columns]
            for col in cols:
                out[f"{table}.{col}"] = conn.exec_driver_sql(
                    f"SELECT count(*) FROM {table} WHERE {col} = ?", (stored_id(ids["client"]),)).scalar_one()
        out["client"] = conn.exec_driver_sql("SELECT count(*) FROM client WHERE id = ? OR family_name = ?",
                                             (stored_id(ids["client"]), NAME)).scalar_one()
        out["need"] = conn.exec_driver_sql("SELECT count(*) FROM need WHERE id = ?", (ids["need"],)).scalar_one()
        out["name_key"] = conn.exec_driver_sql("SELECT count(*) FROM name_key WHERE client_id = ?",
                                               (stored_id(ids["client"]),)).scalar_one()
    return {k: v for k, v in out.items() if v}


def test_erasure_reaches_every_laptop_and_removes_history(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    ids = rich_person(a)
    sync(a, share)
    sync(b, share)
    assert traces(b, ids)
    with a.session() as s:
        counts = erasure.erase_client(s, a, ids["client"], "Löschantrag Art. 17 DSGVO")
    assert counts["client"] == 1 and counts["need"] == 1 and counts["household_member"] == 1
    assert traces(a, ids) == {}
    sync(a, share)
    report = sync(b, share)
    assert report.erased == 1
    for s in (a, b):
        assert traces(s, ids) == {}
        with s.session(write=False) as sess:
            link = sess.scalars(select(ConferenceClient)).one()
            assert link.client_id is None and link.case_number == ids["case_number"]  # minutes keep the number
            assert sess.scalars(select(ActionItem)).one().client_id is None
            member = sess.scalars(select(HouseholdMember).where(HouseholdMember.client_id == ids["other"])).one()
            assert member.member_client_id is None  # the other person keeps their household member
        check_invariants(s)
    assert export(a) == export(b)


def test_edits_made_elsewhere_meanwhile_are_dropped_with_a_note(laptops):
    share = MemoryTarget()
    a, b, c = laptops(3)
    ids = rich_person(a)
    for s in (a, b, c):
        sync(s, share)
    with a.session() as s:
        erasure.erase_client(s, a, ids["client"], "Aufbewahrungsfrist abgelaufen")
    # b has not heard of it and keeps working on the person
    clients.update_client(b, ids["client"], {"municipality": "Eschweiler"})
    with b.session() as s:
        s.add(Need(client_id=ids["client"], category="Wohnen", description=f"Wohnung für {NAME}"))
    sync(a, share)
    sync(b, share)  # b sends its edits and then applies the erasure
    report = sync(a, share)
    assert report.dropped >= 2
    assert any(e.decision.value == "dropped" for e in report.events)
    sync(c, share)
    for _ in range(2):
        for s in (a, b, c):
            sync(s, share)
    for s in (a, b, c):
        assert traces(s, ids) == {}, s.device_id
        assert conflicts.list_conflicts(s, include_resolved=True) == []
        check_invariants(s)
    assert export(a) == export(b) == export(c)


def test_the_cascade_rules_cover_every_reference_to_a_person():
    """Every foreign key into a person's data has a declared rule (a new table must add one)."""
    reached = {"client"} | {r.table for r in erasure.RULES if r.action == erasure.DELETE}
    for name, cls in synced_classes().items():
        for column in cls.__table__.columns:
            for fk in column.foreign_keys:
                if fk.column.table.name in reached:
                    assert any(r.table == name and r.column == column.key for r in erasure.RULES), (name, column.key)


def test_client_delete_command(store, data_dir):
    ids = rich_person(store)
    store.close()
    env = {"KIMDESK_PASSPHRASE": "test passphrase one"}
    result = run("--data-dir", data_dir, "client", "delete", ids["client"], "--reason", "Löschantrag", env=env)
    assert result.code == 0, result.err
    again = run("--data-dir", data_dir, "client", "delete", ids["client"], "--reason", "Löschantrag", env=env)
    assert again.code == 2
    bad = run("--data-dir", data_dir, "client", "delete", "not-a-uuid", "--reason", "x", env=env)
    assert bad.code == 2


@pytest.mark.parametrize("reason", ["", "   "])
def test_an_erasure_needs_a_reason(store, reason):
    ids = rich_person(store)
    with pytest.raises(Exception, match="Grund"):
        with store.session() as s:
            erasure.erase_client(s, store, ids["client"], reason)
