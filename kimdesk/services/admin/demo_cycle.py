"""Demo data for the case cycle: school entries, residence and benefit histories, case phases and plans.

Drawn from a generator seeded by the person's id, so the rest of the demo data (drawn from
the main generator) stays exactly what it was, and the same seed still gives the same data.
Roughly: most young people with a school need, and some others up to 25, have a school entry;
they are placed after a wait of weeks to months (a few wait more than a year), so the
recent arrivals are the ones still waiting. The school form follows the age: primary school
from six, secondary from ten, an *Internationale Förderklasse* (IFK) for 16 to 18; older
young people rarely have a school entry, and then for other schools. Every case has its
phases (clearing, assessment, plan …, closure with a reason), and cases past the planning
step have a plan whose measures go to the office responsible for the need.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from kimdesk.models import (
    Agency,
    BenefitRecord,
    CasePhase,
    CasePlan,
    Client,
    Need,
    PlanGoal,
    PlanMeasure,
    ResidenceRecord,
    SchoolEntry,
)
from kimdesk.models import partial_date
from kimdesk.services.tasks_deadlines.deadline_rules import duty_starts
from kimdesk.services.clients_intake.exchange_format import child_id

SCHOOL_NEEDS = {"Schulplatz", "Internationale Förderklasse"}
SCHOOLS = {
    "primary": "Grundschule {m}",
    "secondary": "Gesamtschule {m}",
    "ifk": "Berufskolleg {m}",
    "other": "Weiterbildungskolleg {m}",
}


def form_for_age(age: int) -> str | None:
    """The school form a newcomer of ``age`` waits for (None: too young for school)."""
    if age < 6:
        return None
    if age <= 9:
        return "primary"
    if age <= 15:
        return "secondary"
    if age <= 18:
        return "ifk"
    return "other"


def school_entry(rng: random.Random, person: Client, age: int, categories: list[str], today: date,
                 *, waiting: bool = False) -> SchoolEntry | None:
    """The way to a school place; ``waiting``: assigned weeks ago and still without a place."""
    form = form_for_age(age)
    if form is None or age > 25:
        return None
    if form == "primary" and person.birth_date and duty_starts(partial_date.earliest(person.birth_date)) > today:
        return None  # six, but not of school age before 1 August (§ 35 SchulG NRW): still in the Kita
    wanted = bool(SCHOOL_NEEDS & set(categories))
    if not waiting and not (wanted or rng.random() < (0.3 if age <= 18 else 0.08)):
        return None
    if form == "ifk" and rng.random() < 0.15:
        form = "other"
    opened = person.opened_on or today
    arrived = opened - timedelta(days=rng.randint(0, 120))
    assigned = min(arrived + timedelta(days=rng.randint(14, 120)), today)
    if waiting:
        assigned = today - timedelta(days=rng.randint(20, 75))
        arrived = min(arrived, assigned - timedelta(days=rng.randint(3, 30)))
    recent = (today - assigned).days < 60
    registered = None if recent and rng.random() < 0.3 else min(assigned + timedelta(days=rng.randint(0, 45)), today)
    applied = None if registered is None or rng.random() < 0.2 else min(registered + timedelta(days=rng.randint(0, 30)),
                                                                        today)
    start = registered or assigned
    wait = rng.randint(10, 240) if rng.random() < 0.85 else rng.randint(240, 420)  # a long tail, as in NRW
    placed = start + timedelta(days=wait)
    if placed > today or waiting:
        placed = None  # still waiting
    return SchoolEntry(id=child_id(person.id, "school_entry", 0), client_id=person.id, arrived_on=arrived,
                       assigned_on=assigned, registered_on=registered, school_form=form, applied_on=applied,
                       placed_on=placed,
                       school=SCHOOLS[form].format(m=person.municipality or "Aachen") if placed else None)


def histories(rng: random.Random, person: Client, today: date) -> list[Any]:
    """Residence record for the current status; benefits with a change AsylbLG → SGB II for some."""
    out: list[Any] = []
    opened = person.opened_on or today
    if person.residence_status:
        out.append(ResidenceRecord(id=child_id(person.id, "residence", 0), client_id=person.id,
                                   status=person.residence_status, paragraph=person.residence_paragraph,
                                   valid_from=opened, valid_until=person.residence_valid_until))
    status = person.residence_status or ""
    if status in ("Aufenthaltsgestattung", "Duldung"):
        out.append(BenefitRecord(id=child_id(person.id, "benefit", 0), client_id=person.id, system="AsylbLG",
                                 since=opened, approved_on=opened))
    elif status.startswith("Aufenthaltserlaubnis") and rng.random() < 0.3:
        change = min(opened + timedelta(days=rng.randint(30, 400)), today)
        out.append(BenefitRecord(id=child_id(person.id, "benefit", 0), client_id=person.id, system="AsylbLG",
                                 since=opened, until=change + timedelta(days=rng.randint(-10, 30)), approved_on=opened))
        approved = change + timedelta(days=rng.randint(5, 60))
        out.append(BenefitRecord(id=child_id(person.id, "benefit", 1), client_id=person.id, system="SGB II",
                                 since=change, applied_on=change - timedelta(days=rng.randint(0, 20)),
                                 approved_on=approved if approved <= today else None))
    return out


def for_person(person: Client, age: int, categories: list[str], today: date, *,
               waiting_for_school: bool = False) -> list[Any]:
    rng = random.Random(f"cycle:{person.id}")
    out = histories(rng, person, today)
    entry = school_entry(rng, person, age, categories, today, waiting=waiting_for_school)
    if entry is not None:
        out.append(entry)
    return out


PROTECTION_BY_PARAGRAPH = {"§ 25 Abs. 1": ("asylum",), "§ 25 Abs. 2": ("refugee", "refugee", "subsidiary"),
                           "§ 25 Abs. 3": ("deportation_ban",)}


def legal_facts(person: Client, municipalities: list[str], today: date) -> None:
    """What the legal rules read, where a KIM team would have it: BAMF decisions (some served
    these weeks, so appeal deadlines and the family reunification window show), § 12a residence
    rules for recognised people (a few now living elsewhere), since when deportation is
    suspended for people with a Duldung or a permit under § 25 Abs. 5 AufenthG."""
    rng = random.Random(f"legal:{person.id}")
    status, paragraph = person.residence_status or "", person.residence_paragraph or ""
    opened = person.opened_on or today
    if status == "Aufenthaltsgestattung" and rng.random() < 0.2:
        person.bamf_decision = rng.choice(("refused", "refused", "manifestly_unfounded", "inadmissible", "refugee",
                                           "subsidiary"))
        person.bamf_decision_on = today - timedelta(days=rng.randint(0, 40))
    elif status == "Aufenthaltserlaubnis" and (kinds := next((k for p, k in PROTECTION_BY_PARAGRAPH.items()
                                                              if paragraph.startswith(p)), None)):
        person.bamf_decision = rng.choice(kinds)
        person.bamf_decision_on = max(opened - timedelta(days=rng.randint(0, 200)),
                                      today - timedelta(days=rng.randint(5, 900)))
        if rng.random() < 0.6 and person.municipality:
            moved = rng.random() < 0.1
            person.residence_rule_place = rng.choice(municipalities) if moved else person.municipality
            person.residence_rule_until = person.bamf_decision_on + timedelta(days=3 * 365)
    elif status == "Duldung" or paragraph.startswith("§ 25 Abs. 5"):
        person.suspended_since = opened - timedelta(days=rng.randint(0, 900))


# how demo cases end: the catalogue's closing reasons (``vocabulary.close_reasons``, so the outcomes
# table prints them and not "anderer Grund"), how often each, and the goals reached with it
# (all / partly / none / not_applicable). Over all reasons about 35 % reach their goals, 35 %
# partly, 20 % not, and one case in ten had none agreed (case management not indicated).
CLOSE_REASONS = (
    ("Ziele erreicht", 28, {"all": 1}),
    ("Übergang in die Regelversorgung", 24, {"all": 3, "partly": 6, "none": 1}),
    ("Umzug in eine andere Kommune", 14, {"all": 1, "partly": 5, "none": 4}),
    ("Kontakt abgebrochen", 14, {"partly": 3, "none": 7}),
    ("auf Wunsch der Person beendet", 10, {"all": 1, "partly": 5, "none": 4}),
    ("Case Management nicht angezeigt", 10, {"not_applicable": 1}),
)


def closing(rng: random.Random) -> tuple[str, str]:
    """(reason, goals reached) of a demo case's closing, at the rates of ``CLOSE_REASONS``."""
    reason, _weight, goals = rng.choices(CLOSE_REASONS, [w for _r, w, _g in CLOSE_REASONS])[0]
    return reason, rng.choices(list(goals), list(goals.values()))[0]
STEPS = ("clearing", "assessment", "plan", "monitoring", "evaluation")


def phases(person: Client, today: date) -> list[CasePhase]:
    """The case's dated phases: forward from clearing on the opening day, closure with a reason."""
    rng = random.Random(f"phases:{person.id}")
    opened = person.opened_on or today
    end = person.closed_on if person.status == "closed" and person.closed_on else today
    out: list[CasePhase] = []
    day, before = opened, None
    for n, phase in enumerate(STEPS[:rng.randint(1, len(STEPS))]):
        step = day + timedelta(days=rng.randint(7, 60)) if n else day
        if step > end or (person.status == "closed" and step >= end and n):
            break
        day = step
        out.append(CasePhase(id=child_id(person.id, "phase", n), client_id=person.id, phase=phase, from_phase=before,
                             on=day, recorded_at=datetime.combine(day, time(9, n)),
                             indicated=True if before == "clearing" else None,
                             agreed=True if before == "clearing" else None))
        before = phase
    if person.status == "closed" and person.closed_on:
        reason, reached = closing(rng)
        day = max(person.closed_on, day)
        person.closed_on = day
        out.append(CasePhase(id=child_id(person.id, "phase", 9), client_id=person.id, phase="closed",
                             from_phase=before, on=day, recorded_at=datetime.combine(day, time(17, 0)),
                             reason=reason, goals_reached=reached))
    return out


GOALS = {
    "Existenzsicherung": ("Der Lebensunterhalt ist lückenlos gesichert.", "Antrag auf Leistungen stellen und Bescheid prüfen"),
    "Arbeit": ("Eine Beschäftigung ist aufgenommen.", "Beratungstermin zur Arbeitsvermittlung wahrnehmen"),
    "Ausbildung": ("Ein Ausbildungsplatz ist gefunden.", "Bewerbungsunterlagen mit der Berufsberatung erstellen"),
    "Schulplatz": ("Das Kind besucht regelmäßig eine Schule.", "Schulplatz zuweisen und Anmeldung begleiten"),
    "Internationale Förderklasse": ("Der junge Mensch besucht eine Internationale Förderklasse.",
                                    "Platz in einer Internationalen Förderklasse zuweisen"),
    "Integrationskurs": ("Der Integrationskurs ist begonnen.", "Anmeldung zum Integrationskurs"),
    "Wohnung": ("Eine dauerhafte Wohnung ist gefunden.", "Wohnungssuche und Antrag auf Wohnberechtigungsschein"),
    "Aufenthalt": ("Der Aufenthalt ist gesichert.", "Verlängerung des Aufenthaltstitels rechtzeitig beantragen"),
    "Krankenversicherung": ("Der Krankenversicherungsschutz ist geklärt.", "Mitgliedschaft bei der Krankenkasse klären"),
    "Gesundheitsversorgung": ("Die gesundheitliche Versorgung ist gesichert.", "Behandlungsschein ausstellen"),
    "Kindergeld": ("Kindergeld wird gezahlt.", "Antrag auf Kindergeld stellen"),
    "Wohngeld": ("Wohngeld ist bewilligt.", "Antrag auf Wohngeld stellen"),
    "Hilfen zur Erziehung": ("Die Familie erhält passende Unterstützung.", "Hilfeplangespräch beim Jugendamt"),
    "Anerkennung ausländischer Abschlüsse": ("Der Berufsabschluss ist anerkannt.",
                                             "Anerkennungsberatung wahrnehmen und Antrag stellen"),
}


def plan(person: Client, needs: list[tuple[Need, Agency | None]], case_phases: list[CasePhase],
         today: date) -> list[Any]:
    """A plan for a case past the planning step: a goal per need, its measure with the office of that need."""
    planned = next((p for p in case_phases if p.phase == "plan"), None)
    if planned is None:
        return []
    rng = random.Random(f"plan:{person.id}")
    agreed = planned.on
    closed = person.status == "closed"
    review = agreed + timedelta(days=rng.randint(90, 180))
    if not closed and review < today:  # a running plan has been reviewed since: its next review is near
        review = max(agreed, today + timedelta(days=rng.randint(-20, 120)))
    the_plan = CasePlan(id=child_id(person.id, "plan", 0), client_id=person.id,
                        status="closed" if closed else "agreed", agreed_on=agreed, review_on=review)
    out: list[Any] = [the_plan]
    pos = 0
    for need, agency in needs:
        if need.category not in GOALS or pos >= 3:
            continue
        goal_text, measure_text = GOALS[need.category]
        reached = need.status in ("met", "closed")
        goal = PlanGoal(id=child_id(the_plan.id, "goal", pos), plan_id=the_plan.id, client_id=person.id,
                        position=pos, text=goal_text, status="reached" if reached else "open",
                        review_on=None)  # reviewed with the plan
        due = agreed + timedelta(days=rng.randint(14, 75))
        done = reached or closed or (due < today and rng.random() < 0.85)
        if not done and due < today - timedelta(days=30):
            due = today + timedelta(days=rng.randint(-30, 60))  # still open: given a new date at the review
        out += [goal, PlanMeasure(id=child_id(goal.id, "measure", 0), goal_id=goal.id, client_id=person.id,
                                  position=0, what=measure_text, due=due,
                                  who=agency.name if agency else person.case_manager,
                                  who_agency_id=agency.id if agency else None,
                                  status="done" if done else "open",
                                  done_on=min(due, today) if done else None)]
        pos += 1
    return out
