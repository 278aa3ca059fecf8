"""The responsibility finder: which agency is likely responsible for a need of a person.

The rules are data (``resources/catalogue/responsibility_rules.json``): a need category,
optional conditions on residence status (by group), age and municipality, and the legal
domain and agency kinds that follow. The first matching rule wins; the agency is the first
of those kinds in the (team-editable) catalogue that serves the person's municipality. A
proposal is only a suggestion: the counsellor confirms it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from kimdesk.i18n import translate
from kimdesk.models import Agency, Client, partial_date
from kimdesk.services import catalogue
from kimdesk.store.store import Store


@dataclass(frozen=True)
class Proposal:
    agency_id: str | None
    agency_name: str
    legal_domain: str
    basis: str
    explanation: str
    serves_municipality: bool


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


def _matches(rule: dict[str, Any], category: str, groups: set[str], age: int | None,
             municipality: str | None) -> bool:
    if rule["need"].lower() != category.strip().lower():
        return False
    if "status_group" in rule and rule["status_group"] not in groups:
        return False
    if "min_age" in rule and (age is None or age < rule["min_age"]):
        return False
    if "max_age" in rule and (age is None or age > rule["max_age"]):
        return False
    return not ("municipalities" in rule and municipality not in rule["municipalities"])


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
    domain = rule["legal_domain"]
    if domain == "—":
        domain = translate("Finder", "ohne Rechtsanspruch (freie Träger)")
    text = translate("Finder", "{need} → {domain}").format(need=category, domain=domain)
    if conditions:
        text += translate("Finder", ", weil: {conditions}").format(conditions=", ".join(conditions))
    if rule.get("basis"):
        text += f" ({rule['basis']})"
    return text


def _pick(agencies: Iterable[AgencyInfo], kinds: list[str], domain: str,
          municipality: str | None) -> tuple[AgencyInfo | None, bool]:
    pool = list(agencies)
    for kind in kinds:
        of_kind = [a for a in pool if a.kind == kind and (a.legal_domain == domain or domain == "—")]
        if not of_kind:
            continue
        local = [a for a in of_kind if municipality and municipality in a.municipalities]
        if local:
            return sorted(local, key=lambda a: (len(a.municipalities), a.name))[0], True
        return sorted(of_kind, key=lambda a: (-len(a.municipalities), a.name))[0], not municipality
    return None, False


def propose(agencies: Iterable[AgencyInfo], category: str, *, municipality: str | None = None,
            age: int | None = None, residence_status: str | None = None) -> Proposal | None:
    """The responsible agency for ``category`` by the first matching rule, or None."""
    if not category or not category.strip():
        return None
    groups = status_groups(residence_status)
    for rule in rules()["rules"]:
        if _matches(rule, category, groups, age, municipality):
            agency, local = _pick(agencies, rule["agency_kinds"], rule["legal_domain"], municipality)
            return Proposal(agency.id if agency else None, agency.name if agency else "", rule["legal_domain"],
                            rule.get("basis", ""), _explain(rule, category.strip()), local)
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
        municipality, status, born = client.municipality, client.residence_status, client.birth_date
    return propose(load_agencies(store), category, municipality=municipality,
                   age=partial_date.age_on(born, today or date.today()), residence_status=status)


def need_categories() -> list[str]:
    return catalogue.need_categories()
