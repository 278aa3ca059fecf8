"""Building conferences for tests: a person, agencies, consents and a small protocol."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from kimdesk.models import Agency, Consent
from kimdesk.services.conferences_minutes import agenda_edit
from kimdesk.services.clients_intake import clients
from kimdesk.services.conferences_minutes import conference_edit as edit

DAY = date(2025, 6, 18)


@dataclass
class Case:
    client_id: str
    case_number: str
    jobcenter: str
    youth_office: str
    caritas: str
    conference_id: str


def agency(store, name: str, **extra) -> str:
    with store.session() as s:
        a = Agency(name=name, **extra)
        s.add(a)
        s.flush()
        return a.id


def consent(store, client_id: str, agency_id: str, given_on: date, *, expires_on: date | None = None,
            revoked_on: date | None = None) -> str:
    with store.session() as s:
        c = Consent(client_id=client_id, agency_id=agency_id, given_on=given_on, expires_on=expires_on,
                    revoked_on=revoked_on, purpose="Fallkonferenz")
        s.add(c)
        s.flush()
        return c.id


def make_case(store, *, given_name: str = "Mariam", family_name: str = "Haidari") -> Case:
    """A person, three agencies (only the Jobcenter released), and an empty draft conference."""
    cid = clients.create_client(store, {"given_name": given_name, "family_name": family_name})
    with store.session(write=False) as s:
        number = clients.get(s, cid).case_number
    job = agency(store, "Jobcenter Test", legal_domain="SGB II")
    youth = agency(store, "Jugendamt Test", legal_domain="SGB VIII")
    caritas = agency(store, "Caritas Migrationsberatung Test", is_public_body=False)
    consent(store, cid, job, date(2025, 1, 10), expires_on=date(2026, 1, 9))
    conf = edit.create_conference(store, {"date": DAY, "starts_at": "10:00", "place": "Besprechungsraum 2",
                                          "moderator": "Anna Weber", "minute_taker": "Jiří Dvořák"},
                                  client_ids=[cid])
    return Case(cid, number, job, youth, caritas, conf)


def fill_protocol(store, case: Case) -> dict[str, str]:
    """Participants with names in several scripts, two TOPs with decisions and action items."""
    ids = {}
    ids["p_job"] = edit.add_participant(store, case.conference_id, {
        "agency_id": case.jobcenter, "name": "Çağlar Öztürk", "function": "Arbeitsvermittlung"})
    ids["p_interp"] = edit.add_participant(store, case.conference_id, {
        "name": "Оксана Коваленко", "function": "Dolmetscherin (Ukrainisch)"})
    ids["p_youth"] = edit.add_participant(store, case.conference_id, {
        "agency_id": case.youth_office, "name": "Zofia Wiśniewska", "presence": "excused",
        "consent_override_reason": "Kindeswohl: Abstimmung zur Unterbringung ist unaufschiebbar."})
    ids["top1"] = agenda_edit.add_agenda_item(store, case.conference_id, {
        "title": "Existenzsicherung nach der Anerkennung",
        "notes": "Der Antrag auf Bürgergeld ist gestellt.\n\nBis zur Bewilligung droht eine Lücke."})
    ids["d1"] = agenda_edit.add_decision(store, ids["top1"], "Das Jobcenter entscheidet vorrangig über den Antrag.")
    ids["a1"] = agenda_edit.add_action(store, ids["top1"], {
        "who_agency_id": case.jobcenter, "who": "Çağlar Öztürk", "what": "Bescheid erlassen",
        "due": date(2025, 7, 1)})
    ids["top2"] = agenda_edit.add_agenda_item(store, case.conference_id, {
        "title": "Schulplatz für die Tochter", "notes": "Die Tochter wartet seit März auf einen Platz.",
        "not_for_immigration_office": True})
    ids["d2"] = agenda_edit.add_decision(store, ids["top2"], "Das Jugendamt begleitet die Anmeldung.")
    ids["a2"] = agenda_edit.add_action(store, ids["top2"], {
        "who_agency_id": case.youth_office, "who": "Zofia Wiśniewska", "what": "Anmeldung an der Schule begleiten",
        "due": date(2025, 6, 30)})
    edit.update_conference(store, case.conference_id, {"next_date": date(2025, 7, 30), "starts_at": time(10, 0)})
    return ids
