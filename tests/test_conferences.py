"""Conference service: editing, the consent rule, finalising (immutability), addenda, action queries."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from tests.support.journal import rows as journal_rows
from kimdesk.errors import Immutable, ValidationError
from kimdesk.models import ActionItem, Change, Conference
from kimdesk.store import audit
from kimdesk.services.conferences_minutes import agenda_edit, conference_queries
from kimdesk.services.clients_intake import clients
from kimdesk.services.conferences_minutes import conference_edit as edit
from kimdesk.services.releases.consents import MISSING, NOT_NEEDED, VALID
from tests.support.conferences import DAY, consent, fill_protocol, make_case


def _participant(view, name):
    return next(p for p in view.participants if p.name == name)


def test_editing_builds_the_protocol_and_captures_every_write(store):
    case = make_case(store)
    ids = fill_protocol(store, case)
    view = conference_queries.load(store, case.conference_id)
    assert (view.kind, view.date, view.place, view.moderator, view.minute_taker) == (
        "case", DAY, "Besprechungsraum 2", "Anna Weber", "Jiří Dvořák")
    assert view.starts_at.strftime("%H:%M") == "10:00"
    assert [p.case_number for p in view.persons] == [case.case_number]
    assert [p.name for p in view.participants] == ["Çağlar Öztürk", "Оксана Коваленко", "Zofia Wiśniewska"]
    assert [(t.number, t.title) for t in view.agenda] == [
        (1, "Existenzsicherung nach der Anerkennung"), (2, "Schulplatz für die Tochter")]
    assert view.agenda[0].decisions[0].text.startswith("Das Jobcenter entscheidet")
    action = view.agenda[0].actions[0]
    assert (action.who_agency, action.who, action.due, action.status) == (
        "Jobcenter Test", "Çağlar Öztürk", date(2025, 7, 1), "open")
    assert action.client_id == case.client_id  # one-person conference: filed on the person
    with store.session(write=False) as s:
        journal = {r.entity for r in journal_rows(s.connection())}
        rows: dict[str, list[str]] = {}
        for entity, row_id in ((r.entity, r.row_id) for r in journal_rows(s.connection())):
            rows.setdefault(entity, []).append(row_id)
        audited = {i.entity for i in audit.items_for(s.connection(), rows)}
    assert {"conference", "participant", "agenda_item", "decision", "action_item"} <= journal & audited
    # moving TOP 2 to the front renumbers; removing one closes the gap and takes its parts along
    agenda_edit.move_agenda_item(store, ids["top2"], 0)
    view = conference_queries.load(store, case.conference_id)
    assert [t.title for t in view.agenda] == ["Schulplatz für die Tochter", "Existenzsicherung nach der Anerkennung"]
    agenda_edit.remove_agenda_item(store, ids["top2"])
    view = conference_queries.load(store, case.conference_id)
    assert [(t.number, t.title) for t in view.agenda] == [(1, "Existenzsicherung nach der Anerkennung")]
    assert [a.id for a in conference_queries.actions_for_client(store, case.client_id)] == [ids["a1"]]


def test_bad_input_is_refused_with_the_field_named(store):
    case = make_case(store)
    with pytest.raises(ValidationError) as err:
        edit.update_conference(store, case.conference_id, {"starts_at": "25:99"})
    assert err.value.field == "starts_at"
    with pytest.raises(ValidationError):
        edit.add_participant(store, case.conference_id, {"name": "X", "presence": "maybe"})
    with pytest.raises(ValidationError):
        edit.create_conference(store, {"place": "ohne Datum"})
    with pytest.raises(ValidationError):  # a network meeting has no person
        edit.update_conference(store, case.conference_id, {"kind": "network"})
    network = edit.create_conference(store, {"date": DAY, "kind": "network", "title": "Netzwerk Schule"})
    with pytest.raises(ValidationError):
        edit.set_clients(store, network, [case.client_id])


# -- the consent rule ---------------------------------------------------------------------
def test_consent_valid_expired_revoked_and_not_yet(store):
    case = make_case(store)
    conf = case.conference_id
    # valid (Jobcenter, until 09.01.2026): listed without a reason
    edit.add_participant(store, conf, {"agency_id": case.jobcenter, "name": "Çağlar Öztürk"})
    # expired before the conference date: counts as none
    consent(store, case.client_id, case.youth_office, date(2024, 1, 1), expires_on=date(2025, 5, 31))
    with pytest.raises(edit.ConsentRequired) as err:
        edit.add_participant(store, conf, {"agency_id": case.youth_office, "name": "Zofia Wiśniewska"})
    assert "abgelaufen am 31.05.2025" in str(err.value) and err.value.agency_id == case.youth_office
    # revoked before the conference date: counts as none, even though it has no end
    consent(store, case.client_id, case.caritas, date(2025, 1, 1), revoked_on=date(2025, 6, 2))
    with pytest.raises(edit.ConsentRequired) as err:
        edit.add_participant(store, conf, {"agency_id": case.caritas})
    assert "widerrufen am 02.06.2025" in str(err.value)
    # an explicit override with a reason lists it, marked
    edit.add_participant(store, conf, {"agency_id": case.caritas, "consent_override_reason": "Eilfall"})
    view = conference_queries.load(store, conf)
    states = {p.agency_id: p for p in view.participants}
    assert states[case.jobcenter].consent.state == VALID
    assert states[case.jobcenter].consent.until == date(2026, 1, 9)
    assert states[case.caritas].consent.state == MISSING and not states[case.caritas].needs_reason
    assert states[case.caritas].override_reason == "Eilfall"
    # a release given after the conference date does not count; a person without agency needs none
    later = edit.create_conference(store, {"date": date(2024, 12, 1)}, client_ids=[case.client_id])
    with pytest.raises(edit.ConsentRequired) as err:
        edit.add_participant(store, later, {"agency_id": case.jobcenter})
    assert "erst ab 10.01.2025" in str(err.value)
    edit.add_participant(store, later, {"name": "Dolmetscher", "function": "Dari"})
    assert conference_queries.load(store, later).participants[0].consent.state == NOT_NEEDED


def test_moving_the_date_past_the_release_marks_the_participant_and_blocks_finalising(store):
    case = make_case(store)
    ids = fill_protocol(store, case)
    edit.update_conference(store, case.conference_id, {"date": date(2026, 2, 1)})  # Jobcenter release ended
    view = conference_queries.load(store, case.conference_id)
    job = _participant(view, "Çağlar Öztürk")
    assert job.needs_reason and "abgelaufen am 09.01.2026" in job.consent.detail
    with pytest.raises(ValidationError) as err:
        edit.finalise(store, case.conference_id)
    assert "Schweigepflichtentbindung" in str(err.value)
    with pytest.raises(edit.ConsentRequired):  # clearing the reason of an unreleased agency is refused too
        edit.update_participant(store, ids["p_youth"], {"consent_override_reason": ""})
    edit.update_participant(store, ids["p_job"], {"consent_override_reason": "Verlängerung liegt mündlich vor."})
    edit.finalise(store, case.conference_id)


def test_household_needs_every_persons_release(store):
    case = make_case(store)
    partner = clients.create_client(store, {"given_name": "Ali", "family_name": "Haidari"})
    edit.set_clients(store, case.conference_id, [case.client_id, partner])
    with pytest.raises(edit.ConsentRequired) as err:
        edit.add_participant(store, case.conference_id, {"agency_id": case.jobcenter})
    assert "keine erteilt" in str(err.value)
    consent(store, partner, case.jobcenter, date(2025, 3, 1), expires_on=date(2025, 12, 31))
    edit.add_participant(store, case.conference_id, {"agency_id": case.jobcenter})
    part = conference_queries.load(store, case.conference_id).participants[0]
    assert part.consent.state == VALID and part.consent.until == date(2025, 12, 31)  # the earlier end counts


def test_network_meetings_need_no_release(store):
    case = make_case(store)
    conf = edit.create_conference(store, {"date": DAY, "kind": "network", "title": "Übergang Schule–Beruf"})
    edit.add_participant(store, conf, {"agency_id": case.youth_office})
    assert conference_queries.load(store, conf).participants[0].consent.state == NOT_NEEDED


# -- finalising ----------------------------------------------------------------------------
def test_finalised_protocol_refuses_every_change(store):
    case = make_case(store)
    ids = fill_protocol(store, case)
    other = clients.create_client(store, {"given_name": "Neu", "family_name": "Person"})
    edit.finalise(store, case.conference_id, now=datetime(2025, 6, 20, 15, 30))
    view = conference_queries.load(store, case.conference_id)
    assert view.final and view.finalised_at == datetime(2025, 6, 20, 15, 30)
    with store.session(write=False) as s:
        before = s.scalar(select(func.count()).select_from(Change))
    conf = case.conference_id
    attempts = {
        "update_conference": lambda: edit.update_conference(store, conf, {"place": "anderswo"}),
        "set_clients": lambda: edit.set_clients(store, conf, [case.client_id, other]),
        "delete_conference": lambda: edit.delete_conference(store, conf),
        "finalise again": lambda: edit.finalise(store, conf),
        "add_participant": lambda: edit.add_participant(store, conf, {"name": "Nachzüglerin"}),
        "update_participant": lambda: edit.update_participant(store, ids["p_job"], {"presence": "absent"}),
        "remove_participant": lambda: edit.remove_participant(store, ids["p_interp"]),
        "add_agenda_item": lambda: agenda_edit.add_agenda_item(store, conf, {"title": "Nachtrag"}),
        "update_agenda_item": lambda: agenda_edit.update_agenda_item(store, ids["top1"], {"notes": "neu"}),
        "move_agenda_item": lambda: agenda_edit.move_agenda_item(store, ids["top2"], 0),
        "remove_agenda_item": lambda: agenda_edit.remove_agenda_item(store, ids["top1"]),
        "add_decision": lambda: agenda_edit.add_decision(store, ids["top1"], "Noch ein Beschluss"),
        "update_decision": lambda: agenda_edit.update_decision(store, ids["d1"], "anders"),
        "remove_decision": lambda: agenda_edit.remove_decision(store, ids["d1"]),
        "add_action": lambda: agenda_edit.add_action(store, ids["top1"], {"what": "mehr"}),
        "update_action": lambda: agenda_edit.update_action(store, ids["a1"], {"due": date(2025, 9, 1)}),
        "remove_action": lambda: agenda_edit.remove_action(store, ids["a1"]),
    }
    for name, attempt in attempts.items():
        with pytest.raises(Immutable):
            attempt()
            pytest.fail(f"{name} changed a finalised protocol")
    with store.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Change)) == before  # nothing was written
    assert conference_queries.load(store, conf) == view
    # corrections are dated addenda; follow-up of an agreed task stays possible
    edit.add_addendum(store, conf, "Korrektur zu TOP 1: Antrag am 12.06. gestellt.", author="Anna Weber",
                      on=date(2025, 6, 25))
    agenda_edit.set_action_status(store, ids["a1"], "done", on=date(2025, 6, 28))
    after = conference_queries.load(store, conf)
    assert [(a.on, a.author) for a in after.addenda] == [(date(2025, 6, 25), "Anna Weber")]
    assert after.agenda[0].actions[0].status == "done"
    assert (after.agenda, after.participants) != (view.agenda, view.participants)  # only the task's follow-up


def test_addenda_only_after_finalising_and_finalising_needs_the_basics(store):
    case = make_case(store)
    with pytest.raises(ValidationError):
        edit.add_addendum(store, case.conference_id, "zu früh")
    with pytest.raises(ValidationError) as err:  # no TOP yet
        edit.finalise(store, case.conference_id)
    assert "Tagesordnungspunkt" in str(err.value)
    edit.update_conference(store, case.conference_id, {"moderator": ""})
    agenda_edit.add_agenda_item(store, case.conference_id, {"title": "Stand"})
    with pytest.raises(ValidationError) as err:
        edit.finalise(store, case.conference_id)
    assert "Moderation" in str(err.value)


# -- action items across conferences --------------------------------------------------------
def test_action_queries_for_a_person_and_due_items(store):
    case = make_case(store)
    ids = fill_protocol(store, case)
    mine = conference_queries.actions_for_client(store, case.client_id)
    assert [a.id for a in mine] == [ids["a2"], ids["a1"]]  # soonest first
    assert mine[0].case_numbers == (case.case_number,) and mine[0].top_number == 2
    due = conference_queries.due_actions(store, on=date(2025, 6, 30))
    assert [a.id for a in due] == [ids["a2"]]
    assert [a.id for a in conference_queries.due_actions(store, on=date(2025, 6, 25), within_days=7)] == [
        ids["a2"], ids["a1"]]
    agenda_edit.set_action_status(store, ids["a2"], "done")
    assert [a.id for a in conference_queries.due_actions(store, on=date(2025, 7, 5))] == [ids["a1"]]
    assert {a.id for a in conference_queries.actions_for_client(store, case.client_id, include_closed=True)} == {
        ids["a1"], ids["a2"]}
    with store.session(write=False) as s:  # the tasks view reads the model directly: done_on is kept there
        assert s.get(ActionItem, ids["a2"]).done_on == date.today()
        assert s.get(Conference, case.conference_id).status == "draft"


def test_import_takes_follow_up_of_a_finalised_protocols_task_but_not_content_changes(store):
    import copy

    from kimdesk.services.clients_intake import exchange

    case = make_case(store)
    ids = fill_protocol(store, case)
    edit.finalise(store, case.conference_id)
    with store.connection() as conn:
        doc = exchange.export_conn(conn)
    conf = next(c for c in doc["conferences"] if c["id"] == case.conference_id)
    action = next(a for item in conf["agenda"] for a in item["actions"] if a["id"] == ids["a1"])
    changed = copy.deepcopy(doc)
    target = next(a for c in changed["conferences"] for item in c["agenda"] for a in item["actions"]
                  if a["id"] == ids["a1"])
    target.update(status="done", done_on="2025-06-30")  # follow-up made on another laptop
    exchange.import_document(store, changed)
    assert conference_queries.load(store, case.conference_id).agenda[0].actions[0].status == "done"
    target["what"] = "etwas anderes"  # a change of the protocol's content is refused
    with pytest.raises(ValidationError):
        exchange.import_document(store, changed)
    assert action["what"] == conference_queries.load(store, case.conference_id).agenda[0].actions[0].what


def test_withdrawal_marks_the_participant_at_once_and_the_minutes_print_the_reason(store):
    from kimdesk.services.releases import consents
    from kimdesk.services.conferences_minutes import minutes_print
    from tests.support.pdf import pages_text

    case = make_case(store)
    released = consents.add_consent(store, case.client_id, {"agency_id": case.youth_office,
                                                            "given_on": date(2025, 1, 1)}).result
    part = edit.add_participant(store, case.conference_id, {"agency_id": case.youth_office, "name": "Frau Kaya"})
    assert not conference_queries.load(store, case.conference_id).participants[0].needs_reason
    consents.revoke(store, released, date(2025, 6, 11))  # a week before the conference
    [view] = conference_queries.load(store, case.conference_id).participants
    assert view.needs_reason and view.consent.detail == "widerrufen am 11.06.2025"
    with pytest.raises(ValidationError):
        edit.finalise(store, case.conference_id)
    edit.update_participant(store, part, {"consent_override_reason": "Kindeswohlgefährdung, § 8a SGB VIII"})
    text = " ".join(" ".join(pages_text(minutes_print.render_conference(store, case.conference_id).pdf)).split())
    assert "Kindeswohlgefährdung, § 8a SGB VIII" in text
    assert "widerrufen am 11.06.2025" in text.replace("- ", "")


def test_a_release_limited_to_one_person_covers_only_that_participant(store):
    from kimdesk.services.releases import consents

    case = make_case(store)
    consents.add_consent(store, case.client_id, {"agency_id": case.youth_office, "given_on": date(2025, 1, 1),
                                                 "recipient_person": "Frau Kaya"})
    edit.add_participant(store, case.conference_id, {"agency_id": case.youth_office, "name": "Frau Kaya"})
    with pytest.raises(edit.ConsentRequired) as err:
        edit.add_participant(store, case.conference_id, {"agency_id": case.youth_office, "name": "Herr Brandt"})
    assert "nur für eine bestimmte Person" in str(err.value)
