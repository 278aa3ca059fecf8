"""Who gets which copy: ONE disclosure rule for minutes, *Verteiler*, hand-outs and exports.

Input is plain data — a document in the exchange format (a conference, a client, or a whole
export) — so every renderer can run it before it prints, without a database. For each
recipient the filter answers with a copy, or a refusal with one sentence the app shows:

* An office (``agency_id`` set) receives a copy only when every person the document is about
  has a valid release from confidentiality covering that office on the day (withdrawn or
  expired releases allow nothing, see ``consents``).
* Within the copy, ``verdict`` decides for every item (an agenda item with its notes and
  decisions, a need, a counselling contact: any object carrying ``data_kind``, ``health``,
  ``source`` or the mark) whether it is in the office's copy and, if not, why:
  ``kinds`` — the release does not cover the item's kind of data (§ 67b SGB X; an item
  without a kind needs a release without limits to kinds); ``health`` — health data, or
  content from a doctor or therapist, without a release covering health data (Art. 9 GDPR,
  § 76 SGB X); ``mark`` — marked "nicht für die Ausländerbehörde" and the office is of the
  residence-law domain (§ 88 AufenthG). The same rule holds for every office.
* A recipient without an office (the person, the team) gets the full document.

A distribution list (*Verteiler*) is ``copies_for(document, recipients, …)``: one copy per
recipient, so minutes print per recipient where needed.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kimdesk.i18n import translate
from kimdesk.services.releases import consents as consent_rules
from kimdesk.services.releases.content_marks import MARK, MEDICAL_SOURCES

ITEM_KEYS = frozenset({"data_kind", "health", "source", MARK})
REASONS = ("mark", "health", "kinds")  # the order in which a withheld item's reason is named


@dataclass(frozen=True)
class Recipient:
    name: str
    agency_id: str | None = None
    is_immigration_office: bool = False
    person: str | None = None  # a person or function at the office

    @classmethod
    def from_agency(cls, agency: Mapping[str, Any], person: str | None = None) -> Recipient:
        """From an exchange-format agency dict (or any mapping with the same keys)."""
        return cls(agency["name"], agency["id"], bool(agency.get("is_immigration_office")), person)


@dataclass(frozen=True)
class Copy:
    recipient: Recipient
    allowed: bool
    document: dict[str, Any] | None  # the filtered copy; None when refused
    removed: int  # items left out
    explanation: str | None  # one sentence for the app (why refused, or what was left out)
    withheld: tuple[tuple[str | None, str], ...] = ()  # (item id, reason) of every item left out
    oral_health: bool = False  # the copy relies on an oral release covering health data


@dataclass(frozen=True)
class Verdict:
    """Is the item in the office's copy; if not, why (``mark``, ``health`` or ``kinds``)."""

    included: bool
    reason: str | None = None


def is_item(obj: Any) -> bool:
    """An object the rule decides on: it says what kind of data it holds, or where it came from."""
    return isinstance(obj, Mapping) and bool(ITEM_KEYS & set(obj))


def health_bearing(item: Mapping[str, Any]) -> bool:
    """Health data (Art. 9 GDPR), or content a doctor or therapist disclosed (§ 76 SGB X)."""
    return bool(item.get("health")) or item.get("source") in MEDICAL_SOURCES


def verdict(item: Mapping[str, Any], recipient: Recipient, releases: Mapping[str, list[Mapping[str, Any]]],
            on: date) -> Verdict:
    """THE rule: may ``recipient`` see ``item``, given each person's releases (client id -> rows)?

    Every person the document is about must have released the item's kind (and health data
    where the item bears it) to the office; a marked item stays out of the immigration office's copy.
    """
    if recipient.agency_id is None:
        return Verdict(True)
    if recipient.is_immigration_office and item.get(MARK) is True:
        return Verdict(False, "mark")
    health = health_bearing(item)
    kind = item.get("data_kind")
    kinds = [kind] if kind else ([] if health else list(consent_rules.DATA_KINDS))
    for mine in releases.values():  # a document about nobody (a network meeting) holds no one's social data
        result = consent_rules.check_all(mine, recipient.agency_id, on, kinds=kinds, health=health,
                                         person=recipient.person)
        if not result.allowed:
            return Verdict(False, "health" if result.code == "health" else "kinds")
    return Verdict(True)


def reason_text(reason: str, immigration_office: bool) -> str:
    """Why items are missing from a copy, with the norms (never "nie": the law has exceptions)."""
    if reason == "mark":
        return translate("Recipients", "als „nicht für die Ausländerbehörde“ gekennzeichnet; an die "
                                       "Ausländerbehörde nur in den gesetzlich geregelten Fällen "
                                       "(§ 71 Abs. 2 SGB X, § 88 AufenthG)")
    if reason == "health":
        if immigration_office:
            return translate("Recipients", "Gesundheitsdaten oder Angaben von Ärzt:innen/Therapeut:innen ohne "
                                           "Entbindung für Gesundheitsdaten (Art. 9 DSGVO, § 76 SGB X, "
                                           "§ 88 Abs. 2 AufenthG)")
        return translate("Recipients", "Gesundheitsdaten oder Angaben von Ärzt:innen/Therapeut:innen ohne "
                                       "Entbindung für Gesundheitsdaten (Art. 9 DSGVO, § 76 SGB X)")
    return translate("Recipients", "nicht von der Schweigepflichtentbindung umfasst (§ 67b SGB X)")


def oral_health_release(releases: Mapping[str, list[Mapping[str, Any]]], recipient: Recipient, on: date) -> bool:
    """Does the office's health release rest on an oral one (then every copy says so)?"""
    for mine in releases.values():
        result = consent_rules.check_all(mine, recipient.agency_id, on, health=True, person=recipient.person)
        if result.allowed:
            row = next((c for c in mine if c.get("id") == result.consent_id), None)
            if row is not None and row.get("form") == "oral":
                return True
    return False


def _filtered(value: Any, refuse: Any, withheld: list[tuple[str | None, str]]) -> Any:
    """A deep copy without the objects ``refuse`` gives a reason for (ids and reasons go to ``withheld``)."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            why = refuse(item)
            if why:
                withheld.append((item.get("id"), why))
                continue
            out[key] = _filtered(item, refuse, withheld)
        return out
    if isinstance(value, list):
        items = []
        for item in value:
            why = refuse(item)
            if why:
                withheld.append((item.get("id"), why))
                continue
            items.append(_filtered(item, refuse, withheld))
        return items
    return copy.deepcopy(value)


def strip_marked(value: Any, *, medical: bool = False) -> tuple[Any, int]:
    """A deep copy without any object marked not for the immigration office, and how many went.

    With ``medical`` also content whose source is a doctor or therapist goes.
    """
    def drop(obj: Any) -> str | None:
        return "mark" if isinstance(obj, dict) and (
            obj.get(MARK) is True or (medical and obj.get("source") in MEDICAL_SOURCES)) else None

    withheld: list[tuple[str | None, str]] = []
    out = _filtered(value, drop, withheld)
    return out, len(withheld)


def client_ids_of(document: Mapping[str, Any]) -> list[str]:
    """The people a document is about: a conference's ``client_ids``, an export's clients, or a client."""
    if "client_ids" in document:
        return list(document["client_ids"])
    if "clients" in document:
        return [c["id"] for c in document["clients"]]
    if "needs" in document or "given_name" in document:
        return [document["id"]]
    return []


def copy_for(document: Mapping[str, Any], recipient: Recipient, consents: Iterable[Mapping[str, Any]], on: date, *,
             client_ids: list[str] | None = None, case_numbers: Mapping[str, str] | None = None,
             kinds: Iterable[str] = (), health: bool = False) -> Copy:
    """The copy of ``document`` for ``recipient`` on day ``on`` (or a refusal with its reason).

    ``kinds``/``health`` are what the document as a whole needs released (beyond its items).
    """
    if recipient.agency_id is None:
        return Copy(recipient, True, copy.deepcopy(dict(document)), 0, None)
    people = client_ids if client_ids is not None else client_ids_of(document)
    all_consents = list(consents)
    releases = {cid: [c for c in all_consents if c.get("client_id") == cid] for cid in people}
    for cid, mine in releases.items():
        result = consent_rules.check_all(mine, recipient.agency_id, on, kinds=kinds, health=health,
                                         person=recipient.person)
        if not result.allowed:
            number = (case_numbers or {}).get(cid)
            who = (translate("Recipients", "Fall {number}").format(number=number) if number
                   else translate("Recipients", "eine Person der Unterlage"))
            sentence = translate("Recipients", "Keine Kopie für {recipient}: Für {who} fehlt eine gültige "
                                               "Schweigepflichtentbindung gegenüber dieser Stelle ({detail})."
                                 ).format(recipient=recipient.name, who=who, detail=_detail(result))
            return Copy(recipient, False, None, 0, sentence)

    def refuse(obj: Any) -> str | None:
        return verdict(obj, recipient, releases, on).reason if is_item(obj) else None

    withheld: list[tuple[str | None, str]] = []
    filtered = _filtered(dict(document), refuse, withheld)
    sentence = None
    if withheld:
        reasons = [r for r in REASONS if any(w[1] == r for w in withheld)]
        text = (translate("Recipients", "In der Ausfertigung für {recipient} fehlt ein Inhalt: {reasons}.")
                if len(withheld) == 1 else
                translate("Recipients", "In der Ausfertigung für {recipient} fehlen {n} Inhalte: {reasons}."))
        sentence = text.format(recipient=recipient.name, n=len(withheld),
                               reasons="; ".join(reason_text(r, recipient.is_immigration_office) for r in reasons))
    oral = bool(releases) and oral_health_release(releases, recipient, on) and any(
        health_bearing(obj) for obj in _items(filtered))
    return Copy(recipient, True, filtered, len(withheld), sentence, tuple(withheld), oral)


def _items(value: Any) -> Iterable[Mapping[str, Any]]:
    if isinstance(value, dict):
        if is_item(value):
            yield value
        for item in value.values():
            yield from _items(item)
    elif isinstance(value, list):
        for item in value:
            yield from _items(item)


def copies_for(document: Mapping[str, Any], recipients: Iterable[Recipient], consents: Iterable[Mapping[str, Any]],
               on: date, **kw: Any) -> list[Copy]:
    """One copy per recipient (the *Verteiler*)."""
    consents = list(consents)
    return [copy_for(document, r, consents, on, **kw) for r in recipients]


def _detail(result: consent_rules.Check) -> str:
    return consent_rules.detail(result)
