"""The responsibility finder: which agency is likely responsible for a need of a person.

The rules are data (``resources/catalogue/responsibility_rules.json``): a need category,
optional conditions on residence status (by group), age and municipality, and the legal
domain and agency kinds that follow. The first matching rule wins; the agency is the first
of those kinds in the (team-editable) catalogue that serves the person's municipality. A
proposal is only a suggestion: the counsellor confirms it. Where the law turns on facts the
record may not hold (an EU citizen's first three months, since when deportation is
suspended), the proposal says so: ``check`` names what to check and why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from kimdesk.i18n import translate
from kimdesk.models import Agency, Client, partial_date
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.tasks_deadlines.deadline_rules import shift_months
from kimdesk.store.store import Store


@dataclass(frozen=True)
class Proposal:
    agency_id: str | None
    agency_name: str
    legal_domain: str
    basis: str
    explanation: str
    serves_municipality: bool
    check: str = ""  # non-empty: the proposal depends on a fact to check, and this says which


def _checks() -> dict[str, str]:
    """Why a proposal must be checked, by the rule's ``check`` key (literal strings for lupdate)."""
    return {
        "eu_first_months": translate(
            "Finder", "prüfen: kein Anspruch in den ersten drei Monaten des Aufenthalts und bei einem "
                      "Aufenthaltsrecht allein zur Arbeitsuche (§ 7 Abs. 1 S. 2 SGB II) – Status als Arbeitnehmer:in "
                      "oder Selbständige:r, Daueraufenthalt oder Familienangehörigkeit klären"),
        "suspension_date_unknown": translate(
            "Finder", "prüfen: seit wann ist die Abschiebung ausgesetzt? Unter 18 Monaten AsylbLG "
                      "(§ 1 Abs. 1 Nr. 3 c AsylbLG), danach SGB II – Datum bei der Person eintragen"),
        "young_adult_beyond_21": translate(
            "Finder", "prüfen: nach dem 21. Geburtstag nur in begründeten Einzelfällen und für einen begrenzten "
                      "Zeitraum als Fortsetzung einer laufenden Hilfe (§ 41 Abs. 1 S. 2 SGB VIII)"),
        "age_unknown": translate(
            "Finder", "prüfen: Alter unbekannt – bis 17 Hilfe zur Erziehung (§ 27 SGB VIII), ab 18 Hilfe für "
                      "junge Volljährige (§ 41 SGB VIII)"),
    }


def _notes() -> dict[str, str]:
    """Hints a rule adds to its explanation, by the rule's ``note`` key."""
    return {
        "young_adult": translate(
            "Finder", "Hilfe für junge Volljährige, in der Regel bis zum 21. Geburtstag; den Übergang rechtzeitig "
                      "mit dem Jugendamt planen (§ 36b SGB VIII)"),
        "recognition_bodies": translate(
            "Finder", "zuständig ist je nach Beruf die Kammer (IHK, Handwerkskammer) oder die Bezirksregierung; "
                      "die Anerkennungsberatung klärt, welche Stelle"),
        "municipal_duty": translate(
            "Finder", "die Unterbringung ist Pflichtaufgabe der Gemeinde, der die Person zugewiesen ist"),
        "housing_entitlement": translate(
            "Finder", "Wohnberechtigungsschein bei der Gemeinde; bei der Wohnungssuche helfen auch freie Träger"),
    }


@dataclass(frozen=True)
class AgencyInfo:
    id: str
    name: str
    kind: str
    legal_domain: str
    municipalities: tuple[str, ...]


def rules() -> dict[str, Any]:
    return catalogue.load("responsibility_rules")


def status_groups(residence_status: str | None) -> set[str]:
    """The groups (asylum, protected, eu …) a free-text residence status belongs to."""
    if not residence_status:
        return set()
    text = residence_status.strip().lower()
    return {name for name, prefixes in rules()["status_groups"].items()
            if any(text.startswith(p.lower()) for p in prefixes)}


def _squeeze(text: str | None) -> str:
    return "".join((text or "").split()).lower()


def paragraph_is(paragraph: str | None, wanted: str) -> bool:
    """``§ 25 Abs. 5 AufenthG`` matches ``§25 Abs.5`` and ``§ 25 Abs. 5 Satz 1``, not ``§ 25 Abs. 50``."""
    have, want = _squeeze(paragraph), _squeeze(wanted)
    for tail in ("aufenthg",):  # the statute may be left out when the status says it
        want = want.removesuffix(tail)
    if not have.startswith(want):
        return False
    rest = have[len(want):]
    return not rest or not rest[0].isdigit()


@dataclass(frozen=True)
class Facts:
    """What the rules read about the person, beyond the need."""

    groups: set[str]
    age: int | None
    municipality: str | None
    paragraph: str | None = None
    suspended_since: date | None = None
    today: date | None = None


def _matches(rule: dict[str, Any], category: str, f: Facts) -> bool:
    if rule["need"].lower() != category.strip().lower():
        return False
    if "status_group" in rule and rule["status_group"] not in f.groups:
        return False
    if "min_age" in rule and (f.age is None or f.age < rule["min_age"]):
        return False
    if "max_age" in rule and (f.age is None or f.age > rule["max_age"]):
        return False
    if "paragraph" in rule and not paragraph_is(f.paragraph, rule["paragraph"]):
        return False
    if "suspended_within_months" in rule:
        if f.suspended_since is None:
            return False
        ends = shift_months(f.suspended_since, int(rule["suspended_within_months"]))
        if (f.today or date.today()) >= ends:
            return False
    if rule.get("suspended_unknown") and f.suspended_since is not None:
        return False
    return not ("municipalities" in rule and f.municipality not in rule["municipalities"])


def _explain(rule: dict[str, Any], category: str) -> str:
    conditions = []
    if "status_group" in rule:
        group = {"asylum": translate("Finder", "Aufenthaltsgestattung oder Duldung"),
                 "protected": translate("Finder", "Aufenthaltserlaubnis oder gesicherter Aufenthalt"),
                 "eu": translate("Finder", "EU-Freizügigkeit")}.get(rule["status_group"], rule["status_group"])
        conditions.append(group)
    if "min_age" in rule and "max_age" in rule:
        conditions.append(translate("Finder", "Alter {lo} bis {hi}").format(lo=rule["min_age"], hi=rule["max_age"]))
    elif "min_age" in rule:
        conditions.append(translate("Finder", "ab {lo} Jahren").format(lo=rule["min_age"]))
    elif "max_age" in rule:
        conditions.append(translate("Finder", "bis {hi} Jahre").format(hi=rule["max_age"]))
    if "paragraph" in rule:
        conditions.append(translate("Finder", "Aufenthaltserlaubnis nach {paragraph}").format(
            paragraph=rule["paragraph"]))
    if "suspended_within_months" in rule:
        conditions.append(translate("Finder", "Abschiebung seit weniger als {months} Monaten ausgesetzt").format(
            months=rule["suspended_within_months"]))
    domain = rule["legal_domain"]
    if domain == "—":
        domain = translate("Finder", "ohne Rechtsanspruch (freie Träger)")
    text = translate("Finder", "{need} → {domain}").format(need=category, domain=domain)
    if conditions:
        text += translate("Finder", ", weil: {conditions}").format(conditions=", ".join(conditions))
    if rule.get("basis"):
        text += f" ({rule['basis']})"
    if rule.get("note") in _notes():
        text += "; " + _notes()[rule["note"]]
    if rule.get("check") in _checks():
        text += " – " + _checks()[rule["check"]]
    return text


def _pick(agencies: Iterable[AgencyInfo], kinds: list[str], domain: str | None,
          municipality: str | None) -> tuple[AgencyInfo | None, bool]:
    """The first kind with an agency of ``domain`` (any domain when None or "—"), local ones first."""
    pool = list(agencies)
    for kind in kinds:
        of_kind = [a for a in pool if a.kind == kind and (domain in (None, "—") or a.legal_domain == domain)]
        if not of_kind:
            continue
        local = [a for a in of_kind if municipality and municipality in a.municipalities]
        if local:
            return sorted(local, key=lambda a: (len(a.municipalities), a.name))[0], True
        return sorted(of_kind, key=lambda a: (-len(a.municipalities), a.name))[0], not municipality
    return None, False


def propose(agencies: Iterable[AgencyInfo], category: str, *, municipality: str | None = None,
            age: int | None = None, residence_status: str | None = None, residence_paragraph: str | None = None,
            suspended_since: date | None = None, today: date | None = None) -> Proposal | None:
    """The responsible agency for ``category`` by the first matching rule, or None."""
    if not category or not category.strip():
        return None
    facts = Facts(status_groups(residence_status), age, municipality, residence_paragraph, suspended_since, today)
    for rule in rules()["rules"]:
        if _matches(rule, category, facts):
            domain = None if rule.get("any_agency_domain") else rule["legal_domain"]
            agency, local = _pick(agencies, rule["agency_kinds"], domain, municipality)
            return Proposal(agency.id if agency else None, agency.name if agency else "", rule["legal_domain"],
                            rule.get("basis", ""), _explain(rule, category.strip()), local,
                            _checks().get(rule.get("check", ""), ""))
    return None


def load_agencies(store: Store) -> list[AgencyInfo]:
    with store.session(write=False) as s:
        return [AgencyInfo(a.id, a.name, a.kind or "", a.legal_domain or "", tuple(a.municipalities or ()))
                for a in s.scalars(select(Agency).where(Agency.deleted.is_(False)))]


def propose_for_client(store: Store, client_id: str, category: str, *, today: date | None = None) -> Proposal | None:
    with store.session(write=False) as s:
        client = s.get(Client, client_id)
        if client is None:
            return None
        facts = {"municipality": client.municipality, "residence_status": client.residence_status,
                 "residence_paragraph": client.residence_paragraph, "suspended_since": client.suspended_since}
        born = client.birth_date
    today = today or date.today()
    return propose(load_agencies(store), category, age=partial_date.age_on(born, today), today=today, **facts)


def need_categories() -> list[str]:
    return catalogue.need_categories()
