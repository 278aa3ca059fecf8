"""Every field of a person's record, declared once: name, labels, type, check, exchange name, personal.

One field used to be spelled in eight places (form, validation, export, import, Art. 15
labels …). Now each entity below lists its fields once, and the users read them:
``services.validation`` / ``services.clients`` build the checks and the messages' labels,
``services.exchange_format`` the tables of the exchange format (docs/exchange-format.md),
``services.subject_access_fields`` what the Art. 15 export shows, and the forms (the record's
personal and household tabs, the intake wizard; ``ui.fields.registry_spec``) their labels,
maximum lengths and closed lists. Every column of a registered
model is either here or named in the entity's ``internal`` (``tests/test_field_registry.py``).

Labels are source texts marked for translation (``QT_TRANSLATE_NOOP``) and translated where
they are shown: ``label`` in the context "Fields" (forms, validation messages), ``art15`` in
the context "Art15" (the export for the person). The order of an entity's fields is the
order of the Art. 15 export and of the exchange format's objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from kimdesk.i18n import QT_TRANSLATE_NOOP
from kimdesk.models.appointment import Appointment
from kimdesk.models.base import Base
from kimdesk.models.client import BAMF_DECISIONS, Client, HouseholdMember
from kimdesk.models.consent import Consent
from kimdesk.models.contact import CounsellingContact
from kimdesk.models.need import Need


@dataclass(frozen=True)
class Field:
    name: str  # the model attribute (and stored column)
    # the exchange format's kind: uuid, str, text, pdate, date, time, bool, list, kind, kinds, bamf;
    # "?" = may be null (docs/exchange-format.md)
    type: str
    label: str | None = None  # "Fields": form and validation messages; None: the Art. 15 label is used
    art15: str | None = None  # "Art15": the export for the person; None: not shown there
    # how services.validation checks a typed value: name, text, phone, email, birth, day, choice,
    # uuid, languages, bool; "" = not typed by a user (set by the program)
    check: str = ""
    max_len: int | None = None
    # the closed list a form offers (stored values); validation holds a value to it only with check "choice"
    choices: tuple[str, ...] | None = None
    exchange: str | None = ""  # JSON name in the exchange format; "" = the name; None = not exchanged
    # how the Art. 15 export reads the value (services.subject_access_fields.SHOWN_AS): plain, birth,
    # agency, agencies, kinds, case_status, given_by, bamf_decision, need_status, source, data_kind,
    # contact_kind, consent_form
    shown_as: str = "plain"
    personal: bool = True  # about the person (so the Art. 15 export must show it), not only bookkeeping

    @property
    def json_name(self) -> str | None:
        return None if self.exchange is None else (self.exchange or self.name)

    @property
    def optional(self) -> bool:
        return self.type.endswith("?")


@dataclass(frozen=True)
class Entity:
    table: str
    model: type[Base]
    fields: tuple[Field, ...]
    # stored columns that are not fields of the record, with why
    internal: dict[str, str]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def exchange_table(self) -> list[tuple[str, str, str]]:
        """(JSON name, attribute, kind) of every exchanged field, as ``services.exchange_format`` reads them."""
        return [(f.json_name, f.name, f.type) for f in self.fields if f.json_name is not None]


# closed lists the forms offer; stored data from before (or an import) may hold other text, so
# validation checks these fields as text
GENDERS = ("weiblich", "männlich", "divers")
RELATIONS = ("child", "partner", "parent", "sibling", "other")

SYNCED = {"id": "the row's id (every object's \"id\" in the exchange format)",
          "deleted": "tombstone: a deleted row is kept for sync and left out everywhere"}
OWNER = {"client_id": "the person the row belongs to (the nesting of the exchange format)"}


def _marks() -> tuple[Field, ...]:
    """The content marks every piece of a person's story carries (services.content_marks)."""
    return (
        Field("source", "str?", art15=QT_TRANSLATE_NOOP("Art15", "Quelle"), shown_as="source"),
        Field("not_for_immigration_office", "bool",
              art15=QT_TRANSLATE_NOOP("Art15", "nicht für die Ausländerbehörde")),
        Field("data_kind", "kind?", art15=QT_TRANSLATE_NOOP("Art15", "Art der Daten"), shown_as="data_kind"),
        Field("health", "bool", art15=QT_TRANSLATE_NOOP("Art15", "Gesundheitsdaten")),
    )


CLIENT = Entity("client", Client, (
    Field("case_number", "str?", art15=QT_TRANSLATE_NOOP("Art15", "Aktenzeichen")),
    Field("given_name", "str?", QT_TRANSLATE_NOOP("Fields", "Vorname"), QT_TRANSLATE_NOOP("Art15", "Vorname"), "name"),
    Field("family_name", "str?", QT_TRANSLATE_NOOP("Fields", "Familienname"),
          QT_TRANSLATE_NOOP("Art15", "Familienname"), "name"),
    Field("native_name", "str?", QT_TRANSLATE_NOOP("Fields", "Name in eigener Schrift"),
          art15=QT_TRANSLATE_NOOP("Art15", "Name in eigener Schrift"), check="text",
          max_len=400),
    Field("birth_date", "pdate?", QT_TRANSLATE_NOOP("Fields", "Geburtsdatum"),
          QT_TRANSLATE_NOOP("Art15", "Geburtsdatum"), "birth", shown_as="birth"),
    Field("gender", "str?", QT_TRANSLATE_NOOP("Fields", "Geschlecht"), QT_TRANSLATE_NOOP("Art15", "Geschlecht"), "text",
          max_len=20, choices=GENDERS),
    Field("nationality", "str?", QT_TRANSLATE_NOOP("Fields", "Staatsangehörigkeit"),
          art15=QT_TRANSLATE_NOOP("Art15", "Staatsangehörigkeit"), check="text", max_len=100),
    Field("languages", "list", QT_TRANSLATE_NOOP("Fields", "Sprachen"),
          art15=QT_TRANSLATE_NOOP("Art15", "Sprachen"), check="languages", max_len=100),
    Field("interpreter_needed", "bool", QT_TRANSLATE_NOOP("Fields", "braucht Dolmetschung"),
          art15=QT_TRANSLATE_NOOP("Art15", "braucht Dolmetschung"), check="bool"),
    Field("interpreter_language", "str?", QT_TRANSLATE_NOOP("Fields", "Dolmetschsprache"),
          QT_TRANSLATE_NOOP("Art15", "Dolmetschsprache"), "text", max_len=100),
    Field("residence_status", "str?", QT_TRANSLATE_NOOP("Fields", "Aufenthaltsstatus"),
          QT_TRANSLATE_NOOP("Art15", "Aufenthaltsstatus"), "text", max_len=200),
    Field("residence_paragraph", "str?", QT_TRANSLATE_NOOP("Fields", "Rechtsgrundlage"),
          art15=QT_TRANSLATE_NOOP("Art15", "Rechtsgrundlage"), check="text",
          max_len=100),
    Field("residence_valid_until", "date?", QT_TRANSLATE_NOOP("Fields", "gültig bis"),
          QT_TRANSLATE_NOOP("Art15", "Aufenthaltspapier gültig bis"), "day"),
    Field("suspended_since", "date?", QT_TRANSLATE_NOOP("Fields", "Abschiebung ausgesetzt seit"),
          QT_TRANSLATE_NOOP("Art15", "Abschiebung ausgesetzt seit"), "day"),
    Field("bamf_decision", "bamf?", QT_TRANSLATE_NOOP("Fields", "BAMF-Entscheidung"),
          QT_TRANSLATE_NOOP("Art15", "BAMF-Entscheidung"), "choice", choices=BAMF_DECISIONS,
          shown_as="bamf_decision"),
    Field("bamf_decision_on", "date?", QT_TRANSLATE_NOOP("Fields", "BAMF-Bescheid zugestellt am"),
          QT_TRANSLATE_NOOP("Art15", "BAMF-Bescheid zugestellt am"), "day"),
    Field("residence_rule_place", "str?", QT_TRANSLATE_NOOP("Fields", "Wohnsitzregelung § 12a AufenthG (Ort)"),
          QT_TRANSLATE_NOOP("Art15", "Wohnsitzregelung (Ort)"), "text", max_len=200),
    Field("residence_rule_until", "date?", QT_TRANSLATE_NOOP("Fields", "Wohnsitzregelung bis"),
          QT_TRANSLATE_NOOP("Art15", "Wohnsitzregelung bis"), "day"),
    Field("municipality", "str?", QT_TRANSLATE_NOOP("Fields", "Wohnort (Kommune)"),
          QT_TRANSLATE_NOOP("Art15", "Wohnort (Kommune)"), "text", max_len=200),
    Field("address", "str?", QT_TRANSLATE_NOOP("Fields", "Anschrift"),
          art15=QT_TRANSLATE_NOOP("Art15", "Anschrift"), check="text", max_len=1000),
    Field("phone", "str?", QT_TRANSLATE_NOOP("Fields", "Telefon"), QT_TRANSLATE_NOOP("Art15", "Telefon"), "phone"),
    Field("email", "str?", QT_TRANSLATE_NOOP("Fields", "E-Mail"), QT_TRANSLATE_NOOP("Art15", "E-Mail"), "email"),
    Field("household_id", "uuid?", check="uuid", personal=False),  # links the people of one household
    Field("case_manager", "str?", QT_TRANSLATE_NOOP("Fields", "Case Manager:in"),
          art15=QT_TRANSLATE_NOOP("Art15", "Case Manager:in"), check="text", max_len=200),
    Field("status", "str", art15=QT_TRANSLATE_NOOP("Art15", "Fallstatus"), check="choice", choices=("open", "closed"),
          shown_as="case_status"),
    Field("opened_on", "date?", art15=QT_TRANSLATE_NOOP("Art15", "Fall eröffnet am"), check="day"),
    Field("closed_on", "date?", art15=QT_TRANSLATE_NOOP("Art15", "Fall abgeschlossen am"), check="day"),
    # decides the retention period (resources/rules/retention.json)
    Field("case_type", "str?", art15=QT_TRANSLATE_NOOP("Art15", "Fallart"), check="text", max_len=40),
), SYNCED)

HOUSEHOLD_MEMBER = Entity("household_member", HouseholdMember, (
    Field("given_name", "str?", QT_TRANSLATE_NOOP("Fields", "Vorname"), QT_TRANSLATE_NOOP("Art15", "Vorname"), "name"),
    Field("family_name", "str?", QT_TRANSLATE_NOOP("Fields", "Familienname"),
          QT_TRANSLATE_NOOP("Art15", "Familienname"), "name"),
    Field("birth_date", "pdate?", QT_TRANSLATE_NOOP("Fields", "Geburtsdatum"),
          QT_TRANSLATE_NOOP("Art15", "Geburtsdatum"), "birth", shown_as="birth"),
    Field("relation", "str?", QT_TRANSLATE_NOOP("Fields", "Beziehung"), QT_TRANSLATE_NOOP("Art15", "Beziehung"),
          "text", max_len=50, choices=RELATIONS),
    # a member who is a client too: the link, not a fact about the person
    Field("member_client_id", "uuid?", check="uuid", personal=False),
), SYNCED | OWNER)

NEED = Entity("need", Need, (
    Field("category", "str", art15=QT_TRANSLATE_NOOP("Art15", "Bedarf")),
    Field("description", "text?", art15=QT_TRANSLATE_NOOP("Art15", "Beschreibung")),
    Field("status", "str", art15=QT_TRANSLATE_NOOP("Art15", "Stand"), shown_as="need_status"),
    Field("opened_on", "date?", art15=QT_TRANSLATE_NOOP("Art15", "seit")),
    Field("closed_on", "date?", art15=QT_TRANSLATE_NOOP("Art15", "bis")),
    *_marks(),
), SYNCED | OWNER)

COUNSELLING_CONTACT = Entity("counselling_contact", CounsellingContact, (
    Field("on", "date", art15=QT_TRANSLATE_NOOP("Art15", "Datum")),
    Field("kind", "str", art15=QT_TRANSLATE_NOOP("Art15", "Art"), shown_as="contact_kind"),
    Field("place", "str?", art15=QT_TRANSLATE_NOOP("Art15", "Ort")),
    Field("interpreter", "str?", art15=QT_TRANSLATE_NOOP("Art15", "Dolmetschung")),
    Field("summary", "text?", art15=QT_TRANSLATE_NOOP("Art15", "Zusammenfassung")),
    Field("staff", "str?", art15=QT_TRANSLATE_NOOP("Art15", "Mitarbeiter:in")),
    *_marks(),
), SYNCED | OWNER)

CONSENT = Entity("consent", Consent, (
    # a release is listed at the top level of the exchange format, so it names its person
    Field("client_id", "uuid", personal=False),
    Field("agency_id", "uuid?", art15=QT_TRANSLATE_NOOP("Art15", "Stelle"), shown_as="agency"),
    Field("recipient_person", "str?", art15=QT_TRANSLATE_NOOP("Art15", "Person/Funktion")),
    Field("purpose", "text?", art15=QT_TRANSLATE_NOOP("Art15", "Zweck")),
    Field("data_kinds", "kinds", art15=QT_TRANSLATE_NOOP("Art15", "Arten von Daten"), shown_as="kinds"),
    Field("covers_health", "bool", art15=QT_TRANSLATE_NOOP("Art15", "Gesundheitsdaten")),
    Field("form", "str", art15=QT_TRANSLATE_NOOP("Art15", "Form"), shown_as="consent_form"),
    Field("given_by", "str?", art15=QT_TRANSLATE_NOOP("Art15", "erteilt von"), shown_as="given_by"),
    Field("given_on", "date?", art15=QT_TRANSLATE_NOOP("Art15", "erteilt am")),
    Field("expires_on", "date?", art15=QT_TRANSLATE_NOOP("Art15", "gültig bis")),
    Field("revoked_on", "date?", art15=QT_TRANSLATE_NOOP("Art15", "widerrufen am")),
    Field("oral_reason", "text?", art15=QT_TRANSLATE_NOOP("Art15", "besondere Umstände (mündlich)")),
), SYNCED)

APPOINTMENT = Entity("appointment", Appointment, (
    Field("client_id", "uuid", personal=False),  # listed at the top level of the exchange format
    Field("on", "date", art15=QT_TRANSLATE_NOOP("Art15", "Datum")),
    Field("at", "time?", art15=QT_TRANSLATE_NOOP("Art15", "Uhrzeit"), exchange="time"),
    Field("place", "str?", art15=QT_TRANSLATE_NOOP("Art15", "Ort")),
    Field("with_whom", "str?", art15=QT_TRANSLATE_NOOP("Art15", "bei wem")),
    Field("agency_id", "uuid?", art15=QT_TRANSLATE_NOOP("Art15", "Stelle"), shown_as="agency"),
    Field("note", "text?", art15=QT_TRANSLATE_NOOP("Art15", "Hinweis")),
), SYNCED)

ENTITIES: dict[str, Entity] = {e.table: e for e in (CLIENT, HOUSEHOLD_MEMBER, NEED, COUNSELLING_CONTACT, CONSENT,
                                                    APPOINTMENT)}
