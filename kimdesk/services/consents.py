"""Releases from confidentiality (*Schweigepflichtentbindung*) given by a person.

A release names its recipient agency (and optionally a person or function), says whether it
covers health data (Art. 9 GDPR), its form, date and optional end. Withdrawing it sets the
withdrawal date; the record stays, because the office must be able to prove what was valid
when (§ 67b SGB X).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Agency, Consent, new_id
from kimdesk.services import clients
from kimdesk.services import validation as v
from kimdesk.services.edits import Edit, recording
from kimdesk.store.store import Store

FORMS = ("written", "electronic", "oral")

CONSENT_FIELDS = {
    "agency_id": lambda x: v.uuid_str(x, "agency_id") if x else None,
    "recipient_person": lambda x: v.text(x, "recipient_person", max_len=200),
    "purpose": lambda x: v.text(x, "purpose", max_len=2000),
    "covers_health": bool,
    "form": lambda x: v.choice(x, "form", FORMS),
    "given_on": lambda x: v.day(x, "given_on", required=True),
    "expires_on": lambda x: v.day(x, "expires_on"),
}


def form_label(form: str) -> str:
    return {"written": translate("Consents", "schriftlich"), "electronic": translate("Consents", "elektronisch"),
            "oral": translate("Consents", "mündlich (dokumentiert)")}.get(form, form)


def add_consent(store: Store, client_id: str, fields: Mapping[str, Any]) -> Edit:
    data = clients.clean({"given_on": date.today(), "form": "written"} | dict(fields), CONSENT_FIELDS)
    if not data.get("agency_id"):
        raise ValidationError(translate("Intake", "Bitte die Stelle wählen, die die Einwilligung erhält."),
                              "agency_id")
    if data.get("expires_on") and data["expires_on"] < data["given_on"]:
        raise ValidationError(translate("Intake", "Das Ende liegt vor dem Datum der Einwilligung."), "expires_on")
    with recording(store, translate("Consents", "Einwilligung erfassen")) as (s, edit):
        clients.get(s, client_id)
        agency = s.get(Agency, data["agency_id"])
        if agency is None or agency.deleted:
            raise ValidationError(translate("Responsibilities", "Bitte eine Stelle aus dem Verzeichnis wählen."),
                                  "agency_id")
        consent = Consent(id=new_id(), client_id=client_id, **data)
        s.add(consent)
        edit.result = consent.id
    return edit


def revoke(store: Store, consent_id: str, *, on: date | None = None) -> Edit:
    """The person withdrew the release: from ``on`` it allows nothing."""
    with recording(store, translate("Consents", "Widerruf erfassen")) as (s, edit):
        consent = s.get(Consent, consent_id)
        if consent is None or consent.deleted:
            raise NotFound(translate("Consents", "Die Einwilligung gibt es nicht (mehr)."))
        consent.revoked_on = on or date.today()
    return edit
