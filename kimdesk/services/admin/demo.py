"""Realistic synthetic data for demos, screenshots and benchmarks.

People from the main countries of origin in their usual transliterations (some also in
their own script), families, partly known birth dates, needs across all legal domains with
responsibilities and their histories (including Pingpong and gaps), consents, counselling
contacts, tasks and a few case conferences; school entries of young newcomers, residence and
benefit histories, case phases and plans (``demo_cycle``), a few structural findings, and the
follow-ups the deadline rules give on all of it. The same seed gives the same data.

What a KIM team would notice is kept plausible (issue 17): a parent is at least 18 years
older than a child, conferences fall on working days (no NRW public holiday), every task and
measure goes to the office whose subject it is (the responsibility finder picks the office of
each need), the immigration office is never asked about health, children of school age wait
for primary and secondary places and young people of 16 to 18 for an IFK.
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
from kimdesk.models import FindingCase, StructuralFinding, partial_date
from kimdesk.services.clients_intake import catalogue, finder
from kimdesk.services.releases import consents, content_marks
from kimdesk.services.tasks_deadlines import deadlines
from kimdesk.services.admin import demo_cycle
from kimdesk.services.tasks_deadlines.holidays import next_working_day
from kimdesk.services.clients_intake.exchange_format import child_id
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
    by_id: dict[str, Agency] = field(default_factory=dict)
    infos: list[finder.AgencyInfo] = field(default_factory=list)
    proposals: dict[tuple[Any, ...], str | None] = field(default_factory=dict)
    # households that show what the committee asks about, made first: children waiting for a
    # primary and a secondary place, a 17-year-old waiting for an IFK
    showcase: list[str] = field(default_factory=lambda: ["primary", "secondary", "ifk"])
    open_clients: list[str] = field(default_factory=list)
    municipalities: list[str] = field(default_factory=catalogue.municipalities)

    clock_ms: int = 1_700_000_000_000

    def uid(self) -> str:
        """Time-ordered like the app's own ids, reproducible from the seed."""
        self.clock_ms += 1
        return str(uuid7(self.clock_ms, self.rng.getrandbits(74)))


def _birth(rng: random.Random, today: date, min_age: int, max_age: int, *, exact: bool = False) -> str:
    """A birth date ``min_age`` to ``max_age`` years back; a quarter year only, a tenth year and month."""
    age = rng.randint(min_age, max_age)
    born = today - timedelta(days=age * 365 + rng.randint(0, 364))
    r = 1.0 if exact else rng.random()
    if r < 0.25:
        return f"{born.year}"
    if r < 0.35:
        return f"{born.year}-{born.month:02d}"
    return born.isoformat()


def _age(ctx: _Ctx, birth: str | None) -> int:
    return partial_date.age_on(birth, ctx.today) or 0


def _pick_name(rng: random.Random, entries: list[list[Any]]) -> tuple[str, str | None]:
    latin, native, variants = rng.choice(entries)
    if variants and rng.random() < 0.35:
        latin = rng.choice(variants)
    return latin, native


def _client(ctx: _Ctx, case_number: str, origin_name: str, origin: dict, household_id: str | None,
            family: tuple[str, str | None] | None, age: tuple[int, int], *, exact: bool = False) -> Client:
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
        birth_date=_birth(rng, ctx.today, *age, exact=exact),
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
        closed_on=min(opened + timedelta(days=rng.randint(30, 400)), ctx.today) if closed else None,
    )


NEEDS_BY_PROFILE = {
    "adult": ["Existenzsicherung", "Arbeit", "Integrationskurs", "Wohnung", "Aufenthalt", "Krankenversicherung",
              "Anerkennung ausländischer Abschlüsse", "Kindergeld", "Wohngeld", "Migrationsberatung"],
    "child": ["Schulplatz", "Hilfen zur Erziehung"],  # 6 to 15: compulsory full-time schooling
    "teen": ["Internationale Förderklasse", "Ausbildung", "Aufenthalt", "Hilfen zur Erziehung"],  # 16 to 18
    "young": ["Ausbildung", "Arbeit", "Integrationskurs", "Aufenthalt", "Wohnung"],  # 19 to 25
    "asylum": ["Existenzsicherung", "Gesundheitsversorgung", "Asylverfahren", "Wohnung", "Alltagsbegleitung"],
    "senior": ["Grundsicherung im Alter", "Krankenversicherung", "Alltagsbegleitung"],
}


def _office_for(ctx: _Ctx, category: str, client: Client, age: int) -> Agency | None:
    """The office the responsibility finder proposes for the need (remembered per situation)."""
    key = (category, client.municipality, age, client.residence_status, client.residence_paragraph,
           client.suspended_since)
    if key not in ctx.proposals:
        p = finder.propose(ctx.infos, category, municipality=client.municipality, age=age,
                           residence_status=client.residence_status, residence_paragraph=client.residence_paragraph,
                           suspended_since=client.suspended_since, today=ctx.today)
        ctx.proposals[key] = p.agency_id if p else None
    found = ctx.proposals[key]
    return ctx.by_id.get(found) if found else None


def _needs(ctx: _Ctx, client: Client, age: int, first: str | None = None) -> list[tuple[Need, Agency | None]]:
    rng = ctx.rng
    if age < 16:
        profile = "child"
    elif age < 19:
        profile = "teen"
    elif age < 26:
        profile = "young"
    elif age >= 65:
        profile = "senior"
    elif client.residence_status in ("Aufenthaltsgestattung", "Duldung"):
        profile = "asylum"
    else:
        profile = "adult"
    cats = rng.sample(NEEDS_BY_PROFILE[profile], k=min(len(NEEDS_BY_PROFILE[profile]), rng.randint(1, 4)))
    if first:
        cats = [first] + [c for c in cats if c != first]
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
        agency = None if rng.random() < 0.12 else _office_for(ctx, cat, client, age)
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


# agenda topics and the legal domains of the offices a task on them may go to (none: the case manager)
TOPIC_DOMAINS: dict[str, tuple[str, ...]] = {
    "Stand Existenzsicherung": ("SGB II", "AsylbLG", "SGB XII"),
    "Aufenthaltsrechtliche Situation": ("AufenthG / AsylG",),
    "Schule und Sprache": ("SchulG NRW", "IntV"),
    "Wohnsituation": ("WoGG", "AsylbLG", "SGB XII"),
    "Gesundheit": ("SGB V", "AsylbLG"),
    "Nächste Schritte": (),
}

OVERRIDE_REASONS = [
    "Die Person war anwesend und hat der Teilnahme mündlich zugestimmt; die schriftliche Entbindung wird nachgereicht.",
    "Eilfall: drohende Leistungslücke; die Stelle wird nur zu ihrem eigenen Verfahren gehört.",
    "Die Stelle nimmt nur an TOP 1 (allgemeine Verfahrensfragen) ohne personenbezogene Angaben teil.",
]


def _conference(ctx: _Ctx, client: Client, agencies: list[Agency]) -> None:
    rng = ctx.rng
    data = _names()
    conf_day = next_working_day(ctx.today - timedelta(days=rng.randint(-20, 700)))  # never on a Sunday or holiday
    conf = Conference(id=ctx.uid(), kind="case", date=conf_day, starts_at=time(rng.choice([9, 10, 13, 14]), 0),
                      place=f"Kommunales Integrationsmanagement, Besprechungsraum {rng.randint(1, 4)}",
                      moderator=client.case_manager, minute_taker=rng.choice(data["case_managers"]),
                      status="final" if conf_day < ctx.today - timedelta(days=14) else "draft",
                      next_date=next_working_day(conf_day + timedelta(days=rng.choice([28, 42, 56]))))
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
    topics = list(TOPIC_DOMAINS)
    if any(a.is_immigration_office for a in agencies[:4]):
        topics.remove("Gesundheit")  # the immigration office is never asked about health (Art. 9 GDPR)
    for pos, title in enumerate(rng.sample(topics, rng.randint(2, 4))):
        item = AgendaItem(id=ctx.uid(), conference_id=conf.id, position=pos, title=title,
                          notes=f"{title}: Die Beteiligten berichten über den aktuellen Stand. "
                                "Offene Fragen werden geklärt und Zuständigkeiten festgehalten.",
                          not_for_immigration_office=title == "Gesundheit",
                          **content_marks.fill_defaults({}, title))
        ctx.objects.append(item)
        ctx.objects.append(Decision(id=ctx.uid(), agenda_item_id=item.id, position=0,
                                    text=f"Zu „{title}“ wird wie besprochen verfahren."))
        # the task goes to the office whose subject it is, or stays with the case manager
        fitting = [a for a in agencies[:4] if (a.legal_domain or "—") in TOPIC_DOMAINS[title]]
        agency = rng.choice(fitting) if fitting else None
        due = conf_day + timedelta(days=rng.randint(7, 42))
        action = ActionItem(id=ctx.uid(), agenda_item_id=item.id, position=0,
                            who=agency.name if agency else client.case_manager,
                            who_agency_id=agency.id if agency else None,
                            what=f"{title}: Rückmeldung an das KIM" if agency else f"{title}: nächsten Termin vereinbaren",
                            due=due, client_id=client.id,
                            status="done" if due < ctx.today and rng.random() < 0.7 else "open")
        if action.status == "done":  # most on time, some late; own generator, so the rest stays as it was
            action.done_on = min(due + timedelta(days=random.Random(f"done:{action.id}").randint(-12, 15)), ctx.today)
        ctx.objects.append(action)


CHILD_AGES = {"primary": (7, 9), "secondary": (10, 15)}  # showcase children surely of school age
PARENT_GAP = 18  # a parent is at least this much older than a child (in completed years: never under 16)


def _one_household(ctx: _Ctx, case_numbers: list[str]) -> list[Client]:
    rng = ctx.rng
    data = _names()
    show = ctx.showcase.pop(0) if ctx.showcase and len(case_numbers) >= 2 else None
    origin_name = _weighted(rng, [(k, v["weight"]) for k, v in data["origins"].items()])
    origin = data["origins"][origin_name]
    family = show in CHILD_AGES or (show is None and rng.random() < 0.45)
    household_id = ctx.uid() if family else None
    surname = _pick_name(rng, origin["family"]) if family else None
    young = show == "ifk" or (show is None and rng.random() < 0.15)
    ages = (16, 17) if show == "ifk" else (14, 25) if young else (30, 45) if show else (18, 72)
    people = [_client(ctx, case_numbers.pop(), origin_name, origin, household_id, surname, ages,
                      exact=show is not None)]
    main = people[0]
    parent_age = _age(ctx, main.birth_date)
    if family and case_numbers and rng.random() < 0.25 and show is None:
        lo, hi = max(18, parent_age - 8), min(72, parent_age + 8)  # partners of about the same age
        partner = _client(ctx, case_numbers.pop(), origin_name, origin, household_id, surname, (lo, max(lo, hi)))
        partner.municipality = main.municipality
        people.append(partner)
        parent_age = min(parent_age, _age(ctx, partner.birth_date))
    waiting = {main.id} if show == "ifk" else set()
    if family:
        # children young enough for their parents: at most 17, at least PARENT_GAP years younger
        oldest = min(17, parent_age - PARENT_GAP - 1)  # one year of slack for partial birth dates
        youngest = max(0, parent_age - 45)
        for _ in range(rng.randint(1, 4) if oldest >= youngest else 0):
            given, _native = _pick_name(rng, origin[rng.choice(["male", "female"])])
            ctx.objects.append(HouseholdMember(id=ctx.uid(), client_id=main.id, given_name=given,
                                               family_name=main.family_name, relation="child",
                                               birth_date=_birth(rng, ctx.today, youngest, oldest)))
        if len(people) > 1:
            ctx.objects.append(HouseholdMember(id=ctx.uid(), client_id=main.id, given_name=people[1].given_name,
                                               family_name=people[1].family_name, relation="partner",
                                               birth_date=people[1].birth_date, member_client_id=people[1].id))
        # a child of school age in the case too (its own record, linked as a household member)
        lo, hi = CHILD_AGES.get(show, (6, 15))
        hi = min(hi, parent_age - PARENT_GAP - 1)
        if case_numbers and lo <= hi and (show in CHILD_AGES or rng.random() < 0.2):
            child = _client(ctx, case_numbers.pop(), origin_name, origin, household_id, surname, (lo, hi), exact=True)
            child.municipality, child.case_manager = main.municipality, main.case_manager
            child.residence_status, child.residence_paragraph = main.residence_status, main.residence_paragraph
            child.residence_valid_until, child.phone, child.interpreter_needed = main.residence_valid_until, None, False
            child.interpreter_language = None
            child.opened_on, child.status, child.closed_on = main.opened_on, main.status, main.closed_on
            ctx.objects.append(HouseholdMember(id=ctx.uid(), client_id=main.id, given_name=child.given_name,
                                               family_name=child.family_name, relation="child",
                                               birth_date=child.birth_date, member_client_id=child.id))
            people.append(child)
            if show in CHILD_AGES:
                waiting.add(child.id)
    for person in people:
        ctx.objects.append(person)
        demo_cycle.legal_facts(person, ctx.municipalities, ctx.today)
        age = partial_date.age_on(person.birth_date, ctx.today) or 30
        involved: list[Agency] = []
        first = ("Internationale Förderklasse" if age >= 16 else "Schulplatz") if person.id in waiting else None
        needs = _needs(ctx, person, age, first)
        if person.id in waiting:
            person.status, person.closed_on = "open", None
        ctx.objects += demo_cycle.for_person(person, age, [n.category for n, _a in needs], ctx.today,
                                             waiting_for_school=person.id in waiting)
        case_phases = demo_cycle.phases(person, ctx.today)
        ctx.objects += case_phases
        ctx.objects += demo_cycle.plan(person, needs, case_phases, ctx.today)
        if person.status == "open":
            ctx.open_clients.append(person.id)
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
               [a for a in agencies if a.is_immigration_office], by_id={a.id: a for a in agencies},
               infos=[finder.AgencyInfo(a.id, a.name, a.kind or "", a.legal_domain or "", tuple(a.municipalities or ()))
                      for a in agencies])
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
    _findings(store, ctx)
    deadlines.evaluate(store, ctx.today)  # the follow-ups a team would have on such data
    return made


FINDINGS = [
    ("Lücke beim Wechsel vom AsylbLG ins SGB II",
     "Nach der Anerkennung vergehen oft Wochen bis zur ersten Zahlung des Jobcenters.", ["AsylbLG", "SGB II"]),
    ("Wartezeiten auf Plätze in Internationalen Förderklassen",
     "Junge Menschen von 16 bis 18 warten mehrere Monate auf einen Platz am Berufskolleg.", ["SchulG NRW"]),
    ("Terminvergabe der Ausländerbehörde",
     "Verlängerungen werden erst kurz vor Ablauf möglich; Fiktionsbescheinigungen fehlen.", ["AufenthG / AsylG"]),
    ("Anerkennung ausländischer Abschlüsse dauert lange",
     "Fehlende Übersetzungen und Gebühren verzögern die Anträge bei Kammern und Bezirksregierung.",
     ["BQFG / BQFG NRW"]),
]


def _findings(store: Store, ctx: _Ctx) -> None:
    """A few structural findings of the team, each with some of the cases it was seen in."""
    if not ctx.open_clients:
        return
    rng = random.Random(f"findings:{ctx.rng.random()}")
    with store.session() as session:
        for n, (title, description, domains) in enumerate(FINDINGS):
            noted = next_working_day(ctx.today - timedelta(days=rng.randint(30, 400)))
            status = ("open", "raised", "resolved")[n % 3]
            finding = StructuralFinding(id=ctx.uid(), title=title, description=description, legal_domains=domains,
                                        municipalities=[], status=status, noted_on=noted,
                                        raised_on=noted + timedelta(days=30) if status != "open" else None)
            session.add(finding)
            for cid in rng.sample(ctx.open_clients, min(len(ctx.open_clients), rng.randint(2, 6))):
                session.add(FindingCase(id=ctx.uid(), finding_id=finding.id, client_id=cid))


def _reserve_case_numbers(store: Store, session: Any, n: int) -> list[str]:
    from kimdesk.services.clients_intake.clients import next_case_number

    return [next_case_number(session) for _ in range(n)]
