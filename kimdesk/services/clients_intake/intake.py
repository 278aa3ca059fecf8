"""The intake wizard (*Erstaufnahme*) as a Qt-free state machine.

Like Electrum's wizard, this module owns the data typed so far, the order of the steps and
every navigation decision; the Qt pages only render the current step and hand values back.
Values are kept exactly as typed, so a validation error never loses input, and checked as
they are typed (``set`` returns the message for that field). Leaving the personal-data step
runs the duplicate check; when it finds likely matches the next step shows them, and the
counsellor either opens an existing record or confirms that this is a new person. ``finish``
writes the person, household, needs (with the agency asked) and consents in one transaction.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate
from kimdesk.models import (
    Consent,
    HouseholdMember,
    Need,
    ResidenceRecord,
    Responsibility,
    ResponsibilityEvent,
    new_id,
    partial_date,
)
from kimdesk.services.casework import assessment
from kimdesk.services.clients_intake import clients, duplicates, finder
from kimdesk.services.releases import content_marks
from kimdesk.services.clients_intake import validation as v
from kimdesk.store.store import Store

STEPS = ("person", "duplicates", "household", "languages", "residence", "needs", "consents", "summary")
COLLECTIONS = ("members", "needs", "consents")
GENDERS = ("", "weiblich", "männlich", "divers")
CONSENT_FORMS = ("written", "electronic", "oral")


def step_title(step: str) -> str:
    return {
        "person": translate("Intake", "Person"),
        "duplicates": translate("Intake", "Schon bekannt?"),
        "household": translate("Intake", "Haushalt"),
        "languages": translate("Intake", "Sprachen"),
        "residence": translate("Intake", "Aufenthalt und Wohnort"),
        "needs": translate("Intake", "Bedarfe"),
        "consents": translate("Intake", "Einwilligungen"),
        "summary": translate("Intake", "Zusammenfassung"),
    }[step]


def _new_member() -> dict[str, Any]:
    return {"given_name": "", "family_name": "", "birth_date": "", "relation": "child"}


def _new_need() -> dict[str, Any]:
    return {"category": "", "description": "", "agency_id": None}


def _new_consent(today: date) -> dict[str, Any]:
    return {"agency_id": None, "recipient_person": "", "purpose": "", "covers_health": False,
            "form": "written", "given_on": today.strftime("%d.%m.%Y"), "expires_on": ""}


FIELDS_OF = {
    "person": ("given_name", "family_name", "native_name", "birth_date", "gender", "nationality", "phone", "email",
               "address"),
    "household": ("members",),
    "languages": ("languages", "interpreter_needed", "interpreter_language"),
    "residence": ("residence_status", "residence_paragraph", "residence_valid_until", "municipality", "case_manager"),
    "needs": ("needs",),
    "consents": ("consents",),
    "duplicates": (),
    "summary": (),
}


def _check(check: Callable[[], Any]) -> str | None:
    try:
        check()
    except ValidationError as exc:
        return str(exc)
    return None


@dataclass
class Outcome:
    """How the wizard ended: a new person, or the counsellor chose an existing record."""

    client_id: str
    created: bool


class IntakeWizard:
    def __init__(self, store: Store, *, today: date | None = None, case_manager: str = ""):
        self.store = store
        self.today = today or date.today()
        self.data: dict[str, Any] = {
            "given_name": "", "family_name": "", "native_name": "", "birth_date": "", "gender": "",
            "nationality": "", "phone": "", "email": "", "address": "",
            "members": [],
            "languages": [], "interpreter_needed": False, "interpreter_language": "",
            "residence_status": "", "residence_paragraph": "", "residence_valid_until": "", "municipality": "",
            "case_manager": case_manager,
            "needs": [], "consents": [],
        }
        self.current = "person"
        self._stack: list[str] = []
        self.matches: list[duplicates.Match] = []
        self._acknowledged: tuple | None = None
        self.outcome: Outcome | None = None
        self._agencies: list[finder.AgencyInfo] | None = None

    # -- editing ---------------------------------------------------------------------------
    def set(self, field: str, value: Any) -> str | None:
        """Keep ``value`` as typed; return what is wrong with it (or None)."""
        if field not in self.data or field in COLLECTIONS:
            raise KeyError(field)
        self.data[field] = value
        return self.field_error(field)

    def add_item(self, collection: str) -> int:
        items = self.data[collection]
        items.append({"members": _new_member, "needs": _new_need,
                      "consents": lambda: _new_consent(self.today)}[collection]())
        if collection == "members" and self.data["family_name"]:
            items[-1]["family_name"] = self.data["family_name"]
        return len(items) - 1

    def remove_item(self, collection: str, index: int) -> None:
        del self.data[collection][index]

    def set_item(self, collection: str, index: int, field: str, value: Any) -> str | None:
        item = self.data[collection][index]
        if field not in item:
            raise KeyError(field)
        item[field] = value
        return self.item_error(collection, index, field)

    # -- checks ----------------------------------------------------------------------------
    def field_error(self, field: str) -> str | None:
        d = self.data
        value = d[field]
        if field in ("given_name", "family_name"):
            if not (d["given_name"].strip() or d["family_name"].strip()):
                return translate("Validation", "Bitte mindestens Vor- oder Familiennamen angeben.")
            return _check(lambda: v.name(value, field))
        if field == "birth_date":
            return _check(lambda: v.birth_date(value, today=self.today))
        if field == "interpreter_language":
            if d["interpreter_needed"] and not str(value).strip():
                return translate("Intake", "Für welche Sprache wird gedolmetscht?")
            return _check(lambda: v.text(value, field, max_len=100))
        if field in ("languages", "interpreter_needed", "members", "needs", "consents"):
            return None
        if field == "gender":
            return None if value in GENDERS else translate("Intake", "Bitte eine der angebotenen Angaben wählen.")
        return _check(lambda: clients.CLIENT_FIELDS[field](value))

    def item_error(self, collection: str, index: int, field: str) -> str | None:
        item = self.data[collection][index]
        value = item[field]
        if collection == "members":
            if field in ("given_name", "family_name"):
                if not (item["given_name"].strip() or item["family_name"].strip()):
                    return translate("Validation", "Bitte mindestens Vor- oder Familiennamen angeben.")
                return _check(lambda: v.name(value, field))
            if field == "birth_date":
                return _check(lambda: v.birth_date(value, today=self.today))
            return _check(lambda: v.text(value, field, max_len=50))
        if collection == "needs":
            if field == "category":
                return None if str(value).strip() else translate("Intake", "Bitte angeben, worum es geht.")
            if field == "description":
                return _check(lambda: v.text(value, field, max_len=v.TEXT_MAX))
            return None
        if field == "agency_id":
            return None if value else translate("Intake", "Bitte die Stelle wählen, die die Einwilligung erhält.")
        if field in ("given_on", "expires_on"):
            err = _check(lambda: v.day(value, field, required=field == "given_on"))
            if err or field == "given_on":
                return err
            given, until = _day(item["given_on"]), _day(value)
            if given and until and until < given:
                return translate("Intake", "Das Ende liegt vor dem Datum der Einwilligung.")
            return None
        if field == "form":
            return None if value in CONSENT_FORMS else translate("Intake", "Bitte eine der angebotenen Angaben wählen.")
        if field == "covers_health":
            return None
        return _check(lambda: v.text(value, field, max_len=2000))

    def errors(self, step: str | None = None) -> dict[str, str]:
        """Messages by field (``needs.0.category`` for rows) for ``step`` (default: current)."""
        found: dict[str, str] = {}
        for field in FIELDS_OF[step or self.current]:
            if field in COLLECTIONS:
                for i, item in enumerate(self.data[field]):
                    for key in item:
                        if msg := self.item_error(field, i, key):
                            found[f"{field}.{i}.{key}"] = msg
            elif msg := self.field_error(field):
                found[field] = msg
        return found

    # -- navigation ------------------------------------------------------------------------
    def _fingerprint(self) -> tuple:
        d = self.data
        return (d["given_name"].strip().lower(), d["family_name"].strip().lower(), d["birth_date"].strip())

    def _resolve_next(self) -> str:
        if self.current == "person":
            born = self.data["birth_date"].strip()
            self.matches = duplicates.find(self.store, self.data["given_name"], self.data["family_name"],
                                           partial_date.parse(born) if born else None)
            if self.matches and self._acknowledged != self._fingerprint():
                return "duplicates"
            return "household"
        if self.current == "duplicates":
            self._acknowledged = self._fingerprint()
            return "household"
        return STEPS[STEPS.index(self.current) + 1]

    def next(self) -> str:
        """Go on if the current step is valid; otherwise raise (nothing typed is lost)."""
        problems = self.errors()
        if problems:
            field, message = next(iter(problems.items()))
            raise ValidationError(message, field)
        if self.is_last():
            raise ValidationError(translate("Intake", "Das ist der letzte Schritt."), None)
        following = self._resolve_next()
        self._stack.append(self.current)
        self.current = following
        return following

    def back(self) -> str:
        if self._stack:
            self.current = self._stack.pop()
        return self.current

    def can_go_back(self) -> bool:
        return bool(self._stack)

    def is_last(self) -> bool:
        return self.current == "summary"

    def visible_steps(self) -> list[str]:
        """Steps to show in a progress list: the duplicate step only when it is part of the way."""
        return [s for s in STEPS if s != "duplicates" or self.current == "duplicates" or "duplicates" in self._stack]

    # -- help for the pages ----------------------------------------------------------------
    def age(self) -> int | None:
        try:
            born = partial_date.parse(self.data["birth_date"])
        except ValidationError:
            return None
        return partial_date.age_on(born, self.today)

    def use_agencies(self, agencies: list[finder.AgencyInfo]) -> None:
        """The offices the finder chooses from, read beforehand (the screen reads them off its thread)."""
        self._agencies = list(agencies)

    def proposal(self, index: int, *, read: bool = True) -> finder.Proposal | None:
        """The responsibility finder's suggestion for need row ``index`` (``None`` with ``read=False``
        while the offices are not known yet)."""
        if self._agencies is None:
            if not read:
                return None
            self._agencies = finder.load_agencies(self.store)
        return finder.propose(self._agencies, self.data["needs"][index]["category"],
                              municipality=self.data["municipality"].strip() or None, age=self.age(),
                              residence_status=self.data["residence_status"].strip() or None,
                              residence_paragraph=self.data["residence_paragraph"].strip() or None, today=self.today)

    def snapshot(self) -> dict[str, Any]:
        """Everything typed so far and where the wizard stands (kept in memory across a lock)."""
        return {"data": copy.deepcopy(self.data), "current": self.current, "stack": list(self._stack),
                "acknowledged": self._acknowledged}

    def restore(self, snap: dict[str, Any]) -> None:
        self.data = copy.deepcopy(snap["data"])
        self.current, self._stack, self._acknowledged = snap["current"], list(snap["stack"]), snap["acknowledged"]

    # -- the end ---------------------------------------------------------------------------
    def open_existing(self, client_id: str) -> Outcome:
        self.outcome = Outcome(client_id, created=False)
        return self.outcome

    def finish(self) -> Outcome:
        """Write everything in one transaction; any invalid step stops it with its message."""
        for step in STEPS:
            problems = self.errors(step)
            if problems:
                field, message = next(iter(problems.items()))
                raise ValidationError(message, field)
        client_id = create(self.store, self.data, today=self.today)
        self.outcome = Outcome(client_id, created=True)
        return self.outcome


def _day(text: Any) -> date | None:
    try:
        return v.day(text, "date")
    except ValidationError:
        return None


def _none_if_blank(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def create(store: Store, data: dict[str, Any], *, today: date | None = None) -> str:
    """The person, the household, the needs (with the agency asked) and the consents, at once."""
    day = today or date.today()
    person = {k: _none_if_blank(data[k]) for k in FIELDS_OF["person"] + FIELDS_OF["residence"]}
    person["languages"] = list(data["languages"])
    person["interpreter_needed"] = bool(data["interpreter_needed"])
    wanted = data["interpreter_needed"]
    person["interpreter_language"] = _none_if_blank(data["interpreter_language"]) if wanted else None
    household_id = new_id() if data["members"] else None
    if household_id:
        person["household_id"] = household_id
    with store.session() as s:
        client = clients.add_client(s, person)
        if client.residence_status:  # the residence history starts with what the intake learnt
            s.add(ResidenceRecord(id=new_id(), client_id=client.id, status=client.residence_status,
                                  paragraph=client.residence_paragraph, valid_from=day,
                                  valid_until=client.residence_valid_until))
            assessment.note_suspension(client, client.residence_status, day)
        for m in data["members"]:
            fields = clients.clean({k: _none_if_blank(m[k]) for k in ("given_name", "family_name", "birth_date",
                                                                    "relation")}, clients.MEMBER_FIELDS)
            s.add(HouseholdMember(id=new_id(), client_id=client.id, **fields))
        for n in data["needs"]:
            category = v.text(n["category"], "category", required=True)
            need = Need(id=new_id(), client_id=client.id, category=category,
                        description=v.text(n["description"], "description", max_len=v.TEXT_MAX), opened_on=day,
                        **content_marks.fill_defaults({}, category))
            s.add(need)
            if n.get("agency_id"):
                resp = Responsibility(id=new_id(), need_id=need.id, agency_id=n["agency_id"], status="requested",
                                      requested_on=day)
                s.add(resp)
                s.add(ResponsibilityEvent(id=new_id(), need_id=need.id, responsibility_id=resp.id,
                                          agency_id=n["agency_id"], status="requested", on=day))
        for c in data["consents"]:
            s.add(Consent(id=new_id(), client_id=client.id, agency_id=c["agency_id"],
                          recipient_person=v.text(c["recipient_person"], "recipient_person", max_len=200),
                          purpose=v.text(c["purpose"], "purpose", max_len=2000), covers_health=bool(c["covers_health"]),
                          form=c["form"], given_on=v.day(c["given_on"], "given_on", required=True),
                          expires_on=v.day(c["expires_on"], "expires_on")))
        return client.id
