"""Releases from confidentiality (*Schweigepflichtentbindung*, § 67b SGB X) and what they allow.

One question, asked by conference participation, hand-outs and exports alike: *may office
X (optionally person or function Y) receive data of kinds K about person P on day D?* A
release names its recipient office (and optionally a person or function), the kinds of data
(health data, Art. 9 GDPR, only when ``covers_health``; an empty kind list means every kind
but health), purpose, form, date, optional end and withdrawal. Once withdrawn (on or after
its withdrawal date) or expired (after its end) it allows nothing — the check reads the
stored rows every time, so a withdrawal takes effect at once.

The logic works on plain mappings (ORM rows or exchange-format dicts), so renderers that
only hold exported data can use it too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Agency, Conference, ConferenceClient, Consent, Participant, new_id
from kimdesk.services.clients_intake import clients as client_service
from kimdesk.services.clients_intake import validation as v
from kimdesk.services.clients_intake.edits import Edit, recording
from kimdesk.store.store import Store

DATA_KINDS = ("identity", "residence", "benefits", "work", "school", "housing", "family")
FORMS = ("written", "electronic", "oral")
GIVEN_BY = ("person", "guardian")
# the order in which a refusal is explained: the most specific reason wins
_RANK = {"ok": 0, "person": 1, "kinds": 2, "health": 3, "not_yet": 4, "expired": 5, "revoked": 6, "none": 7}


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


@dataclass(frozen=True)
class Check:
    """The answer: allowed or not, the release it rests on, and why (a code and a date)."""

    allowed: bool
    code: str  # ok / none / revoked / expired / not_yet / health / kinds / person
    consent_id: str | None = None
    on: date | None = None

    def reason(self, recipient: str) -> str:
        """One sentence for the app."""
        day = self.on.strftime("%d.%m.%Y") if self.on else ""
        texts = {
            "ok": translate("Consent", "Die Schweigepflichtentbindung vom {date} umfasst {recipient}."),
            "none": translate("Consent", "Für {recipient} liegt keine Schweigepflichtentbindung vor."),
            "revoked": translate("Consent", "Die Schweigepflichtentbindung für {recipient} wurde am {date} widerrufen."),
            "expired": translate("Consent", "Die Schweigepflichtentbindung für {recipient} ist am {date} abgelaufen."),
            "not_yet": translate("Consent", "Die Schweigepflichtentbindung für {recipient} gilt erst ab {date}."),
            "health": translate("Consent", "Die Schweigepflichtentbindung für {recipient} umfasst keine Gesundheitsdaten."),
            "kinds": translate("Consent", "Die Schweigepflichtentbindung für {recipient} umfasst diese Daten nicht."),
            "person": translate("Consent", "Die Schweigepflichtentbindung gilt nur für eine bestimmte Person bei "
                                           "{recipient}."),
        }
        return texts[self.code].format(recipient=recipient, date=day)


def _field(consent: Any, key: str, default: Any = None) -> Any:
    if isinstance(consent, Mapping):
        return consent.get(key, default)
    return getattr(consent, key, default)


def check_one(consent: Any, agency_id: str | None, day: date, *, kinds: Iterable[str] = (), health: bool = False,
              person: str | Iterable[str] | None = None) -> Check:
    """Does this one release allow it? ``consent`` is an ORM row or an exchange-format dict.

    ``person`` names the receiving person or function (or several ways to name them); a
    release restricted to a person allows only when one of them matches it.
    """
    cid = _field(consent, "id")
    if _field(consent, "deleted", False) or _field(consent, "agency_id") != agency_id:
        return Check(False, "none")
    given, expires, revoked = (_day(_field(consent, k)) for k in ("given_on", "expires_on", "revoked_on"))
    if revoked is not None and revoked <= day:
        return Check(False, "revoked", cid, revoked)
    if given is None:
        return Check(False, "none", cid)
    if given > day:
        return Check(False, "not_yet", cid, given)
    if expires is not None and expires < day:
        return Check(False, "expired", cid, expires)
    if health and not _field(consent, "covers_health", False):
        return Check(False, "health", cid)
    granted = set(_field(consent, "data_kinds") or [])
    if granted and not set(kinds) <= granted:
        return Check(False, "kinds", cid)
    named = (_field(consent, "recipient_person") or "").strip().casefold()
    asked = [person] if isinstance(person, str) or person is None else list(person)
    if named and named not in {(p or "").strip().casefold() for p in asked}:
        return Check(False, "person", cid)
    return Check(True, "ok", cid, given)


def check_all(consents: Iterable[Any], agency_id: str | None, day: date, **kw: Any) -> Check:
    """The best answer over several releases of one person: allowed if any one allows it."""
    best = Check(False, "none")
    for consent in consents:
        result = check_one(consent, agency_id, day, **kw)
        if result.allowed:
            return result
        if _RANK[result.code] < _RANK[best.code]:
            best = result
    return best


def may_receive(conn: Connection, client_id: str, agency_id: str, day: date | None = None, *,
                kinds: Iterable[str] = (), health: bool = False, person: str | Iterable[str] | None = None) -> Check:
    """May the office ``agency_id`` (person ``person``) receive these data about the person on ``day``?"""
    t = Consent.__table__
    rows = conn.execute(select(t).where(t.c.client_id == client_id, t.c.agency_id == agency_id,
                                        t.c.deleted.is_(False))).all()
    return check_all([r._mapping for r in rows], agency_id, day or date.today(), kinds=kinds, health=health,
                     person=person)


# -- writing ------------------------------------------------------------------------------
CONSENT_FIELDS = {
    "agency_id": lambda x: None if x is None else v.uuid_str(x, "agency_id"),
    "recipient_person": lambda x: v.text(x, "recipient_person", max_len=200),
    "purpose": lambda x: v.text(x, "purpose", max_len=5000),
    "covers_health": lambda x: bool(x),
    "data_kinds": lambda x: [v.choice(k, "data_kinds", DATA_KINDS) for k in (x or [])],
    "form": lambda x: v.choice(x, "form", FORMS),
    "given_by": lambda x: None if x is None else v.choice(x, "given_by", GIVEN_BY),
    "given_on": lambda x: v.day(x, "given_on"),
    "expires_on": lambda x: v.day(x, "expires_on"),
    "revoked_on": lambda x: v.day(x, "revoked_on"),
    "oral_reason": lambda x: v.text(x, "oral_reason", max_len=2000),
}


def kind_label(kind: str) -> str:
    """The kinds of data a release may cover (health data is asked separately: ``covers_health``)."""
    return {"identity": translate("Consents", "Angaben zur Person"), "residence": translate("Consents", "Aufenthalt"),
            "benefits": translate("Consents", "Leistungen"), "work": translate("Consents", "Arbeit und Ausbildung"),
            "school": translate("Consents", "Schule und Sprache"), "housing": translate("Consents", "Wohnen"),
            "family": translate("Consents", "Familie und Haushalt")}.get(kind, kind)


def form_label(form: str) -> str:
    return {"written": translate("Consents", "schriftlich"), "electronic": translate("Consents", "elektronisch"),
            "oral": translate("Consents", "mündlich (dokumentiert)")}.get(form, form)


def add_consent(store: Store, client_id: str, fields: Mapping[str, Any]) -> Edit:
    """Record a release (undoable); ``edit.result`` is its id. Defaults: today, written."""
    data = client_service.clean({"given_on": date.today(), "form": "written"} | dict(fields), CONSENT_FIELDS)
    if data.get("agency_id") is None:
        raise ValidationError(translate("Consent", "Bitte die Stelle angeben, für die die Entbindung gilt."), "agency_id")
    if data.get("given_on") is None:
        raise ValidationError(translate("Consent", "Bitte das Datum der Erteilung angeben."), "given_on")
    if data.get("expires_on") and data["expires_on"] < data["given_on"]:
        raise ValidationError(translate("Consent", "Das Ende liegt vor der Erteilung."), "expires_on")
    if data.get("form") == "oral" and data.get("covers_health") and not (data.get("oral_reason") or "").strip():
        # health data: written or electronic unless special circumstances justify another form (§ 67b Abs. 2 S. 2 SGB X)
        raise ValidationError(translate("Consent", "Eine mündliche Entbindung für Gesundheitsdaten braucht die "
                                                   "vermerkten besonderen Umstände."), "oral_reason")
    with recording(store, translate("Consents", "Einwilligung erfassen")) as (session, edit):
        client = client_service.get(session, client_id)
        agency = session.get(Agency, data["agency_id"])
        if agency is None or agency.deleted:
            raise NotFound(translate("Consent", "Keine Stelle mit der Kennung {id}.").format(id=data["agency_id"]))
        row = Consent(id=new_id(), client_id=client.id, **data)
        session.add(row)
        edit.result = row.id
    return edit


def revoke(store: Store, consent_id: str, on: date | None = None) -> Edit:
    """Withdrawal takes effect on ``on`` (default today): from then on the release allows nothing."""
    with recording(store, translate("Consents", "Widerruf erfassen")) as (session, edit):
        row = session.get(Consent, consent_id)
        if row is None or row.deleted:
            raise NotFound(translate("Consent", "Keine Schweigepflichtentbindung mit der Kennung {id}.").format(
                id=consent_id))
        row.revoked_on = on or date.today()
    return edit


# -- why a release is missing, in a few words -------------------------------------------------
def detail(result: Check) -> str:
    """The gap in a few words for tables and messages: "widerrufen am 02.06.2025", "keine erteilt"."""
    day = result.on.strftime("%d.%m.%Y") if result.on else ""
    return {
        "ok": "",
        "none": translate("Consent", "keine erteilt"),
        "revoked": translate("Consent", "widerrufen am {date}"),
        "expired": translate("Consent", "abgelaufen am {date}"),
        "not_yet": translate("Consent", "erst ab {date}"),
        "health": translate("Consent", "ohne Gesundheitsdaten"),
        "kinds": translate("Consent", "nicht für diese Daten"),
        "person": translate("Consent", "nur für eine bestimmte Person"),
    }.get(result.code, result.code).format(date=day)


# -- conference participation ---------------------------------------------------------------
VALID, MISSING, NOT_NEEDED = "valid", "missing", "not_needed"
# what is asked about one participant: the office alone, or the office and how the person is named
Ask = str | None | tuple[str | None, tuple[str, ...]]


@dataclass(frozen=True)
class ConsentState:
    """A participant's release on the conference date: valid (until when), missing (why) or not needed."""

    state: str
    until: date | None = None  # the earliest end among the persons' valid releases
    detail: str = ""  # why it is missing: "abgelaufen am …", "widerrufen am …"
    code: str = ""  # the code of the first refusal (see ``Check``)

    @property
    def missing(self) -> bool:
        return self.state == MISSING


@dataclass(frozen=True)
class Person:
    """A person of the conference: the id, and the case number used in messages."""

    client_id: str
    case_number: str


def ask(agency_id: str | None, *names: str | None) -> Ask:
    """What to check for a participant: the office, and the name/function a release may be limited to."""
    named = tuple(n for n in names if n)
    return (agency_id, named) if named else agency_id


def _split(item: Ask) -> tuple[str | None, tuple[str, ...]]:
    return item if isinstance(item, tuple) else (item, ())


def states(db: Any, persons: Sequence[Person], asks: Iterable[Ask], day: date) -> dict[Ask, ConsentState]:
    """The release state of each asked participant for these persons on ``day`` (one query).

    ``db`` is a session or a connection. Every person of the conference must have released
    the office; withdrawal and expiry count at once (a release withdrawn today already
    blocks a conference next week, since its withdrawal date lies before the meeting).
    """
    asks = list(dict.fromkeys(asks))
    wanted = {_split(a)[0] for a in asks} - {None}
    rows: list[Mapping[str, Any]] = []
    if wanted and persons:
        t = Consent.__table__
        rows = [r._mapping for r in db.execute(select(t).where(
            t.c.client_id.in_([p.client_id for p in persons]), t.c.agency_id.in_(wanted), t.c.deleted.is_(False)))]
    by_client: dict[str, list[Mapping[str, Any]]] = {}
    for r in rows:
        by_client.setdefault(r["client_id"], []).append(r)
    return {a: _state(by_client, persons, *_split(a), day) for a in asks}


def _state(by_client: Mapping[str, list[Mapping[str, Any]]], persons: Sequence[Person], agency_id: str | None,
           names: tuple[str, ...], day: date) -> ConsentState:
    if agency_id is None or not persons:
        return ConsentState(NOT_NEEDED)
    ends: list[date | None] = []
    reasons: list[str] = []
    first: Check | None = None
    for person in persons:
        mine = by_client.get(person.client_id, [])
        result = check_all(mine, agency_id, day, person=list(names) or None)
        if not result.allowed:
            first = first or result
            why = detail(result)
            reasons.append(f"{person.case_number}: {why}" if len(persons) > 1 else why)
            continue
        valid = [c for c in mine if check_one(c, agency_id, day, person=list(names) or None).allowed]
        limits = [_day(c["expires_on"]) for c in valid]
        ends.append(None if any(e is None for e in limits) else max(e for e in limits if e))
    if first is not None:
        return ConsentState(MISSING, None, "; ".join(reasons), first.code)
    return ConsentState(VALID, min((e for e in ends if e is not None), default=None))


def state(db: Any, persons: Sequence[Person], agency_id: str | None, day: date, *names: str | None) -> ConsentState:
    item = ask(agency_id, *names)
    return states(db, persons, [item], day)[item]


@dataclass(frozen=True)
class ParticipantCheck:
    participant_id: str
    agency_id: str | None
    allowed: bool
    overridden: bool
    refused_for: tuple[str, ...]  # client ids without a covering release
    reason: str


def participation(conn: Connection, conference_id: str) -> list[ParticipantCheck]:
    """For each participant: may the office take part, on the conference date, for every person?

    A participant without an office (the person, an interpreter, the case manager) needs no
    release. A recorded override reason (e.g. child protection, § 8a SGB VIII) is reported,
    not silently accepted.
    """
    conf = conn.execute(select(Conference.__table__).where(Conference.__table__.c.id == conference_id)).first()
    if conf is None:
        raise NotFound(translate("Consent", "Keine Fallkonferenz mit der Kennung {id}.").format(id=conference_id))
    cc, pt, ag = ConferenceClient.__table__, Participant.__table__, Agency.__table__
    persons = [Person(r.client_id, r.case_number or "") for r in conn.execute(select(cc.c.client_id, cc.c.case_number)
               .where(cc.c.conference_id == conference_id, cc.c.deleted.is_(False), cc.c.client_id.is_not(None))
               .order_by(cc.c.case_number, cc.c.id))]
    parts = conn.execute(select(pt).where(pt.c.conference_id == conference_id, pt.c.deleted.is_(False))
                         .order_by(pt.c.position, pt.c.id)).all()
    found = states(conn, persons, [ask(p.agency_id, p.name, p.function) for p in parts], conf.date)
    names = dict(conn.execute(select(ag.c.id, ag.c.name)).all())
    by_client: dict[str, list[Mapping[str, Any]]] = {}
    t = Consent.__table__
    for r in conn.execute(select(t).where(t.c.client_id.in_([p.client_id for p in persons]), t.c.deleted.is_(False))):
        by_client.setdefault(r.client_id, []).append(r._mapping)
    out = []
    for p in parts:
        result = found[ask(p.agency_id, p.name, p.function)]
        if not result.missing:
            out.append(ParticipantCheck(p.id, p.agency_id, True, False, (), ""))
            continue
        checks = {person.client_id: check_all(by_client.get(person.client_id, []), p.agency_id, conf.date,
                                              person=[x for x in (p.name, p.function) if x] or None)
                  for person in persons}
        refused = tuple(cid for cid, c in checks.items() if not c.allowed)
        reason = checks[refused[0]].reason(names.get(p.agency_id, "?"))
        override = bool((p.consent_override_reason or "").strip())
        if override:
            reason += " " + translate("Consent", "Teilnahme nur wegen des vermerkten Ausnahmegrundes.")
        out.append(ParticipantCheck(p.id, p.agency_id, override, override, refused, reason))
    return out
