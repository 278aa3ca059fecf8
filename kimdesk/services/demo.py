"""Realistic synthetic data for demos, screenshots and benchmarks.

People from the main countries of origin in their usual transliterations (some also in
their own script), families, partly known birth dates, needs across all legal domains with
responsibilities and their histories (including Pingpong and gaps), consents, counselling
contacts, tasks and a few case conferences; school entries of young newcomers, residence and
benefit histories (``demo_cycle``) and the follow-ups the deadline rules give on all of it.
The same seed gives the same data.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from kimdesk.models import (
    ActionItem,
    Agency,
    AgendaItem,
    Client,
    Conference,
    ConferenceClient,
    Consent,
    CounsellingContact,
    Decision,
    HouseholdMember,
    Need,
    Participant,
    Responsibility,
    ResponsibilityEvent,
    Task,
)
from kimdesk.models.base import uuid7
from kimdesk.paths import resource_path
from kimdesk.services import catalogue, consents, content_marks, deadlines, demo_cycle
from kimdesk.services.exchange_format import child_id
from kimdesk.store.store import Store

BATCH = 500
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


@lru_cache(maxsize=1)
def _names() -> dict[str, Any]:
    return json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))


def _weighted(rng: random.Random, pairs: list[list[Any]] | list[tuple[Any, int]]) -> Any:
    values = [p[0] for p in pairs]
    weights = [p[-1] for p in pairs]
    return rng.choices(values, weights)[0]


@dataclass
class _Ctx:
    rng: random.Random
    today: date
    agencies_by_domain: dict[str, list[Agency]]
    immigration: list[Agency]
    objects: list[Any] = field(default_factory=list)

    clock_ms: int = 1_700_000_000_000

    def uid(self) -> str:
        """Time-ordered like the app's own ids, reproducible from the seed."""
        self.clock_ms += 1
        return str(uuid7(self.clock_ms, self.rng.getrandbits(74)))


def _birth(rng: random.Random, today: date, min_age: int, max_age: int) -> str:
    age = rng.randint(min_age, max_age)
    born = today - timedelta(days=age * 365 + rng.randint(0, 364))
    r = rng.random()
    if r < 0.25:
        return f"{born.year}"
    if r < 0.35:
        return f"{born.year}-{born.month:02d}"
    return born.isoformat()


def _pick_name(rng: random.Random, entries: list[list[Any]]) -> tuple[str, str | None]:
    latin, native, variants = rng.choice(entries)
    if variants and rng.random() < 0.35:
        latin = rng.choice(variants)
    return latin, native


def _agency_for(ctx: _Ctx, domain: str, municipality: str) -> Agency | None:
    options = [a for a in ctx.agencies_by_domain.get(domain, []) if municipality in (a.municipalities or [])]
    options = options or ctx.agencies_by_domain.get(domain, [])
    return ctx.rng.choice(options) if options else None


def _client(ctx: _Ctx, case_number: str, origin_name: str, origin: dict, household_id: str | None,
            family: tuple[str, str | None] | None, age: tuple[int, int]) -> Client:
    rng = ctx.rng
    female = rng.random() < 0.48
    given, given_native = _pick_name(rng, origin["female" if female else "male"])
    fam, fam_native = family or _pick_name(rng, origin["family"])
    native = None
    if given_native and fam_native and rng.random() < 0.6:
        native = f"{given_native} {fam_native}"
    status, paragraph, _w = _weighted(rng, origin["status"]) + [0] if False else rng.choices(
        origin["status"], [s[2] for s in origin["status"]])[0]
    valid_until = None
    if status in ("Duldung", "Aufenthaltsgestattung"):
        valid_until = ctx.today + timedelta(days=rng.randint(-20, 180))
    elif status.startswith("Aufenthaltserlaubnis"):
        valid_until = ctx.today + timedelta(days=rng.randint(30, 1000))
    opened = ctx.today - timedelta(days=rng.randint(0, 5 * 365))
    closed = rng.random() < 0.18
    languages = list(origin["languages"])
    if rng.random() < 0.3 and "Deutsch" not in languages:
        languages.append("Deutsch")
    interpreter = "Deutsch" not in languages and rng.random() < 0.75
    data = _names()
    return Client(
        id=ctx.uid(),
        case_number=case_number,
        given_name=given,
        family_name=fam,
        native_name=native,
        birth_date=_birth(rng, ctx.today, *age),
        gender="weiblich" if female else "männlich",
        nationality=origin["nationality"],
        languages=languages,
        interpreter_needed=interpreter,
        interpreter_language=languages[0] if interpreter else None,
        residence_status=status,
        residence_paragraph=paragraph,
        residence_valid_until=valid_until,
        municipality=_weighted(rng, data["municipalities"]),
        phone=f"01{rng.choice('567')}{rng.randint(0, 9)} {rng.randint(1000000, 9999999)}" if rng.random() < 0.7 else None,
        household_id=household_id,
        case_manager=rng.choice(data["case_managers"]),
        status="closed" if closed else "open",
        opened_on=opened,
        closed_on=opened + timedelta(days=rng.randint(30, 400)) if closed else None,
    )


NEEDS_BY_PROFILE = {
    "adult": ["Existenzsicherung", "Arbeit", "Integrationskurs", "Wohnung", "Aufenthalt", "Krankenversicherung",
              "Anerkennung ausländischer Abschlüsse", "Kindergeld", "Wohngeld", "Migrationsberatung"],
    "young": ["Schulplatz", "Internationale Förderklasse", "Ausbildung", "Aufenthalt", "Hilfen zur Erziehung"],
    "asylum": ["Existenzsicherung", "Gesundheitsversorgung", "Asylverfahren", "Wohnung", "Alltagsbegleitung"],
    "senior": ["Grundsicherung im Alter", "Krankenversicherung", "Alltagsbegleitung"],
}


def _domain_for(ctx: _Ctx, category: str, client: Client) -> str:
    domains = next(c["legal_domains"] for c in catalogue.vocabulary("need_categories") if c["category"] == category)
    if category == "Existenzsicherung":
        if client.residence_status in ("Aufenthaltsgestattung", "Duldung"):
            return "AsylbLG"
        return "SGB II"
    return domains[0]


def _needs(ctx: _Ctx, client: Client, age: int) -> list[tuple[Need, Agency | None]]:
    rng = ctx.rng
    if age < 26:
        profile = "young"
    elif age >= 65:
        profile = "senior"
    elif client.residence_status in ("Aufenthaltsgestattung", "Duldung"):
        profile = "asylum"
    else:
        profile = "adult"
    cats = rng.sample(NEEDS_BY_PROFILE[profile], k=min(len(NEEDS_BY_PROFILE[profile]), rng.randint(1, 4)))
    out = []
    for cat in cats:
        opened = client.opened_on + timedelta(days=rng.randint(0, 60))
        status = rng.choices(["open", "in_progress", "met", "closed"], [35, 35, 20, 10])[0]
        need = Need(id=ctx.uid(), client_id=client.id, category=cat, status=status,
                    opened_on=min(opened, ctx.today),
                    description=None if rng.random() < 0.5 else f"{cat}: Klärung mit der zuständigen Stelle",
                    not_for_immigration_office=cat in ("Gesundheitsversorgung", "Hilfen zur Erziehung"),
                    **content_marks.fill_defaults({}, cat))
        ctx.objects.append(need)
        domain = _domain_for(ctx, cat, client)
        agency = None if rng.random() < 0.12 else _agency_for(ctx, domain, client.municipality or "Aachen")
        out.append((need, agency))
    return out


def _responsibility(ctx: _Ctx, need: Need, agency: Agency) -> None:
    rng = ctx.rng
    day = need.opened_on or ctx.today
    resp = Responsibility(id=ctx.uid(), need_id=need.id, agency_id=agency.id, requested_on=day,
                          contact=agency.contact_person)
    ctx.objects.append(resp)
    events = [("requested", agency.id, None, None)]
    r = rng.random()
    reasons = _names()["decline_reasons"]
    if r < 0.05:  # Pingpong: declined, forwarded, declined again, back to the first
        other = rng.choice([a for dom in ctx.agencies_by_domain.values() for a in dom])
        events += [("declined", agency.id, rng.choice(reasons), None),
                   ("forwarded", agency.id, None, other.id),
                   ("declined", other.id, rng.choice(reasons), None),
                   ("forwarded", other.id, None, agency.id),
                   ("declined", agency.id, rng.choice(reasons), None)]
        final = "declined"
    elif r < 0.15:
        events.append(("declined", agency.id, rng.choice(reasons), None))
        final = "declined"
    elif r < 0.65:
        events.append(("accepted", agency.id, None, None))
        final = "accepted"
        if need.status in ("met", "closed"):
            events.append(("done", agency.id, None, None))
            final = "done"
    else:
        final = "requested"
    for step, (status, agency_id, reason, fwd) in enumerate(events):
        day = min(day + timedelta(days=rng.randint(0, 40) if step else 0), ctx.today)
        ctx.objects.append(ResponsibilityEvent(
            id=ctx.uid(), need_id=need.id, responsibility_id=resp.id, agency_id=agency_id,
            status=status, on=day, reason=reason, forwarded_to_id=fwd))
    resp.status = final
    resp.decided_on = day if final != "requested" else None
    resp.reason = events[-1][2]


OVERRIDE_REASONS = [
    "Die Person war anwesend und hat der Teilnahme mündlich zugestimmt; die schriftliche Entbindung wird nachgereicht.",
    "Eilfall: drohende Leistungslücke; die Stelle wird nur zu ihrem eigenen Verfahren gehört.",
    "Die Stelle nimmt nur an TOP 1 (allgemeine Verfahrensfragen) ohne personenbezogene Angaben teil.",
]


def _conference(ctx: _Ctx, client: Client, agencies: list[Agency]) -> None:
    rng = ctx.rng
    data = _names()
    conf_day = ctx.today - timedelta(days=rng.randint(-20, 700))
    conf = Conference(id=ctx.uid(), kind="case", date=conf_day, starts_at=time(rng.choice([9, 10, 13, 14]), 0),
                      place=f"Kommunales Integrationsmanagement, Besprechungsraum {rng.randint(1, 4)}",
                      moderator=client.case_manager, minute_taker=rng.choice(data["case_managers"]),
                      status="final" if conf_day < ctx.today - timedelta(days=14) else "draft",
                      next_date=conf_day + timedelta(days=rng.choice([28, 42, 56])))
    if conf.status == "final":
        conf.finalised_at = datetime.combine(conf_day + timedelta(days=rng.randint(1, 7)), time(16, 0))
    ctx.objects.append(conf)
    ctx.objects.append(ConferenceClient(id=child_id(conf.id, "client", client.id), conference_id=conf.id,
                                        client_id=client.id, case_number=client.case_number))
    for pos, agency in enumerate(agencies[:4]):
        # the consent rule: an agency without a valid release is listed only with a reason
        released = any(isinstance(o, Consent) and o.client_id == client.id and o.agency_id == agency.id
                       and consents.check_one(o, agency.id, conf_day).allowed for o in ctx.objects)
        ctx.objects.append(Participant(id=ctx.uid(), conference_id=conf.id, agency_id=agency.id,
                                       function=agency.contact_person, presence=rng.choices(
                                           ["present", "excused", "absent"], [80, 15, 5])[0], position=pos,
                                       consent_override_reason=None if released else rng.choice(OVERRIDE_REASONS)))
    topics = ["Stand Existenzsicherung", "Aufenthaltsrechtliche Situation", "Schule und Sprache", "Wohnsituation",
              "Gesundheit", "Nächste Schritte"]
    for pos, title in enumerate(rng.sample(topics, rng.randint(2, 4))):
        item = AgendaItem(id=ctx.uid(), conference_id=conf.id, position=pos, title=title,
                          notes=f"{title}: Die Beteiligten berichten über den aktuellen Stand. "
                                "Offene Fragen werden geklärt und Zuständigkeiten festgehalten.",
                          not_for_immigration_office=title == "Gesundheit",
                          **content_marks.fill_defaults({}, title))
        ctx.objects.append(item)
        ctx.objects.append(Decision(id=ctx.uid(), agenda_item_id=item.id, position=0,
                                    text=f"Zu „{title}“ wird wie besprochen verfahren."))
        agency = rng.choice(agencies)
        due = conf_day + timedelta(days=rng.randint(7, 42))
        action = ActionItem(id=ctx.uid(), agenda_item_id=item.id, position=0, who=agency.name,
                            who_agency_id=agency.id, what=f"{title}: Rückmeldung an das KIM",
                            due=due, client_id=client.id,
                            status="done" if due < ctx.today and rng.random() < 0.7 else "open")
        if action.status == "done":  # most on time, some late; own generator, so the rest stays as it was
            action.done_on = min(due + timedelta(days=random.Random(f"done:{action.id}").randint(-12, 15)), ctx.today)
        ctx.objects.append(action)


def _one_household(ctx: _Ctx, case_numbers: list[str]) -> list[Client]:
    rng = ctx.rng
    data = _names()
    origin_name = _weighted(rng, [(k, v["weight"]) for k, v in data["origins"].items()])
    origin = data["origins"][origin_name]
    family = rng.random() < 0.45
    household_id = ctx.uid() if family else None
    surname = _pick_name(rng, origin["family"]) if family else None
    young = rng.random() < 0.15
    people = [_client(ctx, case_numbers.pop(), origin_name, origin, household_id, surname,
                      (14, 25) if young else (18, 72))]
    if family and case_numbers and rng.random() < 0.25:
        partner = _client(ctx, case_numbers.pop(), origin_name, origin, household_id, surname, (20, 60))
        partner.municipality = people[0].municipality
        people.append(partner)
    main = people[0]
    if family:
        for _ in range(rng.randint(1, 4)):
            given, _native = _pick_name(rng, origin[rng.choice(["male", "female"])])
            ctx.objects.append(HouseholdMember(id=ctx.uid(), client_id=main.id, given_name=given,
                                               family_name=main.family_name, relation="child",
                                               birth_date=_birth(rng, ctx.today, 0, 17)))
        if len(people) > 1:
            ctx.objects.append(HouseholdMember(id=ctx.uid(), client_id=main.id, given_name=people[1].given_name,
                                               family_name=people[1].family_name, relation="partner",
                                               birth_date=people[1].birth_date, member_client_id=people[1].id))
    for person in people:
        ctx.objects.append(person)
        from kimdesk.models import partial_date

        age = partial_date.age_on(person.birth_date, ctx.today) or 30
        involved: list[Agency] = []
        needs = _needs(ctx, person, age)
        ctx.objects += demo_cycle.for_person(person, age, [n.category for n, _a in needs], ctx.today)
        for need, agency in needs:
            if agency is not None:
                _responsibility(ctx, need, agency)
                involved.append(agency)
        for agency in dict.fromkeys(involved):
            if rng.random() < 0.7:
                given_on = person.opened_on + timedelta(days=rng.randint(0, 30))
                ctx.objects.append(Consent(
                    id=ctx.uid(), client_id=person.id, agency_id=agency.id, given_on=min(given_on, ctx.today),
                    expires_on=given_on + timedelta(days=rng.choice([365, 730])) if rng.random() < 0.6 else None,
                    revoked_on=ctx.today - timedelta(days=rng.randint(1, 60)) if rng.random() < 0.05 else None,
                    covers_health=rng.random() < 0.3, form=rng.choice(["written", "written", "electronic", "oral"]),
                    purpose="Abstimmung im Rahmen des Case Managements"))
                given = ctx.objects[-1]
                if given.form == "oral" and given.covers_health:  # § 67b Abs. 2 S. 2 SGB X
                    given.oral_reason = "Schriftform wegen stationärer Behandlung nicht möglich."
        for _ in range(rng.randint(0, 4)):
            on = min(person.opened_on + timedelta(days=rng.randint(0, 500)), ctx.today)
            ctx.objects.append(CounsellingContact(
                id=ctx.uid(), client_id=person.id, on=on,
                kind=rng.choices(["office", "outreach", "phone", "video"], [50, 20, 25, 5])[0],
                interpreter=person.interpreter_language if person.interpreter_needed else None,
                summary=rng.choice(data["contact_summaries"]), staff=person.case_manager))
        if person.status == "open" and rng.random() < 0.4:
            ctx.objects.append(Task(id=ctx.uid(), client_id=person.id, kind="follow_up",
                                    title="Wiedervorlage: Stand der Anträge prüfen",
                                    due_on=ctx.today + timedelta(days=rng.randint(-10, 40)),
                                    assigned_to=person.case_manager))
        if involved and rng.random() < 0.03:
            _conference(ctx, person, list(dict.fromkeys(involved)))
    return people


def generate(store: Store, clients: int, seed: int = 1, *, today: date | None = None,
             progress: Progress | None = None) -> int:
    """Add ``clients`` synthetic people (and what belongs to them); returns how many."""
    catalogue.seed_agencies(store)
    with store.session(write=False) as session:
        agencies = list(session.scalars(select(Agency).where(Agency.deleted.is_(False))))
        session.expunge_all()
    by_domain: dict[str, list[Agency]] = {}
    for a in agencies:
        by_domain.setdefault(a.legal_domain or "—", []).append(a)
    ctx = _Ctx(random.Random(seed), today or date.today(), by_domain,
               [a for a in agencies if a.is_immigration_office])
    made = 0
    while made < clients:
        with store.session() as session:
            numbers = _reserve_case_numbers(store, session, min(BATCH, clients - made))
            numbers.reverse()
            while numbers:
                made += len(_one_household(ctx, numbers))
            session.add_all(ctx.objects)
            ctx.objects = []
        if progress is not None and not progress(made, clients):
            break
    deadlines.evaluate(store, ctx.today)  # the follow-ups a team would have on such data
    return made


def _reserve_case_numbers(store: Store, session: Any, n: int) -> list[str]:
    from kimdesk.services.clients import next_case_number

    return [next_case_number(session, store) for _ in range(n)]
