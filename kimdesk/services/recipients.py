"""Who gets which copy: the recipient filter for minutes, hand-outs and exports.

Input is plain data — a document in the exchange format (a conference, a client, or a whole
export) — so every renderer can run it before it prints, without a database. For each
recipient the filter answers with a copy, or a refusal with one sentence the app shows:

* An office (``agency_id`` set) receives a copy only when every person the document is about
  has a valid release from confidentiality covering that office on the day (withdrawn or
  expired releases allow nothing, see ``consents``).
* An office of the residence-law domain (``is_immigration_office``, the Ausländerbehörde or
  BAMF) additionally never sees content marked "nicht für die Ausländerbehörde": every
  object in the document with ``not_for_immigration_office: true`` (a need, a counselling
  contact, an agenda item with its decisions and actions) is left out of its copy, and so
  is content whose ``source`` is a doctor or therapist (§ 203 StGB) unless the person's
  release for that office covers health data.
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
from kimdesk.services import consents as consent_rules
from kimdesk.services.content_marks import MARK, MEDICAL_SOURCES


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
    removed: int  # marked objects left out
    explanation: str | None  # one sentence for the app (why refused, or what was left out)


def _drop(obj: Any, medical: bool) -> bool:
    return isinstance(obj, dict) and (obj.get(MARK) is True or (medical and obj.get("source") in MEDICAL_SOURCES))


def strip_marked(value: Any, *, medical: bool = False) -> tuple[Any, int]:
    """A deep copy without any object marked not for the immigration office, and how many went.

    With ``medical`` also content whose source is a doctor or therapist goes, even when its
    mark was taken off (only a release covering health data lets such content through).
    """
    if isinstance(value, dict):
        out, removed = {}, 0
        for key, item in value.items():
            if _drop(item, medical):
                removed += 1
                continue
            out[key], n = strip_marked(item, medical=medical)
            removed += n
        return out, removed
    if isinstance(value, list):
        items, removed = [], 0
        for item in value:
            if _drop(item, medical):
                removed += 1
                continue
            kept, n = strip_marked(item, medical=medical)
            items.append(kept)
            removed += n
        return items, removed
    return copy.deepcopy(value), 0


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
    """The copy of ``document`` for ``recipient`` on day ``on`` (or a refusal with its reason)."""
    if recipient.agency_id is None:
        return Copy(recipient, True, copy.deepcopy(dict(document)), 0, None)
    people = client_ids if client_ids is not None else client_ids_of(document)
    all_consents = list(consents)
    for cid in people:
        mine = [c for c in all_consents if c.get("client_id") == cid]
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
    if not recipient.is_immigration_office:
        return Copy(recipient, True, copy.deepcopy(dict(document)), 0, None)
    health_released = all(consent_rules.check_all([c for c in all_consents if c.get("client_id") == cid],
                                                  recipient.agency_id, on, health=True,
                                                  person=recipient.person).allowed for cid in people)
    stripped, removed = strip_marked(dict(document), medical=not health_released)
    sentence = None
    if removed:
        sentence = translate("Recipients", "In der Kopie für {recipient} fehlen {n} als „nicht für die "
                                           "Ausländerbehörde“ markierte Inhalte, weil Angaben etwa von Ärzt:innen "
                                           "oder Therapeut:innen nicht an die Ausländerbehörde gehen dürfen "
                                           "(§ 203 StGB).").format(recipient=recipient.name, n=removed)
    return Copy(recipient, True, stripped, removed, sentence)


def copies_for(document: Mapping[str, Any], recipients: Iterable[Recipient], consents: Iterable[Mapping[str, Any]],
               on: date, **kw: Any) -> list[Copy]:
    """One copy per recipient (the *Verteiler*)."""
    consents = list(consents)
    return [copy_for(document, r, consents, on, **kw) for r in recipients]


def _detail(result: consent_rules.Check) -> str:
    return consent_rules.detail(result)
